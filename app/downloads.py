"""JSON files behind the demo's download buttons: a private temp folder per page, removed when the
page goes away or the process exits, holding only the most recent few files."""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
import weakref
from collections import deque
from pathlib import Path
from typing import Any


class JsonFiles:
    """Write result JSON files for a download button; keep only the last ``keep`` of them.

    Gradio copies each file into its own cache when it serves it, so older files can go.
    """

    def __init__(self, prefix: str, stem: str, keep: int = 16) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix=prefix))
        weakref.finalize(self, shutil.rmtree, self.folder, ignore_errors=True)
        self._stem = stem
        self._paths: deque[Path] = deque()
        self._keep = keep
        self._lock = threading.Lock()
        self._count = 0

    def write(self, data: dict[str, Any]) -> str:
        """Write ``data`` as indented UTF-8 JSON; return the new file's path."""
        with self._lock:
            self._count += 1
            path = self.folder / f"{self._stem}-{self._count:05d}.json"
            path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            self._paths.append(path)
            while len(self._paths) > self._keep:
                self._paths.popleft().unlink(missing_ok=True)
            return str(path)
