"""A web page to an :class:`Article`: the article text and its metadata, with trafilatura."""

from __future__ import annotations

from summarizer.errors import SourceError
from summarizer.sources.article import Article
from summarizer.sources.paywall import paywall_warning


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def extract_page(html: str, url: str | None = None, *, name: str | None = None, kind: str = "url") -> Article:
    """Reduce an HTML page to its article text, keeping title, date, author, site name and canonical URL.

    Args:
        html: the decoded page.
        url: where it came from (helps trafilatura resolve the canonical URL and the site).
        name: how to call it in errors (default: the URL).
        kind: the ``Article.kind`` to set ("url", "html", "feed").

    Raises:
        SourceError: when no article text can be found in the page.
    """
    import trafilatura

    label = name or url or "the page"
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        deduplicate=False,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise SourceError(f"{label}: no article text found in the page")
    article = Article(
        text=text.strip(),
        kind=kind,
        title=_text(doc.title),
        date=_text(doc.date),
        author=_text(doc.author),
        site_name=_text(doc.sitename),
        url=url,
        canonical_url=_text(doc.url) or url,
    )
    warning = paywall_warning(html, article.text)
    if warning:
        article.paywall = True
        article.warnings.append(warning)
    return article
