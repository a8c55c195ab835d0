"""Time the guard (figures and names) per article on the OrangeSum validation set, the French NER
model loaded beforehand: each abstract is checked against its article, as the pipeline checks a
French summary. Run it at normal priority on an otherwise quiet core, e.g.
``OMP_NUM_THREADS=1 taskset -c 1 python scripts/time_guard.py``, and note the load average.

Usage: python scripts/time_guard.py [--orangesum FILE] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

from summarizer.guard.entities import french_ner
from summarizer.guard.places import other_names
from summarizer.guard.run import check_outputs

ROOT = Path(__file__).resolve().parents[1]

DATA = next(
    (p / "shared" / "data" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "data").is_dir()), ROOT
)


def main(argv: list[str] | None = None) -> int:
    """Print the mean and median milliseconds per article (both parts, and names alone)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orangesum", type=Path, default=DATA / "orangesum" / "valid.jsonl")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    lines = args.orangesum.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()][: args.limit]
    french_ner()  # load once, outside the timing (the model and the place gazetteers)
    other_names("paris")
    check_outputs(records[0]["article"], [("summary_source", records[0]["abstract"], "fr")], "fr")  # warm up
    total, names = [], []
    for rec in records:
        timings: dict[str, float] = {}
        started = time.perf_counter()
        check_outputs(rec["article"], [("summary_source", rec["abstract"], "fr")], "fr", timings=timings)
        total.append(time.perf_counter() - started)
        names.append(timings["entities"])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{len(total)} articles: guard {1000 * statistics.mean(total):.1f} ms mean,"
        f" {1000 * statistics.median(total):.1f} ms median per article (names alone"
        f" {1000 * statistics.mean(names):.1f} ms mean); load average {load:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
