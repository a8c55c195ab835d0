"""``summarizer summarize``: one article in, its summary out (text, JSON or Markdown)."""

from __future__ import annotations

import argparse
import json
import logging
from typing import Any, TextIO

from summarizer.cli.exits import EXIT_OK
from summarizer.cli.inputs import add_input_argument, read_input
from summarizer.cli.options import add_summarizer_options, build_summarizer

FORMATS = ("text", "json", "markdown")


def register(subparsers: Any, models_subparsers: Any = None) -> None:
    """Add the ``summarize`` subcommand."""
    p = subparsers.add_parser("summarize", help="summarize one article (file or stdin)")
    add_input_argument(p)
    p.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    add_summarizer_options(p)
    p.set_defaults(handler=cmd_summarize)


def format_result(result: Any, fmt: str) -> str:
    """Render a Result as text, JSON or Markdown."""
    if fmt == "json":
        return json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
    flags = result.flags
    if fmt == "markdown":
        lines = ["## Summary", "", result.summary, ""]
        if result.summary_source and result.summary_source != result.summary:
            lines += [f"### Summary ({result.source_language})", "", result.summary_source, ""]
        if flags:
            lines += ["### Figures to check", ""]
            lines += [f"- **{f['text']}** ({f['output']}): {f['reason']}" for f in flags]
            lines.append("")
        if result.translation:
            lines += ["### Translation", "", result.translation, ""]
        if result.warnings:
            lines += ["### Notes", ""] + [f"- {w}" for w in result.warnings] + [""]
        models = ", ".join(f"{role}: `{m}`" for role, m in result.models.items())
        lines.append(f"_{result.strategy}; {result.source_language} → {result.target_language}; {models}_")
        return "\n".join(lines)
    lines = [result.summary]
    if flags:
        lines.append("")
        lines += [f"! unverified figure: {f['text']} ({f['output']}): {f['reason']}" for f in flags]
    if result.translation:
        lines += ["", "--- translation ---", result.translation]
    return "\n".join(lines)


def cmd_summarize(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """``summarizer summarize``: one article in, its summary out."""
    text = read_input(args.input, args.max_chars, stdin)
    summarizer = build_summarizer(args)
    result = summarizer.summarize(text)
    for warning in result.warnings:
        logging.getLogger("summarizer").warning("%s", warning)
    stdout.write(format_result(result, args.format) + "\n")
    return EXIT_OK
