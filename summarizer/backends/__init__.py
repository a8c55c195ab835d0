"""Inference backends behind one small interface: ``generate(texts, options) -> texts``.

:func:`load_backend` loads one model with the chosen backend (CTranslate2 or torch). A
*backend factory* turns a :class:`ModelSpec` into a loaded :class:`Backend`;
``Summarizer(..., backend_factory=...)`` accepts any such callable (a fake one in tests, a
wrapping one in benchmarks). :func:`backend_factory` makes the standard one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from summarizer.backends.base import Backend, resolve_device
from summarizer.config import BACKENDS
from summarizer.errors import OptionError
from summarizer.model_spec import ModelSpec

log = logging.getLogger("summarizer")

BackendFactory = Callable[[ModelSpec], Backend]

__all__ = ["Backend", "BackendFactory", "ModelSpec", "backend_factory", "load_backend", "resolve_device"]


def backend_factory(backend: str = "auto") -> BackendFactory:
    """The standard factory: each spec loaded with :func:`load_backend` and the chosen backend
    ("auto", "torch" or "ctranslate2").

    Raises:
        ValueError: for an unknown backend name.
    """
    if backend not in BACKENDS:
        raise OptionError(f"unknown backend {backend!r}; choose from {', '.join(BACKENDS)}")

    def load(spec: ModelSpec) -> Backend:
        return load_backend(spec, backend)

    load.__qualname__ = f"backend_factory({backend!r})"
    return load


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
        raise OptionError(f"unknown backend {backend!r}; choose from {', '.join(BACKENDS)}")
    if backend in ("auto", "ctranslate2"):
        try:
            from summarizer.backends import ct2
        except ImportError:
            ct2 = None
        if ct2 is not None:
            loaded = ct2.load(spec, required=backend == "ctranslate2")  # logs why when it returns None
            if loaded is not None:
                log.info(
                    "backend %s: %s runs on CTranslate2 (%s, %s, batch budget %d tokens)",
                    backend,
                    spec.model,
                    loaded.device,
                    loaded.compute_type,
                    loaded.batch_tokens,
                )
                return loaded
        elif backend == "ctranslate2":
            raise OptionError("backend 'ctranslate2' needs the ctranslate2 package: pip install ctranslate2")
        else:
            log.warning("backend auto: the ctranslate2 package is not installed; using the torch backend")
    from summarizer.backends.torch_backend import TorchBackend

    loaded_torch = TorchBackend(spec)
    log.info(
        "backend %s: %s runs on torch (%s, %s, batch budget %d tokens)",
        backend,
        spec.model,
        loaded_torch.device,
        str(loaded_torch.dtype).removeprefix("torch."),
        loaded_torch.batch_tokens,
    )
    return loaded_torch
