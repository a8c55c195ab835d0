"""Remote loads run on a thread pool but come back in input order, errors in their place."""

from __future__ import annotations

import threading
import time

import pytest

from summarizer.errors import SourceError
from summarizer.sources.prefetch import ordered_map, read_url_list


def test_results_keep_input_order_and_errors_stay_in_place():
    def load(n: int) -> int:
        time.sleep(0.05 * (5 - n % 5))  # later items finish first
        if n == 3:
            raise SourceError("item 3 is broken")
        return n * n

    out = list(ordered_map(range(8), load, workers=4))
    assert [item for item, _ in out] == list(range(8))
    assert [v for _, v in out if not isinstance(v, BaseException)] == [0, 1, 4, 16, 25, 36, 49]
    assert isinstance(out[3][1], SourceError) and str(out[3][1]) == "item 3 is broken"


def test_loads_run_concurrently_within_the_window():
    running = peak = 0
    lock = threading.Lock()

    def load(n: int) -> int:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.1)
        with lock:
            running -= 1
        return n

    assert [v for _, v in ordered_map(range(8), load, workers=4)] == list(range(8))
    assert peak == 4


def test_no_loader_yields_items_unchanged():
    assert list(ordered_map(["a", "b"], None)) == [("a", None), ("b", None)]


def test_url_list_skips_blank_lines_and_comments(tmp_path):
    path = tmp_path / "urls.txt"
    path.write_text("\ufeff# la veille\nhttps://a.example/1\n\n  https://b.example/2  \n# fin\n", encoding="utf-8")
    assert read_url_list(path) == ["https://a.example/1", "https://b.example/2"]
    with pytest.raises(SourceError, match="cannot read the URL list"):
        read_url_list(tmp_path / "missing.txt")
