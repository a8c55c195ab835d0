"""Fetching real pages from a news site served on 127.0.0.1: extraction, metadata, and every
misbehaving endpoint giving an article or one clear error within its time limit."""

from __future__ import annotations

import itertools
import threading
import time

import pytest
from make_documents import token_f1
from news_site import AUTHOR, SITE, NewsSite

from summarizer import sources
from summarizer.errors import SourceError
from summarizer.sources.fetch import Fetcher, FetchOptions

# The SSRF guard stays on: only the test server's address is let through.
LOCAL = ("127.0.0.1/32",)


def fetcher(**options) -> Fetcher:
    base = {"allowed_networks": LOCAL, "host_delay": 0.0, "read_timeout": 3.0, "timeout": 15.0, "backoff": 0.2}
    return Fetcher(FetchOptions(**{**base, **options}))


def load(site: NewsSite, path: str, **options) -> sources.Article:
    with fetcher(**options) as f:
        return sources.load(site.url(path), fetcher=f)


def error_of(site: NewsSite, path: str, **options) -> tuple[str, float]:
    started = time.monotonic()
    with pytest.raises(SourceError) as info:
        load(site, path, **options)
    return str(info.value), time.monotonic() - started


def test_article_page_gives_the_article_and_its_metadata(site):
    for record in site.articles[:5]:
        article = load(site, f"/news/{record['id']}.html")
        assert token_f1(article.text, record["title"] + " " + record["article"]) >= 0.95
        for noise in (
            "cookies",
            "Tout accepter",
            "Jeannot75",
            "mutuelle",
            "À lire aussi",
            "Mentions légales",
            "XV de France",
        ):
            assert noise not in article.text
        assert article.source() == {
            "kind": "url",
            "title": record["title"].strip(),
            "date": record["date"],
            "author": AUTHOR,
            "site_name": SITE,
            "url": site.url(f"/news/{record['id']}.html"),
            "canonical_url": site.url(f"/news/{record['id']}.html"),
            "paywall": False,
        }
        assert article.warnings == []
    assert all(agent.startswith("summarizer/") for agent in site.agents)


def test_robots_txt_is_obeyed_unless_ignored(site):
    record = site.articles[0]
    message, _ = error_of(site, f"/private/{record['id']}.html")
    assert "robots.txt" in message and "--ignore-robots" in message
    article = load(site, f"/private/{record['id']}.html", respect_robots=False)
    assert record["article"][:60] in article.text.replace("\n", " ")


def test_slow_page_within_the_timeout_is_read(site):
    article = load(site, "/slow.html", read_timeout=3.0)
    assert article.title == site.articles[1]["title"].strip()


@pytest.mark.parametrize(
    ("path", "options", "expected", "limit"),
    [
        ("/hang.html", {"read_timeout": 1.0}, "timed out waiting for data", 6),
        ("/trickle.html", {"read_timeout": 1.0, "timeout": 2.0}, "timed out", 7),
        ("/huge.html", {"max_bytes": 1_000_000}, "too large", 10),
        ("/photo.jpg", {}, "unsupported content type image/jpeg", 5),
        ("/loop/a", {}, "redirect loop", 5),
        ("/chain/1", {"max_redirects": 3}, "too many redirects (more than 3)", 5),
        ("/nowhere.html", {}, "HTTP 404 Not Found", 5),
        ("/overloaded.html", {}, "retry after 3600s", 5),
    ],
)
def test_misbehaving_endpoints_give_one_clear_error_in_time(site, path, options, expected, limit):
    message, seconds = error_of(site, path, **options)
    assert expected in message
    assert message.startswith(site.url(path))
    assert seconds < limit


def test_redirect_is_followed_to_the_article(site):
    article = load(site, "/moved.html")
    assert article.url == site.url(f"/news/{site.articles[2]['id']}.html")
    assert article.title == site.articles[2]["title"].strip()


def test_429_with_retry_after_is_honoured(site):
    article = load(site, "/busy.html")
    assert article.title == site.articles[3]["title"].strip()
    first, second = site.hits["/busy.html"][:2]
    assert second - first >= 0.9  # Retry-After: 1


def test_503_is_retried_with_backoff(site):
    article = load(site, "/flaky.html", retries=2)
    assert article.title == site.articles[5]["title"].strip()
    assert len(site.hits["/flaky.html"]) == 3


def test_paywall_teaser_gets_a_warning(site):
    article = load(site, "/premium.html")
    assert article.paywall is True
    assert len(article.warnings) == 1 and "paywall" in article.warnings[0]
    assert "visible part only" in article.warnings[0]


@pytest.mark.parametrize("path", ["/latin1.html", "/latin1-meta.html", "/latin1-bare.html"])
def test_windows_1252_pages_are_decoded(site, path):
    record = site.articles[7]
    article = load(site, path)
    assert token_f1(article.text, record["title"] + " " + record["article"]) >= 0.95
    accented = [w for w in record["article"].split() if any(c in w for c in "éèàçêô")]
    assert accented and all(w in article.text for w in accented[:10])
    assert "\ufffd" not in article.text


def test_politeness_delay_and_concurrency_per_host(site):
    with fetcher(host_delay=0.8, host_concurrency=1) as f:
        threads = [
            threading.Thread(target=sources.load, args=(site.url(f"/news/{r['id']}.html"),), kwargs={"fetcher": f})
            for r in site.articles[:3]
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    starts = sorted(t for r in site.articles[:3] for t in site.hits[f"/news/{r['id']}.html"][-1:])
    # The server sees the requests' arrivals, which a loaded machine delays by up to a few tenths of a second.
    assert all(b - a >= 0.5 for a, b in itertools.pairwise(starts))
