"""Cross-lingual evidence with no model: which article sentences does a translated sentence render?

Why it exists: a summary or translation checked against its source (``summarizer verify``) is
often in another language than the article, and the evidence view (:mod:`.evidence`) compares
words of one language. A translation keeps more than it seems, and all of it is cheap to compare
once accents and case are gone:

* **figures**: digits survive translation ("385", "2,5" -> "2.5"), and a small number meets its
  spelt-out form in either language ("5", "cinq", "five": num2words);
* **names**: people, firms and places are mostly written alike, so they share word forms and
  character 4-grams;
* **shared word forms and cognates**: "parlement"/"parliament" and "économique"/"economic" share
  their first letters, character 4-grams weigh the rest ("amendement"/"amendment"), and for
  French and English a small lexicon learnt from FLORES-200 (``scripts/make_lexicon.py``) adds
  the frequent words that look nothing alike ("pays"/"country", "année"/"year"), and for any
  pair CLDR knows, the names of countries, languages, days and months ("Allemagne"/"Germany")
  and the words of units, quarters and times of day ("trimestre"/"quarter");
  a word none of the article's forms meets is compared by its English stem ("feels"/"feel") and
  as a cognate spelt otherwise (:mod:`.cognates`: "seriously"/"sérieusement");
* **function words**: the lexicon also renders "mais", "nous", "pas" ("but", "we", "not"); they
  count a little (``Weights.function``), which decides between short sentences with few content
  words;
* **punctuation**: quotation, question and exclamation marks, colons, brackets and semicolons
  mostly survive translation (``MARKS``): a quote renders a quote;
* **length**: a sentence and its translation have similar lengths;
* **order**: the sentences of a summary usually follow the article's order.

Each word feature is weighted by how rare it is in the article (a 4-gram found in every sentence
tells nothing); candidates are ranked by the weighted sum. The weights were chosen on WMT
newstest2012 (``scripts/eval_verify.py``).

The same article words attest the names of an English text (:func:`unattested_names`): a
capitalised name none of whose words the article has in any of these forms is not in the article.
"""

from __future__ import annotations

import difflib
import functools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources

from summarizer.extractive import STOPWORDS
from summarizer.guard.candidates import CONNECTORS, STOP_EN, TITLES, in_title, title_phrases
from summarizer.guard.entities import SourceIndex
from summarizer.guard.names import calendar_words, equivalents, is_common_english, person_names, zipf
from summarizer.guard.spelling import phonetic
from summarizer.stages.calibration import supported
from summarizer.stages.cldr_words import measure_renderings, name_renderings
from summarizer.stages.cognates import SAME_START, cognates, compound_parts, inflections
from summarizer.stages.spelt_numbers import number_words, spelt_numbers
from summarizer.stages.titles import inside_quotes, many_capitals
from summarizer.text.chars import lower_without_marks as fold

_WORD = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
FORM_LENGTH = 5  # a word form: the first letters of a folded word ("parlement" -> "parle")
LEXICONS = {("fr", "en"): "fr_en_lexicon.json"}
# A further article sentence is listed when it scores at least this share of the best one...
NEXT_SHARE = 0.7
# ... and at least this much, and shares at least MIN_NEW_FORMS word forms with the summary
# sentence that the better ones do not (it says another part of it, not just one figure).
MIN_SCORE = 0.3
MIN_NEW_FORMS = 2
MAX_EVIDENCE = 3
# A neighbour whose best article sentence scores at least this may leave the rest of it to render (``_split``).
SPLIT_FROM = 0.17
# Punctuation that survives translation: each mark a sentence has counts as one more word form.
MARKS = {"#quote": '"«»“”', "#question": "?¿", "#exclaim": "!¡", "#colon": ":", "#paren": "([", "#semi": ";"}


@dataclass(frozen=True)
class Weights:
    """How much each kind of agreement counts (chosen on newstest2012)."""

    chars: float = 1.0  # idf-weighted character 4-gram overlap of content words
    forms: float = 1.0  # idf-weighted overlap of word forms (shared forms, cognates, lexicon)
    function: float = 0.15  # idf-weighted share of its function words found rendered ("but" for "mais")
    numbers: float = 0.5  # share of the sentence's numbers found
    length: float = 0.25  # penalty per unit of |log(length ratio)|
    order: float = 0.05  # bonus for coming after the previous summary sentence's source


DEFAULT_WEIGHTS = Weights()


def word_forms(text: str) -> list[str]:
    """The word forms of ``text``: folded words (not numbers) cut to ``FORM_LENGTH`` letters."""
    return [w[:FORM_LENGTH] for w in _WORD.findall(fold(text)) if not w.isdigit()]


def numbers(text: str) -> frozenset[str]:
    """The numbers of ``text`` with separators and leading zeros dropped ("1 000,5" -> "10005")."""
    found = set()
    for match in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        found.add(digits.lstrip("0") or "0")
    return frozenset(found)


@functools.lru_cache(maxsize=4)
def lexicon(source: str, target: str) -> dict[str, tuple[str, ...]]:
    """Word forms of ``source`` -> their usual ``target`` renderings: the learnt lexicon of the pair
    (if any), the names of countries, languages, days and months in both (Unicode CLDR) and the
    words of units, quarters and times of day (:mod:`.cldr_words`)."""
    out: dict[str, set[str]] = {
        key: set(values) for key, values in name_renderings(source, target, _content_forms).items()
    }
    for key, values in measure_renderings(source, target, _content_forms).items():
        out.setdefault(key, set()).update(values)
    name = LEXICONS.get((source, target))
    if name is not None:
        data = json.loads(resources.files("summarizer.data").joinpath(name).read_text(encoding="utf-8"))
        for key, values in data.items():
            out.setdefault(key, set()).update(values)
    return {key: tuple(sorted(values)) for key, values in out.items()}


def _content_forms(text: str, language: str) -> set[str]:
    """The word forms of the content words of ``text`` (no function words, 3 letters or more)."""
    stop = STOPWORDS.get(language, frozenset())
    return {w[:FORM_LENGTH] for w in _WORD.findall(fold(text)) if len(w) >= 3 and w not in stop and not w.isdigit()}


@dataclass(frozen=True)
class _Features:
    """What one sentence offers for cross-lingual comparison."""

    grams: frozenset[str]
    forms: frozenset[str]
    function: frozenset[str]
    numbers: frozenset[str]
    length: int


def _features(text: str, language: str, renderings: dict[str, tuple[str, ...]]) -> _Features:
    folded = fold(text)
    stop = STOPWORDS.get(language, frozenset())
    words = [w for w in _WORD.findall(folded) if not w.isdigit()]
    # Small numbers, in digits or spelt out ("5", "cinq", "five"), meet as one form "#5" and only so
    # (a spelt number is no content word: "vingt" and "twenty" share one form, not two).
    spelt = number_words(language)
    compounds, taken = spelt_numbers(words, language)
    content = [w for k, w in enumerate(words) if w not in stop and len(w) >= 3 and w not in spelt and k not in taken]
    padded = " " + " ".join(content) + " "
    grams = frozenset(padded[i : i + 4] for i in range(len(padded) - 3))
    forms = {w[:FORM_LENGTH] for w in content}
    if renderings:
        forms.update(t for w in words if w not in spelt for t in renderings.get(w[:FORM_LENGTH], ()))
    forms.update(mark for mark, chars in MARKS.items() if any(c in text for c in chars))
    found = numbers(text) | frozenset(compounds)
    forms.update("#" + n for n in found if len(n) <= 2)
    forms.update("#" + spelt[w] for k, w in enumerate(words) if w in spelt and k not in taken)
    function = frozenset(w[:FORM_LENGTH] for w in words if w in stop)
    return _Features(grams, frozenset(forms), function, found, max(len(text), 1))


def _document_frequencies(features: Iterable[_Features], attribute: str) -> Counter:
    counts: Counter = Counter()
    for f in features:
        counts.update(getattr(f, attribute))
    return counts


class CrossLingualIndex:
    """An article's sentences, ready to be compared with sentences of another language.

    Args:
        sentences: the article's sentences.
        language: their language (ISO 639-1).
        other_language: the language of the sentences they will be compared with.
        weights: the feature weights.
    """

    def __init__(
        self, sentences: Sequence[str], language: str, other_language: str, weights: Weights = DEFAULT_WEIGHTS
    ) -> None:
        self.sentences = list(sentences)
        self.language = language
        self.other_language = other_language
        self.weights = weights
        # A lexicon expands the French side, whichever side that is.
        self._article_lexicon = lexicon(language, other_language)
        self._other_lexicon = lexicon(other_language, language)
        self.features = [_features(s, language, self._article_lexicon) for s in self.sentences]
        self._all_forms = frozenset(f for feature in self.features for f in feature.forms)
        stop = STOPWORDS.get(language, frozenset())
        long_words = sorted(
            {w for s in self.sentences for w in _WORD.findall(fold(s)) if len(w) >= 4 and w not in stop}
        )
        # by their first letters: a cognate starts like its word (:func:`.cognates.cognate`)
        self._long_words: dict[str, list[str]] = {}
        for w in long_words:
            self._long_words.setdefault(w[:SAME_START], []).append(w)
        self._cognates: dict[str, frozenset[str]] = {}
        self._mine: dict[str, _Features] = {}  # the features of each sentence compared, with its cognates
        n = len(self.features) + 1
        self._unseen = math.log(n) + 0.5
        idf = [math.log(n / c) + 0.5 if c else 0.0 for c in range(n)]  # by document frequency
        self._idf = {
            name: {k: idf[c] for k, c in _document_frequencies(self.features, name).items()}
            for name in ("grams", "forms")
        }
        self._idf["function"] = {
            k: idf[c] for k, c in Counter(k for f in self.features for k in f.forms | f.function).items()
        }

    def _weight(self, kind: str, keys: frozenset[str]) -> float:
        table = self._idf[kind]
        return sum(table.get(k, self._unseen) for k in keys)

    def scores(self, sentence: str, lengths: dict[int, int] | None = None) -> list[float]:
        """The score of every article sentence as the source of ``sentence`` (higher is better;
        about 0 for an unrelated sentence, 1 or more for its translation); ``lengths`` replaces the
        length of some article sentences (the part of one left to render)."""
        mine = self._compared(sentence)
        totals = self._totals(mine)
        return [self._score(mine, theirs, totals, (lengths or {}).get(i)) for i, theirs in enumerate(self.features)]

    def _totals(self, mine: _Features) -> tuple[float, float, float]:
        """The idf-weighted totals of the character 4-grams, word forms and function words of ``mine``."""
        return tuple(self._weight(kind, getattr(mine, kind)) or 1.0 for kind in ("grams", "forms", "function"))

    def _score(
        self, mine: _Features, theirs: _Features, totals: tuple[float, float, float], length: int | None = None
    ) -> float:
        """The score of article sentence ``theirs`` (its length taken as ``length`` if given) as the source of
        the sentence of features ``mine`` (``totals``: :meth:`_totals`; :meth:`scores`)."""
        w = self.weights
        score = w.chars * self._weight("grams", mine.grams & theirs.grams) / totals[0]
        score += w.forms * self._weight("forms", mine.forms & theirs.forms) / totals[1]
        if w.function and mine.function:
            found = mine.function & (theirs.forms | theirs.function)
            score += w.function * self._weight("function", found) / totals[2]
        if mine.numbers:
            score += w.numbers * len(mine.numbers & theirs.numbers) / len(mine.numbers)
        return score - w.length * abs(math.log(mine.length / (length or theirs.length)))

    def _compared(self, sentence: str) -> _Features:
        """The features of ``sentence`` (of the other language) with its cognates, computed once."""
        mine = self._mine.get(sentence)
        if mine is None:
            mine = self._with_cognates(sentence, _features(sentence, self.other_language, self._other_lexicon))
            self._mine[sentence] = mine
        return mine

    def _with_cognates(self, sentence: str, mine: _Features) -> _Features:
        """``mine`` with the form of each word the article has no form of replaced by the form of its
        English stem when the article has that ("feels" meets the rendering "feel"), or else by the forms
        of its cognates in the article (:mod:`.cognates`: "seriously" meets "sérieusement")."""
        stop = STOPWORDS.get(self.other_language, frozenset())
        forms = set(mine.forms)
        for word in _WORD.findall(fold(sentence)):
            form = word[:FORM_LENGTH]
            if len(word) < 4 or word in stop or form in self._all_forms or form not in forms:
                continue
            found = self._cognates.get(word)
            if found is None:
                found = frozenset(f for f in inflections(word, self.other_language) if f in self._all_forms)
                found = found or frozenset(f for f in compound_parts(word, self.other_language) if f in self._all_forms)
                found = found or frozenset(
                    w[:FORM_LENGTH]
                    for w in cognates(
                        word, self.other_language, self._long_words.get(word[:SAME_START], ()), self.language
                    )
                )
                self._cognates[word] = found
            if found:
                forms.discard(form)
                forms |= found
        return mine if forms == mine.forms else replace(mine, forms=frozenset(forms))

    def shared_forms(self, sentence: str, index: int) -> frozenset[str]:
        """The word forms (cognates, lexicon renderings) ``sentence`` shares with article sentence ``index``."""
        return self._compared(sentence).forms & self.features[index].forms

    def evidence(self, sentences: Sequence[str]) -> list[tuple[list[tuple[int, float]], bool]]:
        """For each sentence (in order), its evidence as ``(index, score)`` pairs, best first (the best
        one, and further ones that say another part of it), and whether it is supported
        (:func:`.calibration.supported`: the score, the word forms shared, spelling and length agreement)."""
        from summarizer.stages.merged import merged_evidence  # it uses this module

        out: list[tuple[list[tuple[int, float]], bool]] = []
        for sentence, ranked in zip(sentences, self.rank(sentences), strict=True):
            if not ranked:
                out.append(([], False))
                continue
            best = ranked[0][1]
            picked = [ranked[0]]
            covered = self.shared_forms(sentence, ranked[0][0])
            for i, s in ranked[1:MAX_EVIDENCE]:
                new = self.shared_forms(sentence, i) - covered
                if s >= MIN_SCORE and s >= NEXT_SHARE * best and len(new) >= MIN_NEW_FORMS:
                    picked.append((i, s))
                    covered |= new
            backed = supported(**self.decision(sentence, ranked))
            out.append((picked, True) if backed else merged_evidence(self, sentence, ranked) or (picked, False))
        for k in range(len(out)):
            out[k] = self._split(sentences, out, k) or out[k]
        return out

    def decision(
        self, sentence: str, ranked: Sequence[tuple[int, float]], theirs: _Features | None = None
    ) -> dict[str, float]:
        """The features of the support decision (:func:`.calibration.supported`) of ``sentence`` whose
        candidates are ``ranked`` (best first), as keyword arguments of that function; against ``theirs``
        (two article sentences joined) instead of the best candidate if given."""
        mine = self._compared(sentence)
        if theirs is None:
            best, theirs = ranked[0][1], self.features[ranked[0][0]]
        else:
            best = self._score(mine, theirs, self._totals(mine))
        return {
            "best": best,
            "forms": len(mine.forms),
            "shared": len(mine.forms & theirs.forms),
            "length_gap": abs(math.log(mine.length / theirs.length)),
            "chars": self._weight("grams", mine.grams & theirs.grams) / (self._weight("grams", mine.grams) or 1.0),
        }

    def _split(
        self, sentences: Sequence[str], found: list[tuple[list[tuple[int, float]], bool]], k: int
    ) -> tuple[list[tuple[int, float]], bool] | None:
        """Sentence ``k``'s evidence when it renders the rest of the article sentence its neighbour renders
        (a translator made two sentences of one): it shares ``MIN_NEW_FORMS`` word forms with that sentence
        that the neighbour does not (one, when that sentence is already its own best but too long to support it),
        and scores at least ``SPLIT_FROM`` and better than its own best against the part of the sentence the
        neighbour leaves (its length less the neighbour's); else None."""
        own = found[k][0][0][1] if found[k][0] else 0.0
        for j in (k - 1, k + 1):
            if not 0 <= j < len(found) or not found[j][1] or not found[j][0] or found[j][0][0][1] < SPLIT_FROM:
                continue
            target = found[j][0][0][0]
            same = bool(found[k][0]) and found[k][0][0][0] == target  # its own best is the neighbour's
            if same and found[k][1]:
                continue  # already supported by that sentence
            new = self.shared_forms(sentences[k], target) - self.shared_forms(sentences[j], target)
            if len(new) < (1 if same else MIN_NEW_FORMS):
                continue
            length = self.features[target].length
            rest = max(length - len(sentences[j]), length // 4, 1)
            score = self.scores(sentences[k], {target: rest})[target]
            if score >= SPLIT_FROM and score > own:
                return [(target, score)], True
        return None

    def rank(self, sentences: Sequence[str]) -> list[list[tuple[int, float]]]:
        """For each sentence (in order), every article sentence as ``(index, score)``, best first.

        The order bonus favours, for each sentence, the candidates after the previous sentence's best.
        """
        ranked_all: list[list[tuple[int, float]]] = []
        previous = -1
        for sentence in sentences:
            scores = self.scores(sentence)
            if previous >= 0:
                scores = [s + (self.weights.order if i > previous else 0.0) for i, s in enumerate(scores)]
            ranked = sorted(enumerate(scores), key=lambda pair: (-pair[1], pair[0]))
            ranked_all.append(ranked)
            if ranked:
                previous = ranked[0][0]
        return ranked_all


# An English summary's capitalised span none of whose words the article has, even as a cognate, a
# lexicon rendering or an other-language name, is flagged as a name (the guard's English name finder
# takes some names for ordinary words); at the start of a sentence, a word at least this frequent
# in English (wordfreq's Zipf scale) is taken for an ordinary word.
SENTENCE_START_ZIPF = 4.0
CLOSE_SPELLING = 0.8  # difflib ratio of two spellings of one name
_CAPITALISED_RUN = re.compile(
    r"(?<![\w’'.-])[A-Z][\w’'-]*(?:\s+(?:(?:of|for|de|du|des|la|le|and|&)\s+)?[A-Z][\w’'-]*)*"
)
_LETTERS = re.compile(r"[^\W\d_]+")
# An acronym in brackets right after a name, which defines it ("... Corporation (FDIC)").
DEFINED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z0-9&]{1,9})\)")
_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,3}\.(?=[),;]|\s+\S)")
# "the" right before a word: what follows is a thing, not a person ("the House" for "la Chambre", not Mr House)
_THE = re.compile(r"\b[Tt]he\s+$")
_POSSESSIVE = re.compile(r"[’']s?$")
_OPENING = re.compile(r"[\s\"'«»“”‘’(\[*-]*")


class ArticleVocabulary:
    """What an article offers to attest the names of a text in another language: its folded words,
    their forms (first letters, lexicon and CLDR renderings), its other-language names and, built
    on first need, the guard's index (demonyms, translated place names, spelling by sound)."""

    def __init__(self, article: str, source_language: str, summary_language: str) -> None:
        self.words = set(_LETTERS.findall(fold(article)))
        self.forms = {w[:FORM_LENGTH] for w in self.words}
        renderings = lexicon(source_language, summary_language)
        self.forms |= {t for w in self.words for t in renderings.get(w[:FORM_LENGTH], ())}
        self.article = article
        self.source_language = source_language

    @functools.cached_property
    def guard_index(self) -> SourceIndex:
        """The guard's index of the article (demonyms, translated place names, cognates by sound)."""
        return SourceIndex(self.article, self.source_language)

    def has(self, word: str) -> bool:
        """Whether the article has this folded word, its singular, a cognate, a rendering, its other-language name or,
        for a word of five letters or more, one of the article's names spelt otherwise to a like sound."""
        if word in self.words or (word.endswith("s") and word[:-1] in self.words):
            return True
        if word[:FORM_LENGTH] in self.forms and len(word) >= 4:
            return True
        if any(all(w in self.words for w in other.split()) for other in equivalents().get(word, ())):
            return True
        if len(word) >= 5 and difflib.get_close_matches(word, self.long_words, n=1, cutoff=CLOSE_SPELLING):
            return True  # spelt otherwise: "Moammar" for "Mouammar"
        if self.guard_index.word_supported(word, False):
            return True
        sound = phonetic(word)  # a name transliterated otherwise, first letter included: "Gaddafi" for "Kadhafi"
        return len(word) >= 5 and any(
            abs(len(other) - len(sound)) <= 2 and difflib.SequenceMatcher(None, sound, other).ratio() >= CLOSE_SPELLING
            for other in self.guard_index.name_sounds
        )

    @functools.cached_property
    def latin(self) -> bool:
        """Whether the article is written mostly in Latin letters."""
        letters = "".join(self.words)
        return sum(map((0x250).__gt__, map(ord, letters))) >= 0.5 * len(letters)

    @functools.cached_property
    def long_words(self) -> list[str]:
        """The article's words of five letters or more."""
        return sorted(w for w in self.words if len(w) >= 5)


def _plain_compound(words: list[str]) -> bool:
    """Whether a one-word capitalised run is an English compound of two common words and no person's name
    ("Groundwater", "Hailstones"): opening a sentence, its capital says nothing."""
    return len(words) == 1 and bool(compound_parts(words[0], "en")) and words[0] not in person_names()


def unattested_names(text: str, vocabulary: ArticleVocabulary) -> list[tuple[int, int]]:
    """The spans of the capitalised names of an English sentence ``text`` none of whose words the
    article attests (:meth:`ArticleVocabulary.has`), left out: one ordinary English word on its
    own ("Summit"), a frequent opening word (``SENTENCE_START_ZIPF``), quoted titles, headlines in
    title case and a name defined by an acronym the article has ("... Corporation (FDIC)")."""
    if not vocabulary.latin:
        return []  # names are transliterated from another script: their letters tell nothing
    if many_capitals(text):
        return []  # a headline in title case: its capitalised words are ordinary words
    opening = _OPENING.match(text).end()
    skip = STOP_EN | CONNECTORS | TITLES | calendar_words()
    titles = [(s, e) for s, e, words in title_phrases(text) if any(vocabulary.has(w) for w in words if w not in skip)]
    out = []
    for run in _CAPITALISED_RUN.finditer(text):
        if inside_quotes(text, run.start()) or any(w.isupper() for w in run.group().split()):
            continue
        if in_title(run.start(), run.end(), titles):
            continue  # a title in title case whose words the article has in its own words ("Obesity is No Accident")
        if _ABBREVIATION.match(text, run.start()):
            continue  # an abbreviation inside the sentence ("Adm. Mike Mullen", "(Ind.)"): a word cut short
        start = run.start()
        words = [fold(_POSSESSIVE.sub("", w)) for w in run.group().split()]
        if start == opening and (zipf(words[0]) >= SENTENCE_START_ZIPF or _plain_compound(words)):
            words = words[1:]  # an ordinary word opening the sentence ("The", "Police")
            if words:
                start += run.group().index(run.group().split()[1])
        if (
            len(words) == 1
            and is_common_english(words[0])
            and (words[0] not in person_names() or _THE.search(text[:start]))
        ):
            continue  # one ordinary English word ("Summit", "Youth", "the House"): a translated word as likely as a name
        content = [w for w in words if len(w) >= 3 and w not in skip and _LETTERS.fullmatch(w)]
        if not content:
            continue
        if fold(run.group()) in equivalents() and vocabulary.has(fold(run.group())):
            continue
        acronym = DEFINED_ACRONYM.match(text, run.end())
        if acronym and fold(acronym.group(1)) in vocabulary.words:
            continue  # "National Credit Union Administration (NCUA)" for an article that says NCUA
        if not any(vocabulary.has(w) for w in content):
            out.append((start, run.end()))
    return out
