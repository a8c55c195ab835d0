"""Scores: two counts written as one result ("3-1", "6:2", "27 à 13", "by 312 votes to 201").

Each count of a score may appear elsewhere in the source ("cinq sets, 6-4, 7-6"), so a changed
score ("7-5") can pass figure by figure; here an output score is compared, as a pair, with the
scores of the source."""

from __future__ import annotations

import re

from summarizer.guard import durations
from summarizer.guard.patterns import CUR_AFTER, PERCENT, UNIT_AFTER

# "3-1", "6:2", "27 à 13", "3 contre 1", "312 votes to 201", "312 voix contre 201": not "2011-2012".
SCORE = re.compile(
    r"(?<![\w.,:/-])(?P<a>\d{1,3})(?P<sep>\s?[-–:]\s?|\s+(?:(?:votes?|voix)\s+)?(?:à|to|contre)\s+)(?P<b>\d{1,3})"
    r"(?![\w:/%-]|[.,]\d)"
)
_GATE = re.compile(r"\d\s?[-–:]\s?\d|\d\s+(?:(?:votes?|voix)\s+)?(?:à|to|contre)\s+\d")
# A range or a time rather than a score: "de 3 à 4 millions", "3-4 days", "5 à 8 degrés", "10:30".
_RANGE_BEFORE = re.compile(r"(?i)\b(?:de|du|des|entre|from|between|par|per|at|à)\s+$|[$€£]\s?$")
_MAGNITUDE = re.compile(
    r"(?i)\s*(?:millions?|milliards?|billions?|thousands?|mille|bn|mn|m|k|pour\s?cent|percent|per\s+cent)\b"
)


# A score in words: "two-all", "three-nil", "one-one", "nil-nil", "deux partout" is read elsewhere.
_GOALS = {"nil": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
WORD_SCORE = re.compile(rf"(?<![\w-])(?P<a>{'|'.join(_GOALS)})-(?P<b>{'|'.join(_GOALS)}|all)(?![\w-])", re.I)


def scores(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, a, b) for every score of ``text``, in digits or in words ("two-all")."""
    out = []
    for m in WORD_SCORE.finditer(text) if "-" in text else ():
        a = _GOALS[m.group("a").lower()]
        out.append((m.start(), m.end(), a, a if m.group("b").lower() == "all" else _GOALS[m.group("b").lower()]))
    if not _GATE.search(text):
        return out
    for m in SCORE.finditer(text):
        after = text[m.end() : m.end() + 30]
        if ":" in m.group("sep") and len(m.group("b")) == 2:
            continue  # "10:30": a clock time ("2:0" stays a score)
        if _RANGE_BEFORE.search(text[max(0, m.start() - 8) : m.start()]) or _MAGNITUDE.match(after) or _unit(after):
            continue
        out.append((m.start(), m.end(), int(m.group("a")), int(m.group("b"))))
    return out


def _unit(after: str) -> bool:
    """Whether a unit follows: "3-4 days", "5 à 8 degrés", "2-3 km", "10-15 euros"."""
    rest = after.lstrip(" -")
    return bool(
        durations.UNIT.match(" " + rest.lower())
        or UNIT_AFTER.match(rest)
        or CUR_AFTER.match(rest)
        or PERCENT.match(after)
    )


def changed_scores(source: str, output: str) -> list[tuple[int, int, str]]:
    """Scores of the output that no score of the source gives, either way round, when the source has
    scores: (start, end, closest source score)."""
    src = scores(source)
    if not src:
        return []
    pairs = {(a, b) for _, _, a, b in src} | {(b, a) for _, _, a, b in src}
    found = []
    for start, end, a, b in scores(output):
        if (a, b) not in pairs:
            close = min(src, key=lambda s: abs(s[2] - a) + abs(s[3] - b))
            found.append((start, end, source[close[0] : close[1]]))
    return found
