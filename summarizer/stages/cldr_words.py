"""Words of measure from Unicode CLDR for the cross-lingual lexicon: units, quarters and times of day
("heures"/"hours", "trimestre"/"quarter", "minuit"/"midnight"); and the names of countries, languages, week
days and months (:func:`name_renderings`).

Why it exists: news sentences are full of durations, distances, money and dates, and the learnt
French-English lexicon (:func:`.crosslingual.lexicon`) misses many of these words because its
sentence pairs are few. CLDR, shipped with Babel, names every unit, quarter and time of day in both
languages; a name whose two versions differ by one content word each ("kilomètres par
heure"/"kilometers per hour": "heure"/"hour") gives that pair of words. Names that differ by more
words are left out: which word renders which is unknown. Currency names are left out too: they pair
nationality words and place words ("sud"/"south"), which the name checks must not take as renderings.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

# The CLDR unit kinds whose units news gives amounts in (others, such as angles and typography, name
# units after ordinary words: "tours"/"revolution", "point"/"dot").
UNIT_KINDS = frozenset({"duration", "length", "mass", "volume", "area", "speed", "temperature", "energy", "power"})


@functools.lru_cache(maxsize=4)
def measure_renderings(source: str, target: str, forms: Callable[[str, str], set[str]]) -> dict[str, set[str]]:
    """Word forms of ``source`` -> their ``target`` forms, from the CLDR names of units, quarters and
    times of day in both languages; empty for a language CLDR does not know.

    Args:
        source: ISO 639-1 code of the words looked up.
        target: ISO 639-1 code of their renderings.
        forms: the content word forms of a name in a language (``_content_forms`` of the aligner).
    """
    from babel import Locale, UnknownLocaleError

    try:
        a, b = Locale.parse(source), Locale.parse(target)
    except (UnknownLocaleError, ValueError):
        return {}
    out: dict[str, set[str]] = {}
    for mine, theirs in _name_pairs(a, b):
        mine_forms, their_forms = forms(mine, source), forms(theirs, target)
        left, right = mine_forms - their_forms, their_forms - mine_forms
        if len(left) == 1 and len(right) == 1:
            out.setdefault(next(iter(left)), set()).update(right)
    return out


@functools.lru_cache(maxsize=4)
def name_renderings(source: str, target: str, forms: Callable[[str, str], set[str]]) -> dict[str, set[str]]:
    """Word forms of the names of countries and regions, languages, week days and months in
    ``source`` -> the forms of the same names in ``target`` ("allem" -> "germa", "samed" -> "satur"),
    from the Unicode CLDR data shipped with Babel; forms spelt alike are left out (``forms``: as for
    :func:`measure_renderings`). Empty for a language CLDR does not know."""
    from babel import Locale, UnknownLocaleError

    try:
        a, b = Locale.parse(source), Locale.parse(target)
    except (UnknownLocaleError, ValueError):
        return {}
    pairs: list[tuple[str, str]] = []
    for table in ("territories", "languages"):  # countries and ISO 639-1 languages, no variants
        mine, theirs = getattr(a, table), getattr(b, table)
        pairs += [(name, theirs[code]) for code, name in mine.items() if code in theirs and len(code) == 2]
    for table in ("days", "months"):
        mine, theirs = getattr(a, table)["format"]["wide"], getattr(b, table)["format"]["wide"]
        pairs += [(name, theirs[key]) for key, name in mine.items() if key in theirs]
    out: dict[str, set[str]] = {}
    for mine_name, their_name in pairs:
        theirs_forms = forms(their_name, target)
        for form in forms(mine_name, source) - theirs_forms:
            out.setdefault(form, set()).update(theirs_forms)
    return out


def _name_pairs(a, b) -> Iterator[tuple[str, str]]:
    """(name in ``a``'s language, the same name in ``b``'s) for units, quarters and times of day."""
    for key, names in a.unit_display_names.items():
        if key.split("-")[0] not in UNIT_KINDS:
            continue
        if key in b.unit_display_names and "long" in names and "long" in b.unit_display_names[key]:
            yield names["long"], b.unit_display_names[key]["long"]
    for table in ("quarters", "day_periods"):
        mine, theirs = getattr(a, table)["format"]["wide"], getattr(b, table)["format"]["wide"]
        names = list(mine.values())  # a name given to two keys ("du matin" for morning and night) is ambiguous
        yield from ((name, theirs[key]) for key, name in mine.items() if key in theirs and names.count(name) == 1)
