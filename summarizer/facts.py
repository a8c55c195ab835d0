"""Fact guard: check the figures of an output text against its source text.

Deterministic and dependency-free (standard library only).  :func:`extract`
finds numbers, amounts, percentages, dates, years, times and ordinals in French
or English text and normalises them (``"1,36 milliard"`` and ``"1.36 billion"``
both become ``1.36e9``; ``"le 4 novembre 2013"`` becomes ``(2013, 11, 4)``).
:func:`check` returns a :class:`Flag` for every figure of the output that no
figure of the source supports; an empty list means every figure is supported.

    >>> [f.text for f in check("385 millions d'euros", "€358 million")]
    ['€358 million']

Tolerated, as a careful fact-checker would: rounding to the output's precision
("2,47 milliards" -> "2.5 billion"), digits versus words ("cinq" -> "5"), a
year or a day quoted from a full date, a plain number whose value the source
gives with a unit, unit conversions (km -> miles), separators that read either
way ("1.000"), identifiers ("COVID-19", "A320", "CAC 40").  Flagged: any other
value, a different currency, a percentage the source gives only as a plain
number, a different date or year.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

Value = float | tuple[int | None, int | None, int | None]

# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Fact:
    """A figure found in a text, with its normalised value.

    ``value`` is a float, or ``(year, month, day)`` for dates (parts may be
    None).  ``unit`` is a currency code ("EUR", "USD", "$" for an unqualified
    dollar...), "%" or "pp" for percentages and percentage points, a measure
    ("km", "lb", "h"...), "times", or None.
    """

    text: str
    kind: str
    value: Value
    unit: str | None
    start: int
    end: int
    step: float = 1.0  # precision of the figure as written ("2.5 billion": 1e8)
    approx: bool = False  # hedged: "about", "environ", "more than"
    vague: bool = False  # vague by nature: "une vingtaine", a unit conversion
    alts: tuple[Any, ...] = ()  # other readings: (value, step) pairs ("1,000" in French), or dates
    parts: tuple[float, ...] = ()  # numbers inside it (mantissa, day, year)
    scaled: bool = False  # carries a magnitude word ("million", "Md", "k")
    checked: bool = True  # False for support-only words ("first", "premier")


@dataclass(frozen=True)
class Flag:
    """A figure of the output that the source does not support."""

    text: str
    kind: str
    reason: str
    start: int
    end: int
    value: Value
    unit: str | None = None
    code: str = "absent"  # absent | value_mismatch | unit_mismatch | currency_mismatch | date_mismatch
    source_text: str | None = None  # the closest figure of the source, if any

    def to_dict(self) -> dict[str, Any]:
        """Return the flag as JSON-serialisable fields."""
        out = asdict(self)
        if isinstance(self.value, tuple):
            out["value"] = list(self.value)
        return out


# ---------------------------------------------------------------------- lexicons

MONTHS_FR = {"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2,
             "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
             "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "oct": 10,
             "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12}  # fmt: skip
MONTHS_EN = {"January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3,
             "April": 4, "Apr": 4, "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7,
             "August": 8, "Aug": 8, "September": 9, "Sept": 9, "Sep": 9, "October": 10,
             "Oct": 10, "November": 11, "Nov": 11, "December": 12, "Dec": 12}  # fmt: skip

_FR_WORDS = {"zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4,
             "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11,
             "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
             "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
             "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
             "cent": 100, "cents": 100, "mille": 1e3, "million": 1e6, "millions": 1e6,
             "milliard": 1e9, "milliards": 1e9, "billion": 1e12, "billions": 1e12}  # fmt: skip
_EN_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
             "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
             "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
             "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
             "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
             "trillion": 1e12, "a": 1, "an": 1}  # fmt: skip
_FRACTIONS = {"demi": 2, "demie": 2, "moitié": 2, "tiers": 3, "quart": 4, "quarts": 4,
              "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}  # fmt: skip
_APPROX_WORDS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
                 "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
                 "centaine": 100, "millier": 1e3, "dozen": 12}  # fmt: skip
_ORDINAL_WORDS = {"premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2,
                  "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
                  "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12,
                  "treizième": 13, "quatorzième": 14, "quinzième": 15, "seizième": 16,
                  "vingtième": 20, "trentième": 30, "centième": 100, "millième": 1000,
                  "first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                  "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                  "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                  "twentieth": 20, "thirtieth": 30, "hundredth": 100, "thousandth": 1000}  # fmt: skip
_MONTHS = {k.lower(): v for k, v in (MONTHS_FR | MONTHS_EN).items()}
_ARTICLES = {"a", "an", "one", "un", "une"}
_TIMES_WORDS = {"twice": 2, "thrice": 3}
_CONNECTORS = {"et", "and"}
_OTHER_WORDS = set(_FRACTIONS) | set(_APPROX_WORDS) | set(_ORDINAL_WORDS) | set(_TIMES_WORDS) | _CONNECTORS

# currency text -> code; generic codes ("$", "FRANC", "KR", "lb") match any code
# of their family ("lb": "pounds"/"livres", a currency or a weight).
_CUR_FAMILY = {"USD": "$", "AUD": "$", "CAD": "$", "NZD": "$", "HKD": "$", "SGD": "$",
               "$": "$", "CHF": "FR", "XOF": "FR", "FRANC": "FR", "SEK": "KR",
               "NOK": "KR", "DKK": "KR", "KR": "KR", "GBP": "£", "lb": "£",
               "JPY": "¥", "CNY": "¥", "¥": "¥"}  # fmt: skip
_GENERIC = {"$", "FRANC", "KR", "lb", "¥"}
_CUR_PREFIX = [(r"(?:US|U\.S\.)\s?\$", "USD"), (r"(?:AUD?|A)\$", "AUD"), (r"(?:CAD?|C)\$", "CAD"),
               (r"NZ\$", "NZD"), (r"HK\$", "HKD"), (r"S\$", "SGD"), (r"R\$", "BRL"),
               (r"\$", "$"), ("€", "EUR"), ("£", "GBP"), ("¥", "¥"), ("₹", "INR"),
               ("₽", "RUB"), ("₩", "KRW"), (r"Rs\.?", "INR"), (r"Fr\.", "CHF")]  # fmt: skip
_CODES = "USD|EUR|GBP|CHF|JPY|CNY|RMB|AUD|CAD|NZD|HKD|SGD|INR|RUB|BRL|SEK|NOK|DKK|ZAR"
_CUR_WORDS = [
    (r"(?:dollars?\s+(?:américains|US|des\s+États-Unis)|(?:US|U\.S\.|American)\s+dollars?)", "USD"),
    (r"(?:dollars?\s+australiens|Australian\s+dollars?)", "AUD"),
    (r"(?:dollars?\s+canadiens|Canadian\s+dollars?)", "CAD"),
    (r"(?:dollars?\s+néo-zélandais|New\s+Zealand\s+dollars?)", "NZD"),
    (r"(?:dollars?\s+de\s+Hong\s+Kong|Hong\s+Kong\s+dollars?)", "HKD"),
    (r"dollars?", "$"), (r"euros?", "EUR"), ("€", "EUR"), (r"\$", "$"), ("£", "GBP"), ("¥", "¥"),
    (r"(?:livres?\s+sterling|pounds?\s+sterling|sterling)", "GBP"),
    (r"(?:francs?\s+suisses|Swiss\s+francs?)", "CHF"), (r"(?:francs?\s+CFA|CFA\s+francs?)", "XOF"),
    (r"francs?(?:\s+\w+ais)?", "FRANC"), (r"yens?", "JPY"), (r"(?:yuans?|renminbi)", "CNY"),
    (r"(?:roupies?|rupees?)", "INR"), (r"(?:roubles?|rubles?)", "RUB"),
    (r"(?:couronnes?|kronor|krona|kroner|krone)", "KR"), (r"rands?", "ZAR"),
    (_CODES, None), (r"(?:livres?|pounds?|lbs?)", "lb"),
]  # fmt: skip
_MEASURES = {"km": ("L", 1e3), "m": ("L", 1.0), "cm": ("L", 0.01), "mm": ("L", 1e-3),
             "mi": ("L", 1609.344), "ft": ("L", 0.3048), "in": ("L", 0.0254), "yd": ("L", 0.9144),
             "kg": ("M", 1.0), "g": ("M", 1e-3), "t": ("M", 1e3), "lb": ("M", 0.45359237),
             "oz": ("M", 0.0283495), "kmh": ("S", 1 / 3.6), "mph": ("S", 0.44704),
             "ms": ("S", 1.0), "kn": ("S", 0.514444), "km2": ("A", 1e6), "mi2": ("A", 2.589988e6),
             "ha": ("A", 1e4), "acre": ("A", 4046.86), "m2": ("A", 1.0), "ft2": ("A", 0.092903),
             "l": ("V", 1.0), "gal": ("V", 3.785411), "C": ("T", 1.0), "F": ("T", 1.0)}  # fmt: skip
_UNIT_WORDS = [
    (r"(?:km/h|kmh|km/hr|kilom[eè]tres?\s+(?:par|à\s+l')\s*heure|kilomet(?:er|re)s?\s+per\s+hour)", "kmh"),
    (r"(?:mph|miles?\s+(?:per|an|par|à\s+l')\s*heure|miles?\s+per\s+hour)", "mph"),
    (r"(?:km2|km²|kilom[eè]tres?\s+carrés|square\s+kilomet(?:er|re)s?)", "km2"),
    (r"(?:mi2|mi²|square\s+miles?|miles?\s+carrés)", "mi2"), (r"(?:ha|hectares?)", "ha"),
    (r"acres?", "acre"), (r"(?:m2|m²|m[eè]tres?\s+carrés|square\s+met(?:er|re)s?)", "m2"),
    (r"(?:sq\.?\s?ft|square\s+f(?:ee|oo)t|pieds\s+carrés)", "ft2"), (r"m/s", "ms"),
    (r"(?:km|kilom[eè]tres?|kilomet(?:er|re)s?)", "km"), (r"(?:cm|centim[eè]tres?|centimet(?:er|re)s?)", "cm"),
    (r"(?:mm|millim[eè]tres?|millimet(?:er|re)s?)", "mm"), (r"(?:m|m[eè]tres?|met(?:er|re)s?)", "m"),
    (r"(?:mi|miles?)", "mi"), (r"(?:ft|feet|foot|pieds?)", "ft"), (r"(?:inch(?:es)?|pouces?)", "in"),
    (r"(?:yd|yards?)", "yd"), (r"(?:kg|kilos?|kilogrammes?|kilograms?)", "kg"),
    (r"(?:g|grammes?|grams?)", "g"), (r"(?:t|tonnes?|tons?)", "t"), (r"(?:oz|ounces?|onces?)", "oz"),
    (r"(?:nœuds?|noeuds?|knots?)", "kn"), (r"(?:°\s?F|degr(?:é|ee)s?\s+Fahrenheit)", "F"),
    (r"(?:°\s?C|degr(?:é|ee)s?(?:\s+Celsius)?)", "C"), (r"(?:l|litres?|liters?)", "l"),
    (r"gallons?", "gal"), (r"(?:heures?|hours?|hrs?|h)", "h"),
    (r"(?:points?\s+de\s+base|basis\s+points?|bps?|pb)", "bp"), (r"(?:points?|pts?)", "pt"),
]  # fmt: skip
_GLUED_UNITS = {"km", "m", "cm", "mm", "mi", "ft", "kg", "g", "t", "lb", "lbs", "oz", "h", "min",
                "mn", "s", "ms", "ha", "l", "ml", "cl", "ghz", "mhz", "khz", "hz", "mbit", "gbit",
                "kbit", "mb", "gb", "tb", "kb", "mo", "go", "ko", "to", "w", "kw", "mw", "gw",
                "kwh", "mwh", "gwh", "twh", "v", "kv", "mah", "db", "fps", "mph", "kmh", "am", "pm"}  # fmt: skip
_ORD_SUFFIX = {"er", "re", "ère", "ere", "e", "è", "ème", "eme", "ieme", "ième", "nd", "nde", "d",
               "de", "st", "rd", "th", "ᵉ", "ᵉʳ", "ʳᵉ"}  # fmt: skip
_MAG_ABBR = {"k": 1e3, "K": 1e3, "bn": 1e9, "Bn": 1e9, "bln": 1e9, "Md": 1e9, "Mds": 1e9,
             "Mrd": 1e9, "Mrds": 1e9, "md": 1e9, "mds": 1e9, "m": 1e6, "M": 1e6, "mn": 1e6,
             "mln": 1e6, "tn": 1e12}  # fmt: skip
_MAG_WORDS = {"en": {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12},
              "fr": {"mille": 1e3, "million": 1e6, "milliard": 1e9, "billion": 1e12}}  # fmt: skip
_HEDGE = re.compile(
    r"(?:\b(?:about|around|approximately|approx\.|roughly|nearly|almost|some|over|more\s+than|"
    r"less\s+than|fewer\s+than|under|up\s+to|close\s+to|at\s+least|at\s+most|upwards\s+of|"
    r"in\s+excess\s+of|circa|an\s+estimated|estimated|environ|près\s+de|presque|quelque|"
    r"quelques|plus\s+de|moins\s+de|jusqu'à|au\s+moins|au\s+plus|autour\s+de|quasiment|"
    r"approximativement|pratiquement|à\s+peu\s+près|de\s+l'ordre\s+de|d'environ)|[~≈])"
    r"\s*(?:a\s+|an\s+|de\s+|d')?$",
    re.I,
)

# --------------------------------------------------------------------- regexes


def _alt(words: Any) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_NUM = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:[ ]\d{3})+(?:[.,]\d+)?(?![\d])|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])|\d+(?:[.,]\d+)?)"
)
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_AMPM = r"(?P<ap>[apAP])\.?\s?[mM]\.?(?![a-zA-Z])"
_TIME_RES = [
    re.compile(
        r"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])\s?(?::|h|H)\s?(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
        rf"(?:\.(?P<fs>\d+))?(?!\d)(?:\s?{_AMPM})?"
    ),
    re.compile(
        rf"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])\.(?P<mi>[0-5]\d)(?!\d)(?:\s?{_AMPM}|(?=\s?(?:GMT|UTC|heure|hour|local)))"
    ),
    re.compile(rf"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])\s?{_AMPM}"),
    re.compile(r"(?<![\w.,:])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s?(?=GMT|UTC|Z\b|hours\b|hrs\b)"),
    re.compile(
        r"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])\s?(?:h|heures?)(?![\w])(?!\s?\d)"
        r"(?:\s+(?:du\s+matin|(?P<pm>du\s+soir|de\s+l'après-midi)))?"
    ),
]
_ROMAN = re.compile(r"(?<![\w])(?P<r>[IVXLC]+)(?:e|ème|eme|er|re|ère|ᵉ)(?![\w])")
_LETTERS = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _date_res(lang: str) -> list[re.Pattern[str]]:
    def names(table: dict[str, int]) -> str:
        full = [
            k
            for k in table
            if len(k) > 4 or k.lower() in ("mars", "mai", "juin", "aout", "août", "may", "june", "july")
        ]
        return rf"(?:{_alt(full)})\b|(?:{_alt(set(table) - set(full))})\b\.?"

    months = []
    if lang != "fr":
        months.append(rf"(?:{names(MONTHS_EN)})")
    if lang != "en":
        months.append(rf"(?i:{names(MONTHS_FR)})")
    mon = rf"(?P<m>{'|'.join(months)})"
    day = r"(?P<d>[0-3]?\d|premier)(?:er|re|e|st|nd|rd|th)?"
    year = r"(?:,?\s+(?:de\s+|of\s+)?(?P<y>\d{4})(?![\d]))?"
    return [
        re.compile(rf"(?<![\w.,]){day}(?:\s+of)?\s+{mon}{year}"),
        re.compile(
            rf"{mon}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\w])"
            rf"(?:\s*(?:and|to|-|,|or)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\w]))?{year}"
        ),
        re.compile(rf"{mon}\s+(?:de\s+|of\s+)?(?P<y>\d{{4}})(?![\d])"),
        re.compile(r"(?<![\w.,/-])(?P<y>\d{4})-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?(?![\w-])"),
    ]


_DATE_RES = {lang: _date_res(lang) for lang in ("fr", "en", "any")}


def _after_re(entries: list[tuple[str, str | None]]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(entries)) + r")(?![\w])", re.I)


_CUR_AFTER = _after_re(_CUR_WORDS)
_UNIT_AFTER = _after_re(_UNIT_WORDS)
_CUR_SYMBOL = "(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(_CUR_PREFIX)) + rf"|(?P<code>{_CODES}))"
_CUR_BEFORE = re.compile(_CUR_SYMBOL + r"\s?$")
_CUR_START = re.compile(_CUR_SYMBOL + r"\s?")
_CUR_NAMES = {"$": "dollars", "lb": "pounds", "FRANC": "francs", "KR": "crowns", "¥": "yen or yuan"}
_PERCENT = re.compile(
    r"\s*(?:(?P<pp>points?\s+de\s+pourcentage|percentage[-\s]points?|pp(?![\w]))"
    r"|(?P<pct>%|pour\s?-?cents?(?![\w])|p\.\s?100|per\s?-?cent(?![\w])|percent(?![\w])|pct(?![\w])))",
    re.I,
)
_TIMES = re.compile(r"\s*(?:fois|times)(?![\w])", re.I)
_HYPHEN_ID = re.compile(r"(?<![\w-])(?P<w>[^\W\d_]+)-$")
_NOT_ID = {"mid", "mi", "pre", "pré", "post", "late", "early", "fin", "début", "after", "après", "avant", "before"}
_SLASH_DATE = re.compile(r"(?<![\w./,])(?P<p>[0-3]?\d)/(?P<q>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\w/])")
_AND_A_HALF = re.compile(r"\b(?:un|une|one|a|an)\s+[^\W\d_]+\s+(?:et\s+demie?|and\s+a\s+half)\b", re.I)
_ACRONYM = re.compile(r"(?<![\w&])(?P<w>[A-Z][A-Z&]+) $")
_CAPS_WORDS = {*_CODES.split("|"), "DE", "DU", "LA", "LE", "LES", "DES", "EN", "ET", "THE", "OF", "IN", "AT",
               "TO", "ON", "BY", "UN", "UNE", "PLUS", "OVER", "ABOUT", "FOR", "AND", "SUR", "AU", "AUX", "PAR",
               "GMT", "UTC", "AD", "BC", "BCE", "CE", "JC"}  # fmt: skip
_SLASH_FRACTION = re.compile(r"(?<![\w./,])(?P<a>\d)/(?P<b>\d{1,2})(?![\w/]|[.,]\d)")
_DAY_LIST = re.compile(
    r"(?<![\w.,])(?P<d>[0-3]?\d)(?:er|st|nd|rd|th)?\s*(?:,|et|and|au|à|-|to|ou|or)\s*(?:(?:le|the)\s+)?"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\w+day)\s+)?$",
    re.I,
)
_IDENT = re.compile(r"(?<![\w.,])(?:[^\W\d_]+-?\d[\w.-]*|\d+[^\W\d_][\w-]*)")


# ----------------------------------------------------------------- extraction


_PREPARE = {ord(c): " " for c in "\u00a0\u202f\u2009\u2007\u2002\u2003\u205f\u3000\t"}
_PREPARE |= {ord(c): "'" for c in "’ʼ‘´`"} | {ord(c): "-" for c in "–—‑‐−"}


def _prepare(text: str) -> tuple[str, list[int]]:
    """NFC-normalise and unify spaces, dashes and apostrophes; map offsets back."""
    if unicodedata.is_normalized("NFC", text):
        return text.translate(_PREPARE), list(range(len(text) + 1))
    out: list[str] = []
    index: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        chunk = unicodedata.normalize("NFC", text[i:j]) if j > i + 1 else text[i]
        for c in chunk:
            out.append(c)
            index.append(i)
        i = j
    index.append(len(text))
    return "".join(out).translate(_PREPARE), index


def _parse_number(s: str, lang: str) -> tuple[float, float, tuple[tuple[float, float], ...]]:
    """Parse a digit string; return (value, step, other (value, step) readings)."""
    s = s.replace(" ", "")
    other = ""
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif s.count(",") + s.count(".") > 1:
        s = s.replace(",", "").replace(".", "")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        head, tail = s.split(sep)
        grouping = len(tail) == 3 and head != "0"
        if grouping and ((sep == "," and lang != "fr") or (sep == "." and lang == "fr")):
            s, other = head + tail, head + "." + tail
        else:
            s, other = head + "." + tail, (head + tail if grouping else "")
    readings = [(float(x), _step(x)) for x in (s, other) if x]
    return readings[0][0], readings[0][1], tuple(readings[1:])


def _step(s: str) -> float:
    """Precision of a plain number string: 0.01 for "2.47", 100 for "1400", 1 for "140"."""
    if "." in s:
        return 10.0 ** -len(s.split(".")[1])
    value = float(s)
    trailing = len(s) - len(s.rstrip("0")) if value else 0
    return 10.0**trailing if value >= 1000 else 1.0


def _currency(m: re.Match[str], table: list[tuple[str, str | None]]) -> str:
    for i, (_, code) in enumerate(table):
        if m.group(f"u{i}"):
            return code or m.group(f"u{i}").upper().replace("RMB", "CNY")
    return m.group("code").replace("RMB", "CNY")


# Words that imply a number without spelling it: support-only ("tridimensionnel" supports "three").
_IMPLIED = [(r"(?:bi|two-)dimension", 2), (r"(?:tri|three-)dimension", 3), (r"bilat[ée]r", 2),
            (r"trilat[ée]r", 3), (r"bienn", 2), (r"trienn", 3), (r"quinquenn", 5), (r"d[ée]cenn", 10),
            (r"decade", 10), (r"bicenten", 200), (r"centen", 100), (r"mill[ée]n", 1000), (r"trimest", 3),
            (r"semest", 6), (r"doubl", 2), (r"tripl", 3), (r"quadrupl", 4), (r"quintupl", 5),
            (r"d[ée]cupl", 10), (r"pairs?$|paires?$", 2), (r"duos?$", 2), (r"trios?$", 3),
            (r"jumea|twins?$", 2), (r"bip[èe]d", 2), (r"quadrup[èe]d", 4),
            (r"si[èe]cles?$|centur", 100), (r"both$", 2), (r"mi$", 0.5), (r"once$", 1)]  # fmt: skip
_IMPLIED_RE = re.compile("|".join(f"(?P<i{i}>{p})" for i, (p, _) in enumerate(_IMPLIED)))
_RANGE = re.compile(r"\s*(?:-|à|au|to|and|et|through|or|ou)\s*(?=[\d$€£¥])")
_RANGE_ORD = re.compile(r"\s*(?:[-–—]|à|au|to|through|and|et|,)\s*(?:the\s+|le\s+)?$")


class _Extractor:
    """Scans one text; facts are collected in several passes over still-free spans."""

    def __init__(self, text: str, lang: str) -> None:
        self.orig = text
        self.text, self.index = _prepare(text)
        self.lang = lang if lang in ("fr", "en") else "any"
        self.taken: list[tuple[int, int]] = []
        self.facts: list[Fact] = []

    def free(self, a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in self.taken)

    def add(self, a: int, b: int, kind: str, value: Value, **kw: Any) -> None:
        self.taken.append((a, b))
        o_a, o_b = self.index[a], self.index[b]
        self.facts.append(Fact(self.orig[o_a:o_b], kind, value, start=o_a, end=o_b, **kw))

    def hedged(self, a: int, b: int) -> bool:
        after = self.text[b : b + 12].lower()
        return bool(_HEDGE.search(self.text[max(0, a - 30) : a])) or after.startswith((" environ", " or so"))

    def run(self) -> list[Fact]:
        self.dates()
        self.slash_dates()
        for m in _SLASH_FRACTION.finditer(self.text):  # "1/3", "3/4"
            num, den = int(m.group("a")), int(m.group("b"))
            if 0 < num < den <= 10 and self.free(m.start(), m.end()):
                self.add(m.start(), m.end(), "number", num / den, unit=None, step=0.001, parts=(float(num), float(den)))
        self.times()
        self.numbers()
        self.words()
        self.romans()
        return sorted(self.facts, key=lambda f: f.start)

    def dates(self) -> None:
        for rx in _DATE_RES[self.lang]:
            for m in rx.finditer(self.text):
                a = min(m.start(g) for g in ("d", "m", "y") if g in m.groupdict() and m.group(g))
                if not self.free(a, m.end()):
                    continue
                raw_m, raw_d = m.group("m"), m.groupdict().get("d")
                month = int(raw_m) if raw_m.isdigit() else _MONTHS[raw_m.lower().rstrip(".")]
                day = None if raw_d is None else 1 if raw_d == "premier" else int(raw_d)
                year = int(m.group("y")) if m.group("y") else None
                if not (1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
                    continue
                parts = tuple(float(x) for x in (day, month, year) if x is not None)
                if m.groupdict().get("d2"):  # "July 4 and 5, 2013"
                    day2 = int(m.group("d2"))
                    self.add(m.start("d2"), m.end(), "date", (year, month, day2), unit=None, parts=(float(day2),))
                    self.add(a, m.end("d"), "date", (year, month, day), unit=None, parts=parts)
                    continue
                self.add(a, m.end(), "date", (year, month, day), unit=None, parts=parts)
                while day is not None and (prev := _DAY_LIST.search(self.text[max(0, a - 40) : a])):
                    a, day = a - len(prev.group()), int(prev.group("d"))  # "les 20 et 27 novembre"
                    if not 1 <= day <= 31 or not self.free(a, a + len(prev.group("d"))):
                        break
                    self.add(a, a + len(prev.group("d")), "date", (year, month, day), unit=None, parts=(float(day),))

    def slash_dates(self) -> None:
        for m in _SLASH_DATE.finditer(self.text):
            p, q, y = int(m.group("p")), int(m.group("q")), int(m.group("y"))
            y += 2000 if y < 50 else 1900 if y < 100 else 0
            readings = [(y, q, p), (y, p, q)] if self.lang == "fr" else [(y, p, q), (y, q, p)]
            valid = [r for r in readings if 1 <= r[1] <= 12 and 1 <= r[2] <= 31]
            if valid and self.free(m.start(), m.end()):
                parts = (float(p), float(q), float(y))
                self.add(
                    m.start(),
                    m.end(),
                    "date",
                    valid[0],
                    unit=None,
                    alts=tuple(set(valid[1:]) - {valid[0]}),
                    parts=parts,
                )

    def times(self) -> None:
        for rx in _TIME_RES:
            for m in rx.finditer(self.text):
                if not self.free(m.start(), m.end()):
                    continue
                g = m.groupdict()
                h, mi, sec = int(g["h"]), int(g.get("mi") or 0), int(g.get("s") or 0)
                ap = (g.get("ap") or "").lower() or ("p" if g.get("pm") and h < 12 else "")
                h = h % 12 + (12 if ap == "p" else 0) if ap else h
                value = h + mi / 60 + sec / 3600 + float("0." + (g.get("fs") or "0")) / (3600 if g.get("s") else 60)
                alts = () if ap else tuple((v, 1.0) for v in (value + 12, value - 12) if 0 < v <= 24)
                unit = None if g.get("mi") or ap else "h"
                parts = (float(h), float(mi)) if mi else (float(h),)
                kind = "time" if unit is None else "number"
                self.add(m.start(), m.end(), kind, value, unit=unit, alts=alts, parts=parts)

    def _currency_before(self, a: int) -> tuple[str | None, int]:
        m = _CUR_BEFORE.search(self.text[max(0, a - 8) : a])
        return (_currency(m, _CUR_PREFIX), a - len(m.group(0))) if m else (None, a)

    def _tail(self, b: int, scaled: bool, currency: str | None) -> tuple[int, str | None, str, float]:
        """Parse what follows a number: magnitude, currency, percent, unit, 'fois'.

        Returns (end, unit, kind hint, multiplier)."""
        t, mult, unit = self.text, 1.0, currency
        mag = re.compile(r"\s?(?P<w>[^\W\d_]+)").match(t, b)
        words = _MAG_WORDS.get(self.lang, _MAG_WORDS["en"] | _MAG_WORDS["fr"])
        if mag and not scaled:
            w, after = mag.group("w"), mag.end() + (t[mag.end() : mag.end() + 1] == " ")
            word = re.sub("l{3,}", "ll", w.lower()).rstrip("s")  # "milllions": a typo seen in the wild
            if word in words:
                mult, b, scaled = words[word], mag.end(), True
            elif w in _MAG_ABBR and (currency or _CUR_AFTER.match(t, after)):
                mult, b, scaled = _MAG_ABBR[w], mag.end(), True
        if currency is None:
            link = re.compile(r"\s*(?:(?:de|of)\s+|d')" if scaled else r"\s?").match(t, b)
            for start in ([link.end()] if link else []) + [b + (t[b : b + 1] == " ")]:
                m = _CUR_AFTER.match(t, start)
                if m:
                    unit, b = _currency(m, _CUR_WORDS), m.end()
                    break
        if unit is None:
            m = _PERCENT.match(t, b)
            if m:
                return m.end(), ("pp" if m.group("pp") else "%"), "percentage", mult
            m = _TIMES.match(t, b)
            if m:
                return m.end(), "times", "", mult
            m = _UNIT_AFTER.match(t, b + (t[b : b + 1] == " "))
            if m:
                return m.end(), _currency(m, _UNIT_WORDS), "", mult
        return b, unit, ("amount" if unit and unit != "lb" else ""), mult

    def _range_tail(self, b: int) -> tuple[str | None, str, float]:
        """Unit of the second figure of a range ("10 à 15 %", "5 et 100 dollars")."""
        m = _RANGE.match(self.text, b)
        if m is None:
            return None, "", 1.0
        pre = _CUR_START.match(self.text, m.end())
        nxt = _NUM.match(self.text, pre.end() if pre else m.end())
        if nxt is None:
            return None, "", 1.0
        _, unit, kind, mult = self._tail(nxt.end(), False, _currency(pre, _CUR_PREFIX) if pre else None)
        return unit, kind, mult

    def numbers(self) -> None:
        t = self.text
        for m in _NUM.finditer(t):
            a, b = m.span()
            if not self.free(a, b):
                continue
            hm = _HYPHEN_ID.search(t[max(0, a - 20) : a])
            if hm and hm.group("w").lower() not in _NOT_ID:
                continue  # COVID-19, MiG-29
            value, step, alts = _parse_number(m.group(), self.lang)
            base = value
            if b < len(t) and t[b] in _VULGAR:
                value, step, alts, b = value + _VULGAR[t[b]], 0.25, (), b + 1
            kind, unit, scaled, decade = "", None, False, False
            glued = _LETTERS.match(t, b)
            if glued:
                suffix, integer = glued.group(), not re.search(r"[.,]\d{1,2}$|[.,]\d{4,}$", m.group())
                if len(suffix) == 1 and suffix.isupper() and suffix not in "KMWV":
                    continue  # identifier: 3D, 5G
                if suffix in _ORD_SUFFIX and integer:
                    kind, b = "ordinal", glued.end()
                elif suffix == "s" and len(m.group()) in (2, 4) and m.group().endswith("0"):
                    kind, b, decade = "year", glued.end(), True
                elif suffix in _MAG_ABBR and (
                    suffix not in ("m", "M", "mn")
                    or self._currency_before(a)[0]
                    or _CUR_AFTER.match(t, glued.end() + (t[glued.end() : glued.end() + 1] == " "))
                ):
                    k = _MAG_ABBR[suffix]
                    value, step, scaled, b = value * k, step * k, True, glued.end()
                    alts = tuple((x * k, y * k) for x, y in alts)
                elif suffix.lower() not in _GLUED_UNITS:
                    continue  # identifier: 802.11n, 4x4
                elif suffix == "m":  # "1.5m people" (million) or "100m" (metres)
                    alts += ((value * 1e6, step * 1e6),)
            elif t[b : b + 2] == "'s" and len(m.group()) in (2, 4):
                kind, b, decade = "year", b + 2, True
            currency, a2 = self._currency_before(a)
            hedged = self.hedged(a2, b)
            if kind == "":
                b, unit, kind, mult = self._tail(b, scaled, currency)
                if unit is None and mult == 1 and not scaled and not re.fullmatch(r"1\d{3}|20\d\d", m.group()):
                    unit, kind, mult = self._range_tail(b)
                if mult != 1:
                    value, step, scaled = value * mult, step * mult, True
                    alts = tuple((x * mult, y * mult) for x, y in alts)
            plain = m.group().isdigit()
            if decade or re.search(r"ann[ée]es\s+$", t[max(0, a - 8) : a]):
                kind = "year"
                if value < 100:
                    alts = ((1900 + value, 1.0), (2000 + value, 1.0))
            elif not kind:
                is_year = plain and len(m.group()) == 4 and 1000 <= value <= 2100 and not unit
                kind = "year" if is_year else "number"
            parts = (base,) if scaled else ()
            acronym = _ACRONYM.search(t[max(0, a2 - 12) : a2])  # "CAC 40", "FTSE 100", "COP 21": a name
            named = kind == "number" and not unit and bool(acronym) and acronym.group("w") not in _CAPS_WORDS
            named = named and not re.match(r"\s*[A-Z]{2}", t[b : b + 4])  # not an all-caps headline
            self.add(min(a, a2), b, kind, value, unit=unit, step=step, approx=hedged, alts=alts, parts=parts,
                     scaled=scaled, checked=not named)  # fmt: skip

    def words(self) -> None:
        vocab = _FR_WORDS if self.lang == "fr" else _EN_WORDS if self.lang == "en" else _FR_WORDS | _EN_WORDS
        toks: list[tuple[str, int, int]] = []
        for m in _WORD.finditer(self.text):
            w, start = m.group().lower(), m.start()
            if w.startswith(("d'", "l'")):
                w, start = w[2:], start + 2
            if w in vocab or w in _OTHER_WORDS:
                if self.free(start, m.end()):
                    toks.append((w, start, m.end()))
            elif (imp := _IMPLIED_RE.match(w)) and self.free(start, m.end()):
                value = next(v for i, (_, v) in enumerate(_IMPLIED) if imp.group(f"i{i}"))
                self.facts.append(Fact(self.orig[self.index[start] : self.index[m.end()]], "number", float(value),
                                       None, self.index[start], self.index[m.end()], checked=False))  # fmt: skip
        for m in _AND_A_HALF.finditer(self.text):  # "un an et demi", "a year and a half": support only
            a, b = self.index[m.start()], self.index[m.end()]
            self.facts.append(Fact(self.orig[a:b], "number", 1.5, None, a, b, checked=False))
        groups: list[list[tuple[str, int, int]]] = []
        for tok in toks:
            if groups and re.fullmatch(r"\s*-?\s*", self.text[groups[-1][-1][2] : tok[1]]):
                groups[-1].append(tok)
            else:
                groups.append([tok])
        for group in groups:
            words = [w for w, _, _ in group]
            for i, j, value, kind, vague in _parse_words(words, vocab):
                a, b = group[i][1], group[j][2]
                if not self.free(a, b):
                    continue
                unit, hint = None, ""
                if kind == "number":
                    b, unit, hint, _ = self._tail(b, True, self._currency_before(a)[0])
                if kind == "times":
                    kind, unit = "number", "times"
                scaled = any(vocab.get(w, 0) >= 1000 for w in words[i : j + 1])
                step = _step(str(int(value))) if value == int(value) else 0.01
                if vague:
                    step = max(step, value / 5)
                alts = ((value / 100, 1.0),) if self.lang == "fr" and words[j] == "cents" and value < 1000 else ()
                exp = math.floor(math.log10(value) / 3) * 3 if value >= 1000 else 0
                parts = (value / 10**exp,) if scaled and exp else ()
                self.add(a, b, hint or kind, float(value), unit=unit, step=step, approx=self.hedged(a, b),
                         vague=vague, alts=alts, parts=parts, scaled=scaled, checked=kind != "ordinal")  # fmt: skip

    def romans(self) -> None:
        digits = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
        for m in _ROMAN.finditer(self.text):
            r = m.group("r")
            vals = [digits[c] for c in r]
            value = sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))
            if self.free(m.start(), m.end()) and 0 < value <= 100 and (len(r) > 1 or r in "IVX"):
                self.add(m.start(), m.end(), "ordinal", float(value), unit=None)


def _word_class(w: str, v: float, first: bool, last: str) -> str:
    if w in _ARTICLES:
        return "art" if first else "unit" if last == "tens" else "bad"
    if v >= 1000:
        return "scale"
    if v == 100:
        return "hundred"
    return "tens" if v >= 20 and v % 10 == 0 else "teen" if v >= 10 else "unit"


def _parse_words(words: list[str], vocab: dict[str, float]) -> list[tuple[int, int, float, str, bool]]:
    """Split a run of number words into numbers: (first, last, value, kind, vague)."""
    out: list[tuple[int, int, float, str, bool]] = []
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        if w in _ORDINAL_WORDS or w in _TIMES_WORDS or w in ("half", "moitié", "demi", "demie"):
            kind = "ordinal" if w in _ORDINAL_WORDS else "times" if w in _TIMES_WORDS else "number"
            out.append((i, i, float(_ORDINAL_WORDS.get(w) or _TIMES_WORDS.get(w) or 0.5), kind, False))
            i += 1
            continue
        if w in _CONNECTORS or w not in vocab:
            i += 1
            continue
        total, cur, j, last, kind, vague, scale = 0.0, 0.0, i, "", "number", False, 1.0
        while j < n:
            w = words[j]
            if w in _CONNECTORS:
                following = words[j + 1] if j + 1 < n else ""
                half = (
                    2
                    if following in ("demi", "demie")
                    else 3
                    if words[j + 1 : j + 3] in (["a", "half"], ["an", "half"])
                    else 0
                )
                if half and last in ("unit", "teen", "tens", "hundred", "scale"):  # "deux millions et demi"
                    total, cur = (total + 0.5 * scale, cur) if last == "scale" else (total, cur + 0.5)
                    last, j = "half", j + half
                    continue
                if following in ("un", "une", "one") or (following in vocab and last in ("hundred", "tens", "scale")):
                    j += 1
                    continue
                break
            if w in _FRACTIONS and j > i and last in ("unit", "art") and cur < 10 and not total:
                cur, last, j = cur / _FRACTIONS[w], "frac", j + 1
                break
            if (w in _APPROX_WORDS and last == "art") or (w == "dozen" and last in ("art", "unit")):
                cur, vague, last, j = (cur or 1) * _APPROX_WORDS[w], w != "dozen", "aine", j + 1
                break
            if w in _ORDINAL_WORDS and last == "tens":
                cur, kind, last, j = cur + _ORDINAL_WORDS[w], "ordinal", "ord", j + 1
                break
            v = vocab.get(w)
            if v is None:
                break
            cls = _word_class(w, v, j == i, last)
            nxt = words[j + 1] if j + 1 < n else ""
            if cls == "scale" and j == i and v >= 1e6:
                break  # "des millions", "millions of": vague
            if cls == "art" and not (vocab.get(nxt, 0) >= 100 or nxt in _FRACTIONS or nxt in _APPROX_WORDS):
                break
            low = cur % 100
            if j > i and not {
                "unit": (last in ("tens", "hundred", "scale") and low % 10 == 0) or (last == "teen" and low % 20 == 10),
                "teen": last in ("hundred", "scale") or (last == "tens" and low in (60, 80)),
                "tens": last in ("hundred", "scale") or (w.startswith("vingt") and words[j - 1] == "quatre"),
                "hundred": last in ("unit", "teen", "tens", "art") and cur < 100,
                "scale": last in ("unit", "teen", "tens", "hundred", "art", "half"),
            }.get(cls, False):
                break
            if cls == "scale":
                total, cur, scale = total + (cur or 1) * v, 0.0, v
            elif cls == "hundred":
                cur = (cur or 1) * 100
            elif cls == "tens" and last == "unit":
                cur = cur - 4 + 80
            else:
                cur += v
            last, j = cls, j + 1
        if last in ("art", ""):
            i = max(j, i + 1)
            continue
        end = j - 1
        while words[end] in _CONNECTORS:
            end -= 1
        out.append((i, end, total + cur, kind, vague))
        i = j
    return out


def extract(text: str, lang: str = "fr") -> list[Fact]:
    """Return the figures of ``text`` (language "fr" or "en"), in order of appearance."""
    return _Extractor(text, (lang or "").lower()[:2]).run()


# -------------------------------------------------------------------- matching


@dataclass(frozen=True)
class _Entry:
    value: float
    step: float
    unit: str | None
    fact: Fact
    part: bool = False  # a component (mantissa, day, year): supports plain numbers only
    vague: bool = False  # an approximate equivalent (a fraction as a percentage)


def _close(o: float, o_step: float, s: float, s_step: float, *, hedged: bool, implicit: bool, vague: bool) -> bool:
    """Whether output value ``o`` (written at precision ``o_step``) can stand for source value ``s``."""
    if math.isclose(o, s, rel_tol=1e-9, abs_tol=1e-12):
        return True
    diff, rel = abs(o - s), abs(o - s) / max(abs(s), 1e-12)
    coarser = o_step > s_step * 1.000001
    if coarser or hedged:  # the output is a rounding of the source
        cap = 0.05 if implicit and not hedged else 0.15
        if (diff <= o_step / 2 * (1 + 1e-9) and rel <= cap) or (coarser and rel <= 0.015):
            return True
    return vague and (diff <= max(o_step, s_step) / 2 * (1 + 1e-9) or rel <= 0.01)


def _unit_ok(out: str | None, src: str | None, kind: str) -> bool:
    """Whether a source unit is compatible with the output's (None: unspecified)."""
    if kind == "percentage":  # "0,5 point" (of percentage) supports "0.5 percentage points"
        return src in ("%", "pp") or (out == "pp" and src == "pt")
    if kind != "amount" or src is None or src == out:
        return True
    fam_o, fam_s = _CUR_FAMILY.get(out or ""), _CUR_FAMILY.get(src)
    return fam_o is not None and fam_o == fam_s and (out in _GENERIC or src in _GENERIC)


def _entries(facts: list[Fact], text: str) -> list[_Entry]:
    """Every value the source offers, with intermediate ordinals of ranges ("du XIe au XIIIe")."""
    out = []
    for f in facts:
        if f.kind != "date":
            out += [_Entry(v, step, f.unit, f) for v, step in ((float(f.value), f.step), *f.alts)]  # type: ignore[arg-type]
        out += [_Entry(p, 1.0, None, f, part=True) for p in f.parts]
        if f.unit == "%":  # "50 %" supports "half", "deux tiers" supports "67%"
            out.append(_Entry(float(f.value) / 100, f.step / 100, None, f, vague=True))  # type: ignore[arg-type]
        elif f.kind == "number" and f.unit is None and 0 < float(f.value) < 1:  # type: ignore[arg-type]
            out.append(_Entry(float(f.value) * 100, 1.0, "%", f, vague=True))  # type: ignore[arg-type]
    for x, y in itertools.pairwise(facts):  # "29 pouces trois quarts", "2 millions et demi"
        whole, frac = (float(f.value) if f.kind in ("number", "amount") else -1.0 for f in (x, y))  # type: ignore[arg-type]
        if whole >= 0 and 0 < frac < 1 and y.kind == "number" and len(text[x.end : y.start].split()) <= 2:
            scale = whole / x.parts[0] if x.scaled and x.parts and x.parts[0] else 1.0
            if whole / scale == int(whole / scale):
                out.append(_Entry(whole + frac * scale, 0.01 * scale, x.unit, x))
    for m in _IDENT.finditer(text):  # "Rd6", "covid-19": their digits support a plain "6", "19"
        ident = Fact(m.group(), "number", 0.0, None, m.start(), m.end(), checked=False)
        out += [_Entry(float(d), 1.0, None, ident, part=True) for d in re.findall(r"\d+", m.group())]
    ordinals = [f for f in facts if f.kind == "ordinal" and f.checked]
    for x, y in itertools.pairwise(ordinals):
        if _RANGE_ORD.match(text[x.end : y.start] + " ") and 1 < float(y.value) - float(x.value) <= 5:  # type: ignore[arg-type]
            out += [_Entry(float(v), 1.0, None, x) for v in range(int(x.value) + 1, int(y.value))]  # type: ignore[arg-type]
    return out


def _convert(e: _Entry, unit: str) -> tuple[float, float] | None:
    """The source entry expressed in the output's measure unit: (value, step)."""
    if e.unit not in _MEASURES or unit not in _MEASURES or e.unit == unit:
        return None
    (dim_s, k_s), (dim_o, k_o) = _MEASURES[e.unit], _MEASURES[unit]
    if dim_s != dim_o:
        return None
    if dim_s == "T":
        return (e.value * 9 / 5 + 32, e.step * 1.8) if unit == "F" else ((e.value - 32) * 5 / 9, e.step / 1.8)
    return e.value * k_s / k_o, e.step * k_s / k_o


def _date_verdict(f: Fact, src: list[Fact], months: set[int]) -> tuple[str, str, Fact | None] | None:
    """Whether a date of the output is supported; a year-less date or a month-year may be."""
    years = {int(v) for s in src if s.kind == "year" for v, _ in ((s.value, 1), *s.alts)}  # type: ignore[call-overload]
    years |= {s.value[0] for s in src if s.kind == "date" and s.value[0]}  # type: ignore[index]
    dates = [(s, reading) for s in src if s.kind == "date" for reading in (s.value, *s.alts)]
    best, year_only = None, False
    for y, mo, d in (f.value, *f.alts):  # type: ignore[misc]
        for s, (sy, smo, sd) in dates:
            if smo != mo or (d is not None and sd != d):
                best = best or (s if smo == mo else None)
                continue
            if y is None or sy == y or (sy is None and y in years):
                return None
            best, year_only = s, True
        if d is None and y in years and mo in months:
            return None
    if best and year_only:
        return "date_mismatch", f"date differs from the source: the year does not match '{best.text}'", best
    if best:
        return "date_mismatch", f"date differs from the source: the day does not match '{best.text}'", best
    return "absent", "date absent from source: no date in the source matches it", None


def _describe(f: Fact) -> str:
    v = f.value
    if isinstance(v, tuple):
        return "-".join("?" if x is None else str(x) for x in v)
    if f.kind == "time":
        return f"{int(v):02d}:{round(v % 1 * 60):02d}"
    number = f"{v:.10g}" if f.kind in ("year", "ordinal") else f"{v:,.10g}"
    return number + (f" {f.unit}" if f.unit else "")


def _judge(f: Fact, entries: list[_Entry], src: list[Fact], months: set[int]) -> tuple[str, str, Fact | None] | None:
    """Return None if the source supports ``f``, else (code, reason, closest source fact)."""
    if f.kind == "date":
        return _date_verdict(f, src, months)
    plain = f.kind in ("number", "ordinal", "year", "time") and not f.scaled and f.unit in (None, "times", "h")
    value = float(f.value)  # type: ignore[arg-type]
    step = f.step
    if f.approx and step == 1 and value == int(value) and value and not f.scaled:  # "about 20": rounded to tens
        step = 10.0 ** (len(str(int(value))) - len(str(int(value)).rstrip("0")))
    implicit = not f.scaled and step > 1
    readings = ((value, 1.0 if f.kind == "year" else step), *f.alts)
    mismatch: _Entry | None = None
    for e in entries:
        if (e.part and not plain) or (not e.fact.checked and e.fact.kind == "ordinal" and f.kind != "ordinal"):
            continue
        values = [(e.value, e.step, e.fact.vague or e.vague)]
        conv = _convert(e, f.unit) if f.unit in _MEASURES else None
        if conv:
            values.append((conv[0], conv[1], True))
        for sv, s_step, vague in values:
            if f.kind == "year":  # a year is exact: "2012" never stands for 2013
                ok = any(math.isclose(o, sv) for o, _ in readings)
            elif f.kind == "percentage" and vague:  # "deux tiers" may be written 67% or 66.7%
                ok = any(abs(o - sv) <= max(o_step, 0.1) for o, o_step in readings)
            else:
                ok = any(_close(o, o_step, sv, s_step, hedged=f.approx, implicit=implicit, vague=vague)
                         for o, o_step in readings)  # fmt: skip
            if ok and _unit_ok(f.unit, e.unit, f.kind):
                return None
            mismatch = mismatch or (e if ok else None)
    if mismatch:
        s = mismatch.fact
        if f.kind == "amount":
            src_cur, out_cur = (_CUR_NAMES.get(u or "", u) for u in (s.unit, f.unit))
            reason = (
                f"currency differs: the source gives this amount in {src_cur} ('{s.text}'), the output in {out_cur}"
            )
            return "currency_mismatch", reason, s
        return "unit_mismatch", f"unit differs: the source has {_describe(s)} but not as a percentage ('{s.text}')", s
    same = [s for s in src if s.kind == f.kind and s.checked and not isinstance(s.value, tuple)]
    if not same:
        what = {"amount": "amount", "percentage": "percentage", "year": "year"}.get(f.kind, "figure")
        return "absent", f"absent from source: no {what} in the source has the value {_describe(f)}", None
    v = abs(float(f.value)) + 1e-9  # type: ignore[arg-type]
    best = min(same, key=lambda s: abs(math.log((abs(float(s.value)) + 1e-9) / v)))  # type: ignore[arg-type]
    return "value_mismatch", f"value differs from the source: {_describe(f)} here, closest is '{best.text}'", best


def _literal_in(f: Fact, source: str) -> bool:
    """The figure appears verbatim in the source, or is a code like the source's ("802.11g" / "802.11a")."""
    token = re.sub(r"\s+", " ", f.text.strip())
    pattern = r"(?<![\w.,])" + re.escape(token).replace(r"\ ", r"\s+") + r"(?![\w]|[.,]\d)"
    glued = re.fullmatch(r"(\d[\d.,]*)[^\W\d_]+", token)
    if glued:
        pattern += r"|(?<![\w.,])" + re.escape(glued.group(1)) + r"[^\W\d_]"
    return bool(re.search(pattern, source))


def check(source: str, output: str, source_lang: str = "fr", output_lang: str = "en") -> list[Flag]:
    """Flag every figure of ``output`` that ``source`` does not support (empty list: all supported)."""
    src = extract(source, source_lang)
    norm_source = _prepare(source)[0]
    entries = _entries(src, source)
    months = {_MONTHS[w] for w in re.findall(r"[^\W\d_]+", norm_source.lower()) if w in _MONTHS}
    flags = []
    for f in extract(output, output_lang):
        if not f.checked:
            continue
        verdict = _judge(f, entries, src, months)
        if verdict is None or _literal_in(f, norm_source):
            continue
        code, reason, closest = verdict
        flags.append(
            Flag(f.text, f.kind, reason, f.start, f.end, f.value, f.unit, code, closest.text if closest else None)
        )
    return flags


__all__ = ["Fact", "Flag", "check", "extract"]
