"""When a coarser figure is a tolerated rounding of the source's, and when it changes the figure.

A rounding is tolerated when it is hedged: an approximation word on either side ("about 2,000" for
*2 100*, "2,000" for *environ 2 100*), or a bound in the output that stays true ("more than 2,000" for
*2 100*, "under 2,000" for *1 950*). A bound the source itself carries on a small figure is a threshold, not a
hedge: "over 60" for *plus de 65* or "at least 10cm" for *au moins 11 cm* changes the figure; on a count of a
thousand or more a weaker bound of the same direction stays true ("more than a million" for *plus de 1,1
million*). A bare rounding (no hedge) must keep at least two significant digits and round to the nearest
("2.5 billion" for *2,47 milliards*); a round number at a single significant digit ("$2,000" for *2 100 dollars*) or a tie ("5%" for *5,5 %*, two
and a half hours for *2 h 15*) changes the figure, unless the gap is within 1.5%.
"""

from __future__ import annotations

import math
import re

from summarizer.guard.figures import Fact

# From this size a figure is a count that a weaker bound may round ("more than a million" for "plus de 1,1
# million"); below it the source's bound is a threshold ("au moins 23 cm", "plus de 65 ans", "jusqu'à 880 passagers").
LARGE = 1000.0

# Bounds (also hedges in lexicon.HEDGE), read at the end of the text before a figure.
_TAIL = r")\s*(?:a\s+|an\s+|de\s+|d')?$"
LOWER = re.compile(
    r"\b(?:over|more\s+than|at\s+least|upwards\s+of|in\s+excess\s+of|plus\s+de|plus\s+d['’]|au\s+moins" + _TAIL, re.I
)
UPPER = re.compile(
    r"\b(?:less\s+than|fewer\s+than|under|up\s+to|at\s+most|moins\s+de|jusqu'à|jusqu’à|au\s+plus" + _TAIL, re.I
)


# A negation turns a bound round: "pas moins de 300", "no more than 50", "ne doit pas contenir plus de", "may not
# contain more than".
_NOT = re.compile(r"(?:\bno\s+|(?:\bpas|\bnot|n't)\s+(?:[^\W\d_]+\s+){0,2})$", re.I)


def bound(text: str, start: int) -> str | None:
    """The bound written before the figure at ``start`` of ``text``: "lower" ("over", "pas moins de"), "upper" ("up
    to", "no more than") or None."""
    window = text[max(0, start - 30) : start]
    for pattern, name, negated in ((LOWER, "lower", "upper"), (UPPER, "upper", "lower")):
        if m := pattern.search(window):
            return negated if _NOT.search(text[max(0, start - 60) : start - len(window) + m.start()]) else name
    return None


def reversed_bounds(source: str, output: str, src: list[Fact], out: list[Fact]) -> list[tuple[Fact, Fact]]:
    """(output fact, source fact) for each figure the output bounds one way ("fewer than 300") where every figure of
    the source with its value is bounded the other way ("pas moins de 300", "plus de 300")."""
    found = []
    for f in out:
        if not f.checked or f.date is not None or (mine := bound(output, f.start)) is None:
            continue
        same = [s for s in src if s.date is None and s.kind == f.kind and math.isclose(s.number, f.number)]
        if same and all(bound(source, s.start) not in (None, mine) for s in same):
            found.append((f, same[0]))
    return found


def hedge(out_bound: str | None, out_approx: bool, src_bound: str | None, src_approx: bool, o: float, s: float) -> bool:
    """Whether an output figure ``o`` for the source's ``s`` is hedged, so may round loosely.

    ``*_approx`` says the figure carries a hedge or a bound; ``*_bound`` which bound, if any."""
    if (out_approx and out_bound is None) or (src_approx and src_bound is None):
        return True  # "about", "environ", "nearly": an approximation on either side
    if out_bound is None or src_bound not in (None, out_bound):
        return False  # no bound in the output, or the other bound than the source's
    if src_bound is not None and abs(s) < LARGE:
        return False  # the source's own bound on a small figure: a threshold to keep ("at least 23 cm", "over 65")
    # "more than 2,000" for 2 100 is true, for 1 950 false; "more than a million" for "plus de 1,1 million" is true
    return o <= s if out_bound == "lower" else o >= s


def bare_rounding(o: float, o_step: float, s: float) -> bool:
    """Whether an unhedged ``o`` (written at precision ``o_step``) is a fair rounding of ``s``: to the nearest, no
    tie, and a round number ("2,000", precision above one) at two significant digits or more (or within 1.5%)."""
    diff = abs(o - s)
    if diff <= abs(s) * 0.015:
        return True
    if diff >= o_step / 2 * (1 - 1e-9):
        return False  # a tie ("5%" for 5.5 %) or further
    if o_step <= 1:
        return True  # "2.5 billion" for 2,47 milliards, "2%" for 2,2 %
    digits = math.floor(math.log10(abs(o))) - round(math.log10(o_step)) + 1 if o else 0
    return digits >= 2
