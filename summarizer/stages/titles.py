"""Where an English sentence's capitals say little about names: quotations, headlines, sentences of many names.

The name checks of ``summarizer verify`` (:func:`.crosslingual.unattested_names`, :mod:`.attribution`,
:mod:`.swaps`) leave out the capitalised words of a quotation (a translated title: "the "All Quiet on
the Western Front" exhibition") and of a headline in title case ("Rychtářová about her Unfaithful
Husband"): a translator capitalises their ordinary words. A sentence with a final stop is no headline,
however many names it has ("Portugal got off to a perfect start in Lisbon's Estadio da Luz."): its
names are checked; with no other sign of a swap, a sentence of many capitals ("Marcel Ospel, Chairman
of the Board of Directors.") keeps its institutions' names unchecked (:func:`many_capitals`).
"""

from __future__ import annotations

import re

from summarizer.guard.candidates import headline_line
from summarizer.guard.names import fold, is_common_english

_LETTERS = re.compile(r"[^\W\d_]+")
# A headline capitalises this share of its common words; a sentence of many capitals this share of its words.
TITLE_CASE_SHARE = 0.6


def inside_quotes(text: str, at: int) -> bool:
    """Whether ``at`` follows an opening quotation mark of ``text`` that no closing one follows before it."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count("«") > before.count("»") or before.count('"') % 2 == 1


def headline(sentence: str) -> bool:
    """Whether ``sentence`` is a headline in title case ("Rychtářová about her Unfaithful Husband:"): no final
    stop, and ``TITLE_CASE_SHARE`` of its common English words of four letters or more (the first word left
    out) capitalised, or a headline for the name guard (:func:`~summarizer.guard.candidates.headline_line`)."""
    if sentence.rstrip(" \"'”’»)").endswith("."):
        return False  # a sentence, however many names it has ("... in Lisbon's Estadio da Luz.")
    words = [w for w in _LETTERS.findall(sentence)[1:] if len(w) >= 4 and is_common_english(fold(w))]
    if len(words) >= 2 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words):
        return True
    return headline_line(sentence)


def many_capitals(sentence: str) -> bool:
    """Whether ``TITLE_CASE_SHARE`` of the words of four letters or more of ``sentence`` are capitalised, names
    included: a headline, or a sentence of many names and titles ("Marcel Ospel, Chairman of the Board of
    Directors"), where a translator's capitals are no sign of a name without another one."""
    long_words = [w for w in _LETTERS.findall(sentence) if len(w) >= 4]
    return sum(w[0].isupper() for w in long_words) >= TITLE_CASE_SHARE * len(long_words)
