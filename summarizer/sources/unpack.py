"""Bounded decoding: every decoder that can expand its input reads through a budget.

A few kilobytes of compressed data can unpack to gigabytes (a "decompression bomb"). Every place
where the input door decodes something that can grow -- the members of a ZIP-based document
(DOCX), the streams of a PDF, an HTTP body sent with ``Content-Encoding`` -- counts the *decoded*
bytes as they come and stops at a limit, so a hostile file ends in one :class:`SourceError` line
("... unpacks to more than N MB; refused") instead of a process that takes all the memory.

Limits (defaults; each can be changed):

* documents (DOCX members together, PDF streams together): :data:`MAX_UNPACKED_BYTES`, 50 MB,
  or the ``SUMMARIZER_MAX_UNPACKED_MB`` environment variable;
* one ZIP member may not declare more than :data:`MAX_ZIP_RATIO` times its compressed size
  once it unpacks to more than 1 MB (ordinary Word XML compresses 5-20 times);
* HTTP bodies: the download limit applies to the decoded body (``--max-download-mb``).
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import zlib
from collections.abc import Callable, Iterator

from summarizer.errors import SourceError

MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_ZIP_RATIO = 100
_RATIO_FLOOR = 1024 * 1024  # members smaller than this may have any ratio
_CHUNK = 256 * 1024
ENV_MAX_UNPACKED = "SUMMARIZER_MAX_UNPACKED_MB"


def max_unpacked_bytes() -> int:
    """The decoded-size budget of one document: ``SUMMARIZER_MAX_UNPACKED_MB`` if set, else 50 MB.

    Raises:
        SourceError: the environment variable is not a positive number.
    """
    value = os.environ.get(ENV_MAX_UNPACKED, "").strip()
    if not value:
        return MAX_UNPACKED_BYTES
    try:
        megabytes = float(value)
    except ValueError:
        megabytes = -1.0
    if megabytes <= 0:
        raise SourceError(f"{ENV_MAX_UNPACKED} must be a positive number of megabytes, not {value!r}")
    return int(megabytes * 1024 * 1024)


def megabytes(limit: int) -> str:
    """``limit`` bytes as a short figure ("50 MB", "10.5 MB", "512 kB")."""
    if limit < 1024 * 1024:
        return f"{limit / 1024:.0f} kB"
    return f"{limit / (1024 * 1024):.3g} MB"


def too_large(name: str, limit: int, packed: bool = True) -> SourceError:
    """The one-line error of an input that unpacks (or, not ``packed``, weighs) more than ``limit`` bytes."""
    if not packed:
        return SourceError(f"{name}: too large (more than {megabytes(limit)}); refused")
    return SourceError(f"{name} unpacks to more than {megabytes(limit)}; refused (a decompression bomb?)")


class Budget:
    """A running count of decoded bytes that raises once it passes ``limit``."""

    def __init__(self, name: str, limit: int) -> None:
        self.name = name
        self.limit = limit
        self.used = 0
        self.packed = True  # what the error says: "unpacks to more than" or "too large"

    def take(self, n: int) -> None:
        """Count ``n`` more decoded bytes.

        Raises:
            SourceError: the budget is spent.
        """
        self.used += n
        if self.used > self.limit:
            raise too_large(self.name, self.limit, self.packed)

    @property
    def left(self) -> int:
        """Bytes that may still be decoded."""
        return max(0, self.limit - self.used)


# ----------------------------------------------------------------------------- ZIP members


def check_zip(data: bytes, name: str, limit: int | None = None, what: str = "ZIP file") -> None:
    """Refuse a ZIP archive (a DOCX) that would unpack past ``limit`` bytes.

    First the sizes the archive declares (total, and the ratio of each large member), then the
    members themselves, decompressed in small pieces and counted, since declared sizes can lie.
    Nothing decoded is kept.

    Raises:
        SourceError: too large, too compressed, or not a readable archive.
    """
    import io
    import zipfile

    limit = max_unpacked_bytes() if limit is None else limit
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise SourceError(f"{name} is not a readable {what} ({type(exc).__name__})") from None
    with archive:
        members = archive.infolist()
        if sum(member.file_size for member in members) > limit:
            raise too_large(name, limit)
        for member in members:
            if member.file_size > _RATIO_FLOOR and member.file_size > MAX_ZIP_RATIO * max(member.compress_size, 1):
                ratio = member.file_size / max(member.compress_size, 1)
                raise SourceError(
                    f"{name}: {member.filename} unpacks {ratio:,.0f} times its packed size "
                    f"(more than {MAX_ZIP_RATIO}); refused (a decompression bomb?)"
                )
        budget = Budget(name, limit)
        for member in members:
            try:
                with archive.open(member) as stream:
                    while chunk := stream.read(_CHUNK):
                        budget.take(len(chunk))
            except SourceError:
                raise
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
                # zipfile stops at the declared size, so a member larger than it says fails its CRC here.
                raise SourceError(
                    f"{name}: {member.filename} cannot be unpacked (damaged, or larger than the archive "
                    f"declares: {type(exc).__name__}); refused"
                ) from None


# ----------------------------------------------------------------------------- HTTP bodies


class _Zlib:
    def __init__(self, wbits: int) -> None:
        self._d = zlib.decompressobj(wbits)

    def process(self, data: bytes, limit: int) -> bytes:
        out = self._d.decompress(self._d.unconsumed_tail + data, limit)
        return out

    def pending(self) -> bool:
        return bool(self._d.unconsumed_tail)


class _Deflate:
    """``deflate`` is zlib-wrapped by the standard but raw deflate in the wild: try zlib first."""

    def __init__(self) -> None:
        self._d: _Zlib | None = None
        self._head = b""

    def process(self, data: bytes, limit: int) -> bytes:
        if self._d is None:
            self._head += data
            if len(self._head) < 2:
                return b""
            first = self._head[0]
            self._d = _Zlib(zlib.MAX_WBITS if first & 0x0F == 8 and (first << 8 | self._head[1]) % 31 == 0 else -15)
            data, self._head = self._head, b""
        return self._d.process(data, limit)

    def pending(self) -> bool:
        return self._d is not None and self._d.pending()


class _Brotli:
    def __init__(self) -> None:
        import brotli

        self._d = brotli.Decompressor()

    def process(self, data: bytes, limit: int) -> bytes:
        return self._d.process(data, output_buffer_limit=limit)

    def pending(self) -> bool:
        return not self._d.can_accept_more_data()


class _Zstd:
    def __init__(self) -> None:
        import zstandard

        self._d = zstandard.ZstdDecompressor().decompressobj()

    def process(self, data: bytes, limit: int) -> bytes:
        # zstandard's decompressobj has no output limit: feed small pieces so one call stays small.
        out = bytearray()
        for start in range(0, len(data), 64):
            out += self._d.decompress(data[start : start + 64])
            if len(out) > limit:
                break
        return bytes(out)

    def pending(self) -> bool:
        return False


def _has_bounded_brotli() -> bool:
    try:
        import brotli
    except ImportError:
        return False
    return hasattr(brotli.Decompressor(), "can_accept_more_data")


def _has_zstd() -> bool:
    try:
        import zstandard  # noqa: F401
    except ImportError:
        return False
    return True


def accept_encoding() -> str:
    """The ``Accept-Encoding`` header naming only the encodings this module decodes within a budget."""
    names = ["gzip", "deflate"]
    if _has_bounded_brotli():
        names.append("br")
    if _has_zstd():
        names.append("zstd")
    return ", ".join(names)


def _decoder(encoding: str) -> object:
    if encoding in ("gzip", "x-gzip"):
        return _Zlib(zlib.MAX_WBITS | 16)
    if encoding == "deflate":
        return _Deflate()
    if encoding == "br" and _has_bounded_brotli():
        return _Brotli()
    if encoding == "zstd" and _has_zstd():
        return _Zstd()
    raise SourceError(f"unsupported content encoding {encoding!r}")


class _Full(Exception):
    """The body reached its limit in truncating mode."""


def decode_body(raw: Iterator[bytes], content_encoding: str, budget: Budget, *, truncate: bool = False) -> bytes:
    """Decode an HTTP body given as its raw (still encoded) chunks within ``budget``.

    ``content_encoding`` is the header's value: none, one or several codings applied in order.
    With ``truncate``, a body past the budget is cut at it instead of refused.

    Raises:
        SourceError: the decoded body passes the budget, or an encoding is unknown or broken.
    """
    codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip().lower() not in ("", "identity")]
    decoders = [_decoder(c) for c in reversed(codings)]  # the last coding applied is undone first
    budget.packed = bool(decoders)
    body = bytearray()

    def push(data: bytes, level: int) -> None:
        if level == len(decoders):
            if truncate and budget.used + len(data) > budget.limit:
                body.extend(data[: budget.left])
                raise _Full
            budget.take(len(data))
            body.extend(data)
            return
        decoder = decoders[level]
        while True:
            out = decoder.process(data, budget.left + 1)  # type: ignore[attr-defined]
            data = b""
            if out:
                push(out, level + 1)
            if not out or not decoder.pending():  # type: ignore[attr-defined]
                return

    try:
        for chunk in raw:
            push(chunk, 0)
    except _Full:
        pass
    except SourceError:
        raise
    except Exception as exc:  # zlib.error, brotli.error, zstandard.ZstdError: a broken body
        raise SourceError(
            f"{budget.name}: the {content_encoding} body cannot be decoded ({type(exc).__name__})"
        ) from None
    return bytes(body)


# ----------------------------------------------------------------------------- PDF streams

_pdf_budget: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("summarizer_pdf_budget", default=None)
_installed = False


class _BoundedZlib:
    """Stands in for the ``zlib`` module inside ``pdfminer.pdftypes``: ``decompress`` counts against
    the budget of the PDF being read (none outside :func:`pdf_budget`: then it is plain zlib)."""

    error = zlib.error

    def __getattr__(self, name: str) -> object:
        return getattr(zlib, name)

    @staticmethod
    def decompress(data: bytes, *args: object, **kwargs: object) -> bytes:
        budget = _pdf_budget.get()
        if budget is None:
            return zlib.decompress(data, *args, **kwargs)  # type: ignore[arg-type]
        d = zlib.decompressobj()
        out = bytearray()
        pending = data
        while pending:
            piece = d.decompress(pending, min(_CHUNK, budget.left + 1))
            budget.take(len(piece))
            out += piece
            pending = d.unconsumed_tail
        if not d.eof:
            raise zlib.error("incomplete or truncated stream")
        return bytes(out)


def _bounded(function: Callable[..., bytes]) -> Callable[..., bytes]:
    def call(data: bytes, *args: object, **kwargs: object) -> bytes:
        budget = _pdf_budget.get()
        out = function(data, *args, **kwargs)
        if budget is not None:
            budget.take(len(out))
        return out

    return call


def _bounded_lzw(data: bytes) -> bytes:
    from io import BytesIO

    from pdfminer.lzw import LZWDecoder

    budget = _pdf_budget.get()
    out = bytearray()
    for piece in LZWDecoder(BytesIO(data)).run():
        if budget is not None:
            budget.take(len(piece))
        out += piece
    return bytes(out)


def _install() -> None:
    """Route pdfminer's stream decoders through the budget (once per process)."""
    global _installed
    if _installed:
        return
    from pdfminer import pdftypes

    if getattr(pdftypes, "zlib", None) is zlib:
        pdftypes.zlib = _BoundedZlib()  # type: ignore[assignment]
    for name in ("decompress_corrupted", "rldecode"):
        if callable(getattr(pdftypes, name, None)):
            setattr(pdftypes, name, _bounded(getattr(pdftypes, name)))
    if callable(getattr(pdftypes, "lzwdecode", None)):
        pdftypes.lzwdecode = _bounded_lzw  # type: ignore[assignment]
    _installed = True


@contextlib.contextmanager
def pdf_budget(name: str, limit: int | None = None) -> Iterator[Budget]:
    """Within this block, the PDF streams pdfminer decodes in this thread count against one budget.

    Raises:
        SourceError: (from inside the block) the streams unpack past the limit.
    """
    _install()
    budget = Budget(name, max_unpacked_bytes() if limit is None else limit)
    token = _pdf_budget.set(budget)
    try:
        yield budget
    finally:
        _pdf_budget.reset(token)
