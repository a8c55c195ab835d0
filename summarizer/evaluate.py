"""Evaluation suites: ROUGE for summaries, BLEU and chrF for translations.

Why it exists: to tell whether a preset, strategy or model is any good on real data, with the
same scoring every time and next to the figures people publish, so that "better" means
something. Summaries are scored on OrangeSum-style JSONL (``article`` and ``abstract`` fields)
with ``rouge-score``; translations on line-aligned files (e.g. FLORES-200 devtest) with
sacreBLEU's own corpus-level BLEU and chrF, so its signature identifies the setting.

ROUGE tokenization: the default ``rouge-score`` tokenizer drops every non-ASCII letter, which
mangles French ("été" -> "t"). Here tokens are lower-cased Unicode ``\\w+`` runs, no stemming.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer import routing
from summarizer.errors import InputError, ModelNotAvailableError, SummarizerError, UnsupportedLanguageError, one_line

ROUGE_TYPES: tuple[str, ...] = ("rouge1", "rouge2", "rougeL")
ROUGE_TOKENIZER = "lower-cased Unicode \\w+ tokens, no stemming"
ROUGE_METHOD = (
    "rouge-score F1 x 100, mean over records; " + ROUGE_TOKENIZER + "; ROUGE-L is rougeL (LCS over the whole text)"
)
LEAD_BASELINES: tuple[int, ...] = (1, 2)
# Errors that would fail every item the same way: stop at once instead of scoring empty output.
_FATAL = (ModelNotAvailableError, UnsupportedLanguageError)
_TOKEN = re.compile(r"\w+", re.UNICODE)

Progress = Callable[[int], None]


def published_summarization() -> list[dict[str, str]]:
    """Published figures of the summarization models, read from ``models/presets.toml`` (their
    cards' ``published`` field, with its source): the one file where reference figures live."""
    from summarizer.presets import load_catalog

    return [
        {"model": card.id, "published": card.published}
        for card in load_catalog().models.values()
        if card.task == "summarization" and card.published
    ]


class WordTokenizer:
    """The ROUGE tokenizer: lower-cased Unicode ``\\w+`` runs (keeps "été", "Côte-d'Ivoire" -> 3 tokens)."""

    def tokenize(self, text: str) -> list[str]:
        """Split ``text`` into tokens."""
        return _TOKEN.findall(text.lower())


# ---------------------------------------------------------------------- reading
def read_jsonl(path: str | Path, fields: Sequence[str], limit: int | None = None) -> list[dict[str, Any]]:
    """Read JSON Lines records that must each have the string ``fields``.

    Args:
        path: the file (UTF-8, one JSON object per line; blank lines are skipped).
        fields: fields every record must have, with a string value.
        limit: read at most this many records.

    Returns:
        The records, in file order.

    Raises:
        InputError: unreadable file, invalid JSON, or a record without one of ``fields``
            (the message names the file, the line and the field).
    """
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    records: list[dict[str, Any]] = []
    with handle:
        for number, line in enumerate(handle, 1):
            if limit is not None and len(records) >= limit:
                break
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path} line {number}: not valid JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise InputError(f"{path} line {number}: expected a JSON object, got {type(record).__name__}")
            for name in fields:
                if not isinstance(record.get(name), str):
                    problem = "missing field" if name not in record else "field is not a string:"
                    raise InputError(
                        f"{path} line {number}: {problem} {name!r} (each record needs {', '.join(map(repr, fields))})"
                    )
            records.append(record)
    if not records:
        raise InputError(f"{path} has no records")
    return records


def read_lines(path: str | Path) -> list[str]:
    """Read a line-aligned text file the way the ``sacrebleu`` command does (trailing whitespace stripped).

    Raises:
        InputError: when the file cannot be read or decoded.
    """
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="\n") as handle:
            return [line.rstrip() for line in handle]
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start})") from None


# ---------------------------------------------------------------------- ROUGE
def rouge(predictions: Sequence[str], references: Sequence[str]) -> tuple[dict[str, float], list[dict[str, float]]]:
    """ROUGE-1/2/L F1 of each prediction against its reference, and their means (both x100).

    Raises:
        ValueError: when the two lists differ in length or are empty.
    """
    from rouge_score import rouge_scorer

    if len(predictions) != len(references):
        raise ValueError(f"{len(predictions)} predictions for {len(references)} references")
    if not predictions:
        raise ValueError("nothing to score")
    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=False, tokenizer=WordTokenizer())
    per_item = []
    for prediction, reference in zip(predictions, references, strict=True):
        scores = scorer.score(reference, prediction)
        per_item.append({name: 100.0 * scores[name].fmeasure for name in ROUGE_TYPES})
    means = {name: sum(item[name] for item in per_item) / len(per_item) for name in ROUGE_TYPES}
    return means, per_item


def lead(article: str, k: int, language: str = "fr") -> str:
    """The first ``k`` sentences of an article, cleaned and split exactly as the pipeline does.

    Paragraphs after the one holding the k-th sentence are not split (splitting is the slow
    part). A paragraph is always split whole: pysbd's handling of quotation marks can move a
    boundary when the text is cut. Returns "" for text with no sentences.
    """
    from summarizer.text.clean import clean_article
    from summarizer.text.sentences import split_sentences

    found: list[str] = []
    for paragraph in clean_article(article).paragraphs:
        found.extend(s.text for s in split_sentences(paragraph, language))
        if len(found) >= k:
            break
    return " ".join(found[:k])


@dataclass
class SummarizationReport:
    """The outcome of ``evaluate summarization``.

    Attributes:
        data: the file scored.
        records: number of records scored (failed ones count as empty summaries).
        failed: one ``{"index", "id", "error"}`` per record the summarizer could not handle.
        scores: mean ROUGE F1 x100 of this run, by ``ROUGE_TYPES`` name.
        baselines: Lead-k scores on the same records, same cleaning and sentence splitting.
        settings: strategy, length, target language and the models used.
        seconds: wall time of the whole run (summaries and baselines).
        intervals: for each baseline, ``{rouge type: [mean gain, low, high]}``: the run minus the
            baseline with its paired-bootstrap 95% interval (:mod:`summarizer.evaluate_compare`).
        predictions: one summary per record, in input order ("" for failures); not in ``to_dict``.
        ids: the record ids (``id`` field, else the 1-based record number); not in ``to_dict``.
    """

    data: str
    records: int
    failed: list[dict[str, Any]]
    scores: dict[str, float]
    baselines: dict[str, dict[str, float]]
    settings: dict[str, Any]
    seconds: float
    intervals: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    predictions: list[str] = field(default_factory=list, repr=False)
    ids: list[str] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The ``--format json`` object."""
        return {
            "task": "summarization",
            "data": self.data,
            "records": self.records,
            "failed": self.failed,
            "metric": {
                "name": "ROUGE F1 x100 (rouge-score), mean over records",
                "rouge_types": list(ROUGE_TYPES),
                "tokenizer": ROUGE_TOKENIZER,
                "stemming": False,
            },
            "scores": {k: round(v, 2) for k, v in self.scores.items()},
            "baselines": {name: {k: round(v, 2) for k, v in s.items()} for name, s in self.baselines.items()},
            "gain_intervals": self.intervals,
            "published": published_summarization(),
            "settings": self.settings,
            "seconds": round(self.seconds, 1),
        }

    def format(self) -> str:
        """A plain-text table of this run, the same-run baselines and the reference figures."""
        strategy = self.settings.get("strategy", "?")
        lines = [
            f"ROUGE on {self.records} record(s) of {self.data}: strategy {strategy}, "
            f"length {self.settings.get('length')}, summaries in '{self.settings.get('target_language')}'",
            f"scoring: {ROUGE_METHOD}",
            "",
            f"{'system':<44}{'R-1':>7}{'R-2':>7}{'R-L':>7}",
        ]

        def row(name: str, r1: float, r2: float, rl: float) -> str:
            return f"{name[:43]:<44}{r1:>7.2f}{r2:>7.2f}{rl:>7.2f}"

        lines.append(row(f"this run ({strategy})", *(self.scores[k] for k in ROUGE_TYPES)))
        for name, scores in self.baselines.items():
            lines.append(row(f"{name} (same records, same cleaning)", *(scores[k] for k in ROUGE_TYPES)))
        if self.intervals:
            lines += ["", "gain of this run, with paired-bootstrap 95% interval (records resampled):"]
        for name, gains in self.intervals.items():
            diff = "  ".join(
                f"{k.replace('rouge', 'R-')} {g[0]:+.2f} [{g[1]:+.2f}, {g[2]:+.2f}]" for k, g in gains.items()
            )
            lines.append(f"  this run vs {name}: {diff}")
        published = published_summarization()
        if published:
            lines += ["", "published figures (models/presets.toml; other data splits and tokenizations, not this run):"]
            lines += [f"  {p['model']}: {p['published']}" for p in published]
        models = ", ".join(f"{role}: {m}" for role, m in self.settings.get("models", {}).items()) or "none"
        lines += ["", f"models: {models}"]
        lines.append(f"failed: {len(self.failed)} record(s) (scored as empty summaries)")
        lines += [f"  record {f['index'] + 1} (id {f['id']}): {f['error']}" for f in self.failed[:10]]
        if len(self.failed) > 10:
            lines.append(f"  ... and {len(self.failed) - 10} more (see --format json)")
        lines.append(f"time: {self.seconds:.1f}s")
        return "\n".join(lines)


def evaluate_summarization(
    summarizer: Any,
    records: Sequence[dict[str, Any]],
    *,
    data: str = "",
    batch_size: int = 16,
    baselines: Sequence[int] = LEAD_BASELINES,
    compare: Sequence[str] = (),
    progress: Progress | None = None,
) -> SummarizationReport:
    """Summarize every record's ``article`` and score it against its ``abstract``.

    Args:
        summarizer: a configured :class:`summarizer.Summarizer`.
        records: dicts with string ``article`` and ``abstract`` fields (and optionally ``id``).
        data: name of the data set, for the report.
        batch_size: articles per ``summarize_many`` call.
        baselines: compute Lead-k for each k on the same records.
        compare: more systems to score on the same records (names from
            :data:`summarizer.evaluate_compare.COMPARE_SYSTEMS`).
        progress: called with the number of records just finished.

    Returns:
        A :class:`SummarizationReport`.

    Raises:
        ModelNotAvailableError, UnsupportedLanguageError: when every article of the first batch
            fails that way (the configuration cannot work; nothing would be scored).
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    started = time.perf_counter()
    predictions: list[str] = []
    languages: list[str | None] = []
    failed: list[dict[str, Any]] = []
    models: dict[str, str] = {}
    ids = [str(r.get("id", i + 1)) for i, r in enumerate(records)]
    for start in range(0, len(records), batch_size):
        batch = records[start : start + batch_size]
        outcomes = summarizer.summarize_many([r["article"] for r in batch])
        if start == 0 and all(isinstance(o, _FATAL) for o in outcomes):
            raise outcomes[0]
        for offset, outcome in enumerate(outcomes):
            index = start + offset
            if isinstance(outcome, Exception):
                failed.append({"index": index, "id": ids[index], "error": one_line(outcome)})
                predictions.append("")
                languages.append(None)
            else:
                predictions.append(outcome.summary)
                languages.append(outcome.source_language)
                for role, model in outcome.models.items():
                    models.setdefault(role, model)
        if progress:
            progress(len(batch))
    references = [r["abstract"] for r in records]
    from summarizer.evaluate_compare import SYSTEM_LABELS, gain_intervals, system_summaries
    from summarizer.options import EXTRACTIVE_WORDS

    scores, run_items = rouge(predictions, references)
    default_language = summarizer.options.source_language or "fr"
    baseline_scores: dict[str, dict[str, float]] = {}
    intervals: dict[str, dict[str, list[float]]] = {}
    for k in baselines:
        leads = [
            _safe_lead(r["article"], k, lang or default_language) for r, lang in zip(records, languages, strict=True)
        ]
        baseline_scores[f"Lead-{k}"], items = rouge(leads, references)
        intervals[f"Lead-{k}"] = gain_intervals(run_items, items, ROUGE_TYPES)
    budget = EXTRACTIVE_WORDS[summarizer.options.length]
    for name in compare:
        langs = [lang or default_language for lang in languages]
        label = SYSTEM_LABELS[name]
        baseline_scores[label], items = rouge(system_summaries(name, records, langs, budget), references)
        intervals[label] = gain_intervals(run_items, items, ROUGE_TYPES)
    opts = summarizer.options
    settings = {
        "strategy": summarizer.strategy,
        "length": opts.length,
        "target_language": opts.target_language,
        "source_language": opts.source_language,
        "models": models,
    }
    return SummarizationReport(
        data=data,
        records=len(records),
        failed=failed,
        scores=scores,
        baselines=baseline_scores,
        settings=settings,
        seconds=time.perf_counter() - started,
        intervals=intervals,
        predictions=predictions,
        ids=ids,
    )


def _safe_lead(article: str, k: int, language: str) -> str:
    try:
        return lead(article, k, language)
    except SummarizerError:
        return ""


def write_predictions(path: str | Path, report: SummarizationReport) -> None:
    """Write one JSON object per record, in input order: ``id``, ``summary`` (and ``error`` for failures)."""
    errors = {f["index"]: f["error"] for f in report.failed}
    with Path(path).open("w", encoding="utf-8") as handle:
        for index, (record_id, summary) in enumerate(zip(report.ids, report.predictions, strict=True)):
            item: dict[str, Any] = {"id": record_id, "summary": summary}
            if index in errors:
                item["error"] = errors[index]
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------- BLEU / chrF
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
    from sacrebleu.metrics import BLEU, CHRF

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
            if isinstance(outcome, _FATAL):
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
