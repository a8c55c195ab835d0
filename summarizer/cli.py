"""Command-line interface: parse arguments, call the public API, print. Nothing else.

Exit status: 0 success, 1 error (bad input, missing model, unsupported language),
2 usage error, 3 some batch items failed, 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import warnings
from collections.abc import Callable
from typing import Any, TextIO

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
FORMATS = ("text", "json", "markdown")


class UsageError(Exception):
    """A bad combination of command-line options (exit status 2)."""


def _quiet_libraries() -> None:
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    warnings.filterwarnings("ignore", category=UserWarning, module=r"transformers\..*")
    warnings.filterwarnings("ignore", category=FutureWarning)


def add_model_options(parser: argparse.ArgumentParser) -> None:
    """The options that choose and configure models, shared by every command that runs them."""
    from summarizer.backends.base import BACKENDS, DEVICES
    from summarizer.backends.ct2 import QUANTIZATIONS
    from summarizer.options import LENGTHS, STRATEGIES

    group = parser.add_argument_group("models")
    group.add_argument("--preset", help="model preset (see `summarizer models`); default: the presets file's default")
    group.add_argument("--summarization-model", metavar="ID_OR_DIR", help="Hugging Face id or local directory")
    group.add_argument("--translation-model", metavar="ID_OR_DIR", help="Hugging Face id or local directory")
    group.add_argument("--strategy", choices=STRATEGIES, help="how models are combined (default: the preset's)")
    group.add_argument("--backend", choices=BACKENDS, default="auto", help="inference backend (default: auto)")
    group.add_argument("--device", choices=DEVICES, default="auto", help="device (default: auto)")
    group.add_argument(
        "--quantization", choices=QUANTIZATIONS, help="CTranslate2 compute type (default: int8 on CPU, float16 on GPU)"
    )
    group.add_argument("--threads", type=int, metavar="N", help="CPU threads for inference")
    group.add_argument(
        "--max-batch-tokens",
        type=int,
        metavar="N",
        help="token budget of one model batch, beams included (default: sized from free GPU memory on CUDA, fixed on CPU)",
    )
    group.add_argument("--num-beams", type=int, metavar="N", help="beam size (default: each model's own)")
    group.add_argument("--source-language", metavar="CODE", help="source language (default: detected)")
    group.add_argument("--target-language", metavar="CODE", default="en", help="summary language (default: en)")
    group.add_argument("--length", choices=LENGTHS, default="medium", help="summary length (default: medium)")
    group.add_argument("--full-translation", action="store_true", help="also translate the whole article")
    group.add_argument("--allow-pickle", action="store_true", help="accept checkpoints with pickle weights only")
    group.add_argument("--offline", action="store_true", help="never download models (like HF_HUB_OFFLINE=1)")
    group.add_argument("--no-fact-check", action="store_true", help="do not check figures against the article")
    group.add_argument("--max-chars", type=int, default=200_000, metavar="N", help="largest article accepted")


def summarizer_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    """Map parsed model options to ``Summarizer(...)`` keyword arguments (one place)."""
    if args.threads is not None and args.threads < 1:
        raise UsageError("--threads must be at least 1")
    if args.num_beams is not None and args.num_beams < 1:
        raise UsageError("--num-beams must be at least 1")
    if args.max_chars < 1:
        raise UsageError("--max-chars must be at least 1")
    if getattr(args, "max_batch_tokens", None) is not None and args.max_batch_tokens < 1:
        raise UsageError("--max-batch-tokens must be at least 1")
    return {
        "preset": args.preset,
        "summarization_model": args.summarization_model,
        "translation_model": args.translation_model,
        "strategy": args.strategy,
        "device": args.device,
        "backend": args.backend,
        "threads": args.threads,
        "num_beams": args.num_beams,
        "source_language": args.source_language,
        "target_language": args.target_language,
        "length": args.length,
        "allow_pickle": args.allow_pickle,
        "local_files_only": True if args.offline else None,
        "check_facts": not args.no_fact_check,
        "max_chars": args.max_chars,
        "quantization": args.quantization,
        "max_batch_tokens": getattr(args, "max_batch_tokens", None),
    }


def build_summarizer(args: argparse.Namespace):
    """A ``Summarizer`` configured from parsed command-line options."""
    from summarizer.pipeline import Summarizer

    return Summarizer(**summarizer_kwargs(args))


# ---------------------------------------------------------------------- summarize
def format_result(result, fmt: str) -> str:
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


def _read_input(source: str, max_chars: int, stdin: TextIO) -> str:
    from summarizer.inputs import read_file, read_text

    if source == "-":
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read()
        return read_text(data, "standard input", max_chars=max_chars)
    return read_file(source, max_chars=max_chars)


def cmd_summarize(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """``summarizer summarize``: one article in, its summary out."""
    text = _read_input(args.input, args.max_chars, stdin)
    summarizer = build_summarizer(args)
    result = summarizer.summarize(text, full_translation=args.full_translation)
    for warning in result.warnings:
        logging.getLogger("summarizer").warning("%s", warning)
    stdout.write(format_result(result, args.format) + "\n")
    return EXIT_OK


def cmd_translate(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """``summarizer translate``: a whole article translated sentence by sentence."""
    text = _read_input(args.input, args.max_chars, stdin)
    summarizer = build_summarizer(args)
    stdout.write(summarizer.translate(text) + "\n")
    return EXIT_OK


# ---------------------------------------------------------------------- models
def cmd_models(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """``summarizer models``: the presets and their models, with licenses."""
    from summarizer.presets import load_catalog, model_card

    catalog = load_catalog()
    if args.format == "json":
        data = {
            "default": catalog.default,
            "presets": {n: vars(p) for n, p in catalog.presets.items()},
            "models": {m: {k: v for k, v in vars(c).items() if k != "extra"} for m, c in catalog.models.items()},
        }
        stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for name, preset in catalog.presets.items():
        mark = " (default)" if name == catalog.default else ""
        stdout.write(f"{name}{mark}: {preset.strategy}\n  {preset.description}\n")
        for role in ("summarization_model", "translation_model"):
            model = getattr(preset, role)
            if not model:
                continue
            card = model_card(model)
            facts = f"{card.parameters or '?'} params, {card.license_label}" if card else "no model card"
            stdout.write(f"  {role.split('_')[0]:<13} {model}  [{facts}]\n")
    stdout.write(
        "\nLicenses marked NON-COMMERCIAL forbid commercial use. Weights download from the Hugging Face Hub on first use.\n"
    )
    return EXIT_OK


# ---------------------------------------------------------------------- parser
Handler = Callable[[argparse.Namespace, TextIO, TextIO], int]


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (each subcommand sets ``handler``)."""
    from summarizer import __version__

    parser = argparse.ArgumentParser(
        prog="summarizer",
        description="Summarize French (and other) news articles into short English summaries, locally.",
    )
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("summarize", help="summarize one article (file or stdin)")
    p.add_argument(
        "input", nargs="?", default="-", metavar="FILE|-", help="article file (.txt/.md/.html) or - for stdin"
    )
    p.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    add_model_options(p)
    p.set_defaults(handler=cmd_summarize)

    p = sub.add_parser("translate", help="translate one whole article sentence by sentence")
    p.add_argument("input", nargs="?", default="-", metavar="FILE|-")
    add_model_options(p)
    p.set_defaults(handler=cmd_translate)

    p = sub.add_parser("models", help="list model presets and licenses")
    models_sub = p.add_subparsers(dest="models_command", metavar="ACTION")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_models)
    lp = models_sub.add_parser("list", help="list presets (the default action)")
    lp.add_argument("--format", choices=("text", "json"), default="text")
    lp.set_defaults(handler=cmd_models)
    for register in _extra_commands():
        register(sub, models_sub)
    return parser


def _extra_commands() -> list[Callable[[Any, Any], None]]:
    """Subcommands defined in their own modules (batch, evaluate, demo, convert)."""
    registrations: list[Callable[[Any, Any], None]] = []
    for module_name in ("summarizer.batch_cli", "summarizer.evaluate_cli", "app.cli", "summarizer.convert_cli"):
        try:
            module = __import__(module_name, fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        registrations.append(module.register)
    return registrations


def main(argv: list[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    from summarizer.errors import SummarizerError

    _quiet_libraries()
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    level = logging.WARNING if args.verbose == 0 else logging.INFO if args.verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="summarizer: %(levelname)s: %(message)s", stream=sys.stderr, force=True)
    logging.getLogger("summarizer").setLevel(level)
    try:
        return args.handler(args, stdin, stdout)
    except UsageError as exc:
        print(f"summarizer: usage error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (SummarizerError, ValueError) as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"summarizer: error: {message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("summarizer: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
