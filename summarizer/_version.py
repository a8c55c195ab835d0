"""The one version of summarizer (read by the package, the build backend and every result)."""

__version__ = "0.2.0"
