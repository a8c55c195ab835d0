"""``summarizer models check DIR_OR_ID``: is this model folder usable? (logic in :mod:`summarizer.modelcheck`)."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from summarizer.cli.exits import EXIT_ERROR, EXIT_OK


def register(subparsers: Any, models_subparsers: Any) -> None:
    """Add ``check`` to the ``summarizer models`` actions."""
    from summarizer.modelcheck import TASKS

    p = models_subparsers.add_parser(
        "check",
        help="check a model folder (or cached Hub id) before running it",
        description="Check everything a run needs from a model folder, or a Hub id in the local cache (nothing is "
        "downloaded): config and architecture, tokenizer, weights, generation defaults, input window; then one short "
        "generation. Prints a short report and exits 0, or one line per problem and exits 1.",
    )
    p.add_argument("model", metavar="DIR_OR_ID", help="local model folder or Hugging Face id (local cache only)")
    p.add_argument("--task", choices=TASKS, help="check that the model fits this task")
    p.add_argument("--allow-pickle", action="store_true", help="accept checkpoints with pickle weights only")
    p.set_defaults(handler=cmd_check)


def cmd_check(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """Run :func:`summarizer.modelcheck.check_model` and print its report."""
    from summarizer.modelcheck import check_model, format_report

    report = check_model(args.model, task=args.task, allow_pickle=args.allow_pickle)
    stdout.write(format_report(report, args.task) + "\n")
    return EXIT_OK if report.ok else EXIT_ERROR
