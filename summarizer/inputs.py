"""Older import path of :mod:`summarizer.sources.text` (reading, decoding and checking article text)."""

from summarizer.sources.text import *  # noqa: F403
