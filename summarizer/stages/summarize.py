"""Summarization: map-reduce over a model window, and the model-free extractive summary.

An article longer than the model's input window is packed into chunks (whole sentences), each
chunk is summarized, and the partial summaries are combined, in as many rounds as needed; the
result says so. Chunks beyond ``max_chunks`` are dropped by extractive relevance ranking, with
a warning. Many articles go through the same rounds together (pooled, batched model calls).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer import extractive
from summarizer.backends.base import Backend
from summarizer.options import SUMMARY_TOKENS, GenerationOptions
from summarizer.ranking.sentences import ArticleSentences
from summarizer.text.chunking import pack_chunks
from summarizer.text.sentences import Sentence

MAX_REDUCE_ROUNDS = 4
# Chunk progress ("chunk 4/12") goes to this logger at INFO; only when someone listens (the CLI on a
# terminal) are the chunks generated in slices of PROGRESS_SLICE, so that progress can advance.
progress_log = logging.getLogger("summarizer.progress")
PROGRESS_SLICE = 4


@dataclass
class Summary:
    """One article's summary and how it was made.

    Attributes:
        text: the summary.
        chunks: the number of chunks the article was summarized in (1: no map-reduce).
        warnings: what the reader should check (chunks left out, budget exceeded).
        notes: for information (map-reduce used).
    """

    text: str
    chunks: int = 1
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def summary_options(length: str, num_beams: int | None = None) -> GenerationOptions:
    """Decoding settings of a summary of ``length`` ("short", "medium", "long")."""
    lo, hi = SUMMARY_TOKENS[length]
    return GenerationOptions(num_beams=num_beams, min_new_tokens=lo, max_new_tokens=hi, no_repeat_ngram_size=3)


def map_reduce(
    backend: Backend,
    documents: Sequence[Sequence[str]],
    languages: Sequence[str],
    *,
    length: str = "medium",
    num_beams: int | None = None,
    max_chunks: int = 64,
    model: str | None = None,
) -> list[Summary]:
    """Summarize each document (a list of sentences) with ``backend``.

    Documents longer than the model window are chunked, the chunks summarized (at medium
    length), and the partial summaries combined, in up to :data:`MAX_REDUCE_ROUNDS` rounds.

    Args:
        backend: the loaded summarization model.
        documents: each document's sentences.
        languages: each document's language (for the chunk ranking).
        length: length of the final summaries.
        num_beams: beam size (None: the model's default).
        max_chunks: most chunks summarized per document in the first round.
        model: the model's name in warnings (default: ``backend.spec.model``).

    Returns:
        One :class:`Summary` per document, in order.
    """
    window = backend.max_input_tokens
    model = model or backend.spec.model
    final_options = summary_options(length, num_beams)
    map_options = summary_options("medium", num_beams)
    pending = {k: list(sentences) for k, sentences in enumerate(documents)}
    chunks_of = dict.fromkeys(pending, 1)
    notes: dict[int, list[str]] = {k: [] for k in pending}
    final_inputs: dict[int, str] = {}
    first_tokens: dict[int, int] = {}
    for round_no in range(MAX_REDUCE_ROUNDS + 1):
        if not pending:
            break
        whole = {k: " ".join(s) for k, s in pending.items()}
        keys = list(whole)
        totals = dict(zip(keys, backend.count_tokens([whole[k] for k in keys]), strict=True))
        first_tokens.update({k: v for k, v in totals.items() if k not in first_tokens})
        map_jobs: list[tuple[int, str]] = []
        for k in keys:
            if totals[k] <= window or round_no == MAX_REDUCE_ROUNDS:
                final_inputs[k] = whole[k]
                continue
            chunks = pack_chunks(pending[k], window, backend.count_tokens)
            if round_no == 0 and len(chunks) > max_chunks:
                keep = extractive.rank_chunks([c.text for c in chunks], max_chunks, languages[k])
                notes[k].append(
                    f"article is {len(chunks)} chunks long, more than the limit of {max_chunks}: summarized the "
                    f"{len(keep)} most relevant chunks (the lead, then those closest to the whole article, "
                    f"extractive TF-IDF ranking) and left {len(chunks) - len(keep)} out"
                )
                chunks = [chunks[i] for i in keep]
            map_jobs.extend((k, chunk.text) for chunk in chunks)
        pending = {}
        if not map_jobs:
            break
        outputs = _generate_with_progress(backend, [t for _, t in map_jobs], map_options, round_no)
        partials: dict[int, list[str]] = {}
        for (k, _), out in zip(map_jobs, outputs, strict=True):
            partials.setdefault(k, []).append(out)
        for k, parts in partials.items():
            if round_no == 0:
                chunks_of[k] = len(parts)
            pending[k] = [p for p in parts if p.strip()] or parts
    order = [k for k in range(len(documents)) if k in final_inputs]
    texts = backend.generate([final_inputs[k] for k in order], final_options)
    summaries = dict(zip(order, texts, strict=True))
    results = []
    for k in range(len(documents)):
        info = []
        if chunks_of[k] > 1:
            info.append(
                f"article is {first_tokens[k]:,} tokens, longer than the {window}-token input of "
                f"{model}: summarized in {chunks_of[k]} chunks and combined (map-reduce)"
            )
        results.append(Summary(summaries.get(k, ""), chunks_of[k], notes[k], info))
    return results


def _generate_with_progress(backend: Backend, texts: list[str], options: GenerationOptions, round_no: int) -> list[str]:
    """``backend.generate(texts)``, in slices with a progress record after each when the
    progress logger is listened to; in one call otherwise."""
    if not progress_log.isEnabledFor(logging.INFO) or len(texts) <= 1:
        return backend.generate(texts, options)
    stage = "summarize" if round_no == 0 else "reduce"
    outputs: list[str] = []
    for start in range(0, len(texts), PROGRESS_SLICE):
        progress_log.info("%s", stage, extra={"stage": stage, "done": start, "total": len(texts)})
        outputs.extend(backend.generate(texts[start : start + PROGRESS_SLICE], options))
    progress_log.info("%s", stage, extra={"stage": stage, "done": len(texts), "total": len(texts)})
    return outputs


def extractive_summary(
    sentences: Sequence[str] | ArticleSentences, length: str, language: str, headline: str | None = None
) -> tuple[Summary, list[int], str]:
    """The model-free summary: see :func:`compressed_extractive_summary` (without the compressed pieces)."""
    summary, picked, scorer, _ = compressed_extractive_summary(sentences, length, language, headline)
    return summary, picked, scorer


def compressed_extractive_summary(
    sentences: Sequence[str] | ArticleSentences, length: str, language: str, headline: str | None = None
) -> tuple[Summary, list[int], str, list]:
    """The model-free summary: sentences of the article, chosen for ``length`` by the learned
    sentence ranker (the heuristic scorer when its file is missing; ``headline``, the article's title
    when known, steers the ranker's choice), then safely compressed (:mod:`summarizer.ranking.compress`:
    every kept word is the article's own, in order).

    Returns:
        The summary, the indices of the chosen sentences (article order), the scorer used
        (``"ranker"`` or ``"heuristic"``) and each chosen sentence as compressed.
    """
    from summarizer.ranking.compress import compress_extract
    from summarizer.ranking.model import select_for_length

    article = sentences if isinstance(sentences, ArticleSentences) else ArticleSentences.plain(sentences)
    picked, scorer = select_for_length(article, length, language, headline=headline)
    warnings = []
    if not picked:  # the first sentence alone is longer than the budget
        picked = [0]
        warnings.append("the first sentence alone is longer than the extractive word budget")
    pieces = compress_extract(article.texts, article.headings, picked, language)
    return Summary(" ".join(p.text for p in pieces), 1, warnings), picked, scorer, pieces


def linked_extractive_summary(
    paragraphs: Sequence[str],
    sentences: Sequence[Sentence],
    work_sentences: Sequence[str],
    headings: frozenset[int],
    length: str,
    language: str,
    *,
    aligned: bool = True,
    headline: str | None = None,
) -> tuple[Summary, list[dict] | None, str]:
    """:func:`extractive_summary` on an article's sentences, with the links of the chosen ones.

    Args:
        aligned: whether ``work_sentences`` are the article's own sentences (not a translation);
            only then are paragraphs, headings, links and ``headline`` (the article's title) used.

    Returns:
        The summary, one link per chosen sentence (:func:`summarizer.ranking.links.sentence_links`;
        None when not aligned) and the scorer used.
    """
    from summarizer.ranking import links

    aligned = aligned and len(work_sentences) == len(sentences)
    article = links.article_sentences_of(work_sentences, sentences if aligned else None, headings)
    summary, picked, scorer, pieces = compressed_extractive_summary(
        article, length, language, headline if aligned else None
    )
    found = links.sentence_links(paragraphs, sentences, work_sentences, picked, pieces) if aligned else None
    return summary, found, scorer
