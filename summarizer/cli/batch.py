"""``summarizer batch``: the command-line shell around :func:`summarizer.batch.run_batch`.

Parses options, installs a SIGTERM handler (treated like Ctrl-C: results so far are saved),
chooses the progress display, prints the final report to stderr and maps the outcome to an
exit status: 0 all succeeded, 3 some items failed, 2 usage error, 1 error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any, TextIO

from summarizer.cli.exits import EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL
from summarizer.cli.fetch_options import add_fetch_options, fetch_options_from_args
from summarizer.cli.options import add_summarizer_options, config_from_args, options_from_args
from summarizer.errors import UsageError

DESCRIPTION = """\
Summarize many articles into one JSONL, CSV or Parquet file (format from OUT's extension).

INPUT is any mix of folders (recursively: .txt, .md, .html/.htm, .pdf, .docx; HTML is reduced
to the article text), single article files, JSONL/CSV/TSV/Parquet tables, http(s) URLs, and -
for JSONL on standard input; --urls FILE adds a list of URLs (one per line), --feed an RSS/Atom
feed or an OPML list of feeds (each entry's id is its guid or link).
Every record holds the input id, the fields of `summarizer summarize --format json` (with
`source`: title, date, author, site, URL), `duplicate_of` and `error` (null on success).
Re-running the same command resumes: ids with a successful record are skipped (so a feed
gives only its new entries), failed ones are retried. Results are cached by article text,
models and options. Near-duplicates (copies of one dispatch) share the first one's summary.
"""

EPILOG = """\
exit status: 0 all items succeeded, 3 some items failed (see their 'error' field),
2 usage error, 1 error (e.g. a model cannot be loaded), 130 interrupted (re-run to resume).

duplicate ids in the input are made unique deterministically: the second 'x' becomes 'x#2'.
CSV/Parquet outputs are rewritten atomically from a journal OUT.partial.jsonl during the run.
"""


def register(subparsers: Any, models_subparsers: Any = None) -> None:
    """Add the ``batch`` subcommand to the ``summarizer`` parser."""
    from summarizer.batch import DEFAULT_BATCH_SIZE, ENGINES
    from summarizer.dedup import DEFAULT_THRESHOLD

    p = subparsers.add_parser(
        "batch",
        help="summarize folders, files and tables into a JSONL/CSV/Parquet file (resumable)",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="folder, article file, .jsonl/.csv/.tsv/.parquet, URL, or -"
    )
    p.add_argument(
        "--urls", action="append", default=[], metavar="FILE", help="a file of URLs, one per line (repeatable)"
    )
    p.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="URL_OR_FILE",
        help="an RSS/Atom feed or an OPML list of feeds (repeatable); re-runs summarize only new entries",
    )
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="output file: .jsonl, .csv or .parquet")
    p.add_argument(
        "--text-column", metavar="NAME", help="table column with the article (default: text, else article or content)"
    )
    p.add_argument("--id-column", metavar="NAME", help="table column with the id (default: id, else the row number)")
    p.add_argument(
        "--batch-size",
        type=int,
        default=DEFAULT_BATCH_SIZE,
        metavar="N",
        help=f"articles per model batch (default: {DEFAULT_BATCH_SIZE})",
    )
    p.add_argument("--overwrite", action="store_true", help="start over instead of resuming into OUT")
    p.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="read symbolic links in input folders that point outside them (default: an error record each)",
    )
    p.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="result cache folder (default: $SUMMARIZER_CACHE/batch, else ~/.cache/summarizer/batch)",
    )
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the result cache")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress display and no final report")
    dedup = p.add_argument_group("near-duplicates (syndicated copies)")
    dedup.add_argument(
        "--no-dedup",
        action="store_true",
        help="summarize near-duplicates too, instead of reusing the first one's summary",
    )
    dedup.add_argument(
        "--dedup-threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        metavar="J",
        help=f"estimated Jaccard similarity of word 3-grams at or above which two articles are copies "
        f"(default: {DEFAULT_THRESHOLD}, measured by scripts/eval_dedup.py)",
    )
    ray = p.add_argument_group("execution")
    ray.add_argument("--engine", choices=ENGINES, default="local", help="where the models run (default: local)")
    ray.add_argument(
        "--ray-address",
        metavar="ADDR",
        help="Ray cluster to join ('auto', 'ray://head:10001'); default: start Ray here",
    )
    ray.add_argument("--num-workers", type=int, metavar="N", help="Ray actors (default: one per CPU, or per GPU)")
    ray.add_argument(
        "--cpus-per-worker",
        type=float,
        default=1,
        metavar="N",
        help="CPUs (and torch threads) per Ray actor (default: 1)",
    )
    ray.add_argument(
        "--gpus-per-worker", type=float, default=0, metavar="N", help="GPUs per Ray actor (default: 0, CPU only)"
    )
    add_summarizer_options(p)
    add_fetch_options(p, batch=True)
    p.set_defaults(handler=cmd_batch)


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Turn SIGTERM into KeyboardInterrupt for the duration (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def _raise(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _raise)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def cmd_batch(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """``summarizer batch``: many articles in, one table of summaries out."""
    from summarizer.batch import BatchInterrupted, make_progress, run_batch

    config, options = config_from_args(args), options_from_args(args)
    fetch_options = fetch_options_from_args(args)
    if not args.inputs and not args.urls and not args.feed:
        raise UsageError("give at least one INPUT, --urls FILE or --feed URL_OR_FILE")
    if args.engine != "ray":
        ignored = [
            name
            for name, value in (("--ray-address", args.ray_address), ("--num-workers", args.num_workers))
            if value is not None
        ]
        if ignored:
            print(f"summarizer: warning: {', '.join(ignored)} ignored without --engine ray", file=sys.stderr)
    stderr = sys.stderr
    progress = make_progress(args.quiet, stderr)
    try:
        with _sigterm_as_interrupt():
            report = run_batch(
                args.inputs,
                args.output,
                config=config,
                options=options,
                batch=batch_options_from_args(args),
                fetch_options=fetch_options,
                progress=progress,
                stdin=stdin,
            )
    except BatchInterrupted as exc:
        print(_prefixed(exc.report.format()), file=stderr)
        return EXIT_INTERRUPTED
    if not args.quiet:
        print(_prefixed(report.format()), file=stderr)
    return EXIT_PARTIAL if report.failed else EXIT_OK


def batch_options_from_args(args: argparse.Namespace) -> Any:
    """The :class:`~summarizer.batch.BatchOptions` the parsed options ask for.

    Raises:
        BatchUsageError: (a usage error) for a count below its minimum.
    """
    from summarizer.batch import BatchOptions

    return BatchOptions(
        text_column=args.text_column,
        id_column=args.id_column,
        batch_size=args.batch_size,
        overwrite=args.overwrite,
        cache_dir=args.cache_dir,
        use_cache=not args.no_cache,
        engine=args.engine,
        ray_address=args.ray_address,
        num_workers=args.num_workers,
        cpus_per_worker=args.cpus_per_worker,
        gpus_per_worker=args.gpus_per_worker,
        verbose=args.verbose > 0,
        url_lists=tuple(args.urls),
        feeds=tuple(args.feed),
        dedup=not args.no_dedup,
        dedup_threshold=args.dedup_threshold,
        follow_symlinks=args.follow_symlinks,
    )


def _prefixed(text: str) -> str:
    return "\n".join(f"summarizer: {line}" for line in text.splitlines())
