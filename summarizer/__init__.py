"""summarizer: French news articles in, short faithful English summaries out, on your machine.

Public names only; nothing heavy is imported until it is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer._version import __version__

__all__ = ["PipelineOptions", "Result", "Summarizer", "SummarizerConfig", "__version__", "list_presets", "verify"]

if TYPE_CHECKING:
    from summarizer.config import PipelineOptions, SummarizerConfig
    from summarizer.pipeline import Summarizer
    from summarizer.result import Result
    from summarizer.verify import verify


def list_presets() -> list[str]:
    """Names of the model presets, default first."""
    from summarizer.presets import preset_names

    return preset_names()


def __getattr__(name: str):
    if name == "Summarizer":
        from summarizer.pipeline import Summarizer

        return Summarizer
    if name == "Result":
        from summarizer.result import Result

        return Result
    if name == "verify":  # the function; importing it set the attribute to its module, so put it back
        from summarizer.verify import verify

        globals()["verify"] = verify
        return verify
    if name in ("SummarizerConfig", "PipelineOptions"):
        from summarizer import config

        return getattr(config, name)
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
