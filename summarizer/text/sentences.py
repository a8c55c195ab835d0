"""Sentence splitting that survives French news: "M.", "Mme", "0,3%", "1.5", « guillemets ».

Built on pysbd's rule-based segmenter (no model, no download), with one segmenter cached per
language. Every sentence keeps its character offsets and paragraph index so translations and
summaries can be reassembled exactly.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Languages pysbd has rules for; others fall back to the English rules.
_PYSBD_LANGUAGES = frozenset(
    [
        "en",
        "hi",
        "mr",
        "zh",
        "es",
        "am",
        "ar",
        "hy",
        "bg",
        "ur",
        "ru",
        "pl",
        "fa",
        "nl",
        "da",
        "fr",
        "my",
        "el",
        "it",
        "ja",
        "de",
        "kk",
        "sk",
    ]
)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a text, with its position.

    Attributes:
        text: the sentence, stripped.
        start: character offset of the sentence in its paragraph (or text).
        end: offset one past its last character.
        paragraph: index of the paragraph the sentence belongs to.
    """

    text: str
    start: int
    end: int
    paragraph: int = 0


@functools.lru_cache(maxsize=16)
def _segmenter(language: str):
    import pysbd

    lang = language if language in _PYSBD_LANGUAGES else "en"
    return pysbd.Segmenter(language=lang, clean=False, char_span=True)


# A paragraph with none of these (sentence ends, line breaks, quotation marks) before its closing
# punctuation is not split by pysbd's French or English rules: it is one sentence, and pysbd (about
# 0.5 ms a call) is not needed for it.
_ONE_SENTENCE_LANGUAGES = frozenset({"fr", "en"})
_BOUNDARY = re.compile(r"[.!?\u2026\n\r\v\f\x85\u2028\u2029\"\u201c\u201d\u201e\u00ab\u00bb]")
_CLOSING = ".!?\u2026\"'\u00bb\u201d\u2019)] \t"


def _one_sentence(text: str, language: str) -> bool:
    """Whether ``text`` is one sentence for pysbd's rules without running them: French or English,
    letters, and no sentence-ending mark, line break or quotation mark before the closing punctuation."""
    if language not in _ONE_SENTENCE_LANGUAGES:
        return False
    body = text.strip().rstrip(_CLOSING)
    return any(ch.isalpha() for ch in body) and _BOUNDARY.search(body) is None


def _segment(text: str, language: str) -> list[tuple[str, int]]:
    """pysbd's sentences of ``text``, each with its trailing whitespace and its offset in ``text``.

    The offsets are found as pysbd's own char-span search finds them (the first non-overlapping
    occurrence ending past the previous one's end), with ``str.find`` rather than one regex compiled
    per sentence, which also flushed the regex cache that pysbd's rules rely on."""
    if _one_sentence(text, language):
        return [(text, 0)]
    segmenter = _segmenter(language)
    sentences = segmenter.processor(text).process()
    if not all(sentences):  # an empty one: pysbd's own search, whose empty matches are subtler
        segmenter.original_text = text
        return [(span.sent, span.start) for span in segmenter.sentences_with_char_spans(sentences)]
    out: list[tuple[str, int]] = []
    prior = 0
    for sent in sentences:
        at = text.find(sent)
        while at >= 0:
            end = at + len(sent)
            while end < len(text) and text[end].isspace():
                end += 1
            if end > prior:
                out.append((text[at:end], at))
                prior = end
                break
            at = text.find(sent, end)
    return out


def split_sentences(text: str, language: str = "fr", paragraph: int = 0) -> list[Sentence]:
    """Split one paragraph of text into sentences.

    Args:
        text: the text to split (one paragraph; newlines are treated as spaces).
        language: ISO 639-1 code of the text's language.
        paragraph: paragraph index stored on each sentence.

    Returns:
        The non-empty sentences, in order, with offsets into ``text``.
    """
    if not text.strip():
        return []
    out = []
    for raw, at in _segment(text, language):
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = at + lead
        out.append(Sentence(stripped, start, start + len(stripped), paragraph))
    return _merge_orphans(out)


def _merge_orphans(sentences: list[Sentence]) -> list[Sentence]:
    """Glue fragments with no letters ("»", "(...)") to the sentence before them."""
    merged: list[Sentence] = []
    for sent in sentences:
        if merged and not any(ch.isalpha() for ch in sent.text):
            prev = merged[-1]
            gap = " " * max(0, sent.start - prev.end)
            merged[-1] = Sentence(prev.text + gap + sent.text, prev.start, sent.end, prev.paragraph)
        else:
            merged.append(sent)
    return merged


def split_paragraph_sentences(paragraphs: list[str], language: str = "fr") -> list[Sentence]:
    """Split several paragraphs into one flat list of sentences tagged with their paragraph."""
    sentences: list[Sentence] = []
    for index, para in enumerate(paragraphs):
        sentences.extend(split_sentences(para, language, index))
    return sentences


def join_paragraphs(sentences: list[Sentence], texts: list[str] | None = None) -> list[str]:
    """Rebuild paragraphs from sentences (or from per-sentence replacement texts, e.g. translations).

    Args:
        sentences: sentences as returned by :func:`split_paragraph_sentences`.
        texts: optional replacement text for each sentence, same length and order.

    Returns:
        One string per paragraph index from 0 to the last sentence's paragraph, so the result
        stays aligned with the source paragraphs ("" where a paragraph had no sentence).
    """
    if texts is not None and len(texts) != len(sentences):
        raise ValueError(f"got {len(texts)} texts for {len(sentences)} sentences")
    paragraphs: dict[int, list[str]] = {}
    for i, sent in enumerate(sentences):
        piece = (texts[i] if texts is not None else sent.text).strip()
        if piece:
            paragraphs.setdefault(sent.paragraph, []).append(piece)
    count = max((s.paragraph for s in sentences), default=-1) + 1
    return [" ".join(paragraphs.get(i, [])) for i in range(count)]
