"""Compiled regular expressions of the figure guard (numbers, times, dates, currencies, units)."""

from __future__ import annotations

import re
from typing import Any

from summarizer.guard.lexicon import (
    CODES,
    CUR_PREFIX,
    CUR_WORDS,
    DAY_PERIODS,
    EN_WORDS,
    FR_DAYS,
    FR_WORDS,
    MONTHS_EN,
    MONTHS_FR,
    NAMED_TIMES,
    ORDINAL_WORDS,
    UNIT_WORDS,
)


def alternation(words: Any) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


NUM = re.compile(
    r"(?=\d)(?:(?<![\w.,])|(?<=\b(?:de|en|of|to|in))|(?<=\b[àa])|(?<=\b(?:USD|EUR|GBP|CHF|JPY|CNY|AUD|CAD))"
    r"|(?<=[^\W\d_]{2})(?=\d{1,3}(?:[ ]\d{3})+(?![\d])))"  # "environ1 000": a grouped number glued to a word
    r"(?:(?<!\d)\d{1,2},\s\d{1,2}(?=\s?°?\s?%)|\d{1,3}(?:[ ]\d{3})+(?:[.,]\d+)?(?![\d])|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])"
    r"|\d{1,3}(?:'\d{3})+(?:[.,]\d+)?(?![\d'])"  # "1'000'000": Swiss grouping
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])|\d+(?:[.,]\d+)?)"
)
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
AMPM = r"(?P<ap>[apAP])\.?\s?[mM]\.?(?![a-zA-Z])"
DAY_PERIOD = rf"(?P<dp>{alternation(DAY_PERIODS)})(?![\w])"
HOUR_WORDS = alternation(
    [w for w, v in {**FR_WORDS, **EN_WORDS}.items() if 1 <= v <= 12 and w not in ("a", "an", "un")] + ["une"]
)
# Minutes before or after the hour: "twenty", "twenty-five", "10 minutes" ("twenty past seven", "ten to 8").
MINUTES_REL = r"(?:twenty[\s-]five|twenty|ten|five|[1-5]?\d(?=\s+minutes?))"
# Words after which "ten to eight" is a clock time (elsewhere, "five to eight degrees" is a range).
CLOCK_CUE = (
    "(?:"
    + "|".join(rf"(?<=\b{w}\s)" for w in ("at", "until", "till", "by", "before", "after", "around", "about"))
    + ")"
)
TIME_RES = [
    re.compile(
        r"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])\s?(?::|h|H|\s?heures?\s)\s?(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
        rf"(?:\.(?P<fs>\d+))?(?!\d)(?:\s?{AMPM})?"
    ),
    re.compile(
        rf"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])\.(?P<mi>[0-5]\d)(?!\d)(?:\s?{AMPM}|(?=\s?(?:GMT|UTC|heure|hour|hrs?\b|local)))"
    ),
    re.compile(rf"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])\s?{AMPM}"),
    re.compile(r"(?<![\w.,:])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s?(?=GMT|UTC|Z\b|hours\b|hrs\b)"),
    re.compile(rf"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])\s?(?:h|heures?)(?![\w])(?!\s?\d)(?:\s+{DAY_PERIOD})?"),
    re.compile(  # "trois heures du matin", "une heure 20", "eight o'clock in the evening"
        rf"(?<![\w-])(?P<w>{HOUR_WORDS})\s+(?:heures?|o'clock)"
        rf"(?:\s+(?P<mi>[0-5]\d)(?!\d)|\s+et\s+(?:(?P<half>demie)|(?P<quarter>quart)))?"
        rf"(?:\s+{DAY_PERIOD})?(?![\w])",
        re.I,
    ),
    re.compile(  # "midnight", "12 noon" (not "a quarter to midnight": read below)
        rf"(?<![\w.,:])(?<!half\sto\s)(?<!half\spast\s)(?<!quarter\sto\s)(?<!quarter\spast\s)"
        rf"(?:(?P<h>12|0?0)\s+)?(?P<named>{alternation(NAMED_TIMES)})(?![\w])",
        re.I,
    ),
    re.compile(  # "half past six in the evening", "a quarter to 7", "twenty-five past 8", "10 to nine"
        rf"(?<![\w-])(?<!from\s)(?<!between\s)(?:a\s+)?"
        rf"(?P<rel_n>half|quarter|{MINUTES_REL}(?=(?:\s+minutes?)?[\s-]+past\b)|{CLOCK_CUE}{MINUTES_REL})"
        rf"(?:\s+minutes?)?[\s-]+(?P<rel>past|to)\s+(?:(?P<h>1[0-2]|0?[1-9])|(?P<w>{HOUR_WORDS})"
        rf"|(?P<nr>{alternation(NAMED_TIMES)}))"
        rf"(?![\w])(?:\s+{DAY_PERIOD})?",
        re.I,
    ),
]
ROMAN = re.compile(r"(?<![\w])(?P<r>[IVXLC]+)-?(?:e|ème|eme|er|re|ère|ᵉ)(?![\w])")
LETTERS = re.compile(r"[^\W\d_]+")
ELISION = re.compile(r"(?:d|l|qu|jusqu|lorsqu|puisqu|quoiqu|s|n|c|j)'(?=\w)")
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def date_patterns(lang: str) -> list[re.Pattern[str]]:
    def names(table: dict[str, int]) -> str:
        full = [
            k
            for k in table
            if len(k) > 4 or k.lower() in ("mars", "mai", "juin", "aout", "août", "may", "june", "july")
        ]
        return rf"(?:{alternation(full)})\b|(?:{alternation(set(table) - set(full))})\b\.?"

    months = []
    if lang != "fr":
        months.append(rf"(?:{names(MONTHS_EN)})")
    if lang != "en":
        months.append(rf"(?i:{names(MONTHS_FR)})")
    mon = rf"(?P<m>{'|'.join(months)})"
    day = r"(?P<d>[0-3]?\d|premier)(?:er|re|e|st|nd|rd|th)?"
    # "le 14-Juillet" (a French date as a name), "12-Mar-13"; not "March 12-April 13" (a range)
    french = alternation({m.capitalize() for m in MONTHS_FR if len(m) > 3 or m == "mai"})
    hyphen = rf"-(?=(?:{french})\b|[A-Z][a-z]{{2,8}}\.?-\d)"
    year = r"(?:(?:,?\s+(?:de\s+|of\s+)?|(?<=[A-Za-z.])-)(?P<y>\d{4}|'\d{2}|(?<=-)\d{2})(?![\d]))?"  # "12-Mar-13"
    # "Mai 68": a French month written as a name, then a year of two digits
    named = [rf"(?<![\w.,])(?P<m>{french})\s+(?P<y>\d{{2}})(?![\w]|[.,]\d|\s?%)"] if lang != "en" else []
    return [
        re.compile(rf"(?<![\w.,]){day}(?:\s+(?:of|de)\s+|\s+d'|\s+|{hyphen}){mon}{year}"),
        re.compile(
            rf"{mon}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\w])"
            rf"(?:\s*(?:and|to|-|,|or)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\w]))?{year}"
        ),
        re.compile(rf"{mon}\s+(?:de\s+|of\s+)?(?P<y>\d{{4}}|'\d{{2}}|\d{{2}}(?=\s*(?:[,;:)]|\.(?!\d)|$)))(?![\d])"),
        re.compile(r"(?<![\w.,/-])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\w-]|[./]\d)"),
        # a month of a year in digits: "2024-03" (not a season such as "2008-09": see ``season_span``), "03/2024"
        re.compile(r"(?<![\w.,/-])(?P<y>(?:1[89]|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?![\w/-]|[.,]\d)"),
        re.compile(r"(?<![\w.,/-])(?P<m>0[1-9]|1[0-2])/(?P<y>(?:1[89]|20)\d\d)(?![\w/-]|[.,]\d)"),
        *map(re.compile, named),
    ]


DATE_RES = {lang: date_patterns(lang) for lang in ("fr", "en", "any")}


def season_span(year: str, month: str) -> bool:
    """Whether "YEAR-MM" reads as two consecutive years ("2008-09": a season), not as a month of YEAR."""
    return len(month) == 2 and int(month) == (int(year) + 1) % 100


def after_pattern(entries: list[tuple[str, str | None]]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(entries)) + r")(?!\w|'\w)", re.I)


CUR_AFTER = after_pattern(CUR_WORDS)
CUR_LINKED = re.compile(r"(?:d'|de\s+|of\s+)" + CUR_AFTER.pattern, re.I)  # "3,5 Mds d'euros"
UNIT_AFTER = after_pattern(UNIT_WORDS)
CUR_SYMBOL = "(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(CUR_PREFIX)) + rf"|(?P<code>{CODES}))"
CUR_BEFORE = re.compile(CUR_SYMBOL + r"\s?$")
CUR_START = re.compile(CUR_SYMBOL + r"\s?")
CUR_NAMES = {"$": "dollars", "lb": "pounds", "FRANC": "francs", "KR": "crowns", "¥": "yen or yuan"}
PERCENT = re.compile(
    r"\s*(?:(?P<pp>points?\s+de\s+pourcentage|percentage[-\s]points?|pp(?![\w]))"
    r"|(?P<pct>°?\s?%|pour\s?-?cents?(?![\w])|p\.\s?100|pour\s100(?![\d])|per\s?-?cent(?![\w])|percent(?![\w])|pct(?![\w])|(?-i:pc)(?![\w])))",
    re.I,
)
TIMES = re.compile(r"(?:\s*(?:fois|times)|-?fold)(?![\w])", re.I)
HYPHEN_ID = re.compile(r"(?<![\w-])(?P<w>[^\W\d_]+)-$")
NOT_ID = {"mid", "mi", "pre", "pré", "post", "late", "early", "fin", "début", "after", "après", "avant", "before"}
SLASH_DATE = re.compile(
    r"(?<![\w./,-])(?P<p>[0-3]?\d)(?P<sep>[/.-])(?P<q>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/]|[.,-]\d)"
)
AND_A_HALF = re.compile(  # "un an et demi", "an hour and three quarters"
    r"\b(?P<n>[^\W\d_]+)\s+(?P<u>[^\W\d_]+)\s+(?:et\s+(?:demie?|(?P<q>quart|trois\s+quarts))"
    r"|and\s+(?:a\s+half|(?P<q2>a\s+quarter|three\s+quarters)))\b",
    re.I,
)


def halves(m: re.Match[str]) -> float:
    """The fraction an :data:`AND_A_HALF` match adds: 0.5, 0.25 or 0.75."""
    q = (m.group("q") or m.group("q2") or "").lower()
    return 0.75 if q.startswith("trois") or q.startswith("three") else 0.25 if q else 0.5


ACRONYM = re.compile(r"(?<![\w&])(?P<w>[A-Z][A-Z&]+) $")
CAPS_WORDS = {*CODES.split("|"), "DE", "DU", "LA", "LE", "LES", "DES", "EN", "ET", "THE", "OF", "IN", "AT",
               "TO", "ON", "BY", "UN", "UNE", "PLUS", "OVER", "ABOUT", "FOR", "AND", "SUR", "AU", "AUX", "PAR",
               "GMT", "UTC", "AD", "BC", "BCE", "CE", "JC"}  # fmt: skip
SLASH_FRACTION = re.compile(r"(?<![\w./,])(?P<a>\d)/(?P<b>\d{1,2})(?![\w/]|[.,]\d)")
DAY_LIST = re.compile(
    r"(?<![\w.,])(?P<d>[0-3]?\d)(?:er|st|nd|rd|th)?\s*(?:,|et|and|au|à|-|to|ou|or)\s*(?:(?:le|the)\s+)?"
    rf"(?:(?:{'|'.join(FR_DAYS)}|\w+day)\s+)?$",
    re.I,
)
IDENT = re.compile(r"(?<![\w.,])(?:[^\W\d_]+-?\d[\w.-]*|\d+[^\W\d_][\w-]*)")

IMPLIED = [(r"(?:bi|two-)dimension", 2), (r"(?:tri|three-)dimension", 3), (r"bilat[ée]r", 2),
            (r"trilat[ée]r", 3), (r"bienn", 2), (r"trienn", 3), (r"quinquenn", 5), (r"d[ée]cenn", 10),
            (r"decade", 10), (r"bicenten", 200), (r"centen", 100), (r"mill[ée]n", 1000), (r"trimest", 3),
            (r"semest", 6), (r"doubl", 2), (r"tripl", 3), (r"quadrupl", 4), (r"quintupl", 5),
            (r"d[ée]cupl", 10), (r"pairs?$|paires?$|couples?$", 2), (r"duos?$", 2), (r"trios?$", 3),
            (r"jumea|twins?$", 2), (r"bip[èe]d", 2), (r"quadrup[èe]d", 4),
            (r"si[èe]cles?$|centur", 100), (r"septenn", 7), (r"quatuors?$|quartets?$", 4),
            (r"quintet(?:te)?s?$", 5), (r"both$", 2), (r"mi$", 0.5), (r"once$", 1)]  # fmt: skip
IMPLIED_RE = re.compile("|".join(f"(?P<i{i}>{p})" for i, (p, _) in enumerate(IMPLIED)))
RANGE = re.compile(r"\s*(?:-|à|au|to|and|et|through|or|ou)\s*(?=[\d$€£¥])")
RANGE_ORD = re.compile(r"\s*(?:[-–—]|à|au|to|through|and|et|,)\s*(?:the\s+|le\s+)?$")
# Before a temperature written "15C", "104F" (no degree sign): a sign or a verb of reaching it.
TEMPERATURE = re.compile(
    r"(?:\bminus|\bplus|[-−+]|\b(?:of|to|at|hit|reach(?:ed|es)?|around|about|between|and|highs?|lows?|is|was|are|were|be"
    r"|below|above|under|over|than|from|by))\s?$",
    re.I,
)
# "rose by a fifth", "up a fifth", "en hausse d'un cinquième": a change as a share (the fraction, not the ordinal).
BY_A_SHARE = re.compile(r"(?:\b(?:by|up|down)\s+|\bd')(?:an?|one|une?)[\s-]+$", re.I)
# A fall before a multiple ("fell fourfold", "cut threefold"): the figure divides.
FALL_BEFORE = re.compile(
    r"\b(?:f[ae]ll(?:en|s|ing)?|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|shr[aiu]nk|shrinks?"
    r"|cut|cuts|slashed|reduced|plunged|plummeted|down)\s+(?:by\s+)?(?:(?:some|about|nearly|almost|roughly)\s+)?$",
    re.I,
)
# An ordinal inside a set term is no figure: "sixth-form college", "Third World", "sixth sense", "le septième art".
ORDINAL_TERM = re.compile(
    r"[\s-]+(?:form(?:ers?)?|sense|column|estate|heaven|sens|ciel|colonne|art"
    r"|(?-i:World)(?!\s+(?:[Ww]ars?|[Cc]ups?|[Tt]itles?|[Cc]hampionships?|[Ss]eries)\b))\b",
    re.I,
)
# A French school year named by its ordinal ("en sixième", "élèves de troisième"): a class, which a rendering may
# name by its place in the school ("the first year of secondary school", "Year 7", "ninth grade").
SCHOOL_YEAR = re.compile(
    r"(?:\ben|\bde|\bclasses?\s+de|\bélèves?\s+de)\s+(?:sixième|cinquième|quatrième|troisième)"
    r"(?=\s*(?:[,.;:!?)]|$|\s+(?:et|ou|à|au|aux|dans|en|pour|pendant|ne|n'|qui|sont|est)\b))",
    re.I,
)

_SCHOOL_WORDS = re.compile(r"(?i)\b(?:élèves?|collèg|classes?\b|écoles?\b|scolai|enseign|professeur|cours\b|redoubl)")


def share_of(text: str, a: int, b: int) -> bool:
    """Whether the fraction word at ``text[a:b]`` is a share: "a fifth of", "un cinquième des", "up by a fifth"."""
    of = re.match(r"[\s-]*(?:(?:of|des?|du)\s|d')", text[b : b + 5], re.I)
    return bool(of or BY_A_SHARE.search(text[max(0, a - 12) : a]))


def fold_factor(text: str, a: int, factor: float) -> float:
    """The factor of the multiple at ``a`` ("fourfold": 4), divided when a fall comes just before ("fell
    fourfold": a quarter)."""
    return 1 / factor if FALL_BEFORE.search(text[max(0, a - 30) : a]) else float(factor)


def set_ordinal(text: str, a: int, b: int) -> bool:
    """Whether the number words at ``text[a:b]`` are an ordinal that names no figure: inside a set term
    (:data:`ORDINAL_TERM`) or a French school year (:data:`SCHOOL_YEAR`)."""
    if text[a:b].lower() not in ORDINAL_WORDS:
        return False
    if ORDINAL_TERM.match(text, b):
        return True
    school = _SCHOOL_WORDS.search(text, max(0, a - 100), a)  # "arrivé en sixième" is a place in a race
    return bool(school) and any(m.end() == b for m in SCHOOL_YEAR.finditer(text, max(0, a - 20), b + 40))


# "seven decades", "deux siècles": a count of ten or a hundred years (the output may give the years).
SCALED_PERIOD = re.compile(
    r"[\s-]*(?:(?:of|de)\s+(?:an?\s+|une?\s+)?|d'une?\s+|an?\s+)?"  # "a quarter of a century", "half a century"
    r"(?:(?P<ten>d[ée]cennies?|decades?)|(?P<hundred>siècles?|century|centuries)|(?P<thousand>millénaires?|millenni(?:um|a)))\b",
    re.I,
)
# Knockout rounds named by their matches: "huitièmes de finale" (the last 16), "quarts de finale", "demi-finale",
# or by the teams left: "le dernier carré" (the last four).
ROUND = re.compile(
    r"(?<![\w-])(?:(?P<d>\d{1,2})(?:es?|èmes?|emes?)|(?P<w>[^\W\d_]+?)s?)[\s-]+de[\s-]+finale"
    r"|(?<![\w-])(?P<w2>demi|quarter|semi|eighth)[\s-]?finale?s?(?![\w-])"
    r"|(?:(?<=\ben\s)|(?<=\bles\s)|(?<=\baux\s)|(?<=\bdes\s))(?P<w3>quart|demie|huitième|seizième)s(?![\w-])(?!\s+(?:de|du|des|d')\b)"  # "en quarts"
    r"|(?<![\w-])(?P<sq>dernier\s+carré|carré\s+final)(?![\w-])",  # the last four ("le dernier carré")
    re.I,
)
# "5 mille 352", "2 millions 140 mille 12", "1 milliard 300 millions": digits with French magnitude words between them.
CHAINED = re.compile(
    r"(?<![\w.,])\d{1,3}(?:\s+(?:milliards?|millions?|mille)\s+\d{1,3}(?![\d]|[.,]\d|\s\d{3}))+"
    r"(?:\s+(?:millions?|mille)(?![\w]))?(?!\s*(?:millions?|milliards?|mille)\b)"
)


def scaled_period(text: str, a: int, b: int) -> re.Match[str] | None:
    """The decade or century word that scales a number read over ``text[a:b]``: after it ("seven decades",
    "half a century") or inside it ("a century and a half")."""
    return SCALED_PERIOD.match(text, b) or SCALED_PERIOD.search(text, a + 1, b)
