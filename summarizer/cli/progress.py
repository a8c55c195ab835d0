"""A one-line progress display on stderr for ``summarizer summarize`` on a terminal.

The pipeline reports its stages through ``on_stage`` ("translate", "summarize") and, for long
articles, its chunks through the ``summarizer.progress`` logger ("chunk 4/12"); this module draws
both on one line rewritten in place, only when stderr is a terminal. Piped or redirected, it
prints nothing and the pipeline generates as usual.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import TextIO

LABELS = {
    "load": "loading models",
    "translate": "translating",
    "summarize": "summarizing",
    "reduce": "combining the chunk summaries",
}
PROGRESS_LOGGER = "summarizer.progress"


class StageProgress(logging.Handler):
    """Stage and chunk progress on one terminal line; use as a context manager.

    Args:
        stream: where to draw (default: stderr).
        enabled: force on or off (default: on when ``stream`` is a terminal).
    """

    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        super().__init__(logging.INFO)
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.started = time.monotonic()
        self._width = 0
        self._logger = logging.getLogger(PROGRESS_LOGGER)
        self._saved = (self._logger.level, self._logger.propagate)

    def __enter__(self) -> StageProgress:
        if self.enabled:
            self._logger.addHandler(self)
            self._logger.setLevel(logging.INFO)
            self._logger.propagate = False  # -v logging must not print the same progress again
        return self

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self._logger.removeHandler(self)
            self._logger.setLevel(self._saved[0])
            self._logger.propagate = self._saved[1]
            self.clear()

    def stage(self, name: str) -> None:
        """Show a stage (the pipeline's ``on_stage`` callback)."""
        self._draw(LABELS.get(name, name))

    def emit(self, record: logging.LogRecord) -> None:
        """Show a chunk record of the ``summarizer.progress`` logger."""
        stage = getattr(record, "stage", record.getMessage())
        done, total = getattr(record, "done", None), getattr(record, "total", None)
        label = LABELS.get(stage, stage)
        self._draw(f"{label}: chunk {min(done + 1, total)}/{total}" if total and done < total else f"{label}: done")

    def _draw(self, label: str) -> None:
        if not self.enabled:
            return
        text = f"summarizer: {label}… ({time.monotonic() - self.started:.0f}s)"
        self.stream.write("\r" + text + " " * max(0, self._width - len(text)))
        self.stream.flush()
        self._width = len(text)

    def clear(self) -> None:
        """Erase the line, so what follows starts on a clean line."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
