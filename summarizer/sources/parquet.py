"""Parquet tables as batch inputs, read with bounded memory.

Parquet compresses each column chunk and may store a column as a dictionary of distinct values
plus small indices, so a file of a few megabytes can stand for gigabytes of text (one long value
repeated on every row, or a run of zeros that compresses a thousandfold). The reader therefore:

* refuses a column chunk whose declared unpacked size passes the document budget
  (:func:`~summarizer.sources.unpack.max_unpacked_bytes`, 50 MB by default) *and* is more than
  :data:`~summarizer.sources.unpack.MAX_ZIP_RATIO` times its packed size: one error row, no run of
  the model (ordinary news text compresses 3 to 10 times);
* keeps string columns dictionary-encoded and turns one cell at a time into a Python string, so a
  repeated value is held once, not once per row;
* reads small record batches when rows are large (about :data:`BATCH_BYTES` of declared unpacked
  data per batch, at most 1,024 rows).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from summarizer.errors import one_line
from summarizer.sources.rows import Row, Source
from summarizer.sources.tables import METADATA_COLUMNS, Columns, _cell_text, _id_text, _metadata
from summarizer.sources.unpack import MAX_ZIP_RATIO, max_unpacked_bytes, megabytes

BATCH_BYTES = 32 * 1024 * 1024
MAX_BATCH_ROWS = 1024


def _chunks(metadata: Any, columns: list[str]) -> Iterator[tuple[int, str, Any, int]]:
    """(row group, column name, column chunk metadata, rows in the group) for each chunk of ``columns``."""
    for group in range(metadata.num_row_groups):
        row_group = metadata.row_group(group)
        for at in range(row_group.num_columns):
            chunk = row_group.column(at)
            name = chunk.path_in_schema.split(".")[0]
            if name in columns:
                yield group, name, chunk, row_group.num_rows


def _bomb(metadata: Any, columns: list[str], limit: int) -> str | None:
    """The first column chunk that unpacks past ``limit`` at more than MAX_ZIP_RATIO times its size."""
    for group, name, chunk, _ in _chunks(metadata, columns):
        unpacked, packed = chunk.total_uncompressed_size, max(chunk.total_compressed_size, 1)
        if unpacked > limit and unpacked > MAX_ZIP_RATIO * packed:
            return (
                f"column '{name}' (row group {group + 1}) unpacks to {megabytes(unpacked)}, "
                f"{unpacked // packed:,} times its packed size; refused (a decompression bomb?)"
            )
    return None


def _batch_rows(metadata: Any, columns: list[str]) -> int:
    """Rows per record batch: about BATCH_BYTES of the wanted columns, between 1 and MAX_BATCH_ROWS."""
    sizes: dict[int, float] = {}
    for group, _, chunk, rows in _chunks(metadata, columns):
        sizes[group] = sizes.get(group, 0.0) + chunk.total_uncompressed_size / max(rows, 1)
    widest = max(sizes.values(), default=0.0)
    return max(1, min(MAX_BATCH_ROWS, int(BATCH_BYTES // max(widest, 1.0))))


class ParquetSource(Source):
    """A Parquet table, read in record batches (only the id, text and metadata columns)."""

    def __init__(self, path: Path, columns: Columns) -> None:
        self.path = path
        self.label = str(path)
        self.columns = columns

    def rows(self, want_text: bool) -> Iterator[Row]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            table = pq.ParquetFile(self.path)
        except (OSError, pa.ArrowException) as exc:
            yield Row(self.label, self.label, error=f"{self.label}: not a readable Parquet file ({one_line(exc)})")
            return
        schema = table.schema_arrow
        names = list(schema.names)
        text_key, id_key = self.columns.check(names)
        wanted = [c for c in (id_key, text_key if want_text else None) if c]
        meta = [c for c in METADATA_COLUMNS if want_text and c in names and c not in wanted]
        number = 0
        if not wanted:
            for _ in range(table.metadata.num_rows):
                number += 1
                yield Row(str(number), f"{self.label} row {number}")
            return
        read = wanted + meta
        problem = _bomb(table.metadata, read, max_unpacked_bytes())
        if problem:
            yield Row(self.label, self.label, error=f"{self.label}: {problem}")
            return
        textual = [
            c for c in read if pa.types.is_string(schema.field(c).type) or pa.types.is_binary(schema.field(c).type)
        ]
        table = pq.ParquetFile(self.path, read_dictionary=textual)
        batch_rows = _batch_rows(table.metadata, read)
        for batch in table.iter_batches(batch_size=batch_rows, columns=read):
            ids = batch.column(id_key) if id_key else None
            texts = batch.column(text_key) if want_text else None
            metas = {c: batch.column(c) for c in meta}
            for n in range(batch.num_rows):
                number += 1
                where = f"{self.label} row {number}"
                base_id = (_id_text(ids[n].as_py()) if ids is not None else None) or str(number)
                if texts is None:
                    yield Row(base_id, where)
                    continue
                text, error = _cell_text(texts[n].as_py(), text_key, where)
                metadata = _metadata({c: column[n].as_py() for c, column in metas.items()})
                yield Row(base_id, where, value=text, error=error, metadata=metadata)
