"""``summarizer translate``: a whole article translated sentence by sentence, paragraphs kept.

Only the options that apply to translation are offered (no summary length, strategy or fact
check); ``--summarization-model`` is accepted but hidden, so one set of model options can be
passed to every subcommand.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from summarizer.cli.exits import EXIT_OK
from summarizer.cli.inputs import add_input_argument, read_input
from summarizer.cli.options import add_language_options, add_model_options, build_summarizer


def register(subparsers: Any, models_subparsers: Any = None) -> None:
    """Add the ``translate`` subcommand."""
    p = subparsers.add_parser(
        "translate",
        help="translate one whole article sentence by sentence",
        description="Translate a whole article sentence by sentence, keeping its paragraphs.",
    )
    add_input_argument(p)
    add_model_options(p, summarization=False)
    add_language_options(p)
    p.set_defaults(handler=cmd_translate)


def cmd_translate(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """``summarizer translate``: a whole article translated sentence by sentence."""
    text = read_input(args.input, args.max_chars, stdin)
    summarizer = build_summarizer(args)
    stdout.write(summarizer.translate(text) + "\n")
    return EXIT_OK
