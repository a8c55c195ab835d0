"""Batch inputs: where articles come from.

Inputs are folders of article files, single files, JSONL/CSV/TSV/Parquet tables and JSONL on
standard input. Each yields :class:`Item` objects with a unique id and either validated text
or a one-line error, so one bad file or row never stops a run. (The reading side of batch mode;
the news-sources work moves it to ``summarizer/sources/``.)

No third-party import happens at module import time (pyarrow only for Parquet).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from summarizer.batch.folders import walk_folder
from summarizer.config import DEFAULT_MAX_CHARS
from summarizer.errors import BatchUsageError, InputError, one_line
from summarizer.inputs import HTML_SUFFIXES, decode_bytes, read_bytes, read_text

log = logging.getLogger("summarizer")

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
TABLE_SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
DEFAULT_TEXT_COLUMNS = ("text", "article", "content")
DEFAULT_ID_COLUMN = "id"
STDIN = "-"
STDIN_LABEL = "stdin"


# ---------------------------------------------------------------------- inputs
@dataclass
class Item:
    """One article of a batch.

    Attributes:
        id: unique id in the batch (file path relative to its input folder, or file name; id column value or row number).
        name: where it comes from, for messages ("dir/a.txt", "data.csv line 4").
        text: the validated article text, or None when the item is unusable or not loaded.
        error: a one-line message when the item cannot be summarized, else None.
    """

    id: str
    name: str
    text: str | None = None
    error: str | None = None


@dataclass
class _Row:
    """A raw row before id de-duplication and text validation."""

    base_id: str
    name: str
    value: str | bytes | None = None
    error: str | None = None
    html: bool | None = None
    loader: Callable[[], bytes] | None = None


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", bool: "a boolean", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )


def _id_text(value: Any) -> str | None:
    """An id cell as a string; None for missing or empty values."""
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:  # NaN
            return None
        if value.is_integer():
            value = int(value)
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = str(value).strip()
    return text or None


class _Columns:
    """Chooses the text and id columns of a table and explains missing ones."""

    def __init__(self, label: str, text_column: str | None, id_column: str | None) -> None:
        self.label = label
        self.text_column = text_column
        self.id_column = id_column

    def text_key(self, columns: Iterable[str]) -> str | None:
        present = set(columns)
        if self.text_column is not None:
            return self.text_column if self.text_column in present else None
        return next((c for c in DEFAULT_TEXT_COLUMNS if c in present), None)

    def id_key(self, columns: Iterable[str]) -> str | None:
        wanted = self.id_column or DEFAULT_ID_COLUMN
        return wanted if wanted in set(columns) else None

    def missing_text(self, columns: Sequence[str]) -> str:
        available = ", ".join(columns) if columns else "none"
        if self.text_column is not None:
            return f"{self.label}: no column '{self.text_column}' (available columns: {available})"
        return (
            f"{self.label}: no text column (looked for {', '.join(DEFAULT_TEXT_COLUMNS)}; "
            f"available columns: {available}); choose one with --text-column"
        )

    def missing_id(self, columns: Sequence[str]) -> str:
        available = ", ".join(columns) if columns else "none"
        return f"{self.label}: no column '{self.id_column}' (available columns: {available}); check --id-column"

    def check(self, columns: Sequence[str]) -> tuple[str, str | None]:
        """The text and id keys of a table with a fixed header.

        Raises:
            BatchUsageError: the text column, or an explicitly named id column, is missing.
        """
        text_key = self.text_key(columns)
        if text_key is None:
            raise BatchUsageError(self.missing_text(columns))
        id_key = self.id_key(columns)
        if id_key is None and self.id_column is not None:
            raise BatchUsageError(self.missing_id(columns))
        return text_key, id_key


def _cell_text(value: Any, key: str, where: str) -> tuple[str | bytes | None, str | None]:
    """(text, None) for a usable cell, (None, error) otherwise."""
    if value is None or (isinstance(value, float) and value != value):
        return None, f"{where}: '{key}' is empty (null)"
    if isinstance(value, (str, bytes)):
        return value, None
    return None, f"{where}: '{key}' is {_type_name(value)}, not text"


class Source:
    """Something that yields rows: a file, a table or standard input."""

    label: str = ""

    def rows(self, want_text: bool) -> Iterator[_Row]:
        """Yield raw rows; ``want_text=False`` skips reading article files."""
        raise NotImplementedError


class FileSource(Source):
    """One article file (.txt, .md, .html...). Its id is its path relative to the input folder
    it was found in, or its file name when given on its own, so the same files get the same ids
    from any working directory (and a resumed run recognises them); messages name the path."""

    def __init__(self, path: Path, max_chars: int | None, item_id: str | None = None) -> None:
        self.path = path
        self.label = str(path)
        self.item_id = item_id or path.name
        self.max_chars = max_chars

    def _load(self) -> bytes:
        return read_bytes(self.path, self.max_chars, self.label)  # bounded; devices refused

    def rows(self, want_text: bool) -> Iterator[_Row]:
        html = True if self.path.suffix.lower() in HTML_SUFFIXES else None
        yield _Row(self.item_id, self.label, html=html, loader=self._load)


def folder_files(folder: Path, follow_symlinks: bool = False) -> list[tuple[Path, str | None]]:
    """Every non-hidden entry under ``folder`` (:func:`~summarizer.batch.folders.walk_folder`), each
    with None or the error that gets it an error record. Files that are neither articles nor
    tables are still read as articles, so a binary file gets an error record, not silence.
    """
    found = walk_folder(folder, follow_symlinks)
    others = [
        str(path.relative_to(folder))
        for path, problem in found
        if problem is None and path.suffix.lower() not in ARTICLE_SUFFIXES and path.suffix.lower() not in TABLE_SUFFIXES
    ]
    if others:
        log.info(
            "%s: %d file(s) are not %s and will be read as plain text (e.g. %s)",
            folder,
            len(others),
            "/".join(ARTICLE_SUFFIXES),
            ", ".join(sorted(others)[:3]),
        )
    return found


class ErrorSource(Source):
    """An entry that cannot be read (a link out of the tree, a FIFO, a device): one error record."""

    def __init__(self, path: Path, error: str, item_id: str | None = None) -> None:
        self.path = None  # never read, never the output
        self.label = str(path)
        self.item_id = item_id or path.name
        self.error = error

    def rows(self, want_text: bool) -> Iterator[_Row]:
        yield _Row(self.item_id, self.label, error=self.error)


class JsonlSource(Source):
    """JSON Lines: one object per line; malformed lines become error rows naming the line."""

    def __init__(self, label: str, columns: _Columns, path: Path | None = None, data: bytes | None = None) -> None:
        self.label = label
        self.path = path
        self.data = data
        self.columns = columns

    def _open(self) -> BinaryIO:
        if self.data is not None:
            return io.BytesIO(self.data)
        return open(self.path, "rb")

    def rows(self, want_text: bool) -> Iterator[_Row]:
        seen_keys: dict[str, None] = {}
        objects = with_text = with_id = 0
        with self._open() as handle:
            for lineno, raw in enumerate(handle, 1):
                if not raw.strip():
                    continue
                where = f"{self.label} line {lineno}"
                fallback = f"{self.label}:{lineno}"
                try:
                    line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
                except UnicodeDecodeError:
                    yield _Row(fallback, where, error=f"{where}: not valid UTF-8")
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield _Row(fallback, where, error=f"{where}: malformed JSON ({exc.msg}, column {exc.colno})")
                    continue
                if not isinstance(obj, dict):
                    yield _Row(fallback, where, error=f"{where}: expected a JSON object, found {_type_name(obj)}")
                    continue
                objects += 1
                seen_keys.update(dict.fromkeys(obj))
                id_key = self.columns.id_key(obj)
                with_id += id_key is not None
                base_id = (_id_text(obj[id_key]) if id_key else None) or str(lineno)
                text_key = self.columns.text_key(obj)
                if text_key is None:
                    available = ", ".join(obj) or "none"
                    if self.columns.text_column is not None:
                        message = f"{where}: no '{self.columns.text_column}' field (fields: {available})"
                    else:
                        message = f"{where}: no text field (looked for {', '.join(DEFAULT_TEXT_COLUMNS)}; fields: {available})"
                    yield _Row(base_id, where, error=message)
                    continue
                with_text += 1
                value, error = _cell_text(obj[text_key], text_key, where)
                yield _Row(base_id, where, value=value if want_text else None, error=error)
        if objects and not with_text:
            raise BatchUsageError(self.columns.missing_text(list(seen_keys)))
        if objects and self.columns.id_column is not None and not with_id:
            raise BatchUsageError(self.columns.missing_id(list(seen_keys)))


def _decode_table(path: Path, label: str) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{label}: cannot read ({exc.strerror or exc})") from None
    return decode_bytes(data, label)


class CsvSource(Source):
    """CSV or TSV with a header row; malformed rows become error rows naming the line."""

    def __init__(self, path: Path, columns: _Columns, delimiter: str = ",") -> None:
        self.path = path
        self.label = str(path)
        self.columns = columns
        self.delimiter = delimiter

    def rows(self, want_text: bool) -> Iterator[_Row]:
        try:
            text = _decode_table(self.path, self.label)
        except InputError as exc:
            yield _Row(self.label, self.label, error=str(exc))
            return
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            log.warning("%s is empty: no rows", self.label)
            return
        except csv.Error as exc:
            yield _Row(self.label, self.label, error=f"{self.label} line 1: malformed CSV header ({exc})")
            return
        header = [h.strip() for h in header]
        text_key, id_key = self.columns.check(header)
        text_at = header.index(text_key)
        id_at = header.index(id_key) if id_key else None
        number = 0
        last_line = reader.line_num
        while True:
            start = last_line + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                last_line = reader.line_num
                where = f"{self.label} line {start}"
                number += 1
                yield _Row(f"{self.label}:{start}", where, error=f"{where}: malformed CSV row ({exc})")
                continue
            last_line = reader.line_num
            if not cells:
                continue
            number += 1
            where = f"{self.label} line {start}"
            if len(cells) != len(header):
                yield _Row(
                    f"{self.label}:{start}",
                    where,
                    error=f"{where}: malformed CSV row ({len(cells)} fields, the header has {len(header)})",
                )
                continue
            base_id = (_id_text(cells[id_at]) if id_at is not None else None) or str(number)
            yield _Row(base_id, where, value=cells[text_at] if want_text else None)


class ParquetSource(Source):
    """A Parquet table, read in record batches (only the id and text columns)."""

    def __init__(self, path: Path, columns: _Columns) -> None:
        self.path = path
        self.label = str(path)
        self.columns = columns

    def rows(self, want_text: bool) -> Iterator[_Row]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            table = pq.ParquetFile(self.path)
        except (OSError, pa.ArrowException) as exc:
            message = one_line(exc)
            yield _Row(self.label, self.label, error=f"{self.label}: not a readable Parquet file ({message})")
            return
        names = list(table.schema_arrow.names)
        text_key, id_key = self.columns.check(names)
        wanted = [c for c in (id_key, text_key if want_text else None) if c]
        number = 0
        if not wanted:
            for _ in range(table.metadata.num_rows):
                number += 1
                yield _Row(str(number), f"{self.label} row {number}")
            return
        for batch in table.iter_batches(batch_size=1024, columns=wanted):
            ids = batch.column(id_key).to_pylist() if id_key else [None] * batch.num_rows
            texts = batch.column(text_key).to_pylist() if want_text else [None] * batch.num_rows
            for id_value, value in zip(ids, texts, strict=True):
                number += 1
                where = f"{self.label} row {number}"
                base_id = _id_text(id_value) or str(number)
                if not want_text:
                    yield _Row(base_id, where)
                    continue
                text, error = _cell_text(value, text_key, where)
                yield _Row(base_id, where, value=text, error=error)


def open_sources(
    inputs: Sequence[str],
    *,
    text_column: str | None = None,
    id_column: str | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    stdin: Any = None,
    follow_symlinks: bool = False,
) -> list[Source]:
    """Turn command-line inputs into sources (folders expand to their article files; links out
    of a folder, FIFOs and devices in it become error records unless ``follow_symlinks``).

    Raises:
        BatchUsageError: a path that does not exist, or ``-`` given twice.
    """
    if not inputs:
        raise BatchUsageError("no input given")
    sources: list[Source] = []
    stdin_used = False
    for name in inputs:
        if name == STDIN:
            if stdin_used:
                raise BatchUsageError("standard input (-) can be read only once")
            stdin_used = True
            stream = stdin if stdin is not None else sys.stdin
            data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
            if isinstance(data, str):
                data = data.encode("utf-8")
            sources.append(JsonlSource(STDIN_LABEL, _Columns(STDIN_LABEL, text_column, id_column), data=data))
            continue
        path = Path(name)
        if not path.exists():
            raise BatchUsageError(f"{name}: no such file or directory")
        if path.is_dir():
            files = folder_files(path, follow_symlinks)
            if not files:
                log.warning("%s: no %s files found", name, "/".join(ARTICLE_SUFFIXES))
            for file, problem in files:
                item_id = file.relative_to(path).as_posix()
                source = ErrorSource(file, problem, item_id=item_id) if problem else None
                sources.append(source or _file_source(file, text_column, id_column, max_chars, item_id=item_id))
            continue
        sources.append(_file_source(path, text_column, id_column, max_chars))
    return sources


def _file_source(
    path: Path, text_column: str | None, id_column: str | None, max_chars: int | None, item_id: str | None = None
) -> Source:
    """A table source for .jsonl/.csv/.tsv/.parquet files, an article source for anything else."""
    kind = TABLE_SUFFIXES.get(path.suffix.lower())
    columns = _Columns(str(path), text_column, id_column)
    if kind == "jsonl":
        return JsonlSource(str(path), columns, path=path)
    if kind in ("csv", "tsv"):
        return CsvSource(path, columns, delimiter="\t" if kind == "tsv" else ",")
    if kind == "parquet":
        return ParquetSource(path, columns)
    return FileSource(path, max_chars, item_id)


class _UniqueIds:
    """Makes ids unique deterministically: the 2nd 'x' becomes 'x#2', the 3rd 'x#3'..."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.next_suffix: dict[str, int] = {}
        self.renamed: list[tuple[str, str]] = []

    def __call__(self, base: str) -> str:
        if base not in self.seen:
            self.seen.add(base)
            return base
        n = self.next_suffix.get(base, 2)
        while f"{base}#{n}" in self.seen:
            n += 1
        self.next_suffix[base] = n + 1
        unique = f"{base}#{n}"
        self.seen.add(unique)
        self.renamed.append((base, unique))
        return unique


def iter_items(
    sources: Sequence[Source],
    *,
    want_text: bool = True,
    skip: set[str] | frozenset[str] = frozenset(),
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Iterator[Item]:
    """Yield the batch's items in input order, with unique ids.

    Args:
        sources: from :func:`open_sources`.
        want_text: read and validate the text (False: ids and row errors only, for planning).
        skip: ids not to yield (already done); their text is never read.
        max_chars: size limit on each article.

    Raises:
        BatchUsageError: a table lacks the text column or the named id column.
    """
    unique = _UniqueIds()
    for source in sources:
        for row in source.rows(want_text):
            uid = unique(row.base_id)
            if uid in skip:
                continue
            if row.error or not want_text:
                yield Item(uid, row.name, error=row.error)
                continue
            try:
                data = row.loader() if row.loader else row.value
                text = read_text(data if data is not None else "", row.name, html=row.html, max_chars=max_chars)
            except InputError as exc:
                yield Item(uid, row.name, error=str(exc))
                continue
            yield Item(uid, row.name, text=text)
    if unique.renamed and not want_text:
        base, new = unique.renamed[0]
        log.warning(
            "%d duplicate id(s) in the input were made unique with a #N suffix (e.g. %r -> %r)",
            len(unique.renamed),
            base,
            new,
        )
