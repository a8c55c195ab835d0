"""Time the faithful/extractive summary per article: features + LightGBM + subset search + second stage + compression.

Reported without and with the cleaning and sentence splitting that every strategy does first.

Reports CPU time (``time.process_time``, robust to a loaded machine) and wall time per article,
for the learned ranker and the heuristic scorer, with the load average.

Usage:
    python scripts/bench_ranker.py --data ../shared/data/orangesum/train.jsonl.gz [--limit 300] [--length medium]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from summarizer import extractive
from summarizer.options import EXTRACTIVE_WORDS
from summarizer.ranking.compress import compress_extract
from summarizer.ranking.model import default_ranker
from summarizer.ranking.sentences import article_sentences
from summarizer.ranking.train import read_records

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    """Run the benchmark and print one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "orangesum" / "valid.jsonl"))
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--length", default="medium", choices=("short", "medium", "long"))
    args = parser.parse_args()
    ranker = default_ranker()
    if ranker is None:
        print("bench_ranker: no ranker file", file=sys.stderr)
        return 1
    raw = [r["article"] for r in read_records(args.data, args.limit)]
    articles = [article_sentences(text) for text in raw]
    budget = EXTRACTIVE_WORDS[args.length]

    def faithful(article):
        picked = ranker.select_length(article, args.length) or [0]
        return compress_extract(article.texts, article.headings, picked, "fr")

    faithful(articles[0])  # warm-up
    out = {
        "articles": len(articles),
        "length": args.length,
        "second_stage": ranker.rerank is not None,
        "load_average_before": os.getloadavg(),
    }
    for name, run, inputs in (
        ("ranker_and_compression", faithful, articles),
        ("cleaning_ranker_and_compression", lambda text: faithful(article_sentences(text)), raw),
        ("heuristic", lambda a: extractive.select_sentences(a.texts, budget), articles),
    ):
        cpu, wall = [], []
        for article in inputs:
            c0, w0 = time.process_time(), time.perf_counter()
            run(article)
            cpu.append((time.process_time() - c0) * 1000)
            wall.append((time.perf_counter() - w0) * 1000)
        out[name] = {
            "cpu_ms_mean": round(statistics.mean(cpu), 2),
            "cpu_ms_median": round(statistics.median(cpu), 2),
            "cpu_ms_p95": round(sorted(cpu)[int(0.95 * len(cpu))], 2),
            "wall_ms_mean": round(statistics.mean(wall), 2),
            "wall_ms_median": round(statistics.median(wall), 2),
        }
    out["load_average_after"] = os.getloadavg()
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
