"""Configuration in two objects, and where the caches live.

:class:`SummarizerConfig` says what a :class:`~summarizer.Summarizer` loads and how (models,
device, backend...): fixed for the object's life. :class:`PipelineOptions` says what each call
does (length, languages, fact check...): the Summarizer's defaults, overridable per call. Both
are frozen, so the CLI, batch (local and Ray workers) and the demo pass them around as values,
and the batch cache derives its fingerprint from them with ``dataclasses.asdict``. Both check
their values when they are made (``dataclasses.replace`` included), so a bad value is refused
once, where it enters, with an :class:`~summarizer.errors.OptionError` that lists the choices.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from summarizer.errors import OptionError

DEFAULT_MAX_CHARS = 200_000
DEFAULT_MAX_CHUNKS = 64
STRATEGIES: tuple[str, ...] = ("summarize-translate", "translate-summarize", "crosslingual", "extractive")
LENGTHS: tuple[str, ...] = ("short", "medium", "long")
BACKENDS: tuple[str, ...] = ("auto", "torch", "ctranslate2")
DEVICES: tuple[str, ...] = ("auto", "cpu", "cuda", "mps")
# ``target_language="source"``: summarize in the article's own language.
SOURCE_LANGUAGE = "source"


def _choice(name: str, value: Any, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise OptionError(f"unknown {name} {value!r}; choose from {', '.join(choices)}")


def _at_least_one(**counts: int | None) -> None:
    for name, value in counts.items():
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            raise OptionError(f"{name} must be a whole number of at least 1, not {value!r}")


@dataclass(frozen=True)
class SummarizerConfig:
    """What is loaded, and how.

    Attributes:
        preset: name of a preset from ``models/presets.toml`` (None: the file's default).
        summarization_model: Hugging Face id or local directory; overrides the preset's.
        translation_model: Hugging Face id or local directory; overrides the preset's.
        strategy: "summarize-translate", "translate-summarize", "crosslingual" or "extractive"
            (None: the preset's); without models given, the first preset using it provides them.
        device: "auto", "cpu", "cuda" or "mps".
        backend: "auto", "torch" or "ctranslate2".
        threads: CPU threads for inference (None: the library's default).
        quantization: CTranslate2 compute type ("int8", "float16", ...; None: int8 on CPU).
        max_batch_tokens: token budget of one model batch, beams included (None: sized from free
            GPU memory on CUDA, a fixed default on CPU; see ``summarizer.backends.batching``).
        allow_pickle: accept checkpoints that ship only pickle weights.
        local_files_only: never download models (None: follow ``HF_HUB_OFFLINE``).
        max_chars: reject articles longer than this many characters (None: no limit).
    """

    preset: str | None = None
    summarization_model: str | None = None
    translation_model: str | None = None
    strategy: str | None = None
    device: str = "auto"
    backend: str = "auto"
    threads: int | None = None
    quantization: str | None = None
    max_batch_tokens: int | None = None
    allow_pickle: bool = False
    local_files_only: bool | None = None
    max_chars: int | None = DEFAULT_MAX_CHARS

    def __post_init__(self) -> None:
        if self.strategy is not None:
            _choice("strategy", self.strategy, STRATEGIES)
        _choice("device", self.device, DEVICES)
        _choice("backend", self.backend, BACKENDS)
        _at_least_one(threads=self.threads, max_batch_tokens=self.max_batch_tokens, max_chars=self.max_chars)


@dataclass(frozen=True)
class PipelineOptions:
    """What each call does with an article (the Summarizer's defaults; overridable per call).

    Attributes:
        source_language: force the source language (ISO 639-1) instead of detecting it.
        target_language: language of the summary ("en"; an ISO 639 code, or "source" for the article's own language).
        length: "short", "medium" or "long".
        full_translation: also translate the whole article, paragraph by paragraph.
        num_beams: beam size for every model (None: each model's default).
        check_facts: run the guard (figures and names) on every output.
        check_entities: with ``check_facts``, also check names (people, organizations, places).
        max_chunks: most chunks summarized per article; beyond it the most relevant chunks
            (extractive ranking) are kept and a warning says how many were left out.
    """

    source_language: str | None = None
    target_language: str = "en"
    length: str = "medium"
    full_translation: bool = False
    num_beams: int | None = None
    check_facts: bool = True
    check_entities: bool = True
    max_chunks: int = DEFAULT_MAX_CHUNKS

    def __post_init__(self) -> None:
        _choice("length", self.length, LENGTHS)
        _at_least_one(num_beams=self.num_beams, max_chunks=self.max_chunks)
        if self.target_language != SOURCE_LANGUAGE and not valid_language(self.target_language):
            raise OptionError(
                f"unknown target language {self.target_language!r}: give an ISO 639 code such as en, de, es, "
                f"or '{SOURCE_LANGUAGE}' for the article's own language"
            )


def valid_language(code: Any) -> bool:
    """True for a well-formed ISO 639 language code (``de``, ``fra``), False for anything else."""
    import langcodes

    return (
        isinstance(code, str) and code.isascii() and code.isalpha() and code.islower() and langcodes.tag_is_valid(code)
    )


CONFIG_FIELDS = frozenset(f.name for f in fields(SummarizerConfig))
OPTION_FIELDS = frozenset(f.name for f in fields(PipelineOptions))


def split_settings(settings: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split flat keyword settings into (SummarizerConfig fields, PipelineOptions fields).

    Raises:
        TypeError: for a name that belongs to neither, like a wrong keyword argument would.
    """
    unknown = sorted(set(settings) - CONFIG_FIELDS - OPTION_FIELDS)
    if unknown:
        raise TypeError(f"unexpected keyword argument(s): {', '.join(unknown)}")
    config = {k: v for k, v in settings.items() if k in CONFIG_FIELDS}
    options = {k: v for k, v in settings.items() if k in OPTION_FIELDS}
    return config, options


def cache_root() -> Path:
    """The summarizer's cache folder: ``$SUMMARIZER_CACHE``, else ``$XDG_CACHE_HOME/summarizer``,
    else ``~/.cache/summarizer``. Converted models live in ``ct2/``, batch results in ``batch/``."""
    base = os.environ.get("SUMMARIZER_CACHE")
    if base:
        return Path(base).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "summarizer"


def cache_dir(name: str) -> Path:
    """One subfolder of :func:`cache_root` ("ct2", "batch", "bench"...).

    For "batch", the older ``$SUMMARIZER_CACHE_DIR`` (the batch folder itself) is still read.
    """
    if name == "batch" and os.environ.get("SUMMARIZER_CACHE_DIR"):
        return Path(os.environ["SUMMARIZER_CACHE_DIR"]).expanduser()
    return cache_root() / name
