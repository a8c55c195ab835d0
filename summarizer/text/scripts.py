"""The writing system (Unicode script) a text is mostly written in.

Model-free evidence across languages rests on what survives translation in the same alphabet
(names, cognates, shared word forms); a summary written in another script than its article keeps
none of it but digits. :func:`main_script` tells the two cases apart from the letters alone.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from summarizer.errors import InputError

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


def require_same_script(article: str, summary: str, source_language: str, summary_language: str) -> None:
    """Refuse a summary written in another script than its article, for checks with no translation model:
    model-free evidence rests on names and word forms written alike, and every sentence would read as
    unsupported.

    Raises:
        InputError: the two texts are mostly written in different scripts.
    """
    ours, theirs = main_script(article), main_script(summary)
    if ours and theirs and ours != theirs:
        raise InputError(
            f"the summary ({summary_language}) is written in {script_name(theirs)} script and the article "
            f"({source_language}) in {script_name(ours)}: checking across scripts needs a translation model "
            "(--translation-model or --preset; translate= in Python)"
        )
