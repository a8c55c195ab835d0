"""The batch result cache: results by article text + configuration, in a small SQLite file.

The key is a hash of the text and of a fingerprint of everything else that decides a result
(:func:`config_fingerprint`: the :class:`~summarizer.config.SummarizerConfig` and
:class:`~summarizer.config.PipelineOptions`, models resolved and local model folders stat'ed).
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from summarizer.config import PipelineOptions, SummarizerConfig, cache_dir
from summarizer.routing import choose_models

log = logging.getLogger("summarizer")

# Config fields that change speed or where models come from, not what is summarized (outputs do not
# depend on how inputs are batched: tests/backends/test_backends.py).
NOT_IN_FINGERPRINT = (
    "device",
    "threads",
    "max_batch_tokens",
    "allow_pickle",
    "local_files_only",
    "max_chars",
    "preset",
)


def default_cache_dir() -> Path:
    """The batch result cache folder: ``batch/`` in the summarizer's cache root (``$SUMMARIZER_CACHE``,
    else ``~/.cache/summarizer``); the older ``$SUMMARIZER_CACHE_DIR`` still wins when set."""
    return cache_dir("batch")


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


def config_fingerprint(config: SummarizerConfig, options: PipelineOptions) -> str:
    """Everything besides the text that decides a result: the configuration with its models
    resolved (local folders by content), the per-call options, and the package version.

    The device, thread count and loading policies are left out: they change speed or where a
    model comes from, not what is summarized.
    """
    from summarizer import __version__

    models = choose_models(config)
    settings = {k: v for k, v in asdict(config).items() if k not in NOT_IN_FINGERPRINT}
    settings.update(
        strategy=models.strategy,
        summarization_model=_model_fingerprint(models.summarization_model),
        translation_model=_model_fingerprint(models.translation_model),
        backend=models.backend,
    )
    data = {"version": __version__, "config": settings, "options": asdict(options)}
    return json.dumps(data, sort_keys=True, default=str)


def cache_key(fingerprint: str, text: str) -> str:
    """The cache key of ``text`` summarized under ``fingerprint``."""
    digest = hashlib.sha256()
    digest.update(fingerprint.encode("utf-8"))
    digest.update(b"\x00")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
