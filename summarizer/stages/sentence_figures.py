"""The figures of a summary sentence checked against the article sentences it comes from.

The guard (:func:`summarizer.guard.check_figures`) matches a figure by its value anywhere in the text
it is given; :func:`near_figures` gives it the evidence sentences and their neighbours, and adds what
matching by value lets pass there:

* **ordinals**: "the 2nd minute" for "(9e)" passes when a neighbour has a 2 ("2:0"); a ranked figure
  must be ranked in the evidence sentence itself (or fall in a range it gives: "du XIe au XIIIe")
  when that sentence ranks something else;
* **scores and ratios**: "5:0" is one figure, not a 5 and a 0 that may come from two other scores;
  when the evidence sentences write pairs, the pair must be one of them;
* **figures the evidence sentence leaves for a neighbour**: when the evidence sentences give a figure of a
  kind the summary sentence leaves out, the summary sentence's figures of that kind must be theirs, not a
  neighbour's ("35 employees" for "28 salariés"), and no more often than they write them ("2025 to 2025");
* **numbers of names** ("S&P 500", "IBM 5150"), which the guard leaves unchecked, are copied digit for digit.

A figure the article gives only outside the evidence is still the sentence's own when the sentence
fuses its evidence with the article sentence that gives it (:func:`fused_with`): a summary may join
what two distant sentences say.
"""

from __future__ import annotations

import collections
import itertools
import re
from collections.abc import Sequence

from summarizer.extractive import STOPWORDS
from summarizer.facts import extract
from summarizer.guard import check_figures
from summarizer.guard.flags import Flag
from summarizer.guard.names import calendar_words, fold
from summarizer.stages.crosslingual import ArticleVocabulary

# A content word of a sentence (letters first), for the fusion test.
_WORD = re.compile(r"[^\W\d_][\w’'-]{3,}")
# How many of a sentence's content words its evidence lacks and another article sentence has: it fuses both.
FUSED_WORDS = 2

# What joins the two ends of a range of ordinals ("du XIe au XIIIe").
_RANGE = re.compile(r"\s*(?:au|à|a|jusqu'au|-|–|—)\s*", re.I)
# A number after a capitalised word: part of a name ("S&P 500", "IBM 5150", "Boeing 737").
_NAMED_NUMBER = re.compile(r"(?<![\w&])([A-Z][\w&'-]*) (\d+)(?![\d.,:/%-]?\d)(?![%-])")
_DIGITS = re.compile(r"\d+")
# A score or ratio ("6:2", "(2:1)"), not a time ("10:30": minutes have two digits).
_PAIR = re.compile(r"(?<![\d:.,])(\d{1,3}):(\d)(?![\d:])")


def _ordinal_flags(core: str, sentence: str, source_language: str, summary_language: str) -> list[Flag]:
    """Ordinals of ``sentence`` written with digits that are neither an ordinal nor a day of a date of the
    evidence sentences ``core`` while these rank something else (the closest of their ordinals as ``source_text``)."""
    facts = [f for f in extract(core, source_language) if f.checked]
    ordinals = [f for f in facts if f.kind == "ordinal"]
    if not ordinals:
        return []
    numbers = {f.number for f in ordinals} | {p for f in facts if f.kind == "date" for p in f.parts}
    for a, b in itertools.pairwise(ordinals):  # "du XIe au XIIIe siècle": the 12th too
        if _RANGE.fullmatch(core[a.end : b.start]):
            numbers |= {float(n) for n in range(int(a.number), int(b.number) + 1)}
    out = []
    for f in extract(sentence, summary_language):
        if f.kind == "ordinal" and re.search(r"\d", f.text) and f.number not in numbers:
            closest = min(ordinals, key=lambda o: abs(o.number - f.number))
            reason = f"ordinal differs from the article sentence: {f.number:g} here, it says '{closest.text}'"
            out.append(Flag(f.text, "ordinal", reason, f.start, f.end, f.number, code="value_mismatch",
                            source_text=closest.text))  # fmt: skip
    return out


def _pair_flags(local: str, sentence: str) -> list[Flag]:
    """Scores and ratios of ``sentence`` that the article sentences ``local`` do not write, while they write others."""
    pairs = {(a, b) for a, b in _PAIR.findall(local)}
    if not pairs:
        return []
    out = []
    for m in _PAIR.finditer(sentence):
        if (m.group(1), m.group(2)) not in pairs:
            closest = next((f"{a}:{b}" for a, b in sorted(pairs) if b == m.group(2) or a == m.group(1)), None)
            reason = "score not in the article sentence it comes from"
            out.append(Flag(m.group(), "number", reason, m.start(), m.end(), code="value_mismatch",
                            source_text=closest))  # fmt: skip
    return out


def _values(facts: Sequence) -> set[float]:
    """The numbers of ``facts`` and their other readings ("1,000": 1.0 or 1000)."""
    return {f.number for f in facts} | {r[0] for f in facts for r in f.alts}


def _unrendered_flags(
    core: str, sentence: str, facts: Sequence, source_language: str, summary_language: str
) -> list[Flag]:
    """Figures of ``sentence`` (its ``facts``) that its evidence sentences ``core`` do not give (a neighbour may), or
    give fewer times than the sentence repeats them, while ``core`` has a figure of the same kind that the sentence
    leaves out: the sign that the figure was changed ("98 women" for "28 hommes" next to "des centaines"; "from
    2005 to 2005" for "2005 à 2007": each of the repeated ones). Only figures written with digits."""
    mine = [f for f in facts if f.checked and f.kind != "date" and re.search(r"\d", f.text)]
    if not mine:
        return []
    theirs = [f for f in extract(core, source_language) if f.checked and f.kind != "date"]
    said = _values(facts)
    left = {f.kind for f in theirs if not (_values([f]) & said)}
    if not left:
        return []
    out = []
    given = _values(theirs)
    if any(f.kind in left and not (_values([f]) & given) for f in mine):  # else the guard finds them all in ``core``
        for f in check_figures(core, sentence, source_lang=source_language, output_lang=summary_language):
            if f.kind in left and f.category == "figure" and re.search(r"\d", f.text):
                out.append(f)
    counts = collections.Counter((f.kind, f.number) for f in theirs)
    written = collections.Counter((f.kind, f.number) for f in mine)
    for f in mine:  # each of the repeated figures: which one was changed cannot be told
        if f.kind in left and 0 < counts[f.kind, f.number] < written[f.kind, f.number]:
            reason = f"{f.text} written {written[f.kind, f.number]} times: the article sentence gives it {counts[f.kind, f.number]}"
            out.append(Flag(f.text, f.kind, reason, f.start, f.end, f.number, code="value_mismatch"))
    return out


def _repeated_pairs(core: str, sentence: str) -> list[Flag]:
    """Scores of ``sentence`` written more times than ``core`` writes them while ``core`` writes a score the
    sentence leaves out ("1:0 (2:0) ... (2:0)" for "1:0 (0:0) ... (2:0)")."""
    theirs = collections.Counter(_PAIR.findall(core))
    mine = list(_PAIR.finditer(sentence))
    shown = {m.groups() for m in mine}
    left = [f"{a}:{b}" for a, b in theirs if (a, b) not in shown]
    if not left:
        return []
    out, written = [], collections.Counter(m.groups() for m in mine)
    for m in mine:  # each of the repeated scores: which one was changed cannot be told
        if 0 < theirs[m.groups()] < written[m.groups()]:
            reason = (
                f"{m.group()} written {written[m.groups()]} times: the article sentence gives it {theirs[m.groups()]}"
            )
            out.append(
                Flag(m.group(), "number", reason, m.start(), m.end(), code="value_mismatch", source_text=left[0])
            )
    return out


def _name_numbers(local: str, core: str, sentence: str, facts: Sequence) -> list[Flag]:
    """Numbers of ``sentence`` that are part of a name ("S&P 500", "IBM 5150": digits after a capitalised word,
    which the guard leaves unchecked) that ``local`` does not write while the evidence sentences ``core`` write a
    number the sentence leaves out: a translator copies such numbers digit for digit. ``facts``: the sentence's."""
    mine = set(_DIGITS.findall(sentence))
    left = [d for d in _DIGITS.findall(core) if d not in mine]
    if not left:
        return []
    checked = [(f.start, f.end) for f in facts if f.checked]
    written = set(_DIGITS.findall(local))
    out = []
    for m in _NAMED_NUMBER.finditer(sentence):
        if m.group(2) in written or fold(m.group(1)) in calendar_words():
            continue
        if any(s < m.end(2) and m.start(2) < e for s, e in checked):
            continue  # a figure the guard checks ("In 2008")
        reason = "number of a name not in the article sentence it comes from"
        out.append(Flag(m.group(2), "number", reason, m.start(2), m.end(2), float(m.group(2)), code="value_mismatch",
                        source_text=left[0]))  # fmt: skip
    return out


def near_figures(
    local: str, core: Sequence[str], sentence: str, source_language: str, summary_language: str
) -> list[Flag]:
    """The figure flags of ``sentence`` against ``local`` (its evidence sentences and their neighbours):
    the guard's, then ordinals the evidence sentences ``core`` rank otherwise and scores ``local`` lacks,
    each span once, in sentence order."""
    flags = check_figures(local, sentence, source_lang=source_language, output_lang=summary_language)
    taken = [(f.start, f.end) for f in flags]
    joined, facts = " ".join(core), extract(sentence, summary_language)
    extra = _ordinal_flags(joined, sentence, source_language, summary_language) + _pair_flags(local, sentence)
    extra += _unrendered_flags(joined, sentence, facts, source_language, summary_language)
    extra += _repeated_pairs(joined, sentence) + _name_numbers(local, joined, sentence, facts)
    for f in extra:
        if not any(f.start < e and s < f.end for s, e in taken):
            flags.append(f)
            taken.append((f.start, f.end))
    return sorted(flags, key=lambda f: f.start)


def fused_with(
    flag: Flag,
    sentence: str,
    texts: Sequence[str],
    near: Sequence[int],
    source_language: str,
    summary_language: str,
) -> int | None:
    """The article sentence (index into ``texts``, outside ``near``) that gives ``flag``'s figure and
    :data:`FUSED_WORDS` or more content words of ``sentence`` that the sentences ``near`` lack (their
    forms, renderings and cognates: :class:`~summarizer.stages.crosslingual.ArticleVocabulary`); None
    when there is none, and the figure is the sentence's own mistake."""
    stop = STOPWORDS.get(summary_language, frozenset())
    words = {fold(w) for w in _WORD.findall(sentence[: flag.start] + " " + sentence[flag.end :])} - stop
    local = ArticleVocabulary(
        " ".join(texts[i] for i in near if 0 <= i < len(texts)), source_language, summary_language
    )
    extra = [w for w in words if not local.has(w)]
    if len(extra) < FUSED_WORDS:
        return None
    for i, text in enumerate(texts):
        if i in near or sum(map(ArticleVocabulary(text, source_language, summary_language).has, extra)) < FUSED_WORDS:
            continue
        found = near_figures(text, [text], sentence, source_language, summary_language)
        if not any(f.start < flag.end and flag.start < f.end for f in found):
            return i
    return None
