"""Character filters at the speed of ``str.translate``: combining marks and control characters out.

Each filter is a translation table that learns each character's Unicode property the first time it
meets it (``unicodedata``), so a text costs one C-level pass instead of one Python call per character.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable


class _LearntTable(dict):
    """A ``str.translate`` table deciding each code point once: kept (itself) or dropped (None)."""

    def __init__(self, drop: Callable[[str], object]) -> None:
        super().__init__()
        self._drop = drop

    def __missing__(self, code: int) -> int | None:
        value = None if self._drop(chr(code)) else code
        self[code] = value
        return value


_MARKS = _LearntTable(unicodedata.combining)
_CONTROLS = _LearntTable(lambda ch: ch != "\n" and unicodedata.category(ch)[0] == "C")


def without_marks(text: str) -> str:
    """``text`` without its combining marks (``unicodedata.combining``): "e\u0301te\u0301" -> "ete"."""
    return text.translate(_MARKS)


def without_controls(text: str) -> str:
    """``text`` without its control, format, private-use and unassigned characters (Unicode category
    C), line breaks ("\\n") kept."""
    return text.translate(_CONTROLS)


__all__ = ["without_controls", "without_marks"]
