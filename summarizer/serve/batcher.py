"""The micro-batcher: requests that arrive together become one call of a many-item function.

Callers :meth:`~MicroBatcher.submit` an item under a *key* (the options it must be run with) and
get a :class:`concurrent.futures.Future`. One worker thread takes the oldest waiting item, waits
up to ``max_wait`` seconds for others with the same key to join it (or until ``max_batch`` are
there), and runs them all in one call of ``run(key, items)``, which returns one outcome per item
in order. Items with another key wait for a later call; while a call runs, new arrivals pile up
and leave together in the next one, so batches grow with the load. The waiting line is bounded:
beyond ``max_queue`` items :meth:`~MicroBatcher.submit` raises :class:`QueueFull`.

All model work of a server runs on this one thread (the models are not shared between threads,
and a CPU-bound model is not faster with two callers at once).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Hashable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("summarizer.serve")

Runner = Callable[[Hashable, list[Any]], Sequence[Any]]


class QueueFull(Exception):
    """The waiting line is full (answered 503).

    Attributes:
        retry_after: whole seconds after which the line is likely to have room.
    """

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"the server is busy: retry in {retry_after} s")
        self.retry_after = retry_after


@dataclass
class _Job:
    key: Hashable
    item: Any
    future: Future = field(default_factory=Future)
    arrived: float = field(default_factory=time.monotonic)


class MicroBatcher:
    """Merge items submitted within ``max_wait`` seconds into one ``run`` call per key.

    Args:
        run: ``run(key, items) -> outcomes``, one per item in order (an outcome may be an
            exception object: the caller decides what it means).
        max_queue: most items waiting (not yet running).
        max_batch: most items per call.
        max_wait: seconds the oldest item waits for others to join it.
        on_batch: called with the size of every batch that starts.
        on_depth: called with the number of waiting items whenever it changes.
    """

    def __init__(
        self,
        run: Runner,
        *,
        max_queue: int,
        max_batch: int,
        max_wait: float,
        on_batch: Callable[[int], None] | None = None,
        on_depth: Callable[[int], None] | None = None,
    ) -> None:
        self._run = run
        self.max_queue = max_queue
        self.max_batch = max_batch
        self.max_wait = max_wait
        self._on_batch = on_batch or (lambda n: None)
        self._on_depth = on_depth or (lambda n: None)
        self._waiting: list[_Job] = []
        self._ready = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._seconds_per_batch = 1.0  # running mean, for Retry-After

    @property
    def depth(self) -> int:
        """Items waiting to run."""
        with self._ready:
            return len(self._waiting)

    def start(self) -> None:
        """Start the worker thread (once; later calls do nothing)."""
        with self._ready:
            if self._thread is None:
                self._stopping = False
                self._thread = threading.Thread(target=self._work, name="summarizer-batcher", daemon=True)
                self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the worker after the call in progress; waiting items fail with ``RuntimeError``."""
        with self._ready:
            self._stopping = True
            left, self._waiting = self._waiting, []
            self._ready.notify_all()
            thread, self._thread = self._thread, None
        for job in left:
            job.future.set_exception(RuntimeError("the server is shutting down"))
        self._on_depth(0)
        if thread is not None:
            thread.join(timeout)

    def submit(self, key: Hashable, item: Any) -> Future:
        """Queue ``item`` to run with the others of ``key``; its future holds its outcome.

        Raises:
            QueueFull: ``max_queue`` items are already waiting.
        """
        self.start()
        job = _Job(key, item)
        with self._ready:
            if len(self._waiting) >= self.max_queue:
                batches = math.ceil(len(self._waiting) / self.max_batch) + 1
                raise QueueFull(max(1, math.ceil(batches * self._seconds_per_batch)))
            self._waiting.append(job)
            depth = len(self._waiting)
            self._ready.notify_all()
        self._on_depth(depth)
        return job.future

    def _take(self) -> list[_Job] | None:
        """The next batch: the oldest job and up to ``max_batch - 1`` later ones of its key."""
        with self._ready:
            while not self._waiting and not self._stopping:
                self._ready.wait()
            if self._stopping:
                return None
            first = self._waiting[0]
            while True:
                same = [j for j in self._waiting if j.key == first.key]
                left = first.arrived + self.max_wait - time.monotonic()
                if len(same) >= self.max_batch or left <= 0 or self._stopping:
                    break
                self._ready.wait(left)
            batch = same[: self.max_batch]
            taken = {id(j) for j in batch}
            self._waiting = [j for j in self._waiting if id(j) not in taken]
            depth = len(self._waiting)
        self._on_depth(depth)
        return batch

    def _work(self) -> None:
        while True:
            batch = self._take()
            if batch is None:
                return
            live = [job for job in batch if job.future.set_running_or_notify_cancel()]
            if not live:
                continue
            self._on_batch(len(live))
            started = time.monotonic()
            try:
                outcomes = list(self._run(live[0].key, [job.item for job in live]))
                if len(outcomes) != len(live):
                    raise RuntimeError(f"batch runner returned {len(outcomes)} outcomes for {len(live)} items")
            except BaseException as exc:  # one failed call fails its callers, never the worker
                log.exception("batch of %d failed", len(live))
                for job in live:
                    job.future.set_exception(exc)
            else:
                for job, outcome in zip(live, outcomes, strict=True):
                    job.future.set_result(outcome)
            elapsed = time.monotonic() - started
            self._seconds_per_batch = 0.8 * self._seconds_per_batch + 0.2 * elapsed
