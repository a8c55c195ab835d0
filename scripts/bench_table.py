"""Markdown tables from scripts/bench.py's JSON lines (the README's Performance tables).

Usage:
    python scripts/bench_table.py RESULTS.jsonl [MORE.jsonl ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

LABELS = {
    "baseline": "baseline: plain transformers, float32, one article at a time",
    "project": "summarizer (`auto`, batched across articles)",
    "translate-baseline": "full-article translation, plain transformers",
    "translate-project": "full-article translation, `Summarizer.translate_many()`",
}


def _mb(value: float | None) -> str:
    return f"{value:,.0f} MB" if value else "—"


def _load(line: dict) -> str:
    before, after = line.get("loadavg_1m") or [None, None]
    return f"{before:.1f}–{after:.1f}" if before is not None else "—"


def tables(lines: list[dict]) -> str:
    """The CPU table (every preset) and the raw-CTranslate2 overhead table."""
    out = [
        "| preset | configuration | N | throughput | speed-up | peak RSS | memory vs baseline | load (1 min) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    raw = [
        "| preset | step | raw CTranslate2 (best batch) | pipeline | overhead (wall) | overhead (CPU) | "
        "CPU inside CTranslate2 | load (1 min) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for line in lines:
        if "error" in line:
            out.append(f"| {line['preset']} | {line['config']} | — | error: {line['error'][:80]} | | | | |")
            continue
        name = line["config"]
        if name in LABELS:
            unit = (
                f"{line['sentences_per_s']:.3g} sentences/s"
                if "sentences_per_s" in line
                else f"{line['articles_per_s']:.3g} articles/s"
            )
            speed = line.get("speedup_vs_baseline")
            ratio = line.get("memory_ratio_vs_baseline")
            n = f"{line['n']}" + (f" ({line['sentences']} sent.)" if "sentences" in line else "")
            out.append(
                f"| {line['preset']} | {LABELS[name]} ({line['backend']}) | {n} | {unit} | "
                f"{'—' if speed is None else f'{speed:.2f}×'} | {_mb(line['peak_rss_mb'])} | "
                f"{'—' if ratio is None else f'{ratio:.2f}'} | {_load(line)} |"
            )
        elif name.endswith("raw-ct2") and "pipeline_overhead" in line:
            step = "summarize step" if name.startswith("summarize") else "full-article translation"
            share = line.get("pipeline_engine_share_cpu")
            raw.append(
                f"| {line['preset']} | {step} (N={line['n']}) | {line['run_s']:.2f} s (B={line['raw_batch_tokens']}) | "
                f"{line['pipeline_s']:.2f} s | {line['pipeline_overhead']:+.1%} | "
                f"{line.get('pipeline_overhead_cpu', 0):+.1%} | {'—' if share is None else f'{share:.1%}'} | "
                f"{_load(line)} |"
            )
    return "\n".join(out) + "\n\n" + "\n".join(raw) + "\n"


def main(argv: list[str] | None = None) -> int:
    files = argv if argv is not None else sys.argv[1:]
    lines = [json.loads(x) for f in files for x in Path(f).read_text(encoding="utf-8").splitlines() if x.strip()]
    print(tables(lines), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
