"""A name of the summary that is the article's name in a longer or another form.

The name guard compares a summary's name with the closest name of the article and flags a difference
("Nobel Price: the article says Nobel"). A translation often writes the article's name with a part the
article gives in its own words, elsewhere in the article: a middle initial ("Richard G. Lugar" for
"Richard D. Lugar"), an ordinary word the article says ("Nobel Price" for "un prix Nobel"), a country code
of a country the article names ("IBM CZ" for a Czech branch), a country the article names in its own
language ("Hungary" for "le Magyar": CLDR's "Magyarország"). With the whole article at hand, ``summarizer
verify`` drops those flags (:func:`without_longer_forms`); a swapped name (another person, company or place)
brings a word the article does not have, and keeps its flag.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from summarizer.guard.names import first_names, fold, is_common_english
from summarizer.stages.crosslingual import ArticleVocabulary
from summarizer.stages.swaps import nation_here

_WORD = re.compile(r"[^\W\d_]+")
# the capitalised words right after a name cut at a middle initial ("Richard G" of "Richard G. Lugar")
_AFTER_INITIAL = re.compile(r"\.?(?:\s+[A-Z]\.)*\s+([A-Z][\w’'-]+)")


@functools.cache
def _territory_codes() -> dict[str, str]:
    """Two-letter CLDR territory codes ("CZ") and the folded English name of each ("czechia")."""
    from babel import Locale

    return {code: fold(name) for code, name in Locale("en").territories.items() if len(code) == 2 and code.isalpha()}


@functools.cache
def _endonyms() -> dict[str, tuple[str, ...]]:
    """The folded English names of the countries ("hungary") and their folded names in their official languages
    (CLDR through Babel: "magyarorszag")."""
    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages

    out: dict[str, tuple[str, ...]] = {}
    for code, name in Locale("en").territories.items():
        if len(code) != 2 or not code.isalpha():
            continue
        own = []
        for language in get_official_languages(code, de_facto=True):
            try:
                own.append(fold(Locale.parse(language).territories.get(code, "")))
            except (UnknownLocaleError, ValueError):
                continue
        out[fold(name)] = tuple(o for o in own if len(o) >= 5 and o != fold(name))
    return out


def endonym_here(name: str, words: frozenset[str] | set[str]) -> bool:
    """Whether the folded English country ``name`` ("hungary") is in ``words`` (folded words of an article) in its
    own language: a word of five letters or more that starts its endonym or that its endonym starts ("magyar" of
    "magyarorszag", "deutschland")."""
    own = _endonyms().get(name, ())
    return any(len(w) >= 5 and (o.startswith(w) or w.startswith(o)) for o in own for w in words)


def _backed(word: str, raw: str, vocabulary: ArticleVocabulary) -> bool:
    """Whether a word of the summary's name that the article's name lacks is a part the article gives in its own
    words: a middle initial, an ordinary English word (no first name) the article has, or the code of a country
    the article names."""
    if len(word) == 1:
        return True
    if raw in _territory_codes():
        return nation_here(_territory_codes()[raw], vocabulary.guard_index)
    return is_common_english(word) and word not in first_names() and vocabulary.has(word)


def without_longer_forms(flags: list[Any], parts: Sequence[Any], vocabulary: ArticleVocabulary) -> list[Any]:
    """``flags`` (of ``summarizer verify``) less the name guard's flags of a name (extended by the words after a
    middle initial) that shares a word with the article's closest name (``source_text``) and whose other words are
    parts the article gives (:func:`_backed`): "Nobel Price: the article says Nobel" for "un prix Nobel", and of a
    country absent from the article that it names in its own language (:func:`endonym_here`)."""
    out = []
    for flag in flags:
        if flag.category == "entity" and flag.code == "absent" and endonym_here(fold(flag.text), vocabulary.words):
            continue  # "Hungary" for "le Magyar"
        if flag.category != "entity" or flag.code != "name_mismatch" or not flag.source_text:
            out.append(flag)
            continue
        sentence = parts[flag.sentence]
        text = flag.text
        after = _AFTER_INITIAL.match(sentence.text, flag.end - sentence.start)
        if after and len(text.split()[-1]) == 1:
            text += " " + after.group(1)
        raw = _WORD.findall(text)
        theirs = {fold(w) for w in _WORD.findall(flag.source_text) if len(w) > 1}
        shared = [w for w in raw if len(w) > 1 and fold(w) in theirs]
        extra = [w for w in raw if fold(w) not in theirs]
        if not shared or not all(_backed(fold(w), w, vocabulary) for w in extra):
            out.append(flag)
    return out
