"""Inference backends behind one small interface: ``generate(texts, options) -> texts``."""

from summarizer.backends.base import Backend, ModelSpec, load_backend, resolve_device

__all__ = ["Backend", "ModelSpec", "load_backend", "resolve_device"]
