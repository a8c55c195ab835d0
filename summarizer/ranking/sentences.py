"""An article's sentences as the pipeline sees them, with the structure the ranker uses.

The pipeline (``Summarizer._prepare``) cleans the article, splits it into sentences and ends
headings with a full stop; :func:`article_sentences` does exactly the same, so the ranker is
trained on the sentences it will rank at inference.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ArticleSentences:
    """The sentences of one article and where they sit.

    Attributes:
        texts: the sentences, in article order (headings end with a full stop).
        paragraphs: paragraph index of each sentence (0 for all when unknown).
        headings: whether each sentence is a heading (a short line without final punctuation).
    """

    texts: list[str]
    paragraphs: list[int] = field(default_factory=list)
    headings: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.paragraphs:
            object.__setattr__(self, "paragraphs", [0] * len(self.texts))
        if not self.headings:
            object.__setattr__(self, "headings", [False] * len(self.texts))
        if not len(self.texts) == len(self.paragraphs) == len(self.headings):
            raise ValueError("texts, paragraphs and headings must have the same length")

    @classmethod
    def plain(cls, texts: Sequence[str], paragraphs: Sequence[int] | None = None) -> ArticleSentences:
        """Sentences with no heading information (and one paragraph unless given)."""
        return cls(list(texts), list(paragraphs) if paragraphs is not None else [])


def article_sentences(article: str, language: str = "fr") -> ArticleSentences:
    """Clean and split an article exactly as the pipeline does.

    Returns:
        The sentences; empty when nothing is left after cleaning.
    """
    from summarizer.text.clean import clean_article
    from summarizer.text.sentences import split_paragraph_sentences

    cleaned = clean_article(article)
    sentences = split_paragraph_sentences(cleaned.paragraphs, language)
    texts, headings = [], []
    for s in sentences:
        heading = s.paragraph in cleaned.headings
        texts.append(s.text + "." if heading and s.text[-1].isalnum() else s.text)
        headings.append(heading)
    return ArticleSentences(texts, [s.paragraph for s in sentences], headings)
