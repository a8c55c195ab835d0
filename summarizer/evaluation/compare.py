"""Extra reference systems for ``evaluate summarization`` and paired-bootstrap intervals of gains.

Why it exists: a mean ROUGE alone does not say whether a change is real. Every system here is
scored on the same records, with the same cleaning and sentence splitting as the pipeline, and
the report gives, for each one, the 95% interval of "this run minus that system" by resampling
records (paired bootstrap): an interval above zero is a gain that the sample supports.

Systems (``--compare``):

- ``lead-3``: the first three sentences;
- ``heuristic``: the hand-tuned extractive scorer (the extractive strategy before the learned
  ranker, and its fallback), at the run's word budget;
- ``ranker``: the learned sentence ranker at the run's word budget;
- ``oracle``: the greedy ROUGE oracle (at most 3 sentences chosen *with the reference*): the
  ceiling of sentence extraction, not a system.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

COMPARE_SYSTEMS: tuple[str, ...] = ("lead-3", "heuristic", "ranker", "oracle")
SYSTEM_LABELS: dict[str, str] = {
    "lead-3": "Lead-3",
    "heuristic": "extractive, heuristic scorer",
    "ranker": "extractive, learned ranker",
    "oracle": "greedy oracle (<=3 sentences, sees the reference)",
}
BOOTSTRAP_ROUNDS = 2000


def paired_bootstrap(
    a: Sequence[float], b: Sequence[float], rounds: int = BOOTSTRAP_ROUNDS, seed: int = 0
) -> tuple[float, float, float]:
    """Mean of ``a - b`` and its 95% interval by resampling records with replacement (seeded).

    Raises:
        ValueError: when the two lists differ in length or are empty.
    """
    x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if x.shape != y.shape or not len(x):
        raise ValueError("paired bootstrap needs two equally long, non-empty lists")
    diff = x - y
    rng = np.random.default_rng(seed)
    means = diff[rng.integers(0, len(diff), size=(rounds, len(diff)))].mean(axis=1)
    return float(diff.mean()), float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def system_summaries(
    name: str, records: Sequence[dict[str, Any]], languages: Sequence[str], word_budget: int
) -> list[str]:
    """The summaries of one ``--compare`` system for every record ("" where an article has no sentence).

    Raises:
        ValueError: for a name not in :data:`COMPARE_SYSTEMS`.
    """
    from summarizer import extractive
    from summarizer.errors import SummarizerError
    from summarizer.ranking.model import default_ranker
    from summarizer.ranking.oracle import greedy_oracle
    from summarizer.ranking.sentences import article_sentences

    if name not in COMPARE_SYSTEMS:
        raise ValueError(f"unknown system {name!r}; choose from {', '.join(COMPARE_SYSTEMS)}")
    ranker = default_ranker() if name == "ranker" else None
    if name == "ranker" and ranker is None:
        raise ValueError("the learned ranker file is missing: cannot compare with it")
    out = []
    for record, language in zip(records, languages, strict=True):
        try:
            article = article_sentences(record["article"], language)
        except SummarizerError:
            out.append("")
            continue
        texts = article.texts
        if not texts:
            out.append("")
            continue
        if name == "lead-3":
            picked = list(range(min(3, len(texts))))
        elif name == "heuristic":
            picked = extractive.select_sentences(texts, word_budget, language) or [0]
        elif name == "ranker":
            picked = ranker.select(article, word_budget, language) or [0]
        else:
            picked = greedy_oracle(texts, record["abstract"])
        out.append(" ".join(texts[i] for i in picked))
    return out


def gain_intervals(
    run: Sequence[dict[str, float]], other: Sequence[dict[str, float]], rouge_types: Sequence[str]
) -> dict[str, list[float]]:
    """For each ROUGE type: ``[mean gain, low, high]`` of the run over another system (per-record scores)."""
    return {
        name: [round(v, 2) for v in paired_bootstrap([r[name] for r in run], [o[name] for o in other])]
        for name in rouge_types
    }
