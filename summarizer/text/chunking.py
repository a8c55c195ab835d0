"""Pack sentences into chunks that fit a model's real token limit.

Chunks are balanced (an article of 2.2 windows becomes three similar chunks, not two full
ones and a scrap) and never split a sentence unless a single sentence is longer than the
window, in which case it is cut at word boundaries. Each chunk records the sentences it
holds, so results reassemble in order.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Chunk:
    """A run of consecutive sentences that fits the model window.

    Attributes:
        text: the sentences joined by spaces.
        first: index of the first sentence in the chunk.
        last: index of the last sentence (inclusive).
        tokens: token count of ``text`` (sum of the sentences' counts; an upper bound).
        split_sentence: True when a sentence longer than the window was cut to fit.
    """

    text: str
    first: int
    last: int
    tokens: int
    split_sentence: bool = False


def _split_long(
    text: str, tokens: int, max_tokens: int, count_tokens: Callable[[Sequence[str]], list[int]] | None = None
) -> list[tuple[str, int]]:
    """Cut one over-long sentence into word-boundary pieces of about ``max_tokens`` tokens.

    Pieces are sized by the sentence's average tokens per word, with a safety margin; with
    ``count_tokens``, each piece is then counted and any piece still over the window (tokens
    are not spread evenly: codes, names and figures take more) is cut again, so no piece of
    more than one word exceeds ``max_tokens``.
    """
    words = text.split()
    pieces = math.ceil(tokens / max_tokens)
    per_piece = max(1, int(len(words) / pieces * 0.9))
    parts = [" ".join(words[i : i + per_piece]) for i in range(0, len(words), per_piece)]
    if count_tokens is None:
        return [(part, math.ceil(tokens * len(part) / max(1, len(text)))) for part in parts]
    out: list[tuple[str, int]] = []
    for part, count in zip(parts, count_tokens(parts), strict=True):
        if count > max_tokens and len(part.split()) > 1:
            out.extend(_split_long(part, count, max_tokens, count_tokens))
        else:
            out.append((part, count))
    return out


def pack_chunks(
    sentences: Sequence[str],
    max_tokens: int,
    count_tokens: Callable[[Sequence[str]], list[int]] | None = None,
    token_counts: Sequence[int] | None = None,
) -> list[Chunk]:
    """Greedily pack consecutive sentences into balanced chunks of at most ``max_tokens``.

    Args:
        sentences: the sentences, in order.
        max_tokens: the model's input window (special tokens included in the counts).
        count_tokens: returns the token count of each text; used when ``token_counts`` is None, and
            to re-count the pieces of a sentence longer than the window.
        token_counts: precomputed token counts, one per sentence.

    Returns:
        The chunks in order; every sentence is in exactly one chunk (or split across
        consecutive chunks when it alone exceeds the window).

    Raises:
        ValueError: if ``max_tokens`` is not positive or no counts can be obtained.
    """
    if max_tokens <= 0:
        raise ValueError("max_tokens must be positive")
    if not sentences:
        return []
    if token_counts is None:
        if count_tokens is None:
            raise ValueError("pass count_tokens or token_counts")
        token_counts = count_tokens(list(sentences))
    if len(token_counts) != len(sentences):
        raise ValueError("one token count per sentence is required")

    total = sum(token_counts)
    n_chunks = max(1, math.ceil(total / max_tokens))

    chunks: list[Chunk] = []
    buf: list[str] = []
    buf_tokens = 0
    first = 0
    done_tokens = 0

    def target() -> float:
        # Spread what is left evenly over the chunks still to fill.
        return (total - done_tokens) / max(1, n_chunks - len(chunks))

    for i, (text, tokens) in enumerate(zip(sentences, token_counts, strict=True)):
        if tokens > max_tokens:
            if buf:
                chunks.append(Chunk(" ".join(buf), first, i - 1, buf_tokens))
                done_tokens += buf_tokens
                buf, buf_tokens = [], 0
            for part, part_tokens in _split_long(text, tokens, max_tokens, count_tokens):
                chunks.append(Chunk(part, i, i, part_tokens, split_sentence=True))
            done_tokens += tokens
            n_chunks = max(n_chunks, len(chunks) + 1)
            first = i + 1
            continue
        goal = target()
        after = buf_tokens + tokens
        if buf and (after > max_tokens or (after > goal and after - goal > goal - buf_tokens)):
            chunks.append(Chunk(" ".join(buf), first, i - 1, buf_tokens))
            done_tokens += buf_tokens
            buf, buf_tokens = [], 0
        if not buf:
            first = i
        buf.append(text)
        buf_tokens += tokens
    if buf:
        chunks.append(Chunk(" ".join(buf), first, len(sentences) - 1, buf_tokens))
    return chunks
