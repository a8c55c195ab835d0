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

import dataclasses
import logging
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from summarizer.batch.cache import MemoryCache, ResultCache, config_fingerprint, default_cache_dir
from summarizer.batch.engines import Coordinator, RayPool, ray_config, run_local, run_ray
from summarizer.batch.options import BATCH_OPTION_FIELDS, DEFAULT_BATCH_SIZE, ENGINES, BatchOptions
from summarizer.batch.report import BatchInterrupted, BatchReport, Progress
from summarizer.batch.store import OutputStore, output_format
from summarizer.config import PipelineOptions, SummarizerConfig
from summarizer.errors import BatchUsageError, SummarizerError
from summarizer.sources.items import iter_items, open_sources
from summarizer.sources.rows import Item

log = logging.getLogger("summarizer")

__all__ = ["DEFAULT_BATCH_SIZE", "ENGINES", "BatchOptions", "run_batch"]


def run_batch(
    inputs: Sequence[str],
    output: str | Path,
    *,
    config: SummarizerConfig | None = None,
    options: PipelineOptions | None = None,
    batch: BatchOptions | None = None,
    fetch_options: Any = None,
    progress: Progress | None = None,
    stdin: Any = None,
    **settings: Any,
) -> BatchReport:
    """Summarize every article of ``inputs`` into ``output``, resuming an earlier run.

    Args:
        inputs: folders, article files (text, HTML, PDF, Word), JSONL/CSV/TSV/Parquet tables,
            "-" (JSONL on stdin), or http(s) URLs.
        output: a .jsonl, .csv or .parquet file.
        config: what the summarizer loads and how (models, device, backend, ``max_chars``...).
        options: what each article gets (length, languages, ``full_translation``...).
        batch: how the run reads, writes and spreads its work (:class:`BatchOptions`).
        fetch_options: a :class:`~summarizer.sources.fetch.FetchOptions` for URLs and feeds
            (default: its defaults: private addresses refused, robots.txt obeyed, 1 s per host).
        progress: progress display (default: none).
        stdin: stream read for "-" (default: ``sys.stdin``).
        **settings: any field of :class:`BatchOptions` (``batch_size=8``, ``use_cache=False``...),
            overriding ``batch``'s.

    Returns:
        The counters of the run (``failed > 0``: some items have an error record).

    Raises:
        BatchUsageError: bad output extension, missing input path or column, bad numbers.
        BatchInterrupted: Ctrl-C / SIGTERM; everything finished so far is saved.
        SummarizerError: the models cannot be loaded.
    """
    unknown = sorted(set(settings) - BATCH_OPTION_FIELDS)
    if unknown:
        raise TypeError(f"run_batch() got unexpected keyword argument(s): {', '.join(unknown)}")
    batch = dataclasses.replace(batch or BatchOptions(), **settings)
    from summarizer.pipeline import Summarizer

    started = time.monotonic()
    config = config or SummarizerConfig()
    options = options or PipelineOptions()
    output_format(output)
    if batch.engine == "ray":
        import importlib.util

        if importlib.util.find_spec("ray") is None:
            raise SummarizerError("--engine ray needs Ray: pip install 'fr-news-summarizer[ray]' (or 'ray[data]')")
        config = ray_config(config, batch.cpus_per_worker, batch.gpus_per_worker)
    max_chars = config.max_chars
    progress = progress or Progress()
    report = BatchReport(output=str(output), engine=batch.engine)

    from summarizer.dedup import DEFAULT_THRESHOLD, NearDuplicates
    from summarizer.sources.fetch import Fetcher, FetchOptions

    index = None
    if batch.dedup:
        threshold = batch.dedup_threshold
        try:
            index = NearDuplicates(threshold if threshold is not None else DEFAULT_THRESHOLD)
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
            text_column=batch.text_column,
            id_column=batch.id_column,
            max_chars=max_chars,
            stdin=stdin,
            url_lists=batch.url_lists,
            feeds=batch.feeds,
            fetcher=fetcher,
            follow_symlinks=batch.follow_symlinks,
        )

        out_path = Path(output).resolve()
        for source in sources:
            if getattr(source, "path", None) is not None and Path(source.path).resolve() == out_path:
                raise BatchUsageError(f"{output} is both an input and the output")
        summarizer = Summarizer(config=config, options=options)  # checks the options; models load on first use
        fingerprint = config_fingerprint(config, options)
        ids = [item.id for item in iter_items(sources, want_text=False, max_chars=max_chars)]

        store = OutputStore(output, overwrite=batch.overwrite)
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
            cache = ResultCache(batch.cache_dir or default_cache_dir()) if batch.use_cache else MemoryCache()
            coordinator = Coordinator(store, cache, fingerprint, report, progress, dedup=index)
            progress.start(report.total, report.skipped)
            items = iter_items(sources, skip=done, max_chars=max_chars, workers=fetch_options.workers)
            batches = _batches(items, batch.batch_size)
            if batch.engine == "ray":
                pool = RayPool(config, options, batch)
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
