"""Batch inputs that come over the network: lists of URLs and feeds (RSS, Atom, OPML).

A :class:`UrlSource` yields one row per URL (its id is the URL); a :class:`FeedSource` reads its
feed once, when the batch is planned, and yields one row per entry (its id is the entry's guid
or link), so re-running the same command skips the entries already summarized and fetches only
new ones. Rows carry a loader that fetches and extracts the article; batch mode runs those
loaders on a thread pool (:func:`summarizer.sources.prefetch.ordered_map`) sharing one
:class:`~summarizer.sources.fetch.Fetcher`, which spaces and limits requests per host.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator

from summarizer.errors import SourceError
from summarizer.redact import redact_url
from summarizer.sources import fetch_article
from summarizer.sources.feeds import FeedEntry, entry_article, read_feeds
from summarizer.sources.fetch import Fetcher
from summarizer.sources.rows import Row, Source

log = logging.getLogger("summarizer")

FetcherGetter = Callable[[], Fetcher]


class UrlSource(Source):
    """URLs given on the command line or in a ``--urls`` file; each URL is its own id."""

    def __init__(self, urls: list[str], fetcher: FetcherGetter, label: str = "URLs") -> None:
        self.urls = [u.strip() for u in urls if u.strip()]
        self.fetcher = fetcher
        self.label = label

    def rows(self, want_text: bool) -> Iterator[Row]:
        for url in self.urls:
            shown = redact_url(url)  # the id and messages of the record never carry credentials
            yield Row(shown, shown, article_loader=functools.partial(_fetch_url, url, self.fetcher))


def _fetch_url(url: str, fetcher: FetcherGetter):
    return fetch_article(url, fetcher())


def _fetch_entry(entry: FeedEntry, fetcher: FetcherGetter):
    return entry_article(entry, fetcher())


class FeedSource(Source):
    """A feed (URL or file) or an OPML list of feeds; each entry is one row, its id the guid or link.

    The feed is read once (on the first ``rows()``); a feed that cannot be read becomes one error
    row whose id is the feed's location, retried by the next run.
    """

    def __init__(self, location: str, fetcher: FetcherGetter) -> None:
        self.location = location
        self.label = redact_url(location)
        self.fetcher = fetcher
        self._entries: list[FeedEntry] | None = None
        self._error: str | None = None

    def _read(self) -> None:
        if self._entries is not None or self._error is not None:
            return
        try:
            self._entries = read_feeds(self.location, self.fetcher())
            log.info("%s: %d entries", self.label, len(self._entries))
        except SourceError as exc:
            self._error = str(exc)
            self._entries = []

    def rows(self, want_text: bool) -> Iterator[Row]:
        self._read()
        if self._error is not None:
            yield Row(self.label, self.label, error=self._error)
            return
        for entry in self._entries or []:
            name = redact_url(f"{self.label}: {entry.url or entry.id}")
            loader = functools.partial(_fetch_entry, entry, self.fetcher)
            yield Row(entry.id, name, article_loader=loader)
