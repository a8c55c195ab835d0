"""Whether a checked text renders the whole source (a translation) or part of it (a summary).

Rules that read what a text leaves out (a month named alone, a name dropped or swapped, a changed duration)
apply only to a rendering of the whole source: a summary may leave anything out."""

from __future__ import annotations


def renders_whole(source: str, rendering: int) -> bool:
    """Whether a text of ``rendering`` characters may render the whole ``source`` (a translation, not a summary that
    leaves names out): half its characters or more."""
    return 2 * rendering >= len(source)
