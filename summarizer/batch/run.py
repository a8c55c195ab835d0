"""``run_batch``: many articles in, one resumable table of summaries out.

It reads folders, files, tables, URLs and feeds (:mod:`summarizer.sources.items`), skips ids
that an earlier run already summarized, gives near-duplicates (syndicated copies of one
dispatch, :mod:`summarizer.dedup`) their representative's summary, serves repeated articles from a content-hash cache
(:mod:`summarizer.batch.cache`), sends the rest through the models in batches
(``Summarizer.summarize_many``) on this machine or on a Ray actor pool
(:mod:`summarizer.batch.engines`), and appends every record as soon as it is known
(:mod:`summarizer.batch.store`), so a crash loses at most the batch in flight. One bad article
becomes a record with an ``error``; the run goes on.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from summarizer.batch.cache import MemoryCache, ResultCache, config_fingerprint, default_cache_dir
from summarizer.batch.engines import Coordinator, RayPool, ray_config, run_local, run_ray
from summarizer.batch.report import BatchInterrupted, BatchReport, Progress
from summarizer.batch.store import OutputStore, output_format
from summarizer.config import PipelineOptions, SummarizerConfig
from summarizer.errors import BatchUsageError, SummarizerError
from summarizer.sources.items import iter_items, open_sources
from summarizer.sources.rows import Item

log = logging.getLogger("summarizer")

ENGINES = ("local", "ray")
DEFAULT_BATCH_SIZE = 16


def run_batch(
    inputs: Sequence[str],
    output: str | Path,
    *,
    config: SummarizerConfig | None = None,
    options: PipelineOptions | None = None,
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
    url_lists: Sequence[str] = (),
    feeds: Sequence[str] = (),
    fetch_options: Any = None,
    dedup: bool = True,
    dedup_threshold: float | None = None,
    follow_symlinks: bool = False,
) -> BatchReport:
    """Summarize every article of ``inputs`` into ``output``, resuming an earlier run.

    Args:
        inputs: folders, article files (text, HTML, PDF, Word), JSONL/CSV/TSV/Parquet tables,
            "-" (JSONL on stdin), or http(s) URLs.
        output: a .jsonl, .csv or .parquet file.
        config: what the summarizer loads and how (models, device, backend, ``max_chars``...).
        options: what each article gets (length, languages, ``full_translation``...).
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
        url_lists: files with one URL per line.
        feeds: RSS/Atom feeds or OPML lists (URLs or files); each entry is an item whose id is
            its guid or link, so a re-run summarizes only new entries.
        fetch_options: a :class:`~summarizer.sources.fetch.FetchOptions` for URLs and feeds
            (default: its defaults: private addresses refused, robots.txt obeyed, 1 s per host).
        dedup: give near-duplicates the summary of the first article of their group, with
            ``duplicate_of`` set, instead of summarizing them again.
        dedup_threshold: similarity at or above which two articles are copies (default:
            :data:`summarizer.dedup.DEFAULT_THRESHOLD`).
        follow_symlinks: read what symbolic links in input folders point to, even outside the
            folder (default: such links get an error record).

    Returns:
        The counters of the run (``failed > 0``: some items have an error record).

    Raises:
        BatchUsageError: bad output extension, missing input path or column, bad numbers.
        BatchInterrupted: Ctrl-C / SIGTERM; everything finished so far is saved.
        SummarizerError: the models cannot be loaded.
    """
    from summarizer.pipeline import Summarizer

    started = time.monotonic()
    config = config or SummarizerConfig()
    options = options or PipelineOptions()
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
            raise SummarizerError("--engine ray needs Ray: pip install 'fr-news-summarizer[ray]' (or 'ray[data]')")
        config = ray_config(config, cpus_per_worker, gpus_per_worker)
    max_chars = config.max_chars
    progress = progress or Progress()
    report = BatchReport(output=str(output), engine=engine)

    from summarizer.dedup import DEFAULT_THRESHOLD, NearDuplicates
    from summarizer.sources.fetch import Fetcher, FetchOptions

    index = None
    if dedup:
        try:
            index = NearDuplicates(dedup_threshold if dedup_threshold is not None else DEFAULT_THRESHOLD)
        except ValueError as exc:
            raise BatchUsageError(f"--dedup-threshold: {exc}") from None
    fetch_options = fetch_options or FetchOptions()
    fetchers: list[Fetcher] = []
    fetcher_lock = threading.Lock()

    def fetcher() -> Fetcher:
        """The run's one Fetcher, created when the first URL or feed needs it."""
        with fetcher_lock:
            if not fetchers:
                fetchers.append(Fetcher(fetch_options))
            return fetchers[0]

    try:
        sources = open_sources(
            inputs,
            text_column=text_column,
            id_column=id_column,
            max_chars=max_chars,
            stdin=stdin,
            url_lists=url_lists,
            feeds=feeds,
            fetcher=fetcher,
            follow_symlinks=follow_symlinks,
        )

        out_path = Path(output).resolve()
        for source in sources:
            if getattr(source, "path", None) is not None and Path(source.path).resolve() == out_path:
                raise BatchUsageError(f"{output} is both an input and the output")
        summarizer = Summarizer(config=config, options=options)  # checks the options; models load on first use
        fingerprint = config_fingerprint(config, options)
        ids = [item.id for item in iter_items(sources, want_text=False, max_chars=max_chars)]

        store = OutputStore(output, overwrite=overwrite)
        status = store.open()
        cache: ResultCache | None = None
        pool: RayPool | None = None
        try:
            done = {i for i in ids if i in status and status[i] is None}
            retry = {i for i in ids if i in status and status[i] is not None}
            store.prepare(retry)
            report.total, report.skipped = len(ids), len(done)
            if retry:
                log.info("retrying %d item(s) that failed in an earlier run", len(retry))
            cache = ResultCache(cache_dir or default_cache_dir()) if use_cache else MemoryCache()
            coordinator = Coordinator(store, cache, fingerprint, report, progress, dedup=index)
            progress.start(report.total, report.skipped)
            items = iter_items(sources, skip=done, max_chars=max_chars, workers=fetch_options.workers)
            batches = _batches(items, batch_size)
            if engine == "ray":
                pool = RayPool(
                    config,
                    options,
                    address=ray_address,
                    num_workers=num_workers,
                    cpus_per_worker=cpus_per_worker,
                    gpus_per_worker=gpus_per_worker,
                    verbose=verbose,
                )
                run_ray(coordinator, batches, pool)
            else:
                run_local(coordinator, batches, summarizer)
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
    finally:
        for f in fetchers:
            f.close()


def _batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
