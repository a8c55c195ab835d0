"""Replay the headline's variants of the faithful summary on a held-out fold of the TRAINING articles.

Same folds as ``scripts/cv_faithful.py`` (dev-A: every choice made there; dev-B: reported). Each
article's second-stage predictions are computed once (medium and long budgets, with and without
the headline's best sentence added to the candidates' pool), then ``Ranker.select_length`` is
replayed for each variant of the blend: the weight at the long length (core and added sentences
apart), the pool, and length-neutral blends (overlap standardised among candidates of the same
number of sentences, a per-word penalty). Its rows "without headline" and "shipped" match
``cv_faithful.py --headlines``; none of the other variants is shipped (summarizer/data/RANKER_CARD.md). The validation split is not read here.

Usage:
    python scripts/cv_headline.py --data ../shared/data/orangesum/train.jsonl.gz \
        --sentences-cache /tmp/train_sentences.jsonl.gz [--fold dev-A] [--limit N]
"""

from __future__ import annotations

import argparse
from itertools import combinations

import numpy as np

from summarizer import extractive
from summarizer.evaluation.summarization import rouge
from summarizer.options import EXTRACTIVE_WORDS
from summarizer.ranking import candidates as cand
from summarizer.ranking.compress import compress_extract
from summarizer.ranking.headline import _standard, headline_overlap
from summarizer.ranking.model import choose, default_ranker, pick_length
from summarizer.ranking.train import cached_examples, read_records, split_held_out

# name -> (pool, medium weight, long core weight, long added-sentences weight, mode, per-word penalty)
VARIANTS: dict[str, tuple[str, float, float, float, str, float]] = {
    "without headline": ("base", 0, 0, 0, "all", 0),
    "shipped (0.75 everywhere)": ("base", 0.75, 0.75, 0.75, "all", 0),
    "long: core 0, added 0.5 (best long on dev-A; breaks short < medium < long)": ("base", 0.75, 0, 0.5, "all", 0),
    **{f"long: w = {w}": ("base", 0.75, w, w, "all", 0) for w in (0.25, 0.5)},
    "long: core 0.75, added 0": ("base", 0.75, 0.75, 0, "all", 0),
    "long: core 0.25, added 0.75": ("base", 0.75, 0.25, 0.75, "all", 0),
    **{f"long: core 0, added {w}": ("base", 0.75, 0, w, "all", 0) for w in (0.25, 0.75, 1.0, 1.5)},
    "pool + headline's best sentence": ("pool", 0.75, 0.75, 0.75, "all", 0),
    "length: within same sentence count": ("base", 0.75, 0.75, 0.75, "size", 0),
    "length: within same sentence count, w = 1": ("base", 1.0, 1.0, 1.0, "size", 0),
    "length: half within count, half all": ("base", 0.75, 0.75, 0.75, "mix", 0),
    **{f"length: {lam} per word": ("base", 0.75, 0.75, 0.75, "all", lam) for lam in (0.01, 0.02, 0.04)},
}


def _by_size(subsets, overlap: np.ndarray) -> np.ndarray:
    sizes = np.array([len(s) for s in subsets])
    out = np.zeros(len(overlap))
    for size in set(sizes.tolist()):
        mask = sizes == size
        out[mask] = _standard(overlap[mask]) if mask.sum() > 1 else 0.0
    return out


def _blend(pred, overlap, subsets, words, weight, mode, per_word) -> np.ndarray:
    if weight == 0 or len(pred) == 0 or not overlap.any():
        return pred
    z = {"all": _standard(overlap), "size": _by_size(subsets, overlap)}.get(mode)
    z = 0.5 * (_standard(overlap) + _by_size(subsets, overlap)) if z is None else z
    out = _standard(pred) + weight * z
    return out - per_word * np.array([words[list(s)].sum() for s in subsets]) if per_word else out


def _pooled(extra: int | None):
    """``enumerate_subsets`` with sentence ``extra`` added to the top sentences (when it fits)."""
    plain = cand.enumerate_subsets

    def enumerate_subsets(scores, words, budget, stage1):
        subsets = plain(scores, words, budget, stage1)
        top = [int(i) for i in np.argsort(-scores, kind="stable") if 0 < words[i] <= budget][: cand.TOP_K]
        if extra is None or words[extra] > budget or extra in top:
            return subsets
        pool = sorted([*top, extra])
        more = [c for k in range(1, cand.MAX_SENTENCES + 1) for c in combinations(pool, k) if extra in c]
        return subsets + [c for c in more if int(words[list(c)].sum()) <= budget and c not in subsets]

    return enumerate_subsets


def _prepare(ranker, example, title: str) -> dict:
    """The second stage's candidates, predictions and headline overlaps of one article."""
    texts = example.sentences.texts
    words = np.array([extractive.word_count(s) for s in texts], dtype=int)
    medium = EXTRACTIVE_WORDS["medium"]
    rec = {"texts": texts, "headings": example.sentences.headings, "words": words}
    if not ((words > 0) & (words <= medium)).any():
        return rec
    scores = ranker.score(example.sentences)
    vectors, sim, _ = extractive._similarity(texts, "fr")
    first = choose(texts, scores, medium, ranker.selection, "fr", similarity=sim) or [0]
    rec.update(scores=scores, first=first)
    per_sentence = headline_overlap(title, texts, "fr") if title else np.zeros(len(texts))
    fits = (words > 0) & (words <= medium) & (per_sentence > 0)
    extra = int(np.flatnonzero(fits)[np.argmax(per_sentence[fits])]) if fits.any() else None
    plain = cand.enumerate_subsets
    for pool in ("base", "pool"):
        cand.enumerate_subsets = plain if pool == "base" else _pooled(extra)
        try:
            for size, budget in (("medium", medium), ("long", EXTRACTIVE_WORDS["long"])):
                subsets, pred = ranker.rerank.ranked(
                    texts, scores, budget, first, ranker.selection.target_ratio, ranker.selection.redundancy,
                    (vectors, sim), "fr",
                )  # fmt: skip
                joined = [" ".join(texts[i] for i in s) for s in subsets]
                overlap = headline_overlap(title, joined, "fr") if title and subsets else np.zeros(len(subsets))
                rec[(pool, size)] = (subsets, pred, overlap)
        finally:
            cand.enumerate_subsets = plain
    return rec


def _select(rec: dict, length: str, variant: tuple) -> list[int]:
    """``Ranker.select_length`` replayed with one variant of the headline blend."""
    pool, w_medium, w_core, w_added, mode, per_word = variant
    if "scores" not in rec:
        return [0]
    words = rec["words"]
    subsets, pred, overlap = rec[(pool, "medium")]
    if not subsets:
        return list(rec["first"])
    pred = _blend(pred, overlap, subsets, words, w_core if length == "long" else w_medium, mode, per_word)

    def longer() -> tuple:
        more, more_pred, more_overlap = rec[(pool, "long")]
        return more, _blend(more_pred, more_overlap, more, words, w_added, mode, per_word)

    return pick_length(length, subsets, pred, words, rec["scores"], longer)


def main(argv: list[str] | None = None) -> int:
    """Print a Markdown table: per variant and length, R-1/R-2/R-L and mean words on one fold."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="the OrangeSum TRAINING split (JSONL or JSONL.gz)")
    parser.add_argument("--sentences-cache", help="cleaned articles of --data (written by scripts/train_ranker.py)")
    parser.add_argument("--fold", choices=("dev-A", "dev-B"), default="dev-A")
    parser.add_argument("--limit", type=int, help="only the first N articles of the fold")
    args = parser.parse_args(argv)
    ranker = default_ranker()
    records = read_records(args.data)
    kept = [(ex, r) for ex, r in zip(cached_examples(records, args.sentences_cache), records, strict=True)]
    kept = [(ex, str(r.get("title") or "")) for ex, r in kept if ex.sentences.texts]
    titles = {id(ex): title for ex, title in kept}
    _, held = split_held_out([ex for ex, _ in kept], 0)
    items = held[:1000] if args.fold == "dev-A" else held[1000:]
    items = items[: args.limit] if args.limit else items
    prepared = [_prepare(ranker, ex, titles[id(ex)]) for ex in items]
    references = [ex.abstract for ex in items]
    print(f"| variant ({args.fold}, {len(items)}) | " + " | ".join(EXTRACTIVE_WORDS) + " |")
    print("|---" * (len(EXTRACTIVE_WORDS) + 1) + "|")
    for name, variant in VARIANTS.items():
        cells = []
        for length in EXTRACTIVE_WORDS:
            picks = [(rec, _select(rec, length, variant) or [0]) for rec in prepared]
            preds = [" ".join(p.text for p in compress_extract(r["texts"], r["headings"], k, "fr")) for r, k in picks]
            means, _ = rouge(preds, references)
            words = np.mean([len(p.split()) for p in preds])
            cells.append(f"{means['rouge1']:.2f}/{means['rouge2']:.2f}/{means['rougeL']:.2f} ({words:.1f})")
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
