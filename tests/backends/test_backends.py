"""The torch and CTranslate2 backends behind one interface: same tokens, same chunking, same
sentence alignment, same warnings; conversion cache, fallbacks and ``summarizer models convert``.

Tiny random-weight models have very flat output distributions, so beam search meets near-ties
that int8 rounding (and float32 summation order) can break differently; texts are therefore
compared with CTranslate2 in float32, strictly for greedy search and for the pipeline's output
on the example article.
"""

from __future__ import annotations

import io
import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.backends import ct2
from summarizer.backends.base import ModelSpec, length_batches, load_backend, output_caps
from summarizer.backends.torch_backend import TorchBackend
from summarizer.errors import ModelNotAvailableError
from summarizer.options import GenerationOptions

# model directory -> input prefix (T5 needs its task prefix)
ARCHITECTURES = {
    "barthez-fr": None,
    "marian-fr-en": None,
    "bart-en": None,
    "t5-en": "summarize: ",
    "mt5-crosssum": "",
}
FRENCH = [
    "Le président a annoncé mardi une hausse de 3,5 % des salaires.",
    "Mistral AI a levé 600 millions d'euros auprès d'investisseurs européens et américains.",
    "Il pleut.",
]
ENGLISH = [
    "The president announced a 3.5% pay rise on Tuesday.",
    "Mistral AI raised 600 million euros from European and American investors.",
    "It rains.",
]
FIGURES_WARNING = "figure(s) in the output are not supported"
NAMES_WARNING = "name(s) in the output are not supported"


# Converted models go to the session's cache (tests/conftest.py): each conversion is made once per run.


@pytest.fixture(scope="module", autouse=True)
def restore_torch_threads():
    """The backends below run single-threaded (tiny models); give other tests their setting back."""
    import torch

    before = torch.get_num_threads()
    yield
    torch.set_num_threads(before)


def _spec(tiny_models: Path, name: str, **extra) -> ModelSpec:
    return ModelSpec(
        model=str(tiny_models / name), role="test", device="cpu", threads=1, prefix=ARCHITECTURES[name], **extra
    )


@pytest.fixture(scope="module")
def pairs(tiny_models):
    """(torch backend, CTranslate2 float32 backend) for each tiny architecture, loaded once."""
    loaded = {}
    for name in ARCHITECTURES:
        torch_backend = TorchBackend(_spec(tiny_models, name))
        ct2_backend = ct2.load(_spec(tiny_models, name, quantization="float32"), required=True)
        loaded[name] = (torch_backend, ct2_backend)
    return loaded


def _texts(name: str) -> list[str]:
    return ENGLISH if name in ("bart-en", "t5-en") else FRENCH


# ---------------------------------------------------------------------- pure helpers
def test_length_batches_cover_every_index_once_within_budget():
    lengths = [5, 50, 7, 300, 12, 12, 90, 1, 64]
    batches = length_batches(lengths, budget=200, beams=2)
    flat = [i for batch in batches for i in batch]
    assert sorted(flat) == list(range(len(lengths)))
    for batch in batches:
        longest = max(lengths[i] for i in batch)
        assert len(batch) == 1 or len(batch) * longest * 2 <= 200
    assert flat == sorted(range(len(lengths)), key=lambda i: -lengths[i])  # longest first


def test_output_caps_follow_max_new_tokens_and_ratio():
    assert output_caps([10, 40], GenerationOptions()) == [None, None]
    assert output_caps([10, 40], GenerationOptions(max_new_tokens=30)) == [30, 30]
    assert output_caps([10, 40], GenerationOptions(max_length_ratio=2.0)) == [30, 90]
    assert output_caps([10, 40], GenerationOptions(max_new_tokens=50, max_length_ratio=2.0)) == [30, 50]


# ---------------------------------------------------------------------- backend parity
@pytest.mark.parametrize("name", list(ARCHITECTURES))
def test_same_token_counts_and_window(pairs, name):
    torch_backend, ct2_backend = pairs[name]
    assert ct2_backend.name == "ctranslate2" and torch_backend.name == "torch"
    texts = [*_texts(name), "", "x " * 2000]
    assert ct2_backend.count_tokens(texts) == torch_backend.count_tokens(texts)
    assert ct2_backend.max_input_tokens == torch_backend.max_input_tokens
    assert ct2_backend.count_tokens([]) == [] and ct2_backend.generate([], GenerationOptions()) == []


@pytest.mark.parametrize("name", list(ARCHITECTURES))
@pytest.mark.parametrize(
    "options",
    [
        GenerationOptions(num_beams=1, max_new_tokens=12, no_repeat_ngram_size=0),
        GenerationOptions(num_beams=1, min_new_tokens=6, max_new_tokens=12, no_repeat_ngram_size=3),
        GenerationOptions(num_beams=1, max_length_ratio=0.5, no_repeat_ngram_size=0),
    ],
    ids=["max", "min-max-ngram", "ratio-cap"],
)
def test_greedy_outputs_identical_in_float32(pairs, name, options):
    if name == "t5-en" and options.no_repeat_ngram_size:
        # transformers counts the decoder start token (T5: <pad>) in the n-gram history, CTranslate2
        # does not; the random tiny T5 generates <pad> itself, so their bans differ.
        pytest.xfail("n-gram history includes the decoder start token in transformers only")
    torch_backend, ct2_backend = pairs[name]
    texts = _texts(name)
    assert ct2_backend.generate(texts, options) == torch_backend.generate(texts, options)


@pytest.mark.parametrize("name", list(ARCHITECTURES))
def test_beam_outputs_mostly_identical_in_float32(pairs, name):
    """Beam search with the model's defaults plus an n-gram ban (renormalised scores on both)."""
    torch_backend, ct2_backend = pairs[name]
    texts = _texts(name) * 2
    options = GenerationOptions(num_beams=3, max_new_tokens=16, no_repeat_ngram_size=3)
    pairs_out = zip(torch_backend.generate(texts, options), ct2_backend.generate(texts, options), strict=True)
    same = sum(a == b for a, b in pairs_out)
    assert same >= len(texts) // 2


@pytest.mark.parametrize("backend_index", [0, 1], ids=["torch", "ctranslate2"])
def test_results_do_not_depend_on_batch_neighbours(pairs, backend_index):
    backend = pairs["marian-fr-en"][backend_index]
    options = GenerationOptions(num_beams=1, max_length_ratio=1.0)
    together = backend.generate(FRENCH, options)
    alone = [backend.generate([text], options)[0] for text in FRENCH]
    assert together == alone
    assert all(together)


def test_forced_bos_is_a_target_prefix(tiny_models, tmp_path):
    """BART summarizers such as DistilBART-CNN force <s> after the decoder start token."""
    model = tmp_path / "bart-forced-bos"
    shutil.copytree(tiny_models / "bart-en", model)
    config = json.loads((model / "generation_config.json").read_text())
    config["forced_bos_token_id"] = 0
    (model / "generation_config.json").write_text(json.dumps(config))
    spec = ModelSpec(model=str(model), role="test", device="cpu", threads=1, quantization="float32")
    torch_backend, ct2_backend = TorchBackend(spec), ct2.load(spec, required=True)
    assert ct2_backend._target_prefix == ["<s>"]
    for options in (
        GenerationOptions(num_beams=1, max_new_tokens=10),
        GenerationOptions(num_beams=1, max_length_ratio=0.5),
    ):
        assert ct2_backend.generate(ENGLISH, options) == torch_backend.generate(ENGLISH, options)


def test_int8_is_the_cpu_default(tiny_models):
    backend = load_backend(_spec(tiny_models, "marian-fr-en"), "ctranslate2")
    assert backend.name == "ctranslate2" and backend.compute_type == "int8"
    assert ct2.is_converted(backend.folder) and backend.folder.parent == ct2.cache_root()
    assert all(backend.generate(FRENCH, GenerationOptions(max_new_tokens=8)))


def test_cpu_batch_budget_depends_on_the_models_role(tiny_models):
    """Summaries (long inputs, short outputs) batch about 4 articles on CPU; translations 10-20
    sentences; --max-batch-tokens overrides both."""
    from summarizer.backends.batching import CPU_BATCH_TOKENS, CPU_SUMMARY_BATCH_TOKENS

    summarizing = load_backend(
        ModelSpec(model=str(tiny_models / "barthez-fr"), role="summarization", device="cpu"), "ctranslate2"
    )
    translating = load_backend(
        ModelSpec(model=str(tiny_models / "marian-fr-en"), role="translation", device="cpu"), "ctranslate2"
    )
    assert (summarizing.batch_tokens, translating.batch_tokens) == (CPU_SUMMARY_BATCH_TOKENS, CPU_BATCH_TOKENS)
    assert CPU_SUMMARY_BATCH_TOKENS > CPU_BATCH_TOKENS
    spec = ModelSpec(model=str(tiny_models / "barthez-fr"), role="summarization", device="cpu", max_batch_tokens=3000)
    assert load_backend(spec, "ctranslate2").batch_tokens == 3000


# ---------------------------------------------------------------------- the pipeline on both backends
def _summarizer(tiny_models: Path, backend: str):
    from summarizer import Summarizer

    return Summarizer(
        summarization_model=str(tiny_models / "barthez-fr"),
        translation_model=str(tiny_models / "marian-fr-en"),
        device="cpu",
        backend=backend,
        threads=1,
    )


def _without_figures(warnings: list[str]) -> list[str]:
    """Warnings that do not depend on the generated text (the guard's figure and name counts and
    unsupported sentences do)."""
    text_dependent = (FIGURES_WARNING, NAMES_WARNING, "no supporting sentence")
    return [w for w in warnings if not any(part in w for part in text_dependent)]


@pytest.mark.slow
def test_pipeline_same_chunks_alignment_and_warnings_int8(tiny_models, example_article):
    """Default int8 CTranslate2 vs torch: same chunking, paragraphs and warnings (texts may differ)."""
    long_article = "\n\n".join([example_article] * 10)
    by_backend = {}
    for backend in ("torch", "ctranslate2"):
        summarizer = _summarizer(tiny_models, backend)
        # The whole-article translation runs on the example; the long article checks map-reduce (translating
        # its 250 sentences too took most of this test's time and checks nothing the example does not).
        by_backend[backend] = [
            summarizer.summarize(example_article, full_translation=True),
            summarizer.summarize(long_article),
        ]
        assert {b.name for b in summarizer.loaded_backends.values()} == {backend}
    for torch_result, ct2_result in zip(by_backend["torch"], by_backend["ctranslate2"], strict=True):
        assert ct2_result.chunks == torch_result.chunks
        assert _without_figures(ct2_result.warnings) == _without_figures(torch_result.warnings)
        assert ct2_result.models == torch_result.models
        for result in (torch_result, ct2_result):
            assert result.summary.strip() and result.summary_source.strip()
    torch_full, ct2_full = by_backend["torch"][0], by_backend["ctranslate2"][0]
    assert len(ct2_full.paragraphs) == len(torch_full.paragraphs) > 1
    assert [p["source"] for p in ct2_full.paragraphs] == [p["source"] for p in torch_full.paragraphs]
    for result in (torch_full, ct2_full):
        assert result.translation.strip()
        assert all(p["translation"].strip() for p in result.paragraphs if p["source"].strip())
    assert by_backend["torch"][1].chunks > 1  # the long article went through map-reduce on both


@pytest.mark.slow
def test_pipeline_same_text_in_float32(tiny_models, example_article, monkeypatch):
    monkeypatch.setitem(ct2.DEFAULT_QUANTIZATION, "cpu", "float32")
    torch_result = _summarizer(tiny_models, "torch").summarize(example_article, full_translation=True)
    ct2_result = _summarizer(tiny_models, "ctranslate2").summarize(example_article, full_translation=True)

    # The translated summary is one long random-weight output (hundreds of tokens): beam search
    # meets near-ties late in it that float32 summation order can break either way, so the guard's
    # counts of unsupported names and figures in it may differ; every other warning is identical.
    def stable(warnings: list[str]) -> list[str]:
        return [w for w in warnings if "in the output are not supported by the article" not in w]

    assert stable(ct2_result.warnings) == stable(torch_result.warnings)
    assert ct2_result.summary_source == torch_result.summary_source
    common = len(os.path.commonprefix([ct2_result.summary, torch_result.summary]))  # noqa: RUF071
    assert common >= 0.6 * len(torch_result.summary)
    same = sum(a == b for a, b in zip(ct2_result.paragraphs, torch_result.paragraphs, strict=True))
    assert same >= 0.8 * len(torch_result.paragraphs)


# ---------------------------------------------------------------------- cache, fallbacks, errors
def test_auto_converts_once_then_reuses_the_cache(tiny_models, caplog, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_CACHE", str(tmp_path))  # a cache where nothing is converted yet
    spec = _spec(tiny_models, "t5-en")
    with caplog.at_level(logging.INFO, logger="summarizer"):
        first = load_backend(spec, "auto")
        second = load_backend(spec, "auto")
    assert first.name == second.name == "ctranslate2"
    assert first.folder == second.folder
    converting = [r for r in caplog.records if "converting" in r.getMessage()]
    assert len(converting) == 1
    # An expected first-use step is information, not a warning: nothing is wrong.
    assert converting[0].levelno == logging.INFO
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_changed_local_model_is_converted_again(tiny_models, tmp_path):
    model = tmp_path / "t5-copy"
    shutil.copytree(tiny_models / "t5-en", model)
    first = ct2.convert(str(model), quantization="float32")
    assert ct2.convert(str(model), quantization="float32") == first
    config = json.loads((model / "generation_config.json").read_text())
    config["num_beams"] = 3
    (model / "generation_config.json").write_text(json.dumps(config))
    second = ct2.convert(str(model), quantization="float32")
    assert second != first and ct2.is_converted(second)
    assert json.loads((second / ct2.META_FILE).read_text())["generation"]["num_beams"] == 3


def test_unsupported_architecture_falls_back_to_torch_with_a_reason(tiny_models, monkeypatch, caplog):
    monkeypatch.setattr(ct2, "SUPPORTED_TYPES", ("marian",))
    spec = _spec(tiny_models, "bart-en")
    with caplog.at_level(logging.WARNING, logger="summarizer"):
        backend = load_backend(spec, "auto")
    assert backend.name == "torch"
    assert any("'bart' is not supported" in r.getMessage() and "torch" in r.getMessage() for r in caplog.records)
    with pytest.raises(ModelNotAvailableError) as error:
        load_backend(spec, "ctranslate2")
    message = str(error.value)
    assert "\n" not in message and "backend 'ctranslate2' cannot run" in message


def test_mps_is_not_a_ctranslate2_device(tiny_models):
    spec = ModelSpec(model=str(tiny_models / "t5-en"), role="test", device="mps")
    assert ct2.load(spec, required=False) is None
    with pytest.raises(ModelNotAvailableError, match="mps"):
        ct2.load(spec, required=True)


def test_missing_model_is_reported_not_swallowed(tmp_path):
    spec = ModelSpec(model=str(tmp_path / "nowhere"), role="test", device="cpu")
    with pytest.raises(ModelNotAvailableError, match="not found"):
        load_backend(spec, "auto")


# ---------------------------------------------------------------------- summarizer models convert
def test_models_convert_command(tiny_models, tmp_path):
    from summarizer.cli import main

    out = tmp_path / "marian-ct2"
    stdout = io.StringIO()
    argv = ["models", "convert", str(tiny_models / "marian-fr-en"), "--quantization", "float32", "--output", str(out)]
    assert main(argv, stdout=stdout) == 0
    assert stdout.getvalue().strip() == str(out)
    assert {"model.bin", ct2.META_FILE, "vocab.json", "source.spm", "target.spm"} <= {p.name for p in out.iterdir()}
    # a converted folder is a model in its own right
    backend = load_backend(ModelSpec(model=str(out), role="translation", device="cpu"), "ctranslate2")
    assert backend.compute_type == "float32" and all(backend.generate(FRENCH, GenerationOptions(max_new_tokens=6)))
    assert main(argv, stdout=io.StringIO()) == 0  # already converted: nothing to do
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine")
    busy = ["models", "convert", str(tiny_models / "marian-fr-en"), "--output", str(tmp_path / "busy")]
    assert main(busy, stdout=io.StringIO()) == 1
    assert main(["models", "convert", str(tmp_path / "nowhere")], stdout=io.StringIO()) == 1


def test_models_convert_into_the_cache(tiny_models):
    from summarizer.cli import main

    stdout = io.StringIO()
    assert main(["models", "convert", str(tiny_models / "bart-en")], stdout=stdout) == 0
    folder = Path(stdout.getvalue().strip())
    assert folder.parent == ct2.cache_root() and folder.name.endswith("-int8") and ct2.is_converted(folder)


@pytest.mark.slow
def test_ctranslate2_backend_keeps_torch_out_of_the_process(tiny_models, tmp_path):
    """Memory: a converted model runs without importing torch (about 250 MB saved)."""
    folder = ct2.convert(str(tiny_models / "marian-fr-en"), output=tmp_path / "m")
    code = (
        "import sys; from summarizer.backends.base import ModelSpec, load_backend;"
        "from summarizer.options import GenerationOptions as G;"
        f"b = load_backend(ModelSpec(model={str(folder)!r}, role='t', device='cpu'), 'auto');"
        "b.generate(['Bonjour tout le monde.'], G(max_new_tokens=4));"
        "print(b.name, 'torch' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.split() == ["ctranslate2", "False"]


@pytest.mark.slow
def test_default_pipeline_on_ctranslate2_runs_without_torch(tiny_models, example_article, tmp_path):
    """Memory: the whole CTranslate2 pipeline, fact and name guard included, never imports torch
    (spaCy's thinc would import it; the guard hides it from that import)."""
    for name in ("barthez-fr", "marian-fr-en"):  # converted here: conversion itself needs torch
        ct2.convert(str(tiny_models / name))
    article = tmp_path / "article.txt"
    article.write_text(example_article, encoding="utf-8")
    code = (
        "import json, sys; from pathlib import Path; from summarizer import Summarizer;"
        f"s = Summarizer(summarization_model={str(tiny_models / 'barthez-fr')!r},"
        f" translation_model={str(tiny_models / 'marian-fr-en')!r}, device='cpu', backend='ctranslate2');"
        f"r = s.summarize(Path({str(article)!r}).read_text(encoding='utf-8'));"
        "import thinc.compat;"
        "print(json.dumps({'torch': 'torch' in sys.modules, 'thinc_torch': thinc.compat.has_torch,"
        " 'summary': r.summary, 'categories': sorted({f['category'] for f in r.flags})}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["torch"] is False and seen["thinc_torch"] is False
    assert seen["summary"].strip()
    assert "entity" in seen["categories"]  # the NER model ran: random-weight output has invented names
