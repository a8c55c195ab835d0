"""The guard's check of a result: every figure and name of its outputs checked against the article.

One call, :func:`check_outputs`, made by the pipeline for each result; the checking itself is
the guard's (:mod:`summarizer.guard`, faces :mod:`summarizer.facts` and :mod:`summarizer.entities`).
"""

from __future__ import annotations

from typing import Any

from summarizer.guard.run import summary_warnings

__all__ = ["check_outputs", "summary_warnings"]


def check_outputs(
    article: str,
    source_language: str,
    target_language: str,
    *,
    summary_source: str | None,
    summary: str | None,
    translation: str | None,
    entities: bool = True,
    timings: dict[str, float] | None = None,
) -> list[dict[str, Any]]:
    """Flag every figure (and, with ``entities``, every name) of the outputs the article does not support.

    The source-language summary and the full translation are checked against the article.
    The target-language summary is checked against the article too, and each of its flags
    says whether the source-language summary already had it (the summarizer invented it) or
    not (the translation changed it). ``timings["entities"]`` gets the seconds spent on names.

    Returns:
        One dict per flag: ``output`` ("summary_source", "summary", "translation") and the
        fields of the guard's flag (``category``, ``kind``, ``text``, ``start``, ``end``, ``reason``...).
    """
    from summarizer.guard import run

    outputs = [
        ("summary_source", summary_source, source_language),
        ("summary", None if summary == summary_source else summary, target_language),
        ("translation", translation, target_language),
    ]
    return run.check_outputs(
        article, outputs, source_language, entities=entities, source_summary=summary_source, timings=timings
    )
