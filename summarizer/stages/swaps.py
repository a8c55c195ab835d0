"""Names of a summary sentence that its own article sentence does not back, even though they look harmless.

The guard (:mod:`summarizer.guard`) lets a name made of ordinary English words pass as translated
("Executive Board", "United Nations": a translator may write an institution's name in English
words), and a name the article has somewhere passes wherever it stands. Once the cross-lingual
aligner has found the article sentence a summary sentence renders, both can be checked there
(:func:`~summarizer.stages.attribution.misattributed_names` calls this module):

* **plain-word names** (:func:`unbacked_names`): a name of two or more ordinary English words renders
  words of its article sentence; when too few of them are there or next to it (as a word, a cognate or
  a lexicon rendering: :class:`~summarizer.stages.crosslingual.ArticleVocabulary`), it is a name the
  article sentence does not say ("Senate Library" for "le Congrès");
* **one plain word in a name's place**: when the article sentence names something the summary
  sentence leaves out (the name swapped away), a capitalised ordinary word none of whose forms is
  there ("Pentagon" for "Tomas Sivok") stands for it;
* **a nationality left out** (:func:`unrendered_nationalities`): a country or nationality the article
  sentence says in its own words ("turc", "américain") and the summary sentence does not is the sign
  that a place ("Montenegro investor") or another nationality ("Greek newspaper") took its place.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from summarizer.guard.candidates import CONNECTORS, ORG_HEADS, PLACE_HEADS, STOP_EN, TITLES, Name
from summarizer.guard.entities import SourceIndex
from summarizer.guard.names import (
    equivalents,
    first_names,
    fold,
    is_common_english,
    language_territories,
    territory_words,
)
from summarizer.guard.spelling import demonym
from summarizer.stages.crosslingual import DEFINED_ACRONYM, ArticleVocabulary
from summarizer.stages.titles import headline, many_capitals

Span = tuple[int, int, str | None, str]
# A capitalised run with its joining words ("Institute for Social Research and Statistical Analysis").
_RUN = re.compile(r"(?<![\w’'.-])[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|&|the)\s+)?[A-Z][\w’'-]*)*")
_LETTERS = re.compile(r"[^\W\d_]+")


def _content(name: Name) -> list[str]:
    """The words of ``name`` that carry its meaning (no function words, titles or short words)."""
    skip = STOP_EN | CONNECTORS | TITLES
    return [w for w in name.words if len(w) >= 3 and w not in skip and w.isalpha()]


def _plain(words: list[str]) -> bool:
    """Whether every word is an ordinary English word (or an institution's or a place's head word:
    "Organisation") and none is a first name."""
    heads = ORG_HEADS | PLACE_HEADS
    return bool(words) and all((is_common_english(w) or w in heads) and w not in first_names() for w in words)


def _part_of_longer(sentence: str, name: Name) -> bool:
    """Whether ``name`` ends a longer capitalised run whose first words are of another kind ("Jan Kepler's
    Grammar School", "Forsa Institute for ... Statistical Analysis": the guard checks the proper name), is
    a title ("The Joys of Bathing" inside a sentence) or is defined by an acronym ("... (NCUA)")."""
    for run in _RUN.finditer(sentence):
        if run.start() <= name.start < run.end():
            words = [fold(w) for w in _LETTERS.findall(run.group())]
            before = [fold(w) for w in _LETTERS.findall(sentence[run.start() : name.start])]
            if not _plain([w for w in before if len(w) >= 3 and w not in STOP_EN | CONNECTORS] or ["the"]):
                return True
            if run.start() > 0 and words[0] in ("the", "a", "an"):
                return True
            return bool(DEFINED_ACRONYM.match(sentence, run.end()))
    return False


def _says(local: SourceIndex, other: str) -> bool:
    """Whether the article sentences say ``other`` (a name, inflected; a short one only as an acronym: "UE",
    not the article "un")."""
    if len(other) < 3:
        return bool(re.search(rf"\b{re.escape(other.upper())}\b", local.source))
    return local.has_phrase(other, True)


def _plural(word: str) -> bool:
    """Whether a folded English word is a plural ("crowns", "greens": a kind, not one thing), not a word
    ending in -ss or -us ("congress", "census")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and is_common_english(word[:-1])


def _backed(name: Name, words: list[str], local: SourceIndex, vocabulary: ArticleVocabulary) -> int:
    """How many of the name's ``words`` the article sentences around the evidence have (all of them when
    they name it otherwise: "l'ONU" for "United Nations")."""
    key = fold(name.text)
    if key in equivalents() and (local.has_phrase(key) or any(_says(local, o) for o in equivalents()[key])):
        return len(words)
    return sum(vocabulary.has(w) or w in vocabulary.forms for w in words)  # "war": a short rendering of "guerre"


def unbacked_names(
    sentence: str, names: Sequence[Name], missing: Sequence[str], local: SourceIndex, vocabulary: ArticleVocabulary
) -> list[Span]:
    """(start, end, article name, reason) of the names of a summary ``sentence`` made of ordinary English
    words that the article sentences around its evidence (``local`` and ``vocabulary``) do not back;
    ``missing``: the names of the evidence sentence that the summary sentence leaves out (the sign of a
    swap). A name of several words needs all of them there (with a person's or an organisation's name as the sign),
    half of them (with a place's) or one (without); a single
    word, only with the sign, one of its forms (a plural, "Crowns", "Greens", names a kind, not one thing)."""
    if headline(sentence):  # in title case ("Rychtářová about her Unfaithful Husband"): ordinary words
        return []
    if not missing and many_capitals(sentence):
        return []  # with no sign of a swap, a sentence of many names ("... Chairman of the Board of Directors.")
    out: list[Span] = []
    other = missing[0] if missing else None
    why = f"the article sentence names {other}" if other else "not in the article sentence it comes from"
    # a person or an organisation left out is a swap's sign strong enough to want every word of the name there;
    # a place or a country left out is often only implied by the translation ("the Joint Chiefs" for "des États-Unis")
    strict = any(fold(m) not in territory_words() for m in missing)
    for name in names:
        words = _content(name)
        if not _plain(words) or _part_of_longer(sentence, name):
            continue
        backed = _backed(name, words, local, vocabulary)
        if len(words) >= 2:
            unbacked = (backed < len(words) if strict else 2 * backed < len(words)) if missing else not backed
        else:
            unbacked = bool(missing) and not backed and not _plural(words[0])
        if unbacked:
            out.append((name.start, name.end, other, why))
    return out


@functools.cache
def countries() -> frozenset[str]:
    """Folded English names of the countries CLDR knows (through Babel; no regions such as "World")."""
    from babel import Locale

    return frozenset(fold(name) for code, name in Locale("en").territories.items() if not code.isdigit())


def nation_here(name: str, local: SourceIndex) -> bool:
    """Whether the article sentences ``local`` name the country, nationality or language of the folded English
    ``name`` ("irish", "croatians") in some form: as written, its French name ("irlandais", inflected), a
    country whose nationality or language it is ("Irlande"), or a word starting with the same four letters as
    one of those other names ("Tchécoslovaquie" for "Czech": "tchèque"); none of the guard's looser matches by sound."""
    if name not in equivalents() and name.endswith("s"):
        name = name[:-1]
    others = {name} | set(equivalents().get(name, ())) | set(language_territories().get(name, ()))
    others |= {o for other in list(others) for o in equivalents().get(other, ())}
    if any(local.has_phrase(other, True) for other in others):
        return True
    starts = {w[:4] for w in local.words if len(w) >= 4}
    return any(len(other) >= 4 and other[:4] in starts for other in others - {name})  # not "poli" for "polish"


def country_by_its_nationality(name: str, local: SourceIndex) -> bool:
    """Whether the folded English country ``name`` ("denmark") is named in the article sentences ``local`` by
    the nationality or language of its people ("Le Danois Jonas Vingegaard": a translator writes "Denmark's
    Jonas Vingegaard"): a language official there (CLDR through Babel), in English or French, is there as
    written."""
    if name not in countries():
        return False
    spoken = [language for language, places in language_territories().items() if name in places]
    return any(local.has_phrase(language, True) for language in spoken)


def country_or_nationality(name: str) -> bool:
    """Whether the folded English ``name`` is a country's, a language's or a nationality's ("austria", "irish",
    "turkish")."""
    return name in countries() or name in language_territories() or demonym(name)


def unrendered_nationalities(sentence: str, evidence: Sequence[str], source_language: str) -> list[str]:
    """The countries and nationalities that the article sentences ``evidence`` name in their own words
    (:attr:`SourceIndex.translated`: "turc", "américain") and that the English ``sentence`` leaves out,
    each as its English name ("Turkish"): the sign of a swap when a name stands where the nationality was
    ("French and Greek glass" for "le verre italien et grec" leaves out Italy)."""
    folded = set(_LETTERS.findall(fold(sentence)))
    words = {w[:4] for w in folded}
    named = {o for w in folded for o in (*equivalents().get(w, ()), *language_territories().get(w, ()))}
    out = []
    for text in evidence:
        found = SourceIndex(text, source_language).translated
        said = [n for n in found if all(w[:4] in words for w in n.split()) or n in named]
        left = [n for n in found if country_or_nationality(n) and n not in said and not any(_same(n, s) for s in said)]
        if left:
            out.append(max(left, key=len).title())
    return out


def _same(name: str, other: str) -> bool:
    """Whether two folded names of places start alike (one country in two languages: "italy", "italie")."""
    return name[:4] == other[:4]


# a possessive right after a country: "Denmark's Jonas Vingegaard", the way English puts "le Danois Jonas Vingegaard"
_POSSESSIVE_AFTER = re.compile(r"[’']s\s+[A-Z]")


def without_countries_by_nationality(
    flags: list[Any], sentence: Any, indices: Sequence[int], texts: Sequence[str], source_language: str
) -> list[Any]:
    """``flags`` (of ``summarizer verify``) less the name guard's flags of a country absent from the article in
    ``sentence``, written in the possessive in front of a name, that the article sentences ``texts`` at
    ``indices`` (its evidence) or next to them name by its people's nationality (:func:`country_by_its_nationality`:
    "Denmark's Jonas Vingegaard" for "le Danois Jonas Vingegaard")."""
    mine = [
        f
        for f in flags
        if f.category == "entity"
        and f.code == "absent"
        and sentence.start <= f.start < sentence.end
        and _POSSESSIVE_AFTER.match(sentence.text, f.end - sentence.start)
    ]
    near = sorted({j for i in indices for j in (i - 1, i, i + 1) if 0 <= j < len(texts)})
    if not mine or not near:
        return flags
    local = SourceIndex(" ".join(texts[j] for j in near), source_language)
    dropped = {id(f) for f in mine if country_by_its_nationality(fold(f.text), local)}
    return [f for f in flags if id(f) not in dropped]
