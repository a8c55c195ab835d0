"""Acronyms for the name guard: an output's acronym the source supports in other words.

A translation may write an acronym of the translated words ("FDI" for *investissements directs
étrangers*, "EMA" for *Agence européenne des médicaments*: the letters in any order), an acronym one
letter shorter than the source's ("ADB" for "BASD"), or an acronym the output itself defines
("Pacific Tsunami Warning Center (PTWC)").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from summarizer.guard.candidates import CONNECTORS, STOP_EN, UPPER, Name
from summarizer.guard.names import fold, renderings
from summarizer.guard.spelling import initials, initials_of

# A name's inner words: they join its words ("Agence européenne des médicaments", "Indice des prix à la
# consommation", "Commissariat à l'énergie atomique"); any other function word ("et", "pour") separates two names.
NAME_JOINERS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "a", "au", "aux"})


def name_runs(tokens: Iterable[str]) -> list[list[str]]:
    """The content words of folded ``tokens`` in runs that a name's inner words join, split at any other
    function word: the words one name (and its acronym) may span."""
    runs: list[list[str]] = [[]]
    for w in tokens:
        if w in NAME_JOINERS:
            continue
        if w in CONNECTORS or w in STOP_EN:
            runs.append([])
        else:
            runs[-1].append(w)
    return [r for r in runs if r]


def translated_acronym(letters: str, source: str, runs: list[list[str]], acronyms: set[str]) -> bool:
    """An acronym of the translation of source words: the first letters of the English renderings of
    consecutive content words of one run (:func:`name_runs`), in any order ("FDI" for "investissements directs
    étrangers"), when the source writes them as a name (the first capitalised) or gives their own acronym."""
    if len(letters) < 3:
        return False
    caps = {fold(w) for w in re.findall(rf"[{UPPER}][^\W\d_]+", source)}
    return any(
        (words[i] in caps or "".join(w[0] for w in words[i : i + len(letters)]) in acronyms)
        and initials_of(words[i : i + len(letters)], letters, renderings())
        for words in runs
        for i in range(len(words) - len(letters) + 1)
    )


ARTICLES = frozenset({"la", "le", "les", "l"})
OF = frozenset({"de", "du", "des", "d"})


def own_initials(letters: str, tokens: list[str], source: str) -> bool:
    """An acronym of a French name as the ``source`` (folded: ``tokens``) writes it, from a capitalised word on: the
    first letters of its words, "de"/"du"/"des" taken or left out and articles left out ("FDJ" for "la Française
    des jeux", "SNCF" for "Société nationale des chemins de fer français")."""
    if len(letters) < 3:
        return False
    caps = {fold(w) for w in re.findall(rf"[{UPPER}][^\W\d_]+", source)}

    def match(j: int, k: int) -> bool:
        if j == len(letters):
            return True
        if k == len(tokens):
            return False
        word = tokens[k].strip('.,;:!?()«»"')
        if word in ARTICLES or (word in OF and match(j, k + 1)):
            return word in OF or match(j, k + 1)
        if not word or word[0] != letters[j]:
            return False
        if j + 1 == len(letters):
            return word not in OF
        return word == tokens[k] and match(j + 1, k + 1)  # a comma or a full stop ends the name

    return any(t.strip(".,;:") in caps and match(0, i) for i, t in enumerate(tokens))


def wider_acronym(letters: str, acronyms: set[str]) -> bool:
    """A source acronym one letter longer with every letter of ``letters`` ("ADB" for "BASD": the
    translation orders the words otherwise and drops one)."""
    if len(letters) < 3:
        return False
    need = Counter(letters)
    return any(len(a) == len(letters) + 1 and not need - Counter(a) for a in acronyms)


def has_expansion(
    phrase: str, acronyms: set[str], has_word_form: Callable[[str], bool], named: Iterable[str] = ()
) -> bool:
    """An other-language form of an acronym in the source: its own acronym (among the source's ``acronyms``: "EU"
    for "États-Unis": "USA"), or most of its words ("l'Union" or "européen" for "EU": "Union européenne"), unless
    the words found are those of another body the source ``named`` (:func:`sibling_words`)."""
    words = [w for w in phrase.split() if w not in CONNECTORS and w not in STOP_EN]
    if len(words) < 2:
        return False
    if any(i in acronyms for i in initials(phrase.split())):
        return True
    return half_found(words, [w for w in words if has_word_form(w)], named, phrase)


def half_found(words: list[str], found: list[str], named: Iterable[str], phrase: str | None = None) -> bool:
    """Whether half the ``words`` of a name (``phrase``: they joined) or more are ``found`` in the source, and not
    only words that another body the source ``named`` shares (:func:`sibling_words`)."""
    phrase = " ".join(words) if phrase is None else phrase
    return 2 * len(found) >= len(words) and not (len(found) < len(words) and sibling_words(found, phrase, named))


def sibling_words(found: list[str], phrase: str, named: Iterable[str]) -> bool:
    """Whether the words ``found`` of a known body's name (``phrase``) all belong to the name of another body the
    source gives in full (``named``: folded names of the equivalents table), two words or more: sibling bodies share
    words ("ICC" is not "la Cour internationale de justice", "UNDP" not "le Programme des Nations unies pour
    l'environnement", "the International Renewable Energy Agency" not "l'AIE"; one word is no sign: "EU" for
    "européen" beside "la Banque européenne d'investissement")."""
    stems = {w[:4] for w in found}
    return len(stems) >= 2 and any(other != phrase and stems <= {w[:4] for w in other.split()} for other in named)


def defined_acronym(
    name: Name, names: list[Name], acronyms: set[str], words: set[str], supports: Callable[[Name], bool]
) -> bool:
    """An acronym whose expansion the output gives ("Pacific Tsunami Warning Center (PTWC)") and the source
    ``supports``; or a hyphenated acronym one of whose parts the source has (among its ``acronyms`` or
    ``words``: "XDR-TB")."""
    if name.cue != "acronym":
        return False
    letters = fold(name.text).replace(" ", "")
    parts = [fold(p) for p in re.split(r"[-/]", name.text) if len(p) >= 2]
    if len(parts) > 1 and any(p in acronyms or p in words for p in parts):
        return True
    return any(
        other is not name and letters in initials(fold(other.text).split()) and supports(other) for other in names
    )
