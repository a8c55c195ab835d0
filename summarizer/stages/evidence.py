"""The evidence view: for each summary sentence, the article sentences that support it.

Why it exists: the fact guard checks figures and names, but a summary sentence can also say
something the article never says at all. Aligning every summary sentence with the article
sentences it comes from lets a reader check it at a glance, and marks the sentences that no
article sentence supports.

How it works (pure Python; the Snowball stemmers of ``snowballstemmer``): both sides are reduced
to *content words* (lower-cased words and numbers, stop words dropped, Snowball-stemmed so
"annoncé" meets "annonce"). Each article sentence gets the ROUGE-1 recall of the summary
sentence's content words: the share of the summary sentence it covers, which is the *support
score* reported. The n-gram counts follow rouge-score's ``_score_ngrams`` exactly (a test checks
the figures against ``rouge_score.rouge_scorer`` with this tokenizer); they are computed here on
tokens counted once per article, because importing rouge-score pulls in NLTK (seconds per
process) and re-tokenizes both texts for every pair. Candidates are ranked by that score, then ROUGE-2 recall,
then ROUGE-1 precision (so a verbatim copy beats a longer sentence that contains it). The best
sentence is kept, and the next ones are added while each covers at least two more content words
(a summary sentence often fuses two article sentences). A summary sentence is *unsupported*
when its supports together cover less than ``UNSUPPORTED_BELOW`` of its content words.

The alignment is done in one language: the source-language summary against the article, or, for
translate-then-summarize, the English summary against the article's sentence-by-sentence
translation (whose sentences map one to one onto the article's). Offsets always point into the
cleaned article text (paragraphs joined by a blank line).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from summarizer.extractive import STOPWORDS
from summarizer.result import Evidence, Support
from summarizer.text.sentences import Sentence

# A summary sentence whose supports cover less than this share of its content words is unsupported.
UNSUPPORTED_BELOW = 0.5
# An article sentence covering less than this share of a summary sentence is never listed as support.
MIN_SUPPORT_SCORE = 0.2
# Most supporting sentences listed per summary sentence.
MAX_SUPPORTS = 3
# A further support must cover at least this many content words the earlier ones did not.
MIN_NEW_WORDS = 2
PARAGRAPH_SEPARATOR = "\n\n"

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SNOWBALL = {
    "fr": "french",
    "en": "english",
    "de": "german",
    "es": "spanish",
    "it": "italian",
    "nl": "dutch",
    "pt": "portuguese",
    "da": "danish",
    "sv": "swedish",
    "ru": "russian",
}


class ContentTokenizer:
    """Lower-cased, stemmed content words (stop words dropped; numbers kept); usable as a
    rouge-score tokenizer."""

    def __init__(self, language: str = "fr") -> None:
        self.language = language
        self.stopwords = STOPWORDS.get(language, frozenset())
        self._stem = _stemmer(language)

    def tokenize(self, text: str) -> list[str]:
        """Content-word stems of ``text``, in order."""
        words = (w for w in _WORD.findall(text.lower().replace("'", " ")) if w not in self.stopwords)
        return [self._stem(w) for w in words if len(w) > 1 or w.isdigit()]


@functools.lru_cache(maxsize=16)
def _stemmer(language: str):
    name = _SNOWBALL.get(language)
    if name is None:
        return lambda word: word[:6]  # no stemmer for this language: a prefix is a fair stand-in
    import snowballstemmer

    return functools.lru_cache(maxsize=65536)(snowballstemmer.stemmer(name).stemWord)


@dataclass(frozen=True)
class _Grams:
    """A text's unigram and bigram counts."""

    uni: Counter
    bi: Counter

    @classmethod
    def of(cls, tokens: list[str]) -> _Grams:
        return cls(Counter(tokens), Counter(pairwise(tokens)))


def _overlap(target: Counter, prediction: Counter) -> tuple[float, float]:
    """(precision, recall) of ``prediction`` against ``target``, as rouge-score's ``_score_ngrams``."""
    hits = sum(min(count, prediction[gram]) for gram, count in target.items())
    target_total, prediction_total = sum(target.values()), sum(prediction.values())
    return hits / max(prediction_total, 1), hits / max(target_total, 1)


def support_scores(sentence: str, candidate: str, language: str) -> dict[str, tuple[float, float]]:
    """``{"rouge1": (precision, recall), "rouge2": (...)}`` of ``candidate`` for ``sentence`` on
    content words: recall is the share of ``sentence`` that ``candidate`` covers."""
    tokenizer = ContentTokenizer(language)
    target, prediction = _Grams.of(tokenizer.tokenize(sentence)), _Grams.of(tokenizer.tokenize(candidate))
    return {"rouge1": _overlap(target.uni, prediction.uni), "rouge2": _overlap(target.bi, prediction.bi)}


def sentence_offsets(paragraphs: Sequence[str], sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """(start, end) of each sentence in the article text ``PARAGRAPH_SEPARATOR.join(paragraphs)``.

    Args:
        paragraphs: the cleaned article's paragraphs.
        sentences: its sentences, with offsets relative to their paragraph.
    """
    bases, pos = [], 0
    for para in paragraphs:
        bases.append(pos)
        pos += len(para) + len(PARAGRAPH_SEPARATOR)
    return [(bases[s.paragraph] + s.start, bases[s.paragraph] + s.end) for s in sentences]


def align(
    summary_sentences: Sequence[str],
    article_sentences: Sequence[Sentence],
    article_offsets: Sequence[tuple[int, int]],
    language: str,
    *,
    aligned_texts: Sequence[str] | None = None,
    translations: Sequence[str] | None = None,
    unsupported_below: float = UNSUPPORTED_BELOW,
) -> list[Evidence]:
    """Find the supporting article sentences of each summary sentence.

    Args:
        summary_sentences: the summary, one sentence per item, in ``language``.
        article_sentences: the article's sentences (their text is what ``Support.text`` shows).
        article_offsets: (start, end) of each article sentence in the cleaned article text.
        language: ISO 639-1 code of the texts compared.
        aligned_texts: the text to compare for each article sentence, when it differs from the
            sentence itself (its translation, for translate-then-summarize); same length.
        translations: the target-language version of each summary sentence, or None.
        unsupported_below: coverage under which a summary sentence is marked unsupported.

    Returns:
        One :class:`Evidence` per summary sentence, in order.
    """
    if len(article_offsets) != len(article_sentences):
        raise ValueError(f"got {len(article_offsets)} offsets for {len(article_sentences)} sentences")
    compared = list(aligned_texts) if aligned_texts is not None else [s.text for s in article_sentences]
    if len(compared) != len(article_sentences):
        raise ValueError(f"got {len(compared)} aligned texts for {len(article_sentences)} sentences")
    if translations is not None and len(translations) != len(summary_sentences):
        translations = None  # sentence counts differ: do not pair them wrongly
    tokenizer = ContentTokenizer(language)
    article_grams = [_Grams.of(tokenizer.tokenize(t)) for t in compared]
    article_words = [set(g.uni) for g in article_grams]
    out = []
    for n, sentence in enumerate(summary_sentences):
        grams = _Grams.of(tokenizer.tokenize(sentence))
        words = set(grams.uni)
        translation = translations[n] if translations is not None else None
        if not words:  # nothing to check ("Voilà.")
            out.append(Evidence(sentence, translation))
            continue
        ranked = []
        for i in range(len(compared)):
            if not article_words[i] & words:
                continue
            precision1, recall1 = _overlap(grams.uni, article_grams[i].uni)  # recall: share of the sentence covered
            recall2 = _overlap(grams.bi, article_grams[i].bi)[1]
            key = (recall1, recall2, precision1, -i)
            ranked.append((key, i))
        ranked.sort(reverse=True)
        covered: set[str] = set()
        picked: list[tuple[float, int]] = []
        for key, i in ranked:
            if key[0] < MIN_SUPPORT_SCORE or len(picked) == MAX_SUPPORTS:
                break
            new = (article_words[i] & words) - covered
            if picked and len(new) < MIN_NEW_WORDS:
                continue
            covered |= new
            picked.append((key[0], i))
        supports = [
            Support(
                index=i,
                text=article_sentences[i].text,
                start=article_offsets[i][0],
                end=article_offsets[i][1],
                paragraph=article_sentences[i].paragraph,
                score=round(score, 3),
            )
            for score, i in picked
        ]
        out.append(Evidence(sentence, translation, supports, len(covered) / len(words) < unsupported_below))
    return out


def summary_evidence(
    paragraphs: Sequence[str],
    sentences: Sequence[Sentence],
    language: str,
    *,
    summary_source: str | None,
    summary: str,
    target_language: str,
    work_sentences: Sequence[str] | None = None,
    summary_translations: Sequence[str] | None = None,
    sentence_translations: Sequence[str] | None = None,
) -> list[Evidence] | None:
    """The evidence of one article's summary, aligned in one language.

    The source-language summary (when there is one) is aligned with the article; otherwise an
    English summary written from the article's sentence-by-sentence translation is aligned with
    that translation. Returns None when neither exists (a crosslingual summary).

    Args:
        paragraphs: the cleaned article's paragraphs.
        sentences: its sentences (offsets relative to their paragraph).
        language: the article's language.
        summary_source: the source-language summary, or None.
        summary: the target-language summary.
        target_language: its language.
        work_sentences: the sentence texts the summarizer read (headings with a full stop).
        summary_translations: the translation of each source-summary sentence, if translated.
        sentence_translations: the translation of each article sentence (translate-summarize).
    """
    from summarizer.text.sentences import split_sentences

    offsets = sentence_offsets(paragraphs, sentences)
    if summary_source:
        return align(
            [s.text for s in split_sentences(summary_source, language)],
            sentences,
            offsets,
            language,
            aligned_texts=work_sentences,
            translations=summary_translations,
        )
    if sentence_translations is not None and summary:
        return align(
            [s.text for s in split_sentences(summary, target_language)],
            sentences,
            offsets,
            target_language,
            aligned_texts=sentence_translations,
        )
    return None


def add_evidence(
    result: Any,
    paragraphs: Sequence[str],
    sentences: Sequence[Sentence],
    work_sentences: Sequence[str] | None = None,
    summary_translations: Sequence[str] | None = None,
    sentence_translations: Sequence[str] | None = None,
) -> None:
    """Fill ``result.evidence`` (a :class:`~summarizer.result.Result`) with :func:`summary_evidence`,
    with a warning when sentences are unsupported, or a note when no alignment is possible."""
    entries = summary_evidence(
        paragraphs,
        sentences,
        result.source_language,
        summary_source=result.summary_source,
        summary=result.summary,
        target_language=result.target_language,
        work_sentences=work_sentences,
        summary_translations=summary_translations,
        sentence_translations=sentence_translations,
    )
    if entries is None:
        if result.summary:
            result.notes.append(
                "no evidence view: the summary was written directly in another language than the article's"
            )
        return
    result.evidence = entries
    unsupported = sum(e.unsupported for e in entries)
    if unsupported:
        result.warnings.append(
            f"{unsupported} summary sentence(s) have no supporting sentence in the article: check them"
        )


def references(evidence: Sequence[dict[str, Any]]) -> list[str]:
    """``[1,4]``-style references (1-based article sentence numbers) for each summary sentence;
    ``[unsupported]`` where no article sentence supports it."""
    refs = []
    for entry in evidence:
        numbers = ",".join(str(s["index"] + 1) for s in entry.get("supports") or [])
        refs.append("[unsupported]" if entry.get("unsupported") else f"[{numbers}]" if numbers else "")
    return refs
