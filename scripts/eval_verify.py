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
   unsupported, alone and after a summary of the window (where the order of the summary's
   sentences could vouch for it);
e. speed: pairs per second (and CPU ms per pair, the steadier figure on a shared machine) for
   articles of 30 sentences and 3-sentence summaries, languages detected.

Each figure is printed for all the windows and for each half of them (the first and the second
half of the set's lines): choose on one half, check on the other. Tune on newstest2012 only; run
newstest2013 once, for the record, without reading its failures. ``--set flores`` measures on
FLORES-200 devtest windows (Wikinews/Wikivoyage, not news; the lexicon is learnt from it, so it is
no unseen data for the lexicon).

Usage:
    python scripts/eval_verify.py --set newstest2012 [--data ../shared/data/wmt] [--limit N] [--show 5]
        [--show-unsupported 5] [--show-missed 5]
    python scripts/eval_verify.py --set flores [--data ../shared/data/flores200]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import time
from collections import Counter
from pathlib import Path

from summarizer.entities import extract as extract_names
from summarizer.facts import extract as extract_figures
from summarizer.guard.entities import french_ner
from summarizer.stages.calibration import support_logit
from summarizer.stages.crosslingual import CrossLingualIndex, fold
from summarizer.verify import verify


def _lines(data: Path, name: str, lang: str) -> list[str]:
    if name == "flores":  # FLORES-200 devtest: devtest.fra / devtest.eng
        return (data / f"devtest.{ {'fr': 'fra', 'en': 'eng'}[lang] }").read_text(encoding="utf-8").splitlines()
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


def _explain(texts: list[str], parts: list[str], k: int) -> str:
    """What the support decision of summary sentence ``k`` rests on: its best article sentence's
    score and the decision's features (``--show-unsupported``)."""
    index = CrossLingualIndex(texts, "fr", "en")
    ranked = index.rank(parts)[k]
    found = index.decision(parts[k], ranked)
    logit = support_logit(**found)
    return " ".join(f"{key} {value:.2f}" for key, value in found.items()) + (
        f" logit {logit:.2f}\n  got  {texts[ranked[0][0]]!r}"
    )


def evaluate(
    fr: list[str],
    en: list[str],
    window: int,
    per_window: int,
    seed: int,
    show: int,
    show_unsupported: int = 0,
    show_missed: int = 0,
) -> dict[str, dict[str, float]]:
    """Run the measures on aligned French/English lines; returns the figures of all the windows
    and of each half of them ("all", "first half", "second half"). Misses (``show``) and unsupported
    sentences of unchanged summaries (``show_unsupported``) and changed summaries that get no flag on the
    changed span (``show_missed``) are printed from the first half only."""
    rng = random.Random(seed)  # draws the summaries
    corrupt_rng = random.Random(seed + 1)  # draws the corruptions (the summaries do not depend on them)
    pool = _name_pool(en)
    starts = range(0, len(fr) - window + 1, window)
    counts = {part: Counter() for part in ("all", "first half", "second half")}
    shown = shown_unsupported = shown_missed = 0
    for n_window, start in enumerate(starts):
        first_half = n_window < len(starts) // 2
        c = Counter()
        lines = fr[start : start + window]
        article = "\n\n".join(lines)
        for _ in range(per_window):
            picked = sorted(rng.sample(range(window), rng.choice((1, 2, 3))))
            summary_lines = [en[start + j] for j in picked]
            summary = "\n".join(summary_lines)
            t0 = time.perf_counter()
            result = verify(article, summary, source_language="fr", summary_language="en")
            c["elapsed"] += time.perf_counter() - t0
            c["summaries"] += 1
            c["supported"] += result.supported
            for category in {f.category for f in result.flags}:
                c[f"because {category}"] += 1
            line_of = [_line_of(s, lines) for s in result.article_sentences]
            bounds = [sum(len(x) + 1 for x in summary_lines[:k]) for k in range(len(summary_lines) + 1)]
            for check in result.sentences:
                k = next(k for k in range(len(summary_lines)) if check.start < bounds[k + 1])
                c["total"] += 1
                right = bool(check.evidence) and line_of[check.evidence[0].index] == picked[k]
                c["first"] += right
                c["base"] += _baseline_first(check.text, lines) == picked[k]
                if not right and shown < show and first_half:
                    shown += 1
                    got = check.evidence[0].text if check.evidence else "(none)"
                    print(f"MISS {check.text!r}\n  want {lines[picked[k]]!r}\n  got  {got!r}")
                if not check.supported and shown_unsupported < show_unsupported and first_half:
                    shown_unsupported += 1
                    parts = [s.text for s in result.sentences]
                    why = [f.reason for f in result.flags if f.sentence == result.sentences.index(check)]
                    print(f"UNSUPPORTED {check.text!r} ({'; '.join(why)})\n  want {lines[picked[k]]!r}")
                    print("  " + _explain(result.article_sentences, parts, parts.index(check.text)))
            for kind, corrupt in (
                ("figure", _change_figure(summary, corrupt_rng)),
                ("name", _swap_name(summary, article, pool, corrupt_rng)),
            ):
                if corrupt is None:
                    continue
                text, lo, hi = corrupt
                c["changed"] += 1
                bad = verify(article, text, source_language="fr", summary_language="en")
                hit = any(f.category != "unsupported" and f.start < hi and lo < f.end for f in bad.flags)
                c["flagged"] += hit
                c[f"{kind} flagged"] += hit
                c[f"{kind} changed"] += 1
                if not hit and shown_missed < show_missed and first_half:
                    shown_missed += 1
                    flags = "; ".join(f.reason for f in bad.flags) or "no flag"
                    print(f"MISSED {kind} {text[lo:hi]!r} in {text!r} ({flags})")
        other = (start + len(fr) // 2) % (len(fr) - 1)
        result = verify(article, en[other], source_language="fr", summary_language="en")
        c["foreign"] += 1
        c["foreign unsupported"] += not result.sentences[0].supported
        # The same line after the window's last summary: the order of the summary must not vouch for it.
        result = verify(article, f"{summary}\n{en[other]}", source_language="fr", summary_language="en")
        c["foreign after"] += 1
        c["foreign after unsupported"] += not result.sentences[-1].supported
        counts["all"].update(c)
        counts["first half" if first_half else "second half"].update(c)
    return {part: _figures(c) for part, c in counts.items()}


def _figures(c: Counter) -> dict[str, float]:
    def share(part: str, whole: str) -> float:
        return 100 * c[part] / max(c[whole], 1)

    return {
        "summary sentences": c["total"],
        "right first evidence %": share("first", "total"),
        "baseline 4-gram first evidence %": share("base", "total"),
        "unchanged summaries": c["summaries"],
        "supported %": share("supported", "summaries"),
        "  with a figure flag %": share("because figure", "summaries"),
        "  with a name flag %": share("because entity", "summaries"),
        "  with an unsupported sentence %": share("because unsupported", "summaries"),
        "changed summaries": c["changed"],
        "flagged %": share("flagged", "changed"),
        "  one figure changed, flagged %": share("figure flagged", "figure changed"),
        "  one name swapped, flagged %": share("name flagged", "name changed"),
        "foreign sentences unsupported %": share("foreign unsupported", "foreign"),
        "  the same after a summary %": share("foreign after unsupported", "foreign after"),
        "pairs/s (windows)": c["summaries"] / max(c["elapsed"], 1e-9),
    }


def speed(fr: list[str], en: list[str], pairs: int = 60, window: int = 30) -> tuple[float, float, float]:
    """(pairs per second of wall time, ms of wall time and ms of CPU time per pair) for
    ``window``-sentence articles and 3-sentence summaries, languages detected (one thread)."""
    # Warm up what loads once per process (language detector, spaCy's French NER model, word-frequency
    # lists), so that the figures are the steady cost per pair even when speed() runs alone.
    french_ner()
    for n in range(20):
        at = len(fr) // 2 + (n * window) % (len(fr) // 2 - window)
        verify("\n\n".join(fr[at : at + window]), " ".join(en[at + 5 : at + 8]))
    started, cpu = time.perf_counter(), time.process_time()
    for n in range(pairs):
        at = (n * window) % (len(fr) - window)
        verify("\n\n".join(fr[at : at + window]), " ".join(en[at + 5 : at + 8]))
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    return pairs / seconds, 1000 * seconds / pairs, 1000 * cpu_seconds / pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--set",
        default="newstest2012",
        help="newstest2012 (tuning), flores (FLORES-200 devtest: the lexicon's source) or newstest2013 (report once)",
    )
    parser.add_argument("--data", type=Path, help="the WMT folder, or the FLORES-200 one for --set flores")
    parser.add_argument("--window", type=int, default=20)
    parser.add_argument("--per-window", type=int, default=6, help="summaries drawn per window")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=int, help="use only the first N lines")
    parser.add_argument("--show", type=int, default=0, help="print N misses of the first half (newstest2012 only)")
    parser.add_argument(
        "--show-unsupported",
        type=int,
        default=0,
        help="print N unsupported sentences of unchanged summaries of the first half, with the decision's features",
    )
    parser.add_argument(
        "--show-missed",
        type=int,
        default=0,
        help="print N changed summaries of the first half with no flag on the changed span",
    )
    args = parser.parse_args()
    data = args.data or Path("../shared/data/flores200" if args.set == "flores" else "../shared/data/wmt")
    fr, en = _lines(data, args.set, "fr"), _lines(data, args.set, "en")
    if args.limit:
        fr, en = fr[: args.limit], en[: args.limit]
    show = args.show if args.set != "newstest2013" else 0
    figures = evaluate(
        fr,
        en,
        args.window,
        args.per_window,
        args.seed,
        show,
        args.show_unsupported if args.set != "newstest2013" else 0,
        args.show_missed if args.set != "newstest2013" else 0,
    )
    pairs_per_second, ms, cpu_ms = speed(fr, en)
    print(f"{args.set}: window {args.window} lines, {args.per_window} summaries per window, seed {args.seed}")
    parts = list(figures)
    print(f"  {'':36s}" + "".join(f"{part:>13s}" for part in parts))
    for name in figures["all"]:
        values = [figures[part][name] for part in parts]
        print(f"  {name:36s}" + "".join(f"{v:13.1f}" if isinstance(v, float) else f"{v:13d}" for v in values))
    print(
        f"  speed (30-sentence article, 3-sentence summary): {pairs_per_second:.1f} pairs/s, "
        f"{ms:.1f} ms per pair ({cpu_ms:.1f} ms of CPU time; load average {os.getloadavg()[0]:.1f})"
    )


if __name__ == "__main__":
    main()
