"""How often: a frequency the output states without a figure ("monthly", "every week", "every other week") against
the frequencies the source states ("une fois par trimestre", "tous les trimestres", "une semaine sur deux").

A frequency is compared as its period in days. The output's is flagged only where the source states a frequency
itself (a rendering may add "a year" the source leaves implicit) and none of the source's periods, nor the
periods of its rates ("par mois") and frequency adjectives ("mensuel"), is within a tenth of it: "every two
weeks" renders *tous les quinze jours*.
"""

from __future__ import annotations

import re

from summarizer.guard.lexicon import EN_WORDS, FR_WORDS

_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14,
         "month": 30, "quarter": 91, "year": 365}  # fmt: skip
_FR_UNIT = {"secondes?": "second", "minutes?": "minute", "heures?": "hour", "jours?": "day", "semaines?": "week",
            "quinzaines?": "fortnight", "mois": "month", "trimestres?": "quarter", "ans?|années?": "year"}  # fmt: skip
_EN_UNIT = {"seconds?": "second", "minutes?": "minute", "hours?": "hour", "days?": "day", "weeks?": "week",
            "fortnights?": "fortnight", "months?": "month", "quarters?": "quarter", "years?": "year"}  # fmt: skip
_FR_ADJ = {"quotidien": 1, "journalier": 1, "hebdomadaire": 7, "bimensuel": 14, "mensuel": 30, "bimestriel": 61,
           "trimestriel": 91, "semestriel": 182, "annuel": 365, "biennal": 730, "bisannuel": 730}  # fmt: skip
_EN_ADV = {"daily": 1, "weekly": 7, "fortnightly": 14, "biweekly": 14, "monthly": 30, "quarterly": 91,
           "annually": 365, "yearly": 365, "half-yearly": 182, "biannually": 182}  # fmt: skip
_SEMESTRE = re.compile(r"(?i)\bsemestres?\b")


def _alt(table: dict[str, str]) -> str:
    return "|".join(f"(?:{k})" for k in table)


_NUM = r"(?:\d+|[^\W\d_]+)"
# "une fois par mois", "tous les quatre ans", "toutes les 20 minutes", "chaque trimestre", "une semaine sur deux"
_FR_FREQ = re.compile(
    rf"(?i)\b(?:une\s+fois\s+(?:par|tous\s+les|toutes\s+les)\s+(?P<n1>{_NUM}\s+)?(?P<u1>{_alt(_FR_UNIT)})"
    rf"|(?:tou(?:te)?s\s+les|chaque)\s+(?P<n2>{_NUM}\s+)?(?P<u2>{_alt(_FR_UNIT)}|semestres?)"
    rf"|une?\s+(?P<u3>{_alt(_FR_UNIT)})\s+sur\s+(?P<n3>deux|trois|quatre))\b"
)
_FR_RATE = re.compile(rf"(?i)\b(?:par|l')\s*(?P<u>{_alt(_FR_UNIT)})\b")
_FR_ADJ_RE = re.compile(rf"(?i)\b(?P<a>{'|'.join(_FR_ADJ)})(?:le)?s?(?:lement)?\b")
# "monthly", "every week", "every other week", "every 20 minutes", "each quarter"
_ADVERBS = "|".join(sorted(_EN_ADV, key=len, reverse=True))  # "half-yearly" before "yearly"
_EN_FREQ = re.compile(
    rf"(?i)(?<![\w-])(?:(?P<adv>{_ADVERBS})|(?:every|each)\s+(?P<other>other\s+)?(?P<n>{_NUM}\s+)?"
    rf"(?P<u>{_alt(_EN_UNIT)}))\b(?!\s+of\b)"  # not "every quarter of an hour"
)


def _unit(word: str, table: dict[str, str]) -> str:
    return next(v for k, v in table.items() if re.fullmatch(k, word, re.I))


def _count(word: str | None, words: dict[str, int]) -> float | None:
    """The count before a unit ("quatre ans": 4), 1 when there is none, None when the word is not a number."""
    if not word:
        return 1.0
    word = word.strip().lower()
    return float(word) if word.isdigit() else words.get(word)


def _source_periods(source: str) -> tuple[bool, list[float]]:
    """Whether ``source`` states a frequency, and every period (in days) it gives one or a rate."""
    stated, periods = False, []
    for m in _FR_FREQ.finditer(source):
        unit, n = m.group("u1") or m.group("u2") or m.group("u3"), m.group("n1") or m.group("n2") or m.group("n3")
        count = _count(n, FR_WORDS)
        days = 182.0 if _SEMESTRE.fullmatch(unit) else _DAYS[_unit(unit, _FR_UNIT)]
        if count is not None:
            stated = True
            periods.append(count * days)
    periods += [_DAYS[_unit(m.group("u"), _FR_UNIT)] for m in _FR_RATE.finditer(source)]
    adjectives = [float(_FR_ADJ[m.group("a").lower()]) for m in _FR_ADJ_RE.finditer(source)]
    return stated or bool(adjectives), periods + adjectives + [60.0 for _ in re.finditer(r"(?i)\bbimensuel", source)]


def changed_frequencies(source: str, output: str) -> list[tuple[int, int]]:
    """Spans of the frequencies of ``output`` whose period none the source states or gives a rate for has, where
    the source states one."""
    if not _EN_FREQ.search(output):
        return []
    stated, periods = _source_periods(source)
    if not stated:
        return []
    found = []
    for m in _EN_FREQ.finditer(output):
        if m.group("adv"):
            days = float(_EN_ADV[m.group("adv").lower()])
        else:
            count = _count(m.group("n"), EN_WORDS)
            if count is None:
                continue  # "every single week", "each such day"
            days = count * (2 if m.group("other") else 1) * _DAYS[_unit(m.group("u"), _EN_UNIT)]
        if not any(abs(days - p) <= 0.1 * p for p in periods):
            found.append(m.span())
    return found
