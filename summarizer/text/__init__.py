"""Pure-Python text tools: cleaning, sentence splitting, chunking, language detection.

Nothing in this package imports torch or transformers.
"""

from summarizer.text.chunking import Chunk, pack_chunks
from summarizer.text.clean import CleanedArticle, clean_article
from summarizer.text.sentences import Sentence, split_paragraph_sentences, split_sentences

__all__ = [
    "Chunk",
    "CleanedArticle",
    "Sentence",
    "clean_article",
    "pack_chunks",
    "split_paragraph_sentences",
    "split_sentences",
]
