"""Numbers spelt out, for the cross-lingual evidence of ``summarizer verify`` (:mod:`.crosslingual`): a small number
meets its digits and its spelt form in the other language as one word form ("5", "cinq", "five"), and so does a
number spelt in several words ("vingt-cinq", "twenty-five", "25"), from num2words."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from summarizer.text.chars import lower_without_marks

_WORD = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=16)
def number_words(language: str) -> dict[str, str]:
    """The one-word numbers from two to ninety-nine of ``language``, folded, -> their digits
    ("cinq" -> "5", "twelve" -> "12"), from num2words; empty for a language it does not know.
    One is left out: it is also an article ("un", "one")."""
    from num2words import num2words

    out = {}
    for n in range(2, 100):
        try:
            word = lower_without_marks(num2words(n, lang=language))
        except (NotImplementedError, KeyError, TypeError, ValueError):
            return {}
        if _WORD.fullmatch(word):
            out[word] = str(n)
    return out


@functools.lru_cache(maxsize=16)
def compound_number_words(language: str) -> dict[tuple[str, ...], str]:
    """The numbers from twenty-one to ninety-nine that ``language`` spells in several words, as their folded
    words -> their digits (("vingt", "cinq") -> "25", ("twenty", "five") -> "25"), from num2words: a translator
    writes "25-year" for "vingt-cinq ans", and the number must meet as one, not as twenty and five."""
    from num2words import num2words

    out = {}
    for n in range(21, 100):
        try:
            words = tuple(_WORD.findall(lower_without_marks(num2words(n, lang=language))))
        except (NotImplementedError, KeyError, TypeError, ValueError):
            return {}
        if len(words) > 1:
            out[words] = str(n)
    return out


def spelt_numbers(words: Sequence[str], language: str) -> tuple[list[str], set[int]]:
    """The numbers spelt in several words among ``words`` (:func:`compound_number_words`), and the positions
    of their words."""
    compounds = compound_number_words(language)
    found, taken = [], set()
    k = 0
    while k < len(words):
        for size in (4, 3, 2):
            digits = compounds.get(tuple(words[k : k + size]))
            if digits:
                found.append(digits)
                taken.update(range(k, k + size))
                k += size
                break
        else:
            k += 1
    return found, taken


__all__ = ["compound_number_words", "number_words", "spelt_numbers"]
