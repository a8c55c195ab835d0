"""Article files as batch inputs: one file, or every file of a folder (recursively).

Text, Markdown and HTML files are read as articles (HTML reduced to its article with
trafilatura), PDF and Word files through :mod:`summarizer.sources.documents` (with their
metadata); tables inside folders are read as tables (:mod:`summarizer.sources.tables`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from summarizer.errors import InputError
from summarizer.inputs import HTML_SUFFIXES
from summarizer.sources.article import Article
from summarizer.sources.rows import Row, Source
from summarizer.sources.tables import TABLE_SUFFIXES

log = logging.getLogger("summarizer")

DOCUMENT_SUFFIXES = (".pdf", ".docx")
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", *DOCUMENT_SUFFIXES)
# A PDF or Word file weighs far more than its text: its own size limit.
DOCUMENT_MAX_BYTES = 50 * 1024 * 1024


class FileSource(Source):
    """One article file (.txt, .md, .html, .pdf, .docx); its id is its path."""

    def __init__(self, path: Path, max_chars: int | None) -> None:
        self.path = path
        self.label = str(path)
        self.max_chars = max_chars

    def _load(self) -> bytes:
        try:
            size = self.path.stat().st_size
            if self.path.suffix.lower() in DOCUMENT_SUFFIXES:
                if size > DOCUMENT_MAX_BYTES:
                    raise InputError(f"{self.label} is too large: {size:,} bytes (limit {DOCUMENT_MAX_BYTES:,})")
            elif self.max_chars and size > 4 * self.max_chars:
                raise InputError(
                    f"{self.label} is too large: {size:,} bytes (limit {self.max_chars:,} characters; "
                    "raise it with --max-chars)"
                )
            return self.path.read_bytes()
        except OSError as exc:
            raise InputError(f"{self.label}: cannot read ({exc.strerror or exc})") from None

    def _document(self) -> Article:
        from summarizer.sources import read_bytes

        return read_bytes(self._load(), self.label)

    def rows(self, want_text: bool) -> Iterator[Row]:
        if self.path.suffix.lower() in DOCUMENT_SUFFIXES:
            yield Row(self.label, self.label, article_loader=self._document)
            return
        html = True if self.path.suffix.lower() in HTML_SUFFIXES else None
        yield Row(self.label, self.label, html=html, loader=self._load)


def folder_files(folder: Path) -> list[Path]:
    """Every non-hidden file under ``folder``, recursively, sorted by relative path.

    Article files (.txt, .md, .html, .htm, .pdf, .docx) and tables are read as such; any other file is
    still read as an article, so that a binary or non-text file gets an error record rather
    than silently vanishing from the output. Hidden files and folders (".git", ".DS_Store")
    are skipped.
    """
    found: list[Path] = []
    others: list[str] = []
    for path in folder.rglob("*"):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        found.append(path)
        if path.suffix.lower() not in ARTICLE_SUFFIXES and path.suffix.lower() not in TABLE_SUFFIXES:
            others.append(str(rel))
    if others:
        log.info(
            "%s: %d file(s) are not %s and will be read as plain text (e.g. %s)",
            folder,
            len(others),
            "/".join(ARTICLE_SUFFIXES),
            ", ".join(sorted(others)[:3]),
        )
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())
