"""The :class:`Article`: article text plus where it came from (title, date, author, site, URL).

Every loader of :mod:`summarizer.sources` returns one; ``Summarizer.summarize`` accepts it in
place of a string and copies its metadata into ``Result.source`` and its warnings (a paywall
teaser, for instance) into ``Result.warnings``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

from summarizer.result import SourceInfo

# The metadata fields of ``Result.source`` (and the ``source_*`` columns of CSV/Parquet outputs):
# those of :class:`summarizer.result.SourceInfo`, which an Article carries with its text.
SOURCE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(SourceInfo))


@dataclass
class Article:
    """Article text with its metadata.

    Attributes:
        text: the article body (plain text, paragraphs separated by blank lines).
        kind: what it was read from: "url", "feed", "pdf", "docx", "html", "record" (a table row), "text".
        title: headline, when known.
        date: publication date (ISO 8601, ``YYYY-MM-DD`` or with time), when known.
        author: byline, when known.
        site_name: publication or feed name, when known.
        url: the address it was fetched from (after redirects), or the file path.
        canonical_url: the page's canonical URL (``<link rel=canonical>``, ``og:url`` or the feed link).
        paywall: True when the page looks paywalled or truncated to a teaser.
        warnings: notes for the reader (e.g. the paywall warning), copied into the result.
    """

    text: str
    kind: str = "text"
    title: str | None = None
    date: str | None = None
    author: str | None = None
    site_name: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    paywall: bool = False
    warnings: list[str] = field(default_factory=list)

    def source(self) -> dict[str, Any]:
        """The metadata as the ``source`` object of a result (every key of :data:`SOURCE_FIELDS`)."""
        return {name: getattr(self, name) for name in SOURCE_FIELDS}

    def __str__(self) -> str:
        return self.text


def split_articles(items: Sequence[str | Article]) -> tuple[list[str], list[Article | None]]:
    """The texts of ``items`` (strings or articles), and the article behind each (None for a string)."""
    articles = [item if isinstance(item, Article) else None for item in items]
    return [item.text if isinstance(item, Article) else item for item in items], articles


MAX_TITLE_CHARS = 1000  # a headline longer than this is no headline (the HTTP API and the demo refuse it)


def with_title(article: str | Article, title: str | None, kind: str = "text") -> str | Article:
    """``article`` with ``title`` as its headline (it replaces a page's own); unchanged without one."""
    title = (title or "").strip()
    if not title:
        return article
    if isinstance(article, Article):
        return replace(article, title=title)
    return Article(article, kind=kind, title=title)


def with_source(result: Any, article: Article | None) -> Any:
    """``result`` with the article's metadata as ``source`` and its warnings first (unchanged without one)."""
    if article is not None:
        result.source = article.source()
        result.warnings = [*article.warnings, *result.warnings]
    return result
