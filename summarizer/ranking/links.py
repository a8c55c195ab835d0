"""Links between an extractive summary's sentences and the article sentences they are.

An extractive summary is made of whole article sentences, so each summary sentence (and its
sentence-by-sentence translation) can point to the exact span of the article it comes from.
The links are exact by construction: they are recorded when the sentences are chosen, not
recovered afterwards by matching text.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

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
    paragraphs: Sequence[str], sentences: Sequence[Sentence], texts: Sequence[str], picked: Sequence[int]
) -> list[dict[str, Any]]:
    """One link per chosen sentence, in summary order.

    Args:
        paragraphs: the cleaned article's paragraphs.
        sentences: the article's sentences (offsets within their paragraph).
        texts: the sentences as summarized (headings end with a full stop).
        picked: indices of the chosen sentences, in article order.

    Returns:
        ``{"index", "paragraph", "start", "end", "source", "translation": None}`` per sentence,
        where ``start``/``end`` are offsets into ``PARAGRAPH_SEPARATOR.join(paragraphs)``.
    """
    offsets = []
    position = 0
    for paragraph in paragraphs:
        offsets.append(position)
        position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    links = []
    for i in picked:
        sentence = sentences[i]
        base = offsets[sentence.paragraph]
        links.append(
            {
                "index": i,
                "paragraph": sentence.paragraph,
                "start": base + sentence.start,
                "end": base + sentence.end,
                "source": texts[i],
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
