"""The demo with news sources: the URL endpoint on a real demo server (with --allow-private-urls,
so it may fetch the local test site), the SSRF guard of a default demo, PDF and Word uploads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from make_documents import make_docx, make_pdf, make_scanned_pdf, pdf_safe, token_f1
from news_site import NewsSite, paragraphs
from support import demo_server


@pytest.fixture(scope="module")
def site() -> Iterator[NewsSite]:
    news = NewsSite().start()
    yield news
    news.close()


@pytest.fixture(scope="module")
def client(tiny_models: Path, tmp_path_factory: pytest.TempPathFactory):
    from gradio_client import Client

    options = ("--length", "short", "--allow-private-urls", "--fetch-timeout", "5", "--preload")
    with demo_server(tiny_models, tmp_path_factory.mktemp("demo_sources"), *options) as url:
        yield Client(url, verbose=False)


@pytest.mark.slow
def test_summarize_url_endpoint(client, site) -> None:
    record = site.articles[3]
    result = client.predict(site.url(f"/news/{record['id']}.html"), api_name="/summarize_url")
    assert result["summary"].strip()
    assert result["source"]["title"] == record["title"].strip() and result["source"]["kind"] == "url"
    teaser = client.predict(site.url("/premium.html"), api_name="/summarize_url")
    assert teaser["source"]["paywall"] is True and teaser["warnings"][0].startswith("paywall")


@pytest.mark.slow
def test_summarize_url_errors_are_one_line_and_in_time(client, site) -> None:
    from gradio_client.exceptions import AppError

    for path, expected in (("/hang.html", "timed out"), ("/photo.jpg", "unsupported content type")):
        with pytest.raises(AppError, match=expected):
            client.predict(site.url(path), api_name="/summarize_url")
    with pytest.raises(AppError, match="only http and https"):
        client.predict("file:///etc/passwd", api_name="/summarize_url")
    assert client.predict("Le chat dort sur le canapé. Il fait beau.", api_name="/summarize")["summary"]


def test_a_default_demo_refuses_private_addresses(site) -> None:
    from app.service import DemoError, SummarizerPool

    pool = SummarizerPool(lambda preset: None)
    for url in (site.url("/news/1300.html"), "http://169.254.169.254/latest/meta-data/", "http://[::1]/"):
        with pytest.raises(DemoError, match="--allow-private-urls"):
            pool.fetch(url)
    assert site.hits["/news/1300.html"] == []
    with pytest.raises(DemoError, match="Enter the web address"):
        pool.fetch("  ")


def test_pdf_and_docx_uploads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, orangesum_sample) -> None:
    from app.service import DemoError, read_upload

    uploads = tmp_path / "gradio" / "abc"
    uploads.mkdir(parents=True)
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio"))
    record = orangesum_sample[6]
    paras = paragraphs(record["article"])
    (uploads / "communique.pdf").write_bytes(make_pdf(record["title"], paras))
    (uploads / "note.docx").write_bytes(make_docx(record["title"], paras))
    reference = pdf_safe(record["title"] + " " + " ".join(paras))
    assert token_f1(read_upload(str(uploads / "communique.pdf")), reference) >= 0.95
    assert token_f1(read_upload(str(uploads / "note.docx")), reference) >= 0.95
    (uploads / "scan.pdf").write_bytes(make_scanned_pdf())
    with pytest.raises(DemoError, match="no text layer"):
        read_upload(str(uploads / "scan.pdf"))
