"""Bytes of a web page to text: the charset from the HTTP header, then the page's own
``<meta charset>``, then a detector (charset-normalizer), as browsers do."""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# Browsers read these labels as Windows-1252 (WHATWG Encoding Standard).
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 kB (``<meta charset>`` or an XML declaration)."""
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def decode_page(data: bytes, header_charset: str | None = None) -> tuple[str, str]:
    """Decode a page; returns (text, the codec used).

    Order: a byte-order mark, the HTTP ``charset``, the page's declaration, strict UTF-8, then
    charset-normalizer's best guess; a declared charset that does not decode is skipped.
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, "replace"), codec
    tried: list[str] = []
    for label in (header_charset, meta_charset(data), "utf-8"):
        codec = _codec(label)
        if codec is None or codec in tried:
            continue
        tried.append(codec)
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    codec = _codec(best.encoding) if best is not None else None
    codec = codec or "cp1252"
    return data.decode(codec, "replace"), codec
