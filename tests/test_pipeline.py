"""The Summarizer API end to end on tiny random-weight models (real tokenizers, real generate())."""

from __future__ import annotations

import pytest

from summarizer import Result, Summarizer
from summarizer.errors import InputError, ModelNotAvailableError, UnsupportedLanguageError

pytestmark = pytest.mark.slow


def test_example_article_gives_an_english_summary_and_a_french_one(tiny_summarizer, example_article):
    result = tiny_summarizer.summarize(example_article)
    assert isinstance(result, Result)
    assert result.summary.strip() and result.summary_source.strip()
    assert result.summary != result.summary_source  # the French summary was translated
    assert result.source_language == "fr" and result.target_language == "en"
    assert result.strategy == "summarize-translate"
    assert result.models["summarization"].endswith("barthez-fr")
    assert result.models["translation"].endswith("marian-fr-en")
    assert any("boilerplate" in n for n in result.notes)
    assert result.translation is None and result.paragraphs is None
    assert result.timings["total"] > 0 and "summarize" in result.timings
    data = result.to_dict()
    for key in (
        "summary",
        "summary_source",
        "source_language",
        "translation",
        "strategy",
        "models",
        "warnings",
        "timings",
        "flags",
    ):
        assert key in data


def test_same_input_same_output(tiny_summarizer, example_article):
    assert tiny_summarizer.summarize(example_article).summary == tiny_summarizer.summarize(example_article).summary


def test_long_article_is_chunked_and_the_warning_says_so(tiny_summarizer, example_article):
    long_article = "\n\n".join([example_article] * 10)
    result = tiny_summarizer.summarize(long_article)
    assert result.chunks > 3
    chunk_warnings = [n for n in result.notes if "map-reduce" in n]
    assert len(chunk_warnings) == 1
    assert f"{result.chunks} chunks" in chunk_warnings[0]
    assert "1024-token input" in chunk_warnings[0]
    assert result.summary.strip()


def test_full_translation_is_paragraph_aligned(tiny_summarizer, example_article):
    from summarizer.text.clean import clean_article

    result = tiny_summarizer.summarize(example_article, full_translation=True)
    paragraphs = clean_article(example_article).paragraphs
    assert [p["source"] for p in result.paragraphs] == paragraphs
    assert all(p["translation"].strip() for p in result.paragraphs)
    assert result.translation.count("\n\n") == len(paragraphs) - 1


def test_translate_keeps_paragraphs(tiny_summarizer):
    text = "Le CAC 40 a gagné 2 % jeudi. Les banques ont mené la hausse.\n\nL'euro est resté stable face au dollar."
    translated = tiny_summarizer.translate(text)
    assert translated.count("\n\n") == 1
    assert all(part.strip() for part in translated.split("\n\n"))


def test_target_language_equal_to_source_skips_translation(tiny_models, example_article):
    summarizer = Summarizer(
        summarization_model=str(tiny_models / "barthez-fr"),
        translation_model=str(tiny_models / "marian-fr-en"),
        target_language="fr",
        device="cpu",
        backend="torch",
    )
    result = summarizer.summarize(example_article)
    assert result.summary == result.summary_source
    assert "translation" not in result.models
    assert any("no translation" in n for n in result.notes)


def test_translate_summarize_with_english_bart(tiny_models, example_article):
    summarizer = Summarizer(
        strategy="translate-summarize",
        summarization_model=str(tiny_models / "bart-en"),
        translation_model=str(tiny_models / "marian-fr-en"),
        device="cpu",
        backend="torch",
    )
    result = summarizer.summarize(example_article, full_translation=True)
    assert result.strategy == "translate-summarize"
    assert result.summary.strip()
    assert result.summary_source is None
    assert result.paragraphs and all(p["translation"] for p in result.paragraphs)


def test_t5_summarizer_directory_works(tiny_models, example_article):
    summarizer = Summarizer(
        strategy="translate-summarize",
        summarization_model=str(tiny_models / "t5-en"),
        translation_model=str(tiny_models / "marian-fr-en"),
        device="cpu",
        backend="torch",
    )
    assert summarizer.summarize(example_article).summary.strip()


def test_crosslingual_strategy(tiny_models, example_article):
    summarizer = Summarizer(
        strategy="crosslingual", summarization_model=str(tiny_models / "mt5-crosssum"), device="cpu", backend="torch"
    )
    result = summarizer.summarize(example_article)
    assert result.strategy == "crosslingual"
    assert result.summary.strip() and result.summary_source is None
    assert list(result.models) == ["summarization"]


def test_extractive_strategy_picks_article_sentences_in_order(tiny_models, example_article):
    summarizer = Summarizer(
        strategy="extractive", translation_model=str(tiny_models / "marian-fr-en"), target_language="fr", device="cpu"
    )
    result = summarizer.summarize(example_article)
    from summarizer.text.clean import clean_article

    cleaned = clean_article(example_article).text
    positions = []
    for sentence in __import__("summarizer.text.sentences", fromlist=["x"]).split_sentences(result.summary, "fr"):
        text = sentence.text.rstrip(".")  # headings get a full stop
        assert text in cleaned
        positions.append(cleaned.index(text))
    assert positions == sorted(positions)
    assert len(result.summary.split()) <= 70


def test_english_input_is_not_translated(tiny_summarizer):
    text = (
        "The Japanese technology giant SoftBank is considering an investment in Mistral AI, the French artificial "
        "intelligence start-up, according to Bloomberg. The funding round could value the company at more than "
        "two billion dollars. Neither company wanted to comment."
    )
    result = tiny_summarizer.summarize(text)
    assert result.source_language == "en"
    assert "translation" not in result.models
    assert result.summary.strip()


def test_language_without_route_is_a_clear_error(tiny_models):
    summarizer = Summarizer(summarization_model=str(tiny_models / "barthez-fr"), device="cpu", backend="torch")
    portuguese = (
        "O gigante tecnológico japonês estaria interessado em participar da próxima rodada de financiamento da "
        "startup francesa, segundo a agência Bloomberg. As discussões continuam."
    )
    with pytest.raises(UnsupportedLanguageError, match="no translation route from 'pt' to 'en'"):
        summarizer.summarize(portuguese)


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "empty"), ("   \n\t ", "only whitespace"), ("2024 — 15 % / 3,5", "no letters"), ("abc\x00def" * 5, "binary")],
)
def test_bad_input_raises_input_error(tiny_summarizer, text, message):
    with pytest.raises(InputError, match=message):
        tiny_summarizer.summarize(text)


def test_too_large_input_is_rejected(tiny_models):
    summarizer = Summarizer(summarization_model=str(tiny_models / "barthez-fr"), max_chars=100, device="cpu")
    with pytest.raises(InputError, match="too large"):
        summarizer.summarize("Le groupe a annoncé une hausse de son chiffre d'affaires. " * 5)


def test_summarize_many_isolates_bad_items(tiny_summarizer, orangesum_sample):
    texts = [orangesum_sample[0]["article"], "", orangesum_sample[1]["article"]]
    results = tiny_summarizer.summarize_many(texts)
    assert isinstance(results[0], Result) and isinstance(results[2], Result)
    assert isinstance(results[1], InputError)
    single = tiny_summarizer.summarize(orangesum_sample[1]["article"])
    assert results[2].summary == single.summary  # pooling does not change results


def test_missing_model_directory_fails_fast_with_its_name(tmp_path, example_article):
    missing = tmp_path / "no-such-model"
    summarizer = Summarizer(summarization_model=str(missing), device="cpu")
    with pytest.raises(ModelNotAvailableError, match="no-such-model"):
        summarizer.summarize(example_article)


def test_unknown_options_list_valid_choices():
    with pytest.raises(ValueError, match="choose from"):
        Summarizer(preset="nope")
    with pytest.raises(ValueError, match="summarize-translate"):
        Summarizer(strategy="magic")
    with pytest.raises(ValueError, match="short, medium, long"):
        Summarizer(length="huge")


def test_models_load_once(tiny_summarizer, orangesum_sample):
    tiny_summarizer.summarize(orangesum_sample[2]["article"])
    loaded = tiny_summarizer.loaded_backends
    tiny_summarizer.summarize(orangesum_sample[3]["article"])
    assert tiny_summarizer.loaded_backends == loaded


def test_fact_guard_flags_point_at_figures_in_the_output(tiny_summarizer, example_article):
    result = tiny_summarizer.summarize(example_article)
    assert result.flags, "the tiny random model invents figures (e.g. '1,000'), which must be flagged"
    for flag in result.flags:
        text = result.summary if flag["output"] == "summary" else result.summary_source
        assert text[flag["start"] : flag["end"]] == flag["text"]
        assert flag["reason"]
    assert any("not supported by the article" in w for w in result.warnings)


def test_fact_guard_is_silent_when_every_figure_comes_from_the_article(
    tiny_models, example_article, monkeypatch, tmp_path
):
    from summarizer.ranking import model as ranking_model

    # The heuristic scorer (ranker file absent) picks this article's sentences with figures.
    monkeypatch.setenv("SUMMARIZER_RANKER", str(tmp_path / "absent.json"))
    ranking_model._load_cached.cache_clear()
    summarizer = Summarizer(strategy="extractive", target_language="fr", length="long", device="cpu")
    result = summarizer.summarize(example_article)
    ranking_model._load_cached.cache_clear()
    assert result.models["ranker"] == "heuristic"
    assert "2 milliards de dollars" in result.summary  # a figure, copied from the article
    assert "européenne. La France" in result.summary  # a heading reads as a sentence
    assert result.flags == []


def test_fact_guard_can_be_turned_off(tiny_models, example_article):
    summarizer = Summarizer(
        summarization_model=str(tiny_models / "barthez-fr"),
        translation_model=str(tiny_models / "marian-fr-en"),
        check_facts=False,
        device="cpu",
    )
    result = summarizer.summarize(example_article)
    assert result.flags == [] and "facts" not in result.timings


def test_chunk_limit_keeps_the_most_relevant_chunks_and_says_so(tiny_models, example_article):
    summarizer = Summarizer(
        summarization_model=str(tiny_models / "barthez-fr"),
        translation_model=str(tiny_models / "marian-fr-en"),
        max_chunks=2,
        device="cpu",
    )
    result = summarizer.summarize("\n\n".join([example_article] * 4))
    assert result.chunks == 2
    assert any("more than the limit of 2" in w and "left" in w for w in result.warnings)


def test_t5_prefix_from_its_config_is_used(tiny_models):
    summarizer = Summarizer(
        strategy="translate-summarize",
        summarization_model=str(tiny_models / "t5-en"),
        translation_model=str(tiny_models / "marian-fr-en"),
        device="cpu",
        backend="torch",
    )
    backend = summarizer.backend(str(tiny_models / "t5-en"), "summarization")
    assert backend.prefix == "summarize: "
    assert backend.count_tokens(["Markets rose."])[0] > backend.count_tokens([""])[0] > 1


def test_long_article_does_not_leak_the_tokenizer_length_warning(tiny_models, example_article, capfd):
    """The pipeline chunks long inputs itself: transformers' "sequence length is longer than the
    specified maximum" warning would be wrong, and must not reach API users."""
    import transformers

    transformers.logging.set_verbosity_warning()
    summarizer = Summarizer(
        summarization_model=str(tiny_models / "barthez-fr"),
        translation_model=str(tiny_models / "marian-fr-en"),
        device="cpu",
        backend="ctranslate2",  # the default backend; it leaves transformers' logging as the user set it
    )
    result = summarizer.summarize("\n\n".join([example_article] * 3))
    assert result.chunks > 1
    assert "Token indices sequence length" not in capfd.readouterr().err


def test_summarize_many_reports_each_stage_as_it_starts(tiny_summarizer, example_article):
    """Progress callers (the demo, the benchmark) see the stages in order, the guard last."""
    seen: list[str] = []
    results = tiny_summarizer.summarize_many([example_article, "   "], on_stage=seen.append)
    assert seen == ["summarize", "translate", "check"]
    assert results[0].summary and isinstance(results[1], Exception)
