"""Batch outputs: where the summaries go, written so that a crash never loses or corrupts them.

Outputs are JSONL, CSV or Parquet files written so that a crash at any moment leaves a valid
file and a re-run resumes where it stopped:

* JSONL: records are appended to the output itself, flushed and fsync'ed after every batch.
  On resume a cut-off last line is dropped, and failed records that will be retried are
  removed first (by an atomic rewrite), so every id appears exactly once.
* CSV and Parquet cannot be appended safely, so records go to a JSONL journal next to the
  output (``OUT.partial.jsonl``, appended and fsync'ed per batch) and the output is rewritten
  from it by atomic replace (write ``OUT.tmp``, fsync, rename) after batches (throttled so
  rewriting costs at most ~5% of the run) and at the end, when the journal is removed.
  After a crash ``OUT`` holds the last snapshot and the journal everything; a re-run reads
  the journal.

No third-party import happens at module import time (pyarrow only for Parquet).
"""

from __future__ import annotations

import contextlib
import csv
import errno
import glob
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from summarizer.batch.records import SUMMARY_LAYOUT, RecordLayout
from summarizer.errors import BatchUsageError, SummarizerError, one_line

log = logging.getLogger("summarizer")

OUTPUT_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


class OutputError(SummarizerError):
    """The batch output cannot be written (read-only folder, full disk, a symbolic link...).
    What was written before stays valid, and the same command resumes."""


def _output_error(path: Path, exc: OSError) -> OutputError:
    cause = exc.strerror or one_line(exc)
    return OutputError(
        f"cannot write {path}: {cause}; what was written so far is kept, run the same command again to resume"
    )


def _open_nofollow(path: Path, mode: str) -> Any:
    """Open ``path`` for appending ("ab" or "a"), created if missing, refusing a symbolic link."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o666)
    except OSError as exc:
        if exc.errno == errno.ELOOP or path.is_symlink():
            raise OutputError(f"{path} is a symbolic link; refusing to write through it (remove it)") from None
        raise
    return os.fdopen(fd, mode)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Write ``path`` through a new, uniquely named temporary file in the same folder (created
    with O_EXCL, so nothing planted there is followed), fsync, then an atomic rename: readers
    see the old file or the new one, never half of one."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    _fsync_dir(path.parent)


def _scan_jsonl(
    path: Path, layout: RecordLayout = SUMMARY_LAYOUT
) -> Iterator[tuple[int, bytes, dict[str, Any] | None]]:
    """(line index, raw line, record or None if unusable) for every non-blank line, streaming."""
    with open(path, "rb") as handle:
        for index, raw in enumerate(handle):
            if not raw.strip():
                continue
            record: dict[str, Any] | None = None
            if raw.endswith(b"\n"):  # a line without its newline was cut off by a crash
                try:
                    obj = json.loads(raw)
                except (UnicodeDecodeError, json.JSONDecodeError):
                    obj = None
                if isinstance(obj, dict) and "id" in obj and "error" in obj and layout.checks_out(obj):
                    obj["id"] = str(obj["id"])
                    record = obj
            yield index, raw, record


def _iter_records(path: Path, layout: RecordLayout = SUMMARY_LAYOUT) -> Iterator[dict[str, Any]]:
    """The usable records of a JSONL file (the last record of an id wins when resuming, not here)."""
    for _, _, record in _scan_jsonl(path, layout):
        if record is not None:
            yield record


def _iter_table_records(path: Path, fmt: str, layout: RecordLayout = SUMMARY_LAYOUT) -> Iterator[dict[str, Any]]:
    """Records read back from an earlier CSV or Parquet output."""
    if fmt == "csv":
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                yield layout.unflat(row)
        return
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(batch_size=10_000):
        for row in batch.to_pylist():
            yield layout.unflat(row)


def output_format(path: str | Path) -> str:
    """The output format ("jsonl", "csv" or "parquet") from the output file's extension.

    Raises:
        BatchUsageError: for any other extension.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in OUTPUT_SUFFIXES:
        raise BatchUsageError(
            f"unknown output extension {suffix or '(none)'!r} for {path}: use {', '.join(OUTPUT_SUFFIXES)}"
        )
    return OUTPUT_SUFFIXES[suffix]


class OutputStore:
    """Crash-safe, resumable output (see the module docstring for the scheme).

    Use: ``open()`` (returns the status of existing records), ``prepare(retry)``, then
    ``append(records)`` per batch and ``close()`` at the end (also after an interruption).
    Existing outputs are streamed, never loaded whole: memory grows with the number of ids only.

    Args:
        path: the output file (.jsonl, .csv or .parquet).
        overwrite: discard existing results instead of resuming.
        layout: the records' fields and checksum (default: ``summarizer batch`` records).

    Raises:
        BatchUsageError: unknown extension; another run is writing the same output; an
            existing output that is not a summarizer output.
    """

    # Rewrite CSV/Parquet after a batch only when the last rewrite took < 1/SNAPSHOT_RATIO of the time since.
    SNAPSHOT_RATIO = 20

    def __init__(self, path: str | Path, *, overwrite: bool = False, layout: RecordLayout = SUMMARY_LAYOUT) -> None:
        self.path = Path(path)
        self.layout = layout
        self.format = output_format(self.path)
        self.overwrite = overwrite
        self.journal = self.path if self.format == "jsonl" else self.path.with_name(self.path.name + ".partial.jsonl")
        self._lock_path = self.path.with_name(self.path.name + ".lock")
        self._lock_handle: Any = None
        self._handle: BinaryIO | None = None
        self._status: dict[str, str | None] = {}
        self._last_line: dict[str, int] = {}
        self._needs_rewrite = False
        self._last_snapshot = 0.0
        self._snapshot_cost = 0.0
        self._dirty = False
        self._failed = False  # a write failed: close() keeps the journal and does not raise again

    # ------------------------------------------------------------------ setup
    def _lock(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        stale = self._lock_path.exists() and not self._lock_path.is_symlink()
        self._lock_handle = _open_nofollow(self._lock_path, "a")  # held for the whole run
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock
            return
        try:
            fcntl.flock(self._lock_handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock_handle.close()
            self._lock_handle = None
            raise BatchUsageError(f"another `summarizer batch` is writing {self.path}") from None
        if stale:  # nobody holds it: left by a run that was killed; removed when this run ends
            log.warning("%s: stale lock left by a run that was killed; removed when this run ends", self._lock_path)

    def _release(self) -> None:
        if self._lock_handle is not None:
            self._lock_handle.close()
            self._lock_handle = None
            with contextlib.suppress(FileNotFoundError):
                self._lock_path.unlink()

    def open(self) -> dict[str, str | None]:
        """Lock the output and read what earlier runs wrote.

        Returns:
            id -> error of the existing records (None for a success; the last record of an id wins).
        """
        parent = self.path.parent
        if parent.exists() and not parent.is_dir():
            raise OutputError(f"cannot write {self.path}: {parent} is a file, not a folder")
        if self.path.is_dir():
            raise BatchUsageError(
                f"{self.path} is a folder: name the output file, e.g. -o {self.path / ('summaries.' + self.format)}"
            )
        try:
            self._lock()
        except OSError as exc:
            raise _output_error(Path(exc.filename or self._lock_path), exc) from None
        try:
            for path in {self.journal, self._lock_path}:
                if path.is_symlink():
                    raise OutputError(f"{path} is a symbolic link; refusing to write through it (remove it)")
            self._remove_stale_temporaries()
            if self.overwrite:
                for path in (self.path, self.journal):
                    with contextlib.suppress(FileNotFoundError):
                        path.unlink()
            elif not self.journal.exists() and self.path.exists() and self.format != "jsonl":
                self._journal_from_output()
            if self.journal.exists():
                self._scan()
        except OSError as exc:
            self._release()
            raise _output_error(Path(exc.filename or self.path), exc) from None
        except BaseException:
            self._release()
            raise
        return dict(self._status)

    def _remove_stale_temporaries(self) -> None:
        """Temporary files left by a run of this output that was killed (we hold its lock)."""
        for leftover in self.path.parent.glob(f".{glob.escape(self.path.name)}.*.tmp"):
            if leftover.is_file() and not leftover.is_symlink():
                with contextlib.suppress(OSError):
                    leftover.unlink()

    def _journal_from_output(self) -> None:
        """Resume from a finished CSV/Parquet output: its intact records become the journal
        (a record whose checksum does not match is redone)."""
        damaged = [0]
        try:

            def write(tmp: Path) -> None:
                with open(tmp, "w", encoding="utf-8") as handle:
                    for record in _iter_table_records(self.path, self.format, self.layout):
                        if "id" not in record or "error" not in record:
                            raise BatchUsageError(
                                f"{self.path} exists but holds no summarizer records; use --overwrite to replace it"
                            )
                        if not self.layout.checks_out(record):  # damaged (cut, edited): redone
                            damaged[0] += 1
                            continue
                        record["id"] = str(record["id"])
                        handle.write(json.dumps(record, ensure_ascii=False) + "\n")

            _atomic_write(self.journal, write)
        except (OSError, ValueError, csv.Error) as exc:
            if isinstance(exc, BatchUsageError):
                raise
            first = one_line(exc)
            raise BatchUsageError(f"cannot resume from {self.path} ({first}); use --overwrite to replace it") from None
        self._dirty = True
        log.info("resuming from %s", self.path)
        if damaged[0]:
            log.warning("%s: %d damaged record(s) (checksum mismatch) will be redone", self.path, damaged[0])

    def _scan(self) -> None:
        lines = bad = 0
        last_index = -1
        for index, _raw, record in _scan_jsonl(self.journal, self.layout):
            lines += 1
            last_index = index
            if record is None:
                bad += 1
                continue
            if record["id"] in self._status:
                self._needs_rewrite = True  # an id twice: keep only its last record
            self._status[record["id"]] = record.get("error")
            self._last_line[record["id"]] = index
        if lines and not self._status:
            raise BatchUsageError(
                f"{self.journal} exists but holds no summarizer records; use --overwrite to replace it"
            )
        if bad:
            self._needs_rewrite = True
            log.info("%s: dropping %d unreadable or cut-off line(s) (last line: %d)", self.journal, bad, last_index + 1)
        with open(self.journal, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            if handle.tell():
                handle.seek(-1, os.SEEK_END)
                self._needs_rewrite |= handle.read(1) != b"\n"

    def prepare(self, retry: set[str]) -> None:
        """Drop the records of ids about to be redone, then open the journal for appending."""
        try:
            self._prepare(retry)
        except OSError as exc:
            raise _output_error(Path(exc.filename or self.journal), exc) from None

    def _prepare(self, retry: set[str]) -> None:
        drop = {i for i in retry if i in self._status}
        if self._needs_rewrite or drop or not self.journal.exists():
            keep = {self._last_line[i] for i in self._last_line if i not in drop}

            def write(tmp: Path) -> None:
                with open(tmp, "wb") as out:
                    if self.journal.exists():
                        for index, raw, record in _scan_jsonl(self.journal, self.layout):
                            if record is not None and index in keep:
                                out.write(raw)

            _atomic_write(self.journal, write)
            self._dirty = self._dirty or self.format != "jsonl"
        self._status.clear()
        self._last_line.clear()
        self._handle = _open_nofollow(self.journal, "ab")  # closed in close()
        if self._dirty:
            self.snapshot()

    # ------------------------------------------------------------------ writing
    def append(self, records: Sequence[dict[str, Any]]) -> None:
        """Append records, flush and fsync; refresh a CSV/Parquet output when it is cheap enough."""
        if not records or self._handle is None:
            return
        data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
        try:
            self._handle.write(data)
            self._handle.flush()
            os.fsync(self._handle.fileno())
        except OSError as exc:  # full disk, file size limit...: a cut line is dropped on resume
            self._failed = True
            raise _output_error(self.journal, exc) from None
        if self.format != "jsonl":
            self._dirty = True
            elapsed = time.monotonic() - self._last_snapshot
            if elapsed >= self.SNAPSHOT_RATIO * self._snapshot_cost:
                self.snapshot()

    def snapshot(self) -> None:
        """Rewrite a CSV/Parquet output from the journal by atomic replace."""
        if self.format == "jsonl":
            return
        started = time.monotonic()
        writer = _write_csv if self.format == "csv" else _write_parquet
        try:
            _atomic_write(self.path, lambda tmp: writer(tmp, _iter_records(self.journal, self.layout), self.layout))
        except OSError as exc:  # the previous snapshot stays; the journal has everything
            self._failed = True
            raise _output_error(self.path, exc) from None
        self._last_snapshot = time.monotonic()
        self._snapshot_cost = self._last_snapshot - started
        self._dirty = False

    def close(self) -> None:
        """Finish: a last CSV/Parquet snapshot, the journal removed, the lock released. After a
        failed write the journal is kept (the next run resumes from it)."""
        self._failed_before_close = self._failed
        try:
            if self._handle is not None:
                handle, self._handle = self._handle, None
                with contextlib.suppress(OSError):
                    handle.close()
                if self.format != "jsonl":
                    try:
                        self.snapshot()
                    except OutputError:
                        if not self._failed_before_close:
                            raise
                        log.warning("%s not refreshed; the journal %s keeps every record", self.path, self.journal)
                        return
                    self.journal.unlink()
        finally:
            self._release()


def _write_csv(path: Path, records: Iterable[dict[str, Any]], layout: RecordLayout = SUMMARY_LAYOUT) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(layout.table_fields), extrasaction="ignore")
        writer.writeheader()
        for record in records:
            writer.writerow({k: ("" if v is None else v) for k, v in layout.flat(record).items()})


def _write_parquet(
    path: Path, records: Iterable[dict[str, Any]], layout: RecordLayout = SUMMARY_LAYOUT, rows_per_group: int = 10_000
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = layout.parquet_schema()

    def table(rows: list[dict[str, Any]]):
        return pa.table({name: [row[name] for row in rows] for name in layout.table_fields}, schema=schema)

    with pq.ParquetWriter(path, schema) as writer:
        rows: list[dict[str, Any]] = []
        written = 0
        for record in records:
            rows.append(layout.flat(record))
            if len(rows) >= rows_per_group:
                writer.write_table(table(rows))
                written += len(rows)
                rows = []
        if rows or not written:
            writer.write_table(table(rows))
