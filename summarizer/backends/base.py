"""The backend interface and the one function that builds a backend for a model.

A backend wraps one seq2seq model and its tokenizer. The pipeline only calls
``count_tokens`` (for chunking), ``generate`` (batched, order-preserving) and reads
``max_input_tokens``; everything model-specific stays behind it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from summarizer.options import GenerationOptions

log = logging.getLogger("summarizer")

BACKENDS = ("auto", "torch", "ctranslate2")
DEVICES = ("auto", "cpu", "cuda", "mps")


@dataclass(frozen=True)
class ModelSpec:
    """Which model to load and how.

    Attributes:
        model: Hugging Face id or local directory.
        role: "summarization" or "translation" (for messages and defaults).
        device: "auto", "cpu", "cuda" or "mps".
        threads: CPU threads (None: the library default).
        allow_pickle: accept ``pytorch_model.bin`` weights.
        local_files_only: never download (None: follow ``HF_HUB_OFFLINE``).
        prefix: text prepended to every input (T5's "summarize: ").
        max_input_tokens: override of the model's input window.
        quantization: CTranslate2 compute type ("int8", "float16", ...), None for the default.
    """

    model: str
    role: str
    device: str = "auto"
    threads: int | None = None
    allow_pickle: bool = False
    local_files_only: bool | None = None
    prefix: str | None = None
    max_input_tokens: int | None = None
    quantization: str | None = None


@runtime_checkable
class Backend(Protocol):
    """A loaded seq2seq model."""

    name: str
    spec: ModelSpec
    max_input_tokens: int

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Number of input tokens (special tokens and prefix included) of each text."""
        ...

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[str]:
        """Generate one output per input, in input order."""
        ...


def resolve_device(device: str = "auto") -> str:
    """Map "auto" to the best available device and check that a named one exists.

    Raises:
        ValueError: for an unknown or unavailable device.
    """
    if device not in DEVICES:
        raise ValueError(f"unknown device {device!r}; choose from {', '.join(DEVICES)}")
    import torch

    if device == "auto":
        if torch.cuda.is_available():
            return "cuda"
        if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
            return "mps"
        return "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ValueError("device 'cuda' was asked for but torch sees no CUDA GPU; use --device cpu")
    if device == "mps" and not (getattr(torch.backends, "mps", None) and torch.backends.mps.is_available()):
        raise ValueError("device 'mps' was asked for but is not available; use --device cpu")
    return device


def load_backend(spec: ModelSpec, backend: str = "auto") -> Backend:
    """Load ``spec.model`` with the chosen backend.

    Args:
        spec: the model and its settings.
        backend: "torch", "ctranslate2", or "auto" (CTranslate2 when a converted model is
            available or can be made, else torch).

    Raises:
        ValueError: for an unknown backend name.
        ModelNotAvailableError: when the model cannot be found or loaded.
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; choose from {', '.join(BACKENDS)}")
    if backend in ("auto", "ctranslate2"):
        try:
            from summarizer.backends import ct2
        except ImportError:
            ct2 = None
        if ct2 is not None:
            loaded = ct2.load(spec, required=backend == "ctranslate2")
            if loaded is not None:
                return loaded
        elif backend == "ctranslate2":
            raise ValueError("backend 'ctranslate2' needs the ctranslate2 package: pip install ctranslate2")
    from summarizer.backends.torch_backend import TorchBackend

    return TorchBackend(spec)
