"""The command line with news sources: `summarize URL|PDF|DOCX`, `batch --feed/--urls`, per-item
errors for misbehaving endpoints, resume on feeds, syndicated copies summarized once."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest
from make_documents import make_docx, make_pdf, make_scanned_pdf
from news_site import paragraphs, rss_feed
from support import tiny_model_args

from summarizer import cli

FAST = ["--length", "short", "--num-beams", "1", "--no-cache"]
LOCAL = ["--allow-private-urls", "--host-delay", "0"]


def run(argv: list, capsys) -> tuple[int, str, str]:
    """Run ``summarizer ARGV`` in this process; returns (exit status, stdout, stderr)."""
    capsys.readouterr()
    out = io.StringIO()
    code = cli.main([str(a) for a in argv], stdin=io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"), stdout=out)
    return code, out.getvalue(), capsys.readouterr().err


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.slow
def test_summarize_a_url(site, tiny_models, capsys):
    record = site.articles[2]
    url = site.url(f"/news/{record['id']}.html")
    code, out, err = run(
        ["summarize", url, "--format", "json", "--allow-private-urls", *tiny_model_args(tiny_models), *FAST[:4]], capsys
    )
    assert code == 0, err
    result = json.loads(out)
    assert result["summary"].strip()
    assert result["source"]["title"] == record["title"].strip() and result["source"]["date"] == record["date"]
    assert result["source"]["canonical_url"] == url


def test_summarize_refuses_the_local_server_by_default(site, capsys):
    url = site.url(f"/news/{site.articles[2]['id']}.html")
    code, out, err = run(["summarize", url], capsys)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "loopback" in err and "--allow-private-urls" in err


@pytest.mark.parametrize(
    ("path", "expected"),
    [("/nowhere.html", "HTTP 404 Not Found"), ("/photo.jpg", "unsupported content type"), ("/loop/a", "redirect loop")],
)
def test_summarize_bad_urls_fail_in_one_line(site, capsys, path, expected):
    code, out, err = run(["summarize", site.url(path), "--allow-private-urls"], capsys)
    assert code == 1 and out == "" and expected in err and err.count("\n") == 1


@pytest.mark.slow
def test_summarize_pdf_and_docx(tmp_path, tiny_models, orangesum_sample, capsys):
    record = orangesum_sample[4]
    (tmp_path / "c.pdf").write_bytes(make_pdf(record["title"], paragraphs(record["article"])))
    (tmp_path / "c.docx").write_bytes(make_docx(record["title"], paragraphs(record["article"])))
    for name in ("c.pdf", "c.docx"):
        code, out, err = run(
            ["summarize", tmp_path / name, "--format", "json", *tiny_model_args(tiny_models), *FAST[:4]], capsys
        )
        assert code == 0, err
        assert json.loads(out)["source"]["kind"] == name.rsplit(".", 1)[1]
    (tmp_path / "scan.pdf").write_bytes(make_scanned_pdf())
    code, out, err = run(["summarize", tmp_path / "scan.pdf"], capsys)
    assert code == 1 and "no text layer" in err


@pytest.mark.slow
def test_feed_rerun_summarizes_only_new_entries(site, tiny_models, tmp_path, capsys):
    feed_path = "/monitor.rss"
    entries = list(site.articles[:2])
    site.extra[feed_path] = lambda h: site.send(h, 200, rss_feed(entries, site.base), "application/rss+xml")
    out = tmp_path / "veille.jsonl"
    args = ["batch", "--feed", site.url(feed_path), "--output", out, *LOCAL, *tiny_model_args(tiny_models), *FAST]
    code, _, err = run(args, capsys)
    assert code == 0, err
    records = read_jsonl(out)
    assert [r["id"] for r in records] == [f"orangesum-{r['id']}" for r in entries]
    assert all(r["error"] is None and r["source"]["title"] for r in records)
    # The next morning: one new entry. Only it is fetched and summarized.
    entries.append(site.articles[2])
    hits = {r["id"]: len(site.hits[f"/news/{r['id']}.html"]) for r in site.articles[:3]}
    code, _, err = run(args, capsys)
    assert code == 0, err
    assert [r["id"] for r in read_jsonl(out)] == [f"orangesum-{r['id']}" for r in entries]
    assert {r["id"]: len(site.hits[f"/news/{r['id']}.html"]) - hits[r["id"]] for r in site.articles[:3]} == {
        site.articles[0]["id"]: 0,
        site.articles[1]["id"]: 0,  # its feed entry carries the full article: never fetched
        site.articles[2]["id"]: 1,
    }
    assert "1 done" in err and "2 skipped" in err


@pytest.mark.slow
def test_misbehaving_endpoints_give_per_item_errors_in_time(site, tiny_models, tmp_path, capsys):
    good = [site.url(f"/news/{site.articles[3]['id']}.html"), site.url("/slow.html"), site.url("/busy.html"),
            site.url("/premium.html"), site.url("/latin1.html")]  # fmt: skip
    bad = {
        "/hang.html": "timed out",
        "/huge.html": "too large",
        "/photo.jpg": "unsupported content type",
        "/loop/a": "redirect loop",
        "/nowhere.html": "HTTP 404",
        "/overloaded.html": "retry after 3600s",
        f"/private/{site.articles[0]['id']}.html": "robots.txt",
    }
    urls = tmp_path / "urls.txt"
    urls.write_text("# à lire\n" + "\n".join(good + [site.url(p) for p in bad]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    args = ["batch", "--urls", urls, "--output", out, *LOCAL, "--fetch-timeout", "4", "--max-download-mb", "1"]
    code, _, err = run([*args, *tiny_model_args(tiny_models), *FAST], capsys)
    assert time.monotonic() - started < 240
    assert code == 3, err
    records = {r["id"]: r for r in read_jsonl(out)}
    assert set(records) == set(good) | {site.url(p) for p in bad}
    for url in good:
        assert records[url]["error"] is None and records[url]["summary"], records[url]["error"]
    for path, expected in bad.items():
        assert expected in records[site.url(path)]["error"]
    assert records[site.url("/premium.html")]["source"]["paywall"] is True
    assert records[site.url("/premium.html")]["warnings"][0].startswith("paywall")


@pytest.mark.slow
def test_copies_share_one_summary(tiny_models, orangesum_sample, tmp_path, capsys):
    base = orangesum_sample[5]
    copy = "Par la rédaction avec AFP\n\n" + base["article"].replace("'", "’") + "\n\nLire aussi : la météo du week-end"
    rows = [{"id": "afp", "text": base["article"]}, {"id": "other", "text": orangesum_sample[6]["article"]},
            {"id": "site-b", "text": copy}]  # fmt: skip
    table = tmp_path / "feed.jsonl"
    table.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.csv"
    code, _, err = run(["batch", table, "--output", out, *tiny_model_args(tiny_models), *FAST], capsys)
    assert code == 0, err
    with open(out, encoding="utf-8", newline="") as handle:
        records = {r["id"]: r for r in csv.DictReader(handle)}
    assert records["site-b"]["duplicate_of"] == "afp" and records["site-b"]["summary"] == records["afp"]["summary"]
    assert records["afp"]["duplicate_of"] == "" and records["other"]["duplicate_of"] == ""
    assert "1 duplicates" in err
    out2 = tmp_path / "nodedup.jsonl"
    code, _, err = run(["batch", table, "--output", out2, "--no-dedup", *tiny_model_args(tiny_models), *FAST], capsys)
    assert code == 0 and all(r["duplicate_of"] is None for r in read_jsonl(out2))


@pytest.mark.slow
def test_folder_with_pdf_and_docx(tiny_models, orangesum_sample, tmp_path, capsys):
    folder = tmp_path / "dossier"
    folder.mkdir()
    record = orangesum_sample[3]
    (folder / "a.pdf").write_bytes(make_pdf(record["title"], paragraphs(record["article"])))
    (folder / "b.docx").write_bytes(make_docx(orangesum_sample[2]["title"], paragraphs(orangesum_sample[2]["article"])))
    (folder / "scan.pdf").write_bytes(make_scanned_pdf())
    out = tmp_path / "out.parquet"
    code, _, err = run(["batch", folder, "--output", out, *tiny_model_args(tiny_models), *FAST], capsys)
    assert code == 3, err
    import pyarrow.parquet as pq

    rows = {r["id"]: r for r in pq.read_table(out).to_pylist()}
    assert rows["a.pdf"]["source_kind"] == "pdf" and rows["a.pdf"]["summary"]
    assert rows["b.docx"]["source_title"] == orangesum_sample[2]["title"].strip()
    assert "no text layer" in rows["scan.pdf"]["error"]
