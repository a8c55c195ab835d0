"""RSS and Atom feeds (feedparser) and OPML lists of feeds, to entries and then articles.

An entry's id is its guid (RSS ``<guid>``, Atom ``<id>``), else its link: ids are stable from
one run to the next, which is what lets batch mode's resume summarize only new entries. An
entry whose feed carries the full article (``content:encoded``, Atom ``<content>``) of at
least :data:`FULL_CONTENT_WORDS` words is summarized from it; otherwise its page is fetched.
Feeds are always downloaded by our :class:`Fetcher` (limits, robots.txt, SSRF guard), never by
feedparser itself.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

from summarizer.errors import SourceError
from summarizer.sources.article import Article

# Feed content shorter than this is a teaser: the entry's page is fetched instead.
FULL_CONTENT_WORDS = 80
_WORD = re.compile(r"\w+")


@dataclass
class FeedEntry:
    """One feed item.

    Attributes:
        id: guid, else link (the batch id).
        url: the entry's link, if any.
        title, date, author: the entry's metadata.
        site_name: the feed's title.
        content: the full article as HTML or text when the feed carries it, else None.
    """

    id: str
    url: str | None
    title: str | None = None
    date: str | None = None
    author: str | None = None
    site_name: str | None = None
    content: str | None = None


def is_url(location: str) -> bool:
    """True for http(s) URLs (and other ``scheme://`` addresses, refused later with a clear message)."""
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", location.strip()))


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)


def _full_content(entry: dict) -> str | None:
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if len(_WORD.findall(re.sub(r"<[^>]+>", " ", value))) >= FULL_CONTENT_WORDS:
            return value
    return None


def parse_opml(data: bytes) -> list[str] | None:
    """The feed addresses (``xmlUrl``) of an OPML file, or None when ``data`` is not OPML."""
    from lxml import etree

    if b"<opml" not in data[:2048].lower():
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise SourceError(f"malformed OPML ({exc})") from None
    return [o.get("xmlUrl").strip() for o in root.iter("outline") if (o.get("xmlUrl") or "").strip()]


def parse_feed(data: bytes, location: str) -> list[FeedEntry]:
    """The entries of an RSS or Atom document, in feed order.

    Raises:
        SourceError: when ``data`` is not a feed.
    """
    import feedparser

    parsed = feedparser.parse(
        data,
        sanitize_html=False,
        resolve_relative_uris=True,
        response_headers={"content-location": location} if is_url(location) else None,
    )
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        why = f" ({str(problem).splitlines()[0][:80]})" if problem else ""
        raise SourceError(f"{location} is not an RSS or Atom feed{why}")
    site = (parsed.feed.get("title") or "").strip() or None
    entries: list[FeedEntry] = []
    for number, entry in enumerate(parsed.entries, 1):
        link = (entry.get("link") or "").strip() or None
        if link and is_url(location):
            link = urljoin(location, link)
        if link and not is_url(link):  # a guid that is no URL (feedparser offers it as the link)
            link = None
        entry_id = (entry.get("id") or "").strip() or link or f"{location}#{number}"
        entries.append(
            FeedEntry(
                id=entry_id,
                url=link,
                title=(entry.get("title") or "").strip() or None,
                date=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
                author=(entry.get("author") or "").strip() or None,
                site_name=site,
                content=_full_content(entry),
            )
        )
    return entries


def read_feeds(location: str, fetcher, *, max_bytes: int = 10 * 1024 * 1024) -> list[FeedEntry]:
    """The entries of a feed or of every feed an OPML file lists; ``location`` is a URL or a file.

    Raises:
        SourceError: unreadable location, not a feed, or an OPML file without feeds.
    """
    data = _read_location(location, fetcher, max_bytes)
    feeds = parse_opml(data)
    if feeds is None:
        return parse_feed(data, location)
    if not feeds:
        raise SourceError(f"{location}: the OPML file lists no feed (no outline with an xmlUrl)")
    entries: list[FeedEntry] = []
    for feed in feeds:
        if not is_url(feed) and not is_url(location):
            feed = str((Path(location).parent / feed).resolve())
        elif not is_url(feed):
            feed = urljoin(location, feed)
        entries.extend(parse_feed(_read_location(feed, fetcher, max_bytes), feed))
    return entries


def _read_location(location: str, fetcher, max_bytes: int) -> bytes:
    if is_url(location):
        return fetcher.get(location, accept=("feed",)).content
    path = Path(location)
    if not path.is_file():
        raise SourceError(f"{location}: no such feed file")
    if path.stat().st_size > max_bytes:
        raise SourceError(f"{location}: too large for a feed ({path.stat().st_size:,} bytes)")
    return path.read_bytes()


def entry_article(entry: FeedEntry, fetcher, progress=None) -> Article:
    """The article of a feed entry: the feed's full content, or the entry's page fetched and extracted.

    Raises:
        SourceError: no content and no link, or the page cannot be fetched or has no article.
    """
    from summarizer.sources.pages import extract_page

    if entry.content is not None:
        if "<" in entry.content:
            article = extract_page(
                f"<html><body><article>{entry.content}</article></body></html>", entry.url, name=entry.id, kind="feed"
            )
            article.title = entry.title
        else:
            article = Article(text=entry.content.strip(), kind="feed", url=entry.url)
        article.canonical_url = entry.url
    elif entry.url:
        from summarizer.sources import fetch_article

        article = fetch_article(entry.url, fetcher, progress=progress)
    else:
        raise SourceError(f"feed entry {entry.id}: no content and no web link to fetch (its id is not a URL)")
    article.title = article.title or entry.title
    if entry.content is not None or not article.date:
        article.date = entry.date or article.date
    article.author = article.author or entry.author
    article.site_name = article.site_name or entry.site_name
    article.url = article.url or entry.url
    return article
