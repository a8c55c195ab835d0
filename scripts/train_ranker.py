"""Train the extractive strategy's sentence ranker (``summarizer/data/ranker.json``).

Reads OrangeSum-style JSON Lines (``article`` and ``abstract``; ``.gz`` accepted), cleans and
splits every article as the pipeline does, labels each sentence with the greedy ROUGE oracle
against the abstract, fits LightGBM on the features of :mod:`summarizer.ranking.features`, and
tunes the subset search on a held-out share of the *same* file. Deterministic for a given
``--seed`` (same data, same file, byte for byte). Never pass the validation or test split:
they are for reporting only.

Usage:
    python scripts/train_ranker.py --data ../shared/data/orangesum/train.jsonl.gz
    python scripts/train_ranker.py --data sample.jsonl --output /tmp/ranker.json --limit 300
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

from summarizer.ranking.model import RANKER_FILE
from summarizer.ranking.train import ROUNDS, read_records, train

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        default=str(ROOT.parent / "shared" / "data" / "orangesum" / "train.jsonl.gz"),
        help="training records, JSONL or JSONL.gz (default: ../shared/data/orangesum/train.jsonl.gz)",
    )
    parser.add_argument("--output", default=str(RANKER_FILE), help=f"model file to write (default: {RANKER_FILE})")
    parser.add_argument("--seed", type=int, default=0, help="seed of the split and of LightGBM (default 0)")
    parser.add_argument("--limit", type=int, help="use the first N records only")
    parser.add_argument("--tuning-share", type=float, default=0.1, help="share held out for tuning (default 0.1)")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help=f"most boosting rounds (default {ROUNDS})")
    parser.add_argument("--jobs", type=int, default=1, help="processes for cleaning and splitting (default 1)")
    parser.add_argument(
        "--sentences-cache",
        metavar="FILE.jsonl.gz",
        help="keep the cleaned and split articles here (read back when it holds the same records)",
    )
    parser.add_argument(
        "--no-second-stage",
        action="store_true",
        help="train the sentence scorer only (no model that picks among candidate extracts)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")

    if not Path(args.data).is_file():
        print(f"train_ranker: {args.data} not found (pass --data)", file=sys.stderr)
        return 1
    started = time.perf_counter()
    cpu = time.process_time()
    records = read_records(args.data, args.limit)
    print(f"{len(records)} records from {args.data}", file=sys.stderr)
    ranker, report = train(
        records,
        seed=args.seed,
        tuning_share=args.tuning_share,
        jobs=args.jobs,
        rounds=args.rounds,
        sentences_cache=args.sentences_cache,
        progress=lambda message: print(message, file=sys.stderr),
        second_stage=not args.no_second_stage,
    )
    ranker.metadata.update(data=Path(args.data).name, records=len(records))
    ranker.save(args.output)
    load = os.getloadavg()
    summary = {
        **report.to_dict(),
        "output": args.output,
        "bytes": Path(args.output).stat().st_size,
        "wall_seconds": round(time.perf_counter() - started, 1),
        "cpu_seconds_main_process": round(time.process_time() - cpu, 1),
        "load_average": [round(x, 2) for x in load],
    }
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
