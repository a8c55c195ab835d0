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
