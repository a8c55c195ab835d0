"""Inference backends behind one small interface: ``generate(texts, options) -> texts``.

A *backend factory* turns a :class:`ModelSpec` into a loaded :class:`Backend`;
``Summarizer(..., backend_factory=...)`` accepts any such callable (a fake one in tests, a
wrapping one in benchmarks). :func:`backend_factory` makes the standard one.
"""

from __future__ import annotations

from collections.abc import Callable

from summarizer.backends.base import Backend, ModelSpec, load_backend, resolve_device
from summarizer.errors import OptionError

BackendFactory = Callable[[ModelSpec], Backend]

__all__ = ["Backend", "BackendFactory", "ModelSpec", "backend_factory", "load_backend", "resolve_device"]


def backend_factory(backend: str = "auto") -> BackendFactory:
    """The standard factory: each spec loaded with :func:`load_backend` and the chosen backend
    ("auto", "torch" or "ctranslate2").

    Raises:
        ValueError: for an unknown backend name.
    """
    from summarizer.backends.base import BACKENDS

    if backend not in BACKENDS:
        raise OptionError(f"unknown backend {backend!r}; choose from {', '.join(BACKENDS)}")

    def load(spec: ModelSpec) -> Backend:
        return load_backend(spec, backend)

    load.__qualname__ = f"backend_factory({backend!r})"
    return load
