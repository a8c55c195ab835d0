"""Word tables of the figure guard, French and English: months, number words, fractions,
approximations, ordinals, currencies, measure units, magnitudes and hedges.

Data only (plus one compiled hedge pattern); the extractor in :mod:`summarizer.guard.figures`
and the verdict in :mod:`summarizer.guard.judge` read them. Ordinal words and decade words come
from ``num2words`` (its French and English spell-out), day periods ("du soir", "in the morning",
"midi", "midnight") and their hours from Babel's CLDR data.
"""

from __future__ import annotations

import re

from babel import Locale
from num2words import num2words

# The French days of the week, Monday first (the date patterns read a day and month after one: "jeudi 12/10").
FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS_FR = {"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2,
             "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
             "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "oct": 10,
             "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12}  # fmt: skip
MONTHS_EN = {"January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3,
             "April": 4, "Apr": 4, "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7,
             "August": 8, "Aug": 8, "September": 9, "Sept": 9, "Sep": 9, "October": 10,
             "Oct": 10, "November": 11, "Nov": 11, "December": 12, "Dec": 12}  # fmt: skip

FR_WORDS = {"zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4,
             "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11,
             "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
             "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
             "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
             "cent": 100, "cents": 100, "mille": 1e3, "million": 1e6, "millions": 1e6,
             "milliard": 1e9, "milliards": 1e9, "billion": 1e12, "billions": 1e12}  # fmt: skip
EN_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
             "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
             "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
             "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
             "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
             "trillion": 1e12, "a": 1, "an": 1}  # fmt: skip
FRACTIONS = {"demi": 2, "demie": 2, "moitié": 2, "tiers": 3, "quart": 4, "quarts": 4,
              "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fourth": 4, "fourths": 4}  # fmt: skip
APPROX_WORDS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
                 "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
                 "centaine": 100, "millier": 1e3, "dozen": 12}  # fmt: skip
ORDINAL_WORDS = {"premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2,
                  "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
                  "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12,
                  "treizième": 13, "quatorzième": 14, "quinzième": 15, "seizième": 16,
                  "vingtième": 20, "trentième": 30, "centième": 100, "millième": 1000,
                  "first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                  "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                  "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                  "twentieth": 20, "thirtieth": 30, "hundredth": 100, "thousandth": 1000}  # fmt: skip


def _spelled_ordinals() -> dict[str, int]:
    """Every one-word ordinal of 1-100 and 1000 in French and English, spelled by num2words."""
    out: dict[str, int] = {}
    for lang in ("fr", "en"):
        for n in (*range(1, 101), 1000):
            words = re.split(r"[\s-]+", num2words(n, lang=lang, to="ordinal"))
            if len(words) == 1 or (words[0] in ("one", "un") and len(words) == 2):
                out.setdefault(words[-1], n)
    return out


ORDINAL_WORDS |= {k: v for k, v in _spelled_ordinals().items() if k not in ORDINAL_WORDS}
ORDINAL_WORDS["unième"] = 1  # only in compounds: "vingt et unième"
# "the sixties", "in her eighties": a decade of years or of age (num2words' tens, plural).
DECADE_WORDS = {num2words(v, lang="en")[:-1] + "ies": v for v in range(20, 100, 10)}
# Approximate quantities in the plural: "des centaines", "several hundred", "thousands" (order of magnitude).
PLURAL_APPROX = {"dizaines": 10, "douzaines": 10, "centaines": 100, "milliers": 1e3, "dozens": 10,
                 "hundreds": 100, "thousands": 1e3}  # fmt: skip


def _day_periods() -> tuple[dict[str, float], dict[str, float]]:
    """CLDR day periods (Babel): phrase -> hour it starts at ("du soir": 18), and named times ("midi": 12)."""
    starts: dict[str, float] = {}
    named: dict[str, float] = {}
    for lang in ("fr", "en"):
        loc = Locale(lang)
        rules = loc.day_period_rules[None]
        for width in ("wide", "abbreviated"):
            for key, phrase in loc.day_periods["format"][width].items():
                rule = rules.get(key) if key in rules else None
                if not rule or key in ("am", "pm"):
                    continue
                phrase = phrase.lower().replace("’", "'")
                if "at" in rule[0]:
                    named[phrase] = rule[0]["at"] / 3600
                else:
                    starts[phrase] = rule[0]["from"] / 3600
    return starts, named


DAY_PERIODS, NAMED_TIMES = _day_periods()
MONTHS = {k.lower(): v for k, v in (MONTHS_FR | MONTHS_EN).items()}
ARTICLES = {"a", "an", "one", "un", "une"}
TIMES_WORDS = {"twice": 2, "thrice": 3}
CONNECTORS = {"et", "and"}
OTHER_WORDS = (
    set(FRACTIONS) | set(APPROX_WORDS) | set(ORDINAL_WORDS) | set(TIMES_WORDS) | CONNECTORS | set(PLURAL_APPROX)
)

# currency text -> code; generic codes ("$", "FRANC", "KR", "lb") match any code
# of their family ("lb": "pounds"/"livres", a currency or a weight).
CUR_FAMILY = {"USD": "$", "AUD": "$", "CAD": "$", "NZD": "$", "HKD": "$", "SGD": "$",
               "$": "$", "CHF": "FR", "XOF": "FR", "FRANC": "FR", "SEK": "KR",
               "NOK": "KR", "DKK": "KR", "KR": "KR", "GBP": "£", "lb": "£",
               "JPY": "¥", "CNY": "¥", "¥": "¥"}  # fmt: skip
GENERIC = {"$", "FRANC", "KR", "lb", "¥"}
CUR_PREFIX = [(r"(?:US|U\.S\.)\s?\$", "USD"), (r"(?:AUD?|A)\$", "AUD"), (r"(?:CAD?|C)\$", "CAD"),
               (r"NZ\$", "NZD"), (r"HK\$", "HKD"), (r"S\$", "SGD"), (r"R\$", "BRL"),
               (r"\$", "$"), ("€", "EUR"), ("£", "GBP"), ("¥", "¥"), ("₹", "INR"),
               ("₽", "RUB"), ("₩", "KRW"), (r"Rs\.?", "INR"), (r"Fr\.", "CHF")]  # fmt: skip
CODES = "USD|EUR|GBP|CHF|JPY|CNY|RMB|AUD|CAD|NZD|HKD|SGD|INR|RUB|BRL|SEK|NOK|DKK|ZAR"
CUR_WORDS = [
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
    (CODES, None), (r"(?:livres?|pounds?|lbs?)", "lb"),
]  # fmt: skip
MEASURES = {"km": ("L", 1e3), "m": ("L", 1.0), "cm": ("L", 0.01), "mm": ("L", 1e-3),
             "mi": ("L", 1609.344), "ft": ("L", 0.3048), "in": ("L", 0.0254), "yd": ("L", 0.9144),
             "kg": ("M", 1.0), "g": ("M", 1e-3), "t": ("M", 1e3), "lb": ("M", 0.45359237),
             "oz": ("M", 0.0283495), "kmh": ("S", 1 / 3.6), "mph": ("S", 0.44704),
             "ms": ("S", 1.0), "kn": ("S", 0.514444), "km2": ("A", 1e6), "mi2": ("A", 2.589988e6),
             "ha": ("A", 1e4), "acre": ("A", 4046.86), "m2": ("A", 1.0), "ft2": ("A", 0.092903),
             "l": ("V", 1.0), "gal": ("V", 3.785411), "C": ("T", 1.0), "F": ("T", 1.0), "pint": ("V", 0.568261)}  # fmt: skip
# Units an SI prefix scales (power, energy, frequency, data, data rates): "5 MW" is not "5 GW", "1 200 MW" is
# "1.2 GW". Symbols are matched case-sensitively ("2 To" is two terabytes, "2 to 3" no unit).
_PREFIXES = {"k": ("kilo", 1e3), "M": ("m[ée]ga", 1e6), "G": ("giga", 1e9), "T": ("t[ée]ra", 1e12),
             "P": ("p[ée]ta", 1e15), "E": ("exa", 1e18)}  # fmt: skip
_PREFIXED = {  # dimension: (symbols, the unit's name in French and English, bare symbol allowed)
    "Wh": (("Wh",), r"watt(?:[\s-]?heures?|[\s-]hours?)", True),
    "W": (("W",), r"watts?", True),
    "Hz": (("Hz",), r"hertz", True),
    "B": (("o", "B"), r"(?:octets?|bytes?)", False),
    "bit/s": (("bit/s", "b/s", "bps"), r"bits?\s+(?:par|per)\s+seconde?", False),
    "flops": (("FLOPS", "flops", "Flops", "FLOP/s"), r"flops?", False),  # a computer's speed
}


def _prefixed_units() -> tuple[list[tuple[str, str]], dict[str, tuple[str, float]]]:
    """The unit patterns (for UNIT_WORDS) and measures (for MEASURES) of the units an SI prefix scales."""
    units: list[tuple[str, str]] = []
    measures: dict[str, tuple[str, float]] = {}
    for dim, (symbols, name, bare) in _PREFIXED.items():
        for p, (word, k) in _PREFIXES.items():
            syms = "|".join(re.escape(q + s) for q in dict.fromkeys((p, p.upper())) for s in symbols)
            units.append((rf"(?:(?-i:{syms})|{word}{name})", p + dim))
            measures[p + dim] = (dim, k)
        if bare:
            units.append((rf"(?-i:{'|'.join(map(re.escape, symbols))})", dim))
            measures[dim] = (dim, 1.0)
    return units, measures


PREFIXED_UNITS, PREFIXED_MEASURES = _prefixed_units()
MEASURES |= PREFIXED_MEASURES
UNIT_WORDS = [
    *PREFIXED_UNITS,
    (r"(?:km\s?/\s?(?:h|hr|heure)|kmh|kph|km\s+(?:an|per)\s+hour|kilom[eè]tres?(?:\s+(?:par|à\s+l')\s*|[\s-])heure"
     r"|kilomet(?:er|re)s?\s+(?:per|an)\s+hour)", "kmh"),
    (r"(?:mph|miles?\s+(?:per|an|par|à\s+l')\s*heure|miles?\s+per\s+hour)", "mph"),
    (r"(?:km2|km²|kilom[eè]tres?\s+carrés|square\s+kilomet(?:er|re)s?)", "km2"),
    (r"(?:mi2|mi²|square\s+miles?|miles?\s+carrés)", "mi2"), (r"(?:ha|hectares?)", "ha"),
    (r"acres?", "acre"), (r"(?:m2|m²|m[eè]tres?\s+carrés|square\s+met(?:er|re)s?)", "m2"),
    (r"(?:sq\.?\s?ft|square\s+f(?:ee|oo)t|pieds\s+carrés)", "ft2"), (r"m/s", "ms"),
    (r"(?:km|kilom[eè]tres?|kilomet(?:er|re)s?)", "km"), (r"(?:cm|centim[eè]tres?|centimet(?:er|re)s?)", "cm"),
    (r"(?:mm|millim[eè]tres?|millimet(?:er|re)s?)", "mm"), (r"(?:m|m[eè]tres?|met(?:er|re)s?)", "m"),
    (r"(?:mi|miles?|milles(?:\s+(?:marins|nautiques))?)", "mi"),  # "12 milles": "mille" the numeral takes no s
    (r"(?:ft|feet|foot|pieds?)", "ft"), (r"(?:inch(?:es)?|pouces?|(?<=\d)in(?![\w-]))", "in"),
    (r"(?:yd|yards?)", "yd"), (r"(?:kg|kilos?|kilogrammes?|kilograms?)", "kg"),
    (r"(?:g|grammes?|grams?)", "g"), (r"(?:t|tonnes?|tons?)", "t"), (r"(?:oz|ounces?|onces?)", "oz"),
    (r"(?:nœuds?|noeuds?|knots?)", "kn"), (r"(?:°\s?F|degr(?:é|ee)s?\s+Fahrenheit)", "F"),
    (r"(?:°\s?C|degr(?:é|ee)s?(?:\s+Celsius)?)", "C"), (r"(?:l|litres?|liters?)", "l"),
    (r"gallons?", "gal"), (r"pints?", "pint"), (r"(?:heures?|hours?|hrs?|h)", "h"),
    (r"(?:nm|nanom[eè]tres?|nanomet(?:er|re)s?)", "nm"),
    (r"(?:points?\s+de\s+base|basis\s+points?|bps?|pb)", "bp"), (r"(?:points?|pts?)", "pt"),
]  # fmt: skip
GLUED_UNITS = {"km", "m", "cm", "mm", "mi", "ft", "kg", "g", "t", "lb", "lbs", "oz", "h", "min",
                "mn", "s", "ms", "ha", "l", "ml", "cl", "ghz", "mhz", "khz", "hz", "mbit", "gbit",
                "kbit", "mb", "gb", "tb", "kb", "mo", "go", "ko", "to", "w", "kw", "mw", "gw",
                "kwh", "mwh", "gwh", "twh", "v", "kv", "mah", "db", "fps", "mph", "kmh", "kph", "m²", "km²", "am", "pm", "pc",
                "pct", "bp", "bps", "sec", "secs", "mins", "hr", "hrs", "yr", "yrs", "nm", "kbps", "mbps", "gbps",
                "tbps", "tbit", "tw", "thz", "wh", "in"}  # fmt: skip
ORD_SUFFIX = {"er", "re", "ère", "ere", "e", "è", "ème", "eme", "ieme", "ième", "nd", "nde", "d",
               "de", "st", "rd", "th", "ᵉ", "ᵉʳ", "ʳᵉ"}  # fmt: skip
MAG_ABBR = {"k": 1e3, "K": 1e3, "bn": 1e9, "Bn": 1e9, "bln": 1e9, "Md": 1e9, "Mds": 1e9,
             "Mrd": 1e9, "Mrds": 1e9, "md": 1e9, "mds": 1e9, "m": 1e6, "M": 1e6, "mn": 1e6,
             "mln": 1e6, "tn": 1e12}  # fmt: skip
MAG_WORDS = {"en": {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12},
              "fr": {"mille": 1e3, "million": 1e6, "milliard": 1e9, "billion": 1e12}}  # fmt: skip
HEDGE = re.compile(
    r"(?:\b(?:about|around|approximately|approx\.|roughly|nearly|almost|some|over|more\s+than|"
    r"less\s+than|fewer\s+than|under|up\s+to|close\s+to|at\s+least|at\s+most|upwards\s+of|"
    r"in\s+excess\s+of|circa|an\s+estimated|estimated|environ|près\s+de|presque|quelque|"
    r"quelques|plus\s+de|moins\s+de|jusqu'à|au\s+moins|au\s+plus|autour\s+de|quasiment|"
    r"approximativement|pratiquement|à\s+peu\s+près|de\s+l'ordre\s+de|d'environ)|[~≈])"
    r"\s*(?:a\s+|an\s+|de\s+|d')?$",
    re.I,
)
