"""Sentence-level translation: Marian-style models drop or loop on whole paragraphs, so the
pipeline translates sentences (unique ones once, pooled across articles) and rebuilds paragraphs."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from summarizer.backends.base import LENGTH_CAP_SLACK, Backend
from summarizer.errors import SummarizerError
from summarizer.options import GenerationOptions
from summarizer.stages import generation_error
from summarizer.text.long_sentences import split_long_sentence
from summarizer.text.sentences import Sentence, join_paragraphs

log = logging.getLogger("summarizer")

# Repetition guard and output cap (ratio x input tokens + slack) for every translation.
TRANSLATION_GUARD = GenerationOptions(no_repeat_ngram_size=4, max_length_ratio=2.0)


def translation_limit(backend: Backend, ratio: float | None = TRANSLATION_GUARD.max_length_ratio) -> int:
    """Most tokens a sentence may have for translation: the input window, and, when the model's
    decoder has a fixed number of positions, few enough that the output cap
    (``ratio`` x input + slack) still fits them."""
    limit = backend.max_input_tokens
    out = getattr(backend, "max_output_tokens", None)
    if out and ratio:
        limit = min(limit, int((out - LENGTH_CAP_SLACK) / ratio))
    return max(8, limit)


def translate_texts(
    backend: Backend,
    texts: Sequence[str],
    num_beams: int | None = None,
    split: dict[str, int] | None = None,
    *,
    source_language: str | None = None,
    target_language: str | None = None,
) -> list[str]:
    """Translate each text (a sentence): unique texts only, figures-only texts copied,
    over-long texts split at clause boundaries (:func:`split_long_sentence`) to fit the model's
    input and output positions, and rejoined.

    Args:
        split: when given, every text that had to be split is recorded in it, with the limit used.
        source_language, target_language: ISO 639-1 codes a multilingual model is steered with.

    Returns:
        One translation per input, in order.
    """
    unique: dict[str, None] = {}
    for text in texts:
        if any(ch.isalpha() for ch in text):
            unique.setdefault(text, None)
    pieces: list[tuple[str, int]] = []  # (piece, index into unique list)
    keys = list(unique)
    limit = translation_limit(backend)
    counts = backend.count_tokens(keys)
    for k, (text, count) in enumerate(zip(keys, counts, strict=True)):
        if count <= limit:
            pieces.append((text, k))
            continue
        log.warning("a %d-token sentence is over the %d-token translation limit: split for translation", count, limit)
        if split is not None:
            split[text] = limit
        for piece in split_long_sentence(text, limit, backend.count_tokens):
            pieces.append((piece, k))
    options = GenerationOptions(
        num_beams=num_beams,
        no_repeat_ngram_size=TRANSLATION_GUARD.no_repeat_ngram_size,
        max_length_ratio=TRANSLATION_GUARD.max_length_ratio,
        source_language=source_language,
        target_language=target_language,
    )
    try:
        outputs = backend.generate([p for p, _ in pieces], options)
    except SummarizerError:
        raise
    except Exception as exc:  # a model failing at run time: one documented error
        raise generation_error(exc) from None
    joined: dict[int, list[str]] = {}
    for (_, k), out in zip(pieces, outputs, strict=True):
        joined.setdefault(k, []).append(out)
    mapping = {keys[k]: " ".join(parts) for k, parts in joined.items()}
    return [mapping.get(t, t) for t in texts]


def split_warning(count: int, limit: int, model: str) -> str:
    """The result warning for ``count`` sentences split for translation."""
    return (
        f"{count} sentence(s) longer than the {limit}-token limit of {model} were split "
        "(at clause boundaries where possible) for translation and rejoined"
    )


def translate_sentences(
    backend: Backend,
    documents: Sequence[Sequence[Sentence]],
    num_beams: int | None = None,
    warnings: Sequence[list[str]] | None = None,
    *,
    source_language: str | None = None,
    target_language: str | None = None,
) -> list[list[str]]:
    """Translate the sentences of several documents in one pooled call.

    Args:
        warnings: one list per document; a note is appended to it when some of its sentences
            were too long and had to be split.

    Returns:
        Each document's sentence translations, one per sentence, in order.
    """
    texts = [s.text for sentences in documents for s in sentences]
    split: dict[str, int] = {}
    translated = translate_texts(
        backend, texts, num_beams, split, source_language=source_language, target_language=target_language
    )
    out, pos = [], 0
    for i, sentences in enumerate(documents):
        out.append(translated[pos : pos + len(sentences)])
        pos += len(sentences)
        cut = [s.text for s in sentences if s.text in split]
        if cut and warnings is not None:
            warnings[i].append(split_warning(len(cut), split[cut[0]], backend.spec.model))
    return out


def translate_documents(
    backend: Backend,
    documents: Sequence[Sequence[Sentence]],
    num_beams: int | None = None,
    warnings: Sequence[list[str]] | None = None,
    *,
    source_language: str | None = None,
    target_language: str | None = None,
) -> list[list[str]]:
    """Translate the sentences of several documents in one pooled call (see
    :func:`translate_sentences`).

    Returns:
        Each document's translated paragraphs, aligned with its source paragraphs.
    """
    per_sentence = translate_sentences(
        backend, documents, num_beams, warnings, source_language=source_language, target_language=target_language
    )
    return [join_paragraphs(list(s), t) for s, t in zip(documents, per_sentence, strict=True)]
