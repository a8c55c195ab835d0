"""Model-free extractive summarizer: pick and order source sentences within a word budget.

Why it exists: a summary that needs no neural model (no download, milliseconds per article),
for languages no summarization model covers, and as an honest baseline in evaluations.

How it works, in three steps (pure Python and numpy):

1. **Sentence relevance.** Each sentence gets a score ``r``, an estimate of the share of its
   words that a human summary would share. It is a linear mix of a position prior (news puts
   the facts first, but the first sentence is often a short hook), centrality (mean TF-IDF
   cosine to the other sentences, and a LexRank score), how many of its content words recur
   elsewhere in the article, and penalties for quotations and very short sentences.
2. **Subset search.** The chosen set ``S`` maximises an estimate of ROUGE-1 F1,
   ``sum(r_j * words_j) / (words(S) + target)``, minus a redundancy penalty (the highest
   cosine between two chosen sentences), subject to ``words(S) <= word_budget``. ``target`` is a
   fixed share of the budget: it plays the part of the reference length in F1, so the extract
   stops growing when another sentence would cost more precision than it brings recall. A
   small beam search finds the set.
3. **Order.** The chosen sentences are returned in article order; no sentence is ever cut.

The weights were tuned once on the first 500 articles of the OrangeSum validation split (French
news with professional abstracts) and checked on the other 1,000; they contain no per-language
parameter except the stop-word lists, so English (or any language with spaces between words)
works the same way.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_QUOTE = re.compile(r"[«»\"“”]")

# Function words ignored by the centrality features (they would make every sentence look alike).
_FRENCH_STOPWORDS = """
le la les de des du un une et en au aux à a ce ces cet cette il ils elle elles on nous vous je tu
se sa son ses leur leurs lui y ne pas plus que qui quoi dont où par pour sur dans avec sans sous
entre vers chez est sont été être avoir ont avait était fait faire mais ou donc or ni car si comme
aussi tout tous toute toutes très bien selon après avant depuis lors alors encore même deux l d qu
n s c j m t
"""
_ENGLISH_STOPWORDS = """
the a an and or but if of to in on at by for with from as into about after before over under
between through during without within is are was were be been being has have had do does did
will would can could should may might must shall this that these those it its he she they them
his her their there here we you i me my our your not no so than then also very more most such
who whom which what when where why how all any both each other some only own same just said says
s t
"""
STOPWORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(_FRENCH_STOPWORDS.split()),
    "en": frozenset(_ENGLISH_STOPWORDS.split()),
}


@dataclass(frozen=True)
class Weights:
    """Weights of the sentence-relevance score and of the subset objective.

    Tuned by coordinate ascent on mean ROUGE-1 + ROUGE-L + 0.5 ROUGE-2 F1 over the first 500
    OrangeSum validation articles at a 70-word budget (lower-cased ``\\w+`` tokens, no stemming),
    then rounded; ``python scripts/eval_summarization.py --tune`` repeats the search.
    """

    bias: float = 0.17
    first: float = 0.04  # sentence 1
    second: float = 0.05  # sentence 2
    third: float = 0.075  # sentence 3
    log_position: float = -0.05  # times log(1 + index)
    short: float = -0.08  # 10 words or fewer
    centrality: float = 0.51  # mean TF-IDF cosine to the other sentences
    lexrank: float = 0.05  # LexRank stationary probability times the number of sentences
    recurring: float = 0.05  # share of content words that occur in another sentence too
    lead_similarity: float = -0.03  # highest cosine to sentence 1 or 2 (other than itself)
    quotation: float = -0.085  # contains quotation marks
    target_ratio: float = 0.27  # the F1 "reference length" as a share of the word budget
    redundancy: float = 0.04  # penalty per unit of the highest cosine between chosen sentences

    def vector(self) -> np.ndarray:
        """The sentence-score weights in ``FEATURES`` order."""
        return np.array([getattr(self, name) for name in FEATURES])


# The sentence features, in the column order of ``SentenceFeatures.values``.
FEATURES: tuple[str, ...] = (
    "bias",
    "first",
    "second",
    "third",
    "log_position",
    "short",
    "centrality",
    "lexrank",
    "recurring",
    "lead_similarity",
    "quotation",
)
WEIGHTS = Weights()
BEAM_WIDTH = 24
SHORT_WORDS = 10


def word_count(sentence: str) -> int:
    """Words in a sentence as the budget counts them (whitespace-separated tokens)."""
    return len(sentence.split())


def _content_words(text: str, stopwords: frozenset[str]) -> list[str]:
    return [w for w in (m.lower() for m in _WORD.findall(text)) if len(w) > 1 and w not in stopwords]


def _similarity(texts: Sequence[str], language: str) -> tuple[np.ndarray, np.ndarray, list[Counter]]:
    """TF-IDF vectors (sublinear tf, in-document idf) of ``texts``, their cosine matrix with a
    zero diagonal, and the bags of content words."""
    stop = STOPWORDS.get(language.lower()[:2], frozenset())
    bags = [Counter(_content_words(t, stop)) for t in texts]
    n = len(texts)
    df: Counter = Counter(w for bag in bags for w in bag)
    vocab = {w: k for k, w in enumerate(df)}
    idf = {w: math.log((n + 1) / (c + 0.5)) + 1.0 for w, c in df.items()}
    vectors = np.zeros((n, len(vocab)))
    for i, bag in enumerate(bags):
        for w, c in bag.items():
            vectors[i, vocab[w]] = (1.0 + math.log(c)) * idf[w]
    norms = np.linalg.norm(vectors, axis=1)
    norms[norms == 0] = 1.0
    unit = vectors / norms[:, None]
    sim = unit @ unit.T
    np.fill_diagonal(sim, 0.0)
    return vectors, sim, bags


def _lexrank(sim: np.ndarray, damping: float = 0.85, iterations: int = 30) -> np.ndarray:
    """Stationary distribution of a random walk on the (smoothed) similarity graph."""
    n = len(sim)
    walk = sim + 1e-3
    walk = walk / walk.sum(axis=1, keepdims=True)
    p = np.full(n, 1.0 / n)
    for _ in range(iterations):
        p = (1.0 - damping) / n + damping * (walk.T @ p)
    return p


@dataclass(frozen=True)
class SentenceFeatures:
    """What the scorer knows about an article's sentences (computed once, scored many times).

    Attributes:
        values: one row per sentence, one column per name in ``FEATURES``.
        similarity: sentence-by-sentence TF-IDF cosine matrix, zero diagonal.
        words: word count of each sentence.
    """

    values: np.ndarray
    similarity: np.ndarray
    words: np.ndarray


def sentence_features(sentences: Sequence[str], language: str = "fr") -> SentenceFeatures:
    """Compute the scoring features of an article's sentences.

    Args:
        sentences: the article's sentences, in order.
        language: ISO 639-1 code; picks the stop-word list (none for unknown languages).
    """
    n = len(sentences)
    words = np.array([word_count(s) for s in sentences], dtype=int)
    if n == 0:
        return SentenceFeatures(np.zeros((0, len(FEATURES))), np.zeros((0, 0)), words)
    _, sim, bags = _similarity(sentences, language)
    df: Counter = Counter(w for bag in bags for w in bag)
    index = np.arange(n)
    columns = {
        "bias": np.ones(n),
        "first": index == 0,
        "second": index == 1,
        "third": index == 2,
        "log_position": np.log1p(index),
        "short": words <= SHORT_WORDS,
        "centrality": sim.sum(axis=1) / max(1, n - 1),
        "lexrank": _lexrank(sim) * n,
        "recurring": [sum(1 for w in bag if df[w] >= 2) / max(1, len(bag)) for bag in bags],
        "lead_similarity": sim[:, :2].max(axis=1) if n > 1 else np.zeros(n),
        "quotation": [1.0 if _QUOTE.search(s) else 0.0 for s in sentences],
    }
    values = np.column_stack([np.asarray(columns[name], dtype=float) for name in FEATURES])
    return SentenceFeatures(values, sim, words)


def sentence_scores(features: SentenceFeatures, weights: Weights = WEIGHTS) -> np.ndarray:
    """Relevance of each sentence: about the share of its words a human summary would share (>= 0)."""
    return np.maximum(features.values @ weights.vector(), 0.0)


@dataclass
class _State:
    """A candidate set of sentences during the search."""

    members: tuple[int, ...]  # sorted indices
    gain: float  # sum of relevance x words
    words: int
    overlap: float  # highest cosine between two members
    score: float  # the objective
    parent_reach: np.ndarray | None = None
    added: int = -1
    _reach: np.ndarray | None = None

    def reach(self, sim: np.ndarray) -> np.ndarray:
        """Highest cosine of every sentence to any member (computed on first use)."""
        if self._reach is None:
            row = sim[self.added]
            self._reach = row if self.parent_reach is None else np.maximum(self.parent_reach, row)
        return self._reach


def _best_subset(
    gain: np.ndarray, words: np.ndarray, sim: np.ndarray, budget: int, target: float, redundancy: float
) -> tuple[int, ...]:
    """Beam search for the set maximising ``sum(gain) / (words + target) - redundancy * max_sim``
    with ``sum(words) <= budget``. Deterministic: ties go to the earlier sentences."""
    usable = (words > 0) & (words <= budget)
    if not usable.any():
        return ()
    frontier = [
        _State((j,), float(gain[j]), int(words[j]), 0.0, float(gain[j]) / (words[j] + target), added=j)
        for j in np.flatnonzero(usable).tolist()
    ]
    best = min(frontier, key=lambda s: (-s.score, s.members))
    while frontier:
        frontier.sort(key=lambda s: (-s.score, s.members))
        seen: set[tuple[int, ...]] = set()
        expanded: list[_State] = []
        for state in frontier[:BEAM_WIDTH]:
            mask = usable & (words <= budget - state.words)
            mask[list(state.members)] = False
            cand = np.flatnonzero(mask)
            if cand.size == 0:
                continue
            reach = state.reach(sim)
            new_gain = state.gain + gain[cand]
            new_words = state.words + words[cand]
            new_overlap = np.maximum(state.overlap, reach[cand])
            new_score = new_gain / (new_words + target) - redundancy * new_overlap
            for j, g, w, o, sc in zip(
                cand.tolist(),
                new_gain.tolist(),
                new_words.tolist(),
                new_overlap.tolist(),
                new_score.tolist(),
                strict=True,
            ):
                members = tuple(sorted((*state.members, j)))
                if members not in seen:
                    seen.add(members)
                    expanded.append(_State(members, g, w, o, sc, reach, j))
        frontier = expanded
        if frontier:
            top = min(frontier, key=lambda s: (-s.score, s.members))
            if top.score > best.score:
                best = top
    return best.members


def select_sentences(
    sentences: Sequence[str], word_budget: int, language: str = "fr", *, weights: Weights = WEIGHTS
) -> list[int]:
    """Choose the sentences of an extractive summary.

    Args:
        sentences: the article's sentences, in order (already cleaned and split).
        word_budget: maximum total words (whitespace-separated) of the chosen sentences.
        language: ISO 639-1 code of the sentences (picks the stop-word list).
        weights: scoring weights (the tuned ones by default).

    Returns:
        Indices of the chosen sentences, in article order. Their total word count never exceeds
        ``word_budget``; the list is empty only when no sentence fits the budget (or there are
        no sentences), and then the caller decides what to do.
    """
    if not sentences or word_budget <= 0:
        return []
    if not any(0 < word_count(s) <= word_budget for s in sentences):
        return []
    return choose(sentence_features(sentences, language), word_budget, weights)


def choose(features: SentenceFeatures, word_budget: int, weights: Weights = WEIGHTS) -> list[int]:
    """:func:`select_sentences` on precomputed features (for tuning: features are the slow part)."""
    scores = sentence_scores(features, weights)
    chosen = _best_subset(
        scores * features.words,
        features.words,
        features.similarity,
        word_budget,
        weights.target_ratio * word_budget,
        weights.redundancy,
    )
    return list(chosen)


def rank_chunks(chunk_texts: Sequence[str], keep: int, language: str = "fr") -> list[int]:
    """Pick the ``keep`` most relevant chunks of a long article, for map-reduce summarization.

    The first chunk (the news lead) is always kept; the others are ranked by TF-IDF cosine to the
    rest of the article (leave-one-out centroid), earlier chunks winning ties.

    Args:
        chunk_texts: the chunks, in article order.
        keep: how many chunks to keep (at least 1).
        language: ISO 639-1 code of the text (picks the stop-word list).

    Returns:
        Indices of the kept chunks, in article order (all of them when ``keep >= len(chunk_texts)``).

    Raises:
        ValueError: if ``keep`` is less than 1.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    n = len(chunk_texts)
    if n <= keep:
        return list(range(n))
    vectors, _, _ = _similarity(chunk_texts, language)
    total = vectors.sum(axis=0)
    others = total[None, :] - vectors
    denom = np.linalg.norm(vectors, axis=1) * np.linalg.norm(others, axis=1)
    denom[denom == 0] = 1.0
    relevance = (vectors * others).sum(axis=1) / denom
    rest = sorted(range(1, n), key=lambda i: (-relevance[i], i))
    return sorted([0, *rest[: keep - 1]])
