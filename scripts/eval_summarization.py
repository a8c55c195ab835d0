"""Compare model-free summarizers on OrangeSum: Lead-k, the project's extractive strategy, sumy LexRank.

Every article is cleaned and split once, exactly as the pipeline does, so all systems choose
from the same sentences. Scores are ROUGE-1/2/L F1 x100 (``summarizer.evaluation.summarization.rouge``:
lower-cased Unicode ``\\w+`` tokens, no stemming), reported on the tuning split (records 1-500,
used to tune ``summarizer.extractive.WEIGHTS``), the held-out split (501-1,500) and all records,
with a paired-bootstrap 95% interval for "extractive minus Lead-2".

sumy is not a project dependency: install it yourself (``pip install sumy``) to add its LexRank;
the script skips it otherwise.

``--tune`` repeats the tuning of the extractive weights: coordinate ascent, from a plain
"centrality plus a constant" start, on mean ROUGE-1 + ROUGE-L + 0.5 ROUGE-2 over records 1-500 at a
70-word budget; it prints the weights found (the shipped ones are those, rounded).

Usage:
    python scripts/eval_summarization.py [--data ../shared/data/orangesum/valid.jsonl] [--budgets 40 70 130]
    python scripts/eval_summarization.py --tune
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from summarizer import extractive
from summarizer.evaluation.data import read_jsonl
from summarizer.evaluation.summarization import ROUGE_METHOD, ROUGE_TYPES, rouge
from summarizer.text.clean import clean_article
from summarizer.text.sentences import split_paragraph_sentences

ROOT = Path(__file__).resolve().parents[1]

TUNING = 500


def sumy_lexrank(count: int) -> Callable[[list[str]], list[int]] | None:
    """sumy's LexRank choosing ``count`` sentences from our sentences, or None without sumy."""
    try:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.nlp.stemmers import null_stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError:
        return None

    class Words:
        language = "french"

        def to_words(self, text: str) -> list[str]:
            return re.findall(r"[^\W\d_]+", text)

    tokenizer = Words()
    summarizer = LexRankSummarizer(null_stemmer)
    summarizer.stop_words = get_stop_words("french")

    def pick(sentences: list[str]) -> list[int]:
        objects = [Sentence(s, tokenizer) for s in sentences]
        chosen = {id(s) for s in summarizer(ObjectDocumentModel([Paragraph(objects)]), count)}
        return [i for i, s in enumerate(objects) if id(s) in chosen]

    return pick


def paired_bootstrap(a: np.ndarray, b: np.ndarray, rounds: int = 2000, seed: int = 0) -> tuple[float, float]:
    """95% interval of mean(a - b) by resampling records."""
    rng = np.random.default_rng(seed)
    diff = a - b
    means = diff[rng.integers(0, len(diff), size=(rounds, len(diff)))].mean(axis=1)
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def tune(sentences: list[list[str]], references: list[str], budget: int = 70, rounds: int = 7) -> extractive.Weights:
    """Coordinate ascent of the extractive weights on the given articles (see the module docstring)."""
    from dataclasses import fields, replace

    features = [extractive.sentence_features(s, "fr") for s in sentences]

    def fitness(weights: extractive.Weights) -> tuple[float, dict[str, float]]:
        summaries = []
        for sents, feats in zip(sentences, features, strict=True):
            picked = extractive.choose(feats, budget, weights) if sents else []
            summaries.append(" ".join(sents[i] for i in (picked or [0][: len(sents)])))
        means, _ = rouge(summaries, references)
        return means["rouge1"] + means["rougeL"] + 0.5 * means["rouge2"], means

    start = {f.name: 0.0 for f in fields(extractive.Weights)}
    start.update(bias=0.2, centrality=0.5, target_ratio=0.35)
    weights = extractive.Weights(**start)
    best, means = fitness(weights)
    steps = {name: 0.05 for name in start}
    steps["redundancy"] = 0.02
    for round_no in range(rounds):
        for name in start:
            for sign in (1, -1):
                value = getattr(weights, name) + sign * steps[name]
                if name in ("target_ratio", "redundancy") and value < 0:
                    continue
                candidate = replace(weights, **{name: value})
                score, cand_means = fitness(candidate)
                if score > best:
                    best, means, weights = score, cand_means, candidate
        steps = {k: v * 0.6 for k, v in steps.items()}
        shown = "/".join(f"{means[k]:.2f}" for k in ROUGE_TYPES)
        print(f"round {round_no + 1}: {shown}", file=sys.stderr)
    return weights


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "orangesum" / "valid.jsonl"))
    parser.add_argument("--budgets", type=int, nargs="+", default=[40, 55, 70, 85, 100, 130])
    parser.add_argument("--limit", type=int)
    parser.add_argument("--tune", action="store_true", help="re-tune the extractive weights on records 1-500")
    args = parser.parse_args()

    records = read_jsonl(args.data, ("article", "abstract"), args.limit)
    references = [r["abstract"] for r in records]
    t0 = time.perf_counter()
    sentences = [
        [s.text for s in split_paragraph_sentences(clean_article(r["article"]).paragraphs, "fr")] for r in records
    ]
    print(f"{len(records)} records; cleaned and split in {time.perf_counter() - t0:.1f}s", file=sys.stderr)

    if args.tune:
        found = tune(sentences[:TUNING], references[:TUNING])
        print(found)
        systems_weights = {"extractive, 70 words, re-tuned": found}
    else:
        systems_weights = {}

    systems: dict[str, Callable[[list[str]], list[int]]] = {
        "Lead-1": lambda s: [0],
        "Lead-2": lambda s: [0, 1][: len(s)],
        "Lead-3": lambda s: [0, 1, 2][: len(s)],
    }
    for budget in args.budgets:
        systems[f"extractive, {budget} words"] = lambda s, b=budget: extractive.select_sentences(s, b, "fr") or [0]
    for name, weights in systems_weights.items():
        systems[name] = lambda s, w=weights: extractive.select_sentences(s, 70, "fr", weights=w) or [0]
    lexrank = sumy_lexrank(2)
    if lexrank is not None:
        systems["sumy LexRank, 2 sentences"] = lexrank
    else:
        print("sumy not installed: LexRank skipped", file=sys.stderr)

    per_item: dict[str, dict[str, np.ndarray]] = {}
    words: dict[str, float] = {}
    seconds: dict[str, float] = {}
    for name, pick in systems.items():
        t0 = time.perf_counter()
        summaries = [" ".join(s[i] for i in pick(s)) if s else "" for s in sentences]
        seconds[name] = time.perf_counter() - t0
        words[name] = float(np.mean([len(x.split()) for x in summaries]))
        _, items = rouge(summaries, references)
        per_item[name] = {k: np.array([item[k] for item in items]) for k in ROUGE_TYPES}

    n = len(records)
    splits = {f"tuning 1-{min(TUNING, n)}": slice(0, min(TUNING, n))}
    if n > TUNING:
        splits[f"held-out {TUNING + 1}-{n}"] = slice(TUNING, n)
    splits[f"all {n}"] = slice(0, n)
    print(f"\nROUGE F1 x100 on {args.data} ({ROUGE_METHOD})\n")
    header = "| system | words | " + " | ".join(f"{s} R-1/R-2/R-L" for s in splits) + " | time (s) |"
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    for name, scores in per_item.items():
        cells = []
        for part in splits.values():
            values = [scores[k][part].mean() if scores[k][part].size else float("nan") for k in ROUGE_TYPES]
            cells.append("/".join(f"{v:.2f}" for v in values))
        print(f"| {name} | {words[name]:.1f} | " + " | ".join(cells) + f" | {seconds[name]:.1f} |")

    best = (
        "extractive, 70 words"
        if "extractive, 70 words" in per_item
        else next(iter(k for k in per_item if "extractive" in k))
    )
    print(f"\n{best} minus Lead-2, all records, paired bootstrap 95% interval:")
    for k in ROUGE_TYPES:
        diff = per_item[best][k] - per_item["Lead-2"][k]
        low, high = paired_bootstrap(per_item[best][k], per_item["Lead-2"][k])
        print(f"  {k}: {diff.mean():+.2f} [{low:+.2f}, {high:+.2f}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
