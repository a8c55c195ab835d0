"""Memory handed back between pipeline stages (glibc's malloc_trim), so the guard's NER model and
the translator's batches do not stack on the summarizer's freed buffers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from summarizer.backends.base import trim_heap

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim; VmRSS")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_freed_buffers_go_back_to_the_system():
    blocks = [bytearray(100_000) for _ in range(3_000)]  # 300 MB in heap-sized blocks
    for k in range(len(blocks)):
        blocks[k][::4096] = b"x" * len(blocks[k][::4096])  # touch every page
    keep = blocks[::50]  # a few survivors pin the heap's top, as long-lived objects do
    del blocks
    before = _rss_mb()
    trim_heap()
    after = _rss_mb()
    assert before - after > 150, (before, after)
    assert all(len(b) == 100_000 for b in keep)
