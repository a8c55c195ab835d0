"""The command-line options for URLs and feeds (shared by ``summarize``, ``translate``, ``batch``
and ``demo``): the SSRF guard's opt-out, robots.txt, time and size limits, politeness."""

from __future__ import annotations

import argparse
from typing import Any

from summarizer.errors import UsageError

# FetchOptions' defaults, without importing httpx for every command line.
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_MB = 10
DEFAULT_HOST_DELAY = 1.0
DEFAULT_HOST_CONCURRENCY = 2
DEFAULT_WORKERS = 8


def add_fetch_options(parser: argparse.ArgumentParser, *, batch: bool = False) -> None:
    """Add the options that govern URLs and feeds; ``batch`` adds the politeness options."""
    group = parser.add_argument_group("fetching URLs and feeds")
    group.add_argument(
        "--allow-private-urls",
        action="store_true",
        help="also fetch loopback, private, link-local and multicast addresses (refused by default)",
    )
    group.add_argument("--ignore-robots", action="store_true", help="fetch pages that robots.txt disallows")
    group.add_argument(
        "--fetch-timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=f"most seconds per URL, retries and redirects included (default: {DEFAULT_TIMEOUT:g})",
    )
    group.add_argument(
        "--max-download-mb",
        type=float,
        default=DEFAULT_MAX_MB,
        metavar="MB",
        help=f"largest page or file downloaded (default: {DEFAULT_MAX_MB})",
    )
    if batch:
        group.add_argument(
            "--host-delay",
            type=float,
            default=DEFAULT_HOST_DELAY,
            metavar="S",
            help=f"seconds between two requests to one host (default: {DEFAULT_HOST_DELAY:g}; robots.txt "
            "Crawl-delay wins when longer)",
        )
        group.add_argument(
            "--host-concurrency",
            type=int,
            default=DEFAULT_HOST_CONCURRENCY,
            metavar="N",
            help=f"most requests at once to one host (default: {DEFAULT_HOST_CONCURRENCY})",
        )
        group.add_argument(
            "--fetch-workers",
            type=int,
            default=DEFAULT_WORKERS,
            metavar="N",
            help=f"URLs fetched at once over all hosts (default: {DEFAULT_WORKERS})",
        )


def fetch_options_from_args(args: argparse.Namespace) -> Any:
    """The :class:`~summarizer.sources.fetch.FetchOptions` of parsed arguments.

    Raises:
        UsageError: a non-positive timeout or size, or politeness numbers out of range.
    """
    from summarizer.sources.fetch import FetchOptions
    from summarizer.sources.netguard import CLI_OPT_IN

    if args.fetch_timeout <= 0:
        raise UsageError("--fetch-timeout must be positive")
    if args.max_download_mb <= 0:
        raise UsageError("--max-download-mb must be positive")
    extra = {}
    if hasattr(args, "host_delay"):
        if args.host_delay < 0 or args.host_concurrency < 1 or args.fetch_workers < 1:
            raise UsageError("--host-delay must not be negative; --host-concurrency and --fetch-workers at least 1")
        extra = {
            "host_delay": args.host_delay,
            "host_concurrency": args.host_concurrency,
            "workers": args.fetch_workers,
        }
    return FetchOptions(
        timeout=args.fetch_timeout,
        read_timeout=min(FetchOptions.read_timeout, args.fetch_timeout),
        connect_timeout=min(FetchOptions.connect_timeout, args.fetch_timeout),
        max_bytes=int(args.max_download_mb * 1024 * 1024),
        respect_robots=not args.ignore_robots,
        allow_private=args.allow_private_urls,
        private_hint=CLI_OPT_IN,
        **extra,
    )
