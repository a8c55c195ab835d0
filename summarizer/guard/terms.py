"""Figures stated in other terms: fractions with a slash ("3/4", "5 1/2"), ratios ("un Français
sur trois", "one in four"), age nouns ("octogénaire", "a quadragenarian", "un trentenaire", "un
quadra") and the world wars by number.

Each finder yields spans ``(start, end, kind, value, extra)`` over a prepared text, like
:mod:`summarizer.guard.business`; ``extra`` holds Fact fields (unit, parts, alts, checked).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.guard.dates import DateValue
from summarizer.guard.lexicon import EN_WORDS, FR_DAYS, FR_WORDS, ORDINAL_WORDS
from summarizer.guard.patterns import SLASH_FRACTION

Span = tuple[int, int, str, float, dict]

# "un Français sur trois", "deux sur cinq", "one in four", "one voter in three", "1 out of 10".
_NUM = r"(?:\d{1,3}|[^\W\d_]+)"
RATIO = re.compile(
    rf"(?<![\w.,])(?P<a>{_NUM})\s+(?:(?:[^\W\d_]+\s+){{0,3}}?(?P<fr>sur)|(?P<en>in|out\s+of)"
    rf"|(?:[^\W\d_]+\s+){{1,3}}?(?P<en2>in|out\s+of))\s+(?P<b>{_NUM})(?![\w]|[.,]\d)",
    re.I,
)
_WORDS = sorted((w for w in {*FR_WORDS, *EN_WORDS} if len(w) > 2), key=len, reverse=True)
_RATIO_GATE = re.compile(rf"(?i)\b(?:sur|in|of)\s+(?:\d|(?:{'|'.join(_WORDS)})\b)")
# Age nouns: the Latin distributive numerals ("quadragénaire", "octogenarian"), "trentenaire",
# and the short French forms ("un quadra", "les quinquas").
AGE_NOUN = re.compile(
    r"(?<![\w])(?:(?P<p>tri|quadra|quinqua|sexa|septua|octo|nona)g[ée]nai?r(?:e|ian)s?"
    r"|(?P<t>trenten|centen)(?:aires?|arians?)|(?P<s>quadra|quinqua|sexa)s?)(?![\w])",
    re.I,
)
AGE_PREFIX = {"tri": 30, "trenten": 30, "centen": 100, "quadra": 40, "quinqua": 50, "sexa": 60, "septua": 70,
              "octo": 80, "nona": 90}  # fmt: skip
# The world wars by their number: "World War II", "WWI", "the First World War", "la Seconde Guerre mondiale",
# "la Grande Guerre", "la guerre de 14-18" (ordinal 1 or 2; the years of a span are kept as parts).
WAR = re.compile(
    r"(?<![\w-])(?:World\s+War\s+(?P<r>II|I|One|Two|[12])|WW\s?(?P<r2>II|I|[12])"
    r"|(?P<o>First|Second|Premi[èe]re|Seconde|Deuxi[èe]me|1re|1ère|2e|2nde|2ème|Ire|IIe)\s+"
    r"(?:World\s+War|Guerre\s+mondiale)"
    r"|(?P<great>Grande\s+Guerre|Great\s+War)"
    r"|guerre\s+de\s+(?P<y1>(?:19)?(?:14|39))\s?-\s?(?P<y2>(?:19)?(?:18|45)))(?![\w])",
    re.I,
)
_FIRST = {"i", "one", "1", "first", "première", "premiere", "1re", "1ère", "ire"}


def _count(word: str, lang: str) -> int:
    w = word.lower()
    if w.isdigit():
        return int(w)
    table = FR_WORDS if lang == "fr" else EN_WORDS if lang == "en" else FR_WORDS | EN_WORDS
    value = table.get(w, 0)
    return int(value) if value == int(value) else 0


def ratios(text: str, lang: str) -> Iterator[Span]:
    """'a in b': value a/b, a rounded share ('un sur trois' for 33% or 35%; 'one in four' is no third)."""
    if not _RATIO_GATE.search(text):
        return
    pos = 0
    while m := RATIO.search(text, pos):
        pos = m.end()
        if not _count(m.group("a"), lang):  # "Il a une chance sur deux": the ratio starts at "une"
            pos = m.end("a")
            continue
        if m.group("en2") and m.group("a").lower() not in ("one", "1"):
            continue  # "one voter in three"; "five people in 20 minutes" is no ratio
        if (m.group("fr") and lang == "en") or ((m.group("en") or m.group("en2")) and lang == "fr"):
            continue
        between = re.findall(r"[^\W\d_]+", m.group()[len(m.group("a")) : m.start("b") - m.start()].lower())
        if any(w in ORDINAL_WORDS or _count(w, lang) for w in between):
            continue  # "une onzième saison étalée sur deux ans": no ratio
        a, b = _count(m.group("a"), lang), _count(m.group("b"), lang)
        if 0 < a < b <= 100 and (b <= 20 or b % 10 == 0):
            alts = ((float(b), 1.0),) if a == 1 else ()  # "one in ten": also a ten; "six in ten" is no ten
            # "7 sur 10": 73% to a tenth; "one in five" rounds a share within a fifth of 1/5 (16% to 24%, not 10 %)
            step = 1 / b if a > 1 or b < 3 else 0.4 / b
            extra = {"alts": alts, "parts": (float(a), float(b)), "step": step}
            yield m.start(), m.end(), "number", a / b, extra


def ages(text: str) -> Iterator[Span]:
    """'octogénaire', 'un quadra', 'trentenaire', 'centenarian': an age in that decade (its ten years as readings)."""
    low = text.lower()
    for m in AGE_NOUN.finditer(text) if "na" in low or "qua" in low or "sexa" in low or "centen" in low else ():
        v = AGE_PREFIX[(m.group("p") or m.group("t") or m.group("s")).lower()]
        if v == 100:  # "centenaire" is also a centenary ("le centenaire de"): support only, ages when no "of" follows
            of = re.match(r"\s+(?:d[eu]s?\b|d'|of\b)", text[m.end() : m.end() + 5])
            yield m.start(), m.end(), "number", 100.0, {"checked": False, "alts": () if of else _years(v)}
            continue
        yield m.start(), m.end(), "number", float(v), {"alts": _years(v)}


def _years(v: int) -> tuple[tuple[float, float], ...]:
    return tuple((float(x), 1.0) for x in range(v + 1, v + 10))


def wars(text: str) -> Iterator[Span]:
    """The world wars: value = their number (1 or 2), as an ordinal; the years of "la guerre de 39-45" as parts."""
    low = text.lower()
    for m in WAR.finditer(text) if "guerre" in low or "war" in low or "ww" in low else ():
        word = (m.group("r") or m.group("r2") or m.group("o") or "").lower()
        value = 1.0 if word in _FIRST or m.group("great") else 2.0
        extra: dict = {}
        if m.group("y1"):
            value = 1.0 if m.group("y1").endswith("14") else 2.0
            extra["parts"] = tuple(float(y if len(y) == 4 else "19" + y) for y in (m.group("y1"), m.group("y2")))
        yield m.start(), m.end(), "ordinal", value, extra


def fractions(text: str) -> Iterator[Span]:
    """'1/3', '3/4', '5 1/2' (a whole part first; the fraction alone if that span is taken)."""
    for m in SLASH_FRACTION.finditer(text):
        num, den = int(m.group("a")), int(m.group("b"))
        if not 0 < num < den <= 10:  # "1/0" (a score, a typo) is no fraction
            continue
        extra = {"step": 0.001, "parts": (float(num), float(den))}
        whole = re.search(r"(?<![\w.,])(\d{1,3})[\s-]$", text[max(0, m.start() - 5) : m.start()])
        if whole:
            yield m.start() - len(whole.group()), m.end(), "number", int(whole.group(1)) + num / den, extra
        yield m.start(), m.end(), "number", num / den, extra


# "le 23/03", "du 05.11", "jeudi 12/10": a day and month without a year, after a French article or day name (not
# "3/4", a fraction).
_DAY_NAMES = "".join(rf"|(?<=\b{d}\s)" for d in FR_DAYS)
DAY_MONTH = re.compile(
    rf"(?:(?<=\ble\s)|(?<=\bdu\s)|(?<=\bau\s){_DAY_NAMES})"
    r"(?:(?P<d>[0-3]?\d)/(?P<m>[01]?\d)|(?P<d2>[0-3]\d)\.(?P<m2>[01]\d))(?![\d/]|[.,]\d)"
)


def day_months(text: str) -> Iterator[Span]:
    """'le 23/03': the 23rd of March, of no year."""
    for m in DAY_MONTH.finditer(text) if "/" in text or "." in text else ():
        day, month = int(m.group("d") or m.group("d2")), int(m.group("m") or m.group("m2"))
        if 1 <= day <= 31 and 1 <= month <= 12:
            yield m.start(), m.end(), "date", DateValue(None, month, day), {"parts": (float(day), float(month))}


# "une fois par mois", "une fois tous les deux ans": a frequency of one (the English "once" is read as a word).
ONCE_FR = re.compile(r"(?<![\w-])une\s+fois(?=\s+(?:par|tous|toutes|l'an|la\s+semaine|le\s+mois)\b)", re.I)


def once(text: str) -> Iterator[Span]:
    """'une fois par mois': once, a support-only count whose period a rendering must keep ("once a week")."""
    for m in ONCE_FR.finditer(text) if "fois" in text else ():
        yield m.start(), m.end(), "number", 1.0, {"unit": "times", "checked": False}
