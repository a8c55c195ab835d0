"""``summarizer cache info|clear`` on a cache root of its own (``SUMMARIZER_CACHE``)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from summarizer.cli import main


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), stdout=out), out.getvalue()


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "cache"
    monkeypatch.setenv("SUMMARIZER_CACHE", str(root))
    monkeypatch.delenv("SUMMARIZER_CACHE_DIR", raising=False)
    model = root / "ct2" / "barthez-fr-abc-int8"
    model.mkdir(parents=True)
    (model / "model.bin").write_bytes(b"x" * 3000)
    (root / "batch").mkdir()
    (root / "batch" / "results.sqlite3").write_bytes(b"y" * 500)
    (root / "notes.txt").write_text("a file of the user's", encoding="utf-8")
    return root


def test_info_shows_the_layout_sizes_and_how_to_clear(root: Path):
    status, out = _run("cache")
    assert status == 0
    assert f"cache root: {root}" in out
    assert "ct2/" in out and "3.0 KB" in out and "- barthez-fr-abc-int8" in out
    assert "batch/" in out and "500 B" in out
    assert "summarizer cache clear" in out
    status, out = _run("cache", "info", "--format", "json")
    data = json.loads(out)
    assert data["root"] == str(root)
    assert data["parts"]["ct2"]["bytes"] == 3000 and data["parts"]["batch"]["files"] == 1


def test_clear_removes_only_the_summarizers_own_files(root: Path):
    status, out = _run("cache", "clear", "ct2")
    assert status == 0 and "cleared ct2: 3.0 KB freed" in out
    assert not (root / "ct2").exists() and (root / "batch" / "results.sqlite3").exists()
    status, out = _run("cache", "clear")
    assert "cleared batch: 500 B freed" in out
    assert not (root / "batch" / "results.sqlite3").exists()
    assert (root / "notes.txt").read_text(encoding="utf-8") == "a file of the user's"  # never touched


def test_the_old_batch_cache_variable_is_still_read(root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    old = tmp_path / "old-batch"
    old.mkdir()
    (old / "results.sqlite3").write_bytes(b"z" * 100)
    (old / "keep.txt").write_text("not ours", encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(old))
    _, out = _run("cache", "info", "--format", "json")
    assert json.loads(out)["parts"]["batch"]["path"] == str(old)
    _run("cache", "clear", "batch")
    assert not (old / "results.sqlite3").exists() and (old / "keep.txt").exists()


@pytest.mark.slow  # a subprocess or a real server: seconds, not milliseconds
def test_the_name_guards_place_tables_are_a_part_of_the_cache(root: Path):
    from summarizer.guard.places import _cache_file, build_cache

    build_cache(_cache_file())  # what the first name check of a machine writes
    data = json.loads(_run("cache", "info", "--format", "json")[1])
    assert data["parts"]["guard"]["files"] == 1 and data["parts"]["guard"]["bytes"] > 1_000_000
    status, out = _run("cache", "clear", "guard")
    assert status == 0 and "cleared guard:" in out
    assert not (root / "guard").exists() and (root / "ct2").exists()
