"""Batch mode: many articles in, one resumable table of summaries out.

``run_batch`` reads folders, files and tables (:mod:`summarizer.batch_io`), skips ids that an
earlier run already summarized, serves repeated articles from a content-hash cache, sends the
rest through the models in batches (``Summarizer.summarize_many``) on this machine or on a Ray
actor pool, and appends every record as soon as it is known, so a crash loses at most the
batch in flight. One bad article becomes a record with an ``error``; the run goes on.

Ray is imported only by the Ray engine; models load once per process (local) or per actor.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import signal
import sqlite3
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

from summarizer.batch_io import (
    BatchUsageError,
    Item,
    OutputStore,
    iter_items,
    make_record,
    open_sources,
    output_format,
)
from summarizer.errors import SummarizerError

log = logging.getLogger("summarizer")

ENGINES = ("local", "ray")
DEFAULT_BATCH_SIZE = 16
# Batches queued per Ray actor: one running, one waiting, so actors never idle on the driver.
RAY_QUEUE_PER_WORKER = 2
# Environment variables passed on to Ray workers (models must load the same way everywhere).
RAY_ENV_VARS = (
    "HF_HUB_OFFLINE",
    "TRANSFORMERS_OFFLINE",
    "HF_HUB_DISABLE_PROGRESS_BARS",
    "TRANSFORMERS_VERBOSITY",
    "TOKENIZERS_PARALLELISM",
)
MAX_REPORTED_FAILURES = 10

Outcome = tuple[dict[str, Any] | None, str | None]

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "ENGINES",
    "BarProgress",
    "BatchInterrupted",
    "BatchReport",
    "BatchUsageError",
    "LogProgress",
    "Progress",
    "ResultCache",
    "default_cache_dir",
    "run_batch",
]


class BatchInterrupted(KeyboardInterrupt):
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
        cached: successes served without a model call (result cache, or the same text twice).
        summarized: articles that went through the models successfully.
        failed: items that got an error record.
        seconds: wall time.
        interrupted: the run was stopped by Ctrl-C or SIGTERM.
        failures: the first (id, error) pairs, for the final report.
    """

    output: str
    engine: str = "local"
    total: int = 0
    skipped: int = 0
    done: int = 0
    cached: int = 0
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
    def throughput(self) -> float:
        """Items given a record per second of wall time."""
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The counters as a JSON-serialisable dict."""
        data = asdict(self)
        data["failures"] = [list(f) for f in self.failures]
        data["throughput"] = round(self.throughput, 3)
        return data

    def format(self) -> str:
        """The human-readable final report (several lines)."""
        state = "interrupted" if self.interrupted else "finished"
        lines = [
            f"batch {state} in {_duration(self.seconds)}: {self.total} items, {self.done} done "
            f"({self.cached} cached, {self.summarized} summarized), {self.skipped} skipped, {self.failed} failed",
            f"throughput: {self.throughput:.2f} articles/s ({self.engine} engine); output: {self.output}",
        ]
        for item_id, error in self.failures:
            lines.append(f"failed: {error}" if error.startswith(item_id) else f"failed: {item_id}: {error}")
        if self.failed > len(self.failures):
            lines.append(f"... and {self.failed - len(self.failures)} more failures (see the 'error' field)")
        if self.interrupted:
            lines.append("results so far are saved: run the same command again to resume")
        return "\n".join(lines)


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
        self.bar.set_postfix(failed=0, cached=0, refresh=False)

    def update(self, report: BatchReport) -> None:
        if self.bar is None:
            return
        now = report.skipped + report.processed
        self.bar.set_postfix(failed=report.failed, cached=report.cached, refresh=False)
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
        return (
            f"batch: {now}/{self.total} ({pct:.0f}%), {report.failed} failed, {report.cached} cached, "
            f"{rate:.2f} articles/s{eta}"
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


# ---------------------------------------------------------------------- cache
def default_cache_dir() -> Path:
    """``$SUMMARIZER_CACHE_DIR``, else ``$XDG_CACHE_HOME/summarizer/batch``, else ``~/.cache/summarizer/batch``."""
    if os.environ.get("SUMMARIZER_CACHE_DIR"):
        return Path(os.environ["SUMMARIZER_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "summarizer" / "batch"


class ResultCache:
    """Results by key (content hash + models + options) in a small SQLite file.

    Errors are not cached. A cache that cannot be opened or written is switched off with a
    warning; it never fails a run.

    Args:
        directory: where ``results.sqlite3`` lives (created if needed).
    """

    def __init__(self, directory: str | Path) -> None:
        self.path = Path(directory) / "results.sqlite3"
        self._db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value TEXT NOT NULL, created REAL)"
            )
            self._db.commit()
        except (OSError, sqlite3.Error) as exc:
            log.warning("result cache %s disabled: %s", self.path, exc)
            self._db = None

    def get_many(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The cached results among ``keys``."""
        keys = list(dict.fromkeys(keys))
        found: dict[str, dict[str, Any]] = {}
        if self._db is None or not keys:
            return found
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for key, value in self._db.execute(f"SELECT key, value FROM results WHERE key IN ({marks})", chunk):
                    found[key] = json.loads(value)
        except (sqlite3.Error, ValueError) as exc:
            log.warning("result cache read failed (%s); going on without it", exc)
        return found

    def put_many(self, results: dict[str, dict[str, Any]]) -> None:
        """Store results (replacing older ones with the same key)."""
        if self._db is None or not results:
            return
        now = time.time()
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO results (key, value, created) VALUES (?, ?, ?)",
                    [(k, json.dumps(v, ensure_ascii=False), now) for k, v in results.items()],
                )
        except sqlite3.Error as exc:
            log.warning("result cache write failed (%s); going on without it", exc)

    def close(self) -> None:
        """Close the database."""
        if self._db is not None:
            self._db.close()
            self._db = None


class MemoryCache(ResultCache):
    """An in-memory stand-in for ``--no-cache``: the same text twice in one run is still summarized once."""

    def __init__(self, max_entries: int = 2048) -> None:
        self._data: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self.max_entries = max_entries
        self._db = None

    def get_many(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        return {k: self._data[k] for k in keys if k in self._data}

    def put_many(self, results: dict[str, dict[str, Any]]) -> None:
        for key, value in results.items():
            self._data[key] = value
            self._data.move_to_end(key)
        while len(self._data) > self.max_entries:
            self._data.popitem(last=False)

    def close(self) -> None:
        self._data.clear()


def _model_fingerprint(model: str | None) -> Any:
    """A model id, or for a local directory its real path and the size and mtime of its files."""
    if not model:
        return None
    path = Path(model)
    if not path.is_dir():
        return model
    files = sorted(
        (p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in path.iterdir() if p.is_file() and p.suffix != ".lock"
    )
    return {"dir": str(path.resolve()), "files": files}


def config_fingerprint(summarizer: Any, full_translation: bool) -> str:
    """Everything besides the text that decides a result: models, strategy, backend, options, version.

    The device and thread count are left out: they change speed, not what is summarized.
    """
    from summarizer import __version__

    data = {
        "version": __version__,
        "strategy": summarizer.strategy,
        "summarization_model": _model_fingerprint(summarizer.summarization_model),
        "translation_model": _model_fingerprint(summarizer.translation_model),
        "backend": summarizer.backend_name,
        "options": asdict(summarizer.options),
        "full_translation": full_translation,
    }
    return json.dumps(data, sort_keys=True, default=str)


def cache_key(fingerprint: str, text: str) -> str:
    """The cache key of ``text`` summarized under ``fingerprint``."""
    digest = hashlib.sha256()
    digest.update(fingerprint.encode("utf-8"))
    digest.update(b"\x00")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


# ---------------------------------------------------------------------- coordination
@dataclass
class _Job:
    """One distinct text to summarize, and the items waiting for it."""

    key: str
    text: str
    waiters: list[Item]


class _Coordinator:
    """Shared by both engines: turns items into records or model jobs, writes records, counts."""

    def __init__(
        self, store: OutputStore, cache: ResultCache, fingerprint: str, report: BatchReport, progress: Progress
    ) -> None:
        self.store = store
        self.cache = cache
        self.fingerprint = fingerprint
        self.report = report
        self.progress = progress
        self.inflight: dict[str, _Job] = {}

    def _failed(self, item_id: str, error: str) -> dict[str, Any]:
        self.report.failed += 1
        if len(self.report.failures) < MAX_REPORTED_FAILURES:
            self.report.failures.append((item_id, error))
        return make_record(item_id, None, error)

    def _write(self, records: list[dict[str, Any]]) -> None:
        if records:
            self.store.append(records)
            self.progress.update(self.report)

    def triage(self, items: Sequence[Item]) -> list[_Job]:
        """Write records for bad items and cache hits now; return new jobs for the models."""
        keys = {item.id: cache_key(self.fingerprint, item.text) for item in items if item.error is None and item.text}
        hits = self.cache.get_many(keys.values())
        records: list[dict[str, Any]] = []
        jobs: list[_Job] = []
        for item in items:
            if item.error is not None or not item.text:
                records.append(self._failed(item.id, item.error or f"{item.name} is empty"))
                continue
            key = keys[item.id]
            if key in hits:
                records.append(make_record(item.id, hits[key], None))
                self.report.done += 1
                self.report.cached += 1
            elif key in self.inflight:
                self.inflight[key].waiters.append(item)
            else:
                job = _Job(key, item.text, [item])
                self.inflight[key] = job
                jobs.append(job)
        self._write(records)
        return jobs

    def complete(self, jobs: Sequence[_Job], outcomes: Sequence[Outcome]) -> None:
        """Write the records of finished jobs and cache their results."""
        records: list[dict[str, Any]] = []
        fresh: dict[str, dict[str, Any]] = {}
        for job, (result, error) in zip(jobs, outcomes, strict=True):
            self.inflight.pop(job.key, None)
            if error is None and result is not None:
                fresh[job.key] = result
                self.report.summarized += 1
            for n, item in enumerate(job.waiters):
                if error is not None or result is None:
                    records.append(self._failed(item.id, f"{item.name}: {error or 'no result'}"))
                    continue
                records.append(make_record(item.id, result, None))
                self.report.done += 1
                self.report.cached += n > 0
        self.cache.put_many(fresh)
        self._write(records)

    def fail(self, jobs: Sequence[_Job], error: str) -> None:
        """Every item of ``jobs`` failed with ``error``."""
        self.complete(jobs, [(None, error)] * len(jobs))


def _outcome(value: Any) -> Outcome:
    """A ``summarize_many`` item as (result dict, None) or (None, one-line error)."""
    if isinstance(value, BaseException):
        message = str(value).strip().splitlines()[0] if str(value).strip() else type(value).__name__
        return None, message
    return value.to_dict(), None


def _batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# ---------------------------------------------------------------------- engines
def _run_local(
    coordinator: _Coordinator, batches: Iterator[list[Item]], summarizer: Any, full_translation: bool
) -> None:
    loaded = False
    for batch in batches:
        jobs = coordinator.triage(batch)
        if not jobs:
            continue
        if not loaded:
            summarizer.load()  # a missing model stops the run here, with a clear error
            loaded = True
        outcomes = summarizer.summarize_many([job.text for job in jobs], full_translation=full_translation)
        coordinator.complete(jobs, [_outcome(o) for o in outcomes])


class SummarizeWorker:
    """A Ray actor body: one ``Summarizer`` (models loaded once) serving batches of texts.

    Args:
        kwargs: ``Summarizer`` keyword arguments (as built by the CLI).
        env: environment variables to set before the models load.
    """

    def __init__(self, kwargs: dict[str, Any], env: dict[str, str]) -> None:
        os.environ.update(env)
        self.error: str | None = None
        self.summarizer: Any = None
        try:
            from summarizer.pipeline import Summarizer

            self.summarizer = Summarizer(**kwargs).load()
        except (SummarizerError, ValueError) as exc:
            self.error = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__

    def ready(self) -> str | None:
        """None when the models are loaded, else why not."""
        return self.error

    def run(self, texts: list[str], full_translation: bool) -> list[Outcome]:
        """Summarize ``texts``; one (result dict, error) pair per text."""
        if self.summarizer is None:
            return [(None, self.error or "worker not ready")] * len(texts)
        outcomes = self.summarizer.summarize_many(texts, full_translation=full_translation)
        return [_outcome(o) for o in outcomes]


def _ray_kwargs(kwargs: dict[str, Any], cpus_per_worker: float, gpus_per_worker: float) -> dict[str, Any]:
    """Summarizer kwargs for an actor: CPU-only unless GPUs are requested, threads = its CPUs."""
    out = dict(kwargs)
    if not gpus_per_worker and out.get("device", "auto") == "auto":
        out["device"] = "cpu"
    if out.get("threads") is None:
        out["threads"] = max(1, int(cpus_per_worker))
    return out


class _RayPool:
    """Actors created on first use; batches queued per actor; results come back as they finish."""

    def __init__(
        self,
        kwargs: dict[str, Any],
        *,
        address: str | None,
        num_workers: int | None,
        cpus_per_worker: float,
        gpus_per_worker: float,
        verbose: bool,
    ) -> None:
        self.kwargs = kwargs
        self.address = address
        self.num_workers = num_workers
        self.cpus_per_worker = cpus_per_worker
        self.gpus_per_worker = gpus_per_worker
        self.verbose = verbose
        self.ray: Any = None
        self.started_ray = False
        self.actors: list[Any] = []
        self.queued: list[int] = []
        self.dead: set[int] = set()
        self.futures: dict[Any, tuple[int, list[_Job]]] = {}

    def start(self) -> None:
        """Connect to (or start) Ray and create the actors; fails clearly when models cannot load."""
        import ray

        self.ray = ray
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        env = {k: os.environ[k] for k in RAY_ENV_VARS if k in os.environ}
        if not ray.is_initialized():
            # ray.init() replaces the SIGTERM handler with sys.exit; keep the caller's (save, then stop).
            main_thread = threading.current_thread() is threading.main_thread()
            sigterm = signal.getsignal(signal.SIGTERM) if main_thread else None
            try:
                ray.init(
                    address=self.address,
                    include_dashboard=False,
                    log_to_driver=self.verbose,
                    logging_level=logging.INFO if self.verbose else logging.WARNING,
                )
            except Exception as exc:  # Ray raises ConnectionError, RuntimeError, ValueError...: one message
                first = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
                where = f"the Ray cluster at {self.address}" if self.address else "a local Ray instance"
                raise SummarizerError(f"cannot start or join {where}: {first}") from None
            self.started_ray = True
            if main_thread and sigterm is not None:
                signal.signal(signal.SIGTERM, sigterm)
        resources = ray.cluster_resources()
        workers = self.num_workers
        if workers is None:
            if self.gpus_per_worker:
                workers = int(resources.get("GPU", 0) // self.gpus_per_worker)
            else:
                workers = int(resources.get("CPU", 1) // max(self.cpus_per_worker, 0.001))
            workers = max(1, workers)
        env["OMP_NUM_THREADS"] = str(self.kwargs.get("threads") or 1)
        actor_class = ray.remote(SummarizeWorker).options(
            num_cpus=self.cpus_per_worker, num_gpus=self.gpus_per_worker, max_restarts=0
        )
        log.info("starting %d Ray worker(s)", workers)
        self.actors = [actor_class.remote(self.kwargs, env) for _ in range(workers)]
        self.queued = [0] * workers
        try:
            errors = ray.get([a.ready.remote() for a in self.actors])
        except ray.exceptions.RayError as exc:
            first = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
            raise SummarizerError(f"Ray workers could not start: {first}") from None
        failed = [e for e in errors if e]
        if len(failed) == len(errors):
            raise SummarizerError(f"Ray workers could not load the models: {failed[0]}")
        for i, error in enumerate(errors):
            if error:
                log.warning("Ray worker %d could not load the models (%s); going on without it", i, error)
                self.dead.add(i)

    @property
    def capacity(self) -> int:
        """How many more batches can be queued now."""
        alive = len(self.actors) - len(self.dead)
        return alive * RAY_QUEUE_PER_WORKER - len(self.futures)

    def submit(self, jobs: list[_Job], full_translation: bool) -> None:
        """Queue a batch on the least busy live actor."""
        if self.ray is None:
            self.start()
        live = [i for i in range(len(self.actors)) if i not in self.dead]
        if not live:
            raise SummarizerError("every Ray worker has died; re-run the same command to resume")
        index = min(live, key=lambda i: self.queued[i])
        ref = self.actors[index].run.remote([job.text for job in jobs], full_translation)
        self.queued[index] += 1
        self.futures[ref] = (index, jobs)

    def wait(self) -> Iterator[tuple[list[_Job], list[Outcome] | str]]:
        """Yield finished batches: (jobs, outcomes), or (jobs, error message) when a worker failed."""
        ray = self.ray
        ready, _ = ray.wait(list(self.futures), num_returns=1)
        for ref in ready:
            index, jobs = self.futures.pop(ref)
            self.queued[index] -= 1
            try:
                yield jobs, ray.get(ref)
            except ray.exceptions.RayActorError as exc:
                self.dead.add(index)
                yield jobs, f"Ray worker died ({type(exc).__name__}); re-run to retry"
            except ray.exceptions.RayError as exc:
                first = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
                yield jobs, f"Ray worker failed: {first}"

    def close(self) -> None:
        """Stop the actors, and Ray itself when this run started it."""
        if self.ray is None:
            return
        for actor in self.actors:
            with contextlib.suppress(Exception):  # best effort: the actor may be gone already
                self.ray.kill(actor)
        self.actors = []
        if self.started_ray:
            self.ray.shutdown()


def _run_ray(coordinator: _Coordinator, batches: Iterator[list[Item]], pool: _RayPool, full_translation: bool) -> None:
    exhausted = False
    while True:
        while not exhausted and (pool.ray is None or pool.capacity > 0):
            batch = next(batches, None)
            if batch is None:
                exhausted = True
                break
            jobs = coordinator.triage(batch)
            if jobs:
                pool.submit(jobs, full_translation)
        if not pool.futures:
            if exhausted:
                return
            if pool.ray is not None and pool.capacity <= 0:
                raise SummarizerError("every Ray worker has died; re-run the same command to resume")
            continue
        for jobs, outcome in pool.wait():
            if isinstance(outcome, str):
                coordinator.fail(jobs, outcome)
            else:
                coordinator.complete(jobs, outcome)


# ---------------------------------------------------------------------- entry point
def run_batch(
    inputs: Sequence[str],
    output: str | Path,
    *,
    summarizer_kwargs: dict[str, Any] | None = None,
    full_translation: bool = False,
    text_column: str | None = None,
    id_column: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    overwrite: bool = False,
    cache_dir: str | Path | None = None,
    use_cache: bool = True,
    engine: str = "local",
    ray_address: str | None = None,
    num_workers: int | None = None,
    cpus_per_worker: float = 1,
    gpus_per_worker: float = 0,
    progress: Progress | None = None,
    stdin: Any = None,
    verbose: bool = False,
) -> BatchReport:
    """Summarize every article of ``inputs`` into ``output``, resuming an earlier run.

    Args:
        inputs: folders, article files, JSONL/CSV/TSV/Parquet tables, or "-" (JSONL on stdin).
        output: a .jsonl, .csv or .parquet file.
        summarizer_kwargs: ``Summarizer(...)`` keyword arguments.
        full_translation: also translate each whole article.
        text_column: table column with the article (default: text, article or content).
        id_column: table column with the id (default: id, else the row number).
        batch_size: articles per ``summarize_many`` call (per Ray task).
        overwrite: start over instead of resuming.
        cache_dir: result cache folder (default: :func:`default_cache_dir`).
        use_cache: read and write the result cache.
        engine: "local" or "ray".
        ray_address: Ray cluster to join ("auto", "ray://host:10001"); None starts a local Ray.
        num_workers: Ray actors (default: as many as the cluster's CPUs or GPUs allow).
        cpus_per_worker: CPUs reserved per actor (also its torch threads unless ``threads`` is set).
        gpus_per_worker: GPUs per actor (0: CPU-only actors).
        progress: progress display (default: none).
        stdin: stream read for "-" (default: ``sys.stdin``).
        verbose: let Ray workers log to this process.

    Returns:
        The counters of the run (``failed > 0``: some items have an error record).

    Raises:
        BatchUsageError: bad output extension, missing input path or column, bad numbers.
        BatchInterrupted: Ctrl-C / SIGTERM; everything finished so far is saved.
        SummarizerError: the models cannot be loaded.
    """
    from summarizer.inputs import DEFAULT_MAX_CHARS
    from summarizer.pipeline import Summarizer

    started = time.monotonic()
    kwargs = dict(summarizer_kwargs or {})
    if batch_size < 1:
        raise BatchUsageError("--batch-size must be at least 1")
    if engine not in ENGINES:
        raise BatchUsageError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if num_workers is not None and num_workers < 1:
        raise BatchUsageError("--num-workers must be at least 1")
    if cpus_per_worker <= 0 or gpus_per_worker < 0:
        raise BatchUsageError("--cpus-per-worker must be positive and --gpus-per-worker not negative")
    output_format(output)
    if engine == "ray":
        import importlib.util

        if importlib.util.find_spec("ray") is None:
            raise SummarizerError("--engine ray needs Ray: pip install 'summarizer[ray]' (or 'ray[data]')")
        kwargs = _ray_kwargs(kwargs, cpus_per_worker, gpus_per_worker)
    max_chars = kwargs.get("max_chars", DEFAULT_MAX_CHARS)
    progress = progress or Progress()
    report = BatchReport(output=str(output), engine=engine)

    sources = open_sources(inputs, text_column=text_column, id_column=id_column, max_chars=max_chars, stdin=stdin)
    out_path = Path(output).resolve()
    for source in sources:
        if getattr(source, "path", None) is not None and Path(source.path).resolve() == out_path:
            raise BatchUsageError(f"{output} is both an input and the output")
    summarizer = Summarizer(**kwargs)  # checks the options; models load on first use
    fingerprint = config_fingerprint(summarizer, full_translation)
    ids = [item.id for item in iter_items(sources, want_text=False, max_chars=max_chars)]

    store = OutputStore(output, overwrite=overwrite)
    status = store.open()
    cache: ResultCache | None = None
    pool: _RayPool | None = None
    try:
        done = {i for i in ids if i in status and status[i] is None}
        retry = {i for i in ids if i in status and status[i] is not None}
        store.prepare(retry)
        report.total, report.skipped = len(ids), len(done)
        if retry:
            log.info("retrying %d item(s) that failed in an earlier run", len(retry))
        cache = ResultCache(cache_dir or default_cache_dir()) if use_cache else MemoryCache()
        coordinator = _Coordinator(store, cache, fingerprint, report, progress)
        progress.start(report.total, report.skipped)
        items = iter_items(sources, skip=done, max_chars=max_chars)
        batches = _batches(items, batch_size)
        if engine == "ray":
            pool = _RayPool(
                kwargs,
                address=ray_address,
                num_workers=num_workers,
                cpus_per_worker=cpus_per_worker,
                gpus_per_worker=gpus_per_worker,
                verbose=verbose,
            )
            _run_ray(coordinator, batches, pool, full_translation)
        else:
            _run_local(coordinator, batches, summarizer, full_translation)
    except KeyboardInterrupt:
        report.interrupted = True
        raise BatchInterrupted(report) from None
    finally:
        report.seconds = time.monotonic() - started
        try:
            store.close()
        finally:
            if pool is not None:
                pool.close()
            if cache is not None:
                cache.close()
            progress.close(report)
    return report


def make_progress(quiet: bool, stream: TextIO | None = None) -> Progress:
    """A tqdm bar on a terminal, plain lines otherwise, nothing when ``quiet``."""
    stream = stream or sys.stderr
    if quiet:
        return Progress()
    isatty = getattr(stream, "isatty", None)
    if isatty is not None and isatty():
        return BarProgress(stream)
    return LogProgress(stream)
