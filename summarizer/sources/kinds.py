"""The one table of input kinds: which file suffix and which HTTP content type hold what.

Every reader asks here: the single-file loader (:func:`summarizer.sources.load`), batch folders
and files (:mod:`summarizer.sources.files`, :mod:`summarizer.sources.tables`), the fetcher
(:mod:`summarizer.sources.fetch`), the CLI and the demo's uploads.
"""

from __future__ import annotations

from pathlib import PurePath

# Article files by suffix: "text" (plain text, Markdown), "html" (a page, reduced to its article),
# "pdf" and "docx" (documents with their own readers and metadata).
ARTICLE_KINDS: dict[str, str] = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
# Tables of articles by suffix (one article per record or row).
TABLE_SUFFIXES: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
HTML_SUFFIXES: tuple[str, ...] = tuple(s for s, k in ARTICLE_KINDS.items() if k == "html")
DOCUMENT_SUFFIXES: tuple[str, ...] = tuple(s for s, k in ARTICLE_KINDS.items() if k in ("pdf", "docx"))
ARTICLE_SUFFIXES: tuple[str, ...] = tuple(ARTICLE_KINDS)
# Content types by the kind of document they hold.
CONTENT_TYPES: dict[str, frozenset[str]] = {
    "html": frozenset({"text/html", "application/xhtml+xml"}),
    "text": frozenset({"text/plain", "text/markdown"}),
    "pdf": frozenset({"application/pdf", "application/x-pdf"}),
    "docx": frozenset({"application/vnd.openxmlformats-officedocument.wordprocessingml.document"}),
    "feed": frozenset(
        {
            "application/rss+xml",
            "application/atom+xml",
            "application/rdf+xml",
            "application/xml",
            "text/xml",
            "text/x-opml",
            "application/x-opml",
            "text/x-opml+xml",
        }
    ),
}


def suffix_of(name: str | PurePath) -> str:
    """The lower-cased suffix of a file name, path or URL (query and fragment ignored)."""
    return PurePath(str(name).split("?")[0].split("#")[0]).suffix.lower()


def article_kind(name: str | PurePath) -> str | None:
    """ "text", "html", "pdf" or "docx" for an article file name, path or URL; None for other suffixes."""
    return ARTICLE_KINDS.get(suffix_of(name))


def kind_of_content_type(media_type: str) -> str | None:
    """The kind of document an HTTP media type (without parameters) holds, or None."""
    return next((kind for kind, types in CONTENT_TYPES.items() if media_type in types), None)
