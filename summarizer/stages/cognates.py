"""Cognates across French and English spelt a little otherwise: "sérieusement"/"seriously",
"pratique"/"practical", "dangereuses"/"dangerous".

The cross-lingual aligner (:mod:`summarizer.stages.crosslingual`) matches words by their first
letters, which misses cognates whose spellings part early ("pratique"/"practical") and free
translations whose words only look alike once their endings are set aside. Here each word loses
its inflection and its derivational ending is written the other language's way (French "-ique"
is English "-ic", "-eux" is "-ous", "-ité" is "-ity", the adverbs' "-ment" is "-ly"), and two
words are cognates when they then start alike and mostly agree (``difflib`` ratio
``COGNATE_RATIO``). No word list is involved, only these endings of the two grammars. An English
compound of two common words is compared by its parts (:func:`compound_parts`: "lifelong" -> "life").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from difflib import SequenceMatcher

from summarizer.extractive import STOPWORDS
from summarizer.guard.names import PREFIXES, is_plain, zipf

# Two words are cognates when their normalised spellings agree at least this much (difflib ratio)...
COGNATE_RATIO = 0.8
# ... start with the same letters, and are this long at least.
SAME_START = 2
MIN_LENGTH = 5
# Each part of a compound (:func:`compound_parts`) is a word this frequent at least (wordfreq's Zipf scale).
MIN_PART_ZIPF = 3.5
# English derivational endings that are words too: "blindness" is no compound of "blind" and "ness".
_DERIVING = frozenset({"ness", "less", "ship", "hood", "ment", "able", "ible", "ward", "wards", "wise", "like", "some"})

# French endings, folded, longest first -> the English ending they correspond to.
_FRENCH_ENDINGS = (
    ("issements", "ish"),
    ("issement", "ish"),
    ("ements", "e"),
    ("ement", "e"),
    ("ment", ""),
    ("iques", "ic"),
    ("ique", "ic"),
    ("euses", "ous"),
    ("euse", "ous"),
    ("eux", "ous"),
    ("ites", "ity"),
    ("ite", "ity"),
    ("aires", "ary"),
    ("aire", "ary"),
    ("oires", "ory"),
    ("oire", "ory"),
    ("elles", "al"),
    ("elle", "al"),
    ("els", "al"),
    ("el", "al"),
    ("ives", "ive"),
    ("if", "ive"),
    ("istes", "ist"),
    ("iste", "ist"),
    ("ismes", "ism"),
    ("isme", "ism"),
    ("ees", "ed"),
    ("ee", "ed"),
    ("es", "e"),
    ("s", ""),
)
# English endings, longest first -> the stem form they are compared in.
_ENGLISH_ENDINGS = (("ically", "ic"), ("ical", "ic"), ("ly", ""), ("ness", ""), ("ies", "y"), ("s", ""))
_STEMS = {"fr": _FRENCH_ENDINGS, "en": _ENGLISH_ENDINGS}


# Spellings the two languages write one sound with, made alike after the endings ("banque"/"bank",
# "photo"/"foto", "théâtre"/"theatre"): one letter for each.
_SOUNDS = (("qu", "k"), ("ck", "k"), ("c", "k"), ("ph", "f"), ("th", "t"), ("y", "i"))


@functools.lru_cache(maxsize=1 << 15)
def normalised(word: str, language: str) -> str:
    """``word`` (folded) with its ending written the English way and its spelling of a few sounds made
    alike ("serieusement" -> "serieuse", "pratique" -> "pratik", "seriously" -> "serious", "bank" ->
    "bank", "banque" -> "bank"); only the sounds in a language without rules."""
    for ending, replacement in _STEMS.get(language, ()):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)] + replacement
            break
    for spelling, sound in _SOUNDS:
        word = word.replace(spelling, sound)
    return word.rstrip("e") if len(word) > 4 else word


@functools.lru_cache(maxsize=1 << 16)
def cognate(word: str, language: str, other: str, other_language: str) -> bool:
    """Whether two folded words of two languages are cognates (see the module's docstring): spelt alike
    once normalised (:func:`normalised`), or, both ``MIN_LENGTH`` letters or more and starting alike, close
    enough (``COGNATE_RATIO``)."""
    if min(len(word), len(other)) < 4 or word[:SAME_START] != other[:SAME_START]:
        return False
    a, b = normalised(word, language), normalised(other, other_language)
    if a == b:
        return True
    if len(word) < MIN_LENGTH or len(other) < MIN_LENGTH:
        return False
    return max(SequenceMatcher(None, a, b).ratio(), SequenceMatcher(None, word, other).ratio()) >= COGNATE_RATIO


def cognates(word: str, language: str, candidates: Iterable[str], candidate_language: str) -> list[str]:
    """The ``candidates`` (folded words of ``candidate_language``) that are cognates of ``word``."""
    return [c for c in candidates if cognate(word, language, c, candidate_language)]


# English nouns whose plural is no ending (Snowball leaves them apart): each number -> the other.
_PAIRS = (("man", "men"), ("woman", "women"), ("child", "children"), ("person", "people"), ("foot", "feet"),
          ("tooth", "teeth"), ("mouse", "mice"), ("goose", "geese"))  # fmt: skip
_IRREGULAR = {a: b for pair in _PAIRS for a, b in (pair, pair[::-1])}


@functools.lru_cache(maxsize=1)
def _english_stem():
    import snowballstemmer

    return functools.lru_cache(maxsize=1 << 15)(snowballstemmer.stemmer("english").stemWord)


def inflections(word: str, language: str) -> list[str]:
    """The word forms (first five letters) of an English ``word``'s Snowball stem, when it differs from
    the word ("feels" -> "feel", "injured" -> "injur"; a short stem also with an "e": "curves" -> "curv",
    "curve"; a final "i" also as "y": "studies" -> "studi", "study"; a noun's other number where it is no
    ending: "woman" -> "women"); none for another language."""
    if language != "en":
        return []
    if word in _IRREGULAR:
        return [_IRREGULAR[word][:5]]
    stem = _english_stem()(word)
    if stem == word or len(stem) < 3:
        return []
    out = [stem[:5]]
    if len(stem) < 5 and not stem.endswith("e"):
        out.append(stem + "e")
    if stem.endswith("i"):
        out.append((stem[:-1] + "y")[:5])
    return list(dict.fromkeys(out))


def compound_parts(word: str, language: str) -> list[str]:
    """The word forms (first five letters) of the two common English words an English ``word`` is made
    of, each four letters or more ("soundtrack" -> "sound", "track"; "lifelong" -> "life", "long"), at
    the first split that gives two; none for a word that is no such compound (a derived or prefixed word:
    "blindness", "restarts") or of another language."""
    if language != "en" or len(word) < 8:
        return []
    if any(word.startswith(p) and is_plain(word[len(p) :]) for p in PREFIXES):
        return []  # a prefixed word ("restarts"), not a compound ("rest" + "arts")
    stop = STOPWORDS.get("en", frozenset())
    for i in range(4, len(word) - 3):
        head, tail = word[:i], word[i:]
        if tail in _DERIVING:
            return []  # a derived word ("blindness"), not a compound ("blind" + "ness")
        if all(is_plain(p) and p not in stop and zipf(p) >= MIN_PART_ZIPF for p in (head, tail)):
            return [head[:5], tail[:5]]
    return []
