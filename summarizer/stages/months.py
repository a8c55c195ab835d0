"""Months named alone in a summary that the whole article never names, dates nor implies.

The guard compares a month with a day or a year as a date; a month alone ("in November", "fin mars")
is compared by :mod:`summarizer.guard.months_alone` with every month of the source, but the guard
does so only for a rendering of the whole source. A summary sentence may take its month from any
article sentence, so here the month must be absent from the whole article: "SoftBank invested in
Mistral AI in November" is flagged when the article names no November, has no date in November and
no time of the year that implies one ("la rentrée": September, "Noël": December, "le quatrième
trimestre": October to December), nor its season ("avant l'été": "before July"; each season with the
months it overlaps). English "May" and "March" count only where they cannot be the verb or a name.
"""

from __future__ import annotations

import re

from summarizer.facts import extract
from summarizer.guard.judge import source_months
from summarizer.guard.months_alone import MONTH_EN, MONTH_FR, changed_months
from summarizer.guard.names import fold

# A season implies the months it overlaps (astronomical seasons: summer from 21 June to 22 September); "été"
# only as the noun ("l'été", "cet été", "en été"), not the participle ("a été").
_SEASONS = {"printemps": (3, 4, 5, 6), "ete": (6, 7, 8, 9), "automne": (9, 10, 11, 12), "hiver": (12, 1, 2, 3),
            "spring": (3, 4, 5, 6), "summer": (6, 7, 8, 9), "autumn": (9, 10, 11, 12), "winter": (12, 1, 2, 3)}  # fmt: skip
_SEASON = re.compile(
    r"\b(?:printemps|automne|hiver|spring|summer|autumn|winter)\b|(?<=\bl )ete\b|\b(?:cet|en|d|mi) ete\b"
)


def season_months(text: str) -> set[int]:
    """The months that the seasons a text names overlap ("avant l'été": June to September)."""
    return {month for m in _SEASON.finditer(fold(text)) for month in _SEASONS[m.group().split()[-1]]}


def unnamed_months(article: str, summary: str, source_language: str, summary_language: str) -> list[tuple[int, int]]:
    """Spans of ``summary``'s months named alone that ``article`` neither names, dates nor implies."""
    if not (MONTH_FR if summary_language == "fr" else MONTH_EN).search(summary):
        return []  # no month: the article's figures need not be read
    src, months = source_months(article, source_language)
    out = extract(summary, summary_language)
    return changed_months(article, summary, months | season_months(article), out, src, summary_language)
