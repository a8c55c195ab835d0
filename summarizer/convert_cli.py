"""``summarizer models convert``: turn a Hugging Face checkpoint into a CTranslate2 model.

The pipeline converts on first use anyway (``--backend auto``); this command does it ahead of
time, e.g. while building a container image, or writes the model to a folder of your choice
(pass that folder as ``--summarization-model`` / ``--translation-model`` later).
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO


def register(subparsers: Any, models_subparsers: Any) -> None:
    """Add ``convert`` to the ``summarizer models`` actions."""
    from summarizer.backends.ct2 import QUANTIZATIONS

    p = models_subparsers.add_parser(
        "convert",
        help="convert a model to CTranslate2 (faster CPU inference)",
        description="Convert a Hugging Face seq2seq checkpoint (id or local directory) into a CTranslate2 "
        "model, stored where the pipeline finds it ($SUMMARIZER_CACHE/ct2 or ~/.cache/summarizer/ct2).",
    )
    p.add_argument("model", metavar="MODEL", help="Hugging Face id or local model directory")
    p.add_argument(
        "--quantization",
        choices=QUANTIZATIONS,
        help="weights type (default: int8 for CPU, float16 for GPU)",
    )
    p.add_argument(
        "--device",
        choices=("auto", "cpu", "cuda"),
        default="auto",
        help="device the model will run on; picks the default quantization (default: auto)",
    )
    p.add_argument("--output", metavar="DIR", help="write the model here instead of the cache")
    p.add_argument("--force", action="store_true", help="convert again even if a converted copy exists")
    p.add_argument("--allow-pickle", action="store_true", help="accept checkpoints with pickle weights only")
    p.add_argument("--offline", action="store_true", help="never download the model (like HF_HUB_OFFLINE=1)")
    p.set_defaults(handler=cmd_convert)
    register_check(models_subparsers)


def register_check(models_subparsers: Any) -> None:
    """Add ``check`` to the ``summarizer models`` actions (logic in ``summarizer.modelcheck``)."""
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
    """Run ``summarizer.modelcheck.check_model`` and print its report."""
    from summarizer.modelcheck import check_model, format_report

    report = check_model(args.model, task=args.task, allow_pickle=args.allow_pickle)
    stdout.write(format_report(report, args.task) + "\n")
    return 0 if report.ok else 1


def cmd_convert(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """Convert ``args.model`` and print the folder that holds the result."""
    from summarizer.backends.ct2 import convert

    folder = convert(
        args.model,
        quantization=args.quantization,
        device=args.device,
        output=args.output,
        force=args.force,
        allow_pickle=args.allow_pickle,
        local_files_only=True if args.offline else None,
    )
    stdout.write(f"{folder}\n")
    return 0
