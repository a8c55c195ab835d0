"""The micro-batcher on a plain function: what arrives together runs together, keys stay apart,
every caller gets its own outcome, and a full waiting line is refused."""

from __future__ import annotations

import threading

import pytest

from summarizer.serve.batcher import MicroBatcher, QueueFull


def test_items_arriving_together_run_in_one_call_and_keep_their_own_outcome():
    calls: list[tuple[str, list[int]]] = []
    sizes: list[int] = []

    def run(key, items):
        calls.append((key, list(items)))
        return [f"{key}:{i * 10}" for i in items]

    batcher = MicroBatcher(run, max_queue=100, max_batch=8, max_wait=0.3, on_batch=sizes.append)
    try:
        futures = [batcher.submit("a" if i % 2 else "b", i) for i in range(6)]
        outcomes = [f.result(timeout=10) for f in futures]
    finally:
        batcher.stop()
    assert outcomes == [f"{'a' if i % 2 else 'b'}:{i * 10}" for i in range(6)]
    assert sorted(calls) == [("a", [1, 3, 5]), ("b", [0, 2, 4])]
    assert sorted(sizes) == [3, 3]


def test_batches_stop_at_max_batch_and_a_failing_call_fails_only_its_callers():
    def run(key, items):
        if key == "bad":
            raise RuntimeError("boom")
        return items

    batcher = MicroBatcher(run, max_queue=100, max_batch=2, max_wait=0.2)
    sizes: list[int] = []
    batcher._on_batch = sizes.append
    try:
        good = [batcher.submit("ok", i) for i in range(5)]
        bad = batcher.submit("bad", 0)
        assert [f.result(timeout=10) for f in good] == [0, 1, 2, 3, 4]
        with pytest.raises(RuntimeError, match="boom"):
            bad.result(timeout=10)
    finally:
        batcher.stop()
    assert max(sizes) == 2


def test_a_full_waiting_line_is_refused_with_a_retry_time():
    release = threading.Event()

    def run(key, items):
        release.wait(10)
        return items

    batcher = MicroBatcher(run, max_queue=2, max_batch=1, max_wait=0.0)
    try:
        first = batcher.submit("k", 0)
        deadline = threading.Event()
        while batcher.depth:  # the first item leaves the line and starts running
            deadline.wait(0.01)
        waiting = [batcher.submit("k", i) for i in (1, 2)]
        with pytest.raises(QueueFull) as caught:
            batcher.submit("k", 3)
        assert caught.value.retry_after >= 1
        release.set()
        assert [f.result(timeout=10) for f in [first, *waiting]] == [0, 1, 2]
    finally:
        release.set()
        batcher.stop()
