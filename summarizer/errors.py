"""Exceptions with one-line messages meant for the user, not tracebacks."""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class: ``str(error)`` is a complete, one-line message for the user."""


class InputError(SummarizerError, ValueError):
    """The article cannot be summarized: empty, binary, undecodable, too large, no letters."""


class ModelNotAvailableError(SummarizerError):
    """A model id or directory cannot be found, downloaded or loaded."""


class UnsafeCheckpointError(ModelNotAvailableError):
    """A model ships only pickle weights and the user has not opted in to loading them."""


class UnsupportedLanguageError(SummarizerError):
    """The source language has no translation or summarization route."""


class GenerationError(SummarizerError):
    """A loaded model failed while generating (a runtime error inside the model library)."""
