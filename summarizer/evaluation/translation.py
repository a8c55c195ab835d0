"""BLEU and chrF for translations: ``evaluate translation`` and its report.

Translations are scored on line-aligned files (e.g. FLORES-200 devtest) with sacreBLEU's own
corpus-level BLEU and chrF, so its signature identifies the setting.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from summarizer import routing
from summarizer.errors import SummarizerError, one_line
from summarizer.evaluation.data import FATAL_ERRORS, require

Progress = Callable[[int], None]


@dataclass
class TranslationScores:
    """Corpus-level sacreBLEU scores with their signatures (what reproduces them)."""

    bleu: float
    chrf: float
    bleu_signature: str
    chrf_signature: str
    bleu_verbose: str


def translation_scores(hypotheses: Sequence[str], references: Sequence[str]) -> TranslationScores:
    """sacreBLEU's default corpus BLEU and chrF (one reference per line), exactly as ``sacrebleu`` computes them.

    Raises:
        ValueError: when the two lists differ in length or are empty.
    """
    metrics = require("sacrebleu.metrics", "sacrebleu")
    BLEU, CHRF = metrics.BLEU, metrics.CHRF
    if len(hypotheses) != len(references):
        raise ValueError(f"{len(hypotheses)} hypotheses for {len(references)} references")
    if not hypotheses:
        raise ValueError("nothing to score")
    bleu, chrf = BLEU(), CHRF()
    bleu_score = bleu.corpus_score(list(hypotheses), [list(references)])
    chrf_score = chrf.corpus_score(list(hypotheses), [list(references)])
    return TranslationScores(
        bleu=bleu_score.score,
        chrf=chrf_score.score,
        bleu_signature=str(bleu.get_signature()),
        chrf_signature=str(chrf.get_signature()),
        bleu_verbose=bleu_score.format(width=2),
    )


@dataclass
class TranslationReport:
    """The outcome of ``evaluate translation``.

    Attributes:
        reference: the reference file.
        lines: number of lines scored.
        scores: sacreBLEU BLEU and chrF.
        model: the translation model that produced the hypotheses, when known.
        published: the model card's published figures, when the model is a known preset model.
        hypotheses_file: the scored file when no model ran (``--hypotheses``), else None.
        source_language: language the source lines were translated from (None for ``--hypotheses``).
        failed: one ``{"line", "error"}`` per line the model could not translate (scored as "").
        seconds: wall time.
        hypotheses: the scored lines; not in ``to_dict``.
    """

    reference: str
    lines: int
    scores: TranslationScores
    model: str | None
    published: str | None
    hypotheses_file: str | None = None
    source_language: str | None = None
    failed: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    hypotheses: list[str] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The ``--format json`` object."""
        s = self.scores
        return {
            "task": "translation",
            "reference": self.reference,
            "lines": self.lines,
            "model": self.model,
            "hypotheses_file": self.hypotheses_file,
            "source_language": self.source_language,
            "scores": {"bleu": s.bleu, "chrf": s.chrf},
            "signatures": {"bleu": s.bleu_signature, "chrf": s.chrf_signature},
            "bleu_verbose": s.bleu_verbose,
            "published": self.published,
            "failed": self.failed,
            "seconds": round(self.seconds, 1),
        }

    def format(self) -> str:
        """Plain-text scores with sacreBLEU signatures and the published figures."""
        s = self.scores
        if self.hypotheses_file is None:
            origin = f"translated by {self.model or 'no model: source and target languages are the same'}"
        else:
            origin = f"hypotheses from {self.hypotheses_file}" + (f", made by {self.model}" if self.model else "")
        lines = [
            f"sacreBLEU on {self.lines} line(s) against {self.reference} ({origin})",
            f"BLEU  {s.bleu:6.2f}   {s.bleu_signature}",
            f"      {s.bleu_verbose}",
            f"chrF  {s.chrf:6.2f}   {s.chrf_signature}",
        ]
        if self.published:
            lines.append(f"published for {self.model}: {self.published}")
        if self.hypotheses_file is None:
            lines.append(f"failed: {len(self.failed)} line(s) (scored as empty)")
            lines += [f"  line {f['line']}: {f['error']}" for f in self.failed[:10]]
            lines.append(f"time: {self.seconds:.1f}s")
        return "\n".join(lines)


def published_translation(model: str | None) -> str | None:
    """The published figures of a translation model from its model card, if it has one."""
    from summarizer.presets import model_card

    card = model_card(model)
    return card.published if card and card.task == "translation" else None


def evaluate_translation(
    summarizer: Any,
    sources: Sequence[str],
    references: Sequence[str],
    *,
    reference_name: str = "",
    source_language: str | None = None,
    batch_size: int = 64,
    progress: Progress | None = None,
) -> TranslationReport:
    """Translate every source line and score the output with sacreBLEU.

    The source language is detected once on the whole file (per-line detection is unreliable on
    short lines) unless given; each line is translated on its own.

    Args:
        summarizer: a configured :class:`summarizer.Summarizer`.
        sources: source lines.
        references: reference translations, aligned with ``sources``.
        reference_name: name of the reference file, for the report.
        source_language: force the source language (ISO 639-1).
        batch_size: lines per call when the summarizer offers ``translate_many``.
        progress: called with the number of lines just finished.

    Raises:
        ValueError: when ``sources`` and ``references`` differ in length.
        UnsupportedLanguageError: no translation route for the language pair.
        ModelNotAvailableError: the model cannot be loaded.
    """
    from summarizer.text.language import detect_language

    if len(sources) != len(references):
        raise ValueError(f"{len(sources)} source lines for {len(references)} reference lines")
    require("sacrebleu.metrics", "sacrebleu")  # before the models run, not after
    started = time.perf_counter()
    target = summarizer.options.target_language
    language = source_language or summarizer.options.source_language
    if not language:
        language = detect_language("\n".join(sources[:200])).language or "fr"
    model = routing.translation_model(summarizer.models, language, target) if language != target else None
    hypotheses: list[str] = []
    failed: list[dict[str, Any]] = []
    many = getattr(summarizer, "translate_many", None)
    step = batch_size if many else 1
    for start in range(0, len(sources), step):
        batch = list(sources[start : start + step])
        if many:
            outcomes = many(batch, source_language=language, target_language=target)
        else:
            outcomes = [_translate_line(summarizer, line, language, target) for line in batch]
        for offset, outcome in enumerate(outcomes):
            if isinstance(outcome, FATAL_ERRORS):
                raise outcome
            if isinstance(outcome, Exception):
                failed.append({"line": start + offset + 1, "error": one_line(outcome)})
                hypotheses.append("")
            else:
                hypotheses.append(" ".join(outcome.split()))
        if progress:
            progress(len(batch))
    return TranslationReport(
        reference=reference_name,
        lines=len(hypotheses),
        scores=translation_scores(hypotheses, references),
        model=model,
        published=published_translation(model),
        source_language=language,
        failed=failed,
        seconds=time.perf_counter() - started,
        hypotheses=hypotheses,
    )


def _translate_line(summarizer: Any, line: str, language: str, target: str) -> str | SummarizerError:
    try:
        return summarizer.translate(line, source_language=language, target_language=target)
    except SummarizerError as exc:
        return exc
