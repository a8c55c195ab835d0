"""Names that spell out an acronym of the source in the output: a translated name with the source's own
acronym in brackets after it ("the Berlin Transport Authority (BVG)" for *la BVG*), and a translated name
that the output's capitalisation cuts in two at its small words ("Union for a Popular Movement" for
*l'UMP*: "Union" and "Popular Movement" found apart); and a many-word place name that the source writes as one
adjective ("Costa Rica" for *costaricien*, "Sierra Leonean" for *sierra-léonais*). Also names written otherwise than
the source's abbreviation or compound: a road number ("the N165" for *la RN 165*), a club by its city ("Lille" for
*le LOSC*) or with its last words abbreviated ("Toulouse FC"), and places joined by a hyphen ("Mechelen-Kortrijk"
for *Malines-Courtrai*)."""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.guard.candidates import CONNECTORS, STOP_EN, Name
from summarizer.guard.names import equivalents, fold, is_common_english

# Small words that may join the parts of one name: "Union for a Popular Movement", "Bank of the Republic" ("and"
# joins names in lists: "Panama and Peru").
_JOINERS = re.compile(r"\s+(?:(?:of|for|de|du|des)\s+)(?:(?:a|an|the|la|le|les)\s+)?")
_BRACKETED = re.compile(r"\s*\(([A-Z][A-Za-z0-9&]{1,7})\)")


def bracketed_acronym(name: Name, output: str, acronyms: set[str]) -> bool:
    """A name followed by an acronym in brackets that the source writes, both starting with the same letter and
    the name's other words common English ones: the name spells out the source's acronym in the output's
    language ("Berlin Transport Authority (BVG)"; not "Christian Democratic Deutsche Bank (CDU)")."""
    m = _BRACKETED.match(output, name.end)
    if m is None or name.cue == "acronym" or len(m.group(1)) < 3:
        return False
    letters, words = fold(m.group(1)), fold(name.text).split()
    return (
        letters in acronyms
        and words[0][:1] == letters[:1]
        and len(words) >= 2
        and all(is_common_english(w) for w in words[1:])
    )


def joined_name(name: Name, names: list[Name], output: str, acronyms: set[str]) -> bool:
    """A name that runs on into the next (or the previous) one through small words ("of", "for a"), the whole
    an expansion of one of the source's acronyms (its initials, in any order): cut in two by capitalisation."""
    for other in names:
        if other is name:
            continue
        lo, hi = (other, name) if other.end <= name.start else (name, other)
        if _JOINERS.fullmatch(output, lo.end, hi.start) and _spells(fold(output[lo.start : hi.end]), acronyms):
            return True
    return False


def _spells(folded: str, acronyms: set[str]) -> bool:
    words = [w for w in folded.split() if w not in CONNECTORS and w not in STOP_EN]
    letters = sorted(w[0] for w in words)
    return len(words) >= 2 and any(sorted(a) == letters for a in acronyms)


def one_word_place(folded: str, words: set[str]) -> bool:
    """A many-word name (folded) that a source word writes joined, with an adjective's ending: the two agree
    on all but the last three letters of the joined name, seven or more and two of its second word ("costarican"
    ~ "costaricien")."""
    parts = folded.replace("-", " ").split()
    joined = "".join(parts)
    need = max(7, len(joined) - 3, len(parts[0]) + 2) if parts else 7  # into the second word: not "Richard G"
    return len(parts) >= 2 and len(joined) >= need and any(len(w) >= need and w[:need] == joined[:need] for w in words)


_ROAD = re.compile(r"([A-Z]{1,2})[ -]?(\d{1,4})")
_ROAD_CLASS = {"N": "nationale", "D": "d[ée]partementale"}


def road_number(text: str, source: str) -> bool:
    """A road number as English writes it ("the N165", "the D1212") for the French one with its "R" ("la RN 165",
    "la RD1212") or its class written out ("la route nationale 165")."""
    m = _ROAD.fullmatch(text)
    if m is None:
        return False
    letters, digits = m.groups()
    written = f"|route {_ROAD_CLASS[letters]}" if letters in _ROAD_CLASS else ""
    return re.search(rf"(?<![\w-])(?:R?{letters}{written}) ?-?{digits}(?!\d)", source, re.IGNORECASE) is not None


_ABBREVIATED = re.compile(r"(.+?) ([A-Z]{2,3})|([A-Z]{2,3}) (.+)")


def club_name(name: Name, output: str, source: str) -> bool:
    """A club named otherwise than the source's abbreviation: by its city, whose initials begin or end an acronym of
    three to five letters that the source writes and the output does not ("Lille" for "le LOSC", "Saint-Étienne" for "l'ASSE",
    "Bordeaux-Bègles" for "l'UBB"), or by its name with the words after it abbreviated ("Toulouse FC" for "le
    Toulouse Football Club")."""
    from summarizer.guard.places import known_region, other_names

    full = fold(name.text)
    m = _ABBREVIATED.fullmatch(name.text)
    if m is not None:
        rest, letters = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        spelt = r"[\w’'-]*\s+(?:(?:de|du|des|d'|l')\s*)?".join(letters) + r"[\w’'-]*"
        return f" {fold(rest)} " in f" {fold(source)} " and re.search(rf"(?<![\w-]){spelt}", source) is not None
    parts = full.split()
    if not (other_names(full) or known_region(full) or (len(parts) > 1 and all(map(other_names, parts)))):
        return False  # no city or region
    letters = "".join(p[0] for p in parts if p not in CONNECTORS).upper()
    return any(  # the city first or last ("Lille Olympique Sporting Club", "Association sportive de Saint-Étienne")
        a.startswith(letters) or a.endswith(letters)
        for a in re.findall(r"(?<![\w.])[A-Z]{3,5}(?!\w)", source)
        if a not in output and fold(a) not in equivalents()  # no known body ("Odessa" is not "l'OTAN")
    )


def joined_places(name: Name, supported: Callable[[Name], bool]) -> bool:
    """Places joined by a hyphen (a line, a race, a merged town: "Mechelen-Kortrijk" for "Malines-Courtrai"), each a
    city or region of the gazetteers that the source names (``supported``: whether the source supports a place)."""
    from summarizer.guard.places import other_names

    parts = name.text.split("-")
    return (
        len(parts) > 1
        and all(len(p) >= 4 and p[:1].isupper() and other_names(fold(p)) for p in parts)
        and all(supported(Name(p, name.start, name.end, "place", name.cue)) for p in parts)
    )


def abbreviated(name: Name, output: str, source: str, supported: Callable[[Name], bool]) -> bool:
    """A road number or a club that the output writes otherwise than the source's abbreviation (:func:`road_number`,
    :func:`club_name`), or places it joins otherwise (:func:`joined_places`)."""
    return road_number(name.text, source) or club_name(name, output, source) or joined_places(name, supported)
