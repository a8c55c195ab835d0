"""Article files as batch inputs: one file, or every file of a folder (recursively).

Text and Markdown files are read as article text; HTML, PDF and Word files become
:class:`~summarizer.sources.article.Article` objects with their metadata, through the same reader
as a single file or a URL (:func:`summarizer.sources.read_bytes`); tables inside folders are read
as tables (:mod:`summarizer.sources.tables`). The suffixes are those of :mod:`summarizer.sources.kinds`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from summarizer.errors import InputError
from summarizer.sources.article import Article
from summarizer.sources.folders import walk_folder
from summarizer.sources.kinds import ARTICLE_SUFFIXES, DOCUMENT_SUFFIXES, TABLE_SUFFIXES, article_kind
from summarizer.sources.rows import Row, Source
from summarizer.sources.text import read_bytes

log = logging.getLogger("summarizer")

# A PDF or Word file weighs far more than its text: its own size limit.
DOCUMENT_MAX_BYTES = 50 * 1024 * 1024


class FileSource(Source):
    """One article file (.txt, .md, .html, .pdf, .docx). Its id is its path relative to the input
    folder it was found in, or its file name when given on its own, so the same files get the same
    ids from any working directory (and a resumed run recognises them); messages name the path."""

    def __init__(self, path: Path, max_chars: int | None, item_id: str | None = None) -> None:
        self.path = path
        self.label = str(path)
        self.item_id = item_id or path.name
        self.max_chars = max_chars

    def _load(self) -> bytes:
        if self.path.suffix.lower() in DOCUMENT_SUFFIXES:
            try:
                size = self.path.stat().st_size
            except OSError as exc:
                raise InputError(f"{self.label}: cannot read ({exc.strerror or exc})") from None
            if size > DOCUMENT_MAX_BYTES:
                raise InputError(f"{self.label} is too large: {size:,} bytes (limit {DOCUMENT_MAX_BYTES:,})")
            # A document's own byte limit; devices and sockets still refused.
            return read_bytes(self.path, DOCUMENT_MAX_BYTES // 4, self.label)
        return read_bytes(self.path, self.max_chars, self.label)  # bounded; devices refused

    def _document(self) -> Article:
        from summarizer.sources import read_bytes as read_document

        return read_document(self._load(), self.label)

    def rows(self, want_text: bool) -> Iterator[Row]:
        if article_kind(self.path) in ("html", "pdf", "docx"):  # an Article with its metadata
            yield Row(self.item_id, self.label, article_loader=self._document)
            return
        yield Row(self.item_id, self.label, loader=self._load)


def folder_files(folder: Path, follow_symlinks: bool = False) -> list[tuple[Path, str | None]]:
    """Every non-hidden entry under ``folder`` (see :func:`~summarizer.sources.folders.walk_folder`),
    each with None or the error that gets it an error record instead of being read.

    Article files (:data:`~summarizer.sources.kinds.ARTICLE_SUFFIXES`) and tables are read as such; any other file is
    still read as an article, so that a binary or non-text file gets an error record rather
    than silently vanishing from the output.
    """
    found = walk_folder(folder, follow_symlinks)
    others = [
        str(path.relative_to(folder))
        for path, problem in found
        if problem is None and path.suffix.lower() not in ARTICLE_SUFFIXES and path.suffix.lower() not in TABLE_SUFFIXES
    ]
    if others:
        log.info(
            "%s: %d file(s) are not %s and will be read as plain text (e.g. %s)",
            folder,
            len(others),
            "/".join(ARTICLE_SUFFIXES),
            ", ".join(sorted(others)[:3]),
        )
    return found


class ErrorSource(Source):
    """An entry that cannot be read (a link out of the tree, a FIFO, a device): one error record."""

    def __init__(self, path: Path, error: str, item_id: str | None = None) -> None:
        self.path = None  # never read, never the output
        self.label = str(path)
        self.item_id = item_id or path.name
        self.error = error

    def rows(self, want_text: bool) -> Iterator[Row]:
        yield Row(self.item_id, self.label, error=self.error)
