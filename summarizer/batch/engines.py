"""Where the models run in batch mode: on this machine, or on a pool of Ray actors.

Both engines share one :class:`Coordinator`: it turns items into records (bad items and cache
hits at once) or model jobs (one per distinct text), writes records as soon as they are known,
and counts. Ray is imported only by the Ray engine; models load once per process (local) or per
actor.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import signal
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from summarizer.batch.cache import ResultCache, cache_key
from summarizer.batch.options import BatchOptions
from summarizer.batch.records import make_record
from summarizer.batch.report import BatchReport, Progress, failure_detail
from summarizer.batch.store import OutputStore
from summarizer.config import PipelineOptions, SummarizerConfig
from summarizer.errors import OptionError, SummarizerError, one_line
from summarizer.sources.article import with_title
from summarizer.sources.rows import Item

log = logging.getLogger("summarizer")

# Batches queued per Ray actor: one running, one waiting, so actors never idle on the driver.
RAY_QUEUE_PER_WORKER = 2
# A killed actor is restarted (models reloaded) this many times, and its tasks retried on it.
RAY_MAX_RESTARTS = 2
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


@dataclass
class Job:
    """One distinct text to summarize, and the items waiting for it."""

    key: str
    text: str
    waiters: list[Item]
    target_language: str | None = None  # the record's own summary language (None: the run's)
    title: str | None = None  # the item's headline, which steers the extractive summary


class Coordinator:
    """Shared by both engines: turns items into records or model jobs, writes records, counts.

    With a :class:`~summarizer.dedup.NearDuplicates` index, an item that copies an earlier one
    (its representative) gets the representative's summary and ``duplicate_of``, without a model
    call; when the representative failed or its result is gone, the copy is summarized itself.
    """

    def __init__(
        self,
        store: OutputStore,
        cache: ResultCache,
        fingerprint: str,
        report: BatchReport,
        progress: Progress,
        dedup: Any = None,
    ) -> None:
        self.store = store
        self.cache = cache
        self.fingerprint = fingerprint
        self.report = report
        self.progress = progress
        self.dedup = dedup
        self.inflight: dict[str, Job] = {}
        self.representative_keys: dict[str, str] = {}

    def _failed(self, item: Item, error: str) -> dict[str, Any]:
        self.report.failed += 1
        if len(self.report.failures) < MAX_REPORTED_FAILURES:
            self.report.failures.append((item.id, failure_detail(item.id, item.name, error)))
        return make_record(item.id, None, error, source=_source(item))

    def _succeeded(self, item: Item, result: dict[str, Any], *, served: bool) -> dict[str, Any]:
        self.report.done += 1
        self.report.cached += served or item.duplicate_of is not None
        self.report.duplicates += item.duplicate_of is not None
        warnings = item.article.warnings if item.article is not None else ()
        return make_record(
            item.id, result, None, source=_source(item), warnings=warnings, duplicate_of=item.duplicate_of
        )

    def _own_key(self, item: Item) -> str:
        """The cache key of the item's own result: its text, summary language and headline."""
        fingerprint = self.fingerprint
        if item.target_language:
            fingerprint += f"|target={item.target_language}"
        if _title(item):
            fingerprint += f"|title={_title(item)}"
        return cache_key(fingerprint, item.text)

    def _key(self, item: Item) -> str:
        """The cache key the item's result is stored under: its own, or its representative's."""
        key = self._own_key(item)
        if item.target_language or self.dedup is None:  # its own summary language: never a copy's summary
            return key
        match = self.dedup.add(item.id, item.text)
        if match is None:
            self.representative_keys[item.id] = key
            return key
        item.duplicate_of = match.representative
        return self.representative_keys[match.representative]

    def _write(self, records: list[dict[str, Any]]) -> None:
        if records:
            self.store.append(records)
            self.progress.update(self.report)

    def triage(self, items: Sequence[Item]) -> list[Job]:
        """Write records for bad items and cache hits now; return new jobs for the models."""
        keys = {item.id: self._key(item) for item in items if item.error is None and item.text}
        hits = self.cache.get_many(keys.values())
        records: list[dict[str, Any]] = []
        jobs: list[Job] = []
        for item in items:
            if item.error is not None or not item.text:
                records.append(self._failed(item, item.error or f"{item.name} is empty"))
                continue
            key = keys[item.id]
            if item.duplicate_of is not None and key not in hits and key not in self.inflight:
                # The representative failed, or its result left the cache: summarize this copy itself.
                item.duplicate_of = None
                key = self._own_key(item)
                hits.update(self.cache.get_many([key]))
            if key in hits:
                records.append(self._succeeded(item, hits[key], served=True))
            elif key in self.inflight:
                self.inflight[key].waiters.append(item)
            else:
                job = Job(key, item.text, [item], item.target_language, _title(item))
                self.inflight[key] = job
                jobs.append(job)
        self._write(records)
        return jobs

    def complete(self, jobs: Sequence[Job], outcomes: Sequence[Outcome]) -> None:
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
                    records.append(self._failed(item, f"{item.name}: {error or 'no result'}"))
                    continue
                records.append(self._succeeded(item, result, served=n > 0))
        self.cache.put_many(fresh)
        self._write(records)

    def fail(self, jobs: Sequence[Job], error: str) -> None:
        """Every item of ``jobs`` failed with ``error``."""
        self.complete(jobs, [(None, error)] * len(jobs))


def _source(item: Item) -> dict[str, Any] | None:
    return item.article.source() if item.article is not None else None


def _title(item: Item) -> str | None:
    """The item's headline (a page's title, a ``title`` column), when it has one."""
    title = item.article.title if item.article is not None else None
    return (title.strip() or None) if isinstance(title, str) else None


def outcome(value: Any) -> Outcome:
    """A ``summarize_many`` item as (result dict, None) or (None, one-line error)."""
    if isinstance(value, BaseException):
        return None, one_line(value)
    return value.to_dict(), None


def summarize_jobs(
    summarizer: Any,
    texts: Sequence[str],
    targets: Sequence[str | None],
    titles: Sequence[str | None] | None = None,
) -> list[Any]:
    """``summarize_many`` over ``texts`` (with their ``titles`` as headlines), one call per summary
    language (None: the run's own), in order."""
    titles = titles or [None] * len(texts)
    items = [with_title(text, title, kind="record") for text, title in zip(texts, titles, strict=True)]
    outcomes: list[Any] = [None] * len(texts)
    groups: dict[str | None, list[int]] = {}
    for i, target in enumerate(targets):
        groups.setdefault(target, []).append(i)
    for target, indices in groups.items():
        try:
            done = summarizer.summarize_many([items[i] for i in indices], target_language=target)
        except OptionError as exc:  # a record's unknown target_language: an error record for each
            done = [exc] * len(indices)
        for i, value in zip(indices, done, strict=True):
            if titles[i] and not isinstance(value, BaseException):
                value.source = None  # the headline's wrapper is no metadata: each record gets its item's own
            outcomes[i] = value
    return outcomes


# ---------------------------------------------------------------------- engines
def run_local(coordinator: Coordinator, batches: Iterator[list[Item]], summarizer: Any) -> None:
    """Summarize every batch with ``summarizer`` (its options say what each call does)."""
    loaded = False
    for batch in batches:
        jobs = coordinator.triage(batch)
        if not jobs:
            continue
        if not loaded:
            summarizer.load()  # a missing model stops the run here, with a clear error
            loaded = True
        outcomes = summarize_jobs(
            summarizer, [job.text for job in jobs], [job.target_language for job in jobs], [job.title for job in jobs]
        )
        coordinator.complete(jobs, [outcome(o) for o in outcomes])


class SummarizeWorker:
    """A Ray actor body: one ``Summarizer`` (models loaded once) serving batches of texts.

    Args:
        config: what the actor's ``Summarizer`` loads, and how.
        options: what each of its calls does.
        env: environment variables to set before the models load.
    """

    def __init__(self, config: SummarizerConfig, options: PipelineOptions, env: dict[str, str]) -> None:
        os.environ.update(env)
        self.error: str | None = None
        self.summarizer: Any = None
        try:
            from summarizer.pipeline import Summarizer

            self.summarizer = Summarizer(config=config, options=options).load()
        except SummarizerError as exc:
            self.error = one_line(exc)

    def ready(self) -> str | None:
        """None when the models are loaded, else why not."""
        return self.error

    def run(
        self, texts: list[str], targets: list[str | None] | None = None, titles: list[str | None] | None = None
    ) -> list[Outcome]:
        """Summarize ``texts`` (each into its ``targets`` language, None: the run's; ``titles``: their
        headlines); one (result dict, error) pair per text."""
        if self.summarizer is None:
            return [(None, self.error or "worker not ready")] * len(texts)
        outcomes = summarize_jobs(self.summarizer, texts, targets or [None] * len(texts), titles)
        return [outcome(o) for o in outcomes]


def ray_config(config: SummarizerConfig, cpus_per_worker: float, gpus_per_worker: float) -> SummarizerConfig:
    """The configuration of an actor: CPU-only unless GPUs are requested, threads = its CPUs."""
    changes: dict[str, Any] = {}
    if not gpus_per_worker and config.device == "auto":
        changes["device"] = "cpu"
    if config.threads is None:
        changes["threads"] = max(1, int(cpus_per_worker))
    return dataclasses.replace(config, **changes)


class RayPool:
    """Actors created on first use; batches queued per actor; results come back as they finish."""

    def __init__(self, config: SummarizerConfig, options: PipelineOptions, batch: BatchOptions) -> None:
        self.config = config
        self.options = options
        self.address = batch.ray_address
        self.num_workers = batch.num_workers
        self.cpus_per_worker = batch.cpus_per_worker
        self.gpus_per_worker = batch.gpus_per_worker
        self.verbose = batch.verbose
        self.ray: Any = None
        self.started_ray = False
        self.actors: list[Any] = []
        self.queued: list[int] = []
        self.dead: set[int] = set()
        self.futures: dict[Any, tuple[int, list[Job]]] = {}
        self.attempts: dict[Any, int] = {}

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
                first = one_line(exc, 300)
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
        env["OMP_NUM_THREADS"] = str(self.config.threads or 1)
        # Ray's fault tolerance: a dead actor is restarted (its models reloaded) and the tasks it
        # held are retried on it; a batch whose actor is gone for good goes to another actor.
        actor_class = ray.remote(SummarizeWorker).options(
            num_cpus=self.cpus_per_worker,
            num_gpus=self.gpus_per_worker,
            max_restarts=RAY_MAX_RESTARTS,
            max_task_retries=RAY_MAX_RESTARTS,
        )
        log.info("starting %d Ray worker(s)", workers)
        self.actors = [actor_class.remote(self.config, self.options, env) for _ in range(workers)]
        self.queued = [0] * workers
        try:
            errors = ray.get([a.ready.remote() for a in self.actors])
        except ray.exceptions.RayError as exc:
            first = one_line(exc, 300)
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

    def submit(self, jobs: list[Job], attempt: int = 0) -> None:
        """Queue a batch on the least busy live actor (``attempt``: how many actors lost it already)."""
        if self.ray is None:
            self.start()
        live = [i for i in range(len(self.actors)) if i not in self.dead]
        if not live:
            raise SummarizerError("every Ray worker has died; re-run the same command to resume")
        index = min(live, key=lambda i: self.queued[i])
        ref = self.actors[index].run.remote(
            [job.text for job in jobs], [job.target_language for job in jobs], [job.title for job in jobs]
        )
        self.queued[index] += 1
        self.futures[ref] = (index, jobs)
        self.attempts[ref] = attempt

    def wait(self) -> Iterator[tuple[list[Job], list[Outcome] | str]]:
        """Yield finished batches: (jobs, outcomes), or (jobs, error message) when a worker failed."""
        ray = self.ray
        ready, _ = ray.wait(list(self.futures), num_returns=1)
        for ref in ready:
            index, jobs = self.futures.pop(ref)
            attempt = self.attempts.pop(ref, 0)
            self.queued[index] -= 1
            try:
                yield jobs, ray.get(ref)
            except ray.exceptions.RayActorError as exc:
                self.dead.add(index)  # out of restarts: its batch goes to another actor
                if attempt < RAY_MAX_RESTARTS and len(self.dead) < len(self.actors):
                    log.warning("Ray worker %d died (%s); its batch goes to another worker", index, type(exc).__name__)
                    self.submit(jobs, attempt + 1)
                    continue
                yield jobs, f"Ray worker died ({type(exc).__name__}); re-run to retry"
            except ray.exceptions.RayError as exc:
                first = one_line(exc, 300)
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


def run_ray(coordinator: Coordinator, batches: Iterator[list[Item]], pool: RayPool) -> None:
    """Keep every live actor busy with batches until the inputs are exhausted."""
    exhausted = False
    while True:
        while not exhausted and (pool.ray is None or pool.capacity > 0):
            batch = next(batches, None)
            if batch is None:
                exhausted = True
                break
            jobs = coordinator.triage(batch)
            if jobs:
                pool.submit(jobs)
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
