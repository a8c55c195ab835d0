"""Credentials never leave in a message: ``user:password@`` is cut from every URL shown to a user.

URLs reach error messages, log lines, batch records and the web demo; one that carries
credentials (``https://user:secret@host/...``) would put them into logs and output files. Every
:class:`~summarizer.errors.SummarizerError` passes its message through :func:`redact`, and the
places that show or store a URL by itself use :func:`redact_url`.
"""

from __future__ import annotations

import re

# A scheme, then userinfo up to the last "@" before the host's end (a password may hold ":" or "@").
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^\s/?#@]*(?:@[^\s/?#@]*)*@")
HIDDEN = "***@"


def redact(text: str) -> str:
    """``text`` with the user name and password of every URL in it replaced by ``***``."""
    if "@" not in text:
        return text
    return _USERINFO.sub(lambda m: m.group(1) + HIDDEN, text)


def redact_url(url: str) -> str:
    """A URL without its user name and password (``https://***@host/path``); others unchanged."""
    return redact(url)
