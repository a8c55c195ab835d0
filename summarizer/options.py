"""Decoding options and results: the typed objects passed to backends and returned to users.

``PipelineOptions`` lives in :mod:`summarizer.config` (re-exported here for older imports).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

from summarizer import __version__
from summarizer.config import PipelineOptions  # noqa: F401  (its home before config.py)

Strategy = Literal["summarize-translate", "translate-summarize", "crosslingual", "extractive"]
STRATEGIES: tuple[str, ...] = ("summarize-translate", "translate-summarize", "crosslingual", "extractive")
Length = Literal["short", "medium", "long"]
LENGTHS: tuple[str, ...] = ("short", "medium", "long")

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


@dataclass
class Result:
    """The outcome of summarizing one article.

    Attributes:
        summary: the summary in the target language (English by default).
        summary_source: the summary in the source language, or None when the strategy does
            not produce one (translate-summarize, crosslingual).
        source_language: ISO 639-1 code of the article's language (detected or given).
        target_language: ISO 639-1 code of ``summary``.
        translation: the whole article translated, paragraphs separated by blank lines,
            when requested; else None.
        paragraphs: with a full translation, one ``{"source", "translation"}`` pair per paragraph.
        strategy: the strategy used.
        models: role ("summarization", "translation", ...) -> model id or directory used.
        warnings: things the reader should check or know went differently than asked (a model
            replaced by the extractive summarizer, unsure language detection, figures or
            sentences the article does not support, chunks left out).
        notes: purely informational remarks (boilerplate removed, long article chunked, source
            already in the target language, language routing).
        flags: figures in the outputs not supported by the article (fact guard).
        timings: seconds per stage, and "total".
        chunks: number of chunks the article was summarized in (1 = no map-reduce).
        source: where the article came from, when it was given as a
            :class:`summarizer.sources.Article` (URL, feed, PDF, DOCX): ``kind``, ``title``,
            ``date``, ``author``, ``site_name``, ``url``, ``canonical_url``, ``paywall``; else None.
        article: the cleaned article text (paragraphs joined by a blank line) that the evidence
            offsets point into.
        evidence: one entry per summary sentence, in order: ``{"sentence", "translation",
            "supports": [{"index", "text", "start", "end", "paragraph", "score"}, ...] (best first),
            "unsupported"}`` (see :mod:`summarizer.stages.evidence`); empty when the summary was written
            directly in another language (crosslingual).
        sentence_links: extractive summaries only (else None): one entry per summary sentence, in
            order, linking it to the article sentence it is: ``{"index", "paragraph", "start",
            "end", "source", "translation"}`` -- ``index`` counts the article's sentences from 0,
            ``start``/``end`` are character offsets into ``article``, ``source`` is the sentence
            as summarized (a heading gets a full stop) and ``translation`` its sentence-by-sentence
            translation (None when the summary is not translated). See :mod:`summarizer.ranking.links`.
        version: the version of summarizer that made the result.
    """

    summary: str
    summary_source: str | None
    source_language: str
    target_language: str
    strategy: str
    models: dict[str, str]
    translation: str | None = None
    paragraphs: list[dict[str, str]] | None = None
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    chunks: int = 1
    source: dict[str, Any] | None = None
    article: str = ""
    evidence: list[dict[str, Any]] = field(default_factory=list)
    sentence_links: list[dict[str, Any]] | None = None
    version: str = __version__

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict (the ``--format json`` object)."""
        return asdict(self)
