"""The writing system (Unicode script) a text is mostly written in.

Model-free evidence across languages rests on what survives translation in the same alphabet
(names, cognates, shared word forms); a summary written in another script than its article keeps
none of it but digits. :func:`main_script` tells the two cases apart from the letters alone.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

# Scripts that one language writes together count as one (Japanese mixes kanji and both kanas).
_FAMILY = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK", "CJK": "CJK"}
_NAMES = {"CJK": "Chinese, Japanese or Korean"}


def main_script(text: str, sample: int = 2000) -> str | None:
    """The script of most letters in the first ``sample`` characters of ``text`` (``"LATIN"``,
    ``"CYRILLIC"``, ``"GREEK"``, ``"ARABIC"``, ``"CJK"``…), or None when it has no letter."""
    counts: Counter[str] = Counter()
    for char in text[:sample]:
        if char.isalpha():
            first = unicodedata.name(char, "").split(" ", 1)[0]
            if first:
                counts[_FAMILY.get(first, first)] += 1
    return counts.most_common(1)[0][0] if counts else None


def script_name(script: str) -> str:
    """A reader's name for a :func:`main_script` value ("Latin", "Cyrillic", "Chinese, Japanese or Korean")."""
    return _NAMES.get(script, script.title())
