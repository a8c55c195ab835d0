"""Model-free extractive summarizer: pick and order source sentences within a word budget."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text) if len(w) > 2]


def select_sentences(sentences: Sequence[str], word_budget: int, language: str = "fr") -> list[int]:
    """Choose sentences to keep, scored by centrality (TF-IDF cosine to the article) and position.

    Args:
        sentences: the article's sentences, in order.
        word_budget: maximum total words of the chosen sentences (the first sentence that fits
            is always chosen when at least one sentence fits).
        language: language code (unused by this scorer; kept for the interface).

    Returns:
        Indices of the chosen sentences, in article order; never exceeds the budget.
    """
    if not sentences:
        return []
    bags = [Counter(_words(s)) for s in sentences]
    df = Counter(w for bag in bags for w in bag)
    n = len(sentences)
    idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
    centroid: Counter = Counter()
    for bag in bags:
        for w, c in bag.items():
            centroid[w] += c * idf[w]
    cnorm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
    scores = []
    for i, bag in enumerate(bags):
        vec = {w: c * idf[w] for w, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        cos = sum(v * centroid[w] for w, v in vec.items()) / (norm * cnorm)
        position = 1.0 / (1.0 + i)
        scores.append(0.6 * cos + 0.4 * position)
    chosen: list[int] = []
    used = 0
    for i in sorted(range(n), key=lambda k: -scores[k]):
        length = len(sentences[i].split())
        if used + length <= word_budget:
            chosen.append(i)
            used += length
    return sorted(chosen)
