"""Run the whole guard (figures and names) on the outputs of one summarized article.

:func:`check_result` checks a :class:`~summarizer.result.Result` (what ``summarizer.guard.check``
and the pipeline call); :func:`check_outputs` checks any named texts against an article.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from summarizer.guard.entities import Name, SourceIndex, check_entities, find_names
from summarizer.guard.judge import check_figures

if TYPE_CHECKING:
    from summarizer.result import Flag, Result


def check_result(result: Result, *, entities: bool = True, timings: dict[str, float] | None = None) -> list[Flag]:
    """The flags of ``result``: its source-language summary and full translation checked against
    its article, and its target-language summary too (each flag saying whether the source-language
    summary already had it); see :func:`summarizer.guard.check`."""
    from summarizer.result import Flag

    outputs = [
        ("summary_source", result.summary_source, result.source_language),
        ("summary", None if result.summary == result.summary_source else result.summary, result.target_language),
        ("translation", result.translation, result.target_language),
    ]
    records = check_outputs(
        result.article,
        outputs,
        result.source_language,
        entities=entities,
        source_summary=result.summary_source,
        timings=timings,
    )
    return [Flag.from_dict(record) for record in records]


def check_outputs(
    article: str,
    outputs: list[tuple[str, str | None, str]],
    source_lang: str,
    *,
    entities: bool = True,
    source_summary: str | None = None,
    timings: dict[str, float] | None = None,
) -> list[dict[str, Any]]:
    """Flag the figures (and, with ``entities``, the names) of each output the article does not support.

    Args:
        article: the source article.
        outputs: ``(output name, text, language)`` triples, e.g. ``("summary", "...", "en")``;
            empty texts are skipped.
        source_lang: the article's language.
        entities: also check names (people, organizations, places, products).
        source_summary: the source-language summary the ``"summary"`` output was translated
            from, if any: each of that output's flags then says whether the source-language
            summary already had it (invented by the summarizer) or not (changed in translation).
        timings: if given, ``timings["entities"]`` gets the seconds spent on names.

    Returns:
        One JSON-ready dict per flag: ``output`` plus the fields of :class:`~summarizer.guard.flags.Flag`.
    """
    records: list[dict[str, Any]] = []
    names_time = 0.0
    started = time.perf_counter()
    index = SourceIndex(article, source_lang) if entities else None
    names_time += time.perf_counter() - started
    summary_index: SourceIndex | None = None
    for output, text, lang in outputs:
        if not text:
            continue
        flags = check_figures(article, text, source_lang=source_lang, output_lang=lang)
        if index is not None:
            started = time.perf_counter()
            flags += check_entities(article, text, source_lang, lang, index=index)
            names_time += time.perf_counter() - started
        for flag in sorted(flags, key=lambda f: (f.start, f.end)):
            record = {"output": output, **flag.to_dict()}
            if output == "summary" and source_summary and lang != source_lang:
                if flag.category == "entity":
                    summary_index = summary_index or SourceIndex(source_summary, source_lang)
                    had = summary_index.supports(_name_of(flag.text, flag.kind, lang))
                else:
                    had = not check_figures(source_summary, flag.text, source_lang=source_lang, output_lang=lang)
                record["reason"] += (
                    "; the source-language summary has it too (invented by the summarizer)"
                    if had
                    else "; the source-language summary does not have it (changed in translation)"
                )
            records.append(record)
    if timings is not None and entities:
        timings["entities"] = round(names_time, 4)
    return records


def _name_of(text: str, kind: str, lang: str) -> Name:
    found = [n for n in find_names(text, lang) if n.text == text]
    return found[0] if found else Name(text, 0, len(text), kind, "caps")


def summary_warnings(flags: list[dict[str, Any]]) -> list[str]:
    """The notes a result carries about its flags (figures and names counted apart)."""
    figures = sum(f.get("category", "figure") == "figure" for f in flags)
    names = len(flags) - figures
    notes = []
    if figures:
        notes.append(f"{figures} figure(s) in the output are not supported by the article: check them")
    if names:
        notes.append(f"{names} name(s) in the output are not supported by the article: check them")
    return notes
