"""The messages around hostile or odd inputs (issue 27): credentials never echoed, the right hint for
an output folder, symbolic link loops, feed ids that are not URLs, stale locks, out of memory."""

from __future__ import annotations

import io
import json
import logging
import sys
from pathlib import Path

import pytest
from support import DATA

from summarizer.cli import main
from summarizer.cli.exits import EXIT_PARTIAL
from summarizer.errors import SourceError, one_line
from summarizer.redact import redact
from summarizer.stages import generation_error

NO_MODEL = ["--strategy", "extractive", "--target-language", "fr", "--source-language", "fr"]
QUIET = ["--quiet"]
SECRET = "s3cr3t-Pa55"


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old, sys.stderr = sys.stderr, err
    try:
        code = main(list(args), stdin=io.StringIO(), stdout=out)
    finally:
        sys.stderr = old
    return code, out.getvalue(), err.getvalue()


# ---------------------------------------------------------------------- credentials
@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (f"https://ana:{SECRET}@example.org/a.html: HTTP 404", "https://***@example.org/a.html: HTTP 404"),
        (f"http://token{SECRET}@example.org/", "http://***@example.org/"),
        (
            f"see HTTP://u:{SECRET}@x.fr:8080/p?q=a@b and https://x.fr/b@c",
            "see HTTP://***@x.fr:8080/p?q=a@b and https://x.fr/b@c",
        ),
        ("write to presse@example.org", "write to presse@example.org"),
    ],
)
def test_redact_hides_user_and_password_only(text, shown):
    assert redact(text) == shown


def test_errors_never_carry_a_password():
    error = SourceError(f"https://ana:{SECRET}@example.org/a.html: HTTP 404 Not Found")
    assert SECRET not in str(error) and SECRET not in one_line(error) and "example.org/a.html" in str(error)


def test_cli_messages_and_logs_hide_url_passwords(site, caplog):
    url = site.url("/missing/nothing.html").replace("http://", f"http://ana:{SECRET}@")
    with caplog.at_level(logging.DEBUG, logger="summarizer"):
        code, out, err = _run("summarize", url, "--allow-private-urls", *NO_MODEL)
    assert code == 1 and out == ""
    assert "404" in err and "***@127.0.0.1" in err and SECRET not in err
    assert SECRET not in caplog.text


def test_batch_records_hide_url_passwords(site, tmp_path):
    good = site.url(f"/news/{site.articles[0]['id']}.html").replace("http://", f"http://ana:{SECRET}@")
    bad = site.url("/missing/nothing.html").replace("http://", f"http://bob:{SECRET}@")
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{good}\n{bad}\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, err = _run(
        "batch", "--urls", str(urls), "-o", str(out), "--allow-private-urls", "--host-delay", "0", *NO_MODEL, *QUIET
    )
    written = out.read_text(encoding="utf-8")
    assert code == EXIT_PARTIAL and SECRET not in written and SECRET not in err
    records = [json.loads(line) for line in written.splitlines()]
    assert len(records) == 2 and all(r["id"].startswith("http://***@127.0.0.1") for r in records)
    assert sum(r["error"] is None for r in records) == 1


# ---------------------------------------------------------------------- output and folders
def _articles(folder: Path, n: int = 2) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for line in (DATA / "orangesum_sample.jsonl").read_text(encoding="utf-8").splitlines()[:n]:
        record = json.loads(line)
        (folder / f"{record['id']}.txt").write_text(record["article"], encoding="utf-8")


@pytest.mark.parametrize("name", ["out.jsonl", "out.csv"])
def test_an_output_folder_gets_a_hint_that_works(tmp_path, name):
    _articles(tmp_path / "in")
    target = tmp_path / name
    target.mkdir()
    code, _, err = _run("batch", str(tmp_path / "in"), "-o", str(target), *NO_MODEL, *QUIET)
    assert code != 0 and "is a folder" in err and "--overwrite" not in err and "resume" not in err
    hint = err.split("-o ", 1)[1].split()[0]
    code, _, err = _run("batch", str(tmp_path / "in"), "-o", hint, *NO_MODEL, *QUIET)
    assert code == 0, err
    assert Path(hint).is_file()


def test_a_symbolic_link_loop_is_called_a_loop(tmp_path):
    _articles(tmp_path / "in")
    (tmp_path / "in" / "loop.txt").symlink_to(tmp_path / "in" / "loop.txt")
    (tmp_path / "in" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tmp_path / "out.jsonl"
    _run("batch", str(tmp_path / "in"), "-o", str(out), *NO_MODEL, *QUIET)
    errors = {r["id"]: r["error"] for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert "symbolic link loop" in errors["loop.txt"]
    assert "broken symbolic link" in errors["gone.txt"]


def test_a_feed_entry_whose_id_is_not_a_url(tmp_path):
    feed = tmp_path / "feed.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Sans lien</title><guid>article-4512</guid></item></channel></rss>",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    _run("batch", "--feed", str(feed), "-o", str(out), *NO_MODEL, *QUIET)
    (record,) = map(json.loads, out.read_text(encoding="utf-8").splitlines())
    assert record["id"] == "article-4512"
    assert "no web link" in record["error"] and "no scheme" not in record["error"]


def test_a_lock_left_by_a_killed_run_is_called_stale_and_removed(tmp_path):
    _articles(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.lock").write_bytes(b"")  # what kill -9 leaves
    code, _, err = _run("batch", str(tmp_path / "in"), "-o", str(out), *NO_MODEL)
    assert code == 0, err
    assert "stale lock" in err
    assert not (tmp_path / "out.jsonl.lock").exists()


# ---------------------------------------------------------------------- memory
@pytest.mark.parametrize("exc", [MemoryError(), RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB")])
def test_out_of_memory_while_generating_names_the_settings_to_lower(exc):
    message = str(generation_error(exc))
    assert "ran out of memory" in message and "--max-batch-tokens" in message and "bug" not in message
