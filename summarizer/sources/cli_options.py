"""The command-line options for fetching (shared by ``summarize``, ``batch`` and ``demo``)."""

from __future__ import annotations

import argparse

from summarizer.sources.fetch import FetchOptions


def add_fetch_options(parser: argparse.ArgumentParser, *, batch: bool = False) -> None:
    """Add the options that govern URLs and feeds; ``batch`` adds the politeness options."""
    defaults = FetchOptions()
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
        default=defaults.timeout,
        metavar="S",
        help=f"most seconds per URL, retries and redirects included (default: {defaults.timeout:g})",
    )
    group.add_argument(
        "--max-download-mb",
        type=float,
        default=defaults.max_bytes / 1024 / 1024,
        metavar="MB",
        help=f"largest page or file downloaded (default: {defaults.max_bytes // 1024 // 1024})",
    )
    if batch:
        group.add_argument(
            "--host-delay",
            type=float,
            default=defaults.host_delay,
            metavar="S",
            help=f"seconds between two requests to one host (default: {defaults.host_delay:g}; robots.txt "
            "Crawl-delay wins when longer)",
        )
        group.add_argument(
            "--host-concurrency",
            type=int,
            default=defaults.host_concurrency,
            metavar="N",
            help=f"most requests at once to one host (default: {defaults.host_concurrency})",
        )
        group.add_argument(
            "--fetch-workers",
            type=int,
            default=defaults.workers,
            metavar="N",
            help=f"URLs fetched at once over all hosts (default: {defaults.workers})",
        )


def fetch_options(args: argparse.Namespace) -> FetchOptions:
    """The :class:`FetchOptions` of parsed arguments.

    Raises:
        ValueError: a non-positive timeout or size, or politeness numbers out of range.
    """
    if args.fetch_timeout <= 0:
        raise ValueError("--fetch-timeout must be positive")
    if args.max_download_mb <= 0:
        raise ValueError("--max-download-mb must be positive")
    extra = {}
    if hasattr(args, "host_delay"):
        if args.host_delay < 0 or args.host_concurrency < 1 or args.fetch_workers < 1:
            raise ValueError("--host-delay must not be negative; --host-concurrency and --fetch-workers at least 1")
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
        **extra,
    )
