"""The article's headline as a hint for the extractive summary.

A news headline and a news abstract are written by the same desk about the same point, so a
candidate extract that shares the headline's content words is more likely to be the one an
editor would have written. When the article's title is known (a web page, a feed entry, a
document's properties, a ``title`` column), the second stage's score of each candidate extract
is blended with the share of the headline's content words (stop words removed, Snowball stems)
that the candidate contains, both standardised within the article. Nothing is written from the
headline: the summary is still the article's own sentences.

The weight (:data:`HEADLINE_WEIGHT`) and the stemming were chosen on dev-A of the OrangeSum
training split's held-out articles and checked on dev-B (``summarizer/data/RANKER_CARD.md``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

import numpy as np

from summarizer.extractive import STOPWORDS

HEADLINE_WEIGHT = 0.75  # of the standardised headline overlap, added to the standardised second-stage score
_WORD = re.compile(r"\w+")
_SNOWBALL = {"fr": "french", "en": "english", "de": "german", "es": "spanish", "it": "italian", "nl": "dutch",
             "pt": "portuguese", "ru": "russian", "sv": "swedish", "fi": "finnish", "da": "danish",
             "ro": "romanian", "hu": "hungarian", "tr": "turkish", "nb": "norwegian", "ca": "catalan"}  # fmt: skip


@functools.lru_cache(maxsize=16)
def _stemmer(language: str) -> Callable[[str], str]:
    """A Snowball stemmer for ``language`` (the word itself for a language Snowball lacks)."""
    import snowballstemmer

    name = _SNOWBALL.get(language)
    return functools.lru_cache(maxsize=1 << 15)(snowballstemmer.stemmer(name).stemWord) if name else str


def content_stems(text: str, language: str) -> set[str]:
    """The stems of ``text``'s content words (lower-cased, stop words and words under 3 letters left out)."""
    stop = STOPWORDS.get(language, frozenset())
    stem = _stemmer(language)
    return {stem(w) for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in stop}


def headline_overlap(headline: str, extracts: Sequence[str], language: str) -> np.ndarray:
    """For each extract, the share of the headline's content stems it contains (0..1)."""
    wanted = content_stems(headline, language)
    if not wanted:
        return np.zeros(len(extracts))
    return np.array([len(wanted & content_stems(text, language)) / len(wanted) for text in extracts])


def _standard(values: np.ndarray) -> np.ndarray:
    spread = float(values.std())
    return (values - values.mean()) / (spread if spread > 0 else 1.0)


def blend(predicted: np.ndarray, overlap: np.ndarray, weight: float = HEADLINE_WEIGHT) -> np.ndarray:
    """The second stage's scores with the headline overlap added (both standardised within the article)."""
    if len(predicted) == 0 or not overlap.any():
        return predicted
    return _standard(predicted) + weight * _standard(overlap)
