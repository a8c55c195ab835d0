"""Multilingual translation families on their tiny twins: NLLB-200, M2M100, mBART-50 (source code
first, target code forced first) and MADLAD-400 (``<2xx>`` text prefix), on both backends; and the
``multilingual`` preset end to end (CLI and API) on a Hugging Face cache whose models are twins.

Random weights write gibberish: the tests check the languages, the codes fed to the models, the
models used and the exit codes, never the text's quality.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import hub_cache

from summarizer.backends import ct2
from summarizer.backends.base import ModelSpec
from summarizer.backends.language_codes import language_codes
from summarizer.backends.torch_backend import TorchBackend
from summarizer.errors import UnsupportedLanguageError
from summarizer.options import GenerationOptions

DATA = Path(__file__).resolve().parents[1] / "data"
ROOT = Path(__file__).resolve().parents[2]
# twin -> (family, model code for German, source code first?)
FAMILIES = {
    "nllb-200": ("nllb", "deu_Latn", True),
    "m2m100": ("m2m100", "__de__", True),
    "mbart-50": ("mbart-50", "de_DE", True),
    "madlad-400": ("madlad", "<2de>", False),
}
TWINS = {
    "google/madlad400-3b-mt": "madlad-400",
    "sshleifer/distilbart-cnn-12-6": "bart-en",
    "facebook/m2m100_418M": "m2m100",
    "Helsinki-NLP/opus-mt-fr-en": "marian-fr-en",
    "moussaKam/barthez-orangesum-abstract": "barthez-fr",
}
MADLAD = "google/madlad400-3b-mt"
DISTILBART = "sshleifer/distilbart-cnn-12-6"


@pytest.fixture(scope="module", autouse=True)
def ct2_cache(tmp_path_factory):
    """Converted models go to a temporary cache, never to ~/.cache."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SUMMARIZER_CACHE", str(tmp_path_factory.mktemp("summarizer-cache")))
        yield


@pytest.mark.parametrize("name", list(FAMILIES))
def test_language_codes_come_from_the_folder(tiny_models, name):
    family, german, source_token = FAMILIES[name]
    codes = language_codes(tiny_models / name)
    assert codes is not None and codes.family == family and codes.source_token is source_token
    assert codes.code("de") == german and codes.code("fr") != german
    with pytest.raises(UnsupportedLanguageError, match="no language code for 'qq'"):
        codes.code("qq")


def test_one_language_models_have_no_codes(tiny_models):
    assert language_codes(tiny_models / "marian-fr-en") is None
    assert language_codes(tiny_models / "t5-en") is None


@pytest.mark.slow
@pytest.mark.parametrize("name", list(FAMILIES))
def test_both_backends_feed_the_same_codes_and_agree(tiny_models, name):
    _, german, source_token = FAMILIES[name]
    spec = ModelSpec(model=str(tiny_models / name), role="translation", device="cpu", threads=1, quantization="float32")
    torch_backend = TorchBackend(spec)
    ct2_backend = ct2.load(spec, required=True)
    options = GenerationOptions(num_beams=1, max_new_tokens=8, source_language="fr", target_language="de")
    texts = ["Le président a annoncé une hausse de 3,5 % des salaires.", "Il pleut."]
    ids = torch_backend._encode(texts, True, options)
    assert ids == ct2_backend._encode(texts, True, options)
    tokenizer = torch_backend.tokenizer
    first = tokenizer.convert_ids_to_tokens(ids[0][:2])
    if source_token:  # "fra_Latn … </s>"; the German code is forced as the first output token
        assert first[0] == language_codes(tiny_models / name).code("fr") and ids[0][-1] == tokenizer.eos_token_id
    else:  # "<2de> …": the target code leads the text
        assert german in first
    assert ct2_backend.generate(texts, options) == torch_backend.generate(texts, options)


def _cli(tmp_path: Path, tiny_models: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "HF_HUB_CACHE": str(hub_cache(tiny_models, tmp_path / "hub", TWINS)),
        "HF_HUB_OFFLINE": "1",
        "PYTHONPATH": str(ROOT),
    }
    command = [sys.executable, "-m", "summarizer", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=600, check=False)


def _short_french(tmp_path: Path) -> Path:
    paragraphs = (DATA / "mistral_softbank_fr.txt").read_text(encoding="utf-8").split("\n\n")
    file = tmp_path / "fr.txt"
    file.write_text("\n\n".join(paragraphs[1:3]), encoding="utf-8")
    return file


RUN = ["--preset", "multilingual", "--device", "cpu", "--threads", "1", "--num-beams", "1", "--format", "json"]


@pytest.mark.slow
@pytest.mark.parametrize(("language", "backend"), [("de", "torch"), ("es", "ctranslate2"), ("it", "torch")])
def test_german_spanish_italian_into_english_through_the_multilingual_route(tiny_models, tmp_path, language, backend):
    done = _cli(tmp_path, tiny_models, "summarize", str(DATA / f"article_{language}.txt"), *RUN, "--backend", backend)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["source_language"], result["target_language"]) == (language, "en")
    assert result["models"] == {"translation": MADLAD, "summarization": DISTILBART}
    assert f"source language '{language}' routed to {MADLAD}" in result["notes"]


@pytest.mark.slow
@pytest.mark.parametrize(("target", "expected", "backend"), [("de", "de", "ctranslate2"), ("source", "fr", "torch")])
def test_french_into_german_and_into_its_own_language(tiny_models, tmp_path, target, expected, backend):
    article = _short_french(tmp_path)
    done = _cli(
        tmp_path, tiny_models, "summarize", str(article), *RUN, "--backend", backend, "--target-language", target
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["source_language"], result["target_language"]) == ("fr", expected)
    assert result["models"] == {"translation": MADLAD, "summarization": DISTILBART}
    pivot = f"summarized in 'en' by {DISTILBART}, then translated into '{expected}' by {MADLAD}"
    assert pivot in result["notes"]


@pytest.mark.slow
def test_a_language_no_configured_model_covers_names_one_that_does(tiny_models, tmp_path):
    article = _short_french(tmp_path)
    done = _cli(tmp_path, tiny_models, "summarize", str(article), "--source-language", "pt", "--device", "cpu")
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "no translation route from 'pt' to 'en': use --preset multilingual (google/madlad400-3b-mt" in lines[0]


def test_an_unknown_target_language_is_one_line(tiny_models, tmp_path):
    done = _cli(tmp_path, tiny_models, "summarize", str(DATA / "article_de.txt"), "--target-language", "klingon")
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == [
        "summarizer: error: unknown target language 'klingon': give an ISO 639 code such as en, de, es, "
        "or 'source' for the article's own language"
    ]


@pytest.fixture
def twin_hub(tiny_models, tmp_path, monkeypatch):
    """The presets' Hub ids resolve to twins, in this process (API and demo service)."""
    import huggingface_hub.constants

    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(hub_cache(tiny_models, tmp_path / "hub", TWINS)))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


@pytest.mark.slow
def test_api_target_language(twin_hub, tmp_path):
    from summarizer import Summarizer

    summarizer = Summarizer(preset="multilingual", device="cpu", backend="torch", threads=1, num_beams=1)
    french = _short_french(tmp_path).read_text(encoding="utf-8")
    for text, target, expected in [
        ((DATA / "article_it.txt").read_text(encoding="utf-8"), None, ("it", "en")),
        (french, "de", ("fr", "de")),
        (french, "source", ("fr", "fr")),
    ]:
        result = summarizer.summarize(text, target_language=target)
        assert (result.source_language, result.target_language) == expected
        assert result.models == {"translation": MADLAD, "summarization": DISTILBART}


@pytest.mark.slow
def test_batch_record_target_language_wins_over_the_option(tiny_models, tmp_path):
    french = _short_french(tmp_path).read_text(encoding="utf-8")
    rows = [
        {"id": "es", "text": (DATA / "article_es.txt").read_text(encoding="utf-8")},
        {"id": "fr-de", "text": french, "target_language": "de"},
        {"id": "fr-own", "text": french, "target_language": "source"},
        {"id": "bad", "text": french, "target_language": "klingon"},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    options = [a for a in RUN if a not in ("--format", "json")]
    done = _cli(tmp_path, tiny_models, "batch", str(source), "-o", str(out), *options, "--target-language", "en")
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert done.returncode == 3, done.stderr  # some items failed: the bad record
    languages = {k: (r["source_language"], r["target_language"]) for k, r in records.items() if k != "bad"}
    assert languages == {"es": ("es", "en"), "fr-de": ("fr", "de"), "fr-own": ("fr", "fr")}
    assert records["bad"]["error"].endswith(
        "unknown target language 'klingon': give an ISO 639 code such as en, de, es, or 'source' for the article's own language"
    )


@pytest.mark.slow
def test_demo_language_dropdown_reaches_the_pipeline(twin_hub, tmp_path):
    from app.service import SummarizerPool
    from summarizer.config import PipelineOptions, SummarizerConfig

    pool = SummarizerPool(
        SummarizerConfig(preset="multilingual", device="cpu", backend="torch", threads=1),
        options=PipelineOptions(num_beams=1),
    )
    assert {"de", "es", "it", "source"} <= set(pool.target_languages)
    french = _short_french(tmp_path).read_text(encoding="utf-8")
    assert pool.summarize(french, target_language="de").target_language == "de"
    assert pool.summarize(french, target_language="source").target_language == "fr"
    german = pool.summarize((DATA / "article_de.txt").read_text(encoding="utf-8"))
    assert (german.source_language, german.target_language) == ("de", "en")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "backend"),
    [("nllb-200", "ctranslate2"), ("m2m100", "torch"), ("mbart-50", "ctranslate2"), ("madlad-400", "torch")],
)
def test_each_family_twin_translates_a_summary_end_to_end(tiny_models, tmp_path, name, backend):
    folder = str(tiny_models / name)
    args = ["summarize", str(DATA / "article_es.txt"), "--summarization-model", str(tiny_models / "barthez-fr")]
    args += ["--translation-model", folder, "--backend", backend, "--device", "cpu", "--threads", "1"]
    done = _cli(tmp_path, tiny_models, *args, "--num-beams", "1", "--format", "json", "--target-language", "de")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["source_language"], result["target_language"], result["strategy"]) == (
        "es",
        "de",
        "summarize-translate",
    )
    assert result["models"]["translation"] == folder
