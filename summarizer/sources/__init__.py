"""Where articles come from: text, files (text, Markdown, HTML, PDF, Word), folders, table
records (JSONL, CSV, Parquet), URLs and feeds. The one input door of the API, the CLI, batch
mode and the demo.

A page, document or feed entry becomes an :class:`Article` (text + title, date, author, site
name, URL, canonical URL, paywall warning), which ``Summarizer.summarize`` accepts in place of a
string and turns into ``Result.source``; a local HTML file and the same page over HTTP go
through the same reader and give the same text and metadata::

    from summarizer import Summarizer, sources

    article = sources.load("https://example.org/news/article.html")   # or a .pdf/.docx/.html/.txt path
    result = Summarizer().summarize(article)
    result.source["title"], result.warnings

    # or in one call, with fetch limits:
    Summarizer().summarize_source("press-release.pdf")

Modules: :mod:`.kinds` (the one table of suffixes and content types), :mod:`.text` (bounded
reading, decoding, checks of article text), :mod:`.pages` (the one HTML extractor, trafilatura),
:mod:`.documents` (PDF, DOCX), :mod:`.fetch` (HTTP), :mod:`.netguard` (SSRF guard),
:mod:`.decode` (page charsets), :mod:`.paywall`, :mod:`.feeds`; for batch inputs
:mod:`.folders`, :mod:`.files`, :mod:`.tables`, :mod:`.remote` and :mod:`.items`.
Third-party libraries are imported only when used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.errors import InputError, SourceError
from summarizer.sources.article import SOURCE_FIELDS, Article
from summarizer.sources.kinds import DOCUMENT_SUFFIXES, HTML_SUFFIXES, article_kind

if TYPE_CHECKING:
    from summarizer.sources.fetch import Fetcher, FetchOptions, Progress

__all__ = [
    "DOCUMENT_SUFFIXES",
    "HTML_SUFFIXES",
    "SOURCE_FIELDS",
    "Article",
    "SourceError",
    "fetch_article",
    "is_url",
    "load",
    "read_bytes",
]

DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024


def is_url(location: str | Path) -> bool:
    """True when ``location`` is a URL (``scheme://...``) rather than a file path."""
    from summarizer.sources.feeds import is_url as _is_url

    return isinstance(location, str) and _is_url(location)


def fetch_article(url: str, fetcher: Fetcher, *, progress: Progress | None = None) -> Article:
    """Fetch a URL (web page, PDF or Word file) and return its article with metadata.

    Raises:
        SourceError: fetch refused or failed, or no article text in it.
    """
    from summarizer.redact import redact_url

    response = fetcher.get(url, progress=progress)
    final_url = redact_url(response.final_url)  # the result and its records never carry credentials
    article = read_bytes(response.content, final_url, kind=response.kind, charset=response.charset)
    article.kind = "url"
    article.url = final_url
    article.canonical_url = redact_url(article.canonical_url or response.final_url)
    if progress:
        progress("article extracted")
    return article


def read_bytes(data: bytes, name: str, *, kind: str | None = None, charset: str | None = None) -> Article:
    """An :class:`Article` from the bytes of a page or file (uploads, downloads).

    Args:
        data: the content.
        name: file name or URL (its suffix picks the reader when ``kind`` is None).
        kind: "html", "text", "pdf" or "docx" (default: from the suffix, else sniffed).
        charset: declared charset of an HTML or text body.

    Raises:
        SourceError: unreadable document, no text layer, no article text.
        InputError: binary or undecodable text.
    """
    from summarizer.sources.decode import decode_page

    if kind is None:
        kind = "pdf" if data.lstrip()[:4] == b"%PDF" else article_kind(name) or "text"
    if kind == "pdf":
        from summarizer.sources.documents import read_pdf

        return read_pdf(data, name, url=name if is_url(name) else None)
    if kind == "docx":
        from summarizer.sources.documents import read_docx

        return read_docx(data, name, url=name if is_url(name) else None)
    if kind == "html":
        from summarizer.sources.pages import extract_page

        html, _ = decode_page(data, charset)
        return extract_page(html, name if is_url(name) else None, name=name, kind="html")
    from summarizer.sources.text import decode_bytes, looks_like_html

    text = decode_page(data, charset)[0] if charset else decode_bytes(data, name)
    if looks_like_html(text):
        from summarizer.sources.pages import extract_page

        return extract_page(text, name if is_url(name) else None, name=name, kind="html")
    return Article(text=text, kind="text", url=name if is_url(name) else None)


def load(
    location: str | Path,
    *,
    fetcher: Fetcher | None = None,
    options: FetchOptions | None = None,
    progress: Progress | None = None,
    max_bytes: int = DEFAULT_MAX_FILE_BYTES,
) -> Article:
    """Read an article from a URL or a file (.pdf, .docx, .html, .txt, .md).

    Args:
        location: an http(s) URL or a file path.
        fetcher: a :class:`~summarizer.sources.fetch.Fetcher` to reuse (connections, robots.txt, politeness).
        options: fetch limits for a new fetcher (default :class:`FetchOptions`: SSRF guard on,
            robots.txt obeyed, 60 s, 10 MB).
        progress: called with short status lines while fetching.
        max_bytes: largest file read from disk.

    Raises:
        SourceError: the URL is refused or cannot be fetched, the file is unreadable, or it
            holds no article text (a scanned PDF, an empty page).
    """
    if is_url(str(location)):
        from summarizer.sources.fetch import Fetcher

        if fetcher is not None:
            return fetch_article(str(location), fetcher, progress=progress)
        with Fetcher(options) as own:
            return fetch_article(str(location), own, progress=progress)
    path = Path(location)
    if not path.exists():
        raise SourceError(f"{path}: no such file")
    if path.is_dir():
        raise SourceError(f"{path} is a directory; use `summarizer batch` for folders")
    from summarizer.sources.text import read_bytes as read_file_bytes

    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(f"{path} is too large: {size:,} bytes (limit {max_bytes:,})")
        data = read_file_bytes(path, max_bytes // 4, str(path))  # bounded; devices and sockets refused
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except InputError as exc:
        raise SourceError(str(exc)) from None
    return read_bytes(data, str(path))
