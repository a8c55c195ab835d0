"""A range written at one precision: "5% to 5.5%" gives its first figure to a tenth, as its second,
so it is no rounding of "5,25 % à 5,50 %" (while "5% to 6%" may round "5,2 % à 5,8 %")."""

from __future__ import annotations

import dataclasses
import re

from summarizer.guard.figures import Fact

JOIN = re.compile(r"\s*(?:-|–|to|à|au)\s*")
KINDS = ("percentage", "amount", "number")


def same_precision(facts: list[Fact], text: str) -> list[Fact]:
    """``facts`` (in order, from ``text``) with the two figures of each range at the finer precision of the two."""
    out = list(facts)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (
            a.kind == b.kind in KINDS
            and a.unit == b.unit
            and a.scaled == b.scaled
            and a.step != b.step
            and not (a.approx or a.vague or b.vague)
            and JOIN.fullmatch(text[a.end : b.start])
        ):
            step = min(a.step, b.step)
            out[i], out[i + 1] = dataclasses.replace(a, step=step), dataclasses.replace(b, step=step)
    return out
