"""Candidate summaries, their features and their ROUGE, for the second stage that scores whole extracts.

Used by :mod:`summarizer.ranking.rerank` (choosing a summary), by training
(:mod:`summarizer.ranking.train`) and by ``scripts/cv_faithful.py``.

The first stage (:class:`summarizer.ranking.model.Ranker`) scores sentences one by one. This
module enumerates small extracts built from the best-scored sentences (every 1- to 3-sentence
subset of the top ``top_k``, in article order, within the word budget, plus the first stage's
own choice) and describes each extract as a whole: first-stage scores (sum, mean, max, min),
length, positions, redundancy between its sentences, TF-IDF coverage of the article, lead
overlap. No neural model; numpy only. :func:`candidate_rouge` is a fast ROUGE-1/2/L F1 of every
candidate against the abstract (the project's tokens; R-1 and R-L exact, R-2 ignores the bigram
across two joined sentences).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations, pairwise
from typing import Any

import numpy as np

from summarizer.evaluation.words import WordTokenizer

TOP_K = 7
MAX_SENTENCES = 3

CANDIDATE_FEATURES: tuple[str, ...] = (
    "score_sum",
    "score_mean",
    "score_max",
    "score_min",
    "score_share",
    "rank_sum",
    "rank_max",
    "sentences",
    "words",
    "words_ratio",
    "pos_min",
    "pos_max",
    "pos_mean",
    "pos_span",
    "has_first",
    "has_second",
    "contiguous",
    "redundancy_max",
    "redundancy_mean",
    "centroid_cos",
    "lead_cos",
    "first_cos",
    "top_terms_cover",
    "stage1_objective",
    "score_per_word",
    "is_stage1",
    "stage1_overlap",
    "article_sentences",
    "article_words",
    "article_score_max",
    "article_top3_mean",
    "best_left_out",
)


def enumerate_subsets(
    scores: np.ndarray, words: np.ndarray, budget: int, stage1: Sequence[int]
) -> list[tuple[int, ...]]:
    """Candidate extracts: 1..MAX_SENTENCES-subsets of the top-TOP_K sentences within ``budget``
    words (sorted, article order), plus ``stage1`` (the first stage's choice) when not among them."""
    usable = [int(i) for i in np.argsort(-scores, kind="stable") if 0 < words[i] <= budget][:TOP_K]
    usable.sort()
    out: list[tuple[int, ...]] = []
    for size in range(1, MAX_SENTENCES + 1):
        for combo in combinations(usable, size):
            if int(words[list(combo)].sum()) <= budget:
                out.append(combo)
    first = tuple(sorted(int(i) for i in stage1))
    if first and first not in out:
        out.append(first)
    return out


def candidate_features(
    subsets: Sequence[tuple[int, ...]],
    scores: np.ndarray,
    words: np.ndarray,
    vectors: np.ndarray,
    sim: np.ndarray,
    budget: int,
    stage1: Sequence[int],
    selection_ratio: float,
    selection_redundancy: float,
) -> np.ndarray:
    """One row of :data:`CANDIDATE_FEATURES` per subset (float64 matrix)."""
    n = len(scores)
    m = len(subsets)
    ind = np.zeros((m, n))
    pad = np.full((m, MAX_SENTENCES + 8), -1, dtype=int)
    for c, members in enumerate(subsets):
        ind[c, list(members)] = 1.0
        pad[c, : len(members)] = members[: pad.shape[1]]
    k = ind.sum(1)
    wsum = ind @ words
    ssum = ind @ scores
    big = np.where(ind > 0, scores[None, :], -np.inf).max(1)
    small = np.where(ind > 0, scores[None, :], np.inf).min(1)
    rank = np.empty(n)
    rank[np.argsort(-scores, kind="stable")] = np.arange(n)
    rsum = ind @ rank
    rmax = np.where(ind > 0, rank[None, :], -1).max(1)
    idx = np.arange(n, dtype=float)
    pmin = np.where(ind > 0, idx[None, :], np.inf).min(1)
    pmax = np.where(ind > 0, idx[None, :], -1).max(1)
    pmean = (ind @ idx) / np.maximum(k, 1)
    contiguous = (pmax - pmin + 1 == k).astype(float)
    # redundancy: highest and mean cosine between two chosen sentences
    red_max = np.zeros(m)
    red_mean = np.zeros(m)
    for c, members in enumerate(subsets):
        if len(members) > 1:
            pairs = [sim[a, b] for a, b in combinations(members, 2)]
            red_max[c] = max(pairs)
            red_mean[c] = sum(pairs) / len(pairs)
    norms = np.linalg.norm(vectors, axis=1)
    unit = vectors / np.where(norms == 0, 1.0, norms)[:, None]
    cand = ind @ unit
    cand_norm = np.linalg.norm(cand, axis=1)
    cand_norm[cand_norm == 0] = 1.0

    def cos_to(v: np.ndarray) -> np.ndarray:
        nv = np.linalg.norm(v)
        return (cand @ v) / cand_norm / (nv if nv else 1.0)

    centroid = cos_to(unit.sum(0)) if n else np.zeros(m)
    lead = cos_to(unit[:3].sum(0))
    first = cos_to(unit[0])
    mass = vectors.sum(0)
    top = np.argsort(-mass, kind="stable")[:10]
    present = (vectors[:, top] > 0).astype(float)
    cover = ((ind @ present) > 0).mean(1) if len(top) else np.zeros(m)
    gain = ind @ (scores * words)
    objective = gain / (wsum + selection_ratio * budget) - selection_redundancy * red_max
    first_set = set(int(i) for i in stage1)
    is_first = np.array([float(set(s) == first_set) for s in subsets])
    overlap = np.array([len(first_set & set(s)) / max(1, len(first_set | set(s))) for s in subsets])
    order = np.sort(scores)[::-1]
    top3 = order[:3].mean() if n else 0.0
    left = np.where(ind > 0, -np.inf, scores[None, :]).max(1)
    left[~np.isfinite(left)] = 0.0
    columns = [
        ssum,
        ssum / np.maximum(k, 1),
        big,
        small,
        ssum / max(order[:3].sum(), 1e-9),
        rsum,
        rmax,
        k,
        wsum,
        wsum / max(budget, 1),
        pmin,
        pmax,
        pmean,
        pmax - pmin,
        ind[:, 0],
        ind[:, 1] if n > 1 else np.zeros(m),
        contiguous,
        red_max,
        red_mean,
        centroid,
        lead,
        first,
        cover,
        objective,
        gain / np.maximum(wsum, 1),
        is_first,
        overlap,
        np.full(m, n),
        np.full(m, words.sum()),
        np.full(m, order[0] if n else 0.0),
        np.full(m, top3),
        left,
    ]
    return np.column_stack(columns).astype(float)


def _lcs(a: Sequence[int], b: Sequence[int]) -> int:
    """Length of the longest common subsequence of two int sequences (bit-parallel)."""
    if not a or not b:
        return 0
    masks: dict[int, int] = {}
    for i, x in enumerate(a):
        masks[x] = masks.get(x, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    for y in b:
        u = v & masks.get(y, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - bin(v).count("1")


def _f1(match: np.ndarray, p_den: np.ndarray, r_den: int) -> np.ndarray:
    p = np.where(p_den > 0, match / np.maximum(p_den, 1), 0.0)
    r = match / max(r_den, 1)
    return np.where(p + r > 0, 2 * p * r / np.maximum(p + r, 1e-12), 0.0)


def candidate_rouge(texts: Sequence[str], abstract: str, subsets: Sequence[tuple[int, ...]]) -> np.ndarray:
    """ROUGE-1/2/L F1 (x100) of each subset's joined sentences against ``abstract``, one row each."""
    tokenize = WordTokenizer().tokenize
    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(t, len(vocab)) for t in tokenize(s)] for s in texts]
    ref = [vocab.setdefault(t, len(vocab)) for t in tokenize(abstract)]
    unigram = {t: k for k, t in enumerate(sorted(set(ref)))}
    ref1 = np.zeros(len(unigram))
    for t in ref:
        ref1[unigram[t]] += 1
    bigrams: dict[tuple[int, int], int] = {}
    for pair in pairwise(ref):
        bigrams[pair] = bigrams.get(pair, 0) + 1
    bigram = {pair: k for k, pair in enumerate(bigrams)}
    ref2 = np.array(list(bigrams.values()), dtype=float)
    s1 = np.zeros((len(texts), len(unigram)))
    s2 = np.zeros((len(texts), len(bigram)))
    for i, sentence in enumerate(ids):
        for t in sentence:
            if t in unigram:
                s1[i, unigram[t]] += 1
        for pair in pairwise(sentence):
            if pair in bigram:
                s2[i, bigram[pair]] += 1
    lengths = np.array([len(s) for s in ids], dtype=float)
    ind = np.zeros((len(subsets), len(texts)))
    for c, members in enumerate(subsets):
        ind[c, list(members)] = 1.0
    count = ind @ lengths
    r1 = _f1(np.minimum(ind @ s1, ref1).sum(1), count, len(ref))
    r2 = _f1(np.minimum(ind @ s2, ref2).sum(1), count - 1, len(ref) - 1)
    lcs = np.array([_lcs(ref, [t for i in members for t in ids[i]]) for members in subsets], dtype=float)
    return 100.0 * np.column_stack([r1, r2, _f1(lcs, count, len(ref))])


WORD_FEATURES: tuple[str, ...] = (
    "expected_matches",
    "expected_precision",
    "expected_f1",
    "expected_f1_tf",
    "tokens",
    "recurring_share",
)
REFERENCE_TOKENS = 34  # median length of an OrangeSum abstract in ROUGE tokens (training split)
SMOOTHING = 5.0


class WordTable:
    """Corpus statistics: how often a word of an article also appears in its abstract.

    ``add`` counts one training article; ``probability`` is the smoothed rate
    ``(hits + SMOOTHING * prior) / (articles + SMOOTHING)``, ``prior`` being the rate over all words.
    """

    def __init__(self) -> None:
        self.articles: dict[str, int] = {}
        self.hits: dict[str, int] = {}

    def add(self, article_words: set[str], abstract_words: set[str]) -> None:
        """Count one article (its set of ROUGE tokens) and its abstract's."""
        for w in article_words:
            self.articles[w] = self.articles.get(w, 0) + 1
            if w in abstract_words:
                self.hits[w] = self.hits.get(w, 0) + 1

    def probabilities(self, min_articles: int = 1) -> tuple[dict[str, float], float]:
        """The smoothed probability of each word counted in at least ``min_articles`` articles
        (rounded to 4 decimals), and the prior (for the other words)."""
        prior = round(sum(self.hits.values()) / max(1, sum(self.articles.values())), 4)
        table = {
            w: round((self.hits.get(w, 0) + SMOOTHING * prior) / (n + SMOOTHING), 4)
            for w, n in sorted(self.articles.items())
            if n >= min_articles
        }
        return table, prior


def word_features(
    texts: Sequence[str], subsets: Sequence[tuple[int, ...]], table: dict[str, float], prior: float
) -> np.ndarray:
    """One row of :data:`WORD_FEATURES` per subset: expected ROUGE-1 matches of the candidate's distinct
    tokens under the word table, per token, as an F1 against a reference of REFERENCE_TOKENS tokens
    (also with repeated article words weighted up), its token count, and its share of recurring words."""
    tokenize = WordTokenizer().tokenize
    tokens = [tokenize(s) for s in texts]
    vocab: dict[str, int] = {}
    tf: dict[str, int] = {}
    for sentence in tokens:
        for w in sentence:
            vocab.setdefault(w, len(vocab))
            tf[w] = tf.get(w, 0) + 1
    p = np.array([table.get(w, prior) for w in vocab])
    counts = np.array([tf[w] for w in vocab], dtype=float)
    present = np.zeros((len(texts), len(vocab)))
    for i, sentence in enumerate(tokens):
        present[i, [vocab[w] for w in sentence]] = 1.0
    lengths = np.array([len(s) for s in tokens], dtype=float)
    rows = []
    for members in subsets:
        cover = present[list(members)].max(0)
        n = lengths[list(members)].sum()
        expected = cover @ p
        weighted = cover @ (p * np.minimum(counts, 3) / 3)
        recurring = (cover * (counts >= 2)).sum() / max(1.0, cover.sum())
        rows.append(
            [
                expected,
                expected / max(n, 1),
                2 * expected / (n + REFERENCE_TOKENS),
                2 * weighted / (n + REFERENCE_TOKENS),
                n,
                recurring,
            ]
        )
    return np.array(rows, dtype=float).reshape(len(subsets), len(WORD_FEATURES))


ALL_FEATURES: tuple[str, ...] = CANDIDATE_FEATURES + WORD_FEATURES

# The word model: for each distinct word of an article, the probability that the abstract has it,
# from the word table and where and how often the article uses the word.
WORD_MODEL_FEATURES: tuple[str, ...] = (
    "table_probability",
    "in_table",
    "log_count",
    "sentences_with",
    "sentences_with_share",
    "first_sentence",
    "first_sentence_share",
    "in_sentence_1",
    "in_sentences_1_2",
    "characters",
    "digits",
    "capitalised_share",
    "article_sentences",
    "article_tokens",
    "token_share",
)
# Candidate features read from the word model's probabilities (see :func:`context_features`).
CONTEXT_FEATURES: tuple[str, ...] = (
    "context_matches",
    "context_precision",
    "context_f1",
    "context_f1_expected_length",
    "context_expected_length",
)
_CASED = re.compile(r"\w+")


def word_context(
    texts: Sequence[str], table: dict[str, float], prior: float
) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """The article's distinct ROUGE tokens, their :data:`WORD_MODEL_FEATURES` rows, which sentence
    holds which token (sentences x tokens, 0/1) and each sentence's token count."""
    tokenize = WordTokenizer().tokenize
    tokens = [tokenize(s) for s in texts]
    capitals: dict[str, list[int]] = {}
    for s in texts:
        for k, m in enumerate(_CASED.finditer(s)):
            counts = capitals.setdefault(m.group(0).lower(), [0, 0])
            counts[1] += 1
            counts[0] += k > 0 and m.group(0)[0].isupper()
    vocab: dict[str, int] = {}
    first: dict[str, int] = {}
    tf: dict[str, int] = {}
    with_word: dict[str, int] = {}
    for i, sentence in enumerate(tokens):
        for w in sentence:
            vocab.setdefault(w, len(vocab))
            first.setdefault(w, i)
            tf[w] = tf.get(w, 0) + 1
        for w in set(sentence):
            with_word[w] = with_word.get(w, 0) + 1
    n = max(1, len(texts))
    total = max(1, sum(len(s) for s in tokens))
    words = list(vocab)
    rows = [
        [
            table.get(w, prior),
            w in table,
            np.log1p(tf[w]),
            with_word[w],
            with_word[w] / n,
            first[w],
            first[w] / n,
            first[w] == 0,
            first[w] <= 1,
            len(w),
            w.isdigit(),
            capitals.get(w, [0, 1])[0] / max(1, capitals.get(w, [0, 1])[1]),
            len(texts),
            total,
            tf[w] / total,
        ]
        for w in words
    ]
    present = np.zeros((len(texts), len(words)))
    for i, sentence in enumerate(tokens):
        present[i, [vocab[w] for w in sentence]] = 1.0
    lengths = np.array([len(s) for s in tokens], dtype=float)
    return words, np.array(rows, dtype=float).reshape(len(words), len(WORD_MODEL_FEATURES)), present, lengths


def context_features(
    present: np.ndarray, lengths: np.ndarray, probabilities: np.ndarray, subsets: Sequence[tuple[int, ...]]
) -> np.ndarray:
    """One row of :data:`CONTEXT_FEATURES` per subset: the expected abstract words it contains under
    the word model, per token, as an F1 against a REFERENCE_TOKENS-token abstract and against the
    expected number of the article's words in the abstract, and that number."""
    expected_length = float(probabilities.sum())
    rows = []
    for members in subsets:
        cover = present[list(members)].max(0)
        n = lengths[list(members)].sum()
        matches = float(cover @ probabilities)
        rows.append(
            [
                matches,
                matches / max(n, 1),
                2 * matches / (n + REFERENCE_TOKENS),
                2 * matches / (n + expected_length),
                expected_length,
            ]
        )
    return np.array(rows, dtype=float).reshape(len(subsets), len(CONTEXT_FEATURES))


def candidates(
    texts: Sequence[str],
    scores: np.ndarray,
    budget: int,
    first: Sequence[int],
    selection_ratio: float,
    selection_redundancy: float,
    table: dict[str, float],
    prior: float,
    vectors_sim: tuple[np.ndarray, np.ndarray] | None = None,
    language: str = "fr",
    enumerate_budget: int | None = None,
    word_model: Any = None,
) -> tuple[list[tuple[int, ...]], np.ndarray]:
    """The candidate extracts of one article and their :data:`ALL_FEATURES` rows.

    ``first`` is the subset search's choice on ``scores``; ``vectors_sim`` the sentences' TF-IDF
    vectors and cosine matrix when already computed. Empty list when no sentence fits the budget.
    ``enumerate_budget`` (default ``budget``) bounds the candidates' words; ``budget`` is the one
    the features are computed against (the budget the second stage was trained at). With a
    ``word_model`` (a LightGBM booster over :data:`WORD_MODEL_FEATURES`), the rows also hold the
    :data:`CONTEXT_FEATURES`.
    """
    from summarizer import extractive

    words = np.array([extractive.word_count(t) for t in texts], dtype=float)
    vectors, sim = vectors_sim if vectors_sim is not None else extractive._similarity(texts, language)[:2]
    subsets = enumerate_subsets(scores, words, enumerate_budget or budget, first)
    if not subsets:
        return [], np.zeros((0, len(ALL_FEATURES)))
    features = candidate_features(
        subsets, scores, words, vectors, sim, budget, first, selection_ratio, selection_redundancy
    )
    parts = [features, word_features(texts, subsets, table, prior)]
    if word_model is not None:
        _, rows, present, lengths = word_context(texts, table, prior)
        probabilities = np.asarray(word_model.predict(rows, num_threads=1), dtype=float) if len(rows) else np.zeros(0)
        parts.append(context_features(present, lengths, probabilities, subsets))
    return subsets, np.hstack(parts)
