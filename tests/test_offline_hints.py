"""Without the model hub, what a newcomer runs first fails with one line that says what does work."""

from __future__ import annotations

import io

import pytest

from summarizer import Summarizer, cli
from summarizer.errors import ModelNotAvailableError


@pytest.fixture(autouse=True)
def offline(monkeypatch, tmp_path):
    """No hub: only the (empty) local cache is looked at."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))


@pytest.mark.slow
def test_api_faithful_without_the_translator_raises_one_clean_line(example_article):
    with pytest.raises(ModelNotAvailableError) as info:
        Summarizer(preset="faithful").summarize(example_article)
    message = str(info.value)
    assert "\n" not in message and "Helsinki-NLP/opus-mt-fr-en" in message
    assert 'target_language="fr"' in message  # what works with no model at all


@pytest.mark.slow
def test_cli_faithful_in_english_points_to_the_offline_french_summary(example_article, tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(example_article, encoding="utf-8")
    out = io.StringIO()
    assert cli.main(["summarize", str(article), "--preset", "faithful"], stdout=out) == 1
    err = capsys.readouterr().err
    assert out.getvalue() == "" and err.count("\n") == 1 and "--target-language fr" in err

    # ... and the command it points to works.
    assert cli.main(["summarize", str(article), "--preset", "faithful", "--target-language", "fr"], stdout=out) == 0
    assert out.getvalue().strip()


def test_the_api_without_the_hub_raises_one_documented_error_with_the_fix(example_article):
    """What docs/python-api.md shows: catch SummarizerError, print one line that names the model and the fix."""
    from summarizer.errors import SummarizerError

    with pytest.raises(SummarizerError) as info:
        Summarizer(preset="fast").summarize(example_article)
    message = str(info.value)
    assert isinstance(info.value, ModelNotAvailableError) and "\n" not in message
    assert "moussaKam/barthez-orangesum-abstract" in message and "hf download" in message
    assert "target_language" not in message  # an abstractive preset has no model-free summary
