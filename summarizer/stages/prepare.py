"""The first stage: raw text in, a cleaned article split into sentences, in a known language."""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.errors import InputError
from summarizer.sources.text import check_text, input_warnings
from summarizer.text.clean import clean_article
from summarizer.text.language import detect_language
from summarizer.text.sentences import Sentence, split_paragraph_sentences

# Below this confidence the detected language is reported but the default source is kept.
MIN_LANGUAGE_CONFIDENCE = 0.5


@dataclass
class Prepared:
    """A cleaned article.

    Attributes:
        paragraphs: the kept paragraphs.
        sentences: their sentences, each knowing its paragraph.
        work_sentences: the sentence texts a summarizer reads (headings given a full stop).
        language: the article's language (forced, detected, or the default one).
        warnings: what the reader should know (language assumed).
        notes: for information (boilerplate removed).
        headings: indices of the paragraphs that are headings (the sentence ranker reads them).
    """

    paragraphs: list[str]
    sentences: list[Sentence]
    work_sentences: list[str]
    language: str
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    headings: frozenset[int] = frozenset()


def prepare_article(
    text: str,
    *,
    name: str = "input",
    max_chars: int | None = None,
    language: str | None = None,
    default_language: str = "fr",
) -> Prepared:
    """Check, clean, detect the language of and split one article.

    Args:
        text: the raw article.
        name: how to call it in error messages.
        max_chars: the size limit (None: none).
        language: force this language instead of detecting it.
        default_language: the language assumed when detection fails or is unsure.

    Raises:
        InputError: empty, binary, oversized input, nothing left after cleaning, or (detected) a
            language that cannot be handled.
    """
    check_text(text, name, max_chars)
    cleaned = clean_article(text)
    if not cleaned.paragraphs:
        raise InputError("input has no article text left after removing boilerplate")
    warnings: list[str] = input_warnings(text)  # how the bytes were decoded, if they were
    notes: list[str] = []
    if cleaned.removed:
        notes.append(
            f"removed {len(cleaned.removed)} boilerplate fragment(s) (teasers, credits, bylines, "
            "date stamps, cut-off sentences) before summarizing"
        )
    if language:
        language = language.lower()
    else:
        language = _detect(cleaned.body_text, default_language, warnings, name)
    sentences = split_paragraph_sentences(cleaned.paragraphs, language)
    if not sentences:
        raise InputError("input has no sentences to summarize")
    # Headings end without punctuation; give them a full stop so that joined model inputs and
    # extractive summaries read as sentences.
    work = [s.text + "." if s.paragraph in cleaned.headings and s.text[-1].isalnum() else s.text for s in sentences]
    return Prepared(cleaned.paragraphs, sentences, work, language, warnings, notes, frozenset(cleaned.headings))


def _detect(body: str, default: str, warnings: list[str], name: str = "input") -> str:
    """The detected language; the default one (with a warning) when detection fails or is unsure.

    Raises:
        InputError: the text is in a language outside the detectable ones (Esperanto, Latin...).
    """
    detection = detect_language(body)
    if detection.unsupported:
        raise InputError(detection.unsupported_message(name))
    if detection.language is None:
        warnings.append(f"text too short to detect its language; assumed '{default}'")
        return default
    if detection.confidence < MIN_LANGUAGE_CONFIDENCE and detection.language != default:
        warnings.append(
            f"language detection unsure ({detection.language}, {detection.confidence:.2f}); assumed '{default}'"
        )
        return default
    return detection.language
