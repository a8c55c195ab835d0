"""One input door: a local HTML file and the same page over HTTP go through the same reader and
give the same text and a filled ``source``, in the API, `summarize` and `batch`; one table of
suffixes and content types; one HTML extractor; the old ``summarizer.inputs`` path still works."""

from __future__ import annotations

import ast
import csv
import io
import json
import urllib.request
from pathlib import Path

from support import ROOT

from summarizer import cli, sources
from summarizer.sources.fetch import FetchOptions

LOCAL_FETCH = FetchOptions(allowed_networks=("127.0.0.1/32",), host_delay=0)
# The extractive strategy with a French summary needs no model: the door is tested, not a model.
NO_MODEL = ["--strategy", "extractive", "--target-language", "fr", "--no-fact-check"]


def _page(site, record: dict, folder: Path) -> tuple[str, Path]:
    url = site.url(f"/news/{record['id']}.html")
    with urllib.request.urlopen(url, timeout=10) as response:  # the test's own server on 127.0.0.1
        (folder / "page.html").write_bytes(response.read())
    return url, folder / "page.html"


def _cli(argv: list) -> tuple[int, str]:
    out = io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8")
    return cli.main([str(a) for a in argv], stdin=stdin, stdout=out), out.getvalue()


def test_a_local_html_file_reads_like_the_same_page_over_http(site, tmp_path: Path):
    record = site.articles[3]
    url, path = _page(site, record, tmp_path)
    remote = sources.load(url, options=LOCAL_FETCH)
    local = sources.load(path)
    assert local.text == remote.text and len(local.text) > 200
    assert (local.kind, remote.kind) == ("html", "url")
    for name in ("title", "date", "author", "site_name", "canonical_url"):
        assert getattr(local, name) == getattr(remote, name), name
    assert local.title == record["title"].strip() and local.date == record["date"]


def test_summarize_and_batch_fill_the_source_of_a_local_html_file(site, tmp_path: Path):
    record = site.articles[4]
    url, path = _page(site, record, tmp_path)
    code, out = _cli(["summarize", path, "--format", "json", *NO_MODEL])
    assert code == 0
    from_file = json.loads(out)
    code, out = _cli(["summarize", url, "--format", "json", "--allow-private-urls", *NO_MODEL])
    assert code == 0
    from_url = json.loads(out)
    assert from_file["article"] == from_url["article"] and from_file["summary"] == from_url["summary"]
    assert from_file["source"]["kind"] == "html" and from_file["source"]["title"] == record["title"].strip()

    folder = tmp_path / "in"
    folder.mkdir()
    path.rename(folder / "page.html")
    (folder / "plain.txt").write_text(record["article"], encoding="utf-8")
    output = tmp_path / "out.jsonl"
    code, _ = _cli(["batch", folder, "-o", output, "--no-cache", "-q", *NO_MODEL])
    rows = {r["id"]: r for r in map(json.loads, output.read_text(encoding="utf-8").splitlines())}
    assert code == 0 and rows["page.html"]["error"] is None
    assert rows["page.html"]["source"]["title"] == record["title"].strip()
    assert rows["page.html"]["article"] == from_file["article"]
    assert rows["plain.txt"]["source"] is None  # plain text carries no metadata


def _python_files() -> list[Path]:
    return sorted((ROOT / "summarizer").rglob("*.py")) + sorted((ROOT / "app").rglob("*.py"))


def test_one_table_of_suffixes_and_one_html_extractor():
    """Only sources/kinds.py spells out input file suffixes or content types (the batch output
    formats are the output store's), and only sources/pages.py calls trafilatura's extraction."""
    spelled: list[str] = []
    extractors: list[str] = []
    for path in _python_files():
        where = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in (".htm", ".docx", ".md", ".tsv", "application/pdf"):
                spelled.append(f"{where}: {node.value}")
            called = isinstance(node, ast.Attribute) and node.attr in ("extract", "bare_extraction")
            if called and isinstance(node.value, ast.Name) and node.value.id == "trafilatura":
                extractors.append(where)
    assert {s.split(":")[0] for s in spelled} == {"summarizer/sources/kinds.py"}, spelled
    assert extractors == ["summarizer/sources/pages.py"]


def test_the_old_inputs_module_is_an_alias():
    import summarizer.inputs
    import summarizer.sources.text

    for name in ("read_text", "read_file", "read_bytes", "read_stream", "decode_bytes", "check_text", "extract_html"):
        assert getattr(summarizer.inputs, name) is getattr(summarizer.sources.text, name)


def test_table_records_keep_their_metadata_as_source(site, tmp_path: Path):
    first, second = site.articles[0], site.articles[1]
    table = tmp_path / "news.jsonl"
    rows = [
        {"id": "a", "title": first["title"], "date": first["date"], "text": first["article"]},
        {"id": "b", "text": second["article"]},  # no metadata column: no source
    ]
    table.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    output = tmp_path / "out.csv"
    code, _ = _cli(["batch", table, "-o", output, "--no-cache", "-q", *NO_MODEL])
    assert code == 0
    with output.open(encoding="utf-8", newline="") as handle:
        records = {r["id"]: r for r in csv.DictReader(handle)}
    assert records["a"]["source_kind"] == "record" and records["a"]["source_title"] == first["title"].strip()
    assert records["a"]["source_date"] == first["date"]
    assert records["b"]["source_kind"] == "" and records["b"]["summary"]
