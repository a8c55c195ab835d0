"""The article's headline steers the extractive summary's choice of sentences (never its words)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from support import TWO_STORIES

from summarizer import Summarizer
from summarizer.cli import main
from summarizer.ranking.headline import blend, content_stems, headline_overlap
from summarizer.sources import Article

DATA = Path(__file__).resolve().parent / "data"

ARTICLE = TWO_STORIES


def test_overlap_counts_the_headlines_content_stems():
    overlap = headline_overlap(
        "Fermeture des piscines municipales", ["Deux piscines municipales en fermeture.", "Le tramway arrive."], "fr"
    )
    assert overlap[0] == pytest.approx(1.0) and overlap[1] == 0.0
    assert content_stems("Les piscines", "fr") == content_stems("piscine", "fr")  # stems, not forms
    assert content_stems("de la et les", "fr") == set()  # stop words are not content


def test_blend_leaves_the_scores_alone_without_any_overlap():
    predicted = np.array([0.3, 0.29, 0.1])
    assert blend(predicted, np.zeros(3)) is predicted
    assert int(np.argmax(blend(predicted, np.array([0.0, 1.0, 0.0])))) == 1  # a near tie goes to the headline
    assert int(np.argmax(blend(np.array([0.9, 0.1, 0.0]), np.array([0.0, 1.0, 0.0])))) == 0  # not a clear loser


@pytest.fixture(scope="module")
def extractive() -> Summarizer:
    return Summarizer(strategy="extractive", target_language="fr")


@pytest.mark.parametrize(
    ("headline", "wanted", "other"),
    [
        ("Lyon : deux piscines municipales fermées dix-huit mois", "piscines", "tramway"),
        ("Lyon construira trois lignes de tramway", "tramway", "piscines"),
    ],
)
def test_the_headline_picks_the_story_it_announces(extractive, headline, wanted, other):
    summary = extractive.summarize(Article(ARTICLE, title=headline)).summary
    assert wanted in summary and other not in summary
    chosen = [p for p in ARTICLE.split("\n\n") if p in summary]
    assert summary == " ".join(chosen)  # whole sentences of the article, in its order


def test_evaluate_gives_titles_unless_told_not_to(tmp_path):
    records = [json.loads(line) for line in (DATA / "orangesum_sample.jsonl").read_text(encoding="utf-8").splitlines()]
    path = tmp_path / "data.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records[:3]) + "\n", encoding="utf-8")
    base = ["evaluate", "summarization", "--data", str(path), "--strategy", "extractive", "--target-language", "fr"]
    for extra, titles in (([], 3), (["--no-titles"], 0)):
        out = io.StringIO()
        assert main([*base, *extra, "--format", "json"], stdin=io.StringIO(""), stdout=out) == 0
        assert json.loads(out.getvalue())["settings"]["titles"] == titles
    out = io.StringIO()
    assert main(base, stdin=io.StringIO(""), stdout=out) == 0
    assert "headlines: 3 record(s) had a title" in out.getvalue()


TRAMWAY = "Lyon construira trois lignes de tramway"


def test_summarize_takes_a_headline_on_the_command_line(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    base = ["summarize", str(path), "--strategy", "extractive", "--target-language", "fr", "--format", "json"]
    for extra, wanted in ((["--title", TRAMWAY], True), ([], False)):
        out = io.StringIO()
        assert main([*base, *extra], stdin=io.StringIO(""), stdout=out) == 0
        result = json.loads(out.getvalue())
        assert ("tramway" in result["summary"]) is wanted
        assert (result["source"] or {}).get("title") == (TRAMWAY if wanted else None)


def test_batch_reads_the_title_column_as_the_headline(tmp_path):
    rows = [{"id": "titled", "article": ARTICLE, "title": TRAMWAY}, {"id": "plain", "article": ARTICLE}]
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    args = ["batch", str(source), "-o", str(output), "--strategy", "extractive", "--target-language", "fr"]
    assert main([*args, "--no-dedup", "--no-cache", "-q"], stdin=io.StringIO(""), stdout=io.StringIO()) == 0
    summaries = {r["id"]: r["summary"] for r in map(json.loads, output.read_text(encoding="utf-8").splitlines())}
    assert "tramway" in summaries["titled"] and "tramway" not in summaries["plain"]
