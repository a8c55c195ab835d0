"""A source place the output leaves out: with a new English-only name of the output in its place, a swap ("the
Thames" for *la Seine*, "Sardinia" for *la Corse*) rather than an English word the translator chose for a French
one ("Moslems" for *musulmans*)."""

from __future__ import annotations

import re

from summarizer.guard.candidates import Name
from summarizer.guard.names import fold
from summarizer.guard.swapped import renders_whole

_WORD = re.compile(r"[^\W\d_]{4,}")


def dropped_name(source: str, names: list[Name], output: str) -> bool:
    """Whether one of the source's ``names`` that the French model takes for a place has no word of four letters
    or more whose first three letters start a word of the output ("Corsica" for "Corse", "Lower Saxony" for
    "Basse-Saxe"), in a rendering of the whole ``source`` (a summary may leave places out)."""
    if not renders_whole(source, len(output)):
        return False
    starts = {w[:3] for w in fold(output).split() if len(w) >= 3}
    for name in names:
        if name.kind != "place" or name.cue != "ner":
            continue
        words = [fold(w) for w in _WORD.findall(name.text)]
        if words and not any(w[:3] in starts for w in words):
            return True
    return False
