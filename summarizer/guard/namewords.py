"""Word-level knowledge of names the entity guard's :class:`~summarizer.guard.entities.SourceIndex` uses: when
capitalised common English words are a name to check, a person's descriptors, the known names by their words, and
the countries a source names (a country swapped for another whose name it resembles: "Nigeria" for *Niger*)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from summarizer.guard.candidates import ORG_HEADS, PLACE_HEADS, UPPER, Name
from summarizer.guard.foreign import known_name
from summarizer.guard.names import (
    country_names,
    equivalents,
    first_names,
    fold,
    is_common_english,
    periphrases,
    shared_with_french,
    whole_names,
    zipf,
)
from summarizer.guard.spelling import demonym, phonetic, stem


def name_of_words(words: list[str]) -> bool:
    """Whether capitalised common English words are a name to check: one written in French texts as much as in
    English ("Rangers", "Forum", "Yahoo": wordfreq), or several ending in an organisation's or a place's head
    word ("Sunday Times", "National Retail Federation", "Wall Street")."""
    if any(shared_with_french(w) for w in words):
        return True
    return len(words) > 1 and (words[-1] in ORG_HEADS or words[-1] in PLACE_HEADS)


def without_descriptors(words: list[str]) -> list[str]:
    """A name without the words that describe the person before it: common words and nationality adjectives
    ("singer", "canadian", "north korean foreign"), when a word English does not know remains."""
    core = list(words)
    while len(core) > 1 and core[0] not in first_names() and (is_common_english(core[0]) or demonym(core[0])):
        core = core[1:]
    return core if core and not all(is_common_english(w) for w in core) else words


@functools.cache
def equivalents_by_word() -> dict[str, list[str]]:
    """A distinctive word of a many-word name -> the names ("falkland" -> "falkland islands")."""
    out: dict[str, list[str]] = {}
    for phrase in equivalents():
        words = phrase.split()
        if len(words) > 1 and phrase not in whole_names():
            for w in words:
                if len(w) >= 5 and not is_common_english(w):
                    out.setdefault(w, []).append(phrase)
    return out


@functools.cache
def equivalents_by_first_word() -> dict[str, list[str]]:
    """The stem of a many-word name's first word -> the names ("falkland" -> "falkland islands")."""
    out: dict[str, list[str]] = {}
    for phrase in equivalents():
        first = phrase.split()[0]
        out.setdefault(stem(first), []).append(phrase)
    return out


@functools.cache
def language_name(lang: str) -> str:
    """The folded English name of a language ("fr": "french"), also the nationality a text in it implies."""
    from babel import Locale

    return fold(Locale("en").languages.get(lang, ""))


def source_countries(has_phrase: Callable[[str], bool]) -> list[set[str]]:
    """The countries a source names (``has_phrase``: whether the source has a folded phrase; CLDR names, French
    or English), each as the words of all its names."""
    found = [c for c in country_names() if has_phrase(c)]
    return [{w for n in {c} | equivalents().get(c, set()) for w in n.split()} for c in found]


def rival_country(full: str, countries: list[set[str]]) -> bool:
    """Whether the source's ``countries`` hold another country sharing a word or its first four letters with the
    folded country ``full`` ("Niger" for "Nigeria", "Corée du Sud" for "North Korea", "Soudan du Sud" for "Sudan")
    or one letter from it ("Iran" for "Iraq")."""
    own = {w for n in {full} | equivalents().get(full, set()) for w in n.split() if len(w) > 2}
    return any(
        any(w in own or any(w[:4] == o[:4] or _one_letter_apart(w, o) for o in own) for w in words if len(w) > 2)
        for words in countries
        if not own >= {w for w in words if len(w) > 2}
    )


def _one_letter_apart(a: str, b: str) -> bool:
    """Two names of four letters or more, of one length, that differ in one letter ("Iran", "Iraq"; "Gambia",
    "Zambia")."""
    return len(a) == len(b) >= 4 and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def regnal_name(full: str, source: str) -> bool:
    """A folded ruler's or pope's name, a given name and its number, that the source writes in its own language
    with the same number and the same first sound ("Leo XIV" for "Léon XIV", "Felipe VI" for "Philippe VI")."""
    *given, number = full.split() or [""]
    if len(given) != 1 or not re.fullmatch(r"[ivxl]+", number):
        return False
    found = re.findall(rf"(?<![\w-])([{UPPER}][^\W\d_]+) {number.upper()}(?![\w-])", source)
    return any(phonetic(fold(w))[0] == phonetic(given[0])[0] for w in found)


def writes_names_in_french(source: str) -> bool:
    """Whether a French ``source`` writes a name in French words: a capitalised word inside a sentence that French
    uses much more than English (wordfreq: "Conseil", "Ministère", "Cour"), so it may be translated."""
    for m in re.finditer(rf"(?<=[\w,;] )[{UPPER}][^\W\d_]{{3,}}", source):
        word = fold(m.group())
        if zipf(word, "fr") >= zipf(word, "en") + 1.0 and not known_name(word):
            return True
    return False


_PARTICLE = re.compile(r"(?:^|\s)(Le|La|De|Du|Van|Von|Di|Da|Del)\s$")


def named_otherwise(name: Name, full: str, output: str, words: set[str], has_phrase: Callable[..., bool]) -> bool:
    """Whether the source names ``name`` (folded: ``full``) otherwise: by a periphrasis ("Toulouse" for "la Ville
    rose", :func:`~summarizer.guard.names.periphrases`) or by a word derived from it with its particle (:func:`particle_derived`)."""
    if any(has_phrase(p, inflected=True) for p in periphrases().get(full, ())):
        return True
    return particle_derived(output, name.start, name.text, words)


def particle_derived(output: str, start: int, text: str, words: set[str]) -> bool:
    """Whether a surname that the ``output`` writes after a particle left out of the name ("Pen" in "Le Pen") is
    the stem of a word the source derives from the whole name (a source word of ``words`` longer than it):
    "the Le Pen camp" for "le camp lepéniste", as "Gaullist" for "gaulliste"."""
    m = _PARTICLE.search(output[max(0, start - 5) : start])
    joined = fold(m.group(1) + text).replace(" ", "") if m else ""
    return len(joined) >= 5 and any(len(w) > len(joined) + 2 and w.startswith(joined) for w in words)
