"""Check any summary or translation against its source article: figures, names, and where each
sentence comes from. No model is needed.

``verify(article, summary)`` runs the guard (:mod:`summarizer.guard`: every figure and name of the
summary must be backed by the article) and links each summary sentence to the article sentences
it comes from: in one language with the evidence view (:mod:`summarizer.stages.evidence`), across
languages with the model-free aligner of :mod:`summarizer.stages.crosslingual` (figures, names,
word forms, cognates, length, order), or, given a ``translate`` function, by translating the
article's sentences first. The answer is a :class:`Verification`; its :meth:`~Verification.to_dict`
is the JSON of ``summarizer verify --format json``, of each batch record and of the demo's download.

    >>> from summarizer import verify
    >>> v = verify("Mistral AI a levé 385 millions d'euros en décembre.", "Mistral AI raised €358 million in December.")
    >>> v.supported, [f.reason for f in v.flags]
    (False, ["€358 million: the article says 385 millions d'euros"])
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from summarizer._version import __version__
from summarizer.config import DEFAULT_MAX_CHARS
from summarizer.dataschema import json_schema
from summarizer.errors import InputError
from summarizer.guard.run import check_outputs
from summarizer.sources.text import check_text
from summarizer.stages.attribution import misattributed_names, name_guard_flags
from summarizer.stages.crosslingual import ArticleVocabulary, CrossLingualIndex, unattested_names
from summarizer.stages.evidence import align, sentence_offsets
from summarizer.stages.months import unnamed_months
from summarizer.stages.name_forms import without_longer_forms
from summarizer.stages.prepare import prepare_article
from summarizer.stages.sentence_figures import fused_with, near_figures
from summarizer.text.language import detect_summary_language, language_code
from summarizer.text.scripts import require_same_script
from summarizer.text.sentences import Sentence, split_sentences

SCHEMA_VERSION = "1.0"  # like Result's: "major.minor", the major changes when a field changes meaning
# A sentence's figures must be in its evidence sentences or their neighbours this far away.
EVIDENCE_REACH = 1
_NAME_DETAILS = {
    "absent": "a capitalised name none of whose words the article has, even as a cognate or translated",
    "elsewhere": "a name the article sentence it comes from does not have, where it names something else",
}
_MONTH_DETAIL = "a month named alone that the article neither names, dates nor implies"
PARAGRAPH_SEPARATOR = "\n\n"
CATEGORIES = ("figure", "entity", "unsupported")
METHODS = ("same-language", "crosslingual", "translation")
# Translates texts: (texts, source_language=..., target_language=...) -> one translation or error
# per text, in order (``Summarizer(...).translate_many`` is one).
Translate = Callable[..., Sequence[Any]]


@dataclass(frozen=True)
class EvidenceLink:
    """One article sentence that a summary sentence comes from.

    Attributes:
        index: its position in :attr:`Verification.article_sentences` (0-based).
        text: the article sentence.
        score: how strongly it matches (same language: share of the summary sentence's content
            words it covers, 0-1; across languages: the aligner's score, ~1 for a translation).
    """

    index: int
    text: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        """``{"index", "text", "score"}``."""
        return {"index": self.index, "text": self.text, "score": self.score}


@dataclass(frozen=True)
class SentenceCheck:
    """One summary sentence and its evidence.

    Attributes:
        text: the sentence.
        supported: True when the article has a sentence it comes from and nothing in it is flagged.
        evidence: the article sentences it comes from, best first; for an unsupported sentence, the
            closest ones found (possibly none).
        start, end: its span in the summary text.
    """

    text: str
    supported: bool
    evidence: list[EvidenceLink]
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """``{"text", "supported", "evidence", "start", "end"}``."""
        return {
            "text": self.text,
            "supported": self.supported,
            "evidence": [e.to_dict() for e in self.evidence],
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class VerifyFlag:
    """Something in the summary the article does not support.

    Attributes:
        category: "figure", "entity" (a name) or "unsupported" (a whole sentence).
        text: the flagged span of the summary.
        sentence: index of its sentence in :attr:`Verification.sentences`.
        reason: what is wrong, for a person ("€358 million: the article says 385 millions d'euros").
        start, end: the span in the summary text.
        kind: the figure's or name's kind ("amount", "person"...), or "sentence".
        code: the guard's verdict ("absent", "value_mismatch"...; "unsupported" for sentences).
        source_text: the closest figure or name of the article, if any.
        detail: the guard's own explanation.
    """

    category: str
    text: str
    sentence: int
    reason: str
    start: int
    end: int
    kind: str
    code: str
    source_text: str | None = None
    detail: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the flag."""
        return {
            "category": self.category,
            "text": self.text,
            "sentence": self.sentence,
            "reason": self.reason,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "code": self.code,
            "source_text": self.source_text,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class Counts:
    """How many sentences and flags a verification has.

    Attributes:
        sentences: summary sentences.
        supported_sentences: summary sentences supported and not flagged.
        flags: flags of every category.
        figure_flags: figures the article does not support (there).
        entity_flags: names the article does not support.
        unsupported_flags: sentences no article sentence supports.
    """

    sentences: int = 0
    supported_sentences: int = 0
    flags: int = 0
    figure_flags: int = 0
    entity_flags: int = 0
    unsupported_flags: int = 0

    @classmethod
    def of(cls, sentences: Sequence[SentenceCheck], flags: Sequence[VerifyFlag]) -> Counts:
        """The counts of these sentences and flags."""
        by = {category: sum(f.category == category for f in flags) for category in CATEGORIES}
        return cls(
            len(sentences),
            sum(s.supported for s in sentences),
            len(flags),
            by["figure"],
            by["entity"],
            by["unsupported"],
        )


@dataclass
class Verification:
    """The verdict on one summary (or translation) against its article.

    Attributes:
        schema_version: the version of this JSON layout (see docs/verify.schema.json).
        version: the summarizer version that verified.
        supported: True when every sentence is supported and nothing is flagged.
        source_language: the article's language (given or detected).
        summary_language: the summary's language (given or detected).
        method: how evidence was found: "same-language", "crosslingual" (no model) or "translation".
        article_sentences: the cleaned article's sentences (what evidence indices point into).
        sentences: one entry per summary sentence, in order.
        flags: every figure, name and sentence the article does not support, in summary order.
        counts: how many sentences and flags.
        warnings: what the reader should know (a language assumed).
    """

    supported: bool
    source_language: str
    summary_language: str
    method: str
    article_sentences: list[str]
    sentences: list[SentenceCheck]
    flags: list[VerifyFlag]
    counts: Counts = field(default_factory=Counts)
    warnings: list[str] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION
    version: str = __version__

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``summarizer verify --format json`` (also each batch record, the demo's
        download), described by ``docs/verify.schema.json``."""
        return {
            "schema_version": self.schema_version,
            "version": self.version,
            "supported": self.supported,
            "source_language": self.source_language,
            "summary_language": self.summary_language,
            "method": self.method,
            "article_sentences": list(self.article_sentences),
            "sentences": [s.to_dict() for s in self.sentences],
            "flags": [f.to_dict() for f in self.flags],
            "counts": asdict(self.counts),
            "warnings": list(self.warnings),
        }


def verification_schema() -> dict[str, Any]:
    """The JSON Schema of :meth:`Verification.to_dict` (what ``docs/verify.schema.json`` holds)."""
    schema = json_schema(Verification, title="summarizer verification")
    schema["properties"]["schema_version"]["const"] = SCHEMA_VERSION
    schema["properties"]["method"]["enum"] = list(METHODS)
    schema["$defs"]["VerifyFlag"]["properties"]["category"]["enum"] = list(CATEGORIES)
    return schema


def verify(
    article: str,
    summary: str,
    *,
    source_language: str | None = None,
    summary_language: str | None = None,
    translate: Translate | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    names: bool = True,
) -> Verification:
    """Check ``summary`` against ``article``: figures, names, and the evidence of each sentence.

    Args:
        article: the source article (plain text).
        summary: the summary or translation to check.
        source_language: the article's ISO 639-1 code (default: detected).
        summary_language: the summary's code (default: detected).
        translate: a function translating texts, called as ``translate(sentences,
            source_language=..., target_language=...)`` and returning one translation (or an
            exception) per sentence, e.g. ``Summarizer(...).translate_many``; when given and the
            languages differ, evidence is found on the article's translation, in one language.
        max_chars: size limit on each text (None: none).
        names: also check names (people, organizations, places), not only figures.

    Returns:
        A :class:`Verification`.

    Raises:
        InputError: an empty, binary or oversized text, an unknown language code, or a summary in
            another script than the article with no ``translate``.
    """
    check_text(summary, "summary", max_chars)
    warnings: list[str] = []
    source_language = language_code(source_language, "source")
    summary_language = language_code(summary_language, "summary")
    prepared = prepare_article(article, name="article", max_chars=max_chars, language=source_language)
    warnings += prepared.warnings
    source_language = prepared.language
    if summary_language is None:
        summary_language = detect_summary_language(summary, source_language, warnings)
    article_text = PARAGRAPH_SEPARATOR.join(prepared.paragraphs)
    texts = [s.text for s in prepared.sentences]
    parts = _summary_sentences(summary, summary_language)
    if not parts:
        raise InputError("summary has no sentences to check")
    if summary_language == source_language:
        method = "same-language"
        links = _same_language(parts, prepared, source_language)
    elif translate is not None:
        method = "translation"
        links = _same_language(
            parts, prepared, summary_language, _translated(translate, texts, source_language, summary_language)
        )
    else:
        method = "crosslingual"
        require_same_script(article_text, summary, source_language, summary_language)
        links = _crosslingual(parts, texts, source_language, summary_language)
    records = check_outputs(article_text, [("summary", summary, summary_language)], source_language, entities=names)
    records += [  # "in November" when the article names, dates and implies no November (:mod:`.stages.months`)
        {"start": a, "end": b, "text": summary[a:b], "kind": "date", "reason": _MONTH_DETAIL}
        for a, b in unnamed_months(article_text, summary, source_language, summary_language)
        if not any(r["start"] < b and a < r["end"] for r in records)
    ]
    flags = [_guard_flag(r, parts) for r in records]
    flags = _figures_near_evidence(parts, links, texts, flags, source_language, summary_language)
    if names:
        flags = _unattested_names(parts, article_text, flags, (source_language, summary_language), links, texts)
    for n, (sentence, (evidence, backed)) in enumerate(zip(parts, links, strict=True)):
        if not backed:
            best = f" (closest: sentence {evidence[0].index + 1}, score {evidence[0].score})" if evidence else ""
            reason = f"no sentence of the article says this{best}"
            flags.append(
                VerifyFlag(
                    "unsupported", sentence.text, n, reason, sentence.start, sentence.end, "sentence", "unsupported"
                )
            )
    flags.sort(key=lambda f: (f.start, f.category != "unsupported", f.end))
    flagged = {f.sentence for f in flags}
    checks = [
        SentenceCheck(s.text, backed and n not in flagged, evidence, s.start, s.end)
        for n, (s, (evidence, backed)) in enumerate(zip(parts, links, strict=True))
    ]
    return Verification(
        supported=not flags and all(c.supported for c in checks),
        source_language=source_language,
        summary_language=summary_language,
        method=method,
        article_sentences=texts,
        sentences=checks,
        flags=flags,
        counts=Counts.of(checks, flags),
        warnings=warnings,
    )


def _summary_sentences(summary: str, language: str) -> list[Sentence]:
    """The summary's sentences with offsets into ``summary`` (each line split on its own), less the pieces with
    no letter or digit (a stray full stop split off a line)."""
    out: list[Sentence] = []
    base = 0
    for line in summary.splitlines(keepends=True):
        found = [s for s in split_sentences(line, language) if any(c.isalnum() for c in s.text)]  # no stray mark
        out += [Sentence(s.text, base + s.start, base + s.end, 0) for s in found]
        base += len(line)
    return out


def _same_language(
    parts: Sequence[Sentence], prepared: Any, language: str, aligned_texts: Sequence[str] | None = None
) -> list[tuple[list[EvidenceLink], bool]]:
    """Evidence in one language: the evidence view's alignment (ROUGE-1 recall of content words)."""
    offsets = sentence_offsets(prepared.paragraphs, prepared.sentences)
    entries = align([p.text for p in parts], prepared.sentences, offsets, language, aligned_texts=aligned_texts)
    return [([EvidenceLink(s.index, s.text, s.score) for s in e.supports], not e.unsupported) for e in entries]


def _translated(translate: Translate, texts: list[str], source: str, target: str) -> list[str]:
    """The translation of each article sentence; a sentence the translator fails on stays as it is
    (its figures and names still match)."""
    out = list(translate(list(texts), source_language=source, target_language=target))
    if len(out) != len(texts):
        raise ValueError(f"the translator returned {len(out)} texts for {len(texts)} sentences")
    return [t if isinstance(t, str) and t.strip() else texts[i] for i, t in enumerate(out)]


def _crosslingual(
    parts: Sequence[Sentence], texts: Sequence[str], source_language: str, summary_language: str
) -> list[tuple[list[EvidenceLink], bool]]:
    """Evidence across languages with no model (:class:`~summarizer.stages.crosslingual.CrossLingualIndex`)."""
    index = CrossLingualIndex(texts, source_language, summary_language)
    return [
        ([EvidenceLink(i, texts[i], round(s, 3)) for i, s in picked], backed)
        for picked, backed in index.evidence([p.text for p in parts])
    ]


def _figures_near_evidence(
    parts: Sequence[Sentence],
    links: Sequence[tuple[list[EvidenceLink], bool]],
    texts: Sequence[str],
    flags: list[VerifyFlag],
    source_language: str,
    summary_language: str,
) -> list[VerifyFlag]:
    """The flags, with each supported sentence's figures checked again against its evidence
    sentences and their neighbours: a figure the article has elsewhere but not there ("16%" for
    "15%" when 16% is said of something else) gets an ``elsewhere`` flag (newstest2012: changed
    figures flagged 92.8% -> 98.6%), and a figure already flagged names the figure of the sentence
    it comes from rather than the closest one anywhere in the article (ordinals, scores: :mod:`.sentence_figures`)."""
    out = list(flags)
    at = {(f.start, f.end): k for k, f in enumerate(out)}
    for n, (sentence, (evidence, backed)) in enumerate(zip(parts, links, strict=True)):
        if not backed or not evidence:
            continue
        near = sorted({i for e in evidence for i in range(e.index - EVIDENCE_REACH, e.index + EVIDENCE_REACH + 1)})
        local = " ".join(texts[i] for i in near if 0 <= i < len(texts))
        for f in near_figures(local, [e.text for e in evidence], sentence.text, source_language, summary_language):
            start, end = sentence.start + f.start, sentence.start + f.end
            reason = (
                f"{f.text}: the article sentence it comes from says {f.source_text}"
                if f.source_text
                else f"{f.text}: not in the article sentence it comes from"
            )
            k = at.get((start, end))
            if k is None and fused_with(f, sentence.text, texts, near, source_language, summary_language) is not None:
                continue  # the sentence joins its evidence to the article sentence that gives this figure
            if k is None:
                out.append(
                    VerifyFlag("figure", f.text, n, reason, start, end, f.kind, "elsewhere", f.source_text, f.reason)
                )
            elif out[k].category == "figure" and f.source_text:  # "82: the article says 28", not "... 50 km"
                out[k] = replace(
                    out[k], reason=f"{f.text}: the article says {f.source_text}", source_text=f.source_text
                )
    return out


def _unattested_names(
    parts: Sequence[Sentence], article: str, flags: list[VerifyFlag], langs: tuple, links: Any, texts: Any
) -> list[VerifyFlag]:
    """Entity flags for the capitalised spans of English summary sentences that no word of the article attests
    (:func:`~summarizer.stages.crosslingual.unattested_names`), and for the names a supported sentence's evidence
    does not attest while it names something else (:mod:`~summarizer.stages.attribution`), after the guard's
    ``flags`` (returned, some of them reworded: :func:`~summarizer.stages.attribution.name_guard_flags`)."""
    if langs[1] != "en":
        return flags
    taken = [(f.start, f.end) for f in flags if f.category != "unsupported"]  # a span cleared below stays cleared
    vocabulary = ArticleVocabulary(article, *langs)
    flags = without_longer_forms(flags, parts, vocabulary)  # "Nobel Price" for "prix Nobel"
    out = []
    for n, (sentence, (evidence, backed)) in enumerate(zip(parts, links, strict=True)):
        # the sentences next to it that render the same article sentence (a translator made two of one)
        mine = {e.index for e in evidence}
        context = " ".join(
            parts[k].text
            for k in (n - 1, n + 1)
            if 0 <= k < len(parts) and links[k][0] and links[k][0][0].index in mine
        )
        indices = [e.index for e in evidence] if backed else []
        found = misattributed_names(
            sentence.text, indices, texts, *langs, context=context, article_index=lambda: vocabulary.guard_index
        )
        found, flags = name_guard_flags(found, flags, sentence, _NAME_DETAILS["elsewhere"], (indices, texts, langs[0]))
        found += [(lo, hi, None, "not in the article") for lo, hi in unattested_names(sentence.text, vocabulary)]
        for lo, hi, other, why in found:
            start, end = sentence.start + lo, sentence.start + hi
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            text, code = sentence.text[lo:hi], "absent" if why == "not in the article" else "elsewhere"
            out.append(
                VerifyFlag("entity", text, n, f"{text}: {why}", start, end, "other", code, other, _NAME_DETAILS[code])
            )
    return flags + out


def _guard_flag(record: dict[str, Any], parts: Sequence[Sentence]) -> VerifyFlag:
    """A guard record (:func:`~summarizer.guard.run.check_outputs`) as a flag of its sentence."""
    start, end, text = record["start"], record["end"], record["text"]
    sentence = next((n for n, p in enumerate(parts) if p.start <= start < p.end), _nearest(parts, start))
    source = record.get("source_text")
    reason = f"{text}: the article says {source}" if source else f"{text}: not in the article"
    return VerifyFlag(
        category=record.get("category", "figure"),
        text=text,
        sentence=sentence,
        reason=reason,
        start=start,
        end=end,
        kind=record.get("kind", ""),
        code=record.get("code", "absent"),
        source_text=source,
        detail=record.get("reason"),
    )


def _nearest(parts: Sequence[Sentence], offset: int) -> int:
    before = [n for n, p in enumerate(parts) if p.start <= offset]
    return before[-1] if before else 0


class _CallableModule(types.ModuleType):
    """This module, callable as :func:`verify`: ``summarizer.verify`` names both the module and the
    function, and whichever an import hands out, ``verify(article, summary)`` works."""

    def __call__(self, article: str, summary: str, **options: Any) -> Verification:
        return verify(article, summary, **options)


def main() -> None:
    """Print the verification's JSON Schema (``python -m summarizer.verify > docs/verify.schema.json``)."""
    import json

    print(json.dumps(verification_schema(), ensure_ascii=False, indent=2))


sys.modules[__name__].__class__ = _CallableModule

if __name__ == "__main__":
    main()

__all__ = ["Counts", "EvidenceLink", "SentenceCheck", "Verification", "VerifyFlag", "language_code"]
__all__ += ["verification_schema", "verify"]
