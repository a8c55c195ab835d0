"""Training the sentence ranker: oracle labels, LightGBM, and tuning of the subset search.

``scripts/train_ranker.py`` is the command-line wrapper; tests run :func:`train` on a few
hundred articles. Everything is deterministic for a given seed: the train/tuning split, the
LightGBM fit (``deterministic=True``, fixed threads) and the grid search of the selection
settings.
"""

from __future__ import annotations

import gzip
import json
import logging
import random
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path
from typing import Any

import numpy as np

from summarizer import extractive
from summarizer.ranking.features import FEATURE_NAMES, feature_matrix
from summarizer.ranking.model import Ranker, Selection, choose
from summarizer.ranking.oracle import greedy_oracle
from summarizer.ranking.sentences import ArticleSentences, article_sentences
from summarizer.ranking.train_rerank import TREE_PARAMS, train_rerank

log = logging.getLogger("summarizer")

# LightGBM settings of the shipped model (small trees, a few hundred rounds: about 0.37 MB of the file).
LGBM_PARAMS: dict[str, Any] = {"objective": "binary", **TREE_PARAMS}
ROUNDS = 600
EARLY_STOPPING = 30
TUNING_BUDGET = 70
TARGET_RATIOS = (0.2, 0.25, 0.3, 0.35, 0.4)
REDUNDANCIES = (0.05, 0.1, 0.2)
POWERS = (1.0,)
TUNING_ARTICLES = 600  # the grid search reads this many held-out articles (early stopping reads all)


@dataclass
class Example:
    """One training article: its sentences and its reference summary."""

    sentences: ArticleSentences
    abstract: str
    similarity: np.ndarray | None = field(default=None, repr=False)  # cached for tuning


@dataclass
class TrainingReport:
    """What a training run did and measured (written into the model file's metadata)."""

    articles: int
    held_out_articles: int
    tuning_articles: int
    sentences: int
    positives: int
    rounds: int
    selection: dict[str, float]
    tuning_rouge: dict[str, float]
    heuristic_tuning_rouge: dict[str, float]
    seconds: dict[str, float] = field(default_factory=dict)
    second_stage: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return dict(self.__dict__)


def read_records(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Read OrangeSum-style JSON Lines (``article``, ``abstract``), plain or gzip-compressed."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    records = []
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(records) >= limit:
                break
            if line.strip():
                record = json.loads(line)
                if isinstance(record.get("article"), str) and isinstance(record.get("abstract"), str):
                    records.append(record)
    return records


def _prepare(record: dict[str, Any]) -> Example:
    return Example(article_sentences(record["article"], "fr"), record["abstract"])


def prepare(records: Sequence[dict[str, Any]], jobs: int = 1) -> list[Example]:
    """Clean and split every article as the pipeline does (the slow part: ~30 ms an article)."""
    if jobs <= 1:
        return [_prepare(r) for r in records]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_prepare, records, chunksize=64))


def save_examples(path: str | Path, examples: Sequence[Example]) -> None:
    """Write prepared articles as JSON Lines (gzip when the name ends in .gz), to skip cleaning next time."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as handle:
        for ex in examples:
            s = ex.sentences
            item = {"texts": s.texts, "paragraphs": s.paragraphs, "headings": s.headings, "abstract": ex.abstract}
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")


def load_examples(path: str | Path) -> list[Example]:
    """Read prepared articles written by :func:`save_examples`."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    out = []
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            sentences = ArticleSentences(item["texts"], item["paragraphs"], item["headings"])
            out.append(Example(sentences, item["abstract"]))
    return out


def labels(examples: Iterable[Example]) -> np.ndarray:
    """1 for the sentences of each article's greedy ROUGE oracle, 0 for the others."""
    out = []
    for ex in examples:
        y = np.zeros(len(ex.sentences.texts))
        y[greedy_oracle(ex.sentences.texts, ex.abstract)] = 1.0
        out.append(y)
    return np.concatenate(out) if out else np.zeros(0)


def fit(
    train_x: np.ndarray,
    train_y: np.ndarray,
    valid_x: np.ndarray | None = None,
    valid_y: np.ndarray | None = None,
    *,
    seed: int = 0,
    rounds: int = ROUNDS,
    params: dict[str, Any] | None = None,
) -> Any:
    """Fit the LightGBM classifier (early stopping on the validation rows when given)."""
    import lightgbm

    settings = {**LGBM_PARAMS, **(params or {}), "seed": seed, "num_threads": 1}
    train_set = lightgbm.Dataset(train_x, train_y, feature_name=list(FEATURE_NAMES), free_raw_data=False)
    callbacks = []
    valid_sets = []
    if valid_x is not None and valid_y is not None and len(valid_y):
        valid_sets = [lightgbm.Dataset(valid_x, valid_y, reference=train_set)]
        callbacks.append(lightgbm.early_stopping(EARLY_STOPPING, verbose=False))
    return lightgbm.train(settings, train_set, num_boost_round=rounds, valid_sets=valid_sets, callbacks=callbacks)


def _summaries(
    examples: Sequence[Example], scores: Sequence[np.ndarray], selection: Selection, budget: int
) -> list[str]:
    """Summaries chosen from precomputed scores, with the pipeline's fallback to the first sentence."""
    out = []
    for ex, score in zip(examples, scores, strict=True):
        if ex.similarity is None:
            ex.similarity = extractive._similarity(ex.sentences.texts, "fr")[1]
        picked = choose(ex.sentences.texts, score, budget, selection, similarity=ex.similarity) or [0]
        out.append(" ".join(ex.sentences.texts[i] for i in picked))
    return out


def tune_selection(
    examples: Sequence[Example], scores: Sequence[np.ndarray], budget: int = TUNING_BUDGET
) -> tuple[Selection, dict[str, float]]:
    """Grid-search the subset-search settings on held-out articles (mean R-1 + R-L + R-2/2)."""
    from summarizer.evaluation.summarization import rouge

    references = [ex.abstract for ex in examples]
    best: tuple[float, Selection, dict[str, float]] | None = None
    for ratio, redundancy, power in product(TARGET_RATIOS, REDUNDANCIES, POWERS):
        selection = Selection(target_ratio=ratio, redundancy=redundancy, power=power)
        means, _ = rouge(_summaries(examples, scores, selection, budget), references)
        objective = means["rouge1"] + means["rougeL"] + 0.5 * means["rouge2"]
        log.info("selection %s: %s", selection, {k: round(v, 2) for k, v in means.items()})
        if best is None or objective > best[0] + 1e-9:
            best = (objective, selection, means)
    assert best is not None
    return best[1], best[2]


def split_held_out(examples: Sequence[Example], seed: int = 0, share: float = 0.1) -> tuple[list, list]:
    """The seeded split of :func:`train`: (the articles it learns from, the ``share`` held out), each in file order.

    The held-out articles are the ones the cross-validation of the extractive summary reads
    (``scripts/cv_faithful.py``): the shipped model never learned from them.
    """
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    held = min(len(examples) - 1, max(1, round(len(examples) * share)))
    return [examples[i] for i in sorted(order[held:])], [examples[i] for i in sorted(order[:held])]


def train(
    records: Sequence[dict[str, Any]],
    *,
    seed: int = 0,
    tuning_share: float = 0.1,
    jobs: int = 1,
    rounds: int = ROUNDS,
    sentences_cache: str | Path | None = None,
    progress: Callable[[str], None] | None = None,
    second_stage: bool = True,
) -> tuple[Ranker, TrainingReport]:
    """Train a ranker on OrangeSum-style records.

    The articles are shuffled with ``seed`` and split: ``tuning_share`` of them (at least one)
    are held out for early stopping and for tuning the subset search; the model learns from
    the rest. Only these records are read: keep validation and test sets out of them.
    ``sentences_cache`` (a .jsonl or .jsonl.gz path) keeps the cleaned and split articles, the
    slow part, for the next run on the same records. ``second_stage`` also trains the model that
    picks among candidate extracts (:mod:`summarizer.ranking.train_rerank`).

    Returns:
        The ranker and a report of the run.

    Raises:
        ValueError: fewer than two usable articles.
    """
    say = progress or (lambda message: log.info("%s", message))
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    prepared = cached_examples(records, sentences_cache, jobs)
    examples = [ex for ex in prepared if ex.sentences.texts]
    times["prepare"] = time.perf_counter() - t0
    say(f"cleaned and split {len(examples)} articles in {times['prepare']:.0f}s")
    if len(examples) < 2:
        raise ValueError("need at least two usable articles to train a ranker")
    training, tuning = split_held_out(examples, seed, tuning_share)

    t0 = time.perf_counter()
    train_y, tune_y = labels(training), labels(tuning)
    train_x, train_groups = feature_matrix([ex.sentences for ex in training])
    tune_x, tune_groups = feature_matrix([ex.sentences for ex in tuning])
    times["features_and_labels"] = time.perf_counter() - t0
    say(f"features and oracle labels of {len(train_y) + len(tune_y)} sentences in {times['features_and_labels']:.0f}s")

    t0 = time.perf_counter()
    booster = fit(train_x, train_y, tune_x, tune_y, seed=seed, rounds=rounds)
    times["fit"] = time.perf_counter() - t0
    say(f"LightGBM: {booster.current_iteration()} rounds in {times['fit']:.0f}s")

    t0 = time.perf_counter()
    flat = booster.predict(tune_x, num_threads=1)
    held_out = len(tuning)
    held_examples, held_scores = list(tuning), [flat[tune_groups == k] for k in range(held_out)]
    grid = min(held_out, TUNING_ARTICLES)
    scores = [flat[tune_groups == k] for k in range(grid)]
    tuning = tuning[:grid]
    selection, tuned = tune_selection(tuning, scores)
    from summarizer.evaluation.summarization import rouge

    heuristic = [
        " ".join(ex.sentences.texts[i] for i in (extractive.select_sentences(ex.sentences.texts, TUNING_BUDGET) or [0]))
        for ex in tuning
    ]
    heuristic_means, _ = rouge(heuristic, [ex.abstract for ex in tuning])
    times["tune_selection"] = time.perf_counter() - t0
    say(f"selection {selection} in {times['tune_selection']:.0f}s")

    rerank, rerank_report = None, {}
    if second_stage:
        t0 = time.perf_counter()
        rerank, rerank_report = train_rerank(
            training,
            train_x,
            train_y,
            train_groups,
            held_examples,
            held_scores,
            selection,
            int(booster.current_iteration()),
            fit,
            seed=seed,
            say=say,
        )
        model = Ranker(booster, selection, rerank=rerank)
        picked = [model.select(ex.sentences, TUNING_BUDGET) or [0] for ex in tuning]
        means, _ = rouge(
            [" ".join(ex.sentences.texts[i] for i in p) for ex, p in zip(tuning, picked, strict=True)],
            [ex.abstract for ex in tuning],
        )
        rerank_report["stage2_tuning_rouge"] = {k: round(v, 2) for k, v in means.items()}
        times["second_stage"] = time.perf_counter() - t0
        say(f"second stage: {rerank_report} in {times['second_stage']:.0f}s")

    report = TrainingReport(
        articles=len(training),
        held_out_articles=held_out,
        tuning_articles=len(tuning),
        sentences=len(train_y),
        positives=int(train_y.sum()),
        rounds=int(booster.current_iteration()),
        selection=dict(selection.__dict__),
        tuning_rouge={k: round(v, 2) for k, v in tuned.items()},
        heuristic_tuning_rouge={k: round(v, 2) for k, v in heuristic_means.items()},
        seconds={k: round(v, 1) for k, v in times.items()},
        second_stage=rerank_report,
    )
    # No timings in the file: the same data and seed give the same file, byte for byte.
    metadata = {k: v for k, v in report.to_dict().items() if k != "seconds"}
    return Ranker(booster, selection, {"seed": seed, "lightgbm": _lightgbm_version(), **metadata}, rerank), report


def cached_examples(records: Sequence[dict[str, Any]], cache: str | Path | None = None, jobs: int = 1) -> list[Example]:
    """The prepared articles, read from ``cache`` when it holds these records, else prepared (and cached)."""
    if cache is not None and Path(cache).is_file():
        cached = load_examples(cache)
        if len(cached) == len(records) and all(
            ex.abstract == r["abstract"] for ex, r in zip(cached, records, strict=True)
        ):
            return cached
        log.warning("%s holds other records: preparing the articles again", cache)
    examples = prepare(records, jobs)
    if cache is not None:
        save_examples(cache, examples)
    return examples


def _lightgbm_version() -> str:
    import lightgbm

    return lightgbm.__version__
