"""An ordinary English word opening a sentence where the source sentence opens with a name.

A capitalised word opening an English sentence says nothing about being a name ("Revenue reached
€385 million."), so the name finder leaves a common word there alone, and a name swapped for one
("Wedding sold two million cars." for "Renault a vendu ...") would pass. Two signs together tell
the swap: the source sentence opens with a name (after an article at most) that the translation
renders nowhere, and the word opening the translation renders nothing of the source (no word, cognate
or lexicon rendering of it). A sentence whose source opens with an ordinary word is never concerned.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from summarizer.guard.candidates import STOP_EN, TITLES, Name
from summarizer.guard.flags import Flag
from summarizer.guard.names import (
    calendar_words,
    contraction_part,
    fold,
    is_common_english,
    person_names,
    territory_words,
    zipf,
)

# The word opening a sentence, after quotes or brackets: capitalised, then lower-case letters only.
_OPENER = re.compile(r"[\s\"'«“‘(\[*-]*([A-Z][a-z]{2,})(?=[’']s\b|[\s,;:]|$)")
# What follows a subject: its possessive, or a lower-case word (its verb: "Wedding sold").
_NEXT = re.compile(r"[’']s\b|\s+([a-z]+)\b")
# Indefinite pronouns (a closed class): never a name's place.
_INDEFINITE = frozenset(f"{a}{b}" for a in ("every", "some", "any", "no") for b in ("one", "body", "thing", "where"))
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Ý][^\W\d_]*")
_SENTENCES = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'»”’)]*|\n|$)")


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, text) of the sentences of ``text`` (cut after a full stop, a question or exclamation mark)."""
    return [(m.start(), m.group()) for m in _SENTENCES.finditer(text) if m.group().strip()]


def opening_word(sentence: str) -> tuple[int, int] | None:
    """The span of the content word opening ``sentence`` when it is capitalised and followed by a lower-case word
    that may be its verb, or by its possessive ("Wedding sold", "Wedding's"), or None (a function word, a
    title, a day, a pronoun: "The", "President", "Monday", "Everyone"; "According to")."""
    m = _OPENER.match(sentence)
    if not m:
        return None
    word = fold(m.group(1))
    if word in STOP_EN or word in TITLES or word in calendar_words() or contraction_part(word):
        return None
    after = _NEXT.match(sentence, m.end(1))
    if word in _INDEFINITE or not after or (after.group(1) and fold(after.group(1)) in STOP_EN | {"to"}):
        return None  # "Everyone", "Thanks to", "According to", a run of capitalised words: no subject name's place
    return m.start(1), m.end(1)


def _lead(prefix: str) -> bool:
    """Whether the text before a name lets it open its French sentence: nothing but quotes and an article, after
    a short opening phrase set off by a comma ("En effet, l'") or two function words ("Après tout l'")."""
    prefix = re.sub(r"(?:\b(?:le|la|les)\s+|\bl[’'])$", "", prefix, flags=re.IGNORECASE).strip(" \"'«“‘([*-")
    if not prefix:
        return True
    words = re.findall(r"[^\W\d_]+", prefix)
    if len(words) <= 3 and prefix.endswith(","):
        return True
    return len(words) <= 2 and all(fold(w) in STOP_EN for w in words)


def name_first(sentence: str) -> bool:
    """Whether a French ``sentence`` may open with a name (:func:`opens_with`): a capitalised word there that is
    no function word ("Il", "Mais")."""
    return any(
        fold(m.group()) not in STOP_EN and _lead(sentence[: m.start()]) for m in _CAPITALISED.finditer(sentence, 0, 80)
    )


def opens_with(sentence: str, name: str) -> bool:
    """Whether a French ``sentence`` opens with ``name``: after quotes and an article at most, or a short opening
    phrase (:func:`_lead`)."""
    at = sentence.find(name)
    return at >= 0 and _lead(sentence[:at])


def proper_name(name: str, source: str) -> bool:
    """Whether a name the French NER model finds opening a sentence is one rather than a capitalised common word
    ("Fuite", "Notant" opening a headline; a people, "Les Tchèques"): two capitalised words or more, an acronym, a country, city or person's
    name, a word English writes too or French hardly uses (wordfreq), or one the source capitalises inside a
    sentence too."""
    if re.match(r"(?:Les|Des)\s+\S+[sx]$", name):
        return False  # a people ("les Tchèques"): French capitalises its noun
    words = [w for w in name.split() if fold(w) not in STOP_EN]
    if sum(w[:1].isupper() for w in words) >= 2 or (len(name) >= 2 and name.isupper()):
        return True
    word = fold(words[0]) if words else ""
    if word in territory_words() or word in person_names():
        return True
    if zipf(word, "en") >= 2.0 or zipf(words[0].lower(), "fr") < 2.0:
        return True
    return bool(re.search(rf"(?<=[\w,;] ){re.escape(words[0])}\b", source))


def opening_swaps(
    source: str,
    pairs: Sequence[tuple[tuple[int, str], tuple[int, str]]],
    source_names: Sequence[Name],
    rendered: Callable[[str], bool],
    backed: Callable[[str], bool],
) -> list[tuple[Name, str]]:
    """(output word, source name) for each output sentence opening with an ordinary word where its source
    sentence (``pairs``: the (offset, text) of each source sentence and of the output sentence of the same
    rank) opens with a name that ``rendered`` says the output lacks, and that ``backed`` (a folded word:
    rendered by the source?) does not back."""
    found = []
    for (a, fr), (b, en) in pairs:
        span = opening_word(en)
        if span is None:
            continue
        first = [
            n
            for n in source_names
            if a <= n.start < a + len(fr) and opens_with(fr, n.text) and proper_name(n.text, source)
        ]
        if not first or rendered(first[0].text):
            continue
        word = en[span[0] : span[1]]
        if not backed(fold(word)):
            found.append((Name(word, b + span[0], b + span[1], first[0].kind, "caps"), first[0].text))
    return found


def opening_flags(index: Any, output: str, names: Sequence[Name], index_of: Callable[[str, str], Any]) -> list[Flag]:
    """Entity flags for the ordinary words opening an English ``output`` sentence where the French source
    sentence (of the :class:`~summarizer.guard.entities.SourceIndex` ``index``) opens with a name the output
    lacks ("Wedding sold ..." for "Renault a vendu ..."); ``names``: the output's names (left to the guard);
    ``index_of(text, lang)``: the index of the output (``SourceIndex``)."""
    ins, outs = sentences(index.source), sentences(output)
    if len(outs) != len(ins) or not any(opening_word(t) for _, t in outs):
        return []
    source_names = [n for n in index.names if n.cue == "ner" and n.kind in ("person", "organization", "place")]
    if not source_names:
        return []
    rendering = index_of(output, "en")

    def rendered(text: str) -> bool:
        words = [w for w in fold(text).split() if len(w) >= 3 and w not in STOP_EN]
        if any(w in rendering.words for w in words):
            return True  # a name of common English words ("Shell") is rendered as written, not translated
        return not all(is_common_english(w) for w in words) and rendering.supports(
            Name(text, 0, len(text), "other", "caps"), True
        )

    def backed(word: str) -> bool:
        return index.word_supported(word, False) or index.has_phrase(word, inflected=True)

    flags = []
    for word, other in opening_swaps(index.source, list(zip(ins, outs, strict=True)), source_names, rendered, backed):
        if any(n.start < word.end and word.start < n.end for n in names):
            continue
        reason = f"name absent from source: '{word.text}' opens the sentence where the source names '{other}'"
        flags.append(
            Flag(word.text, word.kind, reason, word.start, word.end, None, None, "absent", other, category="entity")
        )
    return flags
