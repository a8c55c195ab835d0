"""Figures written another way: race times and durations with unit marks ("2 h 03 min 59 s",
"2h03'59''", "9''58", "3 min 30 s"), heights ("1m80"), counted fractions ("quatre cinquièmes
des", "two-fifths of"), centenarians and school classes ("CM1": the fourth grade).

Each finder yields spans ``(start, end, kind, value, extra)`` over a prepared text, like
:mod:`summarizer.guard.terms`; ``extra`` holds Fact fields (unit, parts, alts, checked, step).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.guard import restated
from summarizer.guard.lexicon import CUR_WORDS, DAY_PERIODS, EN_WORDS, FR_WORDS, ORDINAL_WORDS
from summarizer.guard.numbers import currency_code
from summarizer.guard.patterns import AMPM, CUR_LINKED, DAY_PERIOD, alternation

Span = tuple[int, int, str, float, dict]

_SEC = r"(?:secondes?|seconds?|secs?|s|''|\")"
_MIN = r"(?:min|mn|')"
# "2 h 03 min 59 s", "2h03'59''", "2 h 03 min 59", "2 hours, 3 minutes and 59 seconds": hours, minutes, seconds.
_HOUR_WORDS = {w: int(v) for w, v in (FR_WORDS | EN_WORDS).items() if 1 <= v <= 23 and v == int(v) and len(w) > 2}
HMS = re.compile(
    rf"(?<![\w.,:])(?P<h>\d{{1,2}}|{alternation(_HOUR_WORDS)})\s?(?:heures?|hours?|hrs?|h)[\s,]*(?:and\s+|et\s+)?"
    r"(?P<mi>[0-5]?\d)\s?(?:minutes?|mins?|min|mn|')[\s,]*(?:and\s+|et\s+)?"
    rf"(?P<s>[0-5]?\d)(?:\s?{_SEC})?(?![\w]|[.,]\d)",
    re.I,
)
# "3 min 30 s", "3'30''", "3'30", "three minutes 28 seconds", "a minute and 20 seconds": minutes and seconds.
_COUNT_WORDS = {w: int(v) for w, v in (FR_WORDS | EN_WORDS).items() if 1 <= v <= 59 and v == int(v) and len(w) > 2}
_COUNT_WORDS |= {"a": 1, "an": 1}
MS = re.compile(
    rf"(?<![\w.,:'])(?:(?P<mi>\d{{1,3}})\s?(?:{_MIN}\s?(?P<s>[0-5]\d|\d(?=\s?{_SEC}))"
    rf"(?:\s?{_SEC}(?:\s?(?P<fs>\d{{1,3}})(?!\s?[.,]?\d))?)?|(?=minute))"
    rf"|(?P<w>{alternation(_COUNT_WORDS)})\s)"
    rf"(?:(?<=[\s\d])minutes?[\s,]+(?:et\s+|and\s+)?(?P<s2>[0-5]?\d)\s?(?:secondes?|seconds?))?(?![\w'\"]|[.,]\d)",
    re.I,
)
# "1 hour 57 minutes", "two hours and 15 minutes", "2 h 30 min": hours and minutes.
HM = re.compile(
    rf"(?<![\w.,:'])(?P<h>\d{{1,2}}|{alternation(_COUNT_WORDS)})\s?(?:heures?|hours?|hrs?|h)[\s,]+(?:and\s+|et\s+)?"
    rf"(?P<mi>[0-5]?\d|{alternation(_COUNT_WORDS)})\s?(?:minutes?|mins?|min|mn)(?![\w'\"])",
    re.I,
)
# "9''58", "9 s 58", "9\"58": seconds and hundredths.
SC = re.compile(
    r"(?<![\w.,:'])(?P<s>\d{1,3})(?:\s?(?:''|\")|\ss|\s(?:secondes?|seconds?))\s?(?P<cs>\d{2})(?![\w'\"]|[.,]\d|\s?%)"
)
# "1m80", "1 m 75": a height in metres and centimetres.
HEIGHT = re.compile(r"(?<![\w.,$€£])(?P<m>\d{1,2})\s?(?:m|mètres?)\s?(?P<cm>\d{2})(?![\w]|[.,]\d|\s?%)")
# "quatre cinquièmes des", "two-fifths of", "3 dixièmes de": a count of a fraction.
_COUNTED = re.compile(
    r"(?<![\w-])(?P<a>\d|[^\W\d_]+)[\s-]+(?P<b>[^\W\d_]+?(?:ièmes|iemes|ths))(?=\s+(?:des?|du|of)\b|\s+d')", re.I
)
_COUNTED_GATE = re.compile(r"(?:ièmes|iemes|ths)(?:\s+(?:des?|du|of)\b|\s+d')")
_MARKS = re.compile(
    r"\d\s?(?:h|min|mn|'|\"|s\s?\d|hours?|heures?|minutes?|secondes?\s\d)|minutes?\s+(?:and\s+)?\d", re.I
)
# "12 centièmes", "3 dixièmes de seconde", "two hundredths of a second": a count of tenths, hundredths, thousandths.
_TENTHS = {"dixièmes": 10, "centièmes": 100, "millièmes": 1000, "tenths": 10, "hundredths": 100, "thousandths": 1000}
TENTHS = re.compile(
    rf"(?<![\w.,-])(?P<n>\d{{1,3}})\s+(?P<d>{alternation(_TENTHS)})(?![\w-])(?!\s+(?:des?|du|d'|of)\s+(?!secondes?|seconds?|a\s+second))",
    re.I,
)
# "à 35 centièmes du vainqueur": a gap to someone, in hundredths of a second, whatever follows
GAP_TENTHS = re.compile(rf"(?<=\bà\s)(?P<n>\d{{1,3}})\s+(?P<d>{alternation(_TENTHS)})(?![\w-])", re.I)
# French school classes as grades: "CM1" is the fourth grade, "classe de troisième" the ninth.
_PRIMARY = {"cp": 1, "ce1": 2, "ce2": 3, "cm1": 4, "cm2": 5}
_SECONDARY = {"6e": 6, "sixième": 6, "5e": 7, "cinquième": 7, "4e": 8, "quatrième": 8, "3e": 9, "troisième": 9,
              "seconde": 10, "2nde": 10, "première": 11, "1re": 11, "terminale": 12}  # fmt: skip
SCHOOL = re.compile(
    r"(?<![\w-])(?P<p>CP|CE1|CE2|CM1|CM2)(?![\w-])"
    r"|(?<![\w-])(?:classes?|élèves?|niveau)\s+(?:de\s+)?(?P<s>6e|5e|4e|3e|2nde|1re|sixième|cinquième"
    r"|quatrième|troisième|seconde|première|terminale)(?![\w-])"
    r"|(?<![\w-])(?:en|de)\s+(?P<t>terminale)(?![\w-])",
    re.I,
)
_SCHOOL_GATE = re.compile(r"C[PEM]\d?\b|classe|élève|niveau|terminale")


def race_times(text: str) -> Iterator[Span]:
    """A duration written with unit marks: value in its largest unit ("2 h 03 min 59 s": 2.066 hours,
    "3'30": 3.5 minutes, "9''58": 9.58 seconds); its numbers as parts; the total in the next unit down."""
    if not _MARKS.search(text):
        return
    for m in HMS.finditer(text):
        h = int(m.group("h")) if m.group("h").isdigit() else _HOUR_WORDS[m.group("h").lower()]
        mi, s = int(m.group("mi")), int(m.group("s"))
        extra = {"parts": (float(h), float(mi), float(s)), "alts": ((h * 60 + mi + s / 60, 1.0),)}  # or in minutes
        yield m.start(), m.end(), "number", h + mi / 60 + s / 3600, extra
    for m in MS.finditer(text):
        if not (m.group("s") or m.group("s2")):
            continue
        mi, s = _count(m.group("mi") or m.group("w")), int(m.group("s") or m.group("s2"))
        fs = m.group("fs") or ""  # "1 min 12 s 909", "1'12''909": thousandths of a lap time
        sec = s + (int(fs) / 10 ** len(fs) if fs else 0)
        extra = {"parts": (float(mi), float(s)), "alts": ((mi * 60.0 + sec, 10.0 ** -len(fs) if fs else 1.0),)}
        extra["step"] = 1 / 60 / 10 ** len(fs)
        yield m.start(), m.end(), "number", mi + sec / 60, extra
    for m in HM.finditer(text):
        h, mi = _count(m.group("h")), _count(m.group("mi"))
        extra = {"parts": (float(h), float(mi)), "alts": ((h * 60.0 + mi, 1.0),), "step": 1 / 60}
        yield m.start(), m.end(), "number", h + mi / 60, extra
    for m in SC.finditer(text):
        s, cs = int(m.group("s")), int(m.group("cs"))
        yield m.start(), m.end(), "number", s + cs / 100, {"parts": (float(s), float(cs)), "step": 0.01}


def tenths(text: str) -> Iterator[Span]:
    """'12 centièmes' (of a second), 'à 35 centièmes du vainqueur': 0.12, 0.35; 'three tenths': 0.3."""
    found = [*TENTHS.finditer(text), *GAP_TENTHS.finditer(text)] if "ièmes" in text or "ths" in text else []
    for m in {m.start(): m for m in found}.values():
        n, den = int(m.group("n")), _TENTHS[m.group("d").lower()]
        if n < den:
            yield m.start(), m.end(), "number", n / den, {"step": 1 / den, "parts": (float(n),)}


def heights(text: str) -> Iterator[Span]:
    """'1m80', '2 mètres 05': 1.80, 2.05 metres (also 180 centimetres)."""
    for m in HEIGHT.finditer(text) if "m" in text else ():
        value = int(m.group("m")) + int(m.group("cm")) / 100
        parts = (float(m.group("m")), float(m.group("cm")))
        yield m.start(), m.end(), "number", value, {"unit": "m", "step": 0.01, "parts": parts}


def _count(word: str) -> int:
    if word.isdigit():
        return int(word)
    value = {**FR_WORDS, **EN_WORDS, "a": 1, "an": 1}.get(word.lower(), 0)
    return int(value) if value == int(value) else 0


def counted_fractions(text: str) -> Iterator[Span]:
    """'quatre cinquièmes des', 'two-fifths of': the fraction (0.8, 0.4), read like 'deux tiers'."""
    for m in _COUNTED.finditer(text) if _COUNTED_GATE.search(text) else ():
        a, den = _count(m.group("a")), ORDINAL_WORDS.get(m.group("b").lower()[:-1], 0)
        if 1 < a < den <= 100:
            yield m.start(), m.end(), "number", a / den, {"step": 0.01, "parts": (float(a), float(den))}


def school_grades(text: str) -> Iterator[Span]:
    """French school classes, as the grade an English text gives them (support only: a class is no figure)."""
    for m in SCHOOL.finditer(text) if _SCHOOL_GATE.search(text) else ():
        key = (m.group("p") or m.group("s") or m.group("t")).lower()
        grade = _PRIMARY.get(key) or _SECONDARY[key]
        start = m.start("p") if m.group("p") else m.start("s") if m.group("s") else m.start("t")
        ordinal = int(re.sub(r"\D", "", key) or ORDINAL_WORDS.get(key, 0)) if not m.group("p") else grade
        yield start, m.end(), "ordinal", float(grade), {"checked": False, "alts": ((float(ordinal), 1.0),)}


# "a fortnight", "une quinzaine de jours": two weeks (15 days in French, 14 in English).
FORTNIGHT = re.compile(r"(?<![\w])fortnights?(?![\w])", re.I)
# "2 milliards et demi d'euros", "3 millions et demi de dollars": the half belongs to the magnitude.
_AND_HALF = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3})\s+(?P<mag>millions?|milliards?|billions?|mille)\s+et\s+demie?(?![\w])", re.I
)
_MAGS = {"mille": 1e3, "million": 1e6, "milliard": 1e9, "billion": 1e9}


def fortnights(text: str) -> Iterator[Span]:
    """'a fortnight': two weeks, 14 or 15 days (support only)."""
    for m in FORTNIGHT.finditer(text) if "ortnight" in text else ():
        yield m.start(), m.end(), "number", 14.0, {"checked": False, "alts": ((15.0, 1.0), (2.0, 1.0))}


def magnitudes_and_a_half(text: str) -> Iterator[Span]:
    """'2 milliards et demi d'euros': 2.5 billion, in the currency that follows."""
    for m in _AND_HALF.finditer(text) if " et demi" in text else ():
        k = _MAGS[m.group("mag").lower().rstrip("s")]
        value, end, unit = (int(m.group("n")) + 0.5) * k, m.end(), None
        cur = CUR_LINKED.match(text, end + 1) if text[end : end + 1] == " " else None
        if cur:
            end, unit = cur.end(), currency_code(cur, CUR_WORDS)
        kind = "amount" if unit else "number"
        yield m.start(), end, kind, value, {"unit": unit, "step": 0.1 * k, "parts": (int(m.group("n")) + 0.5,)}


# "at eight-thirty in the evening", "at seven forty-five p.m.": a clock time in English words.
_EN_HOURS = {w: int(v) for w, v in EN_WORDS.items() if 1 <= v <= 12 and v == int(v) and w not in ("a", "an")}
_EN_MINUTES = r"(?:(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|fifteen|ten)"
WORDS_CLOCK = re.compile(
    rf"(?<=\bat\s)(?P<h>{alternation(_EN_HOURS)})[\s-](?:o[\s-])?(?P<mi>{_EN_MINUTES})(?![\w-])"
    rf"(?:\s?{AMPM}|\s+{DAY_PERIOD})?",
    re.I,
)
# A sovereign's or pope's number: "Louis XIV", "Benoît XVI", "Elizabeth II".
REGNAL = re.compile(r"(?<=[a-zà-ÿ]\s)(?P<r>(?:X{0,3})(?:IX|IV|V?I{0,3}))(?![\w'-])")
_ROMAN = {"I": 1, "V": 5, "X": 10}


def clock_words(text: str) -> Iterator[Span]:
    """'at eight-thirty in the evening': 20.5 (without a period of the day, also 12 hours later)."""
    for m in WORDS_CLOCK.finditer(text) if "at " in text else ():
        h = _EN_HOURS[m.group("h").lower()]
        mi = sum(int(EN_WORDS[w]) for w in re.split(r"[\s-]", m.group("mi").lower()))
        period = DAY_PERIODS.get((m.group("dp") or "").lower())
        evening = (m.group("ap") or "").lower() == "p" or (period is not None and period >= 12)
        h = h % 12 + 12 if evening else h % 12 if m.group("ap") or period is not None else h
        alts = () if m.group("ap") or period is not None else ((h + 12 + mi / 60, 1.0),)
        yield m.start(), m.end(), "time", h + mi / 60, {"alts": alts, "parts": (float(h), float(mi))}


def regnal_numbers(text: str) -> Iterator[Span]:
    """'Louis XIV': the ordinal 14 ('Louis the Fourteenth'); a lone 'I' after a word is left alone."""
    for m in REGNAL.finditer(text) if re.search(r"[IVX]\b", text) else ():
        r = m.group("r")
        name = re.search(
            r"(?<![\w-])[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s$", text[max(0, m.start() - 25) : m.start()]
        )
        if not r or not name or (len(r) < 2 and r not in "VX"):
            continue
        vals = [_ROMAN[c] for c in r]
        value = sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))
        yield m.start(), m.end(), "ordinal", float(value), {}


# "1 € 50", "2€99": the currency sign as the decimal separator; "50 centimes", "20 cents": a hundredth.
SIGN_DECIMAL = re.compile(
    r"(?<![\w.,])(?<!\d\s)(?P<a>\d{1,4})\s?(?P<cur>[€£$])\s?(?P<c>\d{2})(?![\d]|[.,]\d)"
    r"(?!\s*(?:%|fois|times|ans?|years?|mois|months?|jours?|days?|heures?|hours?|minutes?|semaines?|weeks?)\b)"
)
CENTS = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3})[\s-]+(?P<w>(?:euro[\s-]?)?(?:centimes?|cents?))(?:\s+(?P<of>d'euros?|de\s+dollars?))?(?![\w])",
    re.I,
)
_CENTS_RANGE = re.compile(r"(?<![\w.,])(?P<n>\d{1,2})\s*(?:to|-|–|and|à|et)\s*$")
_SIGNS = {"€": "EUR", "£": "GBP", "$": "$"}


def currency_cents(text: str) -> Iterator[Span]:
    """'1 € 50': 1.50 euros; '50 centimes': 0.50 euro ('cents' alone: of any currency)."""
    for m in SIGN_DECIMAL.finditer(text) if any(c in text for c in _SIGNS) else ():
        value = int(m.group("a")) + int(m.group("c")) / 100
        parts = (float(m.group("a")), float(m.group("c")))
        yield m.start(), m.end(), "amount", value, {"unit": _SIGNS[m.group("cur")], "step": 0.01, "parts": parts}
    for m in CENTS.finditer(text) if "cent" in text else ():
        of, word = (m.group("of") or "").lower(), m.group("w").lower()
        unit = "$" if "dollar" in of else "EUR" if of or "euro" in word or word.startswith("centime") else None
        n = int(m.group("n"))
        alts = () if unit else ((float(n), 1.0),)  # "quatre cents" rendered "4 cents": the coin or a false friend
        first = _CENTS_RANGE.search(text[max(0, m.start() - 12) : m.start()])  # "from 17 to 25 cents": both cents
        if first:
            a, k = m.start() - len(first.group()), int(first.group("n"))
            alts_first = () if unit else ((float(k), 1.0),)
            yield a, a + len(first.group("n")), "amount", k / 100, {"unit": unit, "step": 0.01, "alts": alts_first}
        yield m.start(), m.end(), "amount", n / 100, {"unit": unit, "step": 0.01, "parts": (float(n),), "alts": alts}


# "une heure trente", "deux heures quarante-cinq", "two hours thirty minutes": hours, then minutes in words.
_TENS = {"dix": 10, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "ten": 10, "fifteen": 15,
         "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}  # fmt: skip
_ONES = {"cinq": 5, "five": 5}
HOURS_MINUTE_WORDS = re.compile(
    rf"(?<![\w.,:-])(?P<h>\d{{1,2}}|{alternation(_COUNT_WORDS)})\s+(?:heures?|hours?)\s+(?:and\s+|et\s+)?"
    rf"(?P<t>{alternation(_TENS)})(?:-(?P<u>{alternation(_ONES)}))?(?:\s+(?:minutes?|mins?|mn))?(?![\w-])",
    re.I,
)


def hours_minute_words(text: str) -> Iterator[Span]:
    """'une heure trente': 1.5 hours, or 90 minutes (its hours and minutes as parts)."""
    for m in HOURS_MINUTE_WORDS.finditer(text) if "heure" in text or "hour" in text else ():
        h = _count(m.group("h"))
        mi = _TENS[m.group("t").lower()] + _ONES.get((m.group("u") or "").lower(), 0)
        extra = {"parts": (float(h), float(mi)), "alts": ((h * 60.0 + mi, 1.0),), "step": 1 / 60}
        yield m.start(), m.end(), "number", h + mi / 60, extra


# "centaines de milliers", "tens of thousands": a vague plural of a vague plural (support only).
_SCALES = {"dizaines": 10, "centaines": 100, "tens": 10, "dozens": 10, "hundreds": 100, "milliers": 1e3,
           "thousands": 1e3, "millions": 1e6, "milliards": 1e9, "billions": 1e9}  # fmt: skip
PLURAL_OF_PLURAL = re.compile(
    r"(?<![\w-])(?P<a>dizaines|centaines|tens|dozens|hundreds)\s+(?:de|of)\s+(?P<b>milliers|thousands|millions|milliards|billions)"
    r"(?![\w-])",
    re.I,
)


def plurals_of_plurals(text: str) -> Iterator[Span]:
    """'des centaines de milliers': some hundreds of thousands (1e5; a support-only word, like 'des milliers')."""
    for m in PLURAL_OF_PLURAL.finditer(text) if " de " in text or " of " in text else ():
        a, b = float(_SCALES[m.group("a").lower()]), float(_SCALES[m.group("b").lower()])
        yield m.start(), m.end(), "number", a * b, {"checked": False, "parts": (a, b)}  # parts: "thousands", loosely


# "one percent", "one percentage point", "un pour cent": 1 % ("one" alone is no figure).
ONE_PERCENT = re.compile(
    r"(?<![\w-])(?:one|un)\s+(?:(?P<pct>percent|per\s+cent|pour\s+cent)|(?P<pp>percentage\s+point|point\s+de\s+pourcentage))"
    r"(?![\w-])",
    re.I,
)


def one_percent(text: str) -> Iterator[Span]:
    """'one percent': 1 %; 'one percentage point': 1 point of percentage."""
    for m in ONE_PERCENT.finditer(text) if "cent" in text or "point" in text else ():
        before = text[max(0, m.start() - 20) : m.start()].split()[-1:]
        word = before[0].lower() if before else ""
        if word in ("et", "and") or word in FR_WORDS or word in EN_WORDS:
            continue  # "cinquante et un pour cent", "twenty one percent": a larger number
        yield m.start(), m.end(), "percentage", 1.0, {"unit": "%" if m.group("pct") else "pp"}


# "half a dozen", "a half-dozen", "une demi-douzaine": six.
HALF_DOZEN = re.compile(
    r"(?<![\w-])(?:half\s+a\s+dozen|(?:a\s+)?half[\s-]dozen|(?:une\s+)?demi-douzaine)(?![\w-])", re.I
)


def half_dozens(text: str) -> Iterator[Span]:
    """'half a dozen', 'une demi-douzaine': 6."""
    for m in HALF_DOZEN.finditer(text) if "dozen" in text or "douzaine" in text else ():
        yield m.start(), m.end(), "number", 6.0, {}


# "in a quarter", "each quarter", "a quarter earlier", "once a quarter": three months (a calendar quarter), not a
# fraction.
PERIOD_QUARTER = re.compile(
    r"(?<![\w-])(?:(?:in|within|over|per|each|every|for)\s+(?:a|one|the\s+same)\s+quarter(?![\w-])"
    r"(?!\s+(?:of|century|hour|mile|point|percent|per\s+cent)\b)|(?:(?<=once\s)|(?<=twice\s)|(?<=times\s))a\s+quarter"
    r"(?!\s+(?:of|century|hour|mile|point|percent|per\s+cent)\b)|(?:a|one)\s+quarter(?=\s+(?:earlier|later|ago)\b))",
    re.I,
)
# "la barre du million", "le cap du milliard": one million (one thousand million), written without a figure.
THE_MILLION = re.compile(r"(?<![\w-])(?:du|le|au)\s+(?P<w>million|milliard)(?![\w-])", re.I)


def period_quarters(text: str) -> Iterator[Span]:
    """'in a quarter', 'a quarter earlier': a quarter of a year, three months (support for 'trimestre')."""
    for m in PERIOD_QUARTER.finditer(text) if "quarter" in text else ():
        yield m.start(), m.end(), "number", 3.0, {}


def the_millions(text: str) -> Iterator[Span]:
    """'la barre du million': a million (support only: 'passed a million')."""
    for m in THE_MILLION.finditer(text) if "illi" in text else ():
        yield m.start(), m.end(), "number", 1e6 if m.group("w").lower() == "million" else 1e9, {"checked": False}


FINDERS = (
    period_quarters,
    the_millions,
    plurals_of_plurals,
    one_percent,
    half_dozens,
    hours_minute_words,
    clock_words,
    regnal_numbers,
    race_times,
    heights,
    tenths,
    counted_fractions,
    school_grades,
    fortnights,
    magnitudes_and_a_half,
    currency_cents,
    *restated.FINDERS,
)
