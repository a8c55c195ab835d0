"""Business-news figure formats the general passes do not read: reporting periods (``T3 2024`` /
``Q3/24``, ``second semestre`` / ``H2``), ranks (``numéro deux`` / ``No. 2``), the symbolic euro,
phone numbers and other digit codes, and product or model codes (``A350``, ``M6``).

Each function scans a prepared text and yields ``(start, end, kind, value, extra)`` spans; the
extractor in :mod:`summarizer.guard.figures` turns them into facts before its general passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Span = tuple[int, int, str, float, dict]

_ORD = {"premier": 1, "première": 1, "1er": 1, "1re": 1, "second": 2, "seconde": 2, "deuxième": 2, "2e": 2,
        "2nd": 2, "troisième": 3, "3e": 3, "3rd": 3, "quatrième": 4, "4e": 4, "4th": 4, "first": 1, "1st": 1,
        "third": 3, "fourth": 4, "dernier": 0}  # fmt: skip
_ORD_ALT = "|".join(sorted(map(re.escape, _ORD), key=len, reverse=True))
_YEAR_AFTER = re.compile(r"(?:\s+(?:de\s+|of\s+)?|\s*[/'’-]\s*|\s+FY)(?P<y>(?:19|20)\d\d|\d\d)(?!\w|[.,]\d)")
# "Q3", "T3 2024", "H2", "S1" (a letter code needs a year after it or a period word before it in French:
# "un T3" is a flat), "third quarter", "second semestre", "premier trimestre".
_PERIOD = re.compile(
    rf"(?<![\w-])(?:(?P<code>[QTHS])(?P<n>[1-4])(?![\w-])|(?P<n2>[1-4])(?P<code2>(?-i:[QH]))(?=\d\d(?![\w]))|(?P<ord>{_ORD_ALT})[\s-]+(?P<unit>quarter|half|trimestre|semestre|quart-temps|mi-temps)s?(?![\w-])(?![\s-]+hours?\b))",
    re.I,
)
_UNITS = {"q": "quarter", "t": "quarter", "h": "half", "s": "half", "quarter": "quarter", "trimestre": "quarter",
          "half": "half", "semestre": "half", "quart-temps": "quarter", "mi-temps": "half"}  # fmt: skip
# "No.1", "n°2", "numéro un", "number two"; a word after "No" only with its dot ("No one" is nobody).
_RANK = re.compile(
    r"(?<![\w])(?:(?:No\.?|no\.|n°|N°|Nº|num[ée]ro|number)\s?(?P<n>\d{1,3})"
    r"|(?:No\.|n°|N°|Nº|num[ée]ro|number)\s?(?P<w>un|une|deux|trois|quatre|cinq|one|two|three|four|five))(?![\w])"
)
# "en tête du classement", "at the top of the chart": the first rank, in words (support only: "number one").
_TOP = re.compile(r"(?<![\w])(?:en\s+tête|at\s+the\s+top|top(?:ped|s)?\s+the\s+charts?)(?![\w])", re.I)
_RANK_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "one": 1, "two": 2, "three": 3,
               "four": 4, "five": 5}  # fmt: skip
# "un dollar symbolique", "l'euro symbolique", "a symbolic pound": one unit of that currency.
_SYMBOLIC = re.compile(
    r"\b(?:(?:un|une|l')\s?(?P<fr>euro|dollar|franc|livre|yen|yuan)s?\s+symbolique"
    r"|(?:symbolic|token|nominal)\s+(?:one\s+)?(?P<en>euro|dollar|franc|pound|yen|yuan)s?)\b",
    re.I,
)
# Phone numbers and other digit codes: three or more digit groups with one kind of separator, 8+ digits.
_CODE = re.compile(
    r"(?<![\w.,+])(?:\+\d{1,3}[\s.-]?)?\(?\d{1,4}\)?(?P<sep>[\s.-])\d{2,4}(?:(?P=sep)\d{2,4}){1,4}(?![\w]|[.,]\d)"
)
# Product and model codes: letters then digits ("A350", "M6", "G20", "H5N1", "F-35").
IDENT_CODE = re.compile(
    r"(?<![\w.,-])(?P<p>[A-Z][A-Za-z]{0,3})-?(?P<d>\d{1,4})(?P<tail>[A-Z]{0,3}\d{0,3})(?![\w-]|[.,]\d)"
)

# A generation or a format: a digit or two then one capital ("4G", "3D", "8K").
GENERATION = re.compile(r"(?<![\w.,-])(?P<d>\d{1,2})(?P<p>[A-Z])(?![\w-])")

# "les six premiers mois", "the first three months": the first half or quarter of a year.
_FIRST_MONTHS = re.compile(
    r"(?<![\w-])(?:(?P<n>six|trois|6|3)\s+premiers\s+mois|first\s+(?P<n2>six|three|6|3)\s+months)(?![\w-])", re.I
)


def periods(text: str) -> Iterator[Span]:
    """Quarters and halves: value = the number of the period, unit "quarter" or "half"; a year after it too."""
    for m in _FIRST_MONTHS.finditer(text) if "mois" in text or "months" in text else ():
        half = (m.group("n") or m.group("n2")).lower() in ("six", "6")
        yield m.start(), m.end(), "ordinal", 1.0, {"unit": "half" if half else "quarter", "checked": False}
    for m in _PERIOD.finditer(text):
        if m.group("code"):
            letter, number = m.group("code").lower(), int(m.group("n"))
            year = _YEAR_AFTER.match(text, m.end())
            if (
                letter in "ts"
                and not year
                and not re.search(r"(?:\bau|\bdu|\bce|\ble)\s+$", text[max(0, m.start() - 5) : m.start()])
            ):
                continue  # "un T3" (a flat), "S1" alone
            if letter in "qh" and not m.group("code").isupper():
                continue
        elif m.group("code2"):  # "3Q12", "1H13"
            letter, number, year = m.group("code2").lower(), int(m.group("n2")), _YEAR_AFTER.match(text, m.end())
        else:
            letter, number, year = m.group("unit").lower(), _ORD[m.group("ord").lower()], None
            if not number:  # "dernier trimestre 2012": the fourth quarter of a year named (else: the latest one)
                if not _YEAR_AFTER.match(text, m.end()):
                    continue
                number = 4 if _UNITS[letter] == "quarter" else 2
        yield m.start(), m.end(), "ordinal", float(number), {"unit": _UNITS[letter]}
        if year:
            y = int(year.group("y"))
            y = y + 2000 if y < 100 else y
            yield year.start("y"), year.end("y"), "year", float(y), {}


def ranks(text: str) -> Iterator[Span]:
    """'No. 2', 'numéro deux', 'n°1': a rank, read like an ordinal ('deuxième', 'second')."""
    for m in _RANK.finditer(text):
        raw = (m.group("n") or m.group("w")).lower()
        value = _RANK_WORDS.get(raw) or int(raw)
        yield m.start(), m.end(), "ordinal", float(value), {"rank": True}
    for m in _TOP.finditer(text):
        yield m.start(), m.end(), "ordinal", 1.0, {"rank": True, "checked": False}


def symbolic(text: str) -> Iterator[Span]:
    """'un euro symbolique' / 'a symbolic dollar': one unit of the currency named."""
    for m in _SYMBOLIC.finditer(text):
        yield m.start(), m.end(), "amount", 1.0, {"unit": None}  # a token sum: one unit of any currency


def codes(text: str) -> Iterator[Span]:
    """Phone numbers and digit codes: value = the digits (national form: a leading +33 reads as 0)."""
    for m in _CODE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) < 8 or re.fullmatch(r"[1-9]\d{0,2}(?:([ .])\d{3})(?:\1\d{3})*", m.group()):
            continue  # "10 000 000": a number grouped by thousands, not a code ("0 800 130 000" is one)
        if m.group().startswith("+") and len(digits) > 9:
            digits = "0" + digits[-9:]
        yield m.start(), m.end(), "code", float(digits), {}


def code_key(text: str) -> tuple[str, str] | None:
    """(letters, digits+tail) of a product code, written any way ('A-350' and 'A350' are one code);
    a digit then a capital ('4G', '3D') keys on '#' and its letter."""
    m = IDENT_CODE.fullmatch(text.strip())
    if m is None:
        g = GENERATION.fullmatch(text.strip())
        return ("#" + g.group("p"), g.group("d")) if g else None
    return (m.group("p").upper(), m.group("d") + m.group("tail").upper())


def code_matches(text: str) -> Iterator[re.Match[str]]:
    """Product codes ('A350') and generations or formats ('4G', '3D') of a text."""
    yield from IDENT_CODE.finditer(text)
    yield from GENERATION.finditer(text)
