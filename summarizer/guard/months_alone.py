"""Months named alone: a month of the rendering that the source never names ("in October" for
*en novembre*, "since June" for *depuis janvier*).

A month with a day or a year is a date and the judge compares it; a month alone ("in March",
"mid-November", "until May") is compared here with every month the source names, dates or implies ("la rentrée": September). English
month names count when capitalised, and "May" or "March" only where they cannot be the verb or a
name (not at a sentence's start, not after a capitalised word); French month names count in lower
case ("Mars" may be the planet).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.guard.figures import Fact
from summarizer.guard.lexicon import MONTHS, MONTHS_EN, MONTHS_FR
from summarizer.guard.patterns import alternation

_FULL_EN = {k: v for k, v in MONTHS_EN.items() if len(k) > 3 or k == "May"}
_FULL_FR = {k: v for k, v in MONTHS_FR.items() if len(k) > 4 or k in ("mars", "mai", "juin", "août", "aout")}
MONTH_EN = re.compile(rf"(?<![\w])(?:{alternation(_FULL_EN)})(?![\w-])")
MONTH_FR = re.compile(rf"(?<![\w])(?:{alternation(_FULL_FR)})(?![\w-])")
# Times of the year that imply their month: "depuis la rentrée" renders "since September".
_FEASTS = {"rentrée": (9,), "rentree": (9,), "toussaint": (11,), "noël": (12,), "noel": (12,), "sylvestre": (12,),
           "pâques": (3, 4), "paques": (3, 4), "christmas": (12,), "easter": (3, 4), "halloween": (10,)}  # fmt: skip
_PERIOD_MONTHS = {"quarter": 3, "half": 6}  # a quarter or a half of the year: its months
_VERB_LIKE = {"May", "March"}  # also verbs ("May we...", "March on Paris")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"«(]\s*|\n\s*)$")
_PREPOSITIONS = "In|Since|Until|Till|By|From|Last|Next|Early|Late|Mid|This|During|Before|After|Through|End|On"
_MONTH_AFTER = re.compile(rf"\s+(?:{alternation(MONTHS_EN)})\b")  # "June July": two months, not "June Carter"
_CAPITALISED_BEFORE = re.compile(rf"\b(?!(?:{_PREPOSITIONS})\s)[A-Z][\w'-]*\s+$")  # "Theresa May", "Mrs May"


def feast_months(text: str) -> set[int]:
    """The months that a text's times of the year imply ("la rentrée": 9, "Noël": 12)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return {month for w in words for month in _FEASTS.get(w, ())}


def _month_spans(output: str, lang: str) -> Iterable[tuple[int, int, int]]:
    """(start, end, month) of each month name of ``output`` that surely names a month."""
    if lang == "fr":
        for m in MONTH_FR.finditer(output):
            yield m.start(), m.end(), MONTHS[m.group().lower()]
        return
    for m in MONTH_EN.finditer(output):
        word, before = m.group(), output[max(0, m.start() - 40) : m.start()]
        if word in _VERB_LIKE and (_SENTENCE_START.search(before) or _CAPITALISED_BEFORE.search(before)):
            continue
        if re.match(r"\s+[A-Z][a-z]", output[m.end() : m.end() + 3]) and not _MONTH_AFTER.match(output, m.end()):
            continue  # "June Carter", "August Strindberg": a first name
        yield m.start(), m.end(), MONTHS_EN[word]


def changed_months(
    source: str, output: str, named: Iterable[int], out: Iterable[Fact], src: Iterable[Fact], lang: str = "en"
) -> list[tuple[int, int]]:
    """Spans of the month names of ``output`` whose month ``source`` neither names (``named``), dates
    (``src``, its figures) nor implies ("la rentrée": September, "le troisième trimestre": July to September); a month inside a figure of ``out`` (a
    date) is the judge's."""
    src = list(src)
    have = set(named) | {f.date.month for f in src if f.date is not None and f.date.month} | feast_months(source)
    for f in src:  # "troisième trimestre": "the July-September quarter"
        if f.kind == "ordinal" and f.unit in _PERIOD_MONTHS and 1 <= f.number <= 12 // _PERIOD_MONTHS[f.unit]:
            size = _PERIOD_MONTHS[f.unit]
            have |= set(range(int(f.number - 1) * size + 1, int(f.number) * size + 1))
    taken = [(f.start, f.end) for f in out]
    return [
        (a, b)
        for a, b, month in _month_spans(output, (lang or "en")[:2])
        if month not in have and not any(x < b and y > a for x, y in taken)
    ]
