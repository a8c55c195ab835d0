"""Routing: a configuration resolved to models, and an article's language to a plan (no model loads)."""

from __future__ import annotations

import pytest

from summarizer.config import PipelineOptions, SummarizerConfig
from summarizer.errors import OptionError, UnsupportedLanguageError
from summarizer.presets import model_card
from summarizer.routing import (
    EXTRACTIVE,
    SOURCE,
    check_options,
    choose_models,
    default_language,
    models_to_load,
    plan_route,
    translation_model,
)

BARTHEZ = "moussaKam/barthez-orangesum-abstract"
MARIAN = "Helsinki-NLP/opus-mt-fr-en"


def test_default_preset_summarizes_in_french_then_translates():
    models = choose_models(SummarizerConfig())
    assert (models.preset, models.strategy) == ("fast", "summarize-translate")
    plan = plan_route(models, "fr", "en")
    assert (plan.pre_translation_model, plan.summarization_model, plan.post_translation_model) == (
        None,
        BARTHEZ,
        MARIAN,
    )
    assert plan.warnings == ()
    assert models_to_load(models) == [(BARTHEZ, "summarization"), (MARIAN, "translation")]
    assert default_language(models) == "fr"


def test_translate_summarize_translates_the_article_first():
    models = choose_models(SummarizerConfig(strategy="translate-summarize"))
    plan = plan_route(models, "fr", "en")
    assert plan.pre_translation_model == MARIAN and plan.post_translation_model is None
    assert plan.summarization_model == "sshleifer/distilbart-cnn-12-6"


def test_same_language_needs_no_translation_and_says_so():
    plan = plan_route(choose_models(SummarizerConfig()), "fr", "fr")
    assert plan.pre_translation_model is None and plan.post_translation_model is None
    assert plan.summarization_model == BARTHEZ
    assert plan.notes == ("source is already in 'fr': no translation",) and plan.warnings == ()


def test_english_article_falls_back_to_the_extractive_summarizer_with_a_warning():
    plan = plan_route(choose_models(SummarizerConfig()), "en", "en")
    assert plan.summarization_model == EXTRACTIVE
    assert any("used the extractive summarizer" in w for w in plan.warnings)


def test_other_languages_are_routed_to_their_translation_model():
    models = choose_models(SummarizerConfig(strategy="extractive"))
    plan = plan_route(models, "de", "en")
    assert plan.summarization_model == EXTRACTIVE
    assert plan.post_translation_model == "Helsinki-NLP/opus-mt-de-en"
    assert "source language 'de' routed to Helsinki-NLP/opus-mt-de-en" in plan.notes
    assert translation_model(models, "fr", "en") == MARIAN


def test_explicit_models_are_trusted_for_any_language():
    models = choose_models(SummarizerConfig(summarization_model="/m/s", translation_model="/m/t"))
    plan = plan_route(models, "it", "en")
    assert (plan.summarization_model, plan.post_translation_model) == ("/m/s", "/m/t")


def test_no_route_is_an_unsupported_language_error():
    with pytest.raises(UnsupportedLanguageError, match="no translation route from 'xx' to 'en'"):
        plan_route(choose_models(SummarizerConfig(strategy="extractive")), "xx", "en")
    with pytest.raises(UnsupportedLanguageError, match="English summaries only"):
        plan_route(choose_models(SummarizerConfig(preset="crosslingual")), "fr", "de")


def test_bad_settings_list_the_choices():
    with pytest.raises(OptionError, match="summarize-translate"):
        choose_models(SummarizerConfig(strategy="magic"))
    with pytest.raises(ValueError, match="unknown preset 'nope'"):
        choose_models(SummarizerConfig(preset="nope"))
    with pytest.raises(ValueError, match="cpu"):
        choose_models(SummarizerConfig(device="tpu"))


def test_a_summary_in_the_source_language_loads_no_translation_model():
    extractive = choose_models(SummarizerConfig(strategy="extractive"))
    assert models_to_load(extractive, "fr") == []  # `summarizer demo --strategy extractive --target-language fr`
    assert models_to_load(extractive, "en") == [(MARIAN, "translation")]
    explicit = choose_models(SummarizerConfig(strategy="extractive", translation_model="/models/marian"))
    assert models_to_load(explicit, "fr") == [("/models/marian", "translation")]


# ---------------------------------------------------------------------- multilingual routing
MADLAD = "google/madlad400-3b-mt"
DISTILBART = "sshleifer/distilbart-cnn-12-6"


@pytest.mark.parametrize("language", ["de", "es", "it", "pt", "sw"])
def test_the_multilingual_preset_translates_any_language_with_one_model(language):
    models = choose_models(SummarizerConfig(preset="multilingual"))
    plan = plan_route(models, language, "en")
    assert (plan.pre_translation_model, plan.summarization_model, plan.post_translation_model) == (
        MADLAD,
        DISTILBART,
        None,
    )
    assert plan.pivot_language is None


def test_another_target_goes_through_the_summarizers_language():
    models = choose_models(SummarizerConfig(preset="multilingual"))
    plan = plan_route(models, "fr", "de")
    assert (plan.pre_translation_model, plan.post_translation_model, plan.pivot_language) == (MADLAD, MADLAD, "en")
    assert (plan.target_language, plan.summarization_model) == ("de", DISTILBART)
    own = plan_route(models, "fr", SOURCE)
    assert (own.target_language, own.pivot_language, own.post_translation_model) == ("fr", "en", MADLAD)
    english = plan_route(models, "en", "es")
    assert (english.pre_translation_model, english.post_translation_model) == (None, MADLAD)


def test_without_a_multilingual_model_the_opus_mt_route_is_kept():
    models = choose_models(SummarizerConfig(strategy="translate-summarize"))
    assert plan_route(models, "de", "en").pre_translation_model == "Helsinki-NLP/opus-mt-de-en"
    assert plan_route(models, "fr", "en").pre_translation_model == "Helsinki-NLP/opus-mt-fr-en"


@pytest.mark.parametrize(("language", "target"), [("pt", "en"), ("fr", "de")])
def test_no_route_names_a_model_that_covers_the_pair(language, target):
    with pytest.raises(UnsupportedLanguageError) as caught:
        plan_route(choose_models(SummarizerConfig(strategy="extractive")), language, target)
    assert str(caught.value) == (
        f"no translation route from '{language}' to '{target}': use --preset multilingual "
        f"({MADLAD}, apache-2.0, covers both) or pass --translation-model with a {language}->{target} model"
    )


def test_a_local_marian_folder_is_not_used_for_another_language(tiny_models):
    models = choose_models(SummarizerConfig(strategy="extractive", translation_model=str(tiny_models / "marian-fr-en")))
    assert translation_model(models, "fr", "en") == str(tiny_models / "marian-fr-en")
    assert translation_model(models, "de", "en") == "Helsinki-NLP/opus-mt-de-en"  # never silently the French model
    with pytest.raises(UnsupportedLanguageError, match="no translation route from 'pt' to 'en'"):
        translation_model(models, "pt", "en")


def test_a_local_multilingual_folder_is_used_for_every_language_it_has_codes_for(tiny_models):
    folder = str(tiny_models / "nllb-200")
    models = choose_models(SummarizerConfig(strategy="extractive", translation_model=folder))
    assert {translation_model(models, src, "en") for src in ("de", "es", "it", "sw")} == {folder}
    assert translation_model(models, "fr", "de") == folder


def test_target_language_must_be_a_language_or_source():
    with pytest.raises(OptionError, match="unknown target language 'english'"):
        check_options(PipelineOptions(target_language="english"))
    check_options(PipelineOptions(target_language=SOURCE))
    check_options(PipelineOptions(target_language="sw"))


def test_presets_mark_non_commercial_licenses():
    nllb = model_card("facebook/nllb-200-1.3B")
    assert nllb.commercial_use is False and nllb.license_label == "cc-by-nc-4.0 (NON-COMMERCIAL)"
    assert model_card(MADLAD).commercial_use is True and model_card("facebook/m2m100_418M").license == "mit"


def test_a_multilingual_translator_assumes_no_language_of_its_own():
    assert default_language(choose_models(SummarizerConfig(preset="multilingual"))) == "fr"
    assert default_language(choose_models(SummarizerConfig(preset="multilingual-small"))) == "fr"
