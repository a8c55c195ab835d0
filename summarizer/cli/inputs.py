"""Reading the one article of ``summarize`` and ``translate``: a file, a URL, or ``-`` for stdin."""

from __future__ import annotations

import sys
from typing import Any, TextIO


def read_article(source: str, max_chars: int | None, stdin: TextIO, fetch_options: Any = None) -> Any:
    """The article of ``source``: validated text for text and Markdown files and stdin; an
    :class:`~summarizer.sources.Article` (text + metadata) for URLs, HTML, PDF and Word files.

    Raises:
        InputError: missing, unreadable, binary, empty or oversized input.
        SourceError: a URL refused or not fetched, a document without text.
    """
    from summarizer.sources import is_url, load, read_bytes
    from summarizer.sources.kinds import article_kind
    from summarizer.sources.text import read_bytes as read_file_bytes
    from summarizer.sources.text import read_file, read_stream, read_text

    if source == "-":  # read no further than max_chars allows (an endless pipe is refused)
        if stdin.isatty():  # a person at a terminal, not a pipe: say what we are waiting for
            print(
                "summarizer: reading the article from standard input: paste it, then press Ctrl-D "
                "(Ctrl-Z Enter on Windows); or pass a FILE (summarizer summarize --help)",
                file=sys.stderr,
                flush=True,
            )
        data = read_stream(getattr(stdin, "buffer", stdin), "standard input", max_chars)
        return read_text(data, "standard input", max_chars=max_chars)
    kind = article_kind(source)
    if is_url(source) or kind in ("pdf", "docx"):
        return load(source, options=fetch_options)
    if kind == "html":  # the page reader of URLs: same text, and its metadata as the result's source
        return read_bytes(read_file_bytes(source, max_chars), source)
    return read_file(source, max_chars=max_chars)


def read_input(source: str, max_chars: int | None, stdin: TextIO, fetch_options: Any = None) -> str:
    """The validated article text of ``source`` (a path, a URL, or "-" for ``stdin``)."""
    article = read_article(source, max_chars, stdin, fetch_options)
    return article if isinstance(article, str) else article.text


def add_input_argument(parser) -> None:
    """The positional ``FILE|URL|-`` argument."""
    parser.add_argument(
        "input",
        nargs="?",
        default="-",
        metavar="FILE|URL|-",
        help="article file (.txt/.md/.html/.pdf/.docx), http(s) URL, or - for stdin",
    )
