"""Batch outputs and inputs under hostile or failing file systems (issue 10, #5-#8 and #11).

Model-free runs (extractive summaries in French) keep these fast; the preset's translation model
is not in the (offline) cache, so a run that loads it fails (#11).
"""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from support import DATA, ROOT

from summarizer.cli import main

NO_MODEL = [
    "--strategy",
    "extractive",
    "--target-language",
    "fr",
    "--source-language",
    "fr",
    "--no-cache",
    "--quiet",
]


def _articles(folder: Path, n: int = 6) -> dict[str, str]:
    lines = (DATA / "orangesum_sample.jsonl").read_text(encoding="utf-8").splitlines()
    folder.mkdir(parents=True, exist_ok=True)
    texts = {}
    for line in lines[:n]:
        record = json.loads(line)
        path = folder / f"{record['id']}.txt"
        path.write_text(record["article"], encoding="utf-8")
        texts[path.name] = record["article"]
    return texts


def _batch(*args: str) -> tuple[int, str]:
    stderr = io.StringIO()
    old, sys.stderr = sys.stderr, stderr
    try:
        code = main(["batch", *args, *NO_MODEL], stdin=io.StringIO(), stdout=io.StringIO())
    finally:
        sys.stderr = old
    return code, stderr.getvalue()


def _csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _one_line(err: str, *needles: str) -> None:
    lines = [line for line in err.strip().splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    for needle in needles:
        assert needle in lines[0], lines[0]


# ---------------------------------------------------------------------- #11
def test_extractive_french_batch_loads_no_translation_model(tmp_path):
    texts = _articles(tmp_path / "in")
    code, err = _batch(str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl"))
    assert code == 0, err
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["id"] for r in records} == set(texts) and all(r["summary"] and r["error"] is None for r in records)


# ---------------------------------------------------------------------- #5
@pytest.mark.parametrize("planted", ["out.csv.partial.jsonl", "out.csv.lock"])
def test_journal_and_lock_never_follow_a_planted_symlink(tmp_path, planted):
    _articles(tmp_path / "in")
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / planted).symlink_to(victim)
    code, err = _batch(str(tmp_path / "in"), "-o", str(tmp_path / "out" / "out.csv"))
    assert code == 1
    _one_line(err, planted, "symbolic link")
    assert victim.read_text(encoding="utf-8") == "precious\n"


def test_temporary_files_have_unique_names_and_planted_ones_are_left_alone(tmp_path):
    _articles(tmp_path / "in")
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "out.csv.tmp").symlink_to(victim)  # the old fixed temporary name
    (out / "out.csv.partial.jsonl.tmp").symlink_to(victim)
    code, err = _batch(str(tmp_path / "in"), "-o", str(out / "out.csv"))
    assert code == 0, err
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert len(_csv(out / "out.csv")) == 6
    assert sorted(p.name for p in out.iterdir()) == ["out.csv", "out.csv.partial.jsonl.tmp", "out.csv.tmp"]


# ---------------------------------------------------------------------- #6
def test_output_whose_parent_is_a_file(tmp_path):
    _articles(tmp_path / "in")
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    code, err = _batch(str(tmp_path / "in"), "-o", str(tmp_path / "file.txt" / "out.csv"))
    assert code == 1
    _one_line(err, str(tmp_path / "file.txt"), "not a folder")


def test_read_only_output_folder(tmp_path):
    _articles(tmp_path / "in")
    out = tmp_path / "ro"
    out.mkdir()
    if os.geteuid() == 0:  # root writes through permissions: use a read-only mount
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(out)]).returncode:
            pytest.skip("root here, and no read-only mount possible")
    else:
        out.chmod(0o555)
    try:
        code, err = _batch(str(tmp_path / "in"), "-o", str(out / "out.jsonl"))
        assert code == 1
        _one_line(err, str(out / "out.jsonl"), "Read-only file system" if os.geteuid() == 0 else "Permission denied")
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(out)])
        else:
            out.chmod(0o755)


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit then fail with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (8_000, 8_000))


@pytest.mark.slow  # a subprocess or a real server: seconds, not milliseconds
@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_full_disk_stops_with_one_line_and_the_output_resumes(tmp_path, suffix):
    """A size-limited file stands in for a full disk: the run stops with one line naming the
    file, what was written stays valid, and the same command finishes the job."""
    texts = _articles(tmp_path / "in", n=10)
    output = tmp_path / f"out.{suffix}"
    command = [sys.executable, "-m", "summarizer", "batch", str(tmp_path / "in"), "-o", str(output), *NO_MODEL]
    command += ["--batch-size", "1"]
    first = subprocess.run(command, capture_output=True, text=True, preexec_fn=_limit_file_size, cwd=ROOT, timeout=300)
    assert first.returncode == 1, first.stderr
    _one_line(first.stderr, "cannot write", "File too large", "run the same command again to resume")
    if suffix == "csv":
        assert all(r["summary"] for r in _csv(output)) if output.exists() else True
    second = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert second.returncode == 0, second.stderr
    if suffix == "csv":
        records = _csv(output)
    else:
        records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == sorted(texts)
    assert all(r["summary"] for r in records)


# ---------------------------------------------------------------------- #7
def test_resume_redoes_a_record_cut_inside_its_summary(tmp_path):
    _articles(tmp_path / "in")
    output = tmp_path / "out.csv"
    assert _batch(str(tmp_path / "in"), "-o", str(output))[0] == 0
    complete = {r["id"]: r for r in _csv(output)}
    raw = output.read_text(encoding="utf-8")
    last = _csv(output)[-1]
    cut = raw.index(last["summary"]) + len(last["summary"]) // 3
    output.write_text(raw[:cut], encoding="utf-8")  # cut inside the last summary
    code, err = _batch(str(tmp_path / "in"), "-o", str(output))
    assert code == 0, err
    resumed = {r["id"]: r for r in _csv(output)}
    assert resumed.keys() == complete.keys()
    assert resumed[last["id"]]["summary"] == complete[last["id"]]["summary"]


def test_resume_redoes_an_edited_jsonl_record(tmp_path):
    _articles(tmp_path / "in")
    output = tmp_path / "out.jsonl"
    assert _batch(str(tmp_path / "in"), "-o", str(output))[0] == 0
    lines = output.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    original = record["summary"]
    record["summary"] = original[:50]  # damaged, but still valid JSON
    output.write_text("\n".join([json.dumps(record, ensure_ascii=False), *lines[1:]]) + "\n", encoding="utf-8")
    assert _batch(str(tmp_path / "in"), "-o", str(output))[0] == 0
    records = {json.loads(line)["id"]: json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()}
    assert len(records) == 6 and records[record["id"]]["summary"] == original


# ---------------------------------------------------------------------- #8
def test_folder_links_out_of_the_tree_and_special_files_get_error_records(tmp_path):
    texts = _articles(tmp_path / "in", n=3)
    outside = tmp_path / "outside.txt"
    outside.write_text(next(iter(texts.values())), encoding="utf-8")
    first = tmp_path / "in" / next(iter(texts))
    (tmp_path / "in" / "secret.txt").symlink_to(outside)
    (tmp_path / "in" / "passwd.txt").symlink_to("/etc/passwd")
    (tmp_path / "in" / "inside.txt").symlink_to(first)  # stays in the tree: read
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    output = tmp_path / "out.jsonl"
    code, err = _batch(str(tmp_path / "in"), "-o", str(output))
    assert code == 3, err
    records = {Path(r["id"]).name: r for r in map(json.loads, output.read_text(encoding="utf-8").splitlines())}
    assert "outside the input folder" in records["secret.txt"]["error"]
    assert "outside the input folder" in records["passwd.txt"]["error"]
    assert "is a FIFO" in records["pipe.txt"]["error"]
    assert records["inside.txt"]["error"] is None and records["inside.txt"]["summary"]
    assert "root:" not in output.read_text(encoding="utf-8")
    code, err = _batch(str(tmp_path / "in"), "-o", str(tmp_path / "followed.jsonl"), "--follow-symlinks")
    followed = {Path(r["id"]).name: r for r in map(json.loads, (tmp_path / "followed.jsonl").read_text().splitlines())}
    assert followed["secret.txt"]["error"] is None and followed["secret.txt"]["summary"]
    assert "is a FIFO" in followed["pipe.txt"]["error"]


# ---------------------------------------------------------------------- #1 in batch
@pytest.mark.slow
def test_full_translation_batch_over_long_articles_summarizes_every_item(tiny_models, tmp_path):
    """Long articles with very long sentences (scraped lists, glued sentences) through the tiny
    random-weight Marian: before the decoder cap, such items failed with a RuntimeError record."""
    from support import tiny_model_args

    lines = (DATA / "orangesum_sample.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["article"] for line in lines]
    folder = tmp_path / "long"
    folder.mkdir()
    for i in range(4):
        glued = " ".join(texts[(i + k) % len(texts)] for k in range(3)).replace(". ", ", ")
        (folder / f"long{i}.txt").write_text(f"{texts[i]}\n\n{glued}.\n\n{texts[-1 - i]}", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    args = [*tiny_model_args(tiny_models), "--backend", "ctranslate2", "--num-beams", "1", "--length", "short"]
    command = ["batch", str(folder), "-o", str(output), *args, "--full-translation", "--no-cache", "--quiet"]
    code = main(command, stdin=io.StringIO(), stdout=io.StringIO())
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert code == 0, [r["error"] for r in records]
    assert len(records) == 4
    for record in records:
        assert record["error"] is None and record["summary"] and record["translation"]
        assert any("split (at clause boundaries where possible)" in w for w in record["warnings"])
