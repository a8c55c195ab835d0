"""Older import path of the evaluation suites, now :mod:`summarizer.evaluation` (kept for scripts and users)."""

from summarizer.evaluation.data import read_jsonl, read_lines
from summarizer.evaluation.summarization import (
    LEAD_BASELINES,
    ROUGE_METHOD,
    ROUGE_TYPES,
    SummarizationReport,
    evaluate_summarization,
    lead,
    published_summarization,
    rouge,
    write_predictions,
)
from summarizer.evaluation.translation import (
    TranslationReport,
    TranslationScores,
    evaluate_translation,
    published_translation,
    translation_scores,
)
from summarizer.evaluation.words import ROUGE_TOKENIZER, WordTokenizer

__all__ = [
    "LEAD_BASELINES",
    "ROUGE_METHOD",
    "ROUGE_TOKENIZER",
    "ROUGE_TYPES",
    "SummarizationReport",
    "TranslationReport",
    "TranslationScores",
    "WordTokenizer",
    "evaluate_summarization",
    "evaluate_translation",
    "lead",
    "published_summarization",
    "published_translation",
    "read_jsonl",
    "read_lines",
    "rouge",
    "translation_scores",
    "write_predictions",
]
