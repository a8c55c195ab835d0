"""``summarizer demo`` and ``python -m app``: start the web demo with the CLI's model options.

The demo registers its own subcommand: ``pyproject.toml`` names :func:`register` in the
``summarizer.commands`` entry point group, which ``summarizer.cli`` reads (the core never
imports ``app``). Importing this module is cheap; Gradio is imported only when the demo starts,
and a missing Gradio gives one line saying how to install it.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import signal
import sys
from typing import Any, TextIO

from summarizer.cli import (
    EXIT_ERROR,
    EXIT_OK,
    add_fetch_options,
    add_summarizer_options,
    config_from_args,
    fetch_options_from_args,
    options_from_args,
)
from summarizer.errors import SummarizerError, UsageError

log = logging.getLogger("summarizer.app")


def add_demo_options(parser: argparse.ArgumentParser) -> None:
    """The model and fetch options of ``summarizer summarize`` plus the web server's own."""
    add_summarizer_options(parser)
    add_fetch_options(parser)
    parser.add_argument(
        "-v", "--verbose", action="count", default=argparse.SUPPRESS, help="more logging on stderr (-vv: debug)"
    )
    group = parser.add_argument_group("web server")
    group.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1; 0.0.0.0 for all)")
    group.add_argument("--port", type=int, default=7860, help="port (default: 7860)")
    group.add_argument("--share", action="store_true", help="also open a temporary public gradio.live link")
    group.add_argument("--preload", action="store_true", help="load the models at start-up, not on the first request")
    group.add_argument("--queue-size", type=int, default=16, metavar="N", help="most waiting requests (default: 16)")
    group.add_argument(
        "--max-loaded-models",
        type=int,
        default=2,
        metavar="N",
        help="most model sets (presets) kept loaded; the least recently used is released (default: 2)",
    )
    group.add_argument(
        "--cache-size", type=int, default=32, metavar="N", help="recent results kept in memory (default: 32; 0: off)"
    )


def run_demo(args: argparse.Namespace, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Build and serve the demo until interrupted; returns the exit status."""
    if not 0 < args.port < 65536:
        raise UsageError("--port must be between 1 and 65535")
    if args.queue_size < 1:
        raise UsageError("--queue-size must be at least 1")
    if args.cache_size < 0:
        raise UsageError("--cache-size must be 0 or more")
    if args.max_loaded_models < 1:
        raise UsageError("--max-loaded-models must be at least 1")
    config, options = config_from_args(args), options_from_args(args)
    fetch_options = fetch_options_from_args(args)
    if importlib.util.find_spec("gradio") is None:
        raise SummarizerError("the web demo needs Gradio: pip install 'fr-news-summarizer[demo]'")
    from .guard import remove_upload_dir
    from .ui import build_app, launch_app

    demo = build_app(
        config,
        options=options,
        max_chars=args.max_chars,
        full_translation=options.full_translation,
        preload=args.preload,
        cache_size=args.cache_size,
        queue_size=args.queue_size,
        fetch_options=fetch_options,
        max_loaded_models=args.max_loaded_models,
    )

    def stop(signum: int, frame: Any) -> None:  # SIGTERM: stop like Ctrl-C, so the upload folder is removed
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        previous = None
    try:
        # Gradio's own start-up lines would tell the reader to "set share=True in launch()";
        # print the CLI's equivalents instead.
        _, local_url, share_url = launch_app(
            demo, host=args.host, port=args.port, share=args.share, prevent_thread_lock=True, quiet=True
        )
        print(f"* Running on local URL:  {local_url}", flush=True)
        if share_url:
            print(f"* Running on public URL: {share_url} (temporary; anyone with the link can use it)", flush=True)
        else:
            print("* For a temporary public link, restart with --share.", flush=True)
        demo.block_thread()
    except OSError as exc:
        print(f"summarizer: error: cannot serve on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        demo.close()
        remove_upload_dir(demo.upload_dir)
    return EXIT_OK


def register(subparsers: Any, models_subparsers: Any = None) -> None:
    """Add the ``demo`` subcommand to the ``summarizer`` parser (the ``summarizer.commands`` entry point)."""
    parser = subparsers.add_parser(
        "demo",
        help="start the web demo (Gradio) in your browser",
        description="Serve the web demo: paste, upload or pick an article and read its summary.",
    )
    add_demo_options(parser)
    parser.set_defaults(handler=run_demo)


def main(argv: list[str] | None = None) -> int:
    """``python -m app``: exactly ``summarizer demo`` (same options, logging and exit statuses)."""
    from summarizer.cli import main as summarizer_main

    return summarizer_main(["demo", *(sys.argv[1:] if argv is None else argv)])
