"""Offline language detection with lingua, restricted to the languages we can route.

Restricting lingua to a few dozen languages keeps it fast and small in memory; the detector is
built once per process on first use. Two refinements:

* **Short texts** (under :data:`SHORT_TEXT` letters, where lingua's trigram-only mode errs: a
  one-line French summary full of names can read as Spanish): when the trigram guess is neither
  French, English nor a language the caller expects, lingua's high-accuracy mode decides again
  among that guess, French, English and the expected languages (weighted
  :data:`EXPECTED_WEIGHT` times more); lingua loads those languages' larger models once per
  process, on first need (about a second). On WMT newstest2012 lines of 20-59 letters, English is
  then recognised 97.7% of the time (91.6% by trigrams alone), French 99.0% (96.0%); about one
  short line in 25 needs the larger models.
* **Other languages**: a text of a paragraph or more (:data:`UNSUPPORTED_MIN_LETTERS` letters in
  its first 600 characters) that does not read as French, English or an expected language is also
  put to every language lingua knows; a confident answer outside :data:`DETECTABLE` (Esperanto,
  Latin, Swahili...) is reported in :attr:`Detection.unsupported`, so that callers refuse the text
  in one line instead of reading it as its nearest supported neighbour. No news text of WMT
  newstest2012 or FLORES-200 (3,608 windows of 2, 3 or 20 lines) nor of 3,000 OrangeSum articles
  is reported so.
* **Shorter texts in other languages** (a one-line summary, :data:`SHORT_FOREIGN_MIN_LETTERS`
  letters or more, under a paragraph) are put to every language whatever the first guess, since a
  short text is otherwise decided among French, English and the expected languages; a confident
  answer outside :data:`DETECTABLE` must then be confirmed by the high-accuracy models, among that
  language, the trigram guess, French, English and the expected ones (:data:`_CONFIRMED`). No line
  of WMT newstest2012 or FLORES-200 (French and English, 8,030 lines) nor of the abstracts and
  titles of 3,000 OrangeSum articles is reported so; most one-line sentences in Esperanto, Swahili,
  Icelandic, Irish, Tagalog or Welsh are (a short Latin or Malay line may still read as Italian or
  Indonesian).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.errors import InputError

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
SHORT_TEXT = 120  # letters: below this, lingua's trigram-only mode is unreliable
EXPECTED_WEIGHT = 10.0  # prior weight of a language the caller expects (short texts only)
UNSUPPORTED_MIN_LETTERS = 250  # a paragraph: enough to say that a text is in another language
_WIDE_SAMPLE = 600  # characters put to every language lingua knows
_LETTER = re.compile(r"[^\W\d_]")
_SURE = 0.9  # how confident the wider detector must be of a language outside DETECTABLE
SHORT_FOREIGN_MIN_LETTERS = 40  # a sentence: the least a short text needs to be refused
_CONFIRMED = 0.99  # how confident the high-accuracy models must be of it in a short text


@dataclass(frozen=True)
class Detection:
    """Result of language detection.

    Attributes:
        language: ISO 639-1 code, or None when the text is too short or ambiguous.
        confidence: lingua's confidence for that language, 0..1.
        unsupported: the code of a language outside :data:`DETECTABLE` that the text is
            confidently written in (``language`` is then only its nearest supported neighbour).
    """

    language: str | None
    confidence: float
    unsupported: str | None = None

    def unsupported_message(self, what: str = "the text", option: str = "--source-language") -> str:
        """One line saying that the text is in a language outside :data:`DETECTABLE`."""
        from lingua import IsoCode639_1, Language

        code = self.unsupported or ""
        try:
            name = Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())).name.title()
        except AttributeError:
            name = code
        return (
            f"{what} looks like {name} ({code}), a language this tool does not handle; "
            f"if that is wrong, give its language with {option}"
        )


def _builder(codes: list[str] | tuple[str, ...]):
    """A lingua detector builder for ISO 639-1 ``codes``."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_iso_codes_639_1(*[getattr(IsoCode639_1, c.upper()) for c in codes])


@functools.lru_cache(maxsize=1)
def _detector():
    # Low-accuracy mode uses trigram models only: news paragraphs are long enough for it, and it
    # keeps short inputs from loading every n-gram model (about 500 MB).
    return _builder(DETECTABLE).with_low_accuracy_mode().build()


@functools.lru_cache(maxsize=64)
def _precise(codes: tuple[str, ...]):
    """A high-accuracy detector among ``codes`` (lingua keeps each language's models once per process)."""
    return _builder(codes).build()


@functools.lru_cache(maxsize=1)
def _every_language():
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def _code(value) -> str:
    return value.language.iso_code_639_1.name.lower()


def _short(sample: str, guesses: list, expected: Sequence[str]) -> Detection:
    """A short text: the trigram guess when it is French, English or expected; otherwise decided again
    by the high-accuracy models among that guess, French, English and ``expected`` (weighted)."""
    wanted = {c for c in expected if c in DETECTABLE}
    first = _code(guesses[0])
    if first in wanted | {"fr", "en"}:
        return Detection(first, float(guesses[0].value))
    values = _precise(tuple(sorted({first, "fr", "en"} | wanted))).compute_language_confidence_values(sample)
    weighted = {_code(v): v.value * (EXPECTED_WEIGHT if _code(v) in wanted else 1.0) for v in values}
    total = sum(weighted.values())
    if not total:
        return Detection(first, float(guesses[0].value))
    best = max(weighted, key=weighted.get)
    return Detection(best, weighted[best] / total)


def _outside(sample: str) -> str | None:
    """The language outside :data:`DETECTABLE` that every language lingua knows puts ``sample`` in with
    at least :data:`_SURE` confidence; else None."""
    wider = _every_language().compute_language_confidence_values(sample)
    if wider and wider[0].value >= _SURE and _code(wider[0]) not in DETECTABLE:
        return _code(wider[0])
    return None


def _short_foreign(sample: str, guess: str, expected: Sequence[str]) -> str | None:
    """The language outside :data:`DETECTABLE` a text under a paragraph is written in, if both the wide
    detector and the high-accuracy models are sure of it; else None."""
    other = _outside(sample)
    if other is None:
        return None
    codes = {other, guess, "fr", "en"} | {c for c in expected if c in DETECTABLE}
    values = _precise(tuple(sorted(codes))).compute_language_confidence_values(sample)
    if values and _code(values[0]) == other and values[0].value >= _CONFIRMED:
        return other
    return None


def detect_language(text: str, expected: Sequence[str] = ()) -> Detection:
    """Detect the language of ``text`` (the first ~2,000 characters are enough for news).

    Args:
        text: the text.
        expected: languages the caller expects (a summary: its article's language and English);
            they weigh more on short texts, where the evidence is thin.

    Returns:
        A :class:`Detection`; ``language`` is None when the text has too few letters.
    """
    sample = text[:2000]
    letters = len(_LETTER.findall(sample))
    if letters < _MIN_LETTERS:
        return Detection(None, 0.0)
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return Detection(None, 0.0)
    best = values[0]
    if SHORT_FOREIGN_MIN_LETTERS <= letters < UNSUPPORTED_MIN_LETTERS:
        foreign = _short_foreign(sample, _code(best), expected)
        if foreign:
            return Detection(_code(best), float(best.value), unsupported=foreign)
    if letters < SHORT_TEXT:
        return _short(sample, values, expected)
    if _code(best) in {"fr", "en", *expected}:  # the languages the tool is made for are not questioned
        return Detection(_code(best), float(best.value))
    head = sample[:_WIDE_SAMPLE]  # a paragraph's worth: the wider detector costs about 1 ms per 200 characters
    other = _outside(head) if len(_LETTER.findall(head)) >= UNSUPPORTED_MIN_LETTERS else None
    return Detection(_code(best), float(best.value), unsupported=other)


def warm_up() -> None:
    """Load the detector's language models now (lingua loads them on first use, which takes a
    few seconds), so that the first article does not pay for it."""
    detect_language("Le président a annoncé mardi une hausse des salaires. The president announced a pay rise.")


def language_code(code: str | None, which: str = "source") -> str | None:
    """``code`` lower-cased, or None when empty.

    Raises:
        InputError: a code the language detector does not know.
    """
    if code is None or not code.strip():
        return None
    code = code.strip().lower()
    if code not in DETECTABLE:
        raise InputError(
            f"unknown {which} language {code!r}: use an ISO 639-1 code such as {', '.join(DETECTABLE[:6])}"
        )
    return code


def detect_summary_language(summary: str, source_language: str, warnings: list[str]) -> str:
    """The language of a summary of an article in ``source_language``: detected with the article's language
    and English as the likely ones; a text too short to tell is taken for English (or for the article's
    language when that is English), with a line in ``warnings``.

    Raises:
        InputError: the summary is confidently in a language outside :data:`DETECTABLE`.
    """
    detection = detect_language(summary, expected=(source_language, "en"))
    if detection.unsupported:
        raise InputError(detection.unsupported_message("the summary", "--summary-language"))
    if detection.language is None:
        assumed = "en" if source_language != "en" else source_language
        warnings.append(f"summary too short to detect its language; assumed '{assumed}'")
        return assumed
    return detection.language
