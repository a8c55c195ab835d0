"""Signs of temperatures and other plain figures: "minus 15" is no rendering of "15 degrés".

A figure the output writes as negative ("minus 15", "-15C", "15 degrees below zero") needs a figure
of the source of that value written negative too ("-15", "moins 15", "15 degrés sous zéro"). Only
temperatures and plain numbers are read so: a fall written "-5%" for "une baisse de 5 %" is a sign
a translator may add."""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.guard.figures import Fact

# A sign glued to its digits ("-15", not the dash of "answers - 10 to 15" nor the score "26 - 00"), or a word:
# "minus 5", "moins 5" (not "au moins 5": at least).
_SIGN_BEFORE = re.compile(
    r"(?:(?:^|[\s(:;])[-−](?<!\d\s-)|\bminus\s+|(?<!\bau\s)(?<!\bdu\s)(?<!\ble\s)(?<!\bpas\s)(?<!\ben\s)\bmoins\s+)$",
    re.I,
)
_BELOW_AFTER = re.compile(
    r"(?:\s+(?:degr[ée]e?s?|°\s?[CF]?))?\s+(?:below\s+(?:zero|freezing)|sous\s+z[ée]ro|en\s+dessous\s+de\s+z[ée]ro)\b",
    re.I,
)
_UNITS = (None, "C", "F")


def negative(fact: Fact, text: str) -> bool:
    """Whether ``fact`` of ``text`` is written as a negative figure."""
    return bool(_SIGN_BEFORE.search(text[max(0, fact.start - 20) : fact.start]) or _BELOW_AFTER.match(text, fact.end))


def changed_signs(source: str, output: str, src: Iterable[Fact], out: Iterable[Fact]) -> list[tuple[Fact, Fact]]:
    """(output fact, a source fact of its value) for each negative temperature or plain number of the
    output whose value the source gives, but never as a negative figure, and each temperature written
    without a sign whose value the source gives only as a negative figure."""
    src = [f for f in src if f.kind == "number" and f.unit in _UNITS]
    found = []
    for f in out:
        if f.kind != "number" or f.unit not in _UNITS or not f.checked:
            continue
        same = [s for s in src if abs(s.number - f.number) < 1e-9]
        signs = {negative(s, source) for s in same}
        if negative(f, output) and signs == {False}:
            found.append((f, same[0]))
        elif f.unit in ("C", "F") and signs == {True} and not _positive_ok(f, output):
            found.append((f, same[0]))  # "12C" for "-12 °C"
    return found


def _positive_ok(fact: Fact, text: str) -> bool:
    """Whether a temperature the output writes without a sign is negative after all: a sign or "below
    zero" further on ("between 5 and 12 degrees below zero")."""
    return negative(fact, text) or bool(_BELOW_AFTER.search(text, fact.end, fact.end + 40))
