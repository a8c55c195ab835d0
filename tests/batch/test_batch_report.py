"""The batch run's final report as a user reads it: counts that add up, one line per failure that
names its item once."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from summarizer import cli
from summarizer.batch import BatchReport

ARTICLE = (Path(__file__).resolve().parents[1] / "data" / "mistral_softbank_fr.txt").read_text(encoding="utf-8")
COUNTS = re.compile(r"(\d+) (items|done|summarized|cached|duplicates|skipped|failed|not reached)")


def _counts(line: str) -> dict[str, int]:
    return {name: int(n) for n, name in COUNTS.findall(line)}


def test_the_summary_line_adds_up_when_copies_are_served_from_the_cache():
    report = BatchReport(output="out.jsonl", total=9, skipped=1, done=6, cached=3, duplicates=2, summarized=3, failed=2)
    line = report.format().splitlines()[0]
    counts = _counts(line)
    assert counts["summarized"] + counts["cached"] + counts["duplicates"] == counts["done"] == 6
    assert counts["done"] + counts["skipped"] + counts["failed"] == counts["items"] == 9


def test_an_interrupted_run_says_how_many_items_it_did_not_reach():
    report = BatchReport(output="out.jsonl", total=10, done=3, summarized=3, failed=1, interrupted=True)
    counts = _counts(report.format().splitlines()[0])
    assert counts["not reached"] == 6
    assert counts["done"] + counts["skipped"] + counts["failed"] + counts["not reached"] == counts["items"]


@pytest.mark.slow
def test_failure_lines_name_each_item_once(tmp_path, capsys):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub" / "copy.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "sub" / "bin.txt").write_bytes(b"\x00\x01binary\x00" * 20)
    table = tmp_path / "t.jsonl"
    table.write_text('{"id": "x", "text": ""}\n{"id": "y"\n', encoding="utf-8")
    argv = ["batch", str(folder), str(table), "--output", str(tmp_path / "out.jsonl")]
    argv += ["--strategy", "extractive", "--target-language", "fr", "--no-cache"]
    capsys.readouterr()
    assert cli.main(argv, stdout=io.StringIO()) == cli.EXIT_PARTIAL
    err = capsys.readouterr().err
    (summary,) = [line for line in err.splitlines() if "batch finished" in line]
    counts = _counts(summary)
    assert counts == {"items": 6, "done": 2, "summarized": 1, "cached": 0, "duplicates": 1, "skipped": 0, "failed": 4}
    failed = sorted(line.removeprefix("summarizer: failed: ") for line in err.splitlines() if "failed: " in line)
    assert failed == sorted(
        [
            "empty.txt is empty",
            "sub/bin.txt is binary (it contains NUL bytes), not text",
            f"x ({table} line 1) is empty",
            f"{table}:2: malformed JSON (Expecting ',' delimiter, column 1)",
        ]
    )
