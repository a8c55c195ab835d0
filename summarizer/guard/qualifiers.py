"""What a figure is per and what it counts: a rendering that keeps the value but changes the day of the week
("Tuesday" for *lundi*), the period or unit of a rate ("€1m a week" for *1 million d'euros par jour*, "$90 a
kilo" for *90 dollars la livre*, "per kilowatt hour" for *le mégawattheure*) or the unit of time of a duration ("18 weeks" for *18 mois*).

A qualifier is compared only where the source gives one for the same value (a rendering may add "a year"
the source leaves implicit) and only in a rendering of the whole source. Day names come from CLDR (Babel).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable

from babel.core import UnknownLocaleError
from babel.dates import get_day_names

from summarizer.guard import durations
from summarizer.guard.figures import Fact

# What a rate is per, by group: the French and English nouns after "par", "le", "a", "per"...
_PER = {
    "day": (r"jours?|journées?", r"days?"),
    "week": (r"semaines?", r"weeks?"),
    "month": (r"mois", r"months?"),
    "year": (r"ans?|années?", r"years?|annum"),
    "hour": (r"heures?", r"hours?"),
    "quarter": (r"trimestres?", r"quarters?|terms?"),  # a school "trimestre" is a term
    "season": (r"saisons?", r"seasons?"),
    "kilo": (r"kilos?|kilogrammes?|kg", r"kilos?|kilogram(?:me)?s?|kg"),
    "pound": (r"livres?", r"pounds?|lbs?"),
    "litre": (r"litres?|l", r"lit(?:re|er)s?|l"),
    "tonne": (r"tonnes?|t", r"tonnes?|tons?|t"),
    "barrel": (r"barils?", r"barrels?"),
    "sqm": (r"m[èe]tres?\s+carrés?|m²|m2", r"square\s+met(?:re|er)s?|sq\.?\s?m|m²|m2"),
    "hectare": (r"hectares?|ha", r"hectares?|ha"),
    "kwh": (r"kilowatt[s-]?heures?|kWh", r"kilowatt[\s-]hours?|kWh"),
    "mwh": (r"mégawatt[s-]?heures?|MWh", r"megawatt[\s-]hours?|MWh"),
    "gwh": (r"gigawatt[s-]?heures?|GWh", r"gigawatt[\s-]hours?|GWh"),
    "head": (r"habitants?|personnes?|têtes?|élèves?|patients?", r"head|capita|persons?|inhabitants?|residents?"
             r"|people|pupils?|patients?"),
}  # fmt: skip
_PERIODS = {"day", "week", "month", "year", "hour", "quarter", "season"}
_TAX = r"(?:\s+(?:HT|TTC|H\.T\.|brut|bruts|nets?|hors\s+taxes?|gross|net))?"
_FR_UNITS = "|".join(f"(?P<{g}>{fr})" for g, (fr, _) in _PER.items())
_EN_UNITS = "|".join(f"(?P<{g}>{en})" for g, (_, en) in _PER.items())
# "par jour", "/jour", "de l'heure": any group; "le kilo", "la livre": a measure only (not "le mois dernier")
# "300 litres d'eau par jour", "2 500 accouchements par an", "2,500 births a year": what is counted, then the rate
_OF_FR = r"(?:\s+(?:de\s+|d')[^\W\d_]+|\s+[^\W\d_]{3,})?"
_OF_EN = r"(?:\s+of\s+[^\W\d_]+|\s+[^\W\d_]{3,})?"
_PER_FR = re.compile(
    rf"{_OF_FR}{_TAX}\s*(?:(?P<per>par|/|de\s+l'|à\s+l')\s*|(?:(?:le|la)\s+|l')(?=[^\W\d_]))(?:{_FR_UNITS})(?![\w])"
)
_PER_EN = re.compile(rf"{_OF_EN}{_TAX}\s*(?:(?:for\s+)?(?:each|every)\s+(?:[a-z]+\s+)??|(?:a|an|per)\s+|/\s*)(?:{_EN_UNITS})"
                     r"(?![\w])(?!\s+(?:ago|earlier|later|previously)\b)")  # fmt: skip


# Words that let a day name shift by one: a night across midnight, the day before or after.
_NIGHT = re.compile(
    r"(?i)\b(?:nuit|nights?|soir|soirée|evening|minuit|midnight|premières\s+heures|early\s+hours"
    r"|veille|lendemain|suivant|précédent|eve|after|before)\b"
)


@functools.lru_cache(maxsize=4)
def _days(lang: str) -> tuple[str, ...]:
    """The seven day names of ``lang`` (CLDR), Monday first."""
    try:
        names = get_day_names("wide", locale=(lang or "en")[:2])
    except (ValueError, LookupError, UnknownLocaleError):  # a language CLDR does not know: no day names to compare
        return ()
    return tuple(names[i] for i in range(7))


def changed_weekdays(source: str, output: str, source_lang: str, output_lang: str) -> list[tuple[int, int]]:
    """Spans of the day names of ``output`` that ``source`` does not name, where the source names one."""
    src_days = {i for i, name in enumerate(_days(source_lang)) if re.search(rf"(?<!\w){name}s?(?!\w)", source, re.I)}
    if not src_days:
        return []
    if _NIGHT.search(source) or _NIGHT.search(output):  # "dans la nuit de samedi": "Friday night" or "Saturday night"
        spanned = _spanned_nights(source, source_lang)  # "la nuit de samedi à dimanche" names both its days
        src_days |= {(i + k) % 7 for i in src_days - spanned for k in (-1, 1)}
    out = []
    for i, name in enumerate(_days(output_lang)):
        flags = 0 if name[0].isupper() else re.I  # English day names are capitalised
        if i not in src_days:
            out += [m.span() for m in re.finditer(rf"(?<!\w){name}s?(?!\w)", output, flags)]
    return out


def _spanned_nights(text: str, lang: str) -> set[int]:
    """The days of the nights ``text`` names by both their days ("la nuit de samedi à dimanche", "the night of
    Saturday to Sunday"): a rendering has no reason to shift them."""
    names = _days(lang)
    if not names:
        return set()
    alt = "|".join(names)
    found = set()
    for m in re.finditer(
        rf"(?i)\b(?:nuit|night|overnight)\s+(?:d[eu]|of|from)\s+({alt})s?\s+(?:au|à|to|into)\s+({alt})s?\b", text
    ):
        a, b = (next(i for i, n in enumerate(names) if n.lower() == g.lower()) for g in m.groups())
        if b == (a + 1) % 7:
            found |= {a, b}
    return found


def _per(fact: Fact, text: str, lang: str) -> str | None:
    """What ``fact`` is per ("par jour": day), read in ``text`` after it."""
    pattern = _PER_FR if lang == "fr" else _PER_EN
    m = pattern.match(text, fact.end)
    if m is None or (lang == "fr" and m.group("per") is None and m.lastgroup in _PERIODS):
        return None
    return m.lastgroup


def _counted(fact: Fact, text: str, lang: str) -> str | None:
    """The unit of time ``fact`` counts ("18 mois": months; not "an" of "half an hour")."""
    after = text[fact.end : fact.end + 30]
    if fact.unit == "h":  # "35 heures", "the 35-hour week": the unit is the figure's own
        return "hours"
    if fact.unit is not None or (lang != "fr" and re.match(r"[\s-]*ans?\b", after, re.I)):
        return None
    if fact.vague:  # "une douzaine d'heures", "dozens of days"
        after = re.sub(r"^\s*(?:d'|de\s+|of\s+)", " ", after)
    return durations.unit_after(after)


def _same(a: Fact, b: Fact) -> bool:
    return a.date is None and b.date is None and math.isclose(a.number, b.number, rel_tol=0.02)


def changed_qualifiers(
    source: str, output: str, src: Iterable[Fact], out: Iterable[Fact], source_lang: str, output_lang: str
) -> list[tuple[Fact, str, str]]:
    """(output fact, its qualifier, the source's: "per day", "in months") for each figure whose rate or unit of time differs from
    every one the source gives the same value."""
    src = [f for f in src if f.date is None and f.number is not None]
    found = []
    for f in out:
        if f.date is not None or f.number is None:
            continue
        same = [s for s in src if _same(f, s)]
        for word, read_src, read_out in (
            ("per", lambda s: _per(s, source, source_lang), lambda o: _per(o, output, output_lang)),
            ("in", lambda s: _counted(s, source, source_lang), lambda o: _counted(o, output, output_lang)),
        ):
            mine = read_out(f)
            theirs = {q for s in same if (q := read_src(s))}
            if mine and theirs and mine not in theirs:
                found.append((f, f"{word} {mine}", f"{word} {sorted(theirs)[0]}"))
                break
    return found
