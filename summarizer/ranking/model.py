"""The shipped sentence ranker: load it, score sentences, choose an extractive summary.

The model file (``summarizer/data/ranker.json``) is plain JSON, never pickle: the LightGBM
booster in LightGBM's own text format, the feature names it expects, the two settings of
the subset search (tuned on held-out training articles) and, under ``"rerank"``, the second
stage that picks among candidate extracts (:mod:`summarizer.ranking.rerank`). ``scripts/train_ranker.py`` writes
it; ``summarizer/data/RANKER_CARD.md`` says how it was trained and under which license.

``SUMMARIZER_RANKER=path`` makes the extractive strategy use another ranker file (e.g. one
retrained on your own data). When the file is missing or unreadable, :func:`default_ranker` returns None (with a log line)
and the extractive strategy falls back to the heuristic scorer of :mod:`summarizer.extractive`.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from summarizer import extractive
from summarizer.options import EXTRACTIVE_WORDS
from summarizer.ranking.features import FEATURE_NAMES, sentence_features
from summarizer.ranking.headline import blend, headline_overlap
from summarizer.ranking.lgbm import model_text
from summarizer.ranking.sentences import ArticleSentences

log = logging.getLogger("summarizer")

FORMAT = "summarizer-sentence-ranker"
FORMAT_VERSION = 1
RANKER_FILE = Path(__file__).resolve().parents[1] / "data" / "ranker.json"


@dataclass(frozen=True)
class Selection:
    """Settings of the subset search on the ranker's scores (see :func:`extractive._best_subset`).

    Attributes:
        target_ratio: the F1 "reference length" as a share of the word budget.
        redundancy: penalty per unit of the highest TF-IDF cosine between two chosen sentences.
        power: a sentence's gain is ``score ** power * words``.
    """

    target_ratio: float = 0.27
    redundancy: float = 0.04
    power: float = 1.0


class Ranker:
    """A trained sentence scorer plus the settings of the subset search.

    Args:
        booster: a ``lightgbm.Booster`` trained on :data:`FEATURE_NAMES`.
        selection: subset-search settings.
        metadata: what the model file says about its training (free-form, for the record).
    """

    def __init__(
        self, booster: Any, selection: Selection, metadata: dict[str, Any] | None = None, rerank: Any = None
    ) -> None:
        self.booster = booster
        self.selection = selection
        self.metadata = metadata or {}
        self.rerank = rerank  # a summarizer.ranking.rerank.Reranker, or None (subset search only)

    # ------------------------------------------------------------------ files
    @classmethod
    def load(cls, path: str | Path) -> Ranker:
        """Read a ranker file written by :meth:`save`.

        Raises:
            ValueError: the file is not a ranker file, or was trained on other features.
            OSError: the file cannot be read.
        """
        import lightgbm

        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"{path} is not a sentence-ranker file")
        if data.get("version") != FORMAT_VERSION:
            raise ValueError(f"{path} has ranker format version {data.get('version')}, expected {FORMAT_VERSION}")
        if tuple(data.get("features", ())) != FEATURE_NAMES:
            raise ValueError(f"{path} was trained on other features than this version computes; retrain it")
        booster = lightgbm.Booster(model_str=data["model"])
        rerank = None
        if data.get("rerank") is not None:
            from summarizer.ranking.rerank import Reranker

            rerank = Reranker.from_dict(data["rerank"])
        return cls(booster, Selection(**data.get("selection", {})), data.get("metadata", {}), rerank)

    def save(self, path: str | Path) -> None:
        """Write the ranker as one JSON file (LightGBM text model inside; no pickle)."""
        data = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "features": list(FEATURE_NAMES),
            "selection": self.selection.__dict__,
            "metadata": self.metadata,
            "model": model_text(self.booster),
        }
        if self.rerank is not None:
            data["rerank"] = self.rerank.to_dict()
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    # ------------------------------------------------------------------ use
    def score(self, article: ArticleSentences, language: str = "fr") -> np.ndarray:
        """The ranker's score of each sentence (higher = more likely in a good summary), in [0, 1]."""
        if not article.texts:
            return np.zeros(0)
        features = sentence_features(article, language)
        return np.asarray(self.booster.predict(features, num_threads=1), dtype=float)

    def select(
        self, article: ArticleSentences, word_budget: int, language: str = "fr", headline: str | None = None
    ) -> list[int]:
        """Choose the sentences of an extractive summary (``headline``: the article's title, when known,
        steers the second stage's choice: :mod:`summarizer.ranking.headline`).

        Returns:
            Indices of the chosen sentences in article order, whole sentences only, their total
            word count (whitespace-separated) within ``word_budget``; empty when no sentence fits.
        """
        texts = article.texts
        if not texts or word_budget <= 0:
            return []
        words = np.array([extractive.word_count(s) for s in texts], dtype=int)
        if not ((words > 0) & (words <= word_budget)).any():
            return []
        scores = self.score(article, language)
        if self.rerank is None or word_budget > self.rerank.max_budget:
            return choose(texts, scores, word_budget, self.selection, language)
        vectors, sim, _ = extractive._similarity(texts, language)
        first = choose(texts, scores, word_budget, self.selection, language, similarity=sim) or [0]
        subsets, predicted = self._ranked(texts, scores, word_budget, first, (vectors, sim), language, headline)
        return list(subsets[int(np.argmax(predicted))]) if subsets else list(first)

    def _ranked(
        self,
        texts: list[str],
        scores: np.ndarray,
        budget: int,
        first: list[int],
        vectors_sim: tuple[np.ndarray, np.ndarray],
        language: str,
        headline: str | None = None,
    ) -> tuple[list[tuple[int, ...]], np.ndarray]:
        """The second stage's candidate extracts within ``budget`` words and their predicted quality
        (blended with their overlap with ``headline`` when there is one)."""
        ratio, redundancy = self.selection.target_ratio, self.selection.redundancy
        subsets, predicted = self.rerank.ranked(texts, scores, budget, first, ratio, redundancy, vectors_sim, language)
        if headline and subsets:
            extracts = [" ".join(texts[i] for i in subset) for subset in subsets]
            predicted = blend(predicted, headline_overlap(headline, extracts, language))
        return subsets, predicted

    def select_length(
        self, article: ArticleSentences, length: str = "medium", language: str = "fr", headline: str | None = None
    ) -> list[int]:
        """Choose the extract of a summary of ``length`` ("short", "medium" or "long"); ``headline``, the
        article's title when known, steers the second stage's choice (:mod:`summarizer.ranking.headline`).

        The second stage predicts how good each candidate extract (1 to 3 of the best sentences)
        would be, so *medium* is its best candidate within the medium budget: the length is chosen
        per article, not fixed. *short* is the best-predicted candidate with fewer words than that
        (within the short budget), preferring part of the medium extract; *long* the best with more
        words (within the long budget): the medium extract plus more sentences (the best-predicted
        such candidate, else the first stage's best other sentence that fits). When there is no
        such extract, the medium choice. Without a second stage, the subset search at the
        length's word budget (:data:`summarizer.options.EXTRACTIVE_WORDS`).

        Returns:
            Indices of the chosen sentences in article order; empty when no sentence fits.
        """
        if length not in EXTRACTIVE_WORDS:
            raise ValueError(f"unknown length {length!r}: expected one of {', '.join(EXTRACTIVE_WORDS)}")
        texts = article.texts
        if self.rerank is None:
            return self.select(article, EXTRACTIVE_WORDS[length], language, headline)
        medium = min(EXTRACTIVE_WORDS["medium"], self.rerank.max_budget)
        words = np.array([extractive.word_count(s) for s in texts], dtype=int)
        if not texts or not ((words > 0) & (words <= medium)).any():
            return self.select(article, EXTRACTIVE_WORDS[length], language, headline)
        scores = self.score(article, language)
        vectors, sim, _ = extractive._similarity(texts, language)
        first = choose(texts, scores, medium, self.selection, language, similarity=sim) or [0]
        subsets, predicted = self._ranked(texts, scores, medium, first, (vectors, sim), language, headline)
        if not subsets:
            return list(first)
        longer = functools.partial(
            self._ranked, texts, scores, EXTRACTIVE_WORDS["long"], first, (vectors, sim), language, headline
        )
        return pick_length(length, subsets, predicted, words, scores, longer)


def pick_length(
    length: str,
    subsets: Sequence[tuple[int, ...]],
    predicted: np.ndarray,
    words: np.ndarray,
    scores: np.ndarray,
    longer: Callable[[], tuple[Sequence[tuple[int, ...]], np.ndarray]],
) -> list[int]:
    """The extract of ``length`` (see :meth:`Ranker.select_length`) among the medium budget's candidate
    extracts ``subsets`` and their ``predicted`` quality (``words``: each sentence's words; ``scores``: the
    first stage's); ``longer()`` gives the candidates within the long budget, asked for *long* only."""
    sizes = np.array([int(words[list(c)].sum()) for c in subsets])
    best = int(np.argmax(predicted))
    chosen = set(subsets[best])
    if length == "short":
        shorter = (sizes < sizes[best]) & (sizes <= EXTRACTIVE_WORDS["short"])
        pick = _best(predicted, shorter & np.array([set(c) < chosen for c in subsets]))
        pick = _best(predicted, shorter) if pick is None else pick
        return list(subsets[best if pick is None else pick])
    if length == "long":
        more, more_predicted = longer()
        pick = _best(more_predicted, np.array([set(c) > chosen for c in more]))
        if pick is not None:
            return list(more[pick])
        # The medium extract has as many sentences as a candidate may: add the first stage's best other one.
        room = EXTRACTIVE_WORDS["long"] - int(sizes[best])
        extra = [int(j) for j in np.argsort(-scores, kind="stable") if int(j) not in chosen and 0 < words[j] <= room]
        return sorted(chosen | set(extra[:1]))
    return list(subsets[best])


def _best(predicted: np.ndarray, mask: np.ndarray) -> int | None:
    """Index of the highest prediction where ``mask`` holds (the first on ties); None if none does."""
    if not mask.any():
        return None
    return int(np.flatnonzero(mask)[np.argmax(predicted[mask])])


def choose(
    texts: Sequence[str],
    scores: np.ndarray,
    word_budget: int,
    selection: Selection,
    language: str = "fr",
    similarity: np.ndarray | None = None,
) -> list[int]:
    """The subset search on given sentence scores: whole sentences, within the budget, article order.

    A sentence's gain is ``score ** power * words``; the set maximises ``sum(gain) / (words +
    target_ratio * budget)`` minus ``redundancy`` times the highest TF-IDF cosine between two
    chosen sentences (:func:`summarizer.extractive._best_subset`, a small beam search).
    ``similarity`` is the sentences' TF-IDF cosine matrix, when already computed.
    """
    words = np.array([extractive.word_count(s) for s in texts], dtype=int)
    sim = similarity if similarity is not None else extractive._similarity(texts, language)[1]
    chosen = extractive._best_subset(
        np.power(np.maximum(scores, 0.0), selection.power) * words,
        words,
        sim,
        word_budget,
        selection.target_ratio * word_budget,
        selection.redundancy,
    )
    return list(chosen)


@functools.lru_cache(maxsize=4)
def _load_cached(path: str) -> Ranker | None:
    file = Path(path)
    if not file.is_file():
        log.warning(
            "sentence ranker %s is missing: the extractive strategy uses the heuristic scorer "
            "(rebuild it with scripts/train_ranker.py)",
            file,
        )
        return None
    try:
        return Ranker.load(file)
    except (OSError, ValueError, KeyError, ImportError) as exc:
        log.warning(
            "sentence ranker %s cannot be used (%s): the extractive strategy uses the heuristic scorer", file, exc
        )
        return None


def default_ranker(path: str | Path | None = None) -> Ranker | None:
    """The ranker of the extractive strategy (loaded once), or None when its file is missing or
    unusable (logged). The file is ``path``, else ``$SUMMARIZER_RANKER``, else the shipped one."""
    return _load_cached(str(path or os.environ.get("SUMMARIZER_RANKER") or RANKER_FILE))


def select_sentences(
    sentences: Sequence[str] | ArticleSentences,
    word_budget: int,
    language: str = "fr",
    *,
    ranker: Ranker | bool | None = True,
) -> tuple[list[int], str]:
    """Choose an extractive summary with the learned ranker, or the heuristic scorer without one.

    Args:
        sentences: the article's sentences (plain strings, or with paragraph structure).
        word_budget: most words (whitespace-separated) of the chosen sentences together.
        language: ISO 639-1 code of the sentences.
        ranker: a :class:`Ranker`; True for the shipped one; None or False for the heuristic.

    Returns:
        The chosen indices in article order, and the name of the scorer used
        (``"ranker"`` or ``"heuristic"``).
    """
    article = sentences if isinstance(sentences, ArticleSentences) else ArticleSentences.plain(sentences)
    model = default_ranker() if ranker is True else (ranker or None)
    if model is None:
        return extractive.select_sentences(article.texts, word_budget, language), "heuristic"
    return model.select(article, word_budget, language), "ranker"


def select_for_length(
    sentences: Sequence[str] | ArticleSentences,
    length: str = "medium",
    language: str = "fr",
    *,
    ranker: Ranker | bool | None = True,
    headline: str | None = None,
) -> tuple[list[int], str]:
    """:func:`select_sentences` for a summary length ("short", "medium", "long") rather than a budget
    (``headline``: the article's title, when known, for the learned ranker).

    With the learned ranker, :meth:`Ranker.select_length` (the length is chosen per article and
    short < medium < long); with the heuristic scorer, the length's word budget.
    """
    article = sentences if isinstance(sentences, ArticleSentences) else ArticleSentences.plain(sentences)
    model = default_ranker() if ranker is True else (ranker or None)
    if model is None:
        return extractive.select_sentences(article.texts, EXTRACTIVE_WORDS[length], language), "heuristic"
    return model.select_length(article, length, language, headline), "ranker"
