"""The pipeline's stages as functions over lists of articles: each takes a loaded
:class:`~summarizer.backends.Backend` (or none) and returns what it made, so every stage can be
tested with a fake backend in milliseconds.

- :mod:`~summarizer.stages.translate`: sentence-level translation, paragraphs rebuilt.
- :mod:`~summarizer.stages.summarize`: map-reduce summarization, and the extractive summary.
- :mod:`~summarizer.stages.evidence`: the evidence view (article sentences behind each summary sentence).
- the fact check of a result's outputs is :func:`summarizer.guard.check`.
- :func:`group_by`: articles grouped by the model that serves them (one pooled call per group).
- :func:`run_isolated`: run a stage on a group, and article by article if the group fails.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from summarizer.errors import GenerationError, SummarizerError, one_line

T = TypeVar("T")

__all__ = ["generation_error", "group_by", "run_isolated"]


OUT_OF_MEMORY_HINT = (
    "lower the batch budget (--max-batch-tokens, or max_batch_tokens= in SummarizerConfig), "
    "use fewer beams (--num-beams) or a smaller preset"
)


def _out_of_memory(exc: BaseException) -> bool:
    return isinstance(exc, MemoryError) or type(exc).__name__ == "OutOfMemoryError" or "out of memory" in str(exc)


def generation_error(exc: BaseException) -> GenerationError:
    """A one-line :class:`GenerationError` for an exception raised inside a model library;
    running out of memory names the settings that lower it."""
    if _out_of_memory(exc):
        return GenerationError(f"the model ran out of memory while generating: {OUT_OF_MEMORY_HINT}")
    return GenerationError(f"the model failed while generating ({type(exc).__name__}: {one_line(exc, 300)})")


def group_by(items: Sequence[T], key: Callable[[T], str | None]) -> dict[str, list[T]]:
    """Items by the name ``key`` gives them (a model id), in first-seen order; items without one are left out."""
    groups: dict[str, list[T]] = {}
    for item in items:
        value = key(item)
        if value:
            groups.setdefault(value, []).append(item)
    return groups


def run_isolated(
    items: Sequence[T], work: Callable[[list[T]], None], fail: Callable[[T, SummarizerError], None]
) -> None:
    """Run ``work`` on all ``items`` at once; if it fails, retry item by item so one bad item
    cannot fail the others. An item that fails alone gets ``fail(item, error)``: a
    :class:`SummarizerError` as raised, any other exception (a model error on that input)
    wrapped in a :class:`GenerationError` with its first line."""
    items = list(items)
    try:
        work(items)
        return
    except SummarizerError as exc:
        if len(items) == 1:
            fail(items[0], exc)
            return
    except Exception as exc:  # a model error on pooled input: isolate the culprit below
        if len(items) == 1:
            fail(items[0], generation_error(exc))
            return
    for item in items:
        run_isolated([item], work, fail)
