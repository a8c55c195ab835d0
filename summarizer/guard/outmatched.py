"""Fuzzy support is spent once: a source word that supports an output name only by looking or sounding like
it ("Londis" for the source's "Londres", whose English name is "London") does not vouch for that name when
another name of the output matches the same word better ("London" itself): the best match takes it.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from summarizer.guard.candidates import Name
from summarizer.guard.names import equivalents, fold
from summarizer.guard.places import other_names
from summarizer.guard.spelling import phonetic

# A fuzzy match the entity guard made: the output name's word, the source word (or its translation), how alike.
Hit = tuple[str, str, float]


def outmatched(index: Any, name: Name, names: list[Name], hits: list[Hit], translated: bool) -> bool:
    """Whether ``name``, supported through the fuzzy matches ``hits`` of the
    :class:`~summarizer.guard.entities.SourceIndex` ``index``, loses that support: each source word that
    another output name (written otherwise) matches more closely is spent, and the source must still support
    ``name`` without them."""
    spent: set[str] = set()
    for word, other, ratio in hits:
        if _better_elsewhere(word, other, ratio, name, names):
            spent |= _forms(other)  # the word and its other-language names ("Londres", "London")
    if not spent:
        return False
    index.spent = frozenset(spent)
    try:
        return not index.supports(name, translated)
    finally:
        index.spent = frozenset()


def _better_elsewhere(word: str, other: str, ratio: float, name: Name, names: list[Name]) -> bool:
    """Whether another output name renders the source word ``other`` (as written, or as its other-language
    name: "London" for "Londres") or has a word (not ``word``) closer to it than ``ratio``."""
    own, sound = fold(name.text), phonetic(other)
    others = [n for n in names if fold(n.text) != own and fold(n.text) not in own]
    if not others:
        return False
    renders = _forms(other)
    return any(
        fold(n.text) in renders
        or any(
            w != word and (w in renders or SequenceMatcher(None, phonetic(w), sound).ratio() > ratio) for w in n.words
        )
        for n in others
    )


def _forms(word: str) -> set[str]:
    """A folded source word and its other-language names (:func:`~summarizer.guard.names.equivalents`, places)."""
    return {word} | equivalents().get(word, set()) | other_names(word)


def closest_name(candidates: list[Name], name: Name) -> Name | None:
    """The source name among ``candidates`` most like ``name`` (sharing a word, or similar), if any: the source's
    names (NER and capitalisation), or for a same-language output only its capitalised spans (faster, no kind)."""
    target, words = fold(name.text), set(name.words)
    best, score = None, 0.0
    for cand in candidates:
        shared = len(words & set(cand.words))
        sim = SequenceMatcher(None, target, fold(cand.text)).ratio() + shared
        if (shared or sim >= 0.6) and sim > score:
            best, score = cand, sim
    return best
