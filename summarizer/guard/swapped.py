"""A many-word name with one word swapped: the output keeps the other words of one of the source's names and
changes one ("World Trade Organization" for *Organisation mondiale de la santé*, whose English name is the World
Health Organization; "Manchester United" for *Manchester City*). Half its words are supported, which passes a
name of common English words; it fails where the word it changes is one a translation keeps as written."""

from __future__ import annotations

import difflib
import re
from typing import Protocol

from summarizer.guard.candidates import CONNECTORS, STOP_EN, Name
from summarizer.guard.names import fold, zipf
from summarizer.guard.spelling import phonetic


class _Index(Protocol):
    source: str
    rendering: int
    names: list[Name]
    translated: set[str]

    def word_supported(self, word: str, strict: bool) -> bool: ...


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in CONNECTORS and w not in STOP_EN and len(w) >= 3]


def renders_whole(source: str, rendering: int) -> bool:
    """Whether a text of ``rendering`` characters may render the whole ``source`` (a translation, not a summary that
    leaves names out): half its characters or more."""
    return 2 * rendering >= len(source)


def word_swapped(index: _Index, words: list[str]) -> bool:
    """Whether the name of folded ``words`` is one of the source's names with one word changed: its words but one
    are those of a source name as written, or of the English name of one the source names in French, and the
    remaining word, which the source does not support, stands where that name has another word (not a spelling
    of it, nor, for a name the source writes, a French word that a translation renders otherwise), in a rendering of
    the whole source."""
    content = _content(words)
    loose = [w for w in content if not index.word_supported(w, False)]
    if len(content) < 2 or len(loose) != 1 or not renders_whole(index.source, index.rendering):
        return False
    name_texts = {fold(n.text): n.text.lower() for n in index.names}
    theirs = [(fold(n.text), True) for n in index.names if n.kind != "person"] + [
        (n, False) for n in sorted(index.translated)
    ]
    for name, french in theirs:  # the source's names as written, and English forms of its known names
        their = _content(name.split())
        rest = [w for w in their if w not in content]
        if (
            len(their) != len(content)
            or len(rest) != 1
            or sorted(set(their) - set(rest)) != sorted(set(content) - set(loose))
        ):
            continue
        written = next((w for w in re.findall(r"[^\W\d_]+", name_texts.get(name, "")) if fold(w) == rest[0]), rest[0])
        if french and zipf(written, "fr") > zipf(written, "en"):
            continue  # a French word as the source writes it, translated ("Grand Slam" for "Grand Chelem")
        if difflib.SequenceMatcher(None, phonetic(rest[0]), phonetic(loose[0])).ratio() < 0.75:
            return True
    return False
