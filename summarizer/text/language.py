"""Offline source-language detection with lingua, restricted to the languages we can route.

Restricting lingua to a few dozen languages keeps it fast and small in memory; the detector
is built once per process on first use.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# ISO 639-1 codes the detector knows. It includes languages without a translation route
# (e.g. Portuguese) so that they are reported as such instead of being mistaken for French.
DETECTABLE = [
    "fr",
    "en",
    "de",
    "es",
    "it",
    "nl",
    "pt",
    "ru",
    "zh",
    "ja",
    "ar",
    "pl",
    "sv",
    "fi",
    "da",
    "cs",
    "tr",
    "uk",
    "ko",
    "ca",
    "ro",
    "el",
    "hu",
    "bg",
    "nb",
    "vi",
    "id",
    "he",
    "hi",
    "fa",
]

_MIN_LETTERS = 20


@dataclass(frozen=True)
class Detection:
    """Result of language detection.

    Attributes:
        language: ISO 639-1 code, or None when the text is too short or ambiguous.
        confidence: lingua's confidence for that language, 0..1.
    """

    language: str | None
    confidence: float


@functools.lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in DETECTABLE]
    # Low-accuracy mode uses trigram models only: news paragraphs are long enough for it, and it
    # keeps short inputs from loading every n-gram model (about 500 MB).
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def detect_language(text: str) -> Detection:
    """Detect the language of ``text`` (the first ~2,000 characters are enough for news).

    Returns:
        A :class:`Detection`; ``language`` is None when the text has too few letters.
    """
    sample = text[:2000]
    if len(re.findall(r"[^\W\d_]", sample)) < _MIN_LETTERS:
        return Detection(None, 0.0)
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return Detection(None, 0.0)
    best = values[0]
    return Detection(best.language.iso_code_639_1.name.lower(), float(best.value))


def warm_up() -> None:
    """Load the detector's language models now (lingua loads them on first use, which takes a
    few seconds), so that the first article does not pay for it."""
    detect_language("Le président a annoncé mardi une hausse des salaires. The president announced a pay rise.")
