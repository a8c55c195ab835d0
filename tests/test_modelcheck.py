"""``summarizer models check DIR_OR_ID``: a short report and exit 0 on good model folders (the
real-tokenizer twins), one line per problem and exit 1 on broken ones."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.modelcheck import check_model

DATA = Path(__file__).resolve().parent / "data"


def run_cli(args):
    out = io.StringIO()
    status = main(["models", "check", *[str(a) for a in args]], stdin=io.StringIO(""), stdout=out)
    return status, out.getvalue()


def _copy(tiny_models: Path, name: str, tmp_path: Path) -> Path:
    folder = tmp_path / name
    shutil.copytree(tiny_models / name, folder)
    return folder


@pytest.mark.slow
def test_real_barthez_twin_passes_with_the_way_its_tokenizer_loaded(tiny_models):
    status, out = run_cli([tiny_models / "barthez-real", "--task", "summarization"])
    assert status == 0, out
    assert "tokenizer: BarthezTokenizer; loaded with tokenizer.json with the model's special tokens" in out
    assert "ids equal SentencePiece's (sentencepiece.bpe.model, BPE)" in out
    assert "vocabulary: 50,002 entries; embedding matrix 50,002 rows" in out
    assert "input window: 1,024 tokens" in out
    assert "smoke test: generated" in out
    assert out.strip().splitlines()[-1].startswith("ok: ")


@pytest.mark.slow
def test_real_tc_big_twin_passes_with_its_real_special_tokens(tiny_models):
    status, out = run_cli([tiny_models / "marian-tc-big-real", "--task", "translation"])
    assert status == 0, out
    assert "tokenizer: MarianTokenizer; loaded with MarianTokenizer" in out
    assert "eos 43311, pad 53016" in out
    assert "bad_words_ids [[53016]]" in out and "decoder start 53016" in out
    assert "input window: 512 tokens" in out


def test_translation_model_given_as_summarizer(tiny_models):
    status, out = run_cli([tiny_models / "marian-tc-big-real", "--task", "summarization"])
    assert status == 1
    assert out.strip().splitlines() == [
        "problem: task: a marian model is a translation model and cannot summarize; "
        "pass it as --translation-model, not --summarization-model"
    ]


def test_missing_tokenizer_files(tiny_models, tmp_path):
    folder = _copy(tiny_models, "barthez-real", tmp_path)
    (folder / "tokenizer.json").unlink()
    (folder / "sentencepiece.bpe.model").unlink()
    status, out = run_cli([folder])
    lines = out.strip().splitlines()
    assert status == 1 and len(lines) == 1
    assert lines[0].startswith("problem: tokenizer: ")


def test_vocabulary_larger_than_the_embedding_matrix(tiny_models, tmp_path):
    """The real BARThez tokenizer (50,002 entries) next to weights with a 1,000-row embedding."""
    folder = _copy(tiny_models, "barthez-fr", tmp_path)
    for name in ("sentencepiece.bpe.model", "tokenizer.json"):
        shutil.copy(DATA / "tokenizers" / "barthez" / name, folder / name)
    status, out = run_cli([folder, "--task", "summarization"])
    assert status == 1
    assert out.strip().splitlines() == [
        "problem: tokenizer: 50,002 entries but the embedding matrix has 1,000 rows; ids 1,000 and above would "
        "crash the model (tokenizer files from another model?)"
    ]


def test_pickle_only_weights_need_allow_pickle(tiny_models, tmp_path):
    import torch
    from safetensors.torch import load_file

    folder = _copy(tiny_models, "marian-fr-en", tmp_path)
    torch.save(load_file(folder / "model.safetensors"), folder / "pytorch_model.bin")
    (folder / "model.safetensors").unlink()
    status, out = run_cli([folder])
    assert status == 1
    assert out.startswith("problem: weights: only pickle weights (pytorch_model.bin)") and "--allow-pickle" in out
    report = check_model(str(folder), allow_pickle=True, smoke_test=False)
    assert report.ok and any(line.startswith("weights: pytorch_model.bin (pickle") for line in report.lines)


def test_not_a_model_folder_and_uncached_hub_id(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    status, out = run_cli([tmp_path])
    assert status == 1 and out.startswith("problem: config: ") and "no config.json" in out
    status, out = run_cli(["Helsinki-NLP/opus-mt-xx-yy"])
    assert status == 1 and out.startswith("problem: model: ") and "opus-mt-xx-yy" in out


def test_tokenizer_that_disagrees_with_the_config(tiny_models, tmp_path):
    """Special-token ids must be those the model was trained with (config.json)."""
    folder = _copy(tiny_models, "marian-tc-big-real", tmp_path)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    config["eos_token_id"] = 0
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    report = check_model(str(folder), task="translation", smoke_test=False)
    assert "tokenizer: eos token id is 43311 but config.json says 0 (tokenizer files from another model?)" in (
        report.problems
    )


def test_barthez_twin_without_tokenizer_json_class_in_tokenizer_config(tiny_models, tmp_path):
    """The other file layout of the real BARThez files passes too, and says how it was loaded."""
    folder = _copy(tiny_models, "barthez-real", tmp_path)
    (folder / "tokenizer.json").unlink()
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    del config["tokenizer_class"]
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    (folder / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "BarthezTokenizer"}))
    report = check_model(str(folder), task="summarization", smoke_test=False)
    assert report.ok, report.problems
    tokenizer_line = next(line for line in report.lines if line.startswith("tokenizer: "))
    assert tokenizer_line.startswith(
        "tokenizer: BarthezTokenizer; loaded with sentencepiece.bpe.model converted as a SentencePiece BPE model"
    )


# ---------------------------------------------------------------------- families, languages, layouts
FAMILY_LINES = {
    "nllb-200": (
        "family: NLLB-200",
        "languages: 194 codes (source code first, target code forced first): en eng_Latn, fr fra_Latn",
    ),
    "m2m100": (
        "family: M2M100",
        "languages: 100 codes (source code first, target code forced first): en __en__, fr __fr__",
    ),
    "mbart-50": (
        "family: mBART-50",
        "languages: 52 codes (source code first, target code forced first): en en_XX, fr fr_XX",
    ),
    "madlad-400": ("family: MADLAD-400", "languages: 100 codes (target code as a text prefix): en <2en>, fr <2fr>"),
    "t5-added-pad": ("family: T5", "languages: no language codes"),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(FAMILY_LINES))
def test_every_family_twin_passes_and_says_what_it_is(tiny_models, name):
    status, out = run_cli([tiny_models / name])
    assert status == 0, out
    family, languages = FAMILY_LINES[name]
    lines = out.splitlines()
    assert family in lines
    assert any(line.startswith(languages) for line in lines), out
    assert any(line.startswith("tokenizer files: ") for line in lines)
    assert any(line.startswith("ctranslate2: can convert it") for line in lines)
    assert any(line.startswith("license: ") for line in lines)
    assert any(line.startswith("smoke test: generated") for line in lines)


def test_a_multilingual_folder_without_its_tokenizer_json_fails_with_the_reason(tiny_models, tmp_path):
    folder = _copy(tiny_models, "nllb-200", tmp_path)
    (folder / "tokenizer.json").unlink()  # the SentencePiece model alone numbers <pad> elsewhere
    report = check_model(str(folder), smoke_test=False)
    assert report.problems == [
        "tokenizer: pad token id is 1000 but config.json says 1 (tokenizer files from another model?)"
    ]


def test_license_comes_from_the_model_card_front_matter(tiny_models, tmp_path):
    folder = _copy(tiny_models, "madlad-400", tmp_path)
    (folder / "README.md").write_text("---\nlicense: apache-2.0\nlanguage:\n- en\n---\n# A model\n", encoding="utf-8")
    report = check_model(str(folder), smoke_test=False)
    assert "license: apache-2.0 (README.md)" in report.lines
