"""The command line's entry point and its one error boundary.

``main`` parses the arguments (each subcommand lives in its own module of this package and
registers itself; installed extensions such as the web demo register theirs through the
``summarizer.commands`` entry point group), configures logging, runs the subcommand and maps
what it raises to one line on stderr and an exit status:

- the user-facing error family (:mod:`summarizer.errors`): ``summarizer: usage error: <message>``,
  exit 2, for a :class:`~summarizer.errors.UsageError` (bad options, an unknown preset), else
  ``summarizer: error: <message>``, exit 1;
- ``OSError`` (a file that cannot be read or written): one line naming the path, exit 1;
- Ctrl-C: exit 130;
- anything else is a bug: one line saying so and how to report it, exit 1; with ``--debug``
  (or ``SUMMARIZER_DEBUG=1``) the full traceback instead.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
import warnings
from collections.abc import Callable
from typing import Any, TextIO

from summarizer.cli import batch, cache, check, convert, evaluate, models, serve, summarize, translate, verify
from summarizer.cli.exits import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from summarizer.errors import SummarizerError, UsageError, one_line

ENTRY_POINT_GROUP = "summarizer.commands"
DEBUG_FLAG = "--debug"
DEBUG_ENV = "SUMMARIZER_DEBUG"
REPORT_HINT = f"this is a bug in summarizer: please report it with the command you ran and its output with {DEBUG_FLAG}"

Handler = Callable[[argparse.Namespace, TextIO, TextIO], int]


def _quiet_libraries() -> None:
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    warnings.filterwarnings("ignore", category=UserWarning, module=r"transformers\..*")
    warnings.filterwarnings("ignore", category=FutureWarning)
    if "transformers" in sys.modules:  # imported before the CLI ran (tests, embedding programs): env is read too late
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()


def _extension_commands() -> list[Callable[[Any, Any], None]]:
    """``register(subparsers, models_subparsers)`` hooks of installed extensions (entry points)."""
    from importlib.metadata import entry_points

    hooks, seen = [], set()
    for entry in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        if entry.name in seen:  # the same command from a second copy of the package (one wins)
            continue
        try:
            hooks.append(_load_hook(entry))
            seen.add(entry.name)
        except Exception as exc:  # a broken extension must not break the core commands
            logging.getLogger("summarizer").debug("command %s not available: %s", entry.name, one_line(exc))
    return hooks


def _load_hook(entry: Any) -> Callable[[Any, Any], None]:
    """Load an entry point. The wheel installs the demo as ``summarizer.app``; an editable install
    of a checkout has it as the top-level ``app`` beside ``summarizer/``, which is used only when it
    is that checkout's own folder (never an unrelated ``app`` package of the environment)."""
    import importlib
    import importlib.util
    from pathlib import Path

    try:
        return entry.load()
    except ModuleNotFoundError as exc:
        prefix = "summarizer.app"
        if not (entry.module.startswith(prefix) and exc.name and exc.name.startswith(prefix)):
            raise
        spec = importlib.util.find_spec("app")
        checkout = Path(__file__).resolve().parents[2]
        if spec is None or not spec.origin or Path(spec.origin).resolve().parent != checkout / "app":
            raise
        module = importlib.import_module("app" + entry.module[len(prefix) :])
        return getattr(module, entry.attr)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (each subcommand sets ``handler``)."""
    from summarizer import __version__

    parser = argparse.ArgumentParser(
        prog="summarizer",
        description="Summarize French (and other) news articles into short English summaries, locally.",
        epilog="exit status: 0 success, 1 error, 2 usage error, 3 some batch items failed, "
        "4 verify flagged something, 130 interrupted",
    )
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging on stderr")
    parser.add_argument(
        DEBUG_FLAG,
        action="store_true",
        help=f"show the traceback of unexpected errors (anywhere on the line; or {DEBUG_ENV}=1)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    summarize.register(sub)
    translate.register(sub)
    models_sub = models.register(sub)
    batch.register(sub)
    evaluate.register(sub)
    cache.register(sub)
    serve.register(sub)
    verify.register(sub)
    for register in _extension_commands():
        register(sub, models_sub)
    convert.register(sub, models_sub)
    check.register(sub, models_sub)
    parser.set_defaults(commands=tuple(sub.choices))
    return parser


def _debug_requested(argv: list[str]) -> tuple[bool, list[str]]:
    """Whether ``--debug`` is on the line (before ``--``) or in the environment; argv without it."""
    stop = argv.index("--") if "--" in argv else len(argv)
    found = DEBUG_FLAG in argv[:stop]
    rest = [a for i, a in enumerate(argv) if not (i < stop and a == DEBUG_FLAG)]
    env = os.environ.get(DEBUG_ENV, "").strip().lower() not in ("", "0", "false", "no")
    return found or env, rest


def _configure_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="summarizer: %(levelname)s: %(message)s", stream=sys.stderr, force=True)
    logging.getLogger("summarizer").setLevel(level)


def _os_error(exc: OSError) -> str:
    path = exc.filename if exc.filename is not None else None
    reason = exc.strerror or one_line(exc)
    return f"{path}: {reason}" if path is not None else reason


def _silence_stdout() -> None:
    """Point the standard output at /dev/null: the reader of a pipe left (``| head``), which is normal
    use, and Python's own flush at exit must not fail on it a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (an in-memory stream): nothing to flush at exit
        pass


def main(argv: list[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    _quiet_libraries()
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    debug, argv = _debug_requested(list(sys.argv[1:] if argv is None else argv))
    try:
        parser = build_parser()
        if argv[:1] == ["demo"] and "demo" not in parser.get_default("commands"):
            print(
                "summarizer: usage error: the web demo is not installed: pip install 'fr-news-summarizer[demo]'",
                file=sys.stderr,
            )
            return EXIT_USAGE
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    _configure_logging(args.verbose)
    try:
        code = args.handler(args, stdin, stdout)
        stdout.flush()  # a reader that went away (`| head -1`) shows here, inside the boundary
        return code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        print("summarizer: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except UsageError as exc:
        print(f"summarizer: usage error: {one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except SummarizerError as exc:
        print(f"summarizer: error: {one_line(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        if debug:
            traceback.print_exc(file=sys.stderr)
        print(f"summarizer: error: {_os_error(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except MemoryError:  # never "a bug": the machine ran out of memory on this input or model
        if debug:
            traceback.print_exc(file=sys.stderr)
        print(
            "summarizer: error: out of memory; use a smaller input, or lower --max-batch-tokens or --num-beams",
            file=sys.stderr,
        )
        return EXIT_ERROR
    except Exception as exc:
        if debug:
            traceback.print_exc(file=sys.stderr)
            return EXIT_ERROR
        print(
            f"summarizer: internal error: {type(exc).__name__}: {one_line(exc, 200)} ({REPORT_HINT})", file=sys.stderr
        )
        return EXIT_ERROR


__all__ = ["EXIT_OK", "Handler", "build_parser", "main"]
