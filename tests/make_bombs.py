"""Decompression bombs for the input-limit tests, built on the fly: small files that unpack to a lot.

Deflate-based bombs repeat one compressed block (see :func:`_deflate_of`), so building one takes
well under a second and little memory whatever size it unpacks to.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

MB = 1024 * 1024
_CHUNK = 4 * MB


def _deflate_of(byte: bytes, size: int, wbits: int) -> tuple[bytes, int, int]:
    """``size`` copies of ``byte`` compressed (raw deflate, zlib or gzip by ``wbits``), with the
    CRC-32 and Adler-32 of the data. After a full flush deflate forgets its history, so the block of
    one chunk is the same for every chunk and is repeated rather than recomputed."""
    chunk = byte * _CHUNK
    full, rest = divmod(size, _CHUNK)
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    head = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH) if full else b""
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH) if full > 1 else b""
    tail = compressor.compress(byte * rest) + compressor.flush()
    crc, adler = 0, 1
    for _ in range(full):
        crc, adler = zlib.crc32(chunk, crc), zlib.adler32(chunk, adler)
    crc, adler = zlib.crc32(byte * rest, crc), zlib.adler32(byte * rest, adler)
    body = head + block * max(0, full - 1) + tail
    # The trailer the compressor wrote covers only the chunks it saw: write the real one.
    if wbits > 15:  # gzip: CRC-32 and size modulo 2**32
        body = body[:-8] + struct.pack("<II", crc, size & 0xFFFFFFFF)
    elif wbits > 0:  # zlib: Adler-32, big-endian
        body = body[:-4] + struct.pack(">I", adler)
    return body, crc, size


def _zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> Path:
    """A ZIP archive of already deflated members: (name, raw deflate data, CRC-32, unpacked size)."""
    out = bytearray()
    central = bytearray()
    for name, data, crc, size in members:
        offset = len(out)
        encoded = name.encode()
        fields = struct.pack("<HHHHHIII", 20, 0, 8, 0, 0x21, crc, len(data), size)
        out += b"PK\x03\x04" + fields + struct.pack("<HH", len(encoded), 0) + encoded + data
        central += b"PK\x01\x02" + struct.pack("<H", 20) + fields
        central += struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0, offset) + encoded
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(out), 0)
    path.write_bytes(bytes(out + central + end))
    return path


def _member(name: str, text: str) -> tuple[str, bytes, int, int]:
    data = text.encode()
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, compressor.compress(data) + compressor.flush(), zlib.crc32(data), len(data)


def docx_bomb(path: Path, unpacked: int = 1200 * MB, declared: int | None = None) -> Path:
    """A .docx whose word/document.xml unpacks to ``unpacked`` bytes of spaces; ``declared`` makes
    the archive lie about that size."""
    body, crc, size = _deflate_of(b" ", unpacked, -15)
    size = size if declared is None else declared
    return _zip(
        path,
        [
            _member(
                "[Content_Types].xml",
                '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                '2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override '
                'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                'wordprocessingml.document.main+xml"/></Types>',
            ),
            _member(
                "_rels/.rels",
                '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
            ),
            ("word/document.xml", body, crc, size),
        ],
    )


def pdf_bomb(path: Path, unpacked: int = 1024 * MB, streams: int = 1) -> Path:
    """A PDF of ``streams`` pages whose content streams (FlateDecode) each unpack to ``unpacked``
    bytes of spaces."""
    stream, _, _ = _deflate_of(b" ", unpacked, zlib.MAX_WBITS)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(streams))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, streams),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i in range(streams):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * i)
        )
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
    return _write_pdf(path, objects)


def empty_pdf(path: Path, pages: int) -> Path:
    """A PDF of ``pages`` blank pages (no text, no images)."""
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"] * pages
    return _write_pdf(path, objects)


def _write_pdf(path: Path, objects: list[bytes]) -> Path:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def brotli_bomb(unpacked: int = 2048 * MB) -> bytes:
    """An HTML body compressed with brotli that unpacks to ``unpacked`` bytes."""
    import brotli

    compressor = brotli.Compressor(quality=0)
    chunk = b"a" * _CHUNK
    out = bytearray(compressor.process(b"<html><body><p>"))
    for _ in range(unpacked // _CHUNK):
        out += compressor.process(chunk)
    out += compressor.finish()
    return bytes(out)


def gzip_bomb(unpacked: int = 2048 * MB) -> bytes:
    """An HTML body compressed with gzip that unpacks to ``unpacked`` bytes of spaces."""
    return _deflate_of(b" ", unpacked, zlib.MAX_WBITS | 16)[0]


def deflate_bomb(unpacked: int = 2048 * MB) -> bytes:
    """An HTTP ``deflate`` body (zlib-wrapped) that unpacks to ``unpacked`` bytes of spaces."""
    return _deflate_of(b" ", unpacked, zlib.MAX_WBITS)[0]


def gzip_text(data: bytes) -> bytes:
    """``data`` as a gzip body."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return compressor.compress(data) + compressor.flush()


def deflate_text(data: bytes) -> bytes:
    """``data`` as an HTTP ``deflate`` (zlib) body."""
    return zlib.compress(data)


def brotli_text(data: bytes) -> bytes:
    """``data`` as a brotli body."""
    import brotli

    return brotli.compress(data)
