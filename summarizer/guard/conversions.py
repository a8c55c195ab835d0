"""Unit conversions: a source measure in the output's unit, and a conversion the output keeps beside the
source's own figure ("3,000 hectares (7,400 acres)", "42C (108F)"), which the reader can check at a glance.

A conversion standing alone is flagged by the judge (the translator did it: the reader should know); one in
brackets right after the output's rendering of the source figure, rounded to the nearest at its own precision
(within 1.5% when hedged: "about 6.5 feet" for 2 metres), is not.
"""

from __future__ import annotations

import math
import re

from summarizer.guard import signs
from summarizer.guard.figures import Fact
from summarizer.guard.lexicon import MEASURES

_BESIDE = re.compile(r"\s*(?:\(|,\s*or\s+)(?:about\s+|some\s+)?[-−]?")
_AHEAD = re.compile(r"\s*\([-−]?")


def convert(value: float, step: float, src_unit: str | None, unit: str | None) -> tuple[float, float] | None:
    """``value`` (written at precision ``step``) in ``src_unit`` expressed in the measure ``unit``: (value, step),
    or None when the units are not two measures of one dimension."""
    if src_unit not in MEASURES or unit not in MEASURES or src_unit == unit:
        return None
    (dim_s, k_s), (dim_o, k_o) = MEASURES[src_unit], MEASURES[unit]
    if dim_s != dim_o:
        return None
    if dim_s == "T":
        return (value * 9 / 5 + 32, step * 1.8) if unit == "F" else ((value - 32) * 5 / 9, step / 1.8)
    return value * k_s / k_o, step * k_s / k_o


def _rounding(f: Fact, output: str) -> float:
    """How far a conversion may lie from the exact one: half its last digit's place, that of its last nonzero digit
    when it ends in zeros ("130ft" for 40 metres: 131.2)."""
    digits = re.sub(r"\D", "", output[f.start : f.end])
    zeros = len(digits) - len(digits.rstrip("0")) if "." not in output[f.start : f.end] and digits.strip("0") else 0
    return max(f.step, 10.0**zeros) / 2 * (1 + 1e-9)


def beside_original(f: Fact, out: list[Fact], output: str, original: Fact | None) -> bool:
    """Whether the converted figure ``f`` of ``output`` stands in brackets (or after "or") right after the
    output's own rendering of the source figure ``original``, or ahead of it in brackets ("Three inches (7.6cm)"),
    and rounds its conversion to the nearest, sign included ("-20C (-4F)")."""
    before, after = [g for g in out if g.end <= f.start], [g for g in out if g.start >= f.end]
    if original is None:
        return False
    if before and _BESIDE.fullmatch(output[before[-1].end : f.start]):
        g = before[-1]
    elif after and _AHEAD.fullmatch(output[f.end : after[0].start]):
        g = after[0]
    else:
        return False
    if g.unit != original.unit or not math.isclose(g.number, original.number, rel_tol=1e-9):
        return False
    sign = -1 if signs.negative(g, output) else 1
    conv = convert(sign * original.number, original.step, original.unit, f.unit)
    if conv is None:
        return False
    diff = abs((-1 if signs.negative(f, output) else 1) * f.number - conv[0])
    return diff <= _rounding(f, output) or (f.approx and diff <= abs(conv[0]) * 0.015)
