"""How a :class:`~summarizer.options.Result` reads on a terminal or in a Markdown file.

The JSON format is ``Result.to_dict()``; this module writes the two human formats: plain text
(each summary sentence followed by ``[2,5]``, the article sentences it comes from, and the fact
guard's flags grouped) and Markdown (the same references as footnotes quoting the article).
"""

from __future__ import annotations

import json
from typing import Any

FORMATS: tuple[str, ...] = ("text", "json", "markdown")


def _sentences(result: Any) -> list[tuple[str, dict[str, Any]]] | None:
    """(shown text, evidence entry) per summary sentence, or None when the evidence does not
    cover the summary (no evidence, or sentences without their translation)."""
    evidence = result.evidence or []
    if not evidence:
        return None
    translated = result.summary != result.summary_source and result.summary_source is not None
    shown = [(e.get("translation") if translated else e.get("sentence")) for e in evidence]
    if any(not text for text in shown):
        return None
    return list(zip(shown, evidence, strict=True))


def _reference(entry: dict[str, Any]) -> str:
    if entry.get("unsupported"):
        return "[unsupported]"
    numbers = [str(s["index"] + 1) for s in entry.get("supports") or []]
    return f"[{','.join(numbers)}]" if numbers else ""


def grouped_flags(flags: list[dict[str, Any]]) -> list[tuple[dict[str, Any], int]]:
    """Identical flags (same figure, output and reason) once each, with how many times they occur."""
    groups: dict[tuple[str, str, str], tuple[dict[str, Any], int]] = {}
    for flag in flags:
        key = (str(flag.get("text")), str(flag.get("output")), str(flag.get("reason")))
        first, count = groups.get(key, (flag, 0))
        groups[key] = (first, count + 1)
    return list(groups.values())


def format_text(result: Any) -> str:
    """The summary with ``[n,m]`` sentence references, then grouped flags and the translation."""
    sentences = _sentences(result)
    if sentences:
        summary = " ".join(f"{text} {_reference(entry)}".rstrip() for text, entry in sentences)
    else:
        summary = result.summary
    lines = [summary]
    if sentences:
        lines += ["", "[n] = sentence n of the cleaned article (--format json has them, with offsets)"]
    if result.flags:
        lines.append("")
        for flag, count in grouped_flags(result.flags):
            times = f" (x{count})" if count > 1 else ""
            what = "name" if flag.get("category") == "entity" else "figure"
            lines.append(
                f"! unverified {what}: {flag['text']}{times} ({flag['output']}, {flag.get('kind')}): {flag['reason']}"
            )
    if result.translation:
        lines += ["", "--- translation ---", result.translation]
    return "\n".join(lines)


def _quote(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def format_markdown(result: Any) -> str:
    """Summary with footnotes quoting the supporting article sentences, then the other outputs."""
    sentences = _sentences(result)
    footnotes: list[str] = []
    if sentences:
        parts = []
        for n, (text, entry) in enumerate(sentences, 1):
            parts.append(f"{text}[^{n}]")
            if entry.get("unsupported"):
                footnotes.append(f"[^{n}]: **Not found in the article**: no article sentence shares most of its words.")
            else:
                quotes = "; ".join(
                    f"sentence {s['index'] + 1}: “{_quote(s['text'])}”" for s in entry.get("supports") or []
                )
                footnotes.append(f"[^{n}]: {quotes or 'no content words to check'}")
        summary = " ".join(parts)
    else:
        summary = result.summary
    lines = ["## Summary", "", summary, ""]
    if result.summary_source and result.summary_source != result.summary:
        lines += [f"### Summary ({result.source_language})", "", result.summary_source, ""]
    for category, title in (("figure", "Figures to check"), ("entity", "Names to check")):
        listed = [f for f in result.flags if f.get("category", "figure") == category]
        if listed:
            lines += [f"### {title}", ""]
            for flag, count in grouped_flags(listed):
                times = f" ×{count}" if count > 1 else ""
                lines.append(f"- **{flag['text']}**{times} ({flag['output']}, {flag.get('kind')}): {flag['reason']}")
            lines.append("")
    if result.translation:
        lines += ["### Translation", "", result.translation, ""]
    if result.warnings:
        lines += ["### To check", ""] + [f"- {w}" for w in result.warnings] + [""]
    if result.notes:
        lines += ["### Notes", ""] + [f"- {n}" for n in result.notes] + [""]
    models = ", ".join(f"{role}: `{m}`" for role, m in result.models.items())
    lines.append(f"_{result.strategy}; {result.source_language} → {result.target_language}; {models}_")
    if footnotes:
        lines += ["", *footnotes]
    return "\n".join(lines)


def format_result(result: Any, fmt: str) -> str:
    """Render a Result as ``text``, ``json`` or ``markdown``.

    Raises:
        ValueError: for another format name.
    """
    if fmt == "json":
        return json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
    if fmt == "markdown":
        return format_markdown(result)
    if fmt == "text":
        return format_text(result)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
