"""Older import path of :mod:`summarizer.evaluation.compare` (kept for scripts and users)."""

from summarizer.evaluation.compare import (
    BOOTSTRAP_ROUNDS,
    COMPARE_SYSTEMS,
    SYSTEM_LABELS,
    gain_intervals,
    paired_bootstrap,
    system_summaries,
)

__all__ = [
    "BOOTSTRAP_ROUNDS",
    "COMPARE_SYSTEMS",
    "SYSTEM_LABELS",
    "gain_intervals",
    "paired_bootstrap",
    "system_summaries",
]
