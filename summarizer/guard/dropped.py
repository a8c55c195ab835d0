"""A source place the output leaves out: with a new English-only name of the output in its place, a swap ("the
Thames" for *la Seine*, "Sardinia" for *la Corse*) rather than an English word the translator chose for a French
one ("Moslems" for *musulmans*)."""

from __future__ import annotations

import re

from summarizer.guard.candidates import Name
from summarizer.guard.names import equivalents, fold
from summarizer.guard.places import place_names
from summarizer.guard.scope import renders_whole

_WORD = re.compile(r"[^\W\d_]{4,}")


def dropped_name(source: str, names: list[Name], output: str) -> bool:
    """Whether one of the source's ``names`` that the French model takes for a place has no word of four letters
    or more whose first three letters start a word of the output ("Corsica" for "Corse", "Lower Saxony" for
    "Basse-Saxe") and none of its other names writes ("US" for "États-Unis"), in a rendering of the whole
    ``source`` (a summary may leave places out)."""
    if not renders_whole(source, len(output)):
        return False
    text = f" {fold(output)} "
    starts = {w[:3] for w in text.split() if len(w) >= 3}
    for name in names:
        if name.kind != "place" or name.cue != "ner":
            continue
        words = [fold(w) for w in _WORD.findall(name.text)]
        others = equivalents().get(fold(name.text), set()) | place_names(fold(name.text))[0]  # "US": "États-Unis"
        if words and not any(w[:3] in starts for w in words) and not any(f" {o} " in text for o in others):
            return True
    return False
