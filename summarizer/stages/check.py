"""The fact check of a result: every figure of its outputs checked against the article.

One call, :func:`check_outputs`, made by the pipeline for each result; the checking itself is
the fact guard's (:mod:`summarizer.facts`).
"""

from __future__ import annotations

from typing import Any


def check_outputs(
    article: str,
    source_language: str,
    target_language: str,
    *,
    summary_source: str | None,
    summary: str | None,
    translation: str | None,
) -> list[dict[str, Any]]:
    """Flag every figure of the outputs that the article does not support.

    The source-language summary and the full translation are checked against the article.
    The target-language summary is checked against the article too, and each of its flags
    says whether the source-language summary already had the figure (the summarizer
    invented it) or not (the translation changed it).

    Returns:
        One dict per flag: ``output`` ("summary_source", "summary", "translation") and the
        fields of the guard's flag (``text``, ``reason``...).
    """
    from summarizer import facts

    src, target = source_language, target_language
    flags: list[dict[str, Any]] = []
    checks = [
        ("summary_source", summary_source, src),
        ("summary", summary, target),
        ("translation", translation, target),
    ]
    for output, text, lang in checks:
        if not text or (output == "summary" and text == summary_source):
            continue
        for flag in facts.check(article, text, source_lang=src, output_lang=lang):
            record = {"output": output, **flag.to_dict()}
            if output == "summary" and summary_source and lang != src:
                in_source_summary = not facts.check(summary_source, flag.text, source_lang=src, output_lang=lang)
                record["reason"] += (
                    "; the source-language summary has it too (invented by the summarizer)"
                    if in_source_summary
                    else "; the source-language summary does not have it (changed in translation)"
                )
            flags.append(record)
    return flags
