"""RSS, Atom and OPML: entries with stable ids, full content used when the feed has it."""

from __future__ import annotations

import pytest
from make_documents import token_f1
from news_site import atom_feed, opml, rss_feed

from summarizer.errors import SourceError
from summarizer.sources.feeds import FULL_CONTENT_WORDS, entry_article, read_feeds
from summarizer.sources.fetch import Fetcher, FetchOptions


@pytest.fixture
def fetcher():
    with Fetcher(FetchOptions(allowed_networks=("127.0.0.1/32",), host_delay=0)) as f:
        yield f


def test_rss_entries_have_guid_ids_and_metadata(site, fetcher):
    entries = read_feeds(site.url("/feed.rss"), fetcher)
    records = site.articles[:4]
    assert [e.id for e in entries] == [f"orangesum-{r['id']}" for r in records]
    assert [e.url for e in entries] == [site.url(f"/news/{r['id']}.html") for r in records]
    assert entries[0].site_name.startswith("Le Quotidien du Test")
    assert entries[1].date.startswith(records[1]["date"])


def test_full_content_is_used_and_teasers_are_fetched(site, fetcher):
    entries = read_feeds(site.url("/feed.rss"), fetcher)
    full = [e for e in entries if e.content]
    assert len(site.articles[1]["article"].split()) >= FULL_CONTENT_WORDS
    assert [e.id for e in full] == [entries[1].id]
    for entry, record in zip(entries, site.articles[:4], strict=True):
        page = f"/news/{record['id']}.html"
        before = len(site.hits[page])
        article = entry_article(entry, fetcher)
        assert token_f1(article.text, record["title"] + " " + record["article"]) >= 0.95
        assert article.title == record["title"].strip()
        assert article.canonical_url == site.url(page)
        fetched = len(site.hits[page]) - before
        assert fetched == (0 if entry.content else 1)


def test_atom_entries(site, fetcher):
    entries = read_feeds(site.url("/feed.atom"), fetcher)
    assert [e.id for e in entries] == [f"tag:quotidien.test,2020:{r['id']}" for r in site.articles[4:6]]
    article = entry_article(entries[0], fetcher)
    assert article.author and article.date.startswith(site.articles[4]["date"])


def test_opml_lists_every_feed(site, fetcher):
    entries = read_feeds(site.url("/feeds.opml"), fetcher)
    assert len(entries) == 6 and len({e.id for e in entries}) == 6


def test_local_feed_and_opml_files(site, fetcher, tmp_path):
    (tmp_path / "une.xml").write_text(rss_feed(site.articles[:2], site.base), encoding="utf-8")
    (tmp_path / "eco.atom").write_text(atom_feed(site.articles[2:3], site.base), encoding="utf-8")
    listing = opml("", ["une.xml", "eco.atom"])
    (tmp_path / "flux.opml").write_text(listing, encoding="utf-8")
    entries = read_feeds(str(tmp_path / "flux.opml"), fetcher)
    assert [e.url for e in entries] == [site.url(f"/news/{r['id']}.html") for r in site.articles[:3]]


def test_a_page_is_not_a_feed(site, fetcher, tmp_path):
    with pytest.raises(SourceError, match="wrong content type text/html"):
        read_feeds(site.url(f"/news/{site.articles[0]['id']}.html"), fetcher)
    page = tmp_path / "page.xml"
    page.write_text("just some words, no feed here", encoding="utf-8")
    with pytest.raises(SourceError, match="not an RSS or Atom feed"):
        read_feeds(str(page), fetcher)
    with pytest.raises(SourceError, match="no such feed file"):
        read_feeds(str(tmp_path / "missing.rss"), fetcher)
