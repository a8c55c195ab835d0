"""The Summarizer around its models, on a deterministic fake backend (milliseconds per test):
configuration objects, routing, map-reduce, chunk reassembly, error isolation, backend_factory."""

from __future__ import annotations

import dataclasses

import pytest
from support import FakeFactory

from summarizer import PipelineOptions, Result, Summarizer, SummarizerConfig
from summarizer.errors import SummarizerError, UnsupportedLanguageError

BARTHEZ = "moussaKam/barthez-orangesum-abstract"
MARIAN = "Helsinki-NLP/opus-mt-fr-en"

PARAGRAPHS = [
    "Le gouvernement a présenté mardi un plan de relance pour les régions industrielles du nord.",
    "Les syndicats jugent les mesures insuffisantes. Ils appellent à une grève nationale le mois prochain.",
    "Le ministre de l'Économie défend un projet équilibré qui protège les emplois et les entreprises.",
]
ARTICLE = "\n\n".join(PARAGRAPHS)


def _summarizer(factory: FakeFactory, **settings) -> Summarizer:
    return Summarizer(backend_factory=factory, source_language="fr", check_facts=False, **settings)


def test_flat_keywords_and_configuration_objects_are_the_same_summarizer():
    flat = Summarizer(preset="quality", device="cpu", threads=2, length="short", num_beams=2)
    objects = Summarizer(
        config=SummarizerConfig(preset="quality", device="cpu", threads=2),
        options=PipelineOptions(length="short", num_beams=2),
    )
    assert flat.config == objects.config and flat.options == objects.options
    assert flat.strategy == "translate-summarize" and flat.options.length == "short"
    with pytest.raises(TypeError, match="colour"):
        Summarizer(colour="blue")


def test_default_route_runs_summarizer_then_translator_on_the_fake_backend():
    factory = FakeFactory()
    result = _summarizer(factory).summarize(ARTICLE)
    assert isinstance(result, Result)
    assert result.models == {"summarization": BARTHEZ, "translation": MARIAN}
    assert result.summary_source and result.summary == result.summary_source.upper()
    assert set(factory.loaded) == {BARTHEZ, MARIAN}
    assert {spec.role for spec in factory.specs} == {"summarization", "translation"}


def test_models_are_loaded_once_through_the_factory_with_the_configured_settings():
    factory = FakeFactory()
    summarizer = _summarizer(factory, device="cpu", threads=3, quantization="int8")
    summarizer.summarize(ARTICLE)
    summarizer.summarize_many([ARTICLE, ARTICLE])
    assert len(factory.specs) == 2
    assert all((s.device, s.threads, s.quantization) == ("cpu", 3, "int8") for s in factory.specs)


def test_per_call_options_override_the_defaults():
    factory = FakeFactory()
    summarizer = _summarizer(factory, length="long")
    french = summarizer.summarize(ARTICLE, target_language="fr")
    assert "translation" not in french.models and french.summary == french.summary_source
    short = summarizer.summarize(ARTICLE, options=dataclasses.replace(summarizer.options, length="short"))
    assert len(short.summary_source.split()) <= 64
    assert summarizer.options.length == "long"  # the Summarizer's own defaults are unchanged


def test_long_article_is_summarized_by_map_reduce_and_says_so():
    factory = FakeFactory(window=40)
    long_article = "\n\n".join(PARAGRAPHS * 6)
    result = _summarizer(factory).summarize(long_article)
    assert result.chunks > 1
    assert any(f"summarized in {result.chunks} chunks and combined (map-reduce)" in n for n in result.notes)
    summarizer_calls = factory.loaded[BARTHEZ].calls
    assert len(summarizer_calls) >= 2  # the map round(s), then the final summaries
    assert all(len(text.split()) + 1 <= 40 for text in summarizer_calls[0])  # every chunk fits the window


def test_chunks_beyond_the_limit_are_left_out_with_a_warning():
    factory = FakeFactory(window=30)
    result = _summarizer(factory, max_chunks=2).summarize("\n\n".join(PARAGRAPHS * 8))
    assert result.chunks == 2
    assert any("more than the limit of 2" in w for w in result.warnings)


def test_full_translation_rebuilds_every_paragraph_in_order():
    factory = FakeFactory()
    result = _summarizer(factory).summarize(ARTICLE, full_translation=True)
    assert [p["source"] for p in result.paragraphs] == PARAGRAPHS
    assert [p["translation"] for p in result.paragraphs] == [p.upper() for p in PARAGRAPHS]
    assert result.translation == "\n\n".join(p.upper() for p in PARAGRAPHS)


def test_one_failing_article_does_not_fail_the_others():
    factory = FakeFactory(fail_on="xyzzy")
    poisoned = ARTICLE.replace("mardi", "mardi xyzzy")
    outcomes = _summarizer(factory).summarize_many([ARTICLE, poisoned, "", ARTICLE])
    assert isinstance(outcomes[0], Result) and isinstance(outcomes[3], Result)
    assert isinstance(outcomes[1], SummarizerError) and "RuntimeError: fake model failed" in str(outcomes[1])
    assert isinstance(outcomes[2], SummarizerError) and "empty" in str(outcomes[2])
    assert outcomes[0].summary == outcomes[3].summary


def test_unsupported_language_is_an_error_for_that_article_only():
    factory = FakeFactory()
    summarizer = Summarizer(backend_factory=factory, strategy="extractive", check_facts=False)
    outcomes = summarizer.summarize_many([ARTICLE], source_language="xx")
    assert isinstance(outcomes[0], UnsupportedLanguageError)
    assert summarizer.plan("de").post_translation_model == "Helsinki-NLP/opus-mt-de-en"


def test_translate_many_on_the_fake_translator():
    factory = FakeFactory()
    summarizer = _summarizer(factory)
    assert summarizer.translate(ARTICLE) == ARTICLE.upper()
    outcomes = summarizer.translate_many([ARTICLE, "   "])
    assert outcomes[0] == ARTICLE.upper() and isinstance(outcomes[1], SummarizerError)
