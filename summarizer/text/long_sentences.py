"""Split a sentence that is too long for a translation model into pieces that fit.

Translation models have a fixed number of positions (Marian: 512 for the input and 512 for the
output) and loop or drop text on very long inputs. A sentence over the limit is cut at clause
boundaries (after ``; : ,``, around dashes and parentheses); a clause still too long is cut
between words by token count, and a "word" still too long (a URL, a run of symbols) by
characters. The pieces, joined by single spaces, give back the sentence's words in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

CountTokens = Callable[[Sequence[str]], list[int]]

# Clause boundaries: after ; : , (followed by a space), before a spaced dash or an opening parenthesis.
_CLAUSE = re.compile(r"(?<=[;:,])\s+|\s+(?=[—–-]\s)|\s+(?=\()")
_WORD = re.compile(r"\s+")


def _clauses(text: str) -> list[str]:
    return [p for p in _CLAUSE.split(text) if p and p.strip()]


def _words(text: str) -> list[str]:
    return [p for p in _WORD.split(text) if p]


def _pack(parts: list[str], counts: list[int], overhead: int, max_tokens: int) -> list[list[str]]:
    """Greedily group consecutive parts so that each group's estimated count fits ``max_tokens``."""
    groups: list[list[str]] = []
    current: list[str] = []
    used = overhead
    for part, count in zip(parts, counts, strict=True):
        cost = max(1, count - overhead)
        if current and used + cost > max_tokens:
            groups.append(current)
            current, used = [], overhead
        current.append(part)
        used += cost
    if current:
        groups.append(current)
    return groups


def _by_characters(text: str, max_tokens: int, overhead: int) -> list[str]:
    # A character is at most 4 tokens (byte fallback), so this window always fits.
    size = max(1, (max_tokens - overhead) // 4)
    return [text[i : i + size] for i in range(0, len(text), size)]


def split_long_sentence(text: str, max_tokens: int, count_tokens: CountTokens) -> list[str]:
    """Cut ``text`` into pieces of at most ``max_tokens`` tokens each.

    Args:
        text: one sentence.
        max_tokens: the most tokens a piece may have (as ``count_tokens`` counts them).
        count_tokens: token count of each text, special tokens included (a backend's ``count_tokens``).

    Returns:
        ``[text]`` when it fits; else the pieces in order, cut at clause boundaries where
        possible, then between words, then inside words as a last resort.

    Raises:
        ValueError: if ``max_tokens`` is not positive.
    """
    if max_tokens <= 0:
        raise ValueError("max_tokens must be positive")
    text = text.strip()
    if not text or count_tokens([text])[0] <= max_tokens:
        return [text] if text else []
    overhead = count_tokens([""])[0]
    if overhead >= max_tokens:
        raise ValueError(f"max_tokens {max_tokens} leaves no room next to {overhead} special tokens")
    return _split(text, max_tokens, count_tokens, overhead, level=0)


def _split(text: str, max_tokens: int, count_tokens: CountTokens, overhead: int, level: int) -> list[str]:
    if level >= 2:
        return _by_characters(text, max_tokens, overhead)
    parts = _clauses(text) if level == 0 else _words(text)
    if len(parts) <= 1:
        return _split(text, max_tokens, count_tokens, overhead, level + 1)
    groups = _pack(parts, count_tokens(parts), overhead, max_tokens)
    pieces = [" ".join(g) for g in groups]
    out: list[str] = []
    for piece, group, count in zip(pieces, groups, count_tokens(pieces), strict=True):
        if count <= max_tokens:
            out.append(piece)
        elif len(group) > 1:  # the estimate was short: halve the group and try again
            half = len(group) // 2
            for sub in (" ".join(group[:half]), " ".join(group[half:])):
                out.extend(_split(sub, max_tokens, count_tokens, overhead, level))
        else:
            out.extend(_split(piece, max_tokens, count_tokens, overhead, level + 1))
    return out
