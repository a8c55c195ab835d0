"""Names a summary sentence attributes must come from the article sentence it renders.

A summary sentence that clearly renders one article sentence (its evidence, found by the
cross-lingual aligner of :mod:`summarizer.stages.crosslingual`) says what that sentence says
about whom that sentence names. A name the article has somewhere, but not there nor next to it,
is a swap a reader cannot see ("Poland" for "le Portugal" in an article that mentions Poland
further down), and so is an ordinary English word standing where the article sentence has a
name ("Union wanted to reach the top" for "UBS voulait ...").

Both need a second sign, so that a translator who names what the article sentence calls "il" or
"la banque" is not flagged: the article sentence names something the summary sentence leaves
out (the name that was swapped away). No model is used: the article sentence's names are its
capitalised words that French does not capitalise as common words.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from summarizer.guard.candidates import ORG_HEADS, PLACE_HEADS, STOP_EN, TITLES, Name, in_title, title_phrases
from summarizer.guard.entities import SourceIndex, find_names
from summarizer.guard.foreign import third_language_word
from summarizer.guard.names import (
    calendar_words,
    equivalents,
    fold,
    is_common_english,
    language_territories,
    person_names,
    renderings,
    territory_words,
    zipf,
)
from summarizer.guard.openers import name_first, opening_word, opens_with, proper_name
from summarizer.guard.places import other_names
from summarizer.guard.spelling import demonym, initials
from summarizer.stages.crosslingual import ArticleVocabulary
from summarizer.stages.swaps import (
    country_or_nationality,
    nation_here,
    unbacked_names,
    unrendered_nationalities,
    without_countries_by_nationality,
)
from summarizer.stages.titles import inside_quotes, many_capitals

# How far (in article sentences) from an evidence sentence a name may be found.
REACH = 1
# A capitalised French word more frequent than this (wordfreq's Zipf scale) is a common word, not a name.
NAME_ZIPF = 4.0
OPENING_ZIPF = 2.0
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_SOURCE_NAME = re.compile(
    r"(?<![\w-])[A-ZÀ-ÖØ-Ý][\w’'-]*(?:\s+(?:(?:de|du|des|d'|la|le|of|&)\s*)?[A-ZÀ-ÖØ-Ý][\w’'-]*)*"
)
_INSIDE = re.compile(r"(?<=[\w,;] )([A-ZÀ-ÖØ-Ý][^\W\d_]{2,})")
_SENTENCE_END = re.compile(r"(?:^|[.!?:…])[\s\"'«»“”‘’()\[\]*-]*$")


@functools.lru_cache(maxsize=1 << 14)
def _name_word(word: str, opening: bool, inside: bool) -> bool:
    """Whether a capitalised word of a French sentence is a name rather than a common word written with a
    capital (an institution's "Ligue", "Chambre"): an acronym, a country, region or city (CLDR), a person's
    name, or a word French hardly uses (wordfreq); the word opening the sentence ("Vêtu", "Perplexe") only
    if French uses it very little or the article capitalises it ``inside`` a sentence too."""
    if len(word) >= 2 and word.isupper():
        return True
    folded = fold(word)
    if folded in territory_words() or folded in person_names():
        return True
    frequency = zipf(word.lower(), "fr")
    return frequency < OPENING_ZIPF or (frequency < NAME_ZIPF and (not opening or inside))


def capitalised_inside(texts: Sequence[str]) -> frozenset[str]:
    """The folded words the article writes with a capital inside a sentence (names, as a rule)."""
    return frozenset(fold(m.group(1)) for text in texts for m in _INSIDE.finditer(text))


def source_names(sentence: str, inside: frozenset[str] = frozenset()) -> list[str]:
    """The names of a French article sentence: runs of capitalised words with a word that is a name
    (:func:`_name_word`; a word the article capitalises inside a sentence, ``inside``, is one wherever it
    stands), without days, months and titles."""
    skip = calendar_words() | TITLES
    out = []
    for m in _SOURCE_NAME.finditer(sentence):
        opening = bool(_SENTENCE_END.search(sentence[max(0, m.start() - 6) : m.start()]))
        words = [w for w in _WORD.findall(m.group()) if w[:1].isupper() and fold(w) not in skip | STOP_EN]
        if any(_name_word(w, opening and k == 0, fold(w) in inside) for k, w in enumerate(words)):
            out.append(m.group())
    return out


def _rendered(name: str, summary: SourceIndex) -> bool:
    """Whether the summary sentence renders an article name: as it is, translated, as a cognate or an
    acronym (:meth:`SourceIndex.supports`), one of its words by its first letters or the learnt lexicon
    ("Sommet mondial du microcrédit": "Global Microcredit Summit"), or an acronym by all its letters but
    one (the acronym of the translated name: "SCT" for "MCT")."""
    if summary.supports(Name(name, 0, len(name), "other", "caps"), True):
        return True
    forms = {w[:5] for w in summary.words}
    words = [w for w in fold(name).split() if len(w) >= 4 and w not in STOP_EN]
    if any(w[:5] in forms or forms & renderings().get(w[:5], frozenset()) for w in words):
        return True
    letters = Counter(fold(name).replace(" ", ""))
    acronyms = [fold(w) for w in summary.source.split() if len(w) >= 2 and w.isupper()]
    return name.isupper() and any(sum((letters & Counter(a)).values()) >= len(name) - 1 for a in acronyms)


def _attested(name: Name, local: SourceIndex, vocabulary: ArticleVocabulary) -> bool:
    """Whether the article sentences around the evidence support ``name``. A name made of ordinary English
    words (which the guard lets pass as translated) needs every word there for an organisation or a place
    (it ends in such a head word: "Defense Ministry", "Board"); otherwise, as likely a title as a name
    ("The Joys of Bathing"), one of its words or the guard's test."""
    words = [w for w in name.words if len(w) >= 3]
    if words and all(is_common_english(w) for w in words) and fold(name.text) not in equivalents():
        if words[-1] in ORG_HEADS or words[-1] in PLACE_HEADS:
            return local.supports(name, True) and all(vocabulary.has(w) for w in words)
        return any(vocabulary.has(w) for w in words) or local.supports(name, True)
    return local.supports(name, True)


def _place_sign(name: Name, whole: Callable[[], SourceIndex]) -> bool:
    """Whether a name read as a place may stand for a nationality the summary leaves out: a country, a place the
    gazetteers know, or a name the article does not give."""
    folded = fold(name.text)
    return country_or_nationality(folded) or bool(other_names(folded)) or not whole().supports(name, True)


def _institution(name: Name) -> bool:
    """A name made of ordinary English words ending in an organisation's or a place's head word ("Defense
    Ministry", "Executive Board"): a translator writes it for the article's own words, which must be there."""
    words = [w for w in name.words if len(w) >= 3]
    return bool(words) and all(is_common_english(w) for w in words) and words[-1] in ORG_HEADS | PLACE_HEADS


def _seen(name: Name, local: SourceIndex, vocabulary: ArticleVocabulary) -> bool:
    """Whether the article sentences around the evidence support ``name`` or have one of its words."""
    return local.supports(name, True) or any(vocabulary.has(w) for w in name.words)


def misattributed_names(
    sentence: str,
    evidence: Sequence[int],
    texts: Sequence[str],
    source_language: str,
    summary_language: str,
    context: str = "",
    article_index: Callable[[], SourceIndex] | None = None,
) -> list[tuple[int, int, str | None, str]]:
    """(start, end, article name, reason) of the names of an English ``sentence`` that the article sentences
    ``evidence`` (and their neighbours) do not support, while an evidence sentence names something the
    summary sentence leaves out (the article name given); an organisation or a place made of ordinary
    English words (:func:`_institution`) none of whose words is there needs no such sign (no article name).
    ``context``: the summary sentences next to it; an article name they render is not left out (a translator
    made two sentences of one). ``article_index``: gives the guard's index of the whole article, built once per
    article by the caller (built here, once per call, without it)."""
    if summary_language != "en" or not evidence:
        return []
    titles = [(s, e) for s, e, _ in title_phrases(sentence)]  # "Obesity is No Accident": a translated title
    names = [
        n
        for n in find_names(sentence, "en")
        if n.words and not inside_quotes(sentence, n.start) and not in_title(n.start, n.end, titles)
    ]
    opener = opening_word(sentence)
    if opener and any(n.start < opener[1] and opener[0] < n.end for n in names):
        opener = None
    core = [texts[i] for i in evidence]
    if not names and not (opener and any(name_first(text) for text in core)):
        return []
    missing = [m for text in core for m in source_names(text, capitalised_inside(texts))]
    if not names and not any(opens_with(t, m) for m in missing for t in core):
        return []
    if missing:
        summary_index = SourceIndex(sentence, "en")
        missing = [m for m in missing if not _rendered(m, summary_index)]
    if missing and context:
        context_index = SourceIndex(context, "en")
        missing = [m for m in missing if not _rendered(m, context_index)]
    nationalities = unrendered_nationalities(sentence, core, source_language)
    near = sorted({i for e in evidence for i in range(e - REACH, e + REACH + 1) if 0 <= i < len(texts)})
    local_text = " ".join(texts[i] for i in near)
    local = SourceIndex(local_text, source_language)
    vocabulary = ArticleVocabulary(local_text, source_language, summary_language)
    out: list[tuple[int, int, str | None, str]] = []
    first = next((m for m in missing for t in core if opens_with(t, m) and proper_name(m, t)), None) if opener else None
    word = fold(sentence[opener[0] : opener[1]]) if opener else ""
    if first and not (vocabulary.has(word) or word in vocabulary.forms or local.word_supported(word, False)):
        out.append((*opener, first, f"the article sentence names {first}"))  # "Wedding sold" for "Renault a vendu"
    defined = {i for n in names for i in initials(n.words)}
    whole = article_index or functools.cache(lambda: SourceIndex(" ".join(texts), source_language))  # if needed
    kept = []
    for name in names:
        if demonym(name.words[-1]) or name.words[-1] in language_territories():
            if nationalities and not local.supports(name, True):  # "Greek newspaper" for "quotidien turc"
                out.append((name.start, name.end, nationalities[0], f"the article sentence says {nationalities[0]}"))
            elif missing and not nation_here(name.words[-1], whole()):  # "a cemetery in Polish" for "à Fürstenwalde"
                out.append((name.start, name.end, missing[0], f"the article sentence names {missing[0]}"))
            continue  # a nationality adjective ("Turkish media")
        if any(third_language_word(w) for w in name.text.split()) and not country_or_nationality(fold(name.text)):
            continue  # a name left in a third language that the article translates ("Schweizer Garten")
        if name.cue == "acronym" and fold(name.text).replace(" ", "") in defined:
            continue  # "National Institute of Public Health (NIPH)": defined by the words before it
        kept.append(name)
        # "Montenegro investor" for "américain": a place standing for the nationality; a name the gazetteers do not
        # know that the article names elsewhere ("invest in Mistral AI", read as a place after "in") is no such sign
        sign = missing or (nationalities if name.kind == "place" and _place_sign(name, whole) else [])
        if sign and not _attested(name, local, vocabulary):
            out.append((name.start, name.end, sign[0], f"the article sentence names {sign[0]}"))
        elif not sign and _institution(name) and not many_capitals(sentence) and not _seen(name, local, vocabulary):
            out.append((name.start, name.end, None, "not in the article sentence it comes from"))
    found = {(s, e) for s, e, _, _ in out}
    out += [
        f
        for f in unbacked_names(sentence, kept, missing or nationalities, local, vocabulary)
        if (f[0], f[1]) not in found
    ]
    return sorted(out)


def name_guard_flags(
    found: list[tuple[int, int, str | None, str]],
    flags: Sequence[Any],
    sentence: Any,
    detail: str,
    evidence: tuple[Sequence[int], Sequence[str], str],
) -> tuple[list[tuple[int, int, str | None, str]], list[Any]]:
    """The names ``found`` in a summary ``sentence`` less the institutions of ordinary English words
    (:func:`_institution`) that the name guard already flags as absent from the article while the article
    sentence names something else, and a copy of ``flags`` where that guard flag says so ("Executive Board:
    the article sentence names Nordvik"), less its flags of a country the ``evidence`` (indices of the article
    sentences ``texts``, their language) names by its nationality
    (:func:`~summarizer.stages.swaps.without_countries_by_nationality`)."""
    offset = sentence.start
    out, flags = [], without_countries_by_nationality(list(flags), sentence, *evidence)
    for lo, hi, other, why in found:
        same = [
            k for k, f in enumerate(flags) if f.category == "entity" and (f.start, f.end) == (offset + lo, offset + hi)
        ]
        flag = flags[same[0]] if same else None
        if (
            other is None
            or flag is None
            or flag.code != "absent"
            or not _institution(Name(flag.text, 0, hi - lo, "other"))
        ):
            out.append((lo, hi, other, why))
            continue
        flags[same[0]] = dataclasses.replace(
            flag, reason=f"{flag.text}: {why}", code="elsewhere", source_text=other, detail=detail
        )
    return out, flags
