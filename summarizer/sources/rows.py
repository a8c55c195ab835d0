"""The rows and items of batch inputs, and the :class:`Source` interface every input implements.

A source (a file, a table, a folder's files, URLs, a feed) yields :class:`Row` objects: an id
and where it comes from, plus the content, a loader for it, or an error. ``iter_items``
(:mod:`summarizer.sources.items`) turns rows into :class:`Item` objects with unique ids and
validated text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.sources.article import Article


@dataclass
class Item:
    """One article of a batch.

    Attributes:
        id: unique id in the batch (file path relative to its input folder, or file name; id column
            value or row number; URL).
        name: where it comes from, for messages ("dir/a.txt", "data.csv line 4").
        text: the validated article text, or None when the item is unusable or not loaded.
        error: a one-line message when the item cannot be summarized, else None.
        article: for URLs, feed entries, PDF and Word files: the article with its metadata.
        duplicate_of: set by batch mode's near-duplicate detection: the representative's id.
        target_language: the record's own summary language (a ``target_language`` field), if any.
    """

    id: str
    name: str
    text: str | None = None
    error: str | None = None
    article: Article | None = None
    duplicate_of: str | None = None
    target_language: str | None = None


@dataclass
class Row:
    """A raw row before id de-duplication and text validation: content, a loader, or an error."""

    base_id: str
    name: str
    value: str | bytes | None = None
    error: str | None = None
    html: bool | None = None
    loader: Callable[[], bytes] | None = None
    target_language: str | None = None  # a table's ``target_language`` field or column
    # URLs, feed entries and documents: returns the Article (it may raise a SourceError).
    article_loader: Callable[[], Article] | None = None
    # Table records: the record's own metadata columns (title, date, author, site_name, url...).
    metadata: dict[str, str] | None = None


class Source:
    """Something that yields rows: a file, a table or standard input."""

    label: str = ""

    def rows(self, want_text: bool) -> Iterator[Row]:
        """Yield raw rows; ``want_text=False`` skips reading article files."""
        raise NotImplementedError
