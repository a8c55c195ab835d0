"""Evaluate the figure guard on French/English human translations (FLORES-200, WMT newstest).

Measures (1) the false-alarm rate: pairs (French source, English human
translation) that get any flag, over the pairs whose English side contains a
figure; and (2) the detection rate: English references with one figure
perturbed (a digit changed, a magnitude word swapped, the decimal separator
moved, a percentage altered, a year altered) that get at least one flag.

Sets (``--data``): ``flores`` (FLORES-200 devtest) and ``newstest2012`` are the tuning sets (their
false alarms may be listed and read); ``newstest2013`` is the report set, measured once: its
individual failures are never printed. Pairs in GENUINE_FIGURE_CHANGES (checked by hand: the
translator really changed a figure) are not counted as false alarms.

Usage: python scripts/eval_facts.py [--data flores|newstest2012|newstest2013] [--fra PATH --eng PATH]
       [--seed 0] [--show N]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from summarizer.facts import check

ROOT = Path(__file__).resolve().parents[1]
# ../shared/data beside the checkout (a worktree one level deeper looks one level up too).
DATA = next(
    (p / "shared" / "data" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "data").is_dir()), ROOT
)
SETS = {
    "flores": (DATA / "flores200" / "devtest.fra", DATA / "flores200" / "devtest.eng"),
    "newstest2012": (DATA / "wmt/newstest2012/newstest2012.fr", DATA / "wmt/newstest2012/newstest2012.en"),
    "newstest2013": (DATA / "wmt/newstest2013/newstest2013.fr", DATA / "wmt/newstest2013/newstest2013.en"),
}
REPORT_SETS = {"newstest2013"}  # measured once; failures never printed
NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    "thousand|million|billion|trillion|dozen|half|twice"
)
FIGURE = re.compile(rf"\d|\b(?:{NUMBER_WORDS})\b", re.I)
# A figure written with digits; identifiers glued to letters (A320, H5N1, COVID-19, 3D) are not figures.
TOKEN = re.compile(
    r"(?<![\w.,])(?<![A-Z]-)(?P<num>\d+(?:[.,]\d+)*)(?P<suf>s|st|nd|rd|th|bn|m|k|km|mm|cm|kg|mph|am|pm)?(?![\w]|[.,]\d)"
)
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
PERCENT = re.compile(r"^\s?(?:%|percent|per cent)")
MAGNITUDE = re.compile(
    rf"(?:\d ?|\b(?:{NUMBER_WORDS}) )(?P<w>thousand|million|billion|trillion)\b|\d(?P<a>bn|m|k)\b(?!\.)",
    re.I,
)
SWAPS = {
    "thousand": ["million"],
    "million": ["billion", "thousand"],
    "billion": ["million", "trillion"],
    "trillion": ["billion"],
    "bn": ["m"],
    "m": ["bn"],
    "k": ["m"],
}

Perturbation = tuple[str, int, int]  # new text, start and end of the changed span

# Pairs whose English side really changes a figure (each read by hand): not counted as false alarms.
# Only tuning sets are listed; the report set is never read pair by pair.
GENUINE_FIGURE_CHANGES: dict[str, dict[int, str]] = {
    "flores": {
        405: "the English gives '24½ inches' where the French has '24 pouces'",
        765: "the English gives '25 yards' where the French has '25 mètres' (a unit changed, the number kept)",
    },
    "newstest2012": {
        50: "the English adds '1-year' bonds",
        87: "school grades of another system: '4th to 8th grades' for 'de sixième à la troisième'",
        129: "the English adds 'two outfits'",
        445: "the English adds the score '5:3'",
        479: "the English adds the score '5:2'",
        494: "'4.5 million' where the French has '4 millions'",
        504: "the English adds the year 2000",
        582: "'six months' where the French has 'un an et demi'",
        727: "the English adds the year 1958",
        835: "the English adds 'the two countries'",
        1083: "the English adds the year of 'Euro 2012'",
        1127: "the English adds the driver's age (25)",
        1477: "the English adds '12-pack'",
        1652: "'5,000 things' where the French has 'des milliers'",
        1743: "'800m' (million) where the French has '800 000'",
        1751: "'$600 billion' where the French has '600 dollars'",
        1866: "'835.582 hectares' where the French has '582 millions 835 hectares'",
        1880: "'17.280.000 pesos' where the French has '17,280 billions'",
        1882: "'3 billion' / '2.600 million' where the French has '3 billions' / '2,600 billions' (10^12)",
        2001: "'1.8 billion' where the French has '1,9 billions'",
        2015: "'127' where the French has '120'",
        2112: "the English adds 'these two songs'",
        2150: "'between 2000 and 2004' where the French has '2004-2004'",
        2222: "'72 days' where the French has '72 ans'",
        2227: "'a half million' where the French has 'un million et demi'",
        2529: "'86%' where the French has '68,6%'",
        2627: "'2102' where the French has 2012",
        2646: "'5.000 million yen' where the French has '5.000 milliards de yens' (a thousand times more)",
        2922: "'25%' where the French has '26%'",
        2946: "'85%' where the French has '53%'",
    },
}


def tokens(text: str) -> list[re.Match[str]]:
    """Digit figures of an English text that a perturbation may change."""
    return [m for m in TOKEN.finditer(text) if not re.match(r"[A-Za-z]", text[m.end() : m.end() + 1])]


def is_year(m: re.Match[str]) -> bool:
    num = m.group("num")
    return num.isdigit() and len(num) == 4 and 1000 <= int(num) <= 2100 and m.group("suf") in (None, "s")


def is_time_or_date(text: str, m: re.Match[str]) -> bool:
    before, after = text[max(0, m.start() - 12) : m.start()], text[m.end() : m.end() + 10]
    return bool(
        re.search(rf"{MONTH}\s+$|:$", before)
        or re.match(rf"\s*(?:{MONTH}|:|\s?[ap]\.?m\b|\s?GMT|\s?UTC)", after)
        or m.group("suf") in ("am", "pm")
    )


def replace(text: str, a: int, b: int, new: str) -> Perturbation:
    return text[:a] + new + text[b:], a, a + len(new)


def perturb_digit(text: str, rng: random.Random) -> Perturbation | None:
    cands = tokens(text)
    if not cands:
        return None
    m = rng.choice(cands)
    positions = [i for i, c in enumerate(m.group("num")) if c.isdigit()]
    i = rng.choice(positions)
    old = m.group("num")[i]
    choices = [d for d in "0123456789" if d != old and not (i == 0 and d == "0" and len(positions) > 1)]
    a = m.start("num") + i
    return replace(text, a, a + 1, rng.choice(choices))


def perturb_magnitude(text: str, rng: random.Random) -> Perturbation | None:
    cands = list(MAGNITUDE.finditer(text))
    if not cands:
        return None
    m = rng.choice(cands)
    group = "w" if m.group("w") else "a"
    return replace(text, m.start(group), m.end(group), rng.choice(SWAPS[m.group(group).lower()]))


def shift_decimal(num: str, direction: int) -> str:
    """Move the decimal separator of an English-formatted number one place."""
    grouped = "," in num
    digits = num.replace(",", "")
    whole, _, frac = digits.partition(".")
    allnum, point = whole + frac, len(whole) + direction
    if point <= 0:
        allnum, point = "0" * (1 - point) + allnum, 1
    if point > len(allnum):
        allnum += "0" * (point - len(allnum))
    whole, frac = allnum[:point].lstrip("0") or "0", allnum[point:]
    if "." not in digits:
        frac = frac.rstrip("0")
    if grouped and len(whole) > 3:
        whole = f"{int(whole):,}"
    return whole + ("." + frac if frac else "")


def perturb_decimal(text: str, rng: random.Random) -> Perturbation | None:
    cands = [
        m
        for m in tokens(text)
        if not is_year(m) and not is_time_or_date(text, m) and m.group("suf") not in ("st", "nd", "rd", "th", "s")
    ]
    if not cands:
        return None
    m = rng.choice(cands)
    num = m.group("num")
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?", num) is None:
        return None
    new = shift_decimal(num, rng.choice([-1, 1]))
    return None if new == num else replace(text, m.start("num"), m.end("num"), new)


def perturb_percentage(text: str, rng: random.Random) -> Perturbation | None:
    cands = [m for m in tokens(text) if PERCENT.match(text[m.end() :]) and re.fullmatch(r"\d+(\.\d+)?", m.group())]
    if not cands:
        return None
    m = rng.choice(cands)
    num = m.group("num")
    decimals = len(num.partition(".")[2])
    unit = 10.0**-decimals
    value = float(num)
    deltas = [k * unit for k in (-5, -3, -2, -1, 1, 2, 3, 5, 10) if value + k * unit >= 0]
    new = f"{value + rng.choice(deltas):.{decimals}f}"
    return replace(text, m.start("num"), m.end("num"), new)


def perturb_year(text: str, rng: random.Random) -> Perturbation | None:
    cands = [m for m in tokens(text) if is_year(m)]
    if not cands:
        return None
    m = rng.choice(cands)
    delta = rng.choice([d for d in range(-10, 11) if d])
    return replace(text, m.start("num"), m.end("num"), str(int(m.group("num")) + delta))


PERTURBATIONS: dict[str, Callable[[str, random.Random], Perturbation | None]] = {
    "digit": perturb_digit,
    "magnitude": perturb_magnitude,
    "decimal": perturb_decimal,
    "percentage": perturb_percentage,
    "year": perturb_year,
}


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the figures (plain lines, then one JSON line)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", choices=sorted(SETS), default="flores", help="which aligned set to read")
    parser.add_argument("--fra", type=Path, help="French side (overrides --data)")
    parser.add_argument("--eng", type=Path, help="English side (overrides --data)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=20, help="false alarms to list (never on a report set)")
    args = parser.parse_args(argv)
    fra_path, eng_path = args.fra or SETS[args.data][0], args.eng or SETS[args.data][1]
    for path in (fra_path, eng_path):
        if not path.is_file():
            parser.error(f"no such file: {path}")
    report = args.data in REPORT_SETS and args.fra is None
    genuine_lines = {} if args.fra else GENUINE_FIGURE_CHANGES.get(args.data, {})

    fra = fra_path.read_text(encoding="utf-8").splitlines()
    eng = eng_path.read_text(encoding="utf-8").splitlines()
    if len(fra) != len(eng):
        parser.error(f"{fra_path} and {eng_path} are not aligned ({len(fra)} vs {len(eng)} lines)")
    rng = random.Random(args.seed)
    started = time.perf_counter()
    checked_pairs, check_seconds = 0, 0.0

    with_figure = flagged = flagged_other = converted = genuine = 0
    alarms = []
    total, hits, strict = Counter(), Counter(), Counter()
    misses = []
    for line, (src, ref) in enumerate(zip(fra, eng, strict=True), 1):
        t0 = time.perf_counter()
        flags = check(src, ref, "fr", "en")
        check_seconds += time.perf_counter() - t0
        checked_pairs += 1
        converted += any(f.code == "unit_conversion" for f in flags)
        flags = [f for f in flags if f.code != "unit_conversion"]  # the translator's conversions: real changes
        if not FIGURE.search(ref):
            flagged_other += bool(flags)  # a figure the FIGURE pattern does not know, e.g. "a quarter"
            continue
        with_figure += 1
        if flags and line in genuine_lines:
            genuine += 1
        elif flags:
            flagged += 1
            alarms.append((line, src, ref, flags))
        for name, make in PERTURBATIONS.items():
            result = make(ref, rng)
            if result is None or result[0] == ref:
                continue
            text, a, b = result
            total[name] += 1
            got = check(src, text, "fr", "en")
            hits[name] += bool(got)
            strict[name] += any(f.start < b and f.end > a for f in got)
            if not got:
                misses.append((line, name, src, text))

    elapsed = time.perf_counter() - started
    n_pert, n_hit, n_strict = sum(total.values()), sum(hits.values()), sum(strict.values())
    counted = with_figure - genuine
    fa_rate = flagged / counted if counted else 0.0
    ms_per_pair = 1000 * check_seconds / checked_pairs if checked_pairs else 0.0
    det_rate = n_hit / n_pert if n_pert else 0.0
    print(f"set: {args.data if args.fra is None else fra_path}")
    print(f"pairs: {len(fra)}; English side with a figure: {with_figure}")
    print(f"genuine translator changes (hand-checked, not counted): {genuine}")
    print(f"false alarms: {flagged}/{counted} = {fa_rate:.2%} (pairs without a figure flagged: {flagged_other})")
    print(f"unit conversions by the translator, flagged by design and not counted: {converted} pair(s)")
    print(f"detection: {n_hit}/{n_pert} = {det_rate:.2%} (flag on the changed figure: {n_strict}/{n_pert})")
    for name in PERTURBATIONS:
        if total[name]:
            print(f"  {name:<11} {hits[name]}/{total[name]} = {hits[name] / total[name]:.2%}")
    print(f"time: {elapsed:.2f}s; guard {ms_per_pair:.2f} ms per pair (reference check)")
    if report:
        args.show = 0  # a report set: figures only, its individual failures stay unread
    for line, src, ref, flags in alarms[: args.show]:
        print(f"\n[false alarm] line {line}\n  source: {src}\n  output: {ref}")
        for f in flags:
            print(f"  flag: {f.text!r} ({f.kind}) - {f.reason}")
    for line, name, src, text in misses[: args.show]:
        print(f"\n[missed {name}] line {line}\n  source: {src}\n  output: {text}")
    summary = {
        "pairs": len(fra),
        "data": args.data if args.fra is None else str(fra_path),
        "pairs_with_figure": with_figure,
        "genuine_changes": genuine,
        "false_alarms": flagged,
        "false_alarm_rate": round(fa_rate, 4),
        "flagged_without_figure": flagged_other,
        "unit_conversions": converted,
        "perturbed": n_pert,
        "detected": n_hit,
        "detection_rate": round(det_rate, 4),
        "detected_on_changed_figure": n_strict,
        "per_type": {k: {"perturbed": total[k], "detected": hits[k]} for k in PERTURBATIONS if total[k]},
        "seed": args.seed,
        "seconds": round(elapsed, 2),
        "ms_per_pair": round(ms_per_pair, 3),
    }
    print("\n" + json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
