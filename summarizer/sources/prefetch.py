"""Loading many remote articles at once, in input order: a bounded thread pool with a window.

Fetching is I/O-bound, so a batch of URLs or feed entries is fetched by ``workers`` threads
while the models work; the shared :class:`~summarizer.sources.fetch.Fetcher` keeps each host's
politeness delay and concurrency limit. Results come back in input order, each a value or the
exception its loader raised, and at most ``window`` loads are in flight or waiting to be read.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from summarizer.errors import SourceError

T = TypeVar("T")
R = TypeVar("R")


def ordered_map(
    items: Iterable[T], load: Callable[[T], R] | None, *, workers: int = 8, window: int | None = None
) -> Iterator[tuple[T, R | BaseException | None]]:
    """Yield ``(item, load(item))`` in input order, loading up to ``workers`` items at once.

    Items for which ``load`` is None-returning are still yielded in order. An exception raised
    by ``load`` is yielded in place of its value (``KeyboardInterrupt`` propagates).

    Args:
        items: the inputs (consumed lazily, at most ``window`` ahead of the consumer).
        load: the loader, or None to yield ``(item, None)`` without a pool.
        workers: threads.
        window: most items loaded ahead (default: 4 x workers).
    """
    if load is None:
        for item in items:
            yield item, None
        return
    window = window or 4 * workers
    pending: deque[tuple[T, Future]] = deque()
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="summarizer-fetch")
    try:
        for item in items:
            pending.append((item, pool.submit(load, item)))
            while len(pending) >= window:
                yield _done(*pending.popleft())
        while pending:
            yield _done(*pending.popleft())
    finally:
        # On Ctrl-C or an early stop, do not wait for fetches in flight (each is bounded by its timeout).
        pool.shutdown(wait=False, cancel_futures=True)


def _done(item: T, future: Future) -> tuple[T, R | BaseException]:
    try:
        return item, future.result()
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # handed to the caller as that item's outcome
        return item, exc


def read_url_list(path: str | Path) -> list[str]:
    """The URLs of a ``--urls`` file: one per line; blank lines and ``#`` comments skipped.

    Raises:
        SourceError: the file cannot be read.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"{path}: cannot read the URL list ({exc})") from None
    urls = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            urls.append(line)
    return urls
