"""What a batch run did, and how its progress is shown: the final report, a progress bar on a
terminal, periodic log lines otherwise, nothing with ``--quiet``."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import asdict, dataclass, field
from typing import Any, TextIO

from summarizer.errors import SummarizerError

__all__ = [
    "BarProgress",
    "BatchInterrupted",
    "BatchReport",
    "LogProgress",
    "Progress",
    "failure_detail",
    "make_progress",
]


class BatchInterrupted(SummarizerError, KeyboardInterrupt):
    """Ctrl-C or SIGTERM stopped the run after its results were saved; ``report`` says how far it got."""

    def __init__(self, report: BatchReport) -> None:
        super().__init__("interrupted")
        self.report = report


# ---------------------------------------------------------------------- report
@dataclass
class BatchReport:
    """What a batch run did.

    Attributes:
        output: the output file.
        engine: "local" or "ray".
        total: items in the inputs (after making ids unique).
        skipped: items already summarized by an earlier run into the same output.
        done: items summarized successfully by this run (``cached`` included).
        cached: successes served without a model call (result cache, the same text twice, or a
            near-duplicate sharing its representative's summary).
        duplicates: successes that are near-duplicates of an earlier item (``duplicate_of`` set).
        summarized: articles that went through the models successfully.
        failed: items that got an error record.
        seconds: wall time.
        interrupted: the run was stopped by Ctrl-C or SIGTERM.
        failures: the first (id, what went wrong) pairs, for the final report; the second part is
            written to follow the id (``failure_detail``).
    """

    output: str
    engine: str = "local"
    total: int = 0
    skipped: int = 0
    done: int = 0
    cached: int = 0
    duplicates: int = 0
    summarized: int = 0
    failed: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def processed(self) -> int:
        """Items given a record by this run."""
        return self.done + self.failed

    @property
    def from_cache(self) -> int:
        """Successes served without a model call that are not near-duplicates (``cached`` less
        ``duplicates``): with ``summarized`` and ``duplicates`` they add up to ``done``."""
        return self.cached - self.duplicates

    @property
    def throughput(self) -> float:
        """Articles summarized (through the models, not from the cache) per second of wall time;
        0 when none was."""
        return self.summarized / self.seconds if self.seconds > 0 and self.summarized else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The counters as a JSON-serialisable dict."""
        data = asdict(self)
        data["failures"] = [list(f) for f in self.failures]
        data["throughput"] = round(self.throughput, 3)
        return data

    def format(self) -> str:
        """The human-readable final report (several lines)."""
        state = "interrupted" if self.interrupted else "finished"
        # The parts add up: done = summarized + cached + duplicates, items = done + skipped + failed
        # (+ not reached, when interrupted).
        not_reached = self.total - self.done - self.skipped - self.failed
        lines = [
            f"batch {state} in {_duration(self.seconds)}: {self.total} items: {self.done} done "
            f"({self.summarized} summarized, {self.from_cache} cached, {self.duplicates} duplicates), "
            f"{self.skipped} skipped, {self.failed} failed"
            + (f", {not_reached} not reached" if not_reached > 0 else ""),
            (
                f"throughput: {self.throughput:.2f} articles/s summarized ({self.engine} engine); output: {self.output}"
                if self.summarized
                else f"throughput: no article needed summarizing in this run; output: {self.output}"
            ),
        ]
        for item_id, error in self.failures:
            lines.append(f"failed: {item_id}{error}")
        if self.failed > len(self.failures):
            lines.append(f"... and {self.failed - len(self.failures)} more failures (see the 'error' field)")
        if self.interrupted:
            lines.append("results so far are saved: run the same command again to resume")
        return "\n".join(lines)


def failure_detail(item_id: str, name: str, error: str) -> str:
    """What went wrong with an item, worded to follow its id on a report line: the error without the
    item's own name when the id already says it (``a.txt`` for ``/data/in/a.txt is empty`` gives
    `` is empty``), else with where it comes from in brackets (a table row: `` (t.jsonl line 4): ...``).
    """
    rest = error[len(name) :] if name and error.startswith(name) else f": {error}"
    if not rest.startswith(" is "):
        rest = ": " + rest.lstrip(" :")
    path = name.split(" line ")[0]
    same = name in (item_id, "") or name.endswith(("/" + item_id, os.sep + item_id)) or item_id.startswith(path + ":")
    return rest if same or not error.startswith(name) else f" ({name}){rest}"


def _duration(seconds: float) -> str:
    seconds = max(0.0, seconds)
    if seconds < 60:
        return f"{seconds:.1f}s"
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m{secs:02d}s" if hours else f"{minutes}m{secs:02d}s"


# ---------------------------------------------------------------------- progress
class Progress:
    """Progress display interface; this base class shows nothing (``--quiet``)."""

    def start(self, total: int, skipped: int) -> None:
        """The run starts: ``total`` items, ``skipped`` of them already done."""

    def update(self, report: BatchReport) -> None:
        """Called after every write with the current counters."""

    def close(self, report: BatchReport) -> None:
        """The run ended (normally or not)."""


class BarProgress(Progress):
    """A live tqdm bar (for a terminal): done/total, articles/s, ETA, failures as postfix."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.bar: Any = None
        self.shown = 0

    def start(self, total: int, skipped: int) -> None:
        from tqdm import tqdm

        self.shown = skipped
        try:
            width, height = os.get_terminal_size(self.stream.fileno())
        except (AttributeError, OSError, ValueError):
            width = height = 0
        # tqdm draws nothing on a terminal that reports a zero size (some pseudo-terminals): assume one.
        sizing: dict[str, Any] = (
            {"dynamic_ncols": True} if width > 0 and height > 0 else {"ncols": width or 100, "nrows": height or 24}
        )
        self.bar = tqdm(
            total=total,
            initial=skipped,
            unit="article",
            desc="summarizing",
            file=self.stream,
            smoothing=0.1,
            **sizing,
        )
        self.bar.set_postfix(failed=0, cached=0, duplicates=0, refresh=False)

    def update(self, report: BatchReport) -> None:
        if self.bar is None:
            return
        now = report.skipped + report.processed
        self.bar.set_postfix(
            failed=report.failed, cached=report.from_cache, duplicates=report.duplicates, refresh=False
        )
        self.bar.update(now - self.shown)
        self.shown = now

    def close(self, report: BatchReport) -> None:
        if self.bar is not None:
            self.update(report)
            self.bar.close()
            self.bar = None


class LogProgress(Progress):
    """Plain progress lines (for logs and pipes), at most one every ``interval`` seconds."""

    def __init__(self, stream: TextIO, interval: float = 10.0) -> None:
        self.stream = stream
        self.interval = interval
        self.total = 0
        self.started = 0.0
        self.last = 0.0
        self.last_count = -1

    def _line(self, text: str) -> None:
        self.stream.write(f"summarizer: {text}\n")
        self.stream.flush()

    def start(self, total: int, skipped: int) -> None:
        self.total = total
        self.started = self.last = time.monotonic()
        self._line(f"batch: {total} items, {skipped} already done, {total - skipped} to go")

    def _status(self, report: BatchReport) -> str:
        now = report.skipped + report.processed
        pct = 100.0 * now / self.total if self.total else 100.0
        elapsed = time.monotonic() - self.started
        rate = report.processed / elapsed if elapsed > 0 else 0.0
        left = self.total - now
        eta = f", ETA {_duration(left / rate)}" if rate > 0 and left > 0 else ""
        speed = f", {report.summarized / elapsed:.2f} articles/s" if report.summarized and elapsed > 0 else ""
        return (
            f"batch: {now}/{self.total} ({pct:.0f}%), {report.failed} failed, {report.from_cache} cached, "
            f"{report.duplicates} duplicates{speed}{eta}"
        )

    def update(self, report: BatchReport) -> None:
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            self.last_count = report.processed
            self._line(self._status(report))

    def close(self, report: BatchReport) -> None:
        if self.started and report.processed != self.last_count:
            self._line(self._status(report))


def make_progress(quiet: bool, stream: TextIO | None = None) -> Progress:
    """A tqdm bar on a terminal, plain lines otherwise, nothing when ``quiet``."""
    stream = stream or sys.stderr
    if quiet:
        return Progress()
    isatty = getattr(stream, "isatty", None)
    if isatty is not None and isatty():
        return BarProgress(stream)
    return LogProgress(stream)
