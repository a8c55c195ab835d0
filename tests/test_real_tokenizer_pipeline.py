"""The whole pipeline on twins built from the real tokenizer files: ``barthez-real`` (the
default preset's summarizer: BARThez's SentencePiece BPE model and tokenizer.json, class named
in config.json) and ``marian-tc-big-real`` (the quality preset's translator: real vocabulary,
eos 43311, pad = decoder start 53016, bad_words_ids [[53016]]). Tiny random weights, so the
texts are gibberish; what is checked is that every stage runs, on both backends, with the real
token counts.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import free_port, wait_until_up

from summarizer import Summarizer
from summarizer.backends import ct2
from summarizer.backends.base import ModelSpec
from summarizer.backends.torch_backend import TorchBackend
from summarizer.cli import main
from summarizer.text.chunking import pack_chunks
from summarizer.text.clean import clean_article
from summarizer.text.sentences import split_paragraph_sentences

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


# Converted models go to the session's cache (tests/conftest.py): each conversion is made once per run.


@pytest.fixture(scope="module")
def real_args(tiny_models) -> list[str]:
    return [
        "--summarization-model",
        str(tiny_models / "barthez-real"),
        "--translation-model",
        str(tiny_models / "marian-tc-big-real"),
        "--device",
        "cpu",
        "--threads",
        "1",
        "--num-beams",
        "1",
    ]


def run_cli(args, stdin_text: str = ""):
    out = io.StringIO()
    status = main([str(a) for a in args], stdin=io.StringIO(stdin_text), stdout=out)
    return status, out.getvalue()


def _spec(tiny_models: Path, name: str, **extra) -> ModelSpec:
    return ModelSpec(model=str(tiny_models / name), role="test", device="cpu", threads=1, **extra)


@pytest.mark.parametrize("backend", ["torch", "ctranslate2"])
def test_cli_summarize_example_article(real_args, backend, example_article, capsys):
    status, out = run_cli(["summarize", "-", "--format", "json", "--backend", backend, *real_args], example_article)
    assert status == 0, capsys.readouterr().err
    result = json.loads(out)
    assert result["summary"].strip() and result["summary_source"].strip()
    assert result["models"]["summarization"].endswith("barthez-real")
    assert result["models"]["translation"].endswith("marian-tc-big-real")
    assert result["chunks"] == 1  # 842 real BARThez tokens: inside the 1,024-token window


def test_both_backends_count_the_real_tokens(tiny_models, example_article):
    """Torch and CTranslate2 count the same tokens as SentencePiece (+ <s>, </s>) and share the window."""
    import sentencepiece as spm

    sentences = [s.text for s in split_paragraph_sentences(clean_article(example_article).paragraphs, "fr")]
    proc = spm.SentencePieceProcessor(model_file=str(tiny_models / "barthez-real" / "sentencepiece.bpe.model"))
    torch_backend = TorchBackend(_spec(tiny_models, "barthez-real"))
    ct2_backend = ct2.load(_spec(tiny_models, "barthez-real"), required=True)
    expected = [len(proc.encode(s)) + 2 for s in sentences]
    assert torch_backend.count_tokens(sentences) == ct2_backend.count_tokens(sentences) == expected
    assert torch_backend.max_input_tokens == ct2_backend.max_input_tokens == 1024
    marian = ct2.load(_spec(tiny_models, "marian-tc-big-real"), required=True)
    assert marian.max_input_tokens == 512
    assert marian.tokenizer.eos_token_id == 43311 and marian.tokenizer.pad_token_id == 53016


def test_long_article_chunks_fit_the_real_window(tiny_models, example_article):
    """Three copies of the example (about 2,500 real tokens) are summarized in chunks, each of
    which fits BARThez's 1,024-token window when re-tokenized whole."""
    article = "\n\n".join([example_article] * 3)
    summarizer = Summarizer(
        summarization_model=str(tiny_models / "barthez-real"),
        target_language="fr",
        device="cpu",
        backend="ctranslate2",
        threads=1,
        num_beams=1,
    )
    result = summarizer.summarize(article)
    backend = summarizer.backend(str(tiny_models / "barthez-real"), "summarization")
    sentences = [s.text for s in split_paragraph_sentences(clean_article(article).paragraphs, "fr")]
    chunks = pack_chunks(sentences, backend.max_input_tokens, backend.count_tokens)
    assert result.chunks == len(chunks) >= 3
    assert any("chunks" in n for n in result.notes)  # an informational note since notes and warnings split
    assert max(backend.count_tokens([c.text for c in chunks])) <= 1024


def test_api_batch_of_articles_on_ctranslate2(tiny_models, orangesum_sample):
    summarizer = Summarizer(
        summarization_model=str(tiny_models / "barthez-real"),
        translation_model=str(tiny_models / "marian-tc-big-real"),
        device="cpu",
        backend="ctranslate2",
        threads=1,
        num_beams=1,
    )
    results = summarizer.summarize_many([r["article"] for r in orangesum_sample[:2]])
    assert [type(r).__name__ for r in results] == ["Result", "Result"]
    assert all(r.summary.strip() for r in results)
    assert summarizer.backend(str(tiny_models / "marian-tc-big-real"), "translation").name == "ctranslate2"


def test_batch_cli(real_args, tmp_path, orangesum_sample):
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(json.dumps({"id": r["id"], "text": r["article"]}) for r in orangesum_sample[3:5]), encoding="utf-8"
    )
    output = tmp_path / "out.jsonl"
    status, _ = run_cli(
        ["batch", source, "--output", output, "--backend", "torch", "--quiet", "--no-cache", *real_args]
    )
    assert status == 0
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [r["id"] for r in orangesum_sample[3:5]]
    assert all(r["error"] is None and r["summary"].strip() for r in records)


def test_models_convert_spm_only_layout_then_run_the_converted_folder(tiny_models, tmp_path, capsys):
    """The twin without tokenizer.json, its class in tokenizer_config.json: converted by
    ``summarizer models convert``, and the converted folder runs on CTranslate2."""
    model = tmp_path / "barthez-spm"
    shutil.copytree(tiny_models / "barthez-real", model)
    (model / "tokenizer.json").unlink()
    config = json.loads((model / "config.json").read_text(encoding="utf-8"))
    config.pop("tokenizer_class")
    (model / "config.json").write_text(json.dumps(config), encoding="utf-8")
    (model / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "BarthezTokenizer"}))
    out = tmp_path / "converted"
    status, printed = run_cli(["models", "convert", model, "--output", out])
    assert status == 0, capsys.readouterr().err
    assert printed.strip() == str(out) and (out / "model.bin").is_file()
    meta = json.loads((out / "summarizer.json").read_text(encoding="utf-8"))
    assert meta["tokenizer_class"] == "BarthezTokenizer"
    assert meta["tokenizer_method"].startswith("sentencepiece.bpe.model converted")
    status, printed = run_cli(
        ["summarize", "-", "--summarization-model", out, "--target-language", "fr", "--backend", "ctranslate2"],
        "Le PDG de Mistral AI a levé 385 millions d'euros. La start-up française vaut six milliards.",
    )
    assert status == 0 and printed.strip()


def test_translate_with_the_tc_big_twin_on_ctranslate2(real_args, capsys):
    status, out = run_cli(
        ["translate", "-", "--backend", "ctranslate2", *real_args],
        "Le PDG de Mistral AI a levé 385 millions d'euros.\n\nLa start-up vaut six milliards.",
    )
    assert status == 0, capsys.readouterr().err
    assert len(out.strip().split("\n\n")) == 2  # paragraphs kept


def test_demo_api_on_the_real_tokenizer_twins(real_args, tmp_path, orangesum_sample):
    from gradio_client import Client

    port = free_port()
    log = tmp_path / "demo.log"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False", "GRADIO_TEMP_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "summarizer", "demo", *real_args, "--backend", "torch"]
    command += ["--length", "short", "--preload", "--port", str(port)]
    with log.open("wb") as sink:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_until_up(url, process, log, timeout=180)
        result = Client(url, verbose=False).predict(orangesum_sample[1]["article"], api_name="/summarize")
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
    assert result["summary"].strip()
    assert result["models"]["summarization"].endswith("barthez-real")
