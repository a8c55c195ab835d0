"""Turn what a user hands us (a file, bytes, a string, HTML) into article text, or a clear error.

Bounded reading (never past what ``max_chars`` allows; devices and sockets refused), decoding
with notes (byte-order marks, legacy charsets, replaced bytes), and the checks every article
passes (not empty, not binary, has letters, not too long). HTML is reduced to its article by
the one page extractor, :func:`summarizer.sources.pages.extract_page`.
"""

from __future__ import annotations

import codecs
import re
import stat
from pathlib import Path
from typing import BinaryIO

from summarizer.config import DEFAULT_MAX_CHARS
from summarizer.errors import InputError, SourceError
from summarizer.sources.kinds import HTML_SUFFIXES

__all__ = [
    "HTML_SUFFIXES",
    "DecodedText",
    "check_text",
    "decode_bytes",
    "extract_html",
    "input_warnings",
    "looks_like_html",
    "max_input_bytes",
    "read_bytes",
    "read_file",
    "read_stream",
    "read_text",
]
_HTML_HINT = re.compile(r"<\s*(?:html|body|article|p|div|!doctype)\b", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")


# Bytes read beyond what ``max_chars`` characters can take (4 bytes a character, plus a BOM and
# HTML around the article), so an oversized input is refused after reading just past its limit.
_READ_MARGIN = 64 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Preferred among equally plausible single-byte guesses: old French archives are Windows-1252.
_PREFERRED_LEGACY = "cp1252"
_LEGACY_SLACK = 0.1


class DecodedText(str):
    """Text decoded from bytes, carrying notes for the result's warnings (encoding used, bytes
    replaced). It is a ``str`` in every other way; the pipeline copies ``input_warnings``
    into the result."""

    input_warnings: tuple[str, ...] = ()

    def __new__(cls, text: str, warnings: tuple[str, ...] = ()) -> DecodedText:
        obj = super().__new__(cls, text)
        obj.input_warnings = tuple(warnings)
        return obj

    def __reduce__(self):
        return (DecodedText, (str(self), self.input_warnings))


def input_warnings(text: str) -> list[str]:
    """The decoding notes carried by ``text`` (empty for a plain ``str``)."""
    return list(getattr(text, "input_warnings", ()))


def max_input_bytes(max_chars: int | None) -> int | None:
    """Most bytes read for an article of at most ``max_chars`` characters (None: no limit)."""
    return 4 * max_chars + _READ_MARGIN if max_chars else None


def _too_large(name: str, limit: int, max_chars: int | None) -> InputError:
    return InputError(
        f"{name} is too large: more than {limit:,} bytes (limit {max_chars:,} characters; raise it with --max-chars)"
    )


def read_stream(stream: BinaryIO, name: str = "standard input", max_chars: int | None = DEFAULT_MAX_CHARS) -> bytes:
    """Read a byte stream, stopping just past what ``max_chars`` allows.

    Raises:
        InputError: the stream holds more than :func:`max_input_bytes`, or cannot be read.
    """
    limit = max_input_bytes(max_chars)
    try:
        data = stream.read() if limit is None else stream.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    except MemoryError:
        raise InputError(f"{name} is too large to read into memory; lower it or raise the memory limit") from None
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogatepass")
    if limit is not None and len(data) > limit:
        raise _too_large(name, limit, max_chars)
    return data


def read_bytes(path: str | Path, max_chars: int | None = DEFAULT_MAX_CHARS, name: str | None = None) -> bytes:
    """The bytes of an article file, read no further than ``max_chars`` allows.

    Raises:
        InputError: missing, a directory, a device or socket, unreadable, or too large.
    """
    path = Path(path)
    label = name or str(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InputError(f"{label}: no such file") from None
    except OSError as exc:
        raise InputError(f"{label}: cannot read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{label} is a directory; use `summarizer batch` for folders")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise InputError(f"{label} is a device, not a text file")
    if stat.S_ISSOCK(mode):
        raise InputError(f"{label} is a socket, not a text file")
    limit = max_input_bytes(max_chars)
    if limit is not None and stat.S_ISREG(mode) and path.stat().st_size > limit:
        raise _too_large(label, limit, max_chars)
    try:
        with path.open("rb") as handle:
            return read_stream(handle, label, max_chars)
    except OSError as exc:
        raise InputError(f"{label}: cannot read ({exc.strerror or exc})") from None


def _bad_utf8(data: bytes) -> tuple[str, int, int]:
    """UTF-8 decoding with replacement: the text, the number of bad sequences replaced and the
    number of valid multi-byte characters."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    return text, bad, multibyte


def _legacy_guess(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's reading of non-UTF-8 bytes, preferring Windows-1252 when it is
    about as plausible as the best guess (short French texts fool every detector)."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        if match.encoding == _PREFERRED_LEGACY and match.chaos <= best.chaos + _LEGACY_SLACK:
            best = match
            break
    return str(best), best.encoding


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode bytes as text and say how, in the returned text's ``input_warnings``.

    BOM-marked UTF-8/16/32 is decoded as marked; UTF-8 with a few bad bytes keeps UTF-8 with
    the bad bytes replaced (and a warning); other text is decoded with charset-normalizer's
    guess (Windows-1252 preferred when about as likely).

    Raises:
        InputError: for binary data (NUL or many control bytes) or undecodable bytes.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            notes = [] if encoding == "utf-8" else [f"{name}: decoded as {encoding.upper()} (byte order mark)"]
            bad = text.count("\ufffd")
            if bad:
                notes.append(f"{name}: {bad} invalid {encoding.upper()} sequence(s) replaced with U+FFFD")
            return _check_binary(DecodedText(text, tuple(notes)), name)
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(f"{name} is binary (it contains NUL bytes), not text")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and controls / len(head) > 0.05:
        raise InputError(f"{name} is binary ({controls} control bytes in the first {len(head)}), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text, bad, multibyte = _bad_utf8(data)
    if multibyte >= 2 * bad:
        return DecodedText(
            text, (f"{name}: UTF-8 with {bad} invalid byte sequence(s), replaced with U+FFFD; check the source",)
        )
    guess = _legacy_guess(data)
    if guess is None:
        raise InputError(f"{name} is not text in any encoding charset-normalizer recognises")
    decoded, encoding = guess
    return DecodedText(decoded, (f"{name}: not UTF-8; decoded as {encoding} (detected with charset-normalizer)",))


def _check_binary(text: DecodedText, name: str) -> DecodedText:
    head = text[:8192]
    if "\x00" in head:
        raise InputError(f"{name} is binary (it contains NUL characters), not text")
    controls = sum(1 for ch in head if ord(ch) < 32 and ch not in "\t\n\x0c\r")
    if head and controls / len(head) > 0.05:
        raise InputError(f"{name} is binary ({controls} control characters in the first {len(head)}), not text")
    return text


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML page rather than plain text."""
    return bool(_HTML_HINT.search(text[:2000])) and text.lstrip().startswith("<")


def extract_html(html: str, name: str = "input") -> str:
    """Reduce an HTML page to its article text (:func:`summarizer.sources.pages.extract_page`).

    Raises:
        InputError: when no article text can be found in the page.
    """
    from summarizer.sources.pages import extract_page

    try:
        return extract_page(html, None, name=name, kind="html").text
    except SourceError as exc:
        raise InputError(str(exc)) from None


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

    Returns:
        The text; when it was decoded from bytes, its ``input_warnings`` say how.
    """
    notes: list[str] = []
    if isinstance(data, bytes):
        limit = max_input_bytes(max_chars)
        if limit is not None and len(data) > limit:
            raise _too_large(name, limit, max_chars)
        data = decode_bytes(data, name)
        notes = input_warnings(data)
    if html or (html is None and looks_like_html(data)):
        data = extract_html(data, name)
    text = check_text(data, name, max_chars)
    return DecodedText(text, tuple(notes)) if notes else text


def read_file(path: str | Path, max_chars: int | None = DEFAULT_MAX_CHARS) -> str:
    """Read an article file (.txt, .md, .html...) and return validated text, reading no further
    than ``max_chars`` allows.

    Raises:
        InputError: missing, a directory or device, unreadable, binary, empty or oversized file.
    """
    path = Path(path)
    data = read_bytes(path, max_chars)
    return read_text(data, str(path), html=True if path.suffix.lower() in HTML_SUFFIXES else None, max_chars=max_chars)
