"""Measure ``summarizer.verify`` on real French news with English translations (WMT newstest).

The WMT news test sets keep their articles' sentence order, so each window of ``--window``
consecutive French lines stands in for an article, and 1-3 of the window's English lines (one
per summary line, in order) for a summary or partial translation of it. Measured, with no model:

a. right first evidence: share of summary sentences whose first evidence is the French line
   they translate (the baseline, a plain character 4-gram similarity, is measured on the same
   sentences);
b. supported: share of unchanged summaries reported ``supported``;
c. flagged: share of summaries with one figure changed (one digit) or one name swapped (for
   another name of the same kind taken from elsewhere in the set) that get a figure or name flag
   on the changed span;
d. foreign sentences: share of summary lines taken from another article that are reported
   unsupported;
e. speed: pairs per second (and CPU ms per pair, the steadier figure on a shared machine) for
   articles of 30 sentences and 3-sentence summaries, languages detected.

Tune on newstest2012 only; run newstest2013 once, for the record, without reading its failures.

Usage:
    python scripts/eval_verify.py --set newstest2012 [--data ../shared/data/wmt] [--limit N] [--show 5]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import time
from pathlib import Path

from summarizer.entities import extract as extract_names
from summarizer.facts import extract as extract_figures
from summarizer.stages.crosslingual import fold
from summarizer.verify import verify


def _lines(data: Path, name: str, lang: str) -> list[str]:
    return (data / name / f"{name}.{lang}").read_text(encoding="utf-8").splitlines()


def _line_of(sentence: str, lines: list[str]) -> int | None:
    """The article line an article sentence comes from (sentences never span lines)."""
    key = fold(sentence)[:40]
    for i, line in enumerate(lines):
        if key and key in fold(line):
            return i
    return None


def _grams(text: str) -> set[str]:
    text = " ".join(re.findall(r"\w+", fold(text)))
    return {text[i : i + 4] for i in range(max(len(text) - 3, 1))}


def _baseline_first(sentence: str, lines: list[str]) -> int:
    """The line a plain character 4-gram (Jaccard) similarity picks."""
    mine = _grams(sentence)
    scores = [len(mine & _grams(line)) / max(len(mine | _grams(line)), 1) for line in lines]
    return max(range(len(lines)), key=lambda i: (scores[i], -i))


def _change_figure(summary: str, rng: random.Random) -> tuple[str, int, int] | None:
    """``summary`` with one digit of one figure changed, and the changed span; None without figures."""
    facts = [f for f in extract_figures(summary, "en") if re.search(r"\d", f.text)]
    if not facts:
        return None
    fact = rng.choice(facts)
    digits = [fact.start + m.start() for m in re.finditer(r"\d", fact.text)]
    at = rng.choice(digits)
    new = str((int(summary[at]) + rng.randint(1, 8)) % 10)
    if at == digits[0] and new == "0":
        new = "9"
    return summary[:at] + new + summary[at + 1 :], fact.start, fact.end


def _swap_name(
    summary: str, article: str, pool: dict[str, list[str]], rng: random.Random
) -> tuple[str, int, int] | None:
    """``summary`` with one name replaced by another of the same kind that the article lacks."""
    names = [n for n in extract_names(summary, "en") if n.kind in pool and len(n.text) > 2]
    if not names:
        return None
    name = rng.choice(names)
    folded = fold(article)
    choices = [c for c in pool[name.kind] if fold(c) not in folded and fold(c.split()[-1]) not in folded]
    if not choices:
        return None
    other = rng.choice(choices)
    return summary[: name.start] + other + summary[name.end :], name.start, name.start + len(other)


def _name_pool(english: list[str], limit: int = 3000) -> dict[str, list[str]]:
    pool: dict[str, set[str]] = {}
    for line in english[:limit]:
        for n in extract_names(line, "en"):
            if n.kind in ("person", "organization", "place") and len(n.text) > 3:
                pool.setdefault(n.kind, set()).add(n.text)
    return {kind: sorted(names) for kind, names in pool.items()}


def evaluate(fr: list[str], en: list[str], window: int, per_window: int, seed: int, show: int) -> dict[str, float]:
    """Run the measures on aligned French/English lines; returns the figures."""
    rng = random.Random(seed)  # draws the summaries
    corrupt_rng = random.Random(seed + 1)  # draws the corruptions (the summaries do not depend on them)
    pool = _name_pool(en)
    first = base = total = 0
    supported = summaries = flagged = changed = foreign_unsupported = foreign = 0
    elapsed = 0.0
    shown = 0
    by_kind = {"figure": (0, 0), "name": (0, 0)}
    because = {"figure": 0, "entity": 0, "unsupported": 0}  # unchanged summaries with such a flag
    for start in range(0, len(fr) - window + 1, window):
        lines = fr[start : start + window]
        article = "\n\n".join(lines)
        for _ in range(per_window):
            picked = sorted(rng.sample(range(window), rng.choice((1, 2, 3))))
            summary_lines = [en[start + j] for j in picked]
            summary = "\n".join(summary_lines)
            t0 = time.perf_counter()
            result = verify(article, summary, source_language="fr", summary_language="en")
            elapsed += time.perf_counter() - t0
            summaries += 1
            supported += result.supported
            for category in {f.category for f in result.flags}:
                because[category] += 1
            line_of = [_line_of(s, lines) for s in result.article_sentences]
            bounds = [sum(len(x) + 1 for x in summary_lines[:k]) for k in range(len(summary_lines) + 1)]
            for check in result.sentences:
                k = next(k for k in range(len(summary_lines)) if check.start < bounds[k + 1])
                total += 1
                right = bool(check.evidence) and line_of[check.evidence[0].index] == picked[k]
                first += right
                base += _baseline_first(check.text, lines) == picked[k]
                if not right and shown < show:
                    shown += 1
                    got = check.evidence[0].text if check.evidence else "(none)"
                    print(f"MISS {check.text!r}\n  want {lines[picked[k]]!r}\n  got  {got!r}")
            for kind, corrupt in (
                ("figure", _change_figure(summary, corrupt_rng)),
                ("name", _swap_name(summary, article, pool, corrupt_rng)),
            ):
                if corrupt is None:
                    continue
                text, lo, hi = corrupt
                changed += 1
                bad = verify(article, text, source_language="fr", summary_language="en")
                hit = any(f.category != "unsupported" and f.start < hi and lo < f.end for f in bad.flags)
                flagged += hit
                by_kind[kind] = (by_kind[kind][0] + hit, by_kind[kind][1] + 1)
        other = (start + len(fr) // 2) % (len(fr) - 1)
        result = verify(article, en[other], source_language="fr", summary_language="en")
        foreign += 1
        foreign_unsupported += not result.sentences[0].supported
    return {
        "summary sentences": total,
        "right first evidence %": 100 * first / total,
        "baseline 4-gram first evidence %": 100 * base / total,
        "unchanged summaries": summaries,
        "supported %": 100 * supported / summaries,
        "  with a figure flag %": 100 * because["figure"] / summaries,
        "  with a name flag %": 100 * because["entity"] / summaries,
        "  with an unsupported sentence %": 100 * because["unsupported"] / summaries,
        "changed summaries": changed,
        "flagged %": 100 * flagged / max(changed, 1),
        "  one figure changed, flagged %": 100 * by_kind["figure"][0] / max(by_kind["figure"][1], 1),
        "  one name swapped, flagged %": 100 * by_kind["name"][0] / max(by_kind["name"][1], 1),
        "foreign sentences unsupported %": 100 * foreign_unsupported / foreign,
        "pairs/s (windows)": summaries / elapsed,
    }


def speed(fr: list[str], en: list[str], pairs: int = 60, window: int = 30) -> tuple[float, float, float]:
    """(pairs per second of wall time, ms of wall time and ms of CPU time per pair) for
    ``window``-sentence articles and 3-sentence summaries, languages detected (one thread)."""
    verify("\n\n".join(fr[:window]), " ".join(en[:3]))  # warm up: language detector, NER model
    started, cpu = time.perf_counter(), time.process_time()
    for n in range(pairs):
        at = (n * window) % (len(fr) - window)
        verify("\n\n".join(fr[at : at + window]), " ".join(en[at + 5 : at + 8]))
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    return pairs / seconds, 1000 * seconds / pairs, 1000 * cpu_seconds / pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", default="newstest2012", help="newstest2012 (tuning) or newstest2013 (report once)")
    parser.add_argument("--data", type=Path, default=Path("../shared/data/wmt"))
    parser.add_argument("--window", type=int, default=20)
    parser.add_argument("--per-window", type=int, default=6, help="summaries drawn per window")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=int, help="use only the first N lines")
    parser.add_argument("--show", type=int, default=0, help="print N misses (newstest2012 only)")
    args = parser.parse_args()
    fr, en = _lines(args.data, args.set, "fr"), _lines(args.data, args.set, "en")
    if args.limit:
        fr, en = fr[: args.limit], en[: args.limit]
    show = args.show if args.set != "newstest2013" else 0
    figures = evaluate(fr, en, args.window, args.per_window, args.seed, show)
    pairs_per_second, ms, cpu_ms = speed(fr, en)
    print(f"{args.set}: window {args.window} lines, {args.per_window} summaries per window, seed {args.seed}")
    for name, value in figures.items():
        print(f"  {name}: {value:.1f}" if isinstance(value, float) else f"  {name}: {value}")
    print(
        f"  speed (30-sentence article, 3-sentence summary): {pairs_per_second:.1f} pairs/s, "
        f"{ms:.1f} ms per pair ({cpu_ms:.1f} ms of CPU time; load average {os.getloadavg()[0]:.1f})"
    )


if __name__ == "__main__":
    main()
