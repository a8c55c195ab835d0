"""Cross-lingual evidence with no model: which article sentences does a translated sentence render?

Why it exists: a summary or translation checked against its source (``summarizer verify``) is
often in another language than the article, and the evidence view (:mod:`.evidence`) compares
words of one language. A translation keeps more than it seems, and all of it is cheap to compare
once accents and case are gone:

* **figures**: digits survive translation ("385", "2,5" -> "2.5");
* **names**: people, firms and places are mostly written alike, so they share word forms and
  character 4-grams;
* **shared word forms and cognates**: "parlement"/"parliament" and "économique"/"economic" share
  their first letters, character 4-grams weigh the rest ("amendement"/"amendment"), and for
  French and English a small lexicon learnt from FLORES-200 (``scripts/make_lexicon.py``) adds
  the frequent words that look nothing alike ("pays"/"country", "année"/"year");
* **length**: a sentence and its translation have similar lengths;
* **order**: the sentences of a summary usually follow the article's order.

Each word feature is weighted by how rare it is in the article (a 4-gram found in every sentence
tells nothing); candidates are ranked by the weighted sum. The weights were chosen on WMT
newstest2012 (``scripts/eval_verify.py``).
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from summarizer.extractive import STOPWORDS

_WORD = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
FORM_LENGTH = 5  # a word form: the first letters of a folded word ("parlement" -> "parle")
LEXICONS = {("fr", "en"): "fr_en_lexicon.json"}


@dataclass(frozen=True)
class Weights:
    """How much each kind of agreement counts (chosen on newstest2012)."""

    chars: float = 1.0  # idf-weighted character 4-gram overlap of content words
    forms: float = 1.0  # idf-weighted overlap of word forms (shared forms, cognates, lexicon)
    numbers: float = 0.5  # share of the sentence's numbers found
    length: float = 0.25  # penalty per unit of |log(length ratio)|
    order: float = 0.05  # bonus for coming after the previous summary sentence's source


DEFAULT_WEIGHTS = Weights()


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents ("Économie" -> "economie")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


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
    """Word forms of ``source`` -> their usual ``target`` renderings (empty for pairs without one)."""
    name = LEXICONS.get((source, target))
    if name is None:
        return {}
    data = json.loads(resources.files("summarizer.data").joinpath(name).read_text(encoding="utf-8"))
    return {key: tuple(values) for key, values in data.items()}


@dataclass(frozen=True)
class _Features:
    """What one sentence offers for cross-lingual comparison."""

    grams: frozenset[str]
    forms: frozenset[str]
    numbers: frozenset[str]
    length: int


def _features(text: str, language: str, renderings: dict[str, tuple[str, ...]]) -> _Features:
    folded = fold(text)
    stop = STOPWORDS.get(language, frozenset())
    words = [w for w in _WORD.findall(folded) if not w.isdigit()]
    content = [w for w in words if w not in stop and len(w) >= 3]
    padded = " " + " ".join(content) + " "
    grams = frozenset(padded[i : i + 4] for i in range(len(padded) - 3))
    forms = {w[:FORM_LENGTH] for w in content}
    if renderings:
        forms.update(t for w in words for t in renderings.get(w[:FORM_LENGTH], ()))
    return _Features(grams, frozenset(forms), numbers(text), max(len(text), 1))


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
        n = len(self.features) + 1
        self._unseen = math.log(n) + 0.5
        self._idf = {
            name: {k: math.log(n / c) + 0.5 for k, c in _document_frequencies(self.features, name).items()}
            for name in ("grams", "forms")
        }

    def _weight(self, kind: str, keys: frozenset[str]) -> float:
        table = self._idf[kind]
        return sum(table.get(k, self._unseen) for k in keys)

    def scores(self, sentence: str) -> list[float]:
        """The score of every article sentence as the source of ``sentence`` (higher is better;
        about 0 for an unrelated sentence, 1 or more for its translation)."""
        w = self.weights
        mine = _features(sentence, self.other_language, self._other_lexicon)
        gram_total = self._weight("grams", mine.grams) or 1.0
        form_total = self._weight("forms", mine.forms) or 1.0
        out = []
        for theirs in self.features:
            score = w.chars * self._weight("grams", mine.grams & theirs.grams) / gram_total
            score += w.forms * self._weight("forms", mine.forms & theirs.forms) / form_total
            if mine.numbers:
                score += w.numbers * len(mine.numbers & theirs.numbers) / len(mine.numbers)
            score -= w.length * abs(math.log(mine.length / theirs.length))
            out.append(score)
        return out

    def shared_forms(self, sentence: str, index: int) -> frozenset[str]:
        """The word forms (cognates, lexicon renderings) ``sentence`` shares with article sentence ``index``."""
        mine = _features(sentence, self.other_language, self._other_lexicon)
        return mine.forms & self.features[index].forms

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
