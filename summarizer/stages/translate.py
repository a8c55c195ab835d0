"""Sentence-level translation: Marian-style models drop or loop on whole paragraphs, so the
pipeline translates sentences (unique ones once, pooled across articles) and rebuilds paragraphs."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.backends.base import Backend
from summarizer.options import GenerationOptions
from summarizer.text.chunking import pack_chunks
from summarizer.text.sentences import Sentence, join_paragraphs

# Repetition guard and output cap (ratio x input tokens + slack) for every translation.
TRANSLATION_GUARD = GenerationOptions(no_repeat_ngram_size=4, max_length_ratio=2.0)


def translate_texts(backend: Backend, texts: Sequence[str], num_beams: int | None = None) -> list[str]:
    """Translate each text (a sentence): unique texts only, figures-only texts copied,
    over-long texts split at word boundaries to fit the model window and rejoined.

    Returns:
        One translation per input, in order.
    """
    unique: dict[str, None] = {}
    for text in texts:
        if any(ch.isalpha() for ch in text):
            unique.setdefault(text, None)
    pieces: list[tuple[str, int]] = []  # (piece, index into unique list)
    keys = list(unique)
    counts = backend.count_tokens(keys)
    for k, (text, count) in enumerate(zip(keys, counts, strict=True)):
        if count <= backend.max_input_tokens:
            pieces.append((text, k))
        else:
            for chunk in pack_chunks([text], backend.max_input_tokens, backend.count_tokens, token_counts=[count]):
                pieces.append((chunk.text, k))
    options = GenerationOptions(
        num_beams=num_beams,
        no_repeat_ngram_size=TRANSLATION_GUARD.no_repeat_ngram_size,
        max_length_ratio=TRANSLATION_GUARD.max_length_ratio,
    )
    outputs = backend.generate([p for p, _ in pieces], options)
    joined: dict[int, list[str]] = {}
    for (_, k), out in zip(pieces, outputs, strict=True):
        joined.setdefault(k, []).append(out)
    mapping = {keys[k]: " ".join(parts) for k, parts in joined.items()}
    return [mapping.get(t, t) for t in texts]


def translate_sentences(
    backend: Backend, documents: Sequence[Sequence[Sentence]], num_beams: int | None = None
) -> list[list[str]]:
    """Translate the sentences of several documents in one pooled call.

    Returns:
        Each document's sentence translations, one per sentence, in order.
    """
    texts = [s.text for sentences in documents for s in sentences]
    translated = translate_texts(backend, texts, num_beams)
    out, pos = [], 0
    for sentences in documents:
        out.append(translated[pos : pos + len(sentences)])
        pos += len(sentences)
    return out


def translate_documents(
    backend: Backend, documents: Sequence[Sequence[Sentence]], num_beams: int | None = None
) -> list[list[str]]:
    """Translate the sentences of several documents in one pooled call.

    Returns:
        Each document's translated paragraphs, aligned with its source paragraphs.
    """
    per_sentence = translate_sentences(backend, documents, num_beams)
    return [join_paragraphs(list(s), t) for s, t in zip(documents, per_sentence, strict=True)]
