"""Compare training targets and settings of the sentence ranker on held-out *training* articles.

Splits the training records exactly as ``scripts/train_ranker.py`` does (seed 0, 10% held out),
then cuts the held-out articles in two: dev-A (the first ``--dev-a`` of them) for early stopping
and for the grid search of the subset-search settings, dev-B (the rest) to report the chosen
setting on articles nothing was tuned on. Each variant is one LightGBM fit on the same features:

- ``binary``: the shipped recipe (greedy-oracle sentences = 1, others = 0, binary log-loss);
- ``binary-big``: the same with larger trees (63 leaves, 50 rows per leaf, learning rate 0.03);
- ``graded``: cross-entropy on graded oracle labels (first greedy pick 1, second 0.75, third 0.5);
- ``precision``: regression of each sentence's ROUGE-1 + ROUGE-2/2 matches per word against the
  abstract (a sentence's expected share of matched words, the quantity the subset search sums);
- ``sentence-f1``: cross-entropy on each sentence's own ROUGE-1 + ROUGE-2 F1 against the
  abstract, divided by the article's best.

The validation split is never read. Prints one JSON line per variant.

Usage:
    python scripts/ablate_ranker_targets.py --sentences-cache /tmp/train-sentences.jsonl.gz
    python scripts/ablate_ranker_targets.py --limit 400 --dev-a 20    # smoke test
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from itertools import product
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer import extractive  # noqa: E402
from summarizer.evaluate import rouge  # noqa: E402
from summarizer.ranking.features import FEATURE_NAMES, feature_matrix  # noqa: E402
from summarizer.ranking.model import Selection, choose  # noqa: E402
from summarizer.ranking.oracle import greedy_oracle, ngrams, tokens  # noqa: E402
from summarizer.ranking.train import _cached_examples, fit, read_records  # noqa: E402

VARIANTS = {
    "binary": ("binary", {}),
    "binary-big": ("binary", {"num_leaves": 63, "min_data_in_leaf": 50, "learning_rate": 0.03}),
    "graded": ("cross_entropy", {}),
    "precision": ("regression", {}),
    "sentence-f1": ("cross_entropy", {}),
}
RATIOS = (0.2, 0.27, 0.35, 0.45)
REDUNDANCIES = (0.04, 0.1)
POWERS = (1.0, 2.0)


def targets(examples: list, words: np.ndarray, groups: np.ndarray) -> dict[str, np.ndarray]:
    """Every variant's label of every sentence (rows in the order of :func:`feature_matrix`)."""
    binary, graded, m1, m2, length, ref_length = [], [], [], [], [], []
    for ex in examples:
        texts = ex.sentences.texts
        y = np.zeros(len(texts))
        y[greedy_oracle(texts, ex.abstract)] = 1.0
        binary.append(y)
        g, before = np.zeros(len(texts)), set()
        for k, weight in ((1, 1.0), (2, 0.75), (3, 0.5)):
            now = set(greedy_oracle(texts, ex.abstract, k))
            g[list(now - before)] = weight
            before = now
        graded.append(g)
        ref = tokens(ex.abstract)
        r1, r2 = ngrams(ref, 1), ngrams(ref, 2)
        for text in texts:
            w = tokens(text)
            s1, s2 = ngrams(w, 1), ngrams(w, 2)
            m1.append(sum(min(c, r1[k]) for k, c in s1.items()))
            m2.append(sum(min(c, r2[k]) for k, c in s2.items()))
            length.append(len(w))
            ref_length.append(len(ref))
    m1a, m2a, n, r = (np.asarray(v, dtype=float) for v in (m1, m2, length, ref_length))
    f1 = 2 * m1a / np.maximum(1, n + r) + 2 * m2a / np.maximum(1, n + r - 2)
    best = np.zeros(groups.max() + 1)
    np.maximum.at(best, groups, f1)
    return {
        "binary": np.concatenate(binary),
        "binary-big": np.concatenate(binary),
        "graded": np.concatenate(graded),
        "precision": (m1a + 0.5 * m2a) / np.maximum(1, words),
        "sentence-f1": f1 / np.maximum(1e-9, best[groups]),
    }


def scores_rouge(examples: list, scores: list[np.ndarray], selection: Selection, cache: dict) -> dict[str, float]:
    """Mean ROUGE of the summaries the subset search picks from ``scores`` (70-word budget)."""
    summaries = []
    for k, (ex, score) in enumerate(zip(examples, scores, strict=True)):
        texts = ex.sentences.texts
        if k not in cache:
            cache[k] = extractive._similarity(texts, "fr")[1]
        picked = choose(texts, score, 70, selection, similarity=cache[k]) or [0]
        summaries.append(" ".join(texts[i] for i in picked))
    means, _ = rouge(summaries, [ex.abstract for ex in examples])
    means = {k: round(v, 2) for k, v in means.items()}
    means["words"] = round(float(np.mean([len(s.split()) for s in summaries])), 1)
    return means


def main() -> int:
    """Run every variant; one JSON line each on stdout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "orangesum" / "train.jsonl.gz"))
    parser.add_argument("--sentences-cache", help="cleaned and split articles (as scripts/train_ranker.py keeps)")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--dev-a", type=int, default=1000, help="held-out articles for tuning (default 1000)")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated subset of the variants")
    args = parser.parse_args()
    records = read_records(args.data, args.limit)
    examples = [ex for ex in _cached_examples(records, args.sentences_cache, 1) if ex.sentences.texts]
    order = list(range(len(examples)))
    random.Random(0).shuffle(order)
    held = sorted(order[: max(2, round(len(examples) * 0.1))])
    dev_a, dev_b = held[: args.dev_a], held[args.dev_a :]
    x, groups = feature_matrix([ex.sentences for ex in examples])
    labels = targets(examples, x[:, FEATURE_NAMES.index("words")], groups)
    train_rows = ~np.isin(groups, held)
    a_rows = np.isin(groups, dev_a)
    caches: dict[str, dict] = {"a": {}, "b": {}}
    for name in args.variants.split(","):
        objective, params = VARIANTS[name]
        t0 = time.process_time()
        y = labels[name]
        booster = fit(x[train_rows], y[train_rows], x[a_rows], y[a_rows], params={"objective": objective, **params})
        flat = booster.predict(x, num_threads=1)
        per = {k: flat[groups == k] for k in held}
        best = None
        for ratio, redundancy, power in product(RATIOS, REDUNDANCIES, POWERS):
            selection = Selection(ratio, redundancy, power)
            means = scores_rouge([examples[k] for k in dev_a], [per[k] for k in dev_a], selection, caches["a"])
            objective_value = means["rouge1"] + means["rougeL"] + 0.5 * means["rouge2"]
            if best is None or objective_value > best[0]:
                best = (objective_value, selection, means)
        assert best is not None
        report = {
            "variant": name,
            "rounds": booster.current_iteration(),
            "selection": best[1].__dict__,
            "dev_a": best[2],
            "dev_b": scores_rouge([examples[k] for k in dev_b], [per[k] for k in dev_b], best[1], caches["b"])
            if dev_b
            else None,
            "dev_a_articles": len(dev_a),
            "dev_b_articles": len(dev_b),
            "cpu_seconds": round(time.process_time() - t0, 1),
        }
        print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
