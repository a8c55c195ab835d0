"""Spelling-neutral forms of names for the name guard: French and English write the same sounds
differently ("Chostakovitch"/"Shostakovich", "Poutine"/"Putin"), and French adjectives and demonyms
inflect a place's name ("japonaise" for "Japon", "italien" for "Italie")."""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence

from summarizer.guard.candidates import CONNECTORS, STOP_EN
from summarizer.guard.names import equivalents, territory_words


def initials(words: list[str]) -> set[str]:
    content = [w for w in words if w not in CONNECTORS and w not in STOP_EN]
    out = {"".join(w[0] for w in content)} if len(content) >= 2 else set()
    if len(words) >= 2:
        out.add("".join(w[0] for w in words if w not in ("of", "the", "and")))
    return out


# Spelling-neutral form for cognates and transliterations: French and English write the same
# sounds differently ("Chostakovitch"/"Shostakovich", "Khrouchtchev"/"Khrushchev", "Poutine"/"Putin").
_PHONETIC = [("tch", "ch"), ("cz", "ch"), ("cion", "tion"), ("sch", "sh"), ("sh", "ch"), ("kh", "k"), ("dj", "j"), ("ou", "u"), ("oo", "u"),
             ("zh", "j"), ("ck", "k"), ("gh", "g"), ("dh", "d"), ("ph", "f"), ("th", "t"), ("y", "i"), ("k", "c"),
             ("qu", "c"), ("w", "v"), ("z", "s"), ("oe", "e"), ("ae", "e")]  # fmt: skip
# French endings of adjectives and demonyms: "japonaise" for "Japon", "italien" for "Italie".
ENDINGS = (
    r"(?:e|s|es|ne|nes|le|les|ais|aise|aises|ois|oise|oises|ien|ienne|iens|iennes|ain|aine|ains|aines|an|ane|ans|"
    r"anes|en|enne|ens|ennes|een|eenne|eens|eennes|ique|iques|atique|atiques|in|ine|ins|ines|ite|ites|ote|otes|ol|"
    r"ole|ols|oles)?"
)


DEMONYMS = [
    ("n", ""),
    ("ian", "y"),
    ("ian", "ia"),
    ("an", "a"),
    ("ese", ""),
    ("ese", "a"),
    ("ish", "and"),
    ("i", ""),
    ("ean", "e"),
    ("ean", "a"),
    ("ean", ""),
    ("ic", "a"),
    ("ench", "ance"),
    ("s", ""),
]


ENDING_SET = frozenset(ENDINGS[3:-2].split("|")) | {""}
NEO = {"nouvelle": "neo", "nouveau": "neo", "nouvel": "neo"}  # "Nouvelle-Zélande": "néo-zélandais"


def stem(word: str) -> str:
    """A French word without its final "e"/"ie", to accept adjective endings ("Autriche": "autrichienne")."""
    if len(word) > 4 and word.endswith("ie"):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


@functools.lru_cache(maxsize=1 << 16)
def phonetic(word: str) -> str:
    """A rough spelling-neutral form for cognates: 'filipino' ~ 'philippin', 'hospital' ~ 'hôpital'
    (French dropped the s before a consonant: 'forest' ~ 'forêt')."""
    for a, b in _PHONETIC:
        word = word.replace(a, b)
    word = re.sub(r"(?<=[aeiou])s(?=[bcdfgklmnpqrtv])", "", word)
    return re.sub(r"(.)\1+", r"\1", word)


@functools.lru_cache(maxsize=1 << 14)
def skeleton(word: str) -> str:
    """A folded name's first vowel, then its consonants with each run of vowels one mark and an "h" after its
    first letter dropped: transliterations of one name vary in their later vowels and silent h's
    ("Haniyeh"/"Haniya", "Qaïda"/"Qaeda" keep "a:hVnV", "a:qVdV"; "Seng" and "Sing" stay apart)."""
    first = re.search(r"[aeiou]", word)
    word = phonetic(word)
    word = word[:1] + word[1:].replace("h", "")
    form = re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]+", "V", word))
    return f"{first.group() if first else ''}:{form}"


def transliterated(word: str, sounds: Iterable[str]) -> bool:
    """A folded name that one of ``sounds`` (spelling-neutral forms of the source's names) writes with other
    vowels or silent h's ("Haniya" for "Haniyeh"), when its :func:`skeleton` keeps two consonants and four marks."""
    form = skeleton(word)
    marks = form.partition(":")[2]
    return len(marks) >= 4 and sum(c != "V" for c in marks) >= 2 and any(skeleton(s) == form for s in sounds)


def spelt_otherwise(word: str, sounds: set[str]) -> bool:
    """A folded person's name that one of ``sounds`` (spelling-neutral forms of the source's capitalised words)
    writes with one letter or sound changed ("Kadhafi"/"Gaddafi", "Felta"/"Pelta"), first letter included."""
    if len(word) < 5:  # a short name, spelt otherwise to the same sound: "Zug" for "Zoug"
        return len(word) >= 3 and (phonetic(word) in sounds or transliterated(word, sounds))
    sound = phonetic(word)
    return transliterated(word, sounds) or any(
        abs(len(other) - len(sound)) <= 2 and difflib.SequenceMatcher(None, sound, other).ratio() >= 0.8
        for other in sounds
    )


def by_sound(words: Iterable[str]) -> dict[str, set[str]]:
    """Words of 4+ letters by the first three letters of their spelling-neutral form."""
    out: dict[str, set[str]] = {}
    for w in words:
        if len(w) >= 4:
            out.setdefault(phonetic(w)[:3], set()).add(w)
    return out


@functools.lru_cache(maxsize=1 << 14)
def stems(phrase: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in phrase.split())


def inflects(token: str, stem: str) -> bool:
    return token.startswith(stem) and token[len(stem) :] in ENDING_SET


def initials_of(words: Sequence[str], letters: str, renderings: Mapping[str, Iterable[str]]) -> bool:
    """Whether ``letters`` (an acronym, folded) are the first letters of ``words`` in any order (French puts
    adjectives after the noun: "investissements directs étrangers" is "FDI", "Agence européenne des
    médicaments" is "EMA"), each word offering the first letters of its renderings (word form -> forms)."""
    if len(words) != len(letters):
        return False
    firsts = [{w[0]} | {r[0] for r in renderings.get(w[:5], ())} for w in words]
    return any(all(c in firsts[k] for c, k in zip(letters, order, strict=True)) for order in _orders(len(words)))


@functools.cache
def _orders(n: int) -> tuple[tuple[int, ...], ...]:
    """Every order of ``n`` words (an acronym has at most a handful of letters)."""
    return tuple(itertools.permutations(range(n))) if n <= 5 else (tuple(range(n)), tuple(reversed(range(n))))


@functools.lru_cache(maxsize=1 << 12)
def demonym(word: str) -> bool:
    """A folded nationality or language adjective (CLDR through Babel): "korean", "canadian", "peruvian"."""
    if word in equivalents() and word not in territory_words():
        return True
    return any(
        word.endswith(suffix) and word[: len(word) - len(suffix)] + repl in territory_words()
        for suffix, repl in DEMONYMS
        if len(word) > len(suffix) + 2
    )


@functools.lru_cache(maxsize=1 << 14)
def misspelt(word: str) -> str | None:
    """The common English word that a folded word misspells with two neighbouring letters swapped or a double
    letter written single or a single one doubled ("leauge": "league", "comission": "commission"), or None: only
    for a word of 6+ letters that English hardly writes (wordfreq) and that is no person's name, its
    correction a frequent word. Names are rarely one such slip away from a common word; other slips are
    ("Monti", "Areva")."""
    from summarizer.guard.names import is_plain, person_names, zipf

    if len(word) < 6 or not word.isalpha() or zipf(word) >= 3.0 or word in person_names() or is_plain(word):
        return None
    edits = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    edits |= {word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]}
    edits |= {word[: i + 1] + word[i] + word[i + 1 :] for i in range(len(word)) if word[i] not in "aeiou"}
    edits.discard(word)
    best = max(((zipf(e), e) for e in edits if is_plain(e)), default=(0.0, ""))
    return best[1] if best[0] >= max(3.5, zipf(word) + 2) else None
