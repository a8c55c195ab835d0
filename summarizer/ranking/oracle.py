"""The greedy extractive oracle: the article sentences that best match a reference summary.

Used to label sentences for training the ranker and, in ``summarizer evaluate``, as the upper
bound of what picking whole sentences can reach. Tokens are the project's ROUGE tokens
(lower-cased Unicode ``\\w+`` runs, no stemming, as in :mod:`summarizer.evaluate`); the n-gram
F1 here is the same quantity rouge-score computes, done with counters so the greedy search
stays fast (about a millisecond per article).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_SENTENCES = 3


def tokens(text: str) -> list[str]:
    """The ROUGE tokens of ``text`` (lower-cased ``\\w+`` runs)."""
    return _TOKEN.findall(text.lower())


def ngrams(words: Sequence[str], n: int) -> Counter:
    """Counts of the ``n``-grams of ``words``."""
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def _f1(overlap: int, predicted: int, reference: int) -> float:
    if overlap == 0 or predicted == 0 or reference == 0:
        return 0.0
    return 2.0 * overlap / (predicted + reference)


def greedy_oracle(sentences: Sequence[str], reference: str, max_sentences: int = MAX_SENTENCES) -> list[int]:
    """Greedily pick the sentences that maximise ROUGE-1 F1 + ROUGE-2 F1 against ``reference``.

    Sentences are added one at a time (the one that raises the sum most, earlier sentences
    winning ties) until none raises it or ``max_sentences`` are chosen.

    Returns:
        The chosen indices, in article order (empty when no sentence shares a word).
    """
    ref_words = tokens(reference)
    refs = (ngrams(ref_words, 1), ngrams(ref_words, 2))
    ref_len = (max(0, len(ref_words)), max(0, len(ref_words) - 1))
    sent_grams = []
    sent_len = []
    for text in sentences:
        words = tokens(text)
        sent_grams.append((ngrams(words, 1), ngrams(words, 2)))
        sent_len.append((len(words), max(0, len(words) - 1)))
    current = (Counter(), Counter())
    overlap = [0, 0]
    length = [0, 0]
    chosen: list[int] = []
    best_score = 0.0
    while len(chosen) < max_sentences:
        best: tuple[float, int, list[int]] | None = None
        for j, grams in enumerate(sent_grams):
            if j in chosen or sent_len[j][0] == 0:
                continue
            new_overlap = list(overlap)
            for k in (0, 1):
                cur, ref = current[k], refs[k]
                for g, c in grams[k].items():
                    r = ref.get(g, 0)
                    if r:
                        before = cur.get(g, 0)
                        new_overlap[k] += min(before + c, r) - min(before, r)
            score = sum(_f1(new_overlap[k], length[k] + sent_len[j][k], ref_len[k]) for k in (0, 1))
            if best is None or score > best[0]:
                best = (score, j, new_overlap)
        if best is None or best[0] <= best_score:
            break
        best_score, j, overlap = best
        chosen.append(j)
        for k in (0, 1):
            current[k].update(sent_grams[j][k])
            length[k] += sent_len[j][k]
    return sorted(chosen)
