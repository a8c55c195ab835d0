"""The demo's preset menu says what runs, and a preset loads only what the requested summary needs."""

from __future__ import annotations

import pytest

from summarizer.config import SummarizerConfig


def test_a_strategy_alone_is_not_called_local_models() -> None:
    from app.service import CUSTOM, SummarizerPool

    pool = SummarizerPool(SummarizerConfig(strategy="extractive"))
    ((label, value),) = pool.preset_choices()
    assert value == CUSTOM and "local models" not in label and "extractive" in label
    assert "--strategy extractive" in pool.presets_note and "explicit models" not in pool.presets_note

    models = SummarizerPool(SummarizerConfig(summarization_model="/models/x"))
    assert "local models" in models.preset_choices()[0][0] and "explicit models" in models.presets_note
    assert SummarizerPool(SummarizerConfig()).presets_note is None


@pytest.mark.slow
def test_the_page_shows_the_strategy_label() -> None:
    pytest.importorskip("gradio")
    from app.ui import build_app

    demo = build_app(SummarizerConfig(strategy="extractive"))
    config = str(demo.config)
    assert "extractive (chosen at start-up)" in config and "custom (local models)" not in config


@pytest.mark.slow
def test_faithful_in_french_works_with_no_translation_model(monkeypatch, tmp_path, example_article) -> None:
    """No hub and an empty model cache: the French extractive summary needs no model at all."""
    from app.service import SummarizerPool

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    pool = SummarizerPool(SummarizerConfig(preset="faithful"), cache_size=0)
    stages: list[str] = []
    result = pool.summarize(example_article, target_language="fr", on_stage=stages.append)
    assert result.summary and result.target_language == "fr" and "translation" not in result.models
    assert stages[0] == "load"


@pytest.mark.slow
def test_the_headline_steers_the_faithful_summary(monkeypatch, tmp_path) -> None:
    """The demo's optional headline reaches the extractive choice, is the result's source title, is part
    of the result cache's key, and a headline beyond the limit gets a message."""
    from support import TWO_STORIES

    from app.service import DemoError, SummarizerPool
    from summarizer.sources.article import MAX_TITLE_CHARS

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    pool = SummarizerPool(SummarizerConfig(preset="faithful"), cache_size=4)
    plain = pool.summarize(TWO_STORIES, target_language="fr")
    steered = pool.summarize(TWO_STORIES, target_language="fr", title="Lyon construira trois lignes de tramway")
    assert "tramway" in steered.summary and "tramway" not in plain.summary
    assert steered.source["title"] == "Lyon construira trois lignes de tramway" and plain.source is None
    assert pool.summarize(TWO_STORIES, target_language="fr", title="  ").summary == plain.summary
    with pytest.raises(DemoError, match="headline is too long"):
        pool.summarize(TWO_STORIES, target_language="fr", title="x" * (MAX_TITLE_CHARS + 1))
