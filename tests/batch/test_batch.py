"""``summarizer batch``: folders and tables in, resumable JSONL/CSV/Parquet out.

Every test drives the real command line (in this process, or as a subprocess for the crash
test) on the tiny random-weight models and checks what a user sees: the exit status, the
records in the output file, the error messages and the final report on stderr.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from support import DATA, tiny_model_args

from summarizer import cli
from summarizer.options import Result

RESULT_FIELDS = [f for f in Result.__dataclass_fields__]
RECORD_FIELDS = {"id", *RESULT_FIELDS, "duplicate_of", "error", "checksum"}
# CSV and Parquet spread the ``source`` object over ``source_*`` columns.
TABLE_COLUMNS = (RECORD_FIELDS - {"source"}) | {
    f"source_{k}" for k in ("kind", "title", "date", "author", "site_name", "url", "canonical_url", "paywall")
}


# ---------------------------------------------------------------------- helpers
def _articles() -> list[dict]:
    return [json.loads(line) for line in (DATA / "orangesum_sample.jsonl").read_text(encoding="utf-8").splitlines()]


ARTICLES = _articles()
SHORT = sorted(ARTICLES, key=lambda a: len(a["article"]))[:6]  # the quickest to summarize


def model_args(tiny_models: Path) -> list[str]:
    """The tiny models on CPU, one thread (the machine is small and shared)."""
    return tiny_model_args(tiny_models)


# Shorter generation for the tests that only need some records to exist quickly.
FAST = ["--length", "short", "--num-beams", "1"]


def run(argv: list[str], capsys, stdin: bytes | None = None) -> tuple[int, str]:
    """Run ``summarizer ARGV`` in this process; returns (exit status, stderr)."""
    capsys.readouterr()
    stream = io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8")
    code = cli.main([str(a) for a in argv], stdin=stream, stdout=io.StringIO())
    return code, capsys.readouterr().err


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def report_counts(stderr: str) -> dict[str, int]:
    """The counters of the final report line."""
    line = next(x for x in stderr.splitlines() if "batch finished" in x or "batch interrupted" in x)
    counts = {
        name: int(n) for n, name in re.findall(r"(\d+) (items|done|cached|duplicates|summarized|skipped|failed)", line)
    }
    return counts


def html_page(article: dict) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in re.split(r"(?<=\.) ", article["article"]) if p)
    return (
        "<!DOCTYPE html><html><head><title>Actualités</title></head><body>"
        "<nav><a href='/'>Accueil</a> | <a href='/politique'>Politique</a></nav>"
        f"<article><h1>{article['title']}</h1>{paragraphs}</article>"
        "<footer>© 2020 Le Journal. Tous droits réservés.</footer></body></html>"
    )


def make_folder(root: Path) -> Path:
    """20 files: 18 good (.txt, .md in a sub-folder, .html, repeated texts) and 2 bad (empty, binary)."""
    folder = root / "articles"
    (folder / "politique").mkdir(parents=True)
    for i, article in enumerate(ARTICLES[:9]):
        (folder / f"article_{i:02d}.txt").write_text(article["article"], encoding="utf-8")
    for i, article in enumerate(ARTICLES[:6]):
        (folder / "politique" / f"copie_{i}.md").write_text(article["article"], encoding="utf-8")
    (folder / "page.html").write_text(html_page(ARTICLES[1]), encoding="utf-8")
    (folder / "page_bis.htm").write_text(html_page(ARTICLES[2]), encoding="utf-8")
    (folder / "mistral.txt").write_text((DATA / "mistral_softbank_fr.txt").read_text(encoding="utf-8"))
    (folder / "vide.txt").write_bytes(b"")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    assert len([p for p in folder.rglob("*") if p.is_file()]) == 20
    return folder


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory) -> Path:
    """One result cache for the tests that need results but not fresh model calls."""
    return tmp_path_factory.mktemp("batch-cache")


# ---------------------------------------------------------------------- the done-when
@pytest.mark.slow
def test_folder_of_20_files_two_bad(tiny_models, tmp_path, capsys):
    folder = make_folder(tmp_path)
    out = tmp_path / "out.jsonl"
    argv = ["batch", folder, "--output", out, *model_args(tiny_models), "--cache-dir", tmp_path / "cache"]

    had_ray = "ray" in sys.modules

    code, err = run(argv, capsys)

    assert code == cli.EXIT_PARTIAL, err
    assert had_ray or "ray" not in sys.modules  # Ray is imported by --engine ray only
    records = read_jsonl(out)
    assert len(records) == 20
    expected_ids = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert {r["id"] for r in records} == expected_ids
    assert all(set(r) == RECORD_FIELDS for r in records)
    good = [r for r in records if r["error"] is None]
    bad = {Path(r["id"]).name: r["error"] for r in records if r["error"] is not None}
    assert len(good) == 18
    assert all(r["summary"] and r["source_language"] == "fr" and r["target_language"] == "en" for r in good)
    assert all(r["models"]["summarization"].endswith("barthez-fr") for r in good)
    # The guard's flags of both categories reach the records (the tiny models write numbers and
    # capitalised non-words), each with its category, kind, text, span, reason and closest source text.
    flags = [f for r in good for f in r["flags"]]
    assert {f["category"] for f in flags} == {"figure", "entity"}
    assert all({"output", "category", "kind", "text", "start", "end", "reason", "source_text"} <= set(f) for f in flags)
    assert set(bad) == {"vide.txt", "image.png"}
    assert "is empty" in bad["vide.txt"]
    assert "binary" in bad["image.png"]
    # Models are called in batches, and repeated texts are summarized once: the six copies and
    # the two HTML pages of articles 1 and 2 (their headline added) share the summary of the first.
    counts = report_counts(err)
    assert counts["done"] == 18 and counts["failed"] == 2 and counts["items"] == 20
    # The counts add up: the 8 copies are duplicates, not also counted as cached.
    assert counts["summarized"] == 10 and counts["cached"] == 0 and counts["duplicates"] == 8
    assert counts["summarized"] + counts["cached"] + counts["duplicates"] == counts["done"]
    assert counts["done"] + counts["skipped"] + counts["failed"] == counts["items"]
    copies = {Path(r["id"]).name: Path(r["duplicate_of"]).name for r in good if r["duplicate_of"]}
    assert copies == {
        **{f"copie_{i}.md": f"article_{i:02d}.txt" for i in range(6)},
        "page.html": "article_01.txt",
        "page_bis.htm": "article_02.txt",
    }
    assert "articles/s" in err
    # The report lists the failures, each naming its item once (by its id, not also by its path).
    failed = [line for line in err.splitlines() if line.startswith("summarizer: failed: ")]
    assert sorted(failed)[-1] == "summarizer: failed: vide.txt is empty"
    assert all(str(folder) not in line for line in failed)

    # Re-running resumes: the 18 successes are skipped, the 2 failures retried and replaced.
    code, err = run([*argv, "--quiet"], capsys)
    assert code == cli.EXIT_PARTIAL
    assert err == ""  # --quiet: no progress, no report
    again = read_jsonl(out)
    assert sorted(r["id"] for r in again) == sorted(expected_ids)
    assert {r["id"]: r for r in again if r["error"] is None} == {r["id"]: r for r in good}


@pytest.mark.slow
def test_killed_run_resumes_without_duplicates(tiny_models, tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    articles = SHORT[:4]
    for article in articles:
        (folder / f"{article['id']}.txt").write_text(article["article"], encoding="utf-8")
    out = tmp_path / "out.jsonl"
    argv = [
        "batch",
        str(folder),
        "--output",
        str(out),
        "--batch-size",
        "1",
        "--cache-dir",
        str(tmp_path / "cache"),
        *model_args(tiny_models),
        *FAST,
    ]
    proc = subprocess.Popen(
        [sys.executable, "-m", "summarizer", *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 1:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.05)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
    proc.stderr.close()
    lines = out.read_bytes().split(b"\n")
    complete = [json.loads(line) for line in lines[:-1]]  # only a cut-off last line may be unreadable
    assert 1 <= len(complete) < len(articles)

    code, err = run(argv, capsys)  # the same command again

    assert code == cli.EXIT_OK, err
    records = read_jsonl(out)
    ids = [r["id"] for r in records]
    assert sorted(ids) == sorted(f"{a['id']}.txt" for a in articles)  # each exactly once
    assert all(r["error"] is None and r["summary"] for r in records)
    counts = report_counts(err)
    assert counts["skipped"] == len(complete)
    assert counts["done"] == len(articles) - len(complete)


@pytest.mark.slow
def test_cut_off_last_line_and_failed_records_are_replaced(tiny_models, tmp_path, capsys, shared_cache):
    source = tmp_path / "in.jsonl"
    rows = [{"id": f"a{i}", "text": a["article"]} for i, a in enumerate(SHORT[:3])]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    argv = ["batch", source, "-o", out, "--cache-dir", shared_cache, *model_args(tiny_models)]
    assert run(argv, capsys)[0] == cli.EXIT_OK
    first = read_jsonl(out)
    # What a crash can leave: a failed record for a1 (e.g. from a bug since fixed) and half a line.
    failed = {**first[1], "summary": None, "error": "boom"}
    out.write_text(
        json.dumps(first[0]) + "\n" + json.dumps(failed) + "\n" + json.dumps(first[2])[:40], encoding="utf-8"
    )

    code, err = run(argv, capsys)

    assert code == cli.EXIT_OK, err
    records = read_jsonl(out)
    assert sorted(r["id"] for r in records) == ["a0", "a1", "a2"]
    assert all(r["error"] is None for r in records)
    assert report_counts(err)["skipped"] == 1


# ---------------------------------------------------------------------- tables
def _table_rows() -> list[dict]:
    return [
        {"doc_id": "d-1", "title": SHORT[0]["title"], "body": SHORT[0]["article"]},
        {"doc_id": "d-2", "title": SHORT[1]["title"], "body": html_page(SHORT[1])},
        {"doc_id": "d-3", "title": "vide", "body": ""},
        {"doc_id": "d-4", "title": SHORT[2]["title"], "body": SHORT[2]["article"]},
    ]


@pytest.mark.slow
@pytest.mark.parametrize(("in_ext", "out_ext"), [("csv", "parquet"), ("parquet", "csv")])
def test_tables_with_custom_columns(tiny_models, tmp_path, capsys, shared_cache, in_ext, out_ext):
    import pandas as pd

    source = tmp_path / f"news.{in_ext}"
    frame = pd.DataFrame(_table_rows())
    frame.to_csv(source, index=False) if in_ext == "csv" else frame.to_parquet(source, index=False)
    out = tmp_path / f"summaries.{out_ext}"
    argv = ["batch", source, "-o", out, "--text-column", "body", "--id-column", "doc_id"]
    argv += ["--cache-dir", shared_cache, *model_args(tiny_models)]

    code, err = run(argv, capsys)

    assert code == cli.EXIT_PARTIAL, err
    table = pd.read_csv(out, keep_default_na=False) if out_ext == "csv" else pd.read_parquet(out)
    assert set(table.columns) == TABLE_COLUMNS
    assert sorted(table["id"].astype(str)) == ["d-1", "d-2", "d-3", "d-4"]
    by_id = table.set_index("id")
    assert "empty" in by_id.loc["d-3", "error"]
    for doc_id in ("d-1", "d-2", "d-4"):
        row = by_id.loc[doc_id]
        assert pd.isna(row["error"]) or row["error"] == ""
        assert row["summary"]
        assert json.loads(row["models"])["translation"].endswith("marian-fr-en")  # nested fields: JSON text
        assert isinstance(json.loads(row["timings"]), dict)
    assert not out.with_name(out.name + ".partial.jsonl").exists()  # the journal is gone after a clean end
    if out_ext == "parquet":
        import pyarrow.parquet as pq

        assert pq.read_table(out).num_rows == 4


@pytest.mark.slow
def test_csv_output_resumes_from_its_journal_after_a_crash(tiny_models, tmp_path, capsys, shared_cache):
    source = tmp_path / "in.jsonl"
    rows = [{"id": f"c{i}", "text": a["article"]} for i, a in enumerate(SHORT[:3])]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    journal = tmp_path / "out.csv.partial.jsonl"
    argv = ["batch", source, "-o", out, "--cache-dir", shared_cache, *model_args(tiny_models)]
    assert run(argv, capsys)[0] == cli.EXIT_OK
    assert not journal.exists()
    with open(out, encoding="utf-8", newline="") as handle:
        finished = list(csv.DictReader(handle))
    assert run(["batch", source, "-o", tmp_path / "same.jsonl", *argv[4:]], capsys)[0] == cli.EXIT_OK
    by_id = {r["id"]: r for r in read_jsonl(tmp_path / "same.jsonl")}
    # What a SIGKILL leaves: the last snapshot (here: c0 only) and a longer journal ending mid-line.
    journal_lines = [json.dumps(by_id[name], ensure_ascii=False) for name in ("c0", "c1")]
    journal.write_text("\n".join(journal_lines) + "\n" + journal_lines[0][:30], encoding="utf-8")
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(finished[0]))
        writer.writeheader()
        writer.writerow(finished[0])

    code, err = run(argv, capsys)

    assert code == cli.EXIT_OK, err
    assert report_counts(err)["skipped"] == 2  # c0 and c1 came from the journal
    with open(out, encoding="utf-8", newline="") as handle:
        resumed = list(csv.DictReader(handle))
    assert sorted(r["id"] for r in resumed) == ["c0", "c1", "c2"]
    assert all(r["error"] == "" and r["summary"] for r in resumed)
    assert all(isinstance(json.loads(r["models"]), dict) for r in resumed)
    assert not journal.exists()


def test_missing_column_is_a_usage_error_listing_columns(tmp_path, capsys):
    import pandas as pd

    csv_path = tmp_path / "news.csv"
    pd.DataFrame(_table_rows()).to_csv(csv_path, index=False)
    parquet_path = tmp_path / "news.parquet"
    pd.DataFrame(_table_rows()).to_parquet(parquet_path, index=False)
    out = tmp_path / "out.jsonl"

    code, err = run(["batch", csv_path, "-o", out, "--text-column", "texte"], capsys)
    assert code == cli.EXIT_USAGE
    assert "no column 'texte'" in err and "available columns: doc_id, title, body" in err

    code, err = run(["batch", parquet_path, "-o", out], capsys)  # no text/article/content column
    assert code == cli.EXIT_USAGE
    assert "--text-column" in err and "doc_id, title, body" in err

    code, err = run(["batch", csv_path, "-o", out, "--text-column", "body", "--id-column", "uid"], capsys)
    assert code == cli.EXIT_USAGE
    assert "no column 'uid'" in err and "doc_id, title, body" in err
    assert not out.exists()


def test_usage_errors(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(SHORT[0]["article"], encoding="utf-8")
    code, err = run(["batch", tmp_path / "missing", "-o", tmp_path / "out.jsonl"], capsys)
    assert code == cli.EXIT_USAGE and "no such file or directory" in err
    code, err = run(["batch", tmp_path / "a.txt", "-o", tmp_path / "out.xlsx"], capsys)
    assert code == cli.EXIT_USAGE and "unknown output extension '.xlsx'" in err
    code, err = run(["batch", tmp_path / "a.txt", "-o", tmp_path / "out.jsonl", "--batch-size", "0"], capsys)
    assert code == cli.EXIT_USAGE and "--batch-size" in err
    code, err = run(["batch", tmp_path / "a.txt", "-o", tmp_path / "out.jsonl", "--engine", "spark"], capsys)
    assert code == cli.EXIT_USAGE


# ---------------------------------------------------------------------- stdin and bad rows
@pytest.mark.slow
def test_jsonl_on_stdin_with_a_malformed_line(tiny_models, tmp_path, capsys, shared_cache):
    lines = [
        json.dumps({"id": "x1", "article": SHORT[0]["article"]}, ensure_ascii=False),
        '{"id": "x2", "article": "Le texte est coupé',
        json.dumps({"article": SHORT[1]["article"]}, ensure_ascii=False),  # no id: the line number
        json.dumps({"id": "x4", "article": 42}),
        json.dumps({"id": "x5", "titre": "pas de texte"}),
    ]
    out = tmp_path / "out.jsonl"
    argv = ["batch", "-", "-o", out, "--cache-dir", shared_cache, *model_args(tiny_models)]

    code, err = run(argv, capsys, stdin=("\n".join(lines) + "\n").encode())

    assert code == cli.EXIT_PARTIAL, err
    records = {r["id"]: r for r in read_jsonl(out)}
    assert len(records) == 5
    assert records["x1"]["error"] is None and records["x1"]["summary"]
    assert records["3"]["error"] is None  # row without id: its line number
    malformed = [r for r in records.values() if r["error"] and "line 2" in r["error"]]
    assert len(malformed) == 1 and "stdin line 2: malformed JSON" in malformed[0]["error"]
    assert "not text" in records["x4"]["error"]
    assert "stdin line 5: no text field" in records["x5"]["error"]
    assert report_counts(err)["failed"] == 3


@pytest.mark.slow
def test_malformed_csv_row_and_duplicate_ids(tiny_models, tmp_path, capsys, shared_cache):
    source = tmp_path / "news.csv"
    with open(source, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "content"])
        writer.writerow(["a", SHORT[0]["article"]])
        writer.writerow(["a", SHORT[1]["article"]])  # duplicate id: becomes a#2
        handle.write('b,"ok",de trop\n')  # one field too many
        writer.writerow(["c", SHORT[2]["article"]])
    out = tmp_path / "out.jsonl"
    argv = ["batch", source, "-o", out, "--cache-dir", shared_cache, *model_args(tiny_models)]

    code, err = run(argv, capsys)

    assert code == cli.EXIT_PARTIAL, err
    records = {r["id"]: r for r in read_jsonl(out)}
    assert set(records) == {"a", "a#2", f"{source}:4", "c"}
    assert records[f"{source}:4"]["error"] == f"{source} line 4: malformed CSV row (3 fields, the header has 2)"
    assert all(records[i]["error"] is None for i in ("a", "a#2", "c"))


@pytest.mark.slow
def test_too_large_and_unsupported_language_items(tiny_models, tmp_path, capsys):
    big = "Le gouvernement a présenté son budget. " * 40
    rows = [{"id": "court", "text": SHORT[0]["article"]}, {"id": "long", "text": big}]
    out = tmp_path / "out.jsonl"
    stdin = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()
    argv = ["batch", "-", "-o", out, "--no-cache", "--max-chars", "1000", "--strategy", "crosslingual"]
    argv += ["--summarization-model", tiny_models / "mt5-crosssum", "--target-language", "de"]
    argv += ["--backend", "torch", "--device", "cpu", "--threads", "1"]

    code, err = run(argv, capsys, stdin=stdin)

    assert code == cli.EXIT_PARTIAL, err
    records = {r["id"]: r for r in read_jsonl(out)}
    assert "too large" in records["long"]["error"] and "--max-chars" in records["long"]["error"]
    assert "English summaries only" in records["court"]["error"]


# ---------------------------------------------------------------------- the cache
@pytest.mark.slow
def test_second_run_into_new_output_is_served_from_cache(tiny_models, tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    rows = [{"id": f"n{i}", "text": a["article"]} for i, a in enumerate(SHORT[:3])]
    rows.append({"id": "same-text", "text": SHORT[0]["article"]})  # another id, identical text
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    common = [*model_args(tiny_models), "--cache-dir", tmp_path / "cache"]

    code, err = run(["batch", source, "-o", tmp_path / "first.jsonl", *common], capsys)
    assert code == cli.EXIT_OK, err
    counts = report_counts(err)
    # The repeated text is summarized once: a (near-)duplicate of n0, not also counted as cached.
    assert counts["summarized"] == 3 and counts["cached"] == 0 and counts["duplicates"] == 1

    code, err = run(["batch", source, "-o", tmp_path / "second.parquet", *common], capsys)
    assert code == cli.EXIT_OK, err
    counts = report_counts(err)
    assert counts["summarized"] == 0 and counts["cached"] + counts["duplicates"] == counts["done"] == 4

    import pandas as pd

    first = {r["id"]: r["summary"] for r in read_jsonl(tmp_path / "first.jsonl")}
    second = dict(pd.read_parquet(tmp_path / "second.parquet")[["id", "summary"]].itertuples(index=False))
    assert first == second
    assert first["same-text"] == first["n0"]

    # A different option is a different cache entry.
    code, err = run(["batch", source, "-o", tmp_path / "third.jsonl", *common, "--length", "short"], capsys)
    assert code == cli.EXIT_OK
    assert report_counts(err)["summarized"] == 3


@pytest.mark.slow
def test_sigterm_saves_a_valid_parquet_and_resume_finishes(tiny_models, tmp_path, capsys, shared_cache):
    import pyarrow.parquet as pq

    source = tmp_path / "in.jsonl"
    rows = [{"id": f"s{i}", "text": a["article"]} for i, a in enumerate(SHORT[:4])]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.parquet"
    argv = ["batch", source, "-o", out, "--batch-size", "1", "--no-cache", *model_args(tiny_models), *FAST]

    def terminate_after_first_snapshot() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if out.exists() and pq.read_metadata(out).num_rows >= 1:
                os.kill(os.getpid(), signal.SIGTERM)
                return
            time.sleep(0.05)

    killer = threading.Thread(target=terminate_after_first_snapshot, daemon=True)
    previous = signal.signal(signal.SIGTERM, lambda *_: None)  # a late signal must not kill pytest
    try:
        killer.start()
        code, err = run(argv, capsys)
        killer.join()
    finally:
        signal.signal(signal.SIGTERM, previous)

    assert code == cli.EXIT_INTERRUPTED, err
    assert "run the same command again to resume" in err
    saved = pq.read_table(out).to_pylist()  # a valid file with what was done
    assert 1 <= len(saved) < len(rows)
    assert not out.with_name(out.name + ".partial.jsonl").exists()

    code, err = run(["batch", *argv[1:]], capsys)  # the same command again
    assert code == cli.EXIT_OK, err
    table = pq.read_table(out).to_pylist()
    assert sorted(r["id"] for r in table) == sorted(r["id"] for r in rows)
    assert all(r["error"] is None for r in table)


# ---------------------------------------------------------------------- progress display
def test_progress_bar_on_a_terminal_and_lines_otherwise():
    from summarizer.batch import BarProgress, BatchReport, LogProgress, make_progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    bar = make_progress(quiet=False, stream=terminal)
    assert isinstance(bar, BarProgress)
    report = BatchReport(output="out.jsonl", total=10, skipped=2)
    bar.start(10, 2)
    report.done, report.failed = 5, 1
    bar.update(report)
    bar.close(report)
    shown = terminal.getvalue()
    assert "8/10" in shown and "article" in shown and "failed=1" in shown

    pipe = io.StringIO()
    lines = make_progress(quiet=False, stream=pipe)
    assert isinstance(lines, LogProgress)
    lines.start(10, 2)
    lines.close(report)
    assert "batch: 8/10 (80%), 1 failed" in pipe.getvalue()
    assert "\r" not in pipe.getvalue()


@pytest.mark.slow  # a subprocess or a real server: seconds, not milliseconds
def test_ids_are_relative_so_a_resume_from_elsewhere_matches_and_report_claims_no_rate(tmp_path, capsys, monkeypatch):
    """Ids: paths relative to the input folder (file name for a single file), the same from any
    working directory; a run that summarizes nothing does not report a throughput."""
    folder = tmp_path / "work" / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLES[0]["article"], encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(ARTICLES[1]["article"], encoding="utf-8")
    single = tmp_path / "c.txt"
    single.write_text(ARTICLES[2]["article"], encoding="utf-8")
    out = tmp_path / "out.jsonl"
    options = ["--strategy", "extractive", "--target-language", "fr", "--no-cache"]
    monkeypatch.chdir(tmp_path / "work")
    code, err = run(["batch", "articles", "../c.txt", "--output", out, *options], capsys)
    assert code == cli.EXIT_OK, err
    assert sorted(r["id"] for r in read_jsonl(out)) == ["a.txt", "c.txt", "sub/b.txt"]
    assert "articles/s summarized" in err

    monkeypatch.chdir(tmp_path)  # the same inputs, named from another directory
    code, err = run(["batch", folder.resolve(), "c.txt", "--output", out, *options], capsys)
    assert code == cli.EXIT_OK, err
    assert "3 skipped" in err and "0 done" in err
    assert "articles/s" not in err and "no article needed summarizing" in err
    assert len(read_jsonl(out)) == 3
