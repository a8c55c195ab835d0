"""Shared by the source tests: the realistic news site, served on 127.0.0.1 (one per test module)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from news_site import NewsSite


@pytest.fixture(scope="module")
def site() -> Iterator[NewsSite]:
    """The news site of ``tests/news_site.py``, started on 127.0.0.1 for the module's tests."""
    news = NewsSite().start()
    yield news
    news.close()
