"""Where an English sentence's capitals say nothing about names: quoted titles and title-case headlines.

The name checks of ``summarizer verify`` (:func:`.crosslingual.unattested_names`,
:mod:`.attribution`, :mod:`.swaps`) leave out the capitalised words of a translated title ("the
"All Quiet on the Western Front" exhibition") and of a headline in title case ("Star-Studded
Premiere in Berlin"): a translator capitalises their ordinary words. A quotation that is speech
("no deal is "worth putting Deutsche Bank's reputation at risk"") or a sentence with a final stop
whose names happen to be many ("Portugal got off to a perfect start in Lisbon's Estadio da Luz.")
is neither: its names are checked.
"""

from __future__ import annotations

import re

from summarizer.guard.candidates import headline_line
from summarizer.guard.names import fold, is_common_english

_LETTERS = re.compile(r"[^\W\d_]+")
# A quotation is a title when this share of its words of four letters or more is capitalised.
TITLE_CASE_SHARE = 0.6
_OPENERS = {"“": "”", "«": "»"}


def inside_quotes(text: str, at: int) -> bool:
    """Whether ``at`` follows an opening quotation mark of ``text`` that no closing one follows before it (a
    quoted title or speech)."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count("«") > before.count("»") or before.count('"') % 2 == 1


def _quotation(text: str, at: int) -> tuple[int, int] | None:
    """The span of the quotation of ``text`` that ``at`` is inside, or None (none, or not closed)."""
    for opener, closer in (*_OPENERS.items(), ('"', '"')):
        before = text[:at]
        if opener == closer:
            inside = before.count(opener) % 2 == 1
        else:
            inside = before.count(opener) > before.count(closer)
        if inside:
            start = before.rfind(opener) + 1
            end = text.find(closer, at)
            return (start, end) if end >= 0 else None
    return None


def quoted(text: str, at: int) -> bool:
    """Whether ``at`` is inside a quoted title of ``text`` ("All Quiet on the Western Front"): a quotation
    whose longer words are mostly capitalised (``TITLE_CASE_SHARE``), or one not closed (a stray mark:
    'the Students" Day'); a quoted sentence (speech) is none."""
    if not inside_quotes(text, at):
        return False
    span = _quotation(text, at)
    if span is None:
        return True
    long_words = [w for w in _LETTERS.findall(text[span[0] : span[1]]) if len(w) >= 4]
    return sum(w[0].isupper() for w in long_words) >= TITLE_CASE_SHARE * len(long_words)


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
