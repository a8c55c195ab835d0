"""The one family of user-facing errors, and :func:`one_line` to show any of them.

Every error meant for the user derives from :class:`SummarizerError`; ``str(error)`` is a
complete, one-line message. The command line maps the family to exit statuses
(:class:`UsageError` and :class:`OptionError`: 2, the rest: 1); any other exception is a bug.
Subsystems subclass these: ``BatchUsageError`` and ``BatchInterrupted`` (batch), ``Unavailable``
(CTranslate2 cannot run a model, so torch takes over), ``DemoError`` (the web demo).
"""

from __future__ import annotations

from summarizer.redact import redact


class SummarizerError(Exception):
    """Base class: ``str(error)`` is a complete, one-line message for the user.

    Credentials in any URL of the message are hidden (:func:`summarizer.redact.redact`).
    """

    def __str__(self) -> str:
        return redact(super().__str__())


class UsageError(SummarizerError):
    """A bad command-line option or combination of options (exit status 2)."""


class BatchUsageError(UsageError, ValueError):
    """A batch command that cannot run as asked: missing input path, missing column, bad output name."""


class OptionError(SummarizerError, ValueError):
    """An invalid option value given to the API (unknown preset, strategy, length...); lists the choices."""


class InputError(SummarizerError, ValueError):
    """The article cannot be summarized: empty, binary, undecodable, too large, no letters."""


class ModelNotAvailableError(SummarizerError):
    """A model id or directory cannot be found, downloaded or loaded."""


class UnsafeCheckpointError(ModelNotAvailableError):
    """A model ships only pickle weights and the user has not opted in to loading them."""


class UnsupportedLanguageError(SummarizerError):
    """The source language has no translation or summarization route."""


class SourceError(InputError):
    """A URL, feed or document cannot be read: network failure, refused address, no text layer..."""


class BlockedURLError(SourceError):
    """A URL the SSRF guard refuses: not http(s), or a private, loopback, link-local or multicast address."""


def one_line(exc: BaseException, limit: int | None = None) -> str:
    """The first non-empty line of ``str(exc)`` (cut at ``limit`` characters), else the exception's type name."""
    for line in redact(str(exc)).splitlines():
        if line.strip():
            return line.strip()[:limit] if limit else line.strip()
    return type(exc).__name__


class GenerationError(SummarizerError):
    """A loaded model failed while generating (a runtime error inside the model library)."""
