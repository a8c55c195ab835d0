"""Paywall and teaser detection: warn instead of confidently summarizing three lines of teaser.

A page is flagged when it says so (JSON-LD ``isAccessibleForFree: false``), when it announces
more words than could be read (JSON-LD ``wordCount``), or when a known paywall marker
("réservé aux abonnés", a ``paywall`` class...) sits beside a short extracted text.
"""

from __future__ import annotations

import json
import re
from typing import Any

# Below this many words, a page with a paywall marker is taken for a teaser.
TEASER_WORDS = 250
# The page announces at least this many times the words we could read.
WORD_COUNT_RATIO = 2.0
_MARKERS = re.compile(
    r"réservée? aux abonnés|article abonnés?|abonnez-vous pour (?:lire|continuer|accéder)|pour lire la suite"
    r"|il vous reste \d+\s*%|la suite est réservée|contenu réservé|déjà abonné|"
    r"subscribers? only|subscribe to (?:continue|read)|continue reading with|this article is for subscribers"
    r"|class=[\"'][^\"']*\b(?:paywall|premium-content|subscriber-only|article-locked|locked-content)\b",
    re.IGNORECASE,
)
_JSON_LD = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)
_WORD = re.compile(r"\w+")


def _json_ld_objects(html: str) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for block in _JSON_LD.findall(html):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity", "hasPart"))
    return objects


def paywall_warning(html: str, text: str) -> str | None:
    """A warning for the reader when the page looks paywalled or cut to a teaser, else None."""
    words = len(_WORD.findall(text))
    shown = f"only {words} words could be read"
    for obj in _json_ld_objects(html):
        free = obj.get("isAccessibleForFree")
        if free is False or (isinstance(free, str) and free.strip().lower() == "false"):
            return f"paywall: the page declares its article not free to read and {shown}; the summary covers the visible part only"
        count = obj.get("wordCount")
        try:
            count = int(count) if count is not None else None
        except (TypeError, ValueError):
            count = None
        if count and count >= WORD_COUNT_RATIO * max(words, 1):
            return f"teaser: the page announces {count} words but {shown}; the summary covers the visible part only"
    if words < TEASER_WORDS:
        match = _MARKERS.search(html)
        if match:
            marker = re.sub(r"\s+", " ", match.group(0))[:40]
            return f"paywall or teaser: the page says '{marker}' and {shown}; the summary covers the visible part only"
    return None
