"""Links between an extractive summary's sentences and the article sentences they come from.

An extractive summary is made of article sentences, each whole or safely compressed
(:mod:`summarizer.ranking.compress`: only pieces with no figure, name or negation go), so each
summary sentence (and its sentence-by-sentence translation) points to the exact span of the
article sentence it comes from and to the exact pieces of it that it keeps. The links are exact by
construction: they are recorded when the sentences are chosen and compressed, not recovered
afterwards by matching text.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from summarizer.ranking.compress import Compressed
from summarizer.ranking.sentences import ArticleSentences
from summarizer.text.sentences import Sentence

PARAGRAPH_SEPARATOR = "\n\n"


def article_sentences_of(
    texts: Sequence[str], sentences: Sequence[Sentence] | None, headings: Collection[int] = ()
) -> ArticleSentences:
    """The ranker's view of the pipeline's sentences (paragraph structure when ``sentences`` align)."""
    if sentences is None or len(sentences) != len(texts):
        return ArticleSentences.plain(texts)
    return ArticleSentences(list(texts), [s.paragraph for s in sentences], [s.paragraph in headings for s in sentences])


def sentence_links(
    paragraphs: Sequence[str],
    sentences: Sequence[Sentence],
    texts: Sequence[str],
    picked: Sequence[int],
    pieces: Sequence[Compressed] | None = None,
) -> list[dict[str, Any]]:
    """One link per chosen sentence, in summary order.

    Args:
        paragraphs: the cleaned article's paragraphs.
        sentences: the article's sentences (offsets within their paragraph).
        texts: the sentences as summarized (headings end with a full stop).
        picked: indices of the chosen sentences, in article order.
        pieces: each chosen sentence as compressed (same order as ``picked``); None: kept whole.

    Returns:
        ``{"index", "paragraph", "start", "end", "spans", "source", "translation": None}`` per
        sentence, where ``start``/``end`` are the offsets of the whole article sentence into
        ``PARAGRAPH_SEPARATOR.join(paragraphs)`` and ``spans`` the ``[start, end]`` offsets of the
        pieces the summary keeps, in order: ``source`` is exactly the concatenation of those spans
        of the article (a heading also gets the full stop it lacks).
    """
    offsets = []
    position = 0
    for paragraph in paragraphs:
        offsets.append(position)
        position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    links = []
    for k, i in enumerate(picked):
        sentence = sentences[i]
        start, end = offsets[sentence.paragraph] + sentence.start, offsets[sentence.paragraph] + sentence.end
        piece = pieces[k] if pieces is not None else None
        # a heading's text has a full stop its article span lacks; headings are never compressed
        own = piece is not None and texts[i] == sentence.text
        spans = [[start + a, start + b] for a, b in piece.kept] if own else [[start, end]]
        links.append(
            {
                "index": i,
                "paragraph": sentence.paragraph,
                "start": start,
                "end": end,
                "spans": spans,
                "source": piece.text if piece is not None else texts[i],
                "translation": None,
            }
        )
    return links


def link_sentences(links: Sequence[dict[str, Any]] | None) -> list[Sentence]:
    """The linked sentences as ``Sentence`` objects (what the translate stage reads); [] without links."""
    return [Sentence(k["source"], k["start"], k["end"], k["paragraph"]) for k in links or []]


def set_translations(links: Sequence[dict[str, Any]] | None, translations: Sequence[str]) -> None:
    """Record each linked sentence's translation (same order as :func:`link_sentences`)."""
    for link, translation in zip(links or [], translations, strict=False):
        link["translation"] = translation
