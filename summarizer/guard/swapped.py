"""A many-word name with one word swapped: the output keeps the other words of one of the source's names and
changes one ("World Trade Organization" for *Organisation mondiale de la santé*, whose English name is the World
Health Organization; "Manchester United" for *Manchester City*). Half its words are supported, which passes a
name of common English words; it fails where the word it changes is one a translation keeps as written."""

from __future__ import annotations

import difflib
import re
from typing import Protocol

from summarizer.guard.candidates import CONNECTORS, ORG_HEADS, PLACE_HEADS, STOP_EN, Name
from summarizer.guard.names import equivalents, fold, zipf
from summarizer.guard.scope import renders_whole
from summarizer.guard.spelling import demonym, phonetic


class _Index(Protocol):
    source: str
    output: str
    names: list[Name]
    translated: set[str]

    def word_supported(self, word: str, strict: bool) -> bool: ...


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in CONNECTORS and w not in STOP_EN and len(w) >= 3]


def unrendered(index: _Index, words: list[str]) -> bool:
    """Whether capitalised common English words are a name the source lacks: in a rendering of the whole source that
    leaves out a name of the source written as a name (no word of it, nor of its other-language forms, written; a word
    of it not more French than English: wordfreq), no content word of theirs is a source word, a cognate of one or one
    of its lexicon renderings ("the Chiefs" for a source naming the Crusaders; not "the Senate" for "le Sénat", nor
    "the Hall of Mirrors" for "la galerie des Glaces", French words the translation renders)."""
    content = _content(words)
    if not content or not renders_whole(index.source, len(index.output)) or _headed(words):
        return False
    written = set(_content(re.findall(r"\w+", fold(index.output))))
    return any(_left_out(n.text, written) for n in index.names) and not any(
        index.word_supported(w, False) for w in content
    )


def place_swapped(index: _Index, words: list[str], is_place: bool) -> bool:
    """Whether a well-known place of common English words (``is_place``: "New York", "Cape Town") stands where a
    rendering of the whole source leaves out a place the source names (NER), no content word of it supported: a
    place swapped in, not the source's place translated."""
    content = _content(words)
    if not is_place or not content or not renders_whole(index.source, len(index.output)):
        return False
    written = set(_content(re.findall(r"\w+", fold(index.output))))
    return any(n.kind == "place" and _place_left_out(n.text, written) for n in index.names) and not any(
        index.word_supported(w, False) for w in content
    )


def _place_left_out(name: str, written: set[str]) -> bool:
    """Whether a source place (a city or a country the gazetteers or the equivalents table know, any of its names)
    has no word among the output's content words (``written``: their first four letters)."""
    from summarizer.guard.places import place_names

    folded = fold(name)
    others = place_names(folded)[0] | equivalents().get(folded, set())
    if not others:
        return False  # no known place: its English name is not known either
    starts = {w[:4] for w in written}
    return not any(w[:4] in starts for form in [folded, *others] for w in _content(form.split()))


def _headed(words: list[str]) -> bool:
    """Whether folded words may render an institution or a place of the source: several words ("Ministry of Labour",
    "Big Blue"; a translation gives them for French ones the lexicon lacks), or one that heads such a name ("State")."""
    return len(words) > 1 or any(w in ORG_HEADS or w in PLACE_HEADS for w in words)


def _left_out(name: str, written: set[str]) -> bool:
    """Whether a source name, written as a name (a word rare in French or not more French than English, wordfreq; no
    nationality), has none of its words among the output's content words (``written``; their first four letters), nor
    those of its other-language forms ("Brussels" for "Bruxelles"), nor one of them inside ("bank" for "Bundesbank")."""
    raw = [w for w in re.findall(r"\w+", name.lower()) if len(w) >= 3]
    theirs = _content([fold(w) for w in raw])
    if any(demonym(w) for w in theirs) or not any(zipf(w, "fr") <= max(zipf(w, "en"), 3) for w in raw):
        return False
    forms = [theirs] + [_content(o.split()) for o in equivalents().get(fold(name), ())]
    starts = {w[:4] for w in written}
    return not any(w[:4] in starts or any(len(o) >= 4 and o in w for o in written) for form in forms for w in form)


def word_swapped(index: _Index, words: list[str]) -> bool:
    """Whether the name of folded ``words`` is one of the source's names with one word changed: its words but one
    are those of a source name as written, or of the English name of one the source names in French, and the
    remaining word, which the source does not support, stands where that name has another word (not a spelling
    of it, nor, for a name the source writes, a French word that a translation renders otherwise), in a rendering of
    the whole source."""
    content = _content(words)
    loose = [w for w in content if not index.word_supported(w, False)]
    if len(content) < 2 or len(loose) != 1 or not renders_whole(index.source, len(index.output)):
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
