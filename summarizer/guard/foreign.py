"""Words of an output that a French source cannot show as written: words of a third language and unit names.

A translator may leave a name in the language it comes from ("the Schweizer Garten" for *le Jardin
Suisse*, a Czech acronym for a French one) where the French source translates it; the guard cannot
compare such a name with the source word by word. Unit and currency names ("Euros", "Celsius") are
capitalised without being names (the figure guard checks the amounts they measure).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from typing import Protocol

from summarizer.guard.candidates import CONNECTORS, ORG_HEADS, PLACE_HEADS, Name
from summarizer.guard.dropped import dropped_name
from summarizer.guard.names import PREFIXES, fold, is_common_english, person_names, territory_words, zipf
from summarizer.guard.places import known_region, other_names
from summarizer.guard.swapped import unrendered

# Languages other than the two compared whose names translators leave as written (wordfreq's large lists).
THIRD_LANGUAGES = ("de", "es", "it", "pt", "nl", "cs", "pl")
_MARGIN = 2.0  # zipf: the word is this much more frequent in a third language than in English or French
_FLOOR = 4.8  # ... and common there (about 60 in a million words): a word, seldom a place or a surname
_CAPITALISED = re.compile(r"(?<!\w)([A-ZÀ-ÖØ-Ý][^\W\d_]*)(?:[\s'’-]+(?:[a-zà-ÿ]{1,3}[\s'’-]+)?([^\W\d_]+))?")


@functools.lru_cache(maxsize=1 << 12)
def third_language_word(word: str) -> bool:
    """Whether a word (as written, accents kept) is a common word of a third language and rare in English
    and French (wordfreq): "Haus", "Garten", "Länder"; not "Monti" or "Forum", which English and French
    news write too."""
    word = word.lower()
    if len(word) < 4:
        return False  # "Sie", "Der": too short to tell a word from a name
    near = max(zipf(word, "en"), zipf(word, "fr"))
    return any((z := zipf(word, lang)) >= _FLOOR and z >= near + _MARGIN for lang in THIRD_LANGUAGES)


def foreign_acronym(text: str) -> bool:
    """An acronym written with a letter English and French do not use ("FAČR", "ČSTV"): a third language's."""
    return text.isupper() and any(c.isalpha() and not c.isascii() for c in text)


def source_initials(source: str) -> set[str]:
    """First letters (folded) of the source's capitalised words and of the word after each one ("l'Union
    tchèque des Sports": u, t, s), and every letter of its acronyms ("AFRT"), where the letters of an acronym
    left in a third language come from."""
    out: set[str] = set()
    for m in _CAPITALISED.finditer(source):
        out.update(fold(w)[:1] for w in m.groups() if w)
        if len(m.group(1)) >= 2 and m.group(1).isupper():
            out.update(fold(m.group(1)))
    return out


def acronym_shares_letters(text: str, letters: set[str]) -> bool:
    """Whether half the letters of an acronym or more are among ``letters``."""
    own = [fold(c) for c in text if c.isalpha()]
    return bool(own) and 2 * sum(c in letters for c in own) >= len(own)


_ENGLISH_FLOOR = 2.3  # zipf: an English word (about 1 in 5 million words) ...
_ENGLISH_MARGIN = 1.2  # ... which French writes this much less often
_FIGURE_BEFORE = re.compile(r"(?:\d|\b(?:hundred|thousand|million|billion|trillion|degrees?))[\s.,]*$", re.I)


def after_figure(text: str, start: int) -> bool:
    """Whether a figure comes right before ``start`` ("70 million Euros", "50 degrees Celsius")."""
    return bool(_FIGURE_BEFORE.search(text[max(0, start - 30) : start]))


@functools.cache
def unit_words() -> frozenset[str]:
    """Folded English names of units and currencies, singular and plural (CLDR through Babel): "euros",
    "celsius", "dollar"; only words that are not a place's ("Andorran Peseta" gives "peseta")."""
    from babel import Locale

    locale = Locale("en")
    words: set[str] = set()
    names = list(locale.currencies.values())
    for forms in locale._data["currency_names_plural"].values():
        names.extend(forms.values())
    for patterns in locale._data["unit_patterns"].values():
        for forms in patterns.values():
            if isinstance(forms, Mapping):
                names.extend(str(p) for p in forms.values() if not isinstance(p, Mapping))
            elif isinstance(forms, str):
                names.append(forms)
    for name in names:
        parts = fold(re.sub(r"\{0\}|\(.*?\)", " ", str(name))).split()
        if parts:
            words.add(parts[-1])  # the unit's head word: "dirham", "celsius", "euros"
    return frozenset(w for w in words if len(w) >= 3 and w.isalpha())


def known_name(word: str) -> bool:
    """A folded word known as a first name, surname, country, region or city ("Lyon", "Marie", "Queensland")."""
    return word in person_names() or word in territory_words() or bool(other_names(word)) or known_region(word)


class _Index(Protocol):
    source: str
    output: str
    initials: set[str]
    names: list[Name]

    def word_supported(self, word: str, strict: bool) -> bool: ...


def untranslatable(name: Name, output: str, lang: str, index: _Index) -> bool:
    """A name of a translation (into ``lang``) that its source cannot show as written: an English unit or
    currency after a figure ("70 million Euros"); an acronym left in a third language whose letters half come
    from the source's names (``initials``: "FAČR" for "Association du Football de la République tchèque"); a place's or organisation's common words of a third
    language, the others ``supported`` by the source ("21er Haus"); an English spelling French hardly writes
    ("Moslems"), where the output renders every place of the source (``index``: else "the Thames" for "la Seine" is
    a swap); never a person or a place, nor a known place or surname."""
    initials, supported = index.initials, index.word_supported
    raw = [w for w in re.findall(r"[^\W\d_]+", name.text) if fold(w) in name.words]
    if not raw:
        return False
    if lang == "en" and all(fold(w) in unit_words() for w in raw):
        return after_figure(output, name.start)
    if lang == "en" and common_noun_acronym(name, output, supported):
        return True
    if name.cue == "acronym" or (len(raw) == 1 and foreign_acronym(raw[0])):
        return foreign_acronym(name.text) and acronym_shares_letters(name.text, initials)
    if name.kind in ("person", "place") or any(known_name(fold(w)) for w in raw):
        return False
    # "Sunday Times" is an English name; "(Kepler's) Grammar School" the English word for what a name has
    headed = len(raw) > 1 and fold(raw[-1]) in ORG_HEADS | PLACE_HEADS and not _POSSESSOR.search(output, 0, name.start)
    if lang == "en" and not headed and all(english_only_word(fold(w)) for w in raw if fold(w) not in PREFIXES):
        # "Anti-Moslem"; not "the Chiefs" for a source naming the Crusaders
        return not dropped_name(index.source, index.names, output) and not unrendered(index, name.words)
    return any(third_language_word(w) for w in raw) and all(
        third_language_word(w) or supported(fold(w), False) for w in raw
    )


# An English acronym used as a common noun: counted ("an MEP", "three NGOs") and not qualifying the next word, which
# a verb or a clause's small word follows ("a UFO landed", "a CFO who"; not "a NATO summit", "an EU country").
_COUNTED = re.compile(r"(?:\b(?:[Aa]n?|[Oo]ne|[Ee]ach|[Ee]very|[Aa]nother)|\d)\s+$")
_NOUN_END = re.compile(
    r"\s*[,.;:!?)]|\s*$|\s+(?:[a-z]+ly\s+)?(?:was|were|is|are|has|have|had|will|would|who|whose|which|that|of|"
    r"from|with|and|or|said|says|told|[a-z]+ed)\b"
)
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")


def common_noun_acronym(name: Name, output: str, supported: Callable[[str, bool], bool]) -> bool:
    """An acronym of an English common noun, which names no one: in the plural ("MEPs", "NGOs": names are not
    counted), or counted by "a"/"an"/"one" as the head of its phrase ("an MEP resigned", "a UFO landed"); the
    words before it in the name ``supported`` by the source ("a Belgian MEP": *un eurodéputé belge*)."""
    *before, last = output[name.start : name.end].split()
    if not all(supported(fold(w), False) for w in before):
        return False
    if _PLURAL_ACRONYM.fullmatch(last):
        return True
    return (
        re.fullmatch(r"[A-Z]{2,5}", last) is not None
        and _COUNTED.search(output, 0, name.start) is not None
        and _NOUN_END.match(output, name.end) is not None
    )


@functools.lru_cache(maxsize=1 << 12)
def english_only_word(word: str) -> bool:
    """Whether a folded word is an English word that French texts hardly write (wordfreq): a spelling the
    translator chose for a French word ("Moslems" for "musulmans"), not a name, which French news writes too."""
    en = zipf(word, "en")
    return len(word) >= 4 and en >= _ENGLISH_FLOOR and zipf(word, "fr") <= en - _ENGLISH_MARGIN


_POSSESSOR = re.compile(r"\w[’']s\s+$")
_WORD = re.compile(r"[^\W\d_][\w’'-]*|[^\w\s]")


def surname_alone(source: str, surname: str) -> bool:
    """Whether the source writes the folded ``surname`` and never with a capitalised word before it (another
    first name, another person: "Pavel Hasek", "Ana Ruiz de Hasek"), so an output may give the person's first
    name the French left out ("Ivan Hasek" for "commencé par Hasek")."""
    seen, previous = False, ""
    for m in _WORD.finditer(source):
        word = m.group()
        if fold(word) == surname:
            if previous[:1].isupper():
                return False
            seen = True
        if word.lower() not in CONNECTORS:  # a particle belongs to the name around it: "Fernandez de Kirchner"
            previous = word
    return seen


def acronym_after_name(name: Name, names: list[Name], output: str, supports: Callable[[Name], bool]) -> bool:
    """An acronym in brackets right after a name the source supports, half its letters or more among that
    name's initials: the acronym the name has in its own language ("Turkish Community of Germany (TGD)"
    for *la communauté turque en Allemagne*), which the name before it defines."""
    if name.cue != "acronym" or output[name.start - 1 : name.start] != "(" or output[name.end : name.end + 1] != ")":
        return False
    return any(
        other is not name
        and output[other.end : name.start].strip() == "("
        and acronym_shares_letters(name.text, {fold(w)[:1] for w in other.text.split()})
        and supports(other)
        for other in names
    )


def numbered_noun(name: Name, output: str) -> bool:
    """A common English noun capitalised before a number ("Article 49.3", "Section 4", "Gate 12"): a part of a
    text or a place known by its number, which the figure guard checks, not a name (a known first name, surname
    or place stays one: "Paris 2024"; "Airbus 737" has no common word)."""
    words = name.words
    return (
        len(words) == 1
        and name.cue == "caps"
        and is_common_english(words[0])
        and not known_name(words[0])
        and _NUMBER_AFTER.match(output, name.end) is not None
    )


_NUMBER_AFTER = re.compile(r" \d+(?:[.,-]\d+)*\b")
