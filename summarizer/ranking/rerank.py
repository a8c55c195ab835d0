"""The second stage of the extractive ranker: score whole candidate extracts and keep the best.

The first stage scores sentences; the subset search (:func:`summarizer.ranking.model.choose`)
turns the scores into one extract. This stage instead enumerates small extracts from the best
sentences (:mod:`summarizer.ranking.candidates`: 1 to 3 of the top 7, within the word budget,
plus the subset search's own choice), describes each as a whole (summed scores, length,
redundancy, coverage, and the expected ROUGE-1 matches of its words under a corpus table of
how often a word of an article is also in its abstract) and lets a LightGBM LambdaRank model
pick one. Trained by :mod:`summarizer.ranking.train` on the first stage's out-of-fold scores.
It is used for budgets up to :data:`MAX_BUDGET` words (it was trained at 70); longer budgets keep
the subset search. No neural model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from summarizer.ranking.candidates import ALL_FEATURES, CONTEXT_FEATURES, candidates
from summarizer.ranking.lgbm import model_text

MAX_BUDGET = 70  # the budget it was trained at; longer budgets keep the subset search


class Reranker:
    """A LightGBM model over :data:`ALL_FEATURES` plus the word table its features read.

    Args:
        booster: a ``lightgbm.Booster`` trained on candidate features.
        table: word -> probability that a word of an article is also in its abstract.
        prior: the probability of words not in ``table``.
        word_model: a ``lightgbm.Booster`` giving each distinct word of an article the probability
            that the abstract has it (:data:`summarizer.ranking.candidates.WORD_MODEL_FEATURES`);
            with it the candidates also get the :data:`CONTEXT_FEATURES`.
    """

    max_budget = MAX_BUDGET

    def __init__(self, booster: Any, table: dict[str, float], prior: float, word_model: Any = None) -> None:
        self.booster = booster
        self.table = table
        self.prior = prior
        self.word_model = word_model

    @property
    def features(self) -> tuple[str, ...]:
        """The candidate features this second stage reads."""
        return ALL_FEATURES + (CONTEXT_FEATURES if self.word_model is not None else ())

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reranker:
        """Read the ``"rerank"`` part of a ranker file.

        Raises:
            ValueError: the part was written for other candidate features.
        """
        import lightgbm

        word_model = lightgbm.Booster(model_str=data["word_model"]) if data.get("word_model") else None
        expected = ALL_FEATURES + (CONTEXT_FEATURES if word_model is not None else ())
        if tuple(data.get("features", ())) != expected:
            raise ValueError("the second stage was trained on other candidate features than this version computes")
        return cls(lightgbm.Booster(model_str=data["model"]), dict(data["words"]), float(data["prior"]), word_model)

    def to_dict(self) -> dict[str, Any]:
        """The ``"rerank"`` part of a ranker file (plain JSON: LightGBM's text model, the word table)."""
        data = {
            "features": list(self.features),
            "max_budget": MAX_BUDGET,
            "prior": self.prior,
            "words": self.table,
            "model": model_text(self.booster),
        }
        if self.word_model is not None:
            data["word_model"] = model_text(self.word_model)
        return data

    def ranked(
        self,
        texts: Sequence[str],
        scores: np.ndarray,
        budget: int,
        first: Sequence[int],
        selection_ratio: float,
        selection_redundancy: float,
        vectors_sim: tuple[np.ndarray, np.ndarray] | None = None,
        language: str = "fr",
    ) -> tuple[list[tuple[int, ...]], np.ndarray]:
        """Every candidate extract within ``budget`` words and its predicted quality (higher is better).

        The features are computed against the budget the model was trained at (:data:`MAX_BUDGET`),
        whatever ``budget`` bounds the candidates, so that a longer budget only adds candidates.
        """
        subsets, features = candidates(
            texts,
            scores,
            min(budget, self.max_budget),
            first,
            selection_ratio,
            selection_redundancy,
            self.table,
            self.prior,
            vectors_sim,
            language,
            enumerate_budget=budget,
            word_model=self.word_model,
        )
        if not subsets:
            return [], np.zeros(0)
        return subsets, np.asarray(self.booster.predict(features, num_threads=1), dtype=float)
