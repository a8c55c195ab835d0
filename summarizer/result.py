"""The result of summarizing one article, and its typed parts: the one shape every output has.

:class:`Result` is what ``Summarizer.summarize`` returns; :meth:`Result.to_dict` is the JSON that
``summarizer summarize --format json`` prints, that every batch output row holds, that the demo
offers for download and that the HTTP API sends. Its parts (:class:`Flag`, :class:`Evidence` and
its :class:`Support` entries, :class:`SourceInfo`, :class:`Paragraph`, :class:`SentenceLink`)
are dataclasses too. :func:`result_schema` is the JSON Schema of that JSON, generated from these
types and published as ``docs/result.schema.json``; ``SCHEMA_VERSION`` changes when a field
changes meaning or disappears (added fields keep it).

The parts also answer ``part["name"]`` and ``part.get("name")`` like the dicts they replace,
so code written against the older untyped result keeps working; new code reads attributes.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from summarizer._version import __version__
from summarizer.dataschema import from_data, json_schema

SCHEMA_VERSION = "1.0"


class _Fields:
    """Dict-style access to a dataclass's fields (the compatibility face of the typed parts)."""

    def __getitem__(self, name: str) -> Any:
        if name not in self._names():
            raise KeyError(name)
        return getattr(self, name)

    def __setitem__(self, name: str, value: Any) -> None:
        if name not in self._names():
            raise KeyError(name)
        setattr(self, name, value)

    def __contains__(self, name: object) -> bool:
        return name in self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())

    def get(self, name: str, default: Any = None) -> Any:
        """The field ``name``, or ``default`` when there is no such field."""
        return getattr(self, name) if name in self._names() else default

    def keys(self) -> list[str]:
        """The field names, in order."""
        return list(self._names())

    def items(self) -> list[tuple[str, Any]]:
        """(field name, value) pairs, in order."""
        return [(name, getattr(self, name)) for name in self._names()]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this part."""
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Any:
        """The part described by ``data`` (its JSON object).

        Raises:
            TypeError: ``data`` has a key the part does not know.
        """
        return from_data(cls, data)

    @classmethod
    def _names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]


@dataclass
class Paragraph(_Fields):
    """One paragraph of the article and its translation (with ``full_translation``).

    Attributes:
        source: the paragraph as it stands in the cleaned article.
        translation: its translation ("" when the paragraph could not be translated).
    """

    source: str
    translation: str


@dataclass
class Support(_Fields):
    """One article sentence that supports a summary sentence.

    Attributes:
        index: position of the sentence among the article's sentences (0-based).
        text: the sentence as it stands in the cleaned article.
        start: character offset of the sentence in the cleaned article text (``article``).
        end: offset one past its last character.
        paragraph: index of its paragraph (0-based).
        score: share of the summary sentence's content words this sentence contains (0-1).
    """

    index: int
    text: str
    start: int
    end: int
    paragraph: int
    score: float


@dataclass
class Evidence(_Fields):
    """The evidence for one summary sentence: the article sentences that support it.

    Attributes:
        sentence: the summary sentence, in the language it was aligned in (the summary's source language).
        translation: its target-language version, when the summary was translated; else null.
        supports: the supporting article sentences, best first.
        unsupported: true when the supports cover less than half of its content words: check the sentence.
    """

    sentence: str
    translation: str | None
    supports: list[Support] = field(default_factory=list)
    unsupported: bool = False


@dataclass
class SentenceLink(_Fields):
    """An extractive summary's sentence and the article sentence it is.

    Attributes:
        index: position of the sentence among the article's sentences (0-based).
        paragraph: index of its paragraph (0-based).
        start: character offset of the sentence in the cleaned article text (``article``).
        end: offset one past its last character.
        source: the sentence as summarized (a heading gets a full stop): exactly the article's
            ``spans`` joined, since safe compression only deletes pieces.
        translation: its sentence-by-sentence translation; null when the summary is not translated.
        spans: the ``[start, end]`` offsets of the pieces of the sentence the summary keeps, in order.
    """

    index: int
    paragraph: int
    start: int
    end: int
    source: str
    translation: str | None = None
    spans: list[list[int]] = field(default_factory=list)


@dataclass
class SourceInfo(_Fields):
    """Where the article came from (a URL, a feed entry, a file).

    Attributes:
        kind: what it was read from: "url", "feed", "pdf", "docx", "html", "record" (a table row with metadata columns), "text".
        title: headline, when known.
        date: publication date (ISO 8601), when known.
        author: byline, when known.
        site_name: publication or feed name, when known.
        url: the address it was fetched from (after redirects), or the file path.
        canonical_url: the page's canonical URL, when known.
        paywall: true when the page looks paywalled or truncated to a teaser.
    """

    kind: str = "text"
    title: str | None = None
    date: str | None = None
    author: str | None = None
    site_name: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    paywall: bool = False


@dataclass
class Flag(_Fields):
    """A figure or a name in an output that the article does not support (the guard's finding).

    Attributes:
        output: the output it is in: "summary_source", "summary" or "translation".
        text: the figure or name as written in the output.
        kind: the figure's kind ("amount", "percentage", "date", "year", "number", "ordinal", "time") or the name's ("person", "organization", "place", "other").
        reason: why it is flagged, in words.
        start: character offset of ``text`` in the output.
        end: offset one past its last character.
        value: the figure's normalised value (a number, or [year, month, day] for a date); null for names.
        unit: the figure's unit or currency, when it has one.
        code: "absent", "value_mismatch", "unit_mismatch", "currency_mismatch", "date_mismatch" or "name_mismatch".
        source_text: the closest figure or name found in the article, if any.
        category: "figure" or "entity".
    """

    output: str
    text: str
    kind: str
    reason: str
    start: int
    end: int
    value: float | list[int | None] | None = None
    unit: str | None = None
    code: str = "absent"
    source_text: str | None = None
    category: str = "figure"


@dataclass
class Result(_Fields):
    """The outcome of summarizing one article.

    Attributes:
        summary: the summary in the target language (English by default).
        summary_source: the summary in the source language; null when the strategy does not produce one (translate-summarize, crosslingual).
        source_language: ISO 639-1 code of the article's language (detected or given).
        target_language: ISO 639-1 code of ``summary``.
        strategy: the strategy used ("summarize-translate", "translate-summarize", "crosslingual", "extractive").
        models: role ("summarization", "translation", "ranker") -> model id or directory used.
        translation: the whole article translated, paragraphs separated by blank lines, when requested; else null.
        paragraphs: with a full translation, one source/translation pair per paragraph; else null.
        warnings: things the reader should check or know went differently than asked (a model replaced by the extractive summarizer, unsure language detection, figures or sentences the article does not support, chunks left out).
        notes: purely informational remarks (boilerplate removed, long article chunked, source already in the target language, language routing).
        flags: figures and names in the outputs that the article does not support (the guard).
        timings: seconds per stage, and "total".
        chunks: number of chunks the article was summarized in (1: no map-reduce).
        source: where the article came from, when it was read from a URL, feed or file; else null.
        article: the cleaned article text (paragraphs joined by a blank line) that every offset points into.
        evidence: one entry per summary sentence, in order (empty when the summary was written directly in another language).
        sentence_links: extractive summaries only (else null): one link per summary sentence, in order, to the article sentence it is.
        version: the version of summarizer that made the result.
        schema_version: the version of this JSON layout (see docs/result.schema.json).
    """

    summary: str
    summary_source: str | None
    source_language: str
    target_language: str
    strategy: str
    models: dict[str, str]
    translation: str | None = None
    paragraphs: list[Paragraph] | None = None
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    chunks: int = 1
    source: SourceInfo | None = None
    article: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    sentence_links: list[SentenceLink] | None = None
    version: str = __version__
    schema_version: str = SCHEMA_VERSION

    def __setattr__(self, name: str, value: Any) -> None:
        # Parts given as dicts (older code, JSON read back) become their typed form.
        if name in _TYPED_PARTS and value is not None:
            value = from_data(_TYPED_PARTS[name], value)
        object.__setattr__(self, name, value)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the result (``summarize --format json``, batch rows, demo download, HTTP API)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Result:
        """The result described by ``data`` (a :meth:`to_dict` object; missing optional fields take
        their defaults, so JSON written before ``schema_version`` existed reads too).

        Raises:
            TypeError: ``data`` has a key a result does not know, or lacks a required one.
        """
        return from_data(cls, data)


_TYPED_PARTS: dict[str, Any] = {
    name: hint
    for name, hint in typing.get_type_hints(Result).items()
    if name in ("paragraphs", "flags", "source", "evidence", "sentence_links")
}


def result_schema() -> dict[str, Any]:
    """The JSON Schema of :meth:`Result.to_dict` (what ``docs/result.schema.json`` holds)."""
    schema = json_schema(Result, title="summarizer result")
    schema["properties"]["schema_version"]["const"] = SCHEMA_VERSION
    return schema


def main() -> None:
    """Print the result's JSON Schema (``python -m summarizer.result > docs/result.schema.json``)."""
    import json

    print(json.dumps(result_schema(), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
