"""Shared helpers of the hand-written name batteries (tests/test_name_families7.py, test_name_families8.py):
the flags of a rendering, whether a swap is flagged, and the battery's cases with the known failures as strict
xfails labelled by family."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from summarizer import entities


def flagged(source: str, output: str) -> list[str]:
    """The texts of the name guard's flags on ``output`` as a rendering of the French ``source``."""
    return [f.text for f in entities.check(source, output, source_lang="fr", output_lang="en")]


def swap_flagged(source: str, output: str, swapped: str) -> bool:
    """Whether a flag names the swapped name (a flag may take a title or the next word along)."""
    return any(swapped in f or f in swapped for f in flagged(source, output))


def battery_cases(pairs: Sequence[tuple[str, ...]], known: dict[str, str], columns: tuple[int, ...]) -> list:
    """One case per pair (the ``columns`` of it); a pair whose source is in ``known`` is a strict xfail whose
    reason is its family, so a pair that starts passing fails the run until it is taken off the list."""
    return [
        pytest.param(*(pair[c] for c in columns), marks=pytest.mark.xfail(strict=True, reason=known[pair[0]]))
        if pair[0] in known
        else pytest.param(*(pair[c] for c in columns))
        for pair in pairs
    ]
