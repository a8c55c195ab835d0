"""Parquet inputs that unpack far beyond their size: refused in one error row, or read with bounded memory."""

from __future__ import annotations

import json
import random
import string

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from test_bombs import RSS_LIMIT_MB, run_measured

from summarizer.sources.parquet import MAX_BATCH_ROWS, ParquetSource, _batch_rows
from summarizer.sources.tables import Columns

MB = 1024 * 1024
NO_MODEL = ["--strategy", "extractive", "--target-language", "fr", "--source-language", "fr"]


def _rows(path, want_text=True):
    return list(ParquetSource(path, Columns(str(path), None, None)).rows(want_text))


def test_a_column_of_zeros_that_unpacks_thousandfold_is_refused_in_one_error_row(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_MAX_UNPACKED_MB", "4")  # the budget that also bounds documents
    path = tmp_path / "zeros.parquet"
    table = pa.table({"id": ["a", "b"], "text": ["0" * (6 * MB), "Le CAC 40 a gagné 2 % jeudi."]})
    pq.write_table(table, path, compression="zstd", use_dictionary=False)
    assert path.stat().st_size < MB
    rows = _rows(path)
    assert len(rows) == 1 and rows[0].value is None
    assert "column 'text'" in rows[0].error and "decompression bomb" in rows[0].error and str(path) in rows[0].error


def test_ordinary_news_text_is_read_whole_in_small_batches_when_rows_are_long(tmp_path):
    path = tmp_path / "news.parquet"
    random.seed(7)
    texts = ["".join(random.choices(string.ascii_lowercase + "  ,.", k=100_000)) for _ in range(20)]
    pq.write_table(pa.table({"id": [f"n{i}" for i in range(20)], "text": texts}), path, compression="zstd")
    rows = _rows(path)
    assert [r.base_id for r in rows] == [f"n{i}" for i in range(20)] and [r.value for r in rows] == texts
    assert 1 <= _batch_rows(pq.ParquetFile(path).metadata, ["id", "text"]) < MAX_BATCH_ROWS


@pytest.mark.slow
def test_one_long_value_repeated_on_every_row_is_held_once(tmp_path):
    # 2,000 rows share one 1 MB value through Parquet's dictionary: 2 GB of text in a 1 MB file.
    path = tmp_path / "repeated.parquet"
    random.seed(3)
    value = "".join(random.choices(string.ascii_letters + "     ", k=MB))
    text = pa.DictionaryArray.from_arrays(pa.array([0] * 2000, pa.int32()), pa.array([value]))
    pq.write_table(pa.table({"id": [str(i) for i in range(2000)], "text": text}), path, compression="zstd")
    out = tmp_path / "out.jsonl"
    code, _, err, peak = run_measured("batch", str(path), "-o", str(out), *NO_MODEL)
    assert code == 3, err  # every row fails on its own (too long), the run goes on
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 2000 and all("too large" in r["error"] for r in records)
    assert peak < RSS_LIMIT_MB, f"peak RSS {peak:.0f} MB"
