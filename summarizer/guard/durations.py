"""Durations: a unit of time after a figure ("18 mois", "trois décennies") and a count with its
unit ("quinze jours", "un an", "a fortnight"), read by one parser for the judge's support entries
(a duration in another unit: "un an" is twelve months) and for the durations a rendering replaces
("a month" for "quinze jours")."""

from __future__ import annotations

import re
from typing import NamedTuple

from summarizer.guard.lexicon import EN_WORDS, FR_WORDS
from summarizer.guard.patterns import alternation

# The unit after a figure, by group: what one of it is in the other units.
UNIT = re.compile(
    r"[\s-]*(?:(?P<months>(?:[^\W\d_]+\s+)?(?:mois|months?))|(?P<years>ans?|années?|years?)"
    r"|(?P<decades>d[ée]cennies?|decades?)|(?P<centuries>siècles?|century|centuries)|(?P<hours>heures?|hours?)"
    r"|(?P<minutes>minutes?|min)|(?P<days>jours?|journées?|days?)|(?P<weeks>semaines?|weeks?))\b"
)
FACTORS = {"months": (1 / 12,), "years": (12,), "decades": (10,), "centuries": (100,), "hours": (60, 1 / 24),
           "minutes": (1 / 60,), "days": (24, 1 / 7), "weeks": (7,)}  # fmt: skip
# A duration in another unit: "un mois" is four weeks or 30 days, "eight weeks" two months (read only before that unit).
WEEKS = re.compile(r"[\s-]*(?:de\s+|of\s+)?(?:semaines?|weeks?)\b", re.I)
DAYS = re.compile(r"[\s-]*(?:de\s+|of\s+)?(?:jours?|journées?|days?)\b", re.I)
MONTHS = re.compile(r"[\s-]*(?:de\s+|of\s+)?(?:mois|months?)\b", re.I)
IN_UNITS = {"months": ((4.0, WEEKS), (30.0, DAYS)), "weeks": ((0.25, MONTHS),), "days": ((1 / 30, MONTHS),)}
IN_DAYS = {"minutes": 1 / 1440, "hours": 1 / 24, "days": 1, "weeks": 7, "months": 30, "years": 365}

ARTICLES = {"a", "an", "un", "une"}
_COUNTS = {w: int(v) for w, v in (FR_WORDS | EN_WORDS).items() if 1 <= v <= 100 and v == int(v)}
_COUNT = re.compile(rf"(?<![\w-])(?P<n>\d{{1,3}}|{alternation(_COUNTS)})(?=\s)", re.I)
_FORTNIGHT = re.compile(r"(?<![\w-])(?:(?:a\s+)?fortnight|une\s+quinzaine\s+de\s+jours)(?![\w-])", re.I)
# "un semestre", "a semester": six months; "un trimestre": three months (a period of the year, as a duration)
# "half an hour", "une demi-heure", "a quarter of an hour", "un quart d'heure": minutes as a share of an hour
_PART_HOUR = re.compile(
    r"(?<![\w-])(?:(?P<half>(?:a\s+)?half(?:\s+an|[\s-])\s*hour|une\s+demi-heure)"
    r"|(?P<quarter>(?:a\s+)?quarter\s+of\s+an\s+hour|un\s+quart\s+d'heure))(?![\w-])",
    re.I,
)
# "every week", "chaque mois": a frequency, one of that unit ("every week" is no rendering of "tous les quinze jours")
_EVERY = re.compile(
    r"(?<![\w-])(?:every|each|chaque)\s+(?P<u>days?|weeks?|months?|years?|jours?|semaines?|mois|ans?|années?)(?![\w-])",
    re.I,
)
_TERM = re.compile(r"(?<![\w-])(?:une?|a|one)\s+(?P<w>semestre|semester|trimestre)(?![\w-])", re.I)
# The unit word right after the count ("jours", "week" of "week-long": a compound)
_UNIT_WORD = re.compile(
    r"\s+((?i:ans?|années?|mois|semaines?|jours?|journées?|siècles?|d[ée]cennies?|heures?|minutes?|min|years?|months?"
    r"|weeks?|days?|hours?|centur(?:y|ies)|decades?))(?![\w])(-)?"
)
_HALF = re.compile(r"\s+(?:and\s+a\s+half|et\s+demie?)\b", re.I)
_GATE = re.compile(
    r"(?i)jour|day|semaine|week|mois|month|\ban|year|fortnight|heure|hour|minute|siècle|centur|d[ée]cenn|decade|mest"
)


class Duration(NamedTuple):
    """A count and its unit: "quinze jours" (15, "days"), "un an et demi" (1.5, "years", article)."""

    start: int
    end: int
    count: float
    unit: str  # a group of UNIT: "days", "weeks", "months", "years", "hours"...
    article: bool  # "a year", "une semaine", "one week": one of the unit, written without a figure
    half: bool  # "un an et demi", "two years and a half": count includes the half
    compound: bool  # "a week-long tour", "an hour-long special": the unit in a hyphenated word


def unit_after(text: str) -> str | None:
    """The unit of time that ``text`` starts with (after a figure), as a group of UNIT."""
    m = UNIT.match(text.lower())
    return m.lastgroup if m else None


def durations(text: str) -> list[Duration]:
    """Every count followed directly by a unit of time, "a fortnight" (14.5 days: 14 or 15), "un semestre" (six
    months) and "half an hour" (30 minutes)."""
    if not _GATE.search(text):
        return []
    out = [Duration(m.start(), m.end(), 14.5, "days", True, False, False) for m in _FORTNIGHT.finditer(text)]
    out += [Duration(m.start(), m.end(), 3.0 if m["w"].lower() == "trimestre" else 6.0, "months", True, False, False)
            for m in _TERM.finditer(text)]  # fmt: skip
    out += [Duration(m.start(), m.end(), 30.0 if m["half"] else 15.0, "minutes", True, False, False)
            for m in _PART_HOUR.finditer(text)]  # fmt: skip
    out += [Duration(m.start(), m.end(), 1.0, unit, True, False, False)
            for m in _EVERY.finditer(text) if (unit := unit_after(" " + m["u"]))]  # fmt: skip
    for m in _COUNT.finditer(text):
        unit = _UNIT_WORD.match(text, m.end())
        group = unit_after(" " + unit.group(1)) if unit else None
        if not unit or not group:
            continue
        n = m.group("n").lower()
        half = _HALF.match(text, unit.end(1))
        count = (int(n) if n.isdigit() else _COUNTS[n]) + 0.5 * bool(half)
        end = unit.end(1)
        if group == "hours" and not half and (minutes := _minutes_after(text, end)):  # "une heure trente": 1.5
            count, end = count + minutes[0] / 60, minutes[1]
        article, compound = n in ARTICLES | {"one"}, bool(unit.group(2))
        out.append(Duration(m.start(), end, count, group, article, bool(half), compound))
    return sorted(out)


_MINUTES = re.compile(
    r"\s+(?:et\s+|and\s+)?(?P<mi>[0-5]\d|[^\W\d_]+(?:-[^\W\d_]+)?)(?:\s+(?:minutes?|min|mn))?(?![\w-])"
)


def _minutes_after(text: str, end: int) -> tuple[int, int] | None:
    """The minutes written after a count of hours ("une heure trente", "two hours forty-five"): (minutes, end)."""
    m = _MINUTES.match(text, end)
    if not m:
        return None
    raw = m.group("mi").lower()
    parts = [raw] if raw.isdigit() else raw.split("-")
    if not all(p.isdigit() or p in _COUNTS for p in parts):
        return None
    minutes = sum(int(p) if p.isdigit() else _COUNTS[p] for p in parts)
    return (minutes, m.end()) if 0 < minutes < 60 else None


def _one_of(d: Duration, text: str) -> bool:
    """An article before a single unit ("un an", "a week"), not a clock time ("une heure") nor "un an et demi"."""
    word = text[d.start : d.end].split()
    return d.count == 1 and word[0].lower() in ARTICLES and not re.fullmatch(r"(?i)heures?", word[-1])


def single_units(text: str) -> list[Duration]:
    """'un an', 'une semaine', 'a year', 'an hour': one of that unit (not the digit 1)."""
    return [d for d in durations(text) if _one_of(d, text)]


def changed_durations(source: str, output: str) -> list[tuple[int, int, str]]:
    """Support-only durations of the output ("a month", "a fortnight") that replace a duration of the
    source of another length ("quinze jours"): (start, end, source text). Lengths within 15% are one."""
    src, out = _in_days(source), _in_days(output)
    found = []
    for start, end, days, vague in out:
        if vague and _RATE.search(output[max(0, start - 25) : start]) and not _SPAN.search(output, 0, start):
            continue  # "3,000 euros a month", "twice a day": a rate, not a duration ("9% in a year" is one)
        if vague and re.search(
            r"(?i)(?:half|quarters?|thirds?|moitié|demie?|quarts?|tiers)(?:\s+of)?\s+$", output[:start]
        ):
            continue  # "half a year": a fraction of the unit, read elsewhere
        if not vague or any(abs(days - d) <= 0.15 * max(days, d) for _, _, d, _ in src):
            continue
        lost = [s for s in src if not any(abs(s[2] - d) <= 0.15 * max(s[2], d) for _, _, d, _ in out)]
        if lost:
            found.append((start, end, source[lost[0][0] : lost[0][1]]))
    return found


_SPAN = re.compile(r"\b(?:in|within|over|for|after|takes?|took|lasts?|lasted|en|pendant|durant|après)\s+$", re.I)
_RATE = re.compile(r"(?:\d|\b(?:once|twice|times|fois|euros?|dollars?|pounds?|livres?))\S*\s+(?:\S+\s+)?$", re.I)


def _in_days(text: str) -> list[tuple[int, int, float, bool]]:
    """(start, end, days, support-only) for each duration in days, weeks, months or years."""
    out: list[tuple[int, int, float, bool]] = []
    for d in durations(text):  # read left to right, a duration never overlapping the one before
        if d.unit in IN_DAYS and not d.compound and (not out or d.start >= out[-1][1]):
            out.append((d.start, d.end, d.count * IN_DAYS[d.unit], d.article))
    return out
