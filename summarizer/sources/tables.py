"""Tables as batch inputs: JSON Lines (or JSONL on standard input), CSV/TSV and Parquet.

Each row is one article; the text column is ``--text-column`` (default ``text``, else ``article``
or ``content``), the id column ``--id-column`` (default ``id``, else the row number). Malformed
lines and rows become error rows naming the file and line, so one bad row never stops a run.
No third-party import at module import time; Parquet is read by :mod:`summarizer.sources.parquet`.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from summarizer.errors import BatchUsageError, InputError
from summarizer.sources.rows import Row, Source
from summarizer.sources.text import decode_bytes

log = logging.getLogger("summarizer")

DEFAULT_TEXT_COLUMNS = ("text", "article", "content")
DEFAULT_ID_COLUMN = "id"
# A record's own summary language, which wins over --target-language.
TARGET_FIELD = "target_language"
# Columns that describe a record's article, kept as its ``source`` (the fields of ``Result.source``).
METADATA_COLUMNS = ("title", "date", "author", "site_name", "url", "canonical_url")


def _metadata(record: dict[str, Any]) -> dict[str, str] | None:
    """The metadata columns of a record that hold a value, as strings (None when there is none)."""
    found = {key: text for key in METADATA_COLUMNS if key in record and (text := _id_text(record[key])) is not None}
    return found or None


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


class Columns:
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


class JsonlSource(Source):
    """JSON Lines: one object per line; malformed lines become error rows naming the line."""

    def __init__(self, label: str, columns: Columns, path: Path | None = None, data: bytes | None = None) -> None:
        self.label = label
        self.path = path
        self.data = data
        self.columns = columns

    def _open(self) -> BinaryIO:
        if self.data is not None:
            return io.BytesIO(self.data)
        return open(self.path, "rb")

    def rows(self, want_text: bool) -> Iterator[Row]:
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
                    yield Row(fallback, where, error=f"{where}: not valid UTF-8")
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield Row(fallback, where, error=f"{where}: malformed JSON ({exc.msg}, column {exc.colno})")
                    continue
                if not isinstance(obj, dict):
                    yield Row(fallback, where, error=f"{where}: expected a JSON object, found {_type_name(obj)}")
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
                    yield Row(base_id, where, error=message)
                    continue
                with_text += 1
                value, error = _cell_text(obj[text_key], text_key, where)
                metadata = _metadata(obj) if want_text else None
                target = obj.get(TARGET_FIELD)
                target = target.strip() if isinstance(target, str) and target.strip() else None
                yield Row(
                    base_id, where, value=value if want_text else None, error=error, metadata=metadata,
                    target_language=target)  # fmt: skip
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

    def __init__(self, path: Path, columns: Columns, delimiter: str = ",") -> None:
        self.path = path
        self.label = str(path)
        self.columns = columns
        self.delimiter = delimiter

    def rows(self, want_text: bool) -> Iterator[Row]:
        try:
            text = _decode_table(self.path, self.label)
        except InputError as exc:
            yield Row(self.label, self.label, error=str(exc))
            return
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            log.warning("%s is empty: no rows", self.label)
            return
        except csv.Error as exc:
            yield Row(self.label, self.label, error=f"{self.label} line 1: malformed CSV header ({exc})")
            return
        header = [h.strip() for h in header]
        text_key, id_key = self.columns.check(header)
        text_at = header.index(text_key)
        id_at = header.index(id_key) if id_key else None
        meta_at = {key: header.index(key) for key in METADATA_COLUMNS if key in header}
        target_at = header.index(TARGET_FIELD) if TARGET_FIELD in header else None
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
                yield Row(f"{self.label}:{start}", where, error=f"{where}: malformed CSV row ({exc})")
                continue
            last_line = reader.line_num
            if not cells:
                continue
            number += 1
            where = f"{self.label} line {start}"
            if len(cells) != len(header):
                yield Row(
                    f"{self.label}:{start}",
                    where,
                    error=f"{where}: malformed CSV row ({len(cells)} fields, the header has {len(header)})",
                )
                continue
            base_id = (_id_text(cells[id_at]) if id_at is not None else None) or str(number)
            metadata = _metadata({key: cells[at] for key, at in meta_at.items()}) if want_text else None
            target = cells[target_at].strip() or None if target_at is not None else None
            yield Row(
                base_id, where, value=cells[text_at] if want_text else None, metadata=metadata, target_language=target
            )
