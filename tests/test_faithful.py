"""The ``faithful`` preset end to end on the tiny Marian model: learned extractive summary, then
sentence-by-sentence translation, each English sentence linked to its French article sentence.
API, CLI, batch and the demo's service."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.ranking.sentences import article_sentences
from summarizer.text.clean import clean_article

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _tiny_options(tiny_models: Path) -> dict:
    return {"translation_model": str(tiny_models / "marian-fr-en"), "device": "cpu", "backend": "torch", "threads": 1}


def _check_links(result, article: str) -> None:
    """Every link points at the exact article span of its French sentence and at the exact pieces
    of it the summary keeps (compression deletes, never rewrites), in summary order."""
    from summarizer.ranking.model import select_for_length

    cleaned = clean_article(article).text
    sentences = article_sentences(article)
    expected = select_for_length(sentences, "medium")[0]
    links = result["sentence_links"] if isinstance(result, dict) else result.sentence_links
    get = (lambda k: result[k]) if isinstance(result, dict) else (lambda k: getattr(result, k))
    assert [link["index"] for link in links] == expected
    for link in links:
        span = cleaned[link["start"] : link["end"]]
        kept = "".join(cleaned[a:b] for a, b in link["spans"])
        assert sentences.texts[link["index"]] in (span, span + "."), (span, link["source"])
        assert link["source"] in (kept, kept + "."), (kept, link["source"])
        assert all(link["start"] <= a < b <= link["end"] for a, b in link["spans"])
        assert isinstance(link["translation"], str)
    assert get("summary_source") == " ".join(link["source"] for link in links)
    assert get("summary") == " ".join(link["translation"] for link in links if link["translation"])
    assert get("strategy") == "extractive"
    assert "facts" in get("timings"), "the fact guard ran on the translation"


def test_faithful_preset_api(tiny_models, orangesum_sample, example_article):
    from summarizer import Summarizer

    summarizer = Summarizer(preset="faithful", **_tiny_options(tiny_models))
    articles = [example_article, orangesum_sample[4]["article"], orangesum_sample[5]["article"]]
    results = summarizer.summarize_many(articles)
    for article, result in zip(articles, results, strict=True):
        _check_links(result, article)
        assert result.models["translation"].endswith("marian-fr-en")
        assert result.models["ranker"] == "ranker"
    # The preset's translation model is OPUS-MT fr-en.
    assert Summarizer(preset="faithful").translation_model == "Helsinki-NLP/opus-mt-fr-en"


def test_faithful_preset_cli_and_batch(tiny_models, orangesum_sample, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for k in (6, 7):
        (folder / f"a{k}.txt").write_text(orangesum_sample[k]["article"], encoding="utf-8")
    tiny = ["--translation-model", str(tiny_models / "marian-fr-en"), "--backend", "torch", "--device", "cpu"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "summarizer",
            "summarize",
            str(folder / "a6.txt"),
            "--preset",
            "faithful",
            *tiny,
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    _check_links(json.loads(run.stdout), orangesum_sample[6]["article"])

    out = tmp_path / "out.jsonl"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "summarizer",
            "batch",
            str(folder),
            "--output",
            str(out),
            "--preset",
            "faithful",
            *tiny,
            "--no-cache",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert len(records) == 2
    for record_id, record in records.items():
        k = 6 if "a6" in record_id else 7
        assert record["error"] is None
        _check_links(record, orangesum_sample[k]["article"])


def test_faithful_preset_in_the_demo(tiny_models, orangesum_sample):
    from app.service import SummarizerPool
    from summarizer import Summarizer

    listed = dict((value, label) for label, value in SummarizerPool({}).preset_choices())
    assert "faithful" in listed and "cc-by-sa-4.0" in listed["faithful"]
    pool = SummarizerPool(
        lambda preset: Summarizer(preset=preset, **_tiny_options(tiny_models)), presets_selectable=True, cache_size=0
    )
    result = pool.summarize(orangesum_sample[8]["article"], preset="faithful")
    _check_links(result, orangesum_sample[8]["article"])


def test_models_command_lists_the_ranker_license():
    run = subprocess.run(
        [sys.executable, "-m", "summarizer", "models"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    block = run.stdout.split("faithful")[1].split("\n\n")[0]
    assert "summarizer/sentence-ranker" in block and "cc-by-sa-4.0" in block
