"""Batch output records: their fields, the checksum that tells an intact record, and their flat
form for CSV and Parquet (nested fields JSON-encoded, ``source`` spread over ``source_*`` columns).

No third-party import happens at module import time (pyarrow only for the Parquet schema).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from summarizer.result import Result
from summarizer.sources.article import SOURCE_FIELDS

# The fields of every output record: the input id, the ``--format json`` object (its ``source``
# included), the id of the article whose summary a near-duplicate shares, the error.
RESULT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Result))
RECORD_FIELDS: tuple[str, ...] = ("id", *RESULT_FIELDS, "duplicate_of", "error", "checksum")
# CSV and Parquet columns: the ``source`` object spread over ``source_*`` columns.
SOURCE_COLUMNS: tuple[str, ...] = tuple(f"source_{name}" for name in SOURCE_FIELDS)
TABLE_FIELDS: tuple[str, ...] = tuple(
    column for name in RECORD_FIELDS for column in (SOURCE_COLUMNS if name == "source" else (name,))
)
BOOL_COLUMNS: frozenset[str] = frozenset({"source_paywall"})
# Fields holding lists or dicts: JSON-encoded strings in CSV and Parquet outputs.
NESTED_FIELDS: frozenset[str] = frozenset(
    f.name for f in fields(Result) if str(f.type).split("[")[0].split(" ")[0] in ("dict", "list") and f.name != "source"
)
INT_FIELDS: frozenset[str] = frozenset(f.name for f in fields(Result) if str(f.type) == "int")
# Fields added after outputs were first written: hashed only when present, so the checksums of
# records written before them still check out on resume.
ADDED_FIELDS: frozenset[str] = frozenset({"schema_version"})


# ---------------------------------------------------------------------- records
def make_record(
    item_id: str,
    result: dict[str, Any] | None,
    error: str | None,
    *,
    source: dict[str, Any] | None = None,
    warnings: Sequence[str] = (),
    duplicate_of: str | None = None,
) -> dict[str, Any]:
    """An output record: the id, the ``--format json`` fields (None on failure), the error.

    Args:
        source: the item's own metadata (URL, title...), kept on failures too.
        warnings: the item's own warnings (a paywall teaser), put before the result's.
        duplicate_of: the id of the representative whose summary this near-duplicate shares.
    """
    record: dict[str, Any] = {"id": item_id}
    ok = result is not None and error is None
    for name in RESULT_FIELDS:
        record[name] = result.get(name) if ok else None
    if ok and warnings:
        record["warnings"] = [*warnings, *(record.get("warnings") or [])]
    record["source"] = source if source is not None else record.get("source")
    record["duplicate_of"] = duplicate_of if ok else None
    record["error"] = error
    record["checksum"] = record_checksum(record)
    return record


def record_checksum(record: dict[str, Any]) -> str:
    """A checksum of a record's fields (checksum excluded), the same after a CSV or Parquet round trip."""
    digest = hashlib.sha256()
    for name, value in _flat(record).items():
        if name != "checksum" and not (value is None and name in ADDED_FIELDS):
            digest.update(f"{name}\x1f{'' if value is None else value}\x1e".encode("utf-8", errors="surrogatepass"))
    return digest.hexdigest()[:16]


def checks_out(record: dict[str, Any]) -> bool:
    """True when the record carries the checksum of its own fields (an intact record)."""
    return isinstance(record.get("checksum"), str) and record["checksum"] == record_checksum(record)


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    """A record for CSV and Parquet: nested fields JSON-encoded, ``source`` spread over ``source_*`` columns."""
    out: dict[str, Any] = {}
    for name in RECORD_FIELDS:
        value = record.get(name)
        if name == "source":
            for key, column in zip(SOURCE_FIELDS, SOURCE_COLUMNS, strict=True):
                out[column] = value.get(key) if isinstance(value, dict) else None
            continue
        if name in NESTED_FIELDS and value is not None:
            value = json.dumps(value, ensure_ascii=False)
        out[name] = value
    return out


def _unflat(row: dict[str, Any]) -> dict[str, Any]:
    """The inverse of :func:`_flat` (CSV cells are strings; empty means None)."""
    record: dict[str, Any] = {}
    source: dict[str, Any] = {}
    for name, value in row.items():
        if value == "" or (isinstance(value, float) and value != value):
            value = None
        if value is not None and name in NESTED_FIELDS and isinstance(value, str):
            value = json.loads(value)
        elif value is not None and name in INT_FIELDS:
            value = int(value)
        elif isinstance(value, str) and name in BOOL_COLUMNS:
            value = value == "True"
        if name in SOURCE_COLUMNS:
            source[name.removeprefix("source_")] = value
            continue
        record[name] = value
    if any(v is not None for v in source.values()):
        record["source"] = {key: source.get(key) for key in SOURCE_FIELDS}
    elif source:
        record["source"] = None
    return record


def parquet_schema():
    """The Parquet schema of output records: strings, JSON strings for nested fields, int64 counts, ``source_*`` columns."""
    import pyarrow as pa

    def kind(name: str):
        return pa.int64() if name in INT_FIELDS else pa.bool_() if name in BOOL_COLUMNS else pa.string()

    return pa.schema([(name, kind(name)) for name in TABLE_FIELDS])


# ---------------------------------------------------------------------- layouts
class RecordLayout:
    """How an output store writes, reads back and checks its records. This one is the
    ``summarizer batch`` record (the functions above); :class:`FlatLayout` describes others."""

    @property
    def table_fields(self) -> tuple[str, ...]:
        """The CSV and Parquet columns, in order."""
        return TABLE_FIELDS

    def flat(self, record: dict[str, Any]) -> dict[str, Any]:
        """The record as a CSV/Parquet row."""
        return _flat(record)

    def unflat(self, row: dict[str, Any]) -> dict[str, Any]:
        """A CSV/Parquet row back as a record."""
        return _unflat(row)

    def checks_out(self, record: dict[str, Any]) -> bool:
        """True when the record carries the checksum of its own fields."""
        return checks_out(record)

    def parquet_schema(self):
        """The Parquet schema of the rows."""
        return parquet_schema()


class FlatLayout(RecordLayout):
    """Records of named top-level fields: lists and dicts JSON-encoded in CSV and Parquet.

    Args:
        fields: the record's fields in order, ``id`` first, ``error`` and ``checksum`` last.
        nested: fields holding lists or dicts.
        ints: fields holding integers.
        bools: fields holding booleans.
    """

    def __init__(
        self,
        fields: Sequence[str],
        nested: frozenset[str] = frozenset(),
        ints: frozenset[str] = frozenset(),
        bools: frozenset[str] = frozenset(),
    ) -> None:
        self.fields = tuple(fields)
        self.nested, self.ints, self.bools = nested, ints, bools

    @property
    def table_fields(self) -> tuple[str, ...]:
        return self.fields

    def flat(self, record: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for name in self.fields:
            value = record.get(name)
            out[name] = json.dumps(value, ensure_ascii=False) if name in self.nested and value is not None else value
        return out

    def unflat(self, row: dict[str, Any]) -> dict[str, Any]:
        record: dict[str, Any] = {}
        for name, value in row.items():
            if value == "" or (isinstance(value, float) and value != value):
                value = None
            if isinstance(value, str) and name in self.nested:
                value = json.loads(value)
            elif isinstance(value, str) and name in self.ints:
                value = int(value)
            elif isinstance(value, str) and name in self.bools:
                value = value == "True"
            record[name] = value
        return record

    def checksum(self, record: dict[str, Any]) -> str:
        """A checksum of the record's fields (checksum excluded), the same after a CSV or Parquet round trip."""
        digest = hashlib.sha256()
        for name, value in self.flat(record).items():
            if name != "checksum":
                text = "" if value is None else str(value)
                digest.update(f"{name}\x1f{text}\x1e".encode("utf-8", errors="surrogatepass"))
        return digest.hexdigest()[:16]

    def checks_out(self, record: dict[str, Any]) -> bool:
        return isinstance(record.get("checksum"), str) and record["checksum"] == self.checksum(record)

    def parquet_schema(self):
        import pyarrow as pa

        def kind(name: str):
            return pa.int64() if name in self.ints else pa.bool_() if name in self.bools else pa.string()

        return pa.schema([(name, kind(name)) for name in self.fields])


SUMMARY_LAYOUT = RecordLayout()
