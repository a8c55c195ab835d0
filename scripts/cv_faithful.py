"""Cross-validate the choices of the extractive (faithful) summary on held-out TRAINING articles.

The shipped ranker (``summarizer/data/ranker.json``) learned from 90% of the OrangeSum training
split; :func:`summarizer.ranking.train.split_held_out` (seed 0) gives the other 10% (2,140
articles), which it never learned from. They are cut in two fixed folds: dev-A (the first
1,000: every choice is made on it) and dev-B (the rest: reported, nothing chosen on it). The
validation split is not read here. Each row is one variant of the choice of sentences, of the
length, or of the compression rules (and the second stage's score blended with the word model's
expected F1); the figures are ROUGE-1/2/L F1 (x100, the project's
scorer) and mean words per summary.

Usage:
    python scripts/cv_faithful.py --data ../shared/data/orangesum/train.jsonl.gz \
        --sentences-cache /tmp/train_sentences.jsonl.gz [--limit-per-fold 400]
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import numpy as np

from summarizer import extractive
from summarizer.evaluation.summarization import rouge
from summarizer.options import EXTRACTIVE_WORDS
from summarizer.ranking.candidates import candidates
from summarizer.ranking.compress import RULES, compress_extract
from summarizer.ranking.model import choose, default_ranker
from summarizer.ranking.sentences import ArticleSentences
from summarizer.ranking.train import cached_examples, read_records, split_held_out

MEDIUM_BUDGETS = (50, 60, 70)
BLEND_WEIGHTS = (0.25, 0.5, 1.0)
RULE_SETS: dict[str, tuple[str, ...]] = {
    "no compression": (),
    **{f"only {rule}": (rule,) for rule in RULES},
    **{f"all but {rule}": tuple(r for r in RULES if r != rule) for rule in RULES},
    "all rules": RULES,
}


def _standard(values: np.ndarray) -> np.ndarray:
    spread = float(values.std())
    return (values - values.mean()) / (spread if spread > 0 else 1.0)


def _headline_variants(ranker, example, title: str) -> dict[str, str]:
    """The pipeline's summary at each length (default compression), without and with the headline."""
    article = example.sentences
    out: dict[str, str] = {}
    for length in EXTRACTIVE_WORDS:
        for name, headline in (("", None), (" + headline", title or None)):
            picked = ranker.select_length(article, length, "fr", headline) or [0]
            pieces = compress_extract(article.texts, article.headings, picked, "fr")
            out[f"select_length({length}), default compression{name}"] = " ".join(p.text for p in pieces)
    return out


def _variants(ranker, example) -> dict[str, str]:
    """Every variant's summary of one article."""
    article = example.sentences
    texts = article.texts
    out: dict[str, str] = {}
    words = np.array([extractive.word_count(s) for s in texts], dtype=int)
    medium = EXTRACTIVE_WORDS["medium"]
    scores = ranker.score(article)
    vectors, sim, _ = extractive._similarity(texts, "fr")
    first = choose(texts, scores, medium, ranker.selection, similarity=sim) or [0]
    out["subset search alone, 70 words"] = " ".join(texts[i] for i in first)
    rerank = ranker.rerank
    subsets, features = candidates(
        texts,
        scores,
        medium,
        first,
        ranker.selection.target_ratio,
        ranker.selection.redundancy,
        rerank.table,
        rerank.prior,
        (vectors, sim),
        word_model=rerank.word_model,
    )
    predicted = np.asarray(rerank.booster.predict(features, num_threads=1)) if subsets else np.zeros(0)
    if "context_f1_expected_length" in rerank.features:
        # the second stage's score blended with the word model's expected F1 (both standardised per article)
        for weight in BLEND_WEIGHTS:
            pick = list(first)
            if subsets:
                expected = features[:, rerank.features.index("context_f1_expected_length")]
                pick = list(subsets[int(np.argmax(_standard(predicted) + weight * _standard(expected)))])
            out[f"second stage + {weight} x word-model F1"] = " ".join(texts[i] for i in pick)
    sizes = np.array([int(words[list(c)].sum()) for c in subsets]) if subsets else np.zeros(0)
    for budget in MEDIUM_BUDGETS:
        mask = sizes <= budget
        pick = list(subsets[int(np.flatnonzero(mask)[np.argmax(predicted[mask])])]) if mask.any() else list(first)
        out[f"second stage, candidates <= {budget} words"] = " ".join(texts[i] for i in pick)
    for length in EXTRACTIVE_WORDS:
        picked = ranker.select_length(article, length) or [0]
        for name, rules in RULE_SETS.items():
            if length != "medium" and name not in ("no compression", "all rules"):
                continue
            pieces = compress_extract(texts, article.headings, picked, "fr", rules)
            out[f"select_length({length}), {name}"] = " ".join(p.text for p in pieces)
    # Compress every sentence first, then rank the compressed sentences.
    every = compress_extract(texts, article.headings, range(len(texts)), "fr")
    shorter = ArticleSentences([p.text for p in every], article.paragraphs, article.headings)
    picked = ranker.select_length(shorter, "medium") or [0]
    out["compress every sentence, then select_length(medium)"] = " ".join(shorter.texts[i] for i in picked)
    return out


def main(argv: list[str] | None = None) -> int:
    """Print a Markdown table (per variant and fold: R-1/R-2/R-L and mean words); JSON on stderr."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="the OrangeSum TRAINING split (JSONL or JSONL.gz)")
    parser.add_argument("--sentences-cache", help="cleaned articles of --data (written by scripts/train_ranker.py)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the shipped model's split (default 0)")
    parser.add_argument("--limit-per-fold", type=int, help="score only the first N articles of each fold")
    parser.add_argument(
        "--headlines",
        action="store_true",
        help="only the pipeline's summaries at each length, without and with the record's title as headline",
    )
    args = parser.parse_args(argv)
    ranker = default_ranker()
    if ranker is None or ranker.rerank is None:
        print("cv_faithful: the shipped ranker (with its second stage) is needed", file=sys.stderr)
        return 1
    started = time.perf_counter()
    records = read_records(args.data)
    kept = [
        (ex, r)
        for ex, r in zip(cached_examples(records, args.sentences_cache), records, strict=True)
        if ex.sentences.texts
    ]
    examples = [ex for ex, _ in kept]
    titles = {id(ex): str(r.get("title") or "") for ex, r in kept}
    _, held = split_held_out(examples, args.seed)
    folds = {"dev-A": held[:1000], "dev-B": held[1000:]}
    result: dict[str, dict] = {}
    for fold, items in folds.items():
        items = items[: args.limit_per_fold] if args.limit_per_fold else items
        summaries: dict[str, list[str]] = {}
        for ex in items:
            variants = _headline_variants(ranker, ex, titles[id(ex)]) if args.headlines else _variants(ranker, ex)
            for name, text in variants.items():
                summaries.setdefault(name, []).append(text)
        references = [ex.abstract for ex in items]
        for name, preds in summaries.items():
            means, _ = rouge(preds, references)
            row = {k: round(v, 2) for k, v in means.items()}
            row["words"] = round(float(np.mean([len(p.split()) for p in preds])), 1)
            result.setdefault(name, {})[f"{fold} ({len(items)})"] = row
    folds_seen = sorted({fold for row in result.values() for fold in row})
    print("| variant | " + " | ".join(folds_seen) + " |")
    print("|---" * (len(folds_seen) + 1) + "|")
    for name, row in result.items():
        cells = [f"{r['rouge1']:.2f}/{r['rouge2']:.2f}/{r['rougeL']:.2f} ({r['words']})" for r in row.values()]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print(json.dumps({"variants": result, "seconds": round(time.perf_counter() - started, 1)}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
