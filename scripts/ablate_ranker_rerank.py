"""Experiment: a second stage that scores whole candidate extracts (MatchSum-style, no neural model).

Splits the training records exactly as ``scripts/train_ranker.py`` does (seed 0, 10% held out),
then cuts the held-out articles in two: dev-A (the first ``--dev-a``: early stopping of both
stages and the choice between the second stage's objectives) and dev-B (the rest: reported,
nothing tuned on them). The validation split is never read.

1. First stage: the shipped recipe (binary oracle labels, LightGBM), trained on the training
   articles, early-stopped on dev-A; it scores the held-out articles. The training articles get
   *out-of-fold* scores (``--folds`` models with the same number of rounds, each scoring the
   articles it did not see), so the second stage learns from scores as good as unseen articles'.
2. Candidates per article (:mod:`summarizer.ranking.candidates`): every 1- to 3-sentence subset of
   the first stage's top 7 sentences within the 70-word budget, plus the subset search's own
   choice; 32 candidate features (first-stage score sum/mean/max/min, rank, length, positions,
   redundancy, TF-IDF centroid and lead similarity, top-term coverage, the subset search's
   objective, overlap with its choice, article size) and 6 word features: the expected ROUGE-1
   matches of the candidate's words under a corpus table of how often a word of an article is
   also in its abstract (counted on the training articles, out-of-fold like the scores).
   Target: R-1 + R-L + R-2/2 F1 against the abstract.
3. Second stage, on the candidates of ``--stage2-articles`` training articles (default: all):
   LightGBM regression of the target minus the article's mean (``regression``) or LambdaRank on
   the target cut into 11 grades within each article (``lambdarank``, the shipped recipe of
   :mod:`summarizer.ranking.train_rerank`); the best-predicted candidate is the summary. (The
   shipped training differs in two details: its first stage and second stage early-stop on all
   held-out articles, and its word table keeps words seen in 10 or more articles.)

Prints one JSON line per system (first stage alone, candidate oracle, each second stage):
R-1/R-2/R-L on dev-A and dev-B (the project's ROUGE), mean words.

Usage:
    python scripts/ablate_ranker_rerank.py --sentences-cache /tmp/train-sentences.jsonl.gz
    python scripts/ablate_ranker_rerank.py --limit 400 --dev-a 20 --stage2-articles 200   # smoke test
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer import extractive  # noqa: E402
from summarizer.evaluate import WordTokenizer, rouge  # noqa: E402
from summarizer.ranking.candidates import (  # noqa: E402
    CANDIDATE_FEATURES,
    WordTable,
    candidate_features,
    candidate_rouge,
    enumerate_subsets,
    word_features,
)
from summarizer.ranking.features import feature_matrix  # noqa: E402
from summarizer.ranking.model import Selection, choose  # noqa: E402
from summarizer.ranking.train import LGBM_PARAMS, _cached_examples, fit, labels, read_records  # noqa: E402
from summarizer.ranking.train_rerank import STAGE2_PARAMS, _grades  # noqa: E402

BUDGET = 70
SELECTION = Selection(target_ratio=0.3, redundancy=0.2)  # the shipped ranker's subset-search settings


def out_of_fold(
    x: np.ndarray, y: np.ndarray, groups: np.ndarray, train: list[int], fold_of: dict[int, int], rounds: int
) -> dict:
    """First-stage scores of the training articles, each from a model that did not see it."""
    import lightgbm

    folds = max(fold_of.values()) + 1
    row_fold = np.array([fold_of.get(int(a), -1) for a in groups])
    out: dict[int, np.ndarray] = {}
    for f in range(folds):
        rows = (row_fold >= 0) & (row_fold != f)
        params = {**LGBM_PARAMS, "seed": 0, "num_threads": 1}
        booster = lightgbm.train(params, lightgbm.Dataset(x[rows], y[rows]), num_boost_round=rounds)
        flat = booster.predict(x, num_threads=1)
        for a in (a for a in train if fold_of[a] == f):
            out[a] = flat[groups == a]
    return out


def word_tables(examples: list, train: list[int], fold_of: dict[int, int]) -> dict[int, tuple[dict, float]]:
    """The word table of each fold (from the training articles of the other folds) and of all of them (key -1)."""
    tokenize = WordTokenizer().tokenize
    folds = max(fold_of.values()) + 1
    tables = {f: WordTable() for f in range(-1, folds)}
    for a in train:
        words = {w for s in examples[a].sentences.texts for w in tokenize(s)}
        abstract = set(tokenize(examples[a].abstract))
        for f, table in tables.items():
            if f != fold_of[a]:
                table.add(words, abstract)
    return {f: table.probabilities() for f, table in tables.items()}


def article_candidates(
    ex, scores: np.ndarray, table: tuple[dict, float]
) -> tuple[list[tuple[int, ...]], np.ndarray, np.ndarray]:
    """Candidate subsets of one article, their features and their ROUGE (R-1, R-2, R-L)."""
    texts = ex.sentences.texts
    words = np.array([extractive.word_count(s) for s in texts], dtype=float)
    vectors, sim, _ = extractive._similarity(texts, "fr")
    first = choose(texts, scores, BUDGET, SELECTION, similarity=sim) or [0]
    subsets = enumerate_subsets(scores, words, BUDGET, first) or [tuple(first)]
    features = candidate_features(
        subsets, scores, words, vectors, sim, BUDGET, first, SELECTION.target_ratio, SELECTION.redundancy
    )
    features = np.hstack([features, word_features(texts, subsets, *table)])
    return subsets, features, candidate_rouge(texts, ex.abstract, subsets)


def stage2(kind: str, f: np.ndarray, target: np.ndarray, g: np.ndarray, tr: np.ndarray, va: np.ndarray):
    """Fit the second stage (early stopping on the ``va`` rows); ``lambdarank`` is the shipped recipe."""
    import lightgbm

    params = {**STAGE2_PARAMS, "seed": 0, "num_threads": 1}
    if kind == "regression":
        n = int(g.max()) + 1
        y = target - (np.bincount(g, target, n) / np.maximum(np.bincount(g, None, n), 1))[g]
        params = {**params, "objective": "regression", "metric": "l2"}
        train_set = lightgbm.Dataset(f[tr], y[tr])
        valid_set = lightgbm.Dataset(f[va], y[va], reference=train_set)
    else:
        y = _grades(target, g)
        train_set = lightgbm.Dataset(f[tr], y[tr], group=np.unique(g[tr], return_counts=True)[1])
        valid_set = lightgbm.Dataset(f[va], y[va], group=np.unique(g[va], return_counts=True)[1], reference=train_set)
    return lightgbm.train(
        params, train_set, 2000, valid_sets=[valid_set], callbacks=[lightgbm.early_stopping(50, verbose=False)]
    )


def main() -> int:
    """Run the experiment; one JSON line per system on stdout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "orangesum" / "train.jsonl.gz"))
    parser.add_argument("--sentences-cache", help="cleaned and split articles (as scripts/train_ranker.py keeps)")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--dev-a", type=int, default=1000, help="held-out articles for tuning (default 1000)")
    parser.add_argument("--folds", type=int, default=4, help="folds of the out-of-fold first-stage scores")
    parser.add_argument("--stage2-articles", type=int, default=25_000, help="training articles of the second stage")
    args = parser.parse_args()
    t0 = time.process_time()
    records = read_records(args.data, args.limit)
    examples = [ex for ex in _cached_examples(records, args.sentences_cache, 1) if ex.sentences.texts]
    order = list(range(len(examples)))
    random.Random(0).shuffle(order)
    held = sorted(order[: max(2, round(len(examples) * 0.1))])
    dev_a, dev_b = held[: args.dev_a], held[args.dev_a :]
    train = sorted(set(range(len(examples))) - set(held))
    x, groups = feature_matrix([ex.sentences for ex in examples])
    y = labels(examples)
    train_rows, a_rows = np.isin(groups, train), np.isin(groups, dev_a)
    first = fit(x[train_rows], y[train_rows], x[a_rows], y[a_rows])
    rounds = first.current_iteration()
    flat = first.predict(x, num_threads=1)
    scores = {a: flat[groups == a] for a in held}
    fold_of = {a: k % args.folds for k, a in enumerate(random.Random(1).sample(train, len(train)))}
    scores.update(out_of_fold(x, y, groups, train, fold_of, rounds))
    tables = word_tables(examples, train, fold_of)
    stage2_train = sorted(np.random.RandomState(0).permutation(train)[: args.stage2_articles].tolist())

    subsets, feats, targets, owner = [], [], [], []
    for a in stage2_train + held:
        s, f, r = article_candidates(examples[a], scores[a], tables[fold_of.get(a, -1)])
        subsets.extend(s)
        feats.append(f)
        targets.append(r)
        owner.append(np.full(len(s), a))
    f, r, g = np.concatenate(feats), np.concatenate(targets), np.concatenate(owner)
    target = r @ np.array([1.0, 0.5, 1.0])
    tr, va = np.isin(g, stage2_train), np.isin(g, dev_a)
    prep_cpu = round(time.process_time() - t0, 1)

    def report(name: str, pred: np.ndarray, extra: dict | None = None) -> None:
        line: dict = {"system": name, **(extra or {})}
        for split, arts in (("dev_a", dev_a), ("dev_b", dev_b)):
            if not arts:
                continue
            summaries = []
            for a in arts:
                rows = np.flatnonzero(g == a)
                best = subsets[rows[int(np.argmax(pred[rows]))]]
                summaries.append(" ".join(examples[a].sentences.texts[i] for i in best))
            means, _ = rouge(summaries, [examples[a].abstract for a in arts])
            line[split] = {k: round(v, 2) for k, v in means.items()}
            line[split]["words"] = round(float(np.mean([len(s.split()) for s in summaries])), 1)
        print(json.dumps(line), flush=True)

    common = {"first_stage_rounds": rounds, "candidates": len(g), "prepare_cpu_seconds": prep_cpu}
    report("first stage + subset search (shipped recipe)", f[:, CANDIDATE_FEATURES.index("is_stage1")], common)
    report("candidate oracle (best candidate by true ROUGE: the ceiling)", target)
    for kind in ("regression", "lambdarank"):
        t1 = time.process_time()
        booster = stage2(kind, f, target, g, tr, va)
        extra = {"rounds": booster.current_iteration(), "fit_cpu_seconds": round(time.process_time() - t1, 1)}
        report(f"second stage, {kind}", booster.predict(f, num_threads=1), extra)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
