"""``summarizer summarize``: one article in, its summary out (text, JSON or Markdown)."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from summarizer.cli.exits import EXIT_OK
from summarizer.cli.fetch_options import add_fetch_options, fetch_options_from_args
from summarizer.cli.formats import FORMATS, format_result
from summarizer.cli.inputs import add_input_argument, read_article
from summarizer.cli.options import add_summarizer_options, build_summarizer
from summarizer.cli.progress import StageProgress
from summarizer.sources.article import with_title

__all__ = ["FORMATS", "cmd_summarize", "format_result", "register"]


def register(subparsers: Any, models_subparsers: Any = None) -> None:
    """Add the ``summarize`` subcommand."""
    p = subparsers.add_parser("summarize", help="summarize one article (file, URL or stdin)")
    add_input_argument(p)
    p.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    p.add_argument(
        "--title",
        metavar="TEXT",
        help="the article's headline (a page's own title is read from it); it steers the extractive choice",
    )
    add_summarizer_options(p)
    add_fetch_options(p)
    p.set_defaults(handler=cmd_summarize)


def cmd_summarize(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """``summarizer summarize``: one article in, its summary out."""
    article = with_title(read_article(args.input, args.max_chars, stdin, fetch_options_from_args(args)), args.title)
    summarizer = build_summarizer(args)
    with StageProgress() as progress:  # on stderr, only when it is a terminal
        result = summarizer.summarize_many([article], on_stage=progress.stage)[0]
    if isinstance(result, Exception):
        raise result
    for note in result.notes:
        print(f"summarizer: note: {note}", file=sys.stderr)
    for warning in result.warnings:
        print(f"summarizer: warning: {warning}", file=sys.stderr)
    stdout.write(format_result(result, args.format) + "\n")
    return EXIT_OK
