"""The ``Summarizer``: cleaning, language routing, map-reduce summarization, sentence-level
translation and the fact guard, for one article or many at once.

Every stage works on lists of articles so batch mode gets pooled, length-sorted model calls
for free; ``summarize(text)`` is the one-article case. Models are loaded once per
``Summarizer`` and reused.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from summarizer import extractive
from summarizer.backends.base import Backend, ModelSpec, load_backend
from summarizer.errors import InputError, SummarizerError, UnsupportedLanguageError
from summarizer.inputs import DEFAULT_MAX_CHARS, check_text
from summarizer.options import (
    EXTRACTIVE_WORDS,
    LENGTHS,
    STRATEGIES,
    SUMMARY_TOKENS,
    GenerationOptions,
    PipelineOptions,
    Result,
)
from summarizer.presets import get_preset, load_catalog, model_card, translation_route
from summarizer.text.chunking import pack_chunks
from summarizer.text.clean import clean_article
from summarizer.text.language import detect_language
from summarizer.text.sentences import Sentence, join_paragraphs, split_paragraph_sentences, split_sentences

log = logging.getLogger("summarizer")

EXTRACTIVE = "extractive"
MAX_REDUCE_ROUNDS = 4
# Below this confidence the detected language is reported but the default source is kept.
MIN_LANGUAGE_CONFIDENCE = 0.5
TRANSLATION_GUARD = GenerationOptions(no_repeat_ngram_size=4, max_length_ratio=2.0)


@dataclass
class _Doc:
    """Working state of one article through the stages."""

    index: int
    text: str
    language: str = "fr"
    paragraphs: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    models: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    # What the summarizer reads (source paragraphs, or their translation) and in which language.
    work_sentences: list[str] = field(default_factory=list)
    work_language: str = "fr"
    translated_paragraphs: list[str] | None = None
    summary_source: str | None = None
    summary: str | None = None
    chunks: int = 1
    error: SummarizerError | None = None
    # The plan
    pre_translation: str | None = None
    summarizer: str | None = None
    post_translation: str | None = None


class Summarizer:
    """French (or other) news article in, short faithful English summary out.

    Args:
        preset: name of a preset from ``models/presets.toml`` (default: the file's default).
        summarization_model: Hugging Face id or local directory; overrides the preset's.
        translation_model: Hugging Face id or local directory; overrides the preset's.
        strategy: "summarize-translate", "translate-summarize", "crosslingual" or "extractive";
            without models given, the first preset using that strategy provides them.
        device: "auto", "cpu", "cuda" or "mps".
        backend: "auto", "torch" or "ctranslate2".
        source_language: force the source language (ISO 639-1) instead of detecting it.
        target_language: language of the summary ("en"; the source language skips translation).
        length: "short", "medium" or "long".
        num_beams: beam size for every model (None: each model's default).
        threads: CPU threads for inference.
        allow_pickle: accept checkpoints that ship only pickle weights.
        local_files_only: never download models (None: follow ``HF_HUB_OFFLINE``).
        check_facts: run the fact guard on every output.
        max_chars: reject articles longer than this many characters.
        quantization: CTranslate2 compute type ("int8", "float16", ...; default int8 on CPU).
        max_batch_tokens: token budget of one model batch, beams included (None: sized from free
            GPU memory on CUDA, a fixed default on CPU).
        max_chunks: most chunks summarized per article; beyond it the most relevant chunks
            (extractive ranking) are kept and a warning says how many were left out.

    Raises:
        ValueError: unknown preset, strategy, length, device or backend (listing the choices).
    """

    def __init__(
        self,
        preset: str | None = None,
        *,
        summarization_model: str | None = None,
        translation_model: str | None = None,
        strategy: str | None = None,
        device: str = "auto",
        backend: str = "auto",
        source_language: str | None = None,
        target_language: str = "en",
        length: str = "medium",
        num_beams: int | None = None,
        threads: int | None = None,
        allow_pickle: bool = False,
        local_files_only: bool | None = None,
        check_facts: bool = True,
        max_chars: int | None = DEFAULT_MAX_CHARS,
        max_chunks: int = 64,
        quantization: str | None = None,
        max_batch_tokens: int | None = None,
    ) -> None:
        from summarizer.backends.base import BACKENDS, DEVICES

        chosen = get_preset(preset)
        if strategy is not None and strategy not in STRATEGIES:
            raise ValueError(f"unknown strategy {strategy!r}; choose from {', '.join(STRATEGIES)}")
        if strategy and strategy != chosen.strategy and preset is None and strategy != EXTRACTIVE:
            chosen = next((p for p in load_catalog().presets.values() if p.strategy == strategy), chosen)
        if length not in LENGTHS:
            raise ValueError(f"unknown length {length!r}; choose from {', '.join(LENGTHS)}")
        if device not in DEVICES:
            raise ValueError(f"unknown device {device!r}; choose from {', '.join(DEVICES)}")
        if backend not in BACKENDS:
            raise ValueError(f"unknown backend {backend!r}; choose from {', '.join(BACKENDS)}")
        self.preset = chosen
        self.strategy = strategy or chosen.strategy
        self.summarization_model = summarization_model or chosen.summarization_model
        self.translation_model = translation_model or chosen.translation_model
        self._explicit_translation = translation_model is not None
        self._explicit_summarizer = summarization_model is not None
        self.device = device
        self.backend_name = backend if backend != "auto" or not chosen.backend else chosen.backend
        self.options = PipelineOptions(
            strategy=self.strategy,
            source_language=source_language,
            target_language=target_language,
            length=length,
            num_beams=num_beams,
            check_facts=check_facts,
            max_chunks=max_chunks,
        )
        self.threads = threads
        self.allow_pickle = allow_pickle
        self.local_files_only = local_files_only
        self.max_chars = max_chars
        self.quantization = quantization
        if max_batch_tokens is not None and max_batch_tokens < 1:
            raise ValueError("max_batch_tokens must be at least 1")
        self.max_batch_tokens = max_batch_tokens
        self._backends: dict[str, Backend] = {}
        self._lock = threading.RLock()

    # ------------------------------------------------------------------ models
    def backend(self, model: str, role: str) -> Backend:
        """The loaded backend for ``model`` (loaded on first use, then reused)."""
        with self._lock:
            if model not in self._backends:
                card = model_card(model)
                prefix = card.prefix if card else self._task_prefix(model, role)
                spec = ModelSpec(
                    model=model,
                    role=role,
                    device=self.device,
                    threads=self.threads,
                    allow_pickle=self.allow_pickle,
                    local_files_only=self.local_files_only,
                    prefix=prefix,
                    quantization=self.quantization,
                    max_batch_tokens=self.max_batch_tokens,
                    max_input_tokens=card.max_input_tokens if card else None,
                )
                started = time.perf_counter()
                self._backends[model] = load_backend(spec, self.backend_name)
                log.info("loaded %s (%s) in %.1fs", model, self._backends[model].name, time.perf_counter() - started)
            return self._backends[model]

    def _task_prefix(self, model: str, role: str) -> str | None:
        """The input prefix a model's config asks for (T5: "summarize: "), if any."""
        if role != "summarization":
            return None
        import json

        from summarizer.loading import resolve_model

        config = (
            resolve_model(model, allow_pickle=self.allow_pickle, local_files_only=self.local_files_only) / "config.json"
        )
        params = json.loads(config.read_text(encoding="utf-8")).get("task_specific_params") or {}
        prefix = (params.get("summarization") or {}).get("prefix")
        return prefix if isinstance(prefix, str) else None

    def load(self) -> Summarizer:
        """Load the configured models (and the language detector, unless the source language is
        forced) now instead of on first use; returns self."""
        if not self.options.source_language:
            from summarizer.text.language import warm_up

            warm_up()
        for model, role in ((self.summarization_model, "summarization"), (self.translation_model, "translation")):
            if model and (self.strategy != EXTRACTIVE or role == "translation"):
                if self.strategy == "crosslingual" and role == "translation":
                    continue
                self.backend(model, role)
        return self

    # ------------------------------------------------------------------ public API
    def summarize(
        self,
        text: str,
        *,
        full_translation: bool = False,
        length: str | None = None,
        source_language: str | None = None,
        target_language: str | None = None,
    ) -> Result:
        """Summarize one article.

        Args:
            text: the article (plain text).
            full_translation: also translate the whole article, paragraph by paragraph.
            length: "short", "medium" or "long" (default: the Summarizer's).
            source_language: force the source language for this call.
            target_language: summary language for this call.

        Returns:
            A :class:`Result`.

        Raises:
            InputError: empty, binary, no letters, too large.
            ModelNotAvailableError: a model cannot be found or loaded.
            UnsupportedLanguageError: no route for the article's language.
        """
        outcome = self.summarize_many(
            [text],
            full_translation=full_translation,
            length=length,
            source_language=source_language,
            target_language=target_language,
        )[0]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def summarize_many(
        self,
        texts: Sequence[str],
        *,
        full_translation: bool = False,
        length: str | None = None,
        source_language: str | None = None,
        target_language: str | None = None,
        on_stage: Callable[[str], None] | None = None,
    ) -> list[Result | SummarizerError]:
        """Summarize several articles with pooled, batched model calls.

        Returns:
            One item per input, in order: a :class:`Result`, or the :class:`SummarizerError`
            that stopped that article (the others are unaffected).
        """
        opts = self.options
        length = length or opts.length
        if length not in LENGTHS:
            raise ValueError(f"unknown length {length!r}; choose from {', '.join(LENGTHS)}")
        target = target_language or opts.target_language
        forced = source_language or opts.source_language
        started = time.perf_counter()
        docs = [self._prepare(i, t, forced) for i, t in enumerate(texts)]
        live = [d for d in docs if d.error is None]
        for doc in live:
            self._plan(doc, target)
        stages: list[tuple[str, Callable[[list[_Doc]], None], Callable[[_Doc], bool]]] = [
            ("translate", lambda ds: self._pre_translate(ds, target), lambda d: d.pre_translation is not None),
            ("summarize", lambda ds: self._summarize_stage(ds, length), lambda d: True),
            ("translate", lambda ds: self._post_translate(ds, target), lambda d: d.post_translation is not None),
        ]
        if full_translation:
            stages.append(("translate", lambda ds: self._full_translation(ds, target), lambda d: d.language != target))
        for name, stage, needed in stages:
            live = [d for d in live if d.error is None]
            if not live:
                break
            if not any(needed(d) for d in live):
                continue
            if on_stage:
                on_stage(name)
            t0 = time.perf_counter()
            stage(live)
            for doc in live:
                doc.timings[name] = round(doc.timings.get(name, 0.0) + time.perf_counter() - t0, 4)
        results: list[Result | SummarizerError] = []
        for doc in docs:
            if doc.error is not None:
                results.append(doc.error)
                continue
            result = self._result(doc, target, full_translation)
            result.timings["total"] = round(time.perf_counter() - started, 4)
            results.append(result)
        return results

    def translate(self, text: str, *, source_language: str | None = None, target_language: str | None = None) -> str:
        """Translate a whole text sentence by sentence, keeping its paragraphs.

        Raises:
            InputError: for unusable input.
            UnsupportedLanguageError: when no translation model covers the language pair.
        """
        doc = self._prepare(0, text, source_language or self.options.source_language)
        if doc.error is not None:
            raise doc.error
        target = target_language or self.options.target_language
        if doc.language == target:
            return "\n\n".join(doc.paragraphs)
        model = self._translation_model(doc.language, target)
        doc.models["translation"] = model
        translated = self._translate_docs([doc], model, lambda d: d.sentences)
        return "\n\n".join(p for p in translated[0] if p)

    def translate_many(
        self, texts: Sequence[str], *, source_language: str | None = None, target_language: str | None = None
    ) -> list[str | SummarizerError]:
        """Translate several texts with pooled, batched model calls (like :meth:`translate`, many at once).

        Returns:
            One item per input, in order: the translation (paragraphs separated by blank lines),
            or the :class:`SummarizerError` that stopped that text (the others are unaffected).
        """
        target = target_language or self.options.target_language
        forced = source_language or self.options.source_language
        docs = [self._prepare(i, t, forced) for i, t in enumerate(texts)]
        out: list[str | SummarizerError] = [d.error if d.error is not None else "" for d in docs]
        groups: dict[str, list[_Doc]] = {}
        for doc in docs:
            if doc.error is not None:
                continue
            if doc.language == target:
                out[doc.index] = "\n\n".join(doc.paragraphs)
                continue
            try:
                groups.setdefault(self._translation_model(doc.language, target), []).append(doc)
            except SummarizerError as exc:
                out[doc.index] = exc
        for model, group in groups.items():

            def work(ds: list[_Doc], model: str = model) -> None:
                paragraphs = self._translate_docs(ds, model, lambda d: d.sentences)
                for doc, paras in zip(ds, paragraphs, strict=True):
                    out[doc.index] = "\n\n".join(p for p in paras if p)

            self._run_group(group, work)
            for doc in group:
                if doc.error is not None:
                    out[doc.index] = doc.error
        return out

    # ------------------------------------------------------------------ stages
    def _prepare(self, index: int, text: str, forced_language: str | None) -> _Doc:
        doc = _Doc(index=index, text=text if isinstance(text, str) else "")
        t0 = time.perf_counter()
        try:
            check_text(text, "input" if index == 0 else f"input {index}", self.max_chars)
            cleaned = clean_article(text)
            if not cleaned.paragraphs:
                raise InputError("input has no article text left after removing boilerplate")
            doc.paragraphs = cleaned.paragraphs
            if cleaned.removed:
                doc.warnings.append(
                    f"removed {len(cleaned.removed)} boilerplate fragment(s) (teasers, credits, bylines, "
                    "date stamps, cut-off sentences) before summarizing"
                )
            if forced_language:
                doc.language = forced_language.lower()
            else:
                detection = detect_language(cleaned.body_text)
                default = self._default_language()
                if detection.language is None:
                    doc.language = default
                    doc.warnings.append(f"text too short to detect its language; assumed '{default}'")
                elif detection.confidence < MIN_LANGUAGE_CONFIDENCE and detection.language != default:
                    doc.language = default
                    doc.warnings.append(
                        f"language detection unsure ({detection.language}, {detection.confidence:.2f}); assumed '{default}'"
                    )
                else:
                    doc.language = detection.language
            doc.sentences = split_paragraph_sentences(doc.paragraphs, doc.language)
            if not doc.sentences:
                raise InputError("input has no sentences to summarize")
            # Headings end without punctuation; give them a full stop so that joined model
            # inputs and extractive summaries read as sentences.
            doc.work_sentences = [
                s.text + "." if s.paragraph in cleaned.headings and s.text[-1].isalnum() else s.text
                for s in doc.sentences
            ]
            doc.work_language = doc.language
        except SummarizerError as exc:
            doc.error = exc
        doc.timings["clean"] = round(time.perf_counter() - t0, 4)
        return doc

    def _default_language(self) -> str:
        card = model_card(self.summarization_model) if self.strategy == "summarize-translate" else None
        if card and card.languages and "*" not in card.languages:
            return card.languages[0]
        card = model_card(self.translation_model)
        if card and card.languages:
            return card.languages[0]
        return "fr"

    def _summarizer_accepts(self, language: str) -> bool:
        if self._explicit_summarizer:
            return True
        card = model_card(self.summarization_model)
        return card is None or card.accepts(language)

    def _summary_language(self) -> str | None:
        """The language the summarization model writes in, when known."""
        card = model_card(self.summarization_model)
        if card is None:
            return None
        return card.target_language or (card.languages[0] if card.languages and "*" not in card.languages else None)

    def _translation_model(self, source: str, target: str) -> str:
        if self.translation_model:
            card = model_card(self.translation_model)
            if self._explicit_translation or card is None:
                return self.translation_model
            if card.accepts(source) and (card.target_language in (None, target)):
                return self.translation_model
        route = translation_route(source, target)
        if route is None:
            raise UnsupportedLanguageError(
                f"no translation route from '{source}' to '{target}': pass --translation-model with a "
                f"{source}->{target} model, or --target-language {source} for a summary without translation"
            )
        return route

    def _plan(self, doc: _Doc, target: str) -> None:
        """Decide which model does what for this article, with a warning for every detour."""
        src = doc.language
        try:
            if self.strategy == EXTRACTIVE:
                doc.summarizer = EXTRACTIVE
                doc.post_translation = None if src == target else self._translation_model(src, target)
            elif self.strategy == "crosslingual":
                if target != "en" and target != src:
                    raise UnsupportedLanguageError(
                        f"the crosslingual strategy writes English summaries only, not '{target}'"
                    )
                if target == src and target != "en":
                    doc.summarizer = EXTRACTIVE
                    doc.warnings.append(
                        "the crosslingual model writes English only; used the extractive summarizer "
                        f"for a '{src}' summary"
                    )
                else:
                    doc.summarizer = self.summarization_model
            elif self.strategy == "translate-summarize":
                writes = self._summary_language()
                if src != target:
                    doc.pre_translation = self._translation_model(src, target)
                if writes is not None and writes != target and not self._explicit_summarizer:
                    doc.summarizer = EXTRACTIVE
                    doc.warnings.append(
                        f"{self.summarization_model} summarizes '{writes}' text; used the extractive "
                        f"summarizer for a '{target}' summary"
                    )
                else:
                    doc.summarizer = self.summarization_model
            else:  # summarize-translate
                if self._summarizer_accepts(src):
                    doc.summarizer = self.summarization_model
                else:
                    doc.summarizer = EXTRACTIVE
                    doc.warnings.append(
                        f"{self.summarization_model} summarizes {', '.join(model_card(self.summarization_model).languages)} "
                        f"text, not '{src}'; used the extractive summarizer on the source"
                    )
                if src != target:
                    doc.post_translation = self._translation_model(src, target)
            if src != self._default_language() and (doc.pre_translation or doc.post_translation):
                route = doc.pre_translation or doc.post_translation
                doc.warnings.append(f"source language '{src}' routed to {route}")
            if src == target:
                doc.warnings.append(f"source is already in '{target}': no translation")
        except SummarizerError as exc:
            doc.error = exc

    def _group(self, docs: list[_Doc], key: Callable[[_Doc], str | None]) -> dict[str, list[_Doc]]:
        groups: dict[str, list[_Doc]] = {}
        for doc in docs:
            value = key(doc)
            if value:
                groups.setdefault(value, []).append(doc)
        return groups

    def _run_group(self, docs: list[_Doc], work: Callable[[list[_Doc]], None]) -> None:
        """Run ``work`` on the whole group; if it fails, retry article by article so one bad
        article cannot fail the others."""
        try:
            work(docs)
            return
        except SummarizerError as exc:
            if len(docs) == 1:
                docs[0].error = exc
                return
        except Exception as exc:  # a model error on pooled input: isolate the culprit below
            if len(docs) == 1:
                docs[0].error = SummarizerError(f"{type(exc).__name__}: {exc}".splitlines()[0][:300])
                return
        for doc in docs:
            self._run_group([doc], work)

    def _translate_docs(self, docs: list[_Doc], model: str, pick: Callable[[_Doc], list[Sentence]]) -> list[list[str]]:
        """Translate the sentences ``pick(doc)`` of every doc in one pooled call; returns
        each doc's translated paragraphs, aligned with its source paragraphs."""
        backend = self.backend(model, "translation")
        per_doc = [pick(d) for d in docs]
        texts = [s.text for sents in per_doc for s in sents]
        translated = self._translate_texts(backend, texts)
        out, pos = [], 0
        for sents in per_doc:
            out.append(join_paragraphs(sents, translated[pos : pos + len(sents)]))
            pos += len(sents)
        return out

    def _translate_texts(self, backend: Backend, texts: list[str]) -> list[str]:
        """Sentence-level translation: unique sentences only, figures-only sentences copied,
        over-long sentences split at word boundaries to fit the model window."""
        unique: dict[str, None] = {}
        for text in texts:
            if any(ch.isalpha() for ch in text):
                unique.setdefault(text, None)
        pieces: list[tuple[str, int]] = []  # (piece, index into unique list)
        keys = list(unique)
        counts = backend.count_tokens(keys)
        for k, (text, count) in enumerate(zip(keys, counts, strict=True)):
            if count <= backend.max_input_tokens:
                pieces.append((text, k))
            else:
                for chunk in pack_chunks([text], backend.max_input_tokens, token_counts=[count]):
                    pieces.append((chunk.text, k))
        options = GenerationOptions(
            num_beams=self.options.num_beams,
            no_repeat_ngram_size=TRANSLATION_GUARD.no_repeat_ngram_size,
            max_length_ratio=TRANSLATION_GUARD.max_length_ratio,
        )
        outputs = backend.generate([p for p, _ in pieces], options)
        joined: dict[int, list[str]] = {}
        for (_, k), out in zip(pieces, outputs, strict=True):
            joined.setdefault(k, []).append(out)
        mapping = {keys[k]: " ".join(parts) for k, parts in joined.items()}
        return [mapping.get(t, t) for t in texts]

    def _pre_translate(self, docs: list[_Doc], target: str) -> None:
        for model, group in self._group(docs, lambda d: d.pre_translation).items():

            def work(ds: list[_Doc], model: str = model) -> None:
                paragraphs = self._translate_docs(ds, model, lambda d: d.sentences)
                for doc, paras in zip(ds, paragraphs, strict=True):
                    doc.models["translation"] = model
                    doc.translated_paragraphs = paras
                    kept = [p for p in paras if p.strip()]
                    doc.work_sentences = [s.text for s in split_paragraph_sentences(kept, target)]
                    doc.work_language = target

            self._run_group(group, work)

    def _summarize_stage(self, docs: list[_Doc], length: str) -> None:
        for model, group in self._group(docs, lambda d: d.summarizer).items():
            if model == EXTRACTIVE:
                for doc in group:
                    doc.models["summarization"] = EXTRACTIVE
                    picked = extractive.select_sentences(
                        doc.work_sentences, EXTRACTIVE_WORDS[length], doc.work_language
                    )
                    if not picked:  # the first sentence alone is longer than the budget
                        picked = [0]
                        doc.warnings.append("the first sentence alone is longer than the extractive word budget")
                    self._set_summary(doc, " ".join(doc.work_sentences[i] for i in picked))
                continue
            self._run_group(group, lambda ds, model=model: self._map_reduce(ds, model, length))

    def _set_summary(self, doc: _Doc, text: str) -> None:
        writes_source = self.strategy != "crosslingual" or doc.summarizer == EXTRACTIVE or doc.language == "en"
        if doc.work_language == doc.language and doc.pre_translation is None and writes_source:
            doc.summary_source = text
        doc.summary = text

    def _map_reduce(self, docs: list[_Doc], model: str, length: str) -> None:
        """Summarize each doc; docs longer than the model window are chunked, the chunks
        summarized, and the partial summaries combined, in as many rounds as needed."""
        backend = self.backend(model, "summarization")
        window = backend.max_input_tokens
        lo, hi = SUMMARY_TOKENS[length]
        final_options = GenerationOptions(
            num_beams=self.options.num_beams, min_new_tokens=lo, max_new_tokens=hi, no_repeat_ngram_size=3
        )
        lo_m, hi_m = SUMMARY_TOKENS["medium"]
        map_options = GenerationOptions(
            num_beams=self.options.num_beams, min_new_tokens=lo_m, max_new_tokens=hi_m, no_repeat_ngram_size=3
        )
        pending = {id(d): d.work_sentences for d in docs}
        by_id = {id(d): d for d in docs}
        final_inputs: dict[int, str] = {}
        first_tokens: dict[int, int] = {}
        for round_no in range(MAX_REDUCE_ROUNDS + 1):
            if not pending:
                break
            whole = {k: " ".join(s) for k, s in pending.items()}
            keys = list(whole)
            totals = dict(zip(keys, backend.count_tokens([whole[k] for k in keys]), strict=True))
            first_tokens.update({k: v for k, v in totals.items() if k not in first_tokens})
            map_jobs: list[tuple[int, str]] = []
            for k in keys:
                if totals[k] <= window or round_no == MAX_REDUCE_ROUNDS:
                    final_inputs[k] = whole[k]
                else:
                    chunks = pack_chunks(pending[k], window, backend.count_tokens)
                    limit = self.options.max_chunks
                    if round_no == 0 and len(chunks) > limit:
                        doc = by_id[k]
                        keep = extractive.rank_chunks([c.text for c in chunks], limit, doc.work_language)
                        doc.warnings.append(
                            f"article is {len(chunks)} chunks long, more than the limit of {limit}: summarized the "
                            f"{len(keep)} most relevant chunks (the lead, then those closest to the whole article, "
                            f"extractive TF-IDF ranking) and left {len(chunks) - len(keep)} out"
                        )
                        chunks = [chunks[i] for i in keep]
                    for chunk in chunks:
                        map_jobs.append((k, chunk.text))
            pending = {}
            if not map_jobs:
                break
            outputs = backend.generate([t for _, t in map_jobs], map_options)
            partials: dict[int, list[str]] = {}
            for (k, _), out in zip(map_jobs, outputs, strict=True):
                partials.setdefault(k, []).append(out)
            for k, parts in partials.items():
                if round_no == 0:
                    by_id[k].chunks = len(parts)
                pending[k] = [p for p in parts if p.strip()] or parts
        order = [d for d in docs if id(d) in final_inputs]
        summaries = backend.generate([final_inputs[id(d)] for d in order], final_options)
        for doc, summary in zip(order, summaries, strict=True):
            doc.models["summarization"] = model
            if doc.chunks > 1:
                doc.warnings.append(
                    f"article is {first_tokens[id(doc)]:,} tokens, longer than the {window}-token input of "
                    f"{model}: summarized in {doc.chunks} chunks and combined (map-reduce)"
                )
            self._set_summary(doc, summary)

    def _post_translate(self, docs: list[_Doc], target: str) -> None:
        for model, group in self._group(docs, lambda d: d.post_translation).items():

            def work(ds: list[_Doc], model: str = model) -> None:
                picks = {id(d): split_sentences(d.summary or "", d.language) for d in ds}
                paragraphs = self._translate_docs(ds, model, lambda d: picks[id(d)])
                for doc, paras in zip(ds, paragraphs, strict=True):
                    doc.models["translation"] = model
                    doc.summary = " ".join(p for p in paras if p)

            self._run_group(group, work)

    def _full_translation(self, docs: list[_Doc], target: str) -> None:
        todo = [d for d in docs if d.translated_paragraphs is None and d.language != target]
        for doc in todo:
            if doc.post_translation is None and doc.pre_translation is None:
                try:
                    doc.post_translation = self._translation_model(doc.language, target)
                except SummarizerError as exc:
                    doc.warnings.append(f"full translation skipped: {exc}")
        for model, group in self._group(todo, lambda d: d.pre_translation or d.post_translation).items():

            def work(ds: list[_Doc], model: str = model) -> None:
                paragraphs = self._translate_docs(ds, model, lambda d: d.sentences)
                for doc, paras in zip(ds, paragraphs, strict=True):
                    doc.models.setdefault("translation", model)
                    doc.translated_paragraphs = paras

            self._run_group(group, work)

    def _result(self, doc: _Doc, target: str, full_translation: bool) -> Result:
        translation = None
        paragraphs = None
        if full_translation:
            translated = doc.translated_paragraphs if doc.language != target else list(doc.paragraphs)
            if translated is not None:
                translated = translated + [""] * (len(doc.paragraphs) - len(translated))
                paragraphs = [{"source": s, "translation": t} for s, t in zip(doc.paragraphs, translated, strict=False)]
                translation = "\n\n".join(t for t in translated if t)
        result = Result(
            summary=doc.summary or "",
            summary_source=doc.summary_source,
            source_language=doc.language,
            target_language=target,
            strategy=self.strategy,
            models=dict(doc.models),
            translation=translation,
            paragraphs=paragraphs,
            warnings=list(doc.warnings),
            timings=dict(doc.timings),
            chunks=doc.chunks,
        )
        if self.options.check_facts:
            t0 = time.perf_counter()
            result.flags = self._check_facts(doc, result)
            result.timings["facts"] = round(time.perf_counter() - t0, 4)
            if result.flags:
                result.warnings.append(
                    f"{len(result.flags)} figure(s) in the output are not supported by the article: check them"
                )
        return result

    def _check_facts(self, doc: _Doc, result: Result) -> list[dict]:
        """Flag every figure of the outputs that the article does not support.

        The source-language summary and the full translation are checked against the article.
        The target-language summary is checked against the article too, and each of its flags
        says whether the source-language summary already had the figure (the summarizer
        invented it) or not (the translation changed it).
        """
        from summarizer import facts

        article = "\n\n".join(doc.paragraphs)
        src, target = doc.language, result.target_language
        flags: list[dict] = []
        checks = [
            ("summary_source", result.summary_source, src),
            ("summary", result.summary, target),
            ("translation", result.translation, target),
        ]
        for output, text, lang in checks:
            if not text or (output == "summary" and text == result.summary_source):
                continue
            for flag in facts.check(article, text, source_lang=src, output_lang=lang):
                record = {"output": output, **flag.to_dict()}
                if output == "summary" and result.summary_source and lang != src:
                    in_source_summary = not facts.check(
                        result.summary_source, flag.text, source_lang=src, output_lang=lang
                    )
                    record["reason"] += (
                        "; the source-language summary has it too (invented by the summarizer)"
                        if in_source_summary
                        else "; the source-language summary does not have it (changed in translation)"
                    )
                flags.append(record)
        return flags
