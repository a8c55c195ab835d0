"""Character filters at the speed of ``str.translate``: combining marks and control characters out.

Each filter is a translation table that learns what it does to a character the first time it meets
it (``unicodedata``), so a text costs one C-level pass instead of one Python call per character.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable


class CharTable(dict):
    """A ``str.translate`` table for a function of one character (to a string, "" to drop it),
    computed once per code point."""

    def __init__(self, function: Callable[[str], str]) -> None:
        super().__init__()
        self._function = function

    def __missing__(self, code: int) -> int | str | None:
        ch = chr(code)
        out = self._function(ch)
        value = code if out == ch else out or None
        self[code] = value
        return value


_MARKS = CharTable(lambda ch: "" if unicodedata.combining(ch) else ch)
_CONTROLS = CharTable(lambda ch: "" if ch != "\n" and unicodedata.category(ch)[0] == "C" else ch)


def without_marks(text: str) -> str:
    """``text`` without its combining marks (``unicodedata.combining``): "e\u0301te\u0301" -> "ete"."""
    return text.translate(_MARKS)


@functools.lru_cache(maxsize=65536)
def lower_without_marks(text: str) -> str:
    """Lower case without accents ("Économie" -> "economie"): the form words are compared in across languages."""
    return without_marks(unicodedata.normalize("NFKD", text.lower()))


def without_controls(text: str) -> str:
    """``text`` without its control, format, private-use and unassigned characters (Unicode category
    C), line breaks ("\\n") kept."""
    return text.translate(_CONTROLS)


__all__ = ["CharTable", "without_controls", "without_marks"]
