"""Turn what a user hands us (a file, bytes, a string, HTML) into article text, or a clear error."""

from __future__ import annotations

import re
from pathlib import Path

from summarizer.config import DEFAULT_MAX_CHARS
from summarizer.errors import InputError

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_HINT = re.compile(r"<\s*(?:html|body|article|p|div|!doctype)\b", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode bytes as text (UTF-8, or Windows-1252 for old French archives).

    Raises:
        InputError: for binary data (NUL or many control bytes) or undecodable bytes.
    """
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(f"{name} is binary (it contains NUL bytes), not text")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and controls / len(head) > 0.05:
        raise InputError(f"{name} is binary ({controls} control bytes in the first {len(head)}), not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name} is not valid UTF-8 or Windows-1252 text")


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML page rather than plain text."""
    return bool(_HTML_HINT.search(text[:2000])) and text.lstrip().startswith("<")


def extract_html(html: str, name: str = "input") -> str:
    """Reduce an HTML page to its article text with trafilatura.

    Raises:
        InputError: when no article text can be found in the page.
    """
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    return text


def check_text(text: str, name: str = "input", max_chars: int | None = DEFAULT_MAX_CHARS) -> str:
    """Validate article text and return it.

    Raises:
        InputError: empty, whitespace-only, no letters, or longer than ``max_chars``.
    """
    if not isinstance(text, str):
        raise InputError(f"{name} must be text (str), not {type(text).__name__}")
    if not text:
        raise InputError(f"{name} is empty")
    if not text.strip():
        raise InputError(f"{name} is empty (only whitespace)")
    if "\x00" in text:
        raise InputError(f"{name} is binary (it contains NUL characters), not text")
    if not _LETTER.search(text):
        raise InputError(f"{name} has no letters to summarize")
    if max_chars and len(text) > max_chars:
        raise InputError(
            f"{name} is too large: {len(text):,} characters (limit {max_chars:,}; raise it with --max-chars)"
        )
    return text


def read_text(
    data: bytes | str, name: str = "input", html: bool | None = None, max_chars: int | None = DEFAULT_MAX_CHARS
) -> str:
    """Bytes or text in, validated article text out; HTML is reduced to the article.

    Args:
        data: the raw content.
        name: how to call the input in error messages (file name, record id).
        html: force (True) or forbid (False) HTML extraction; None guesses from the content.
        max_chars: size limit on the text (None: no limit).
    """
    if isinstance(data, bytes):
        if max_chars and len(data) > 4 * max_chars:
            raise InputError(
                f"{name} is too large: {len(data):,} bytes (limit {max_chars:,} characters; raise it with --max-chars)"
            )
        data = decode_bytes(data, name)
    if html or (html is None and looks_like_html(data)):
        data = extract_html(data, name)
    return check_text(data, name, max_chars)


def read_file(path: str | Path, max_chars: int | None = DEFAULT_MAX_CHARS) -> str:
    """Read an article file (.txt, .md, .html...) and return validated text.

    Raises:
        InputError: missing, unreadable, binary, empty or oversized file.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path} is a directory; use `summarizer batch` for folders")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return read_text(data, str(path), html=True if path.suffix.lower() in HTML_SUFFIXES else None, max_chars=max_chars)
