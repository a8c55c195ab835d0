"""The learned sentence ranker: shipped file, selection rules, fallback, oracle, training, evaluate --compare."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from summarizer import extractive
from summarizer.evaluate_compare import paired_bootstrap
from summarizer.ranking import model as ranking_model
from summarizer.ranking.lgbm import model_text
from summarizer.ranking.model import RANKER_FILE, Ranker, default_ranker, select_sentences
from summarizer.ranking.oracle import greedy_oracle
from summarizer.ranking.sentences import article_sentences
from summarizer.ranking.train import read_records, train

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
TRAIN_SAMPLE = DATA / "orangesum_train_sample.jsonl.gz"


@pytest.fixture(scope="module")
def shipped() -> Ranker:
    return Ranker.load(RANKER_FILE)


@pytest.fixture(scope="module")
def articles(orangesum_sample, example_article):
    return [article_sentences(r["article"]) for r in orangesum_sample] + [article_sentences(example_article)]


def test_shipped_ranker_is_json_with_its_card(shipped):
    data = json.loads(RANKER_FILE.read_text(encoding="utf-8"))
    assert data["format"] == "summarizer-sentence-ranker"
    assert RANKER_FILE.stat().st_size < 2_000_000  # three LightGBM models and the word table
    card = (RANKER_FILE.parent / "RANKER_CARD.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in card and "scripts/train_ranker.py" in card
    assert shipped.metadata["articles"] > 10_000


def test_shipped_ranker_has_a_second_stage_used_up_to_the_medium_budget(shipped, articles, monkeypatch):
    """The shipped file holds the candidate reranker; without it the subset search chooses (the
    previous behaviour), and for budgets above 70 words the subset search is used either way."""
    assert shipped.rerank is not None and len(shipped.rerank.table) > 1000
    plain = Ranker(shipped.booster, shipped.selection)
    differs = 0
    for article in articles:
        for budget in (40, 70):
            picked = shipped.select(article, budget)
            assert picked == sorted(set(picked))
            assert sum(extractive.word_count(article.texts[i]) for i in picked) <= budget
            differs += picked != plain.select(article, budget)
        assert shipped.select(article, 130) == plain.select(article, 130)
    assert differs > 0


def test_ranker_file_stores_only_what_prediction_reads(shipped, articles):
    """Per-node training statistics and parameters are left out of the file; prediction is unchanged."""
    import lightgbm

    data = json.loads(RANKER_FILE.read_text(encoding="utf-8"))
    for text in (data["model"], data["rerank"]["model"], data["rerank"]["word_model"]):
        assert "leaf_count=" not in text and "split_gain=" not in text and "parameters:" not in text
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 5))
    full = lightgbm.train(
        {"objective": "binary", "verbosity": -1, "num_threads": 1, "min_data_in_leaf": 5},
        lightgbm.Dataset(x, (x[:, 0] + rng.normal(size=400) > 0).astype(float)),
        20,
    )
    compact = lightgbm.Booster(model_str=model_text(full))
    assert len(model_text(full)) < len(full.model_to_string()) * 0.7
    assert np.array_equal(compact.predict(x), full.predict(x))
    assert model_text(compact) == model_text(full)
    features = [ranking_model.sentence_features(a) for a in articles[:3]]
    reloaded = lightgbm.Booster(model_str=model_text(shipped.booster))
    assert all(np.array_equal(reloaded.predict(f), shipped.booster.predict(f)) for f in features)


def test_ranker_file_without_second_stage_still_loads(tmp_path, shipped, articles):
    data = json.loads(RANKER_FILE.read_text(encoding="utf-8"))
    data.pop("rerank")
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = Ranker.load(path)
    assert loaded.rerank is None
    assert loaded.select(articles[0], 70) == Ranker(shipped.booster, shipped.selection).select(articles[0], 70)


def test_shipped_ranker_scores_oracle_sentences_higher(shipped, orangesum_sample):
    """On unseen validation articles, the sentences the oracle picks get clearly higher scores."""
    inside, outside = [], []
    for record in orangesum_sample:
        article = article_sentences(record["article"])
        scores = shipped.score(article)
        assert scores.shape == (len(article.texts),)
        assert np.all((scores >= 0) & (scores <= 1))
        oracle = set(greedy_oracle(article.texts, record["abstract"]))
        inside += [s for i, s in enumerate(scores) if i in oracle]
        outside += [s for i, s in enumerate(scores) if i not in oracle]
    assert np.mean(inside) > 1.5 * np.mean(outside)


@pytest.mark.parametrize("budget", [1, 12, 25, 40, 70, 130, 10_000])
def test_ranker_summaries_are_whole_sentences_in_order_within_budget(shipped, articles, budget):
    for article in articles:
        picked = shipped.select(article, budget)
        assert picked == sorted(set(picked))
        assert sum(extractive.word_count(article.texts[i]) for i in picked) <= budget
        fits = any(0 < extractive.word_count(s) <= budget for s in article.texts)
        assert bool(picked) == fits


def test_summarizer_extractive_uses_the_ranker(shipped, orangesum_sample):
    from summarizer import Summarizer

    record = orangesum_sample[0]
    result = Summarizer(strategy="extractive", target_language="fr").summarize(record["article"])
    article = article_sentences(record["article"])
    expected = " ".join(article.texts[i] for i in shipped.select(article, 70))
    assert result.summary == expected
    assert result.models == {"summarization": "extractive", "ranker": "ranker"}
    links = result.sentence_links
    assert [link["source"] for link in links] == [article.texts[link["index"]] for link in links]
    assert " ".join(link["source"] for link in links) == result.summary
    assert all(link["translation"] is None for link in links)


def test_missing_ranker_file_falls_back_to_the_heuristic(tmp_path, monkeypatch, caplog, orangesum_sample):
    from summarizer import Summarizer

    monkeypatch.setattr(ranking_model, "RANKER_FILE", tmp_path / "absent.json")
    ranking_model._load_cached.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="summarizer"):
            result = Summarizer(strategy="extractive", target_language="fr").summarize(orangesum_sample[1]["article"])
    finally:
        ranking_model._load_cached.cache_clear()
    assert "absent.json is missing" in caplog.text and "heuristic scorer" in caplog.text
    article = article_sentences(orangesum_sample[1]["article"])
    assert result.models["ranker"] == "heuristic"
    heuristic = extractive.select_sentences(article.texts, 70, "fr")
    assert result.summary == " ".join(article.texts[i] for i in heuristic)


def test_unusable_ranker_file_falls_back_with_a_reason(tmp_path, caplog):
    bad = tmp_path / "ranker.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="summarizer"):
        assert default_ranker(bad) is None
    assert "not a sentence-ranker file" in caplog.text
    picked, scorer = select_sentences(["Une phrase courte ici.", "Une autre phrase."], 70, ranker=None)
    assert scorer == "heuristic" and picked


@pytest.mark.slow  # a subprocess or a real server: seconds, not milliseconds
def test_cli_fallback_when_the_file_is_missing(tmp_path, orangesum_sample):
    article = tmp_path / "article.txt"
    article.write_text(orangesum_sample[2]["article"], encoding="utf-8")
    env = {**os.environ, "SUMMARIZER_RANKER": str(tmp_path / "none.json"), "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "summarizer",
            "summarize",
            str(article),
            "--strategy",
            "extractive",
            "--target-language",
            "fr",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "none.json is missing" in run.stderr
    assert json.loads(run.stdout)["models"]["ranker"] == "heuristic"


def test_greedy_oracle_finds_the_copied_sentences():
    sentences = [
        "Le gouvernement a présenté mardi un plan de relance.",
        "Il prévoit 100 milliards d'euros sur deux ans.",
        "La météo sera clémente ce week-end en Bretagne.",
        "Les syndicats jugent le plan insuffisant pour l'emploi.",
    ]
    reference = sentences[1] + " " + sentences[3]
    assert greedy_oracle(sentences, reference) == [1, 3]
    assert greedy_oracle(sentences, "aucun mot partagé") == []


def test_paired_bootstrap_interval():
    a = np.array([30.0, 31.0, 29.0, 35.0, 28.0] * 20)
    assert paired_bootstrap(a, a) == (0.0, 0.0, 0.0)
    mean, low, high = paired_bootstrap(a + 2.0, a)
    assert mean == pytest.approx(2.0) and low == pytest.approx(2.0) and high == pytest.approx(2.0)
    noisy = a + np.linspace(-3, 5, len(a))
    mean, low, high = paired_bootstrap(noisy, a)
    assert low < mean < high and low > 0


@pytest.mark.slow
def test_tiny_training_run_gives_a_usable_deterministic_model(tmp_path, orangesum_sample):
    """scripts/train_ranker.py on 240 training articles writes a model that loads and ranks;
    the library gives the same trees for the same seed."""
    out = tmp_path / "ranker.json"
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "train_ranker.py"),
            "--data",
            str(TRAIN_SAMPLE),
            "--output",
            str(out),
            "--seed",
            "3",
            "--rounds",
            "60",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["articles"] + report["held_out_articles"] == 240
    ranker = Ranker.load(out)
    article = article_sentences(orangesum_sample[3]["article"])
    picked = ranker.select(article, 70)
    assert picked and sum(extractive.word_count(article.texts[i]) for i in picked) <= 70
    again, _ = train(read_records(TRAIN_SAMPLE), seed=3, rounds=60)
    assert model_text(again.booster) == model_text(ranker.booster)
    assert again.selection == ranker.selection
    # the second stage (picks among candidate extracts) is in the file and rebuilt identically
    assert ranker.rerank is not None and report["second_stage"]["stage2_candidates"] > 1000
    assert model_text(again.rerank.booster) == model_text(ranker.rerank.booster)
    assert again.rerank.table == ranker.rerank.table


@pytest.mark.slow  # a subprocess or a real server: seconds, not milliseconds
def test_evaluate_compare_prints_systems_with_gain_intervals(tmp_path, orangesum_sample):
    data = tmp_path / "sample.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in orangesum_sample), encoding="utf-8")
    base = [sys.executable, "-m", "summarizer", "evaluate", "summarization", "--data", str(data)]
    base += ["--strategy", "extractive", "--target-language", "fr", "--compare", "heuristic", "oracle"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([*base, "--format", "json"], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    oracle = report["baselines"]["greedy oracle (<=3 sentences, sees the reference)"]
    heuristic = report["baselines"]["extractive, heuristic scorer"]
    assert oracle["rouge1"] > max(
        report["scores"]["rouge1"], heuristic["rouge1"], report["baselines"]["Lead-2"]["rouge1"]
    )
    for gains in report["gain_intervals"].values():
        for mean, low, high in gains.values():
            assert low <= mean <= high
    text = subprocess.run(base, capture_output=True, text=True, env=env, timeout=300)
    assert text.returncode == 0, text.stderr
    assert "this run vs greedy oracle" in text.stdout and "paired-bootstrap 95% interval" in text.stdout


def test_the_shipped_rankers_card_states_its_real_size_and_features():
    """`summarizer models` shows the card's size: it must be the shipped file's (stale figures were shown)."""
    import io

    from summarizer import cli
    from summarizer.presets import model_card

    path = Path(__file__).resolve().parents[1] / "summarizer" / "data" / "ranker.json"
    card = model_card("summarizer/sentence-ranker")
    assert abs(card.size_mb - path.stat().st_size / 1e6) < 0.1
    out = io.StringIO()
    assert cli.main(["models"], stdout=out) == 0
    assert f"{card.size_mb} MB JSON" in out.getvalue()
    toml = (path.parents[2] / "models" / "presets.toml").read_text(encoding="utf-8")
    assert f"{len(json.loads(path.read_text(encoding='utf-8'))['features'])} hand-made sentence features" in toml
