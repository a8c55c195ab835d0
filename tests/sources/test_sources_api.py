"""The Python API with sources: an Article's metadata and warnings reach the Result."""

from __future__ import annotations

import pytest
from make_documents import make_docx, make_pdf
from news_site import paragraphs

from summarizer import sources
from summarizer.errors import BlockedURLError
from summarizer.sources.fetch import FetchOptions


@pytest.mark.slow
def test_summarize_an_article_from_a_url(tiny_summarizer, site):
    options = FetchOptions(allowed_networks=("127.0.0.1/32",), host_delay=0)
    record = site.articles[3]
    result = tiny_summarizer.summarize_source(site.url(f"/news/{record['id']}.html"), fetch_options=options)
    assert result.summary.strip()
    assert result.source["title"] == record["title"].strip()
    assert result.source["date"] == record["date"] and result.source["kind"] == "url"
    assert result.to_dict()["source"]["canonical_url"] == site.url(f"/news/{record['id']}.html")

    teaser = tiny_summarizer.summarize_source(site.url("/premium.html"), fetch_options=options)
    assert teaser.source["paywall"] is True
    assert teaser.warnings[0].startswith("paywall")


@pytest.mark.slow
def test_summarize_pdf_and_docx_files(tiny_summarizer, orangesum_sample, tmp_path):
    record = orangesum_sample[5]
    (tmp_path / "communique.pdf").write_bytes(make_pdf(record["title"], paragraphs(record["article"]), author="Presse"))
    (tmp_path / "note.docx").write_bytes(make_docx(record["title"], paragraphs(record["article"])))
    for name, kind in (("communique.pdf", "pdf"), ("note.docx", "docx")):
        result = tiny_summarizer.summarize_source(str(tmp_path / name))
        assert result.summary.strip() and result.source["kind"] == kind
        assert result.source["title"] == record["title"].strip()
    article = sources.load(tmp_path / "note.docx")
    texts = tiny_summarizer.summarize_many([article, record["article"]])
    assert texts[0].source["kind"] == "docx" and texts[1].source is None


def test_summarize_source_refuses_private_urls_by_default(tiny_summarizer, site):
    with pytest.raises(BlockedURLError, match="loopback") as info:
        tiny_summarizer.summarize_source(site.url("/news/1300.html"))
    # The API's message names the API's switch; the command line's flag means nothing to a Python caller.
    assert "FetchOptions(allow_private=True)" in str(info.value) and "--allow-private-urls" not in str(info.value)
