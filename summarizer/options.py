"""Decoding options passed to backends, and the strategy and length names.

``PipelineOptions`` lives in :mod:`summarizer.config` and ``Result`` in :mod:`summarizer.result`;
both are re-exported here for older imports.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Literal

from summarizer.config import LENGTHS, STRATEGIES, PipelineOptions  # noqa: F401  (their home before config.py)
from summarizer.result import Result  # noqa: F401  (its home before result.py)

Strategy = Literal["summarize-translate", "translate-summarize", "crosslingual", "extractive"]
Length = Literal["short", "medium", "long"]

# New-token bounds of the final summary for each length, and word budgets for extractive summaries.
SUMMARY_TOKENS: dict[str, tuple[int, int]] = {"short": (10, 64), "medium": (30, 128), "long": (60, 220)}
EXTRACTIVE_WORDS: dict[str, int] = {"short": 40, "medium": 70, "long": 130}


@dataclass(frozen=True)
class GenerationOptions:
    """Decoding settings passed to a backend; None means "the model's own default"."""

    num_beams: int | None = None
    max_new_tokens: int | None = None
    min_new_tokens: int | None = None
    no_repeat_ngram_size: int | None = None
    repetition_penalty: float | None = None
    length_penalty: float | None = None
    # Translation: cap output at ``max_length_ratio`` x input tokens + 10 (a loop guard).
    max_length_ratio: float | None = None
    # Multilingual translation models (NLLB, M2M100, mBART-50, MADLAD): the languages (ISO 639-1)
    # the backend steers the model with; ignored by models that take no language code.
    source_language: str | None = None
    target_language: str | None = None

    def to_kwargs(self) -> dict[str, Any]:
        """The non-None settings as keyword arguments for ``generate()``."""
        skip = {"max_length_ratio", "source_language", "target_language"}
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in skip and getattr(self, f.name) is not None
        }
