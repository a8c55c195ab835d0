"""Every special and added token a model folder declares survives whatever path builds its
tokenizer: on the torch backend, in the CTranslate2 conversion and on the CTranslate2 backend.

The ``t5-added-pad`` twin has the layout fine-tuned T5 checkpoints often have: a SentencePiece
model numbering ``<unk>``=0, ``<s>``=1, ``</s>``=2 and ``<pad>`` declared in
``tokenizer_config.json`` only, as an added token after the pieces (id 1000, also the decoder
start). transformers' ``T5Tokenizer`` assumes T5's own numbering and is rightly rejected; the
tokenizer built from the SentencePiece model must still have ``<pad>`` at 1000.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from summarizer.backends.declared import declared_problem, declared_tokens
from summarizer.backends.tokenizers import TokenizerLoadError, load_tokenizer_info
from summarizer.cli import main

TWIN = "t5-added-pad"


@pytest.fixture(scope="module", autouse=True)
def ct2_cache(tmp_path_factory):
    """Converted models go to a temporary cache, never to ~/.cache."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SUMMARIZER_CACHE", str(tmp_path_factory.mktemp("summarizer-cache")))
        yield


def run(args: list) -> tuple[int, str]:
    out = io.StringIO()
    status = main([str(a) for a in args], stdin=io.StringIO(""), stdout=out)
    return status, out.getvalue()


def test_added_pad_survives_when_the_named_class_is_rejected(tiny_models):
    info = load_tokenizer_info(tiny_models / TWIN)
    tokenizer = info.tokenizer
    assert info.attempts and info.attempts[0].startswith("T5Tokenizer: ids differ from SentencePiece's (spiece.model)")
    assert info.attempts[0].endswith(
        "spiece.model numbers its unknown piece '<unk>' 0, this tokenizer writes unknown text as id 2"
    )
    assert info.method == "spiece.model converted as a SentencePiece Unigram model"
    assert (tokenizer.pad_token, tokenizer.pad_token_id) == ("<pad>", 1000)
    assert (tokenizer.unk_token_id, tokenizer.eos_token_id) == (0, 2)
    assert len(tokenizer) == 1001
    batch = tokenizer(["Hello world.", "A longer sentence than the first one."], padding=True)
    assert batch["input_ids"][0][-1] == 1000 and batch["input_ids"][0].count(2) == 1
    # Control pieces are never text: <s> (1) and <pad> are dropped when decoding.
    assert tokenizer.decode([1, *batch["input_ids"][0]], skip_special_tokens=True) == "Hello world."


def test_every_twin_keeps_what_its_folder_declares(tiny_models):
    for folder in sorted(p for p in tiny_models.iterdir() if p.is_dir()):
        declared = declared_tokens(folder)
        tokenizer = load_tokenizer_info(folder).tokenizer
        assert declared_problem(tokenizer, declared) is None, folder.name


def test_a_declared_id_the_tokenizer_cannot_give_names_the_file(tiny_models, tmp_path):
    folder = tmp_path / TWIN
    shutil.copytree(tiny_models / TWIN, folder)
    config_file = folder / "tokenizer_config.json"
    config = json.loads(config_file.read_text())
    config["added_tokens_decoder"]["1005"] = config["added_tokens_decoder"].pop("1000")
    config_file.write_text(json.dumps(config))
    with pytest.raises(TokenizerLoadError) as caught:
        load_tokenizer_info(folder)
    message = str(caught.value)
    assert "tokenizer_config.json (added_tokens_decoder) declares '<pad>' as id 1005" in message
    assert "\n" not in message


def test_a_config_pad_id_fills_a_pad_no_tokenizer_file_names(tiny_models, tmp_path):
    folder = tmp_path / "t5-en-no-pad"
    shutil.copytree(tiny_models / "t5-en", folder)
    config_file = folder / "tokenizer_config.json"
    config = json.loads(config_file.read_text())
    config["pad_token"] = None
    config_file.write_text(json.dumps(config))
    assert (
        load_tokenizer_info(folder).tokenizer.pad_token_id
        == json.loads((folder / "config.json").read_text())["pad_token_id"]
    )


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["torch", "ctranslate2"])
def test_added_pad_twin_summarizes(tiny_models, backend, example_article):
    status, out = run(
        [
            "summarize",
            Path(__file__).resolve().parents[1] / "data" / "mistral_softbank_fr.txt",
            "--summarization-model",
            tiny_models / TWIN,
            "--translation-model",
            tiny_models / "marian-fr-en",
            "--strategy",
            "translate-summarize",
            "--backend",
            backend,
            "--device",
            "cpu",
            "--threads",
            "1",
            "--num-beams",
            "1",
            "--format",
            "json",
        ]
    )
    assert status == 0, out
    result = json.loads(out)
    assert result["summary"].strip()
    assert result["models"]["summarization"] == str(tiny_models / TWIN)


@pytest.mark.slow
def test_added_pad_twin_converts_and_passes_models_check(tiny_models, tmp_path):
    out_dir = tmp_path / "ct2"
    status, out = run(["models", "convert", tiny_models / TWIN, "--quantization", "float32", "--output", out_dir])
    assert status == 0, out
    meta = json.loads((out_dir / "summarizer.json").read_text())
    assert meta["decoder_start_token"] == "<pad>"
    ct2_config = json.loads((out_dir / "config.json").read_text())
    assert (ct2_config["bos_token"], ct2_config["eos_token"], ct2_config["unk_token"]) == ("<pad>", "</s>", "<unk>")
    status, out = run(["models", "check", tiny_models / TWIN, "--task", "summarization"])
    assert status == 0, out
    assert "special tokens: eos 2, pad 1000, unk 0" in out
    assert out.strip().splitlines()[-1].startswith("ok: ")
