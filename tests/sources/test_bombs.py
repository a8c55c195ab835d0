"""Decompression bombs and the messages around them (issue 27): every decoder that can expand its
input stops at a limit on the decoded size, with one line and bounded memory.

Each bomb is built on the fly (tests/make_bombs.py, well under a second); the command runs in a
child process whose peak memory (``ru_maxrss``) is measured by a small launcher.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import make_bombs
import pytest
from support import DATA, ROOT

from summarizer.cli.exits import EXIT_PARTIAL
from summarizer.errors import SourceError
from summarizer.sources import read_bytes
from summarizer.sources.unpack import Budget, check_zip, decode_body

MB = make_bombs.MB
NO_MODEL = ["--strategy", "extractive", "--target-language", "fr", "--source-language", "fr"]
# Peak memory a refused bomb may cost, well under what any of them unpacks to (the bound: 600 MB).
RSS_LIMIT_MB = 400
_LAUNCHER = (
    "import resource, subprocess, sys\n"
    "p = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=120)\n"
    "sys.stdout.write(p.stdout); sys.stderr.write(p.stderr)\n"
    "print('MAXRSS_KB', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(p.returncode)\n"
)


def run_measured(*args: str, env: dict | None = None) -> tuple[int, str, str, float]:
    """``python -m summarizer ARGS`` in a child: exit status, stdout, stderr (launcher line removed), peak MB."""
    command = [sys.executable, "-c", _LAUNCHER, sys.executable, "-m", "summarizer", *args]
    proc = subprocess.run(
        command, capture_output=True, text=True, timeout=180, cwd=ROOT, env={**os.environ, **(env or {})}
    )
    lines = proc.stderr.splitlines()
    peak = next(int(line.split()[1]) for line in lines if line.startswith("MAXRSS_KB"))
    err = "\n".join(line for line in lines if not line.startswith("MAXRSS_KB"))
    return proc.returncode, proc.stdout, err, peak / 1024


def assert_one_line(err: str, *needles: str) -> str:
    lines = [line for line in err.strip().splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bombs")
    return {
        "docx": make_bombs.docx_bomb(folder / "report.docx", 1200 * MB),
        "docx-lying": make_bombs.docx_bomb(folder / "lying.docx", 800 * MB, declared=2000),
        "pdf": make_bombs.pdf_bomb(folder / "release.pdf", 1024 * MB),
        "pdf-many": make_bombs.pdf_bomb(folder / "many.pdf", 24 * MB, streams=6),
    }


# ---------------------------------------------------------------------- documents
@pytest.mark.slow
@pytest.mark.parametrize("kind", ["docx", "docx-lying", "pdf", "pdf-many"])
def test_document_bombs_end_in_one_line_with_bounded_memory(bombs, kind):
    code, out, err, peak = run_measured("summarize", str(bombs[kind]), *NO_MODEL)
    assert code == 1 and out == ""
    line = assert_one_line(err, bombs[kind].name, "refused")
    assert "unpacks" in line or "cannot be unpacked" in line
    assert "bug" not in line
    assert peak < RSS_LIMIT_MB, f"peak RSS {peak:.0f} MB"


@pytest.mark.slow
def test_the_document_limit_is_named_and_can_be_raised(bombs, tmp_path):
    line = assert_one_line(run_measured("summarize", str(bombs["pdf"]), *NO_MODEL)[2])
    assert "more than 50 MB" in line
    # Six streams of 24 MB: refused at 50 MB together, read (and found empty of text) at 200 MB.
    code, _, err, _ = run_measured(
        "summarize", str(bombs["pdf-many"]), *NO_MODEL, env={"SUMMARIZER_MAX_UNPACKED_MB": "200"}
    )
    assert code == 1 and "unpacks" not in err and "has no text (6 pages with nothing to read)" in err


def test_a_real_word_file_still_reads(orangesum_sample):
    from make_documents import make_docx

    record = orangesum_sample[0]
    article = read_bytes(make_docx(record["title"], [record["article"]]), "article.docx")
    assert record["article"][:60] in article.text


def test_zip_members_are_checked_by_declared_size_ratio_and_real_size(tmp_path):
    honest = make_bombs.docx_bomb(tmp_path / "honest.docx", 60 * MB).read_bytes()
    with pytest.raises(SourceError, match=r"honest.docx unpacks to more than 50 MB"):
        check_zip(honest, "honest.docx")
    with pytest.raises(SourceError, match=r"unpacks [\d,]+ times its packed size"):
        check_zip(honest, "honest.docx", limit=100 * MB)
    lying = make_bombs.docx_bomb(tmp_path / "lying.docx", 60 * MB, declared=1000).read_bytes()
    with pytest.raises(SourceError, match=r"lying.docx"):
        check_zip(lying, "lying.docx")
    check_zip(make_bombs.docx_bomb(tmp_path / "small.docx", 100 * 1024).read_bytes(), "small.docx")


def test_an_empty_pdf_is_not_called_a_scan(tmp_path):
    path = make_bombs.empty_pdf(tmp_path / "empty.pdf", 5000)
    with pytest.raises(SourceError) as caught:
        read_bytes(path.read_bytes(), "empty.pdf")
    message = str(caught.value)
    assert "5000 pages" in message and "no text" in message and "scan" not in message and "images" not in message


# ---------------------------------------------------------------------- HTTP content encodings
def _raw(data: bytes, piece: int = 65536):
    for start in range(0, len(data), piece):
        yield data[start : start + piece]


@pytest.mark.parametrize(
    ("encoding", "build"),
    [("gzip", make_bombs.gzip_bomb), ("br", make_bombs.brotli_bomb), ("deflate", make_bombs.deflate_bomb)],
)
def test_http_bodies_are_decoded_within_the_limit(encoding, build):
    bomb = build(256 * MB)
    with pytest.raises(SourceError, match=r"page unpacks to more than 10 MB"):
        decode_body(_raw(bomb), encoding, Budget("page", 10 * MB))
    page = "<html><body><p>" + "Le CAC 40 a gagné 2 % jeudi. " * 200 + "</p></body></html>"
    packed = {
        "gzip": make_bombs.gzip_text,
        "br": make_bombs.brotli_text,
        "deflate": make_bombs.deflate_text,
    }[encoding](page.encode())
    assert decode_body(_raw(packed, 7), encoding, Budget("page", 10 * MB)).decode() == page


def test_two_codings_and_unknown_codings(tmp_path):
    page = b"<p>Bonjour</p>" * 100
    twice = make_bombs.brotli_text(make_bombs.gzip_text(page))
    assert decode_body(_raw(twice, 5), "gzip, br", Budget("page", MB)) == page
    with pytest.raises(SourceError, match="unsupported content encoding 'compress'"):
        decode_body(_raw(page), "compress", Budget("page", MB))
    with pytest.raises(SourceError, match=r"too large \(more than 1 kB\)"):
        decode_body(_raw(page), "", Budget("page", 1024 + 48))


def _serve(site, path: str, encoding: str, body: bytes) -> None:
    def handler(h) -> None:
        site.send(h, 200, body, headers={"Content-Encoding": encoding})

    site.extra[path] = handler


@pytest.fixture(scope="module")
def bomb_site(site):
    _serve(site, "/bomb-br.html", "br", make_bombs.brotli_bomb(2048 * MB))
    _serve(site, "/bomb-gzip.html", "gzip", make_bombs.gzip_bomb(2048 * MB))
    _serve(site, "/bomb-deflate.html", "deflate", make_bombs.deflate_bomb(1024 * MB))
    return site


@pytest.fixture(scope="module")
def packed_site(site):
    from news_site import article_page

    page = article_page(site.articles[0], site.base).encode()
    _serve(site, "/packed-br.html", "br", make_bombs.brotli_text(page))
    _serve(site, "/packed-gzip.html", "gzip", make_bombs.gzip_text(page))
    return site


@pytest.mark.slow
@pytest.mark.parametrize("path", ["/bomb-br.html", "/bomb-gzip.html", "/bomb-deflate.html"])
def test_compressed_page_bombs_end_in_one_line_with_bounded_memory(bomb_site, path):
    code, out, err, peak = run_measured("summarize", bomb_site.url(path), "--allow-private-urls", *NO_MODEL)
    assert code == 1 and out == ""
    assert_one_line(err, "unpacks to more than 10 MB", "refused")
    assert peak < RSS_LIMIT_MB, f"peak RSS {peak:.0f} MB"


def test_compressed_pages_still_read_the_same(packed_site):
    from summarizer.sources import fetch_article
    from summarizer.sources.fetch import Fetcher, FetchOptions

    with Fetcher(FetchOptions(allow_private=True, host_delay=0)) as fetcher:
        plain = fetch_article(packed_site.url(f"/news/{packed_site.articles[0]['id']}.html"), fetcher)
        for path in ("/packed-br.html", "/packed-gzip.html"):
            packed = fetch_article(packed_site.url(path), fetcher)
            assert packed.text == plain.text and packed.title == plain.title


@pytest.mark.slow
def test_batch_records_a_bomb_and_goes_on(bombs, bomb_site, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.docx").write_bytes(bombs["docx"].read_bytes())
    (folder / "release.pdf").write_bytes(bombs["pdf"].read_bytes())
    article = json.loads((DATA / "orangesum_sample.jsonl").read_text(encoding="utf-8").splitlines()[0])["article"]
    (folder / "good.txt").write_text(article, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, _, peak = run_measured("batch", str(folder), "-o", str(out), "--quiet", *NO_MODEL)
    assert code == EXIT_PARTIAL  # the run went on past the two bombs
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert records["good.txt"]["error"] is None and records["good.txt"]["summary"]
    assert "unpacks to more than 50 MB" in records["report.docx"]["error"]
    assert "unpacks to more than 50 MB" in records["release.pdf"]["error"]
    assert peak < RSS_LIMIT_MB, f"peak RSS {peak:.0f} MB"
