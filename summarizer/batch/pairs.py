"""``summarizer verify --pairs``: many (article, summary) pairs checked into one resumable table.

The pairs come from a JSONL, CSV/TSV or Parquet table (or JSONL on standard input) read by the
batch readers of :mod:`summarizer.sources` (the table is read twice, once per text column, so
each pair keeps the same unique id, validation and per-row errors as ``summarizer batch``).
Records go through the batch output store (:class:`~summarizer.batch.store.OutputStore`: journal,
fsync, atomic rewrite), so a crash loses nothing and a re-run resumes; a pair that cannot be
checked gets an error record and the run goes on.
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.batch.records import FlatLayout
from summarizer.batch.report import BatchInterrupted, BatchReport, Progress
from summarizer.batch.store import OutputStore, output_format
from summarizer.config import DEFAULT_MAX_CHARS
from summarizer.errors import BatchUsageError, SummarizerError, one_line
from summarizer.sources.items import STDIN, iter_items, open_sources
from summarizer.sources.kinds import TABLE_SUFFIXES
from summarizer.sources.rows import Item
from summarizer.verify import verify

log = logging.getLogger("summarizer")

# The fields of :meth:`summarizer.verify.Verification.to_dict`, in order.
VERIFICATION_FIELDS: tuple[str, ...] = (
    "schema_version",
    "version",
    "supported",
    "source_language",
    "summary_language",
    "method",
    "article_sentences",
    "sentences",
    "flags",
    "counts",
    "warnings",
)
PAIR_LAYOUT = FlatLayout(
    ("id", *VERIFICATION_FIELDS, "error", "checksum"),
    nested=frozenset({"article_sentences", "sentences", "flags", "counts", "warnings"}),
    bools=frozenset({"supported"}),
)
WRITE_EVERY = 16  # records appended (and fsync'ed) together


@dataclass
class PairsReport(BatchReport):
    """What a ``verify --pairs`` run did: :class:`BatchReport`'s counters (``done``: pairs checked)
    plus ``flagged``, the pairs checked by this run that are not supported."""

    flagged: int = 0

    def format(self) -> str:
        """The human-readable final report."""
        state = "interrupted" if self.interrupted else "finished"
        lines = [
            f"verify {state} in {self.seconds:.1f}s: {self.total} pairs, {self.done} checked "
            f"({self.flagged} flagged), {self.skipped} skipped (done before), {self.failed} failed; output: {self.output}"
        ]
        lines += [f"failed: {error}" if error.startswith(i) else f"failed: {i}: {error}" for i, error in self.failures]
        if self.interrupted:
            lines.append("results so far are saved: run the same command again to resume")
        return "\n".join(lines)


def pair_record(item_id: str, verification: dict[str, Any] | None, error: str | None) -> dict[str, Any]:
    """An output record: the id, the fields of ``Verification.to_dict()`` (None on failure), the error."""
    record: dict[str, Any] = {"id": item_id}
    for name in VERIFICATION_FIELDS:
        record[name] = verification.get(name) if verification is not None and error is None else None
    record["error"] = error
    record["checksum"] = PAIR_LAYOUT.checksum(record)
    return record


def run_pairs(
    pairs: str,
    output: str | Path,
    *,
    article_column: str = "article",
    summary_column: str = "summary",
    id_column: str | None = None,
    source_language: str | None = None,
    summary_language: str | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    overwrite: bool = False,
    progress: Progress | None = None,
    stdin: Any = None,
    translate: Any = None,
    names: bool = True,
) -> PairsReport:
    """Check every (article, summary) pair of the table ``pairs`` into ``output``, resuming an earlier run.

    Args:
        pairs: a .jsonl/.csv/.tsv/.parquet table, or "-" for JSONL on ``stdin``.
        output: a .jsonl, .csv or .parquet file.
        article_column, summary_column, id_column: the table's columns (id default: ``id``, else the row number).
        source_language, summary_language: force the languages (default: detected per pair).
        max_chars: size limit on each text.
        overwrite: start over instead of resuming.
        progress: progress display (default: none).
        stdin: stream read for "-".
        translate, names: as for :func:`summarizer.verify.verify` (a translator for the articles; name checks).

    Returns:
        The counters of the run (``failed > 0``: some pairs have an error record).

    Raises:
        BatchUsageError: not a table, a missing column, a bad output extension, the output locked.
        BatchInterrupted: Ctrl-C / SIGTERM; everything finished so far is saved.
    """
    started = time.monotonic()
    output_format(output)
    if pairs != STDIN and Path(pairs).suffix.lower() not in TABLE_SUFFIXES:
        raise BatchUsageError(f"{pairs}: --pairs takes a table ({', '.join(sorted(TABLE_SUFFIXES))}) or - for JSONL")
    if pairs != STDIN and Path(pairs).resolve() == Path(output).resolve():
        raise BatchUsageError(f"{output} is both the pairs and the output")
    data = _stdin_bytes(stdin) if pairs == STDIN else None

    def sources(column: str) -> list[Any]:
        stream = io.BytesIO(data) if data is not None else None
        return open_sources([pairs], text_column=column, id_column=id_column, max_chars=max_chars, stdin=stream)

    progress = progress or Progress()
    report = PairsReport(output=str(output), engine="local")
    ids = [item.id for item in iter_items(sources(article_column), want_text=False, max_chars=max_chars)]
    store = OutputStore(output, overwrite=overwrite, layout=PAIR_LAYOUT)
    status = store.open()
    try:
        done = {i for i in ids if i in status and status[i] is None}
        store.prepare({i for i in ids if i in status and status[i] is not None})
        report.total, report.skipped = len(ids), len(done)
        progress.start(report.total, report.skipped)
        pending: list[dict[str, Any]] = []
        for item_id, record in _records(
            sources(article_column),
            sources(summary_column),
            done,
            max_chars,
            {
                "source_language": source_language,
                "summary_language": summary_language,
                "translate": translate,
                "names": names,
            },
        ):
            pending.append(record)
            if record["error"] is None:
                report.done += 1
                report.flagged += not record["supported"]
            else:
                report.failed += 1
                if len(report.failures) < 10:
                    report.failures.append((item_id, record["error"]))
            if len(pending) >= WRITE_EVERY:
                store.append(pending)
                pending = []
                progress.update(report)
        store.append(pending)
        progress.update(report)
    except KeyboardInterrupt:
        report.interrupted = True
        store.append(pending)
        raise BatchInterrupted(report) from None
    finally:
        report.seconds = time.monotonic() - started
        try:
            store.close()
        finally:
            progress.close(report)
    return report


def _records(
    articles: list[Any], summaries: list[Any], done: set[str], max_chars: int | None, options: dict[str, Any]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, record) for every pair not done yet, in table order."""
    pairs = zip(
        iter_items(articles, skip=done, max_chars=max_chars),
        iter_items(summaries, skip=done, max_chars=max_chars),
        strict=True,
    )
    for article, summary in pairs:
        yield article.id, _check(article, summary, max_chars, options)


def _check(article: Item, summary: Item, max_chars: int | None, options: dict[str, Any]) -> dict[str, Any]:
    error = _item_error(article, "article") or _item_error(summary, "summary")
    if error is not None:
        return pair_record(article.id, None, error)
    try:
        result = verify(article.text or "", summary.text or "", max_chars=max_chars, **options)
    except SummarizerError as exc:
        return pair_record(article.id, None, f"{article.name}: {one_line(exc)}")
    except Exception as exc:  # one pair must never stop the run
        log.error("%s: unexpected error while verifying it", article.name, exc_info=True)
        return pair_record(
            article.id, None, f"{article.name}: unexpected error ({type(exc).__name__}: {one_line(exc)})"
        )
    return pair_record(article.id, result.to_dict(), None)


def _item_error(item: Item, what: str) -> str | None:
    if item.error is None:
        return None
    return item.error if what in item.error else f"{item.error} ({what})"


def _stdin_bytes(stdin: Any) -> bytes:
    import sys

    stream = stdin if stdin is not None else sys.stdin
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
    return data.encode("utf-8") if isinstance(data, str) else data
