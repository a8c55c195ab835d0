"""Batch mode: many articles in, one resumable table of summaries out.

- :mod:`~summarizer.batch.run`: :func:`run_batch`, the entry point.
- :mod:`~summarizer.batch.options`: :class:`BatchOptions`, its input, output and execution settings.
- the reading side (folders, files, tables, URLs, feeds into items) is :mod:`summarizer.sources.items`.
- :mod:`~summarizer.batch.store`: the output store (journal + fsync + atomic rename; resume).
- :mod:`~summarizer.batch.cache`: the result cache and the configuration fingerprint.
- :mod:`~summarizer.batch.engines`: the local and Ray engines and their shared coordinator.
- :mod:`~summarizer.batch.report`: the final report and the progress displays.
"""

from summarizer.batch.cache import ResultCache, default_cache_dir
from summarizer.batch.options import DEFAULT_BATCH_SIZE, ENGINES, BatchOptions
from summarizer.batch.report import BarProgress, BatchInterrupted, BatchReport, LogProgress, Progress, make_progress
from summarizer.batch.run import run_batch
from summarizer.errors import BatchUsageError

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "ENGINES",
    "BarProgress",
    "BatchInterrupted",
    "BatchOptions",
    "BatchReport",
    "BatchUsageError",
    "LogProgress",
    "Progress",
    "ResultCache",
    "default_cache_dir",
    "make_progress",
    "run_batch",
]
