""":class:`BatchOptions`: how a batch run reads, writes and spreads its work (not what each
article gets: that is :class:`~summarizer.config.PipelineOptions`), checked once when made."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from summarizer.errors import BatchUsageError

ENGINES: tuple[str, ...] = ("local", "ray")
DEFAULT_BATCH_SIZE = 16


@dataclass(frozen=True)
class BatchOptions:
    """The input, output and execution settings of one ``run_batch``.

    Attributes:
        text_column: table column with the article (default: text, article or content).
        id_column: table column with the id (default: id, else the row number).
        batch_size: articles per ``summarize_many`` call (per Ray task).
        overwrite: start over instead of resuming.
        cache_dir: result cache folder (None: :func:`summarizer.batch.cache.default_cache_dir`).
        use_cache: read and write the result cache.
        engine: "local" or "ray".
        ray_address: Ray cluster to join ("auto", "ray://host:10001"); None starts a local Ray.
        num_workers: Ray actors (None: as many as the cluster's CPUs or GPUs allow).
        cpus_per_worker: CPUs reserved per actor (also its torch threads unless ``threads`` is set).
        gpus_per_worker: GPUs per actor (0: CPU-only actors).
        verbose: let Ray workers log to this process.
        url_lists: files with one URL per line.
        feeds: RSS/Atom feeds or OPML lists (URLs or files); each entry is an item whose id is its
            guid or link, so a re-run summarizes only new entries.
        dedup: give near-duplicates the summary of the first article of their group, with
            ``duplicate_of`` set, instead of summarizing them again.
        dedup_threshold: similarity at or above which two articles are copies (None:
            :data:`summarizer.dedup.DEFAULT_THRESHOLD`).
        follow_symlinks: read what symbolic links in input folders point to, even outside the
            folder (default: such links get an error record).

    Raises:
        BatchUsageError: a count below its minimum or an unknown engine (when made).
    """

    text_column: str | None = None
    id_column: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    overwrite: bool = False
    cache_dir: str | Path | None = None
    use_cache: bool = True
    engine: str = "local"
    ray_address: str | None = None
    num_workers: int | None = None
    cpus_per_worker: float = 1
    gpus_per_worker: float = 0
    verbose: bool = False
    url_lists: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    dedup: bool = True
    dedup_threshold: float | None = None
    follow_symlinks: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "url_lists", tuple(self.url_lists))
        object.__setattr__(self, "feeds", tuple(self.feeds))
        if self.batch_size < 1:
            raise BatchUsageError("--batch-size must be at least 1")
        if self.engine not in ENGINES:
            raise BatchUsageError(f"unknown engine {self.engine!r}; choose from {', '.join(ENGINES)}")
        if self.num_workers is not None and self.num_workers < 1:
            raise BatchUsageError("--num-workers must be at least 1")
        if self.cpus_per_worker <= 0 or self.gpus_per_worker < 0:
            raise BatchUsageError("--cpus-per-worker must be positive and --gpus-per-worker not negative")


BATCH_OPTION_FIELDS = frozenset(f.name for f in fields(BatchOptions))
