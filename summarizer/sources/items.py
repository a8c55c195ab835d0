"""The batch reading side: command-line inputs to sources, sources to items with unique ids.

Inputs are folders of article files (text, Markdown, HTML, PDF, Word), single files,
JSONL/CSV/TSV/Parquet tables, JSONL on standard input, URLs and feeds. Each yields
:class:`~summarizer.sources.rows.Item` objects with a unique id and either validated text (and,
for URLs, feeds and documents, the :class:`~summarizer.sources.article.Article` with its
metadata) or a one-line error, so one bad file, row or page never stops a run. Remote articles
are fetched on a thread pool, in input order (:func:`summarizer.sources.prefetch.ordered_map`).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from summarizer.config import DEFAULT_MAX_CHARS
from summarizer.errors import BatchUsageError, InputError, SourceError, SummarizerError, one_line
from summarizer.sources.article import Article
from summarizer.sources.files import ErrorSource, FileSource, folder_files
from summarizer.sources.kinds import ARTICLE_SUFFIXES, TABLE_SUFFIXES
from summarizer.sources.parquet import ParquetSource
from summarizer.sources.prefetch import ordered_map
from summarizer.sources.rows import Item, Row, Source
from summarizer.sources.tables import Columns, CsvSource, JsonlSource
from summarizer.sources.text import check_text, read_text

log = logging.getLogger("summarizer")

FetcherGetter = Callable[[], Any]
STDIN = "-"
STDIN_LABEL = "stdin"


def open_sources(
    inputs: Sequence[str],
    *,
    text_column: str | None = None,
    id_column: str | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    stdin: Any = None,
    url_lists: Sequence[str] = (),
    feeds: Sequence[str] = (),
    fetcher: FetcherGetter | None = None,
    follow_symlinks: bool = False,
) -> list[Source]:
    """Turn command-line inputs into sources (folders expand to their article files; links out
    of a folder, FIFOs and devices in it become error records unless ``follow_symlinks``).

    Args:
        inputs: folders, files, tables, "-" (JSONL on stdin) and http(s) URLs.
        text_column, id_column: table columns (see :class:`~summarizer.sources.tables.Columns`).
        max_chars: size limit on each article.
        stdin: stream read for "-".
        url_lists: files with one URL per line (``--urls``).
        feeds: RSS/Atom/OPML URLs or files (``--feed``); each feed is read here, once.
        fetcher: returns the :class:`~summarizer.sources.fetch.Fetcher` URLs and feeds share
            (called only when one is needed).
        follow_symlinks: read what symbolic links in input folders point to, wherever it is.

    Raises:
        BatchUsageError: no input, a path that does not exist, ``-`` given twice, or a URL
            without a fetcher.
    """
    if not inputs and not url_lists and not feeds:
        raise BatchUsageError("no input given")
    from summarizer.sources.feeds import is_url

    def need_fetcher() -> FetcherGetter:
        if fetcher is None:
            raise BatchUsageError("URLs and feeds need a fetcher")
        return fetcher

    sources: list[Source] = []
    stdin_used = False
    for name in inputs:
        if name == STDIN:
            if stdin_used:
                raise BatchUsageError("standard input (-) can be read only once")
            stdin_used = True
            stream = stdin if stdin is not None else sys.stdin
            data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
            if isinstance(data, str):
                data = data.encode("utf-8")
            sources.append(JsonlSource(STDIN_LABEL, Columns(STDIN_LABEL, text_column, id_column), data=data))
            continue
        if is_url(name):
            from summarizer.sources.remote import UrlSource

            sources.append(UrlSource([name], need_fetcher()))
            continue
        path = Path(name)
        if not path.exists():
            raise BatchUsageError(f"{name}: no such file or directory")
        if path.is_dir():
            files = folder_files(path, follow_symlinks)
            if not files:
                log.warning("%s: no %s files found", name, "/".join(ARTICLE_SUFFIXES))
            for file, problem in files:
                item_id = file.relative_to(path).as_posix()
                sources.append(
                    ErrorSource(file, problem, item_id=item_id)
                    if problem
                    else _file_source(file, text_column, id_column, max_chars, item_id=item_id)
                )
            continue
        sources.append(_file_source(path, text_column, id_column, max_chars))
    if url_lists or feeds:
        from summarizer.sources.prefetch import read_url_list
        from summarizer.sources.remote import FeedSource, UrlSource

        for url_list in url_lists:
            try:
                urls = read_url_list(url_list)
            except SourceError as exc:
                raise BatchUsageError(str(exc)) from None
            if not urls:
                log.warning("%s: no URL in the list", url_list)
            sources.append(UrlSource(urls, need_fetcher(), label=url_list))
        sources.extend(FeedSource(feed, need_fetcher()) for feed in feeds)
    return sources


def _file_source(
    path: Path, text_column: str | None, id_column: str | None, max_chars: int | None, item_id: str | None = None
) -> Source:
    """A table source for .jsonl/.csv/.tsv/.parquet files, an article source for anything else."""
    kind = TABLE_SUFFIXES.get(path.suffix.lower())
    columns = Columns(str(path), text_column, id_column)
    if kind == "jsonl":
        return JsonlSource(str(path), columns, path=path)
    if kind in ("csv", "tsv"):
        return CsvSource(path, columns, delimiter="\t" if kind == "tsv" else ",")
    if kind == "parquet":
        return ParquetSource(path, columns)
    return FileSource(path, max_chars, item_id)


class _UniqueIds:
    """Makes ids unique deterministically: the 2nd 'x' becomes 'x#2', the 3rd 'x#3'..."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.next_suffix: dict[str, int] = {}
        self.renamed: list[tuple[str, str]] = []

    def __call__(self, base: str) -> str:
        if base not in self.seen:
            self.seen.add(base)
            return base
        n = self.next_suffix.get(base, 2)
        while f"{base}#{n}" in self.seen:
            n += 1
        self.next_suffix[base] = n + 1
        unique = f"{base}#{n}"
        self.seen.add(unique)
        self.renamed.append((base, unique))
        return unique


def iter_items(
    sources: Sequence[Source],
    *,
    want_text: bool = True,
    skip: set[str] | frozenset[str] = frozenset(),
    max_chars: int | None = DEFAULT_MAX_CHARS,
    workers: int = 8,
) -> Iterator[Item]:
    """Yield the batch's items in input order, with unique ids.

    Args:
        sources: from :func:`open_sources`.
        want_text: read and validate the text (False: ids and row errors only, for planning).
        skip: ids not to yield (already done); their text is never read, their URL never fetched.
        max_chars: size limit on each article.
        workers: URLs, feed entries and documents loaded at once (threads), results in input order.

    Raises:
        BatchUsageError: a table lacks the text column or the named id column.
    """
    unique = _UniqueIds()

    def planned() -> Iterator[tuple[str, Row]]:
        for source in sources:
            for row in source.rows(want_text):
                uid = unique(row.base_id)
                if uid not in skip:
                    yield uid, row

    def load(pair: tuple[str, Row]) -> Article | None:
        row = pair[1]
        return row.article_loader() if row.article_loader is not None and row.error is None else None

    for (uid, row), loaded in ordered_map(planned(), load if want_text else None, workers=workers):
        if row.error or not want_text:
            yield Item(uid, row.name, error=row.error)
            continue
        if row.article_loader is not None:
            yield _article_item(uid, row.name, loaded, max_chars)
            continue
        try:
            data = row.loader() if row.loader else row.value
            text = read_text(data if data is not None else "", row.name, html=row.html, max_chars=max_chars)
        except InputError as exc:
            yield Item(uid, row.name, error=str(exc))
            continue
        article = Article(text=text, kind="record", **row.metadata) if row.metadata else None
        yield Item(uid, row.name, text=text, article=article, target_language=row.target_language)
    if unique.renamed and not want_text:
        base, new = unique.renamed[0]
        log.warning(
            "%d duplicate id(s) in the input were made unique with a #N suffix (e.g. %r -> %r)",
            len(unique.renamed),
            base,
            new,
        )


def _article_item(uid: str, name: str, loaded: Article | BaseException | None, max_chars: int | None) -> Item:
    """The item of a loaded URL, feed entry or document, or of the error that stopped it."""
    if isinstance(loaded, SummarizerError):
        message = str(loaded)
        return Item(uid, name, error=message if message.startswith(name) else f"{name}: {message}")
    if isinstance(loaded, BaseException) or loaded is None:
        log.error("%s: unexpected error while reading it", name, exc_info=loaded)
        return Item(uid, name, error=f"{name}: unexpected error ({type(loaded).__name__}: {one_line(loaded)})")
    try:
        text = check_text(loaded.text, name, max_chars)
    except InputError as exc:
        return Item(uid, name, error=str(exc), article=loaded)
    return Item(uid, name, text=text, article=loaded)
