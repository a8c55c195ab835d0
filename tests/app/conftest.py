"""Fixtures of the demo's tests, built once per test run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support import demo_server

MAX_CHARS = 5_000  # the shared demo's article limit (test_app.py checks the error beyond it)


@pytest.fixture(scope="session")
def demo_url(tiny_models: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One ``summarizer demo`` on the tiny models for the API and browser tests, started once per run
    (subprocess, free localhost port): short summaries, a 5,000-character limit, models loaded at
    start-up, no result cache (every request recomputes, so page and API agree only because the models
    are deterministic)."""
    options = ("--length", "short", "--max-chars", str(MAX_CHARS), "--preload", "--cache-size", "0")
    with demo_server(tiny_models, tmp_path_factory.mktemp("demo"), *options) as url:
        yield url
