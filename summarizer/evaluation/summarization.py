"""ROUGE for summaries: ``evaluate summarization`` and its report, the Lead-k baselines.

Why it exists: to tell whether a preset, strategy or model is any good on real data, with the
same scoring every time and next to the figures people publish, so that "better" means
something. Summaries are scored on OrangeSum-style JSONL (``article`` and ``abstract`` fields)
with ``rouge-score`` and the project's word tokenizer (:mod:`summarizer.evaluation.words`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.errors import SummarizerError, one_line
from summarizer.evaluation.data import FATAL_ERRORS, require
from summarizer.evaluation.words import ROUGE_TOKENIZER, WordTokenizer
from summarizer.sources.article import Article, with_title

ROUGE_TYPES: tuple[str, ...] = ("rouge1", "rouge2", "rougeL")
ROUGE_METHOD = (
    "rouge-score F1 x 100, mean over records; " + ROUGE_TOKENIZER + "; ROUGE-L is rougeL (LCS over the whole text)"
)
LEAD_BASELINES: tuple[int, ...] = (1, 2)

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


# ---------------------------------------------------------------------- ROUGE
def rouge(predictions: Sequence[str], references: Sequence[str]) -> tuple[dict[str, float], list[dict[str, float]]]:
    """ROUGE-1/2/L F1 of each prediction against its reference, and their means (both x100).

    Raises:
        ValueError: when the two lists differ in length or are empty.
    """
    rouge_scorer = require("rouge_score.rouge_scorer", "rouge-score")
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
        lines.append(
            f"headlines: {self.settings.get('titles', 0)} record(s) had a title, given to the summarizer "
            "(--no-titles scores the article text alone)"
        )
        lines.append(f"failed: {len(self.failed)} record(s) (scored as empty summaries)")
        lines += [f"  record {f['index'] + 1} (id {f['id']}): {f['error']}" for f in self.failed[:10]]
        if len(self.failed) > 10:
            lines.append(f"  ... and {len(self.failed) - 10} more (see --format json)")
        lines.append(f"time: {self.seconds:.1f}s")
        return "\n".join(lines)


def _article(record: dict[str, Any], titles: bool) -> str | Article:
    """The record's article, with its headline when it has one and ``titles`` is on."""
    title = record.get("title") if titles else None
    return with_title(record["article"], title if isinstance(title, str) else None, kind="record")


def evaluate_summarization(
    summarizer: Any,
    records: Sequence[dict[str, Any]],
    *,
    data: str = "",
    batch_size: int = 16,
    baselines: Sequence[int] = LEAD_BASELINES,
    compare: Sequence[str] = (),
    progress: Progress | None = None,
    titles: bool = True,
) -> SummarizationReport:
    """Summarize every record's ``article`` and score it against its ``abstract``.

    Args:
        summarizer: a configured :class:`summarizer.Summarizer`.
        records: dicts with string ``article`` and ``abstract`` fields (and optionally ``id``).
        data: name of the data set, for the report.
        batch_size: articles per ``summarize_many`` call.
        baselines: compute Lead-k for each k on the same records.
        compare: more systems to score on the same records (names from
            :data:`summarizer.evaluation.compare.COMPARE_SYSTEMS`).
        progress: called with the number of records just finished.
        titles: give the summarizer each record's ``title`` (its headline) when it has one, as a
            web page or a table's ``title`` column would; False scores the article text alone.

    Returns:
        A :class:`SummarizationReport`.

    Raises:
        ModelNotAvailableError, UnsupportedLanguageError: when every article of the first batch
            fails that way (the configuration cannot work; nothing would be scored).
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    require("rouge_score.rouge_scorer", "rouge-score")  # before the models run, not after
    started = time.perf_counter()
    predictions: list[str] = []
    languages: list[str | None] = []
    failed: list[dict[str, Any]] = []
    models: dict[str, str] = {}
    ids = [str(r.get("id", i + 1)) for i, r in enumerate(records)]
    articles = [_article(r, titles) for r in records]
    for start in range(0, len(records), batch_size):
        batch = records[start : start + batch_size]
        outcomes = summarizer.summarize_many(articles[start : start + batch_size])
        if start == 0 and all(isinstance(o, FATAL_ERRORS) for o in outcomes):
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
    from summarizer.evaluation.compare import SYSTEM_LABELS, gain_intervals, system_summaries
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
        "titles": sum(isinstance(a, Article) for a in articles),
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
