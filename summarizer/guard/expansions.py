"""Names that spell out an acronym of the source in the output: a translated name with the source's own
acronym in brackets after it ("the Berlin Transport Authority (BVG)" for *la BVG*), and a translated name
that the output's capitalisation cuts in two at its small words ("Union for a Popular Movement" for
*l'UMP*: "Union" and "Popular Movement" found apart); and a many-word place name that the source writes as one
adjective ("Costa Rica" for *costaricien*, "Sierra Leonean" for *sierra-léonais*)."""

from __future__ import annotations

import re

from summarizer.guard.candidates import CONNECTORS, STOP_EN, Name
from summarizer.guard.names import fold, is_common_english

# Small words that may join the parts of one name: "Union for a Popular Movement", "Bank of the Republic" ("and"
# joins names in lists: "Panama and Peru").
_JOINERS = re.compile(r"\s+(?:(?:of|for|de|du|des)\s+)(?:(?:a|an|the|la|le|les)\s+)?")
_BRACKETED = re.compile(r"\s*\(([A-Z][A-Za-z0-9&]{1,7})\)")


def bracketed_acronym(name: Name, output: str, acronyms: set[str]) -> bool:
    """A name followed by an acronym in brackets that the source writes, both starting with the same letter and
    the name's other words common English ones: the name spells out the source's acronym in the output's
    language ("Berlin Transport Authority (BVG)"; not "Christian Democratic Deutsche Bank (CDU)")."""
    m = _BRACKETED.match(output, name.end)
    if m is None or name.cue == "acronym" or len(m.group(1)) < 3:
        return False
    letters, words = fold(m.group(1)), fold(name.text).split()
    return (
        letters in acronyms
        and words[0][:1] == letters[:1]
        and len(words) >= 2
        and all(is_common_english(w) for w in words[1:])
    )


def joined_name(name: Name, names: list[Name], output: str, acronyms: set[str]) -> bool:
    """A name that runs on into the next (or the previous) one through small words ("of", "for a"), the whole
    an expansion of one of the source's acronyms (its initials, in any order): cut in two by capitalisation."""
    for other in names:
        if other is name:
            continue
        lo, hi = (other, name) if other.end <= name.start else (name, other)
        if _JOINERS.fullmatch(output, lo.end, hi.start) and _spells(fold(output[lo.start : hi.end]), acronyms):
            return True
    return False


def _spells(folded: str, acronyms: set[str]) -> bool:
    words = [w for w in folded.split() if w not in CONNECTORS and w not in STOP_EN]
    letters = sorted(w[0] for w in words)
    return len(words) >= 2 and any(sorted(a) == letters for a in acronyms)


def one_word_place(folded: str, words: set[str]) -> bool:
    """A many-word name (folded) that a source word writes joined, with an adjective's ending: the two agree
    on all but the last three letters of the joined name, seven or more and two of its second word ("costarican"
    ~ "costaricien")."""
    parts = folded.replace("-", " ").split()
    joined = "".join(parts)
    need = max(7, len(joined) - 3, len(parts[0]) + 2) if parts else 7  # into the second word: not "Richard G"
    return len(parts) >= 2 and len(joined) >= need and any(len(w) >= need and w[:need] == joined[:need] for w in words)
