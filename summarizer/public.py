"""What a client may see of a server's own files: model references without server paths.

A model given as a local folder (``/srv/models/barthez``) is shown by its folder name
(``barthez``); Hugging Face ids (``org/name``) stay as they are. The HTTP API (every answer,
``/ready``, the metrics) and the web demo (its config, results and messages) both use it, so the
JSON they send is the JSON of ``summarize --format json`` with local model folders named, not located.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any


def public_name(model: str) -> str:
    """A Hugging Face id as it is; a local folder (or anything path-like) by its last part."""
    path = Path(model).expanduser()
    if model.startswith((".", "/", "~")) or model.count("/") > 1 or "\\" in model or path.is_dir():
        return path.name or model
    return model


class PathScrubber:
    """Replaces the server's local model paths (as given, and resolved) by their folder names.

    Args:
        models: the model references the server was configured with (ids or folders).
    """

    def __init__(self, models: Iterable[str | None]) -> None:
        pairs: dict[str, str] = {}
        for model in filter(None, models):
            name = public_name(model)
            if name == model:
                continue
            pairs[model] = name
            pairs[str(Path(model).expanduser().resolve())] = name
        self.pairs = sorted(pairs.items(), key=lambda pair: -len(pair[0]))  # longest first

    def __call__(self, value: Any) -> Any:
        """``value`` (a JSON-like object or a string) with every local model path replaced."""
        if not self.pairs:
            return value
        if isinstance(value, str):
            for path, name in self.pairs:
                if path in value:
                    value = value.replace(path, name)
            return value
        if isinstance(value, dict):
            return {self(k): self(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return type(value)(self(v) for v in value)
        return value
