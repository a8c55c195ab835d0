"""The ``Summarizer``: cleaning, language routing, map-reduce summarization, sentence-level
translation and the fact guard, for one article or many at once.

``Summarizer`` is a thin orchestrator: it prepares each article (clean, detect the language,
split sentences), asks :mod:`summarizer.routing` for a plan, and runs the stages of
:mod:`summarizer.stages` on groups of articles that share a model. Every stage works on lists
of articles so batch mode gets pooled, length-sorted model calls for free; ``summarize(text)``
is the one-article case. Models are loaded once per ``Summarizer`` and reused.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from summarizer import routing
from summarizer.backends import Backend, BackendFactory, backend_factory
from summarizer.backends.base import release_backends, trim_heap
from summarizer.config import PipelineOptions, SummarizerConfig, split_settings
from summarizer.errors import ModelNotAvailableError, SummarizerError
from summarizer.guard import check as check_result
from summarizer.guard.run import summary_warnings
from summarizer.model_spec import model_spec
from summarizer.ranking.links import link_sentences, set_translations
from summarizer.result import Paragraph, Result, SentenceLink
from summarizer.routing import EXTRACTIVE, SOURCE, Plan
from summarizer.sources import load
from summarizer.sources.article import Article, split_articles, with_source
from summarizer.stages import group_by, run_isolated
from summarizer.stages.evidence import PARAGRAPH_SEPARATOR, add_evidence
from summarizer.stages.prepare import prepare_article
from summarizer.stages.summarize import Summary, linked_extractive_summary, map_reduce
from summarizer.stages.translate import translate_documents, translate_sentences
from summarizer.text.sentences import Sentence, join_paragraphs, split_paragraph_sentences, split_sentences

log = logging.getLogger("summarizer")


@dataclass
class _Doc:
    """Working state of one article through the stages."""

    index: int
    text: str
    language: str = "fr"
    paragraphs: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    models: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    # What the summarizer reads (source paragraphs, or their translation) and in which language.
    work_sentences: list[str] = field(default_factory=list)
    work_language: str = "fr"
    translated_paragraphs: list[str] | None = None
    sentence_translations: list[str] | None = None
    summary_translations: list[str] | None = None
    summary_source: str | None = None
    summary: str | None = None
    chunks: int = 1
    error: SummarizerError | None = None
    headings: frozenset[int] = frozenset()
    title: str | None = None  # the article's headline, when its source gives one
    links: list[dict] | None = None  # extractive: one link per chosen article sentence
    # The plan (model ids; "extractive" for the model-free summarizer)
    pre_translation_model: str | None = None
    summarization_model: str | None = None
    post_translation_model: str | None = None
    # The summary's language (the call's target, or the article's own for "source") and the
    # language the summarizer works in when it differs from both (translate, summarize, translate back).
    target: str = "en"
    pivot: str | None = None


def _fail(doc: _Doc, error: SummarizerError) -> None:
    doc.error = error


def _by_route(
    docs: list[_Doc], model: Callable[[_Doc], str | None], source: Callable[[_Doc], str], target: Callable[[_Doc], str]
) -> dict[tuple[str, str, str], list[_Doc]]:
    """Documents by (model, source language, target language): a multilingual model is steered by
    one pair of language codes per call."""
    groups: dict[tuple[str, str, str], list[_Doc]] = {}
    for doc in docs:
        name = model(doc)
        if name:
            groups.setdefault((name, source(doc), target(doc)), []).append(doc)
    return groups


class Summarizer:
    """French (or other) news article in, short faithful English summary out.

    Configure it with a :class:`~summarizer.config.SummarizerConfig` (what is loaded and how)
    and :class:`~summarizer.config.PipelineOptions` (what each call does), or with the same
    settings as flat keywords (``Summarizer(preset="quality", device="cpu", length="short")``);
    keywords override the objects' fields.

    Args:
        preset: name of a preset from ``models/presets.toml`` (default: the file's default).
        config: what is loaded and how (models, strategy, device, backend, threads...).
        options: the defaults of every call (length, languages, beams, fact check...).
        backend_factory: ``f(ModelSpec) -> Backend`` that loads each model (default: the
            configured backend, :func:`summarizer.backends.backend_factory`).
        **settings: any field of ``SummarizerConfig`` or ``PipelineOptions``:
            summarization_model, translation_model, strategy, device, backend, threads,
            quantization, allow_pickle, local_files_only, max_chars; source_language,
            target_language, length, full_translation, num_beams, check_facts, check_entities, max_chunks.

    Raises:
        OptionError: (a ``ValueError``) unknown preset, strategy, length, device or backend,
            listing the choices.
    """

    def __init__(
        self,
        preset: str | None = None,
        *,
        config: SummarizerConfig | None = None,
        options: PipelineOptions | None = None,
        backend_factory: BackendFactory | None = None,
        **settings: Any,
    ) -> None:
        config_fields, option_fields = split_settings(settings)
        if preset is not None:
            config_fields["preset"] = preset
        self.config = dataclasses.replace(config or SummarizerConfig(), **config_fields)
        self.options = dataclasses.replace(options or PipelineOptions(), **option_fields)
        self.models = routing.choose_models(self.config)
        self._factory = backend_factory
        self._backends: dict[str, Backend] = {}
        self._lock = threading.RLock()

    # ------------------------------------------------------------------ configuration (read-only views)
    @property
    def strategy(self) -> str:
        """The strategy in use (the config's, else the preset's)."""
        return self.models.strategy

    @property
    def summarization_model(self) -> str | None:
        """The summarization model id or directory in use."""
        return self.models.summarization_model

    @property
    def translation_model(self) -> str | None:
        """The configured translation model (other languages are routed to other models)."""
        return self.models.translation_model

    @property
    def backend_name(self) -> str:
        """The backend models are loaded with ("auto", "torch", "ctranslate2")."""
        return self.models.backend

    @property
    def max_chars(self) -> int | None:
        """The largest article accepted, in characters."""
        return self.config.max_chars

    @property
    def loaded_backends(self) -> dict[str, Backend]:
        """The models loaded so far: model id or directory -> its backend (a copy)."""
        with self._lock:
            return dict(self._backends)

    # ------------------------------------------------------------------ models
    def backend(self, model: str, role: str) -> Backend:
        """The loaded backend for ``model`` (loaded on first use, then reused)."""
        with self._lock:
            if model not in self._backends:
                factory = self._factory or backend_factory(self.backend_name)
                started = time.perf_counter()
                self._backends[model] = factory(model_spec(model, role, self.config))
                log.info("loaded %s (%s) in %.1fs", model, self._backends[model].name, time.perf_counter() - started)
            return self._backends[model]

    def unload(self, keep: Sequence[str] = ()) -> int:
        """Release the loaded models except those in ``keep`` and free their memory; returns how many."""
        return release_backends(self._backends, self._lock, keep)

    def load(self, target_language: str | None = None) -> Summarizer:
        """Load now (not on first use) the models an article in the default language needs for a
        summary in ``target_language`` (default: the Summarizer's); returns self. A French summary
        of the ``faithful`` preset needs none."""
        for model, role in routing.models_to_load(self.models, target_language or self.options.target_language):
            self.backend(model, role)
        return self

    # ------------------------------------------------------------------ public API
    def call_options(self, options: PipelineOptions | None = None, **overrides: Any) -> PipelineOptions:
        """The options of one call: ``options`` (default: the Summarizer's) with the non-None
        ``overrides`` applied.

        Raises:
            OptionError: for an unknown length.
        """
        return dataclasses.replace(options or self.options, **{k: v for k, v in overrides.items() if v is not None})

    def summarize(
        self,
        text: str | Article,
        *,
        full_translation: bool | None = None,
        length: str | None = None,
        source_language: str | None = None,
        target_language: str | None = None,
        options: PipelineOptions | None = None,
    ) -> Result:
        """Summarize one article.

        Args:
            text: the article, or a :class:`~summarizer.sources.Article` (its metadata becomes
                ``Result.source``, its warnings come first in ``Result.warnings``).
            full_translation: also translate the whole article, paragraph by paragraph.
            length: "short", "medium" or "long" (default: the Summarizer's).
            source_language: force the source language for this call.
            target_language: summary language for this call (an ISO 639 code, or "source" for the article's own).
            options: all the options of this call at once (the keywords override its fields).

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
            options=options,
        )[0]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def summarize_source(self, location: str, *, fetch_options: Any = None, **keywords: Any) -> Result:
        """Read an article from a URL or a file (.pdf, .docx, .html, .txt) and :meth:`summarize` it.

        ``fetch_options``: a :class:`summarizer.sources.fetch.FetchOptions` (default: its defaults,
        private addresses refused); the other keywords are those of :meth:`summarize`.

        Raises:
            SourceError: the URL is refused or not fetched, or the file has no text; else as :meth:`summarize`.
        """
        return self.summarize(load(location, options=fetch_options), **keywords)

    def summarize_many(
        self,
        texts: Sequence[str | Article],
        *,
        full_translation: bool | None = None,
        length: str | None = None,
        source_language: str | None = None,
        target_language: str | None = None,
        options: PipelineOptions | None = None,
        on_stage: Callable[[str], None] | None = None,
    ) -> list[Result | SummarizerError]:
        """Summarize several articles with pooled, batched model calls.

        Args:
            texts: the articles: texts, or :class:`~summarizer.sources.Article` objects (see :meth:`summarize`).
            full_translation, length, source_language, target_language, options: as for
                :meth:`summarize`.
            on_stage: called with each stage's name as it starts: "translate", "summarize",
                then "check" (the fact and name guard, while results are built).

        Returns:
            One item per input, in order: a :class:`Result`, or the :class:`SummarizerError`
            that stopped that article (the others are unaffected).
        """
        texts, articles = split_articles(texts)
        opts = self.call_options(
            options,
            full_translation=full_translation,
            length=length,
            source_language=source_language,
            target_language=target_language,
        )
        target = opts.target_language
        started = time.perf_counter()
        docs = [self._prepare(i, t, opts.source_language) for i, t in enumerate(texts)]
        for doc, article in zip(docs, articles, strict=True):
            doc.title = article.title if article is not None else None
            if doc.error is None:
                self._plan(doc, doc.language if target == SOURCE else target)
        stages: list[tuple[str, Callable[[list[_Doc]], None], Callable[[_Doc], bool]]] = [
            ("translate", lambda ds: self._pre_translate(ds, opts), lambda d: d.pre_translation_model is not None),
            ("summarize", lambda ds: self._summarize(ds, opts), lambda d: True),
            ("translate", lambda ds: self._post_translate(ds, opts), lambda d: d.post_translation_model is not None),
        ]
        if opts.full_translation:
            stages.append(("translate", lambda ds: self._full_translation(ds, opts), lambda d: d.language != d.target))
        live = docs
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
            trim_heap()  # the next stage's memory does not stack on this one's freed buffers
            for doc in live:
                doc.timings[name] = round(doc.timings.get(name, 0.0) + time.perf_counter() - t0, 4)
        if on_stage and any(d.error is None for d in docs):
            on_stage("check")
        results: list[Result | SummarizerError] = []
        for doc in docs:
            if doc.error is not None:
                results.append(doc.error)
                continue
            result = self._result(doc, opts)
            result.timings["total"] = round(time.perf_counter() - started, 4)
            results.append(with_source(result, articles[doc.index]))
        return results

    def translate(self, text: str, *, source_language: str | None = None, target_language: str | None = None) -> str:
        """Translate a whole text sentence by sentence, keeping its paragraphs.

        Raises:
            InputError: for unusable input.
            UnsupportedLanguageError: when no translation model covers the language pair.
            GenerationError: the model failed while generating.
        """
        (outcome,) = self.translate_many([text], source_language=source_language, target_language=target_language)
        if isinstance(outcome, SummarizerError):  # a model failing at run time is a GenerationError
            raise outcome
        return outcome

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
            if doc.language == target or target == SOURCE:
                out[doc.index] = "\n\n".join(doc.paragraphs)
                continue
            try:
                groups.setdefault(routing.translation_model(self.models, doc.language, target), []).append(doc)
            except SummarizerError as exc:
                out[doc.index] = exc
        for model, group in groups.items():
            for language, same in group_by(group, lambda d: d.language).items():

                def work(ds: list[_Doc], model: str = model, language: str = language) -> None:
                    sentences = [d.sentences for d in ds]
                    paragraphs = self._translate(model, sentences, self.options.num_beams, None, language, target)
                    for doc, paras in zip(ds, paragraphs, strict=True):
                        out[doc.index] = "\n\n".join(p for p in paras if p)

                run_isolated(same, work, _fail)
            for doc in group:
                if doc.error is not None:
                    out[doc.index] = doc.error
        return out

    def plan(self, language: str, target_language: str | None = None) -> Plan:
        """Which model would do what for an article in ``language`` (see :func:`summarizer.routing.plan_route`).

        Raises:
            UnsupportedLanguageError: no route for the pair.
        """
        return routing.plan_route(self.models, language, target_language or self.options.target_language)

    # ------------------------------------------------------------------ preparation and plan
    def _prepare(self, index: int, text: str, forced_language: str | None) -> _Doc:
        doc = _Doc(index=index, text=text if isinstance(text, str) else "")
        t0 = time.perf_counter()
        try:
            prepared = prepare_article(
                text,
                name="input" if index == 0 else f"input {index}",
                max_chars=self.config.max_chars,
                language=forced_language,
                default_language=routing.default_language(self.models),
            )
        except SummarizerError as exc:
            doc.error = exc
        else:
            doc.paragraphs, doc.sentences = prepared.paragraphs, prepared.sentences
            doc.work_sentences, doc.warnings = prepared.work_sentences, prepared.warnings
            doc.notes = list(prepared.notes)
            doc.headings = prepared.headings
            doc.language = doc.work_language = prepared.language
        doc.timings["clean"] = round(time.perf_counter() - t0, 4)
        return doc

    def _plan(self, doc: _Doc, target: str) -> None:
        try:
            plan = routing.plan_route(self.models, doc.language, target)
        except SummarizerError as exc:
            doc.error = exc
            return
        doc.pre_translation_model = plan.pre_translation_model
        doc.summarization_model = plan.summarization_model
        doc.post_translation_model = plan.post_translation_model
        doc.target, doc.pivot = plan.target_language, plan.pivot_language
        doc.warnings.extend(plan.warnings)
        doc.notes.extend(plan.notes)

    # ------------------------------------------------------------------ stages
    def _translate(
        self,
        model: str,
        sentences: list[list[Sentence]],
        beams: int | None,
        notes=None,
        source: str | None = None,
        target: str | None = None,
    ) -> list[list[str]]:
        """Each document's sentences translated by ``model`` from ``source`` into ``target``, as its
        paragraphs (``notes``: per-document warnings)."""
        backend = self.backend(model, "translation")
        return translate_documents(backend, sentences, beams, notes, source_language=source, target_language=target)

    def _pre_translate(self, docs: list[_Doc], opts: PipelineOptions) -> None:
        routes = _by_route(docs, lambda d: d.pre_translation_model, lambda d: d.language, lambda d: d.pivot or d.target)
        for (model, language, into), group in routes.items():

            def work(ds: list[_Doc], model: str = model, language: str = language, into: str = into) -> None:
                backend, notes = self.backend(model, "translation"), [d.warnings for d in ds]
                each = translate_sentences(
                    backend, [d.sentences for d in ds], opts.num_beams, notes,
                    source_language=language, target_language=into)  # fmt: skip
                for doc, translated in zip(ds, each, strict=True):
                    doc.models["translation"], doc.sentence_translations = model, translated
                    doc.translated_paragraphs = join_paragraphs(doc.sentences, translated)
                    kept = [p for p in doc.translated_paragraphs if p.strip()]
                    doc.work_sentences = [s.text for s in split_paragraph_sentences(kept, into)]
                    doc.work_language = into

            run_isolated(group, work, _fail)

    def _summarize(self, docs: list[_Doc], opts: PipelineOptions) -> None:
        for model, group in group_by(docs, lambda d: d.summarization_model).items():
            if model == EXTRACTIVE:
                for doc in group:
                    summary, doc.links, scorer = linked_extractive_summary(
                        doc.paragraphs, doc.sentences, doc.work_sentences, doc.headings, opts.length,
                        doc.work_language, aligned=doc.pre_translation_model is None, headline=doc.title)  # fmt: skip
                    doc.models.update(summarization=EXTRACTIVE, ranker=scorer)
                    self._set_summary(doc, summary)
                continue

            def work(ds: list[_Doc], model: str = model) -> None:
                summaries = map_reduce(
                    self.backend(model, "summarization"),
                    [d.work_sentences for d in ds],
                    [d.work_language for d in ds],
                    length=opts.length,
                    num_beams=opts.num_beams,
                    max_chunks=opts.max_chunks,
                    model=model,
                )
                for doc, summary in zip(ds, summaries, strict=True):
                    doc.models["summarization"] = model
                    self._set_summary(doc, summary)

            run_isolated(group, work, _fail)

    def _set_summary(self, doc: _Doc, summary: Summary) -> None:
        doc.chunks = summary.chunks
        doc.warnings.extend(summary.warnings)
        doc.notes.extend(summary.notes)
        writes_source = self.strategy != "crosslingual" or doc.summarization_model == EXTRACTIVE or doc.language == "en"
        if doc.work_language == doc.language and doc.pre_translation_model is None and writes_source:
            doc.summary_source = summary.text
        doc.summary = summary.text

    def _post_translate(self, docs: list[_Doc], opts: PipelineOptions) -> None:
        routes = _by_route(
            docs, lambda d: d.post_translation_model, lambda d: d.pivot or d.language, lambda d: d.target
        )
        for (model, language, into), group in routes.items():

            def work(ds: list[_Doc], model: str = model, language: str = language, into: str = into) -> None:
                # Extractive summaries translate exactly their chosen sentences, keeping each link.
                picks = [link_sentences(d.links) or split_sentences(d.summary or "", language) for d in ds]
                backend, notes = self._translator_for(ds, model), [d.warnings for d in ds]
                per_sentence = translate_sentences(
                    backend, picks, opts.num_beams, notes, source_language=language, target_language=into
                )
                for doc, pick, translated in zip(ds, picks, per_sentence, strict=True):
                    doc.models["translation"], doc.summary_translations = model, translated
                    doc.summary = " ".join(p for p in join_paragraphs(pick, translated) if p)
                    set_translations(doc.links, translated)

            run_isolated(group, work, _fail)

    def _translator_for(self, docs: list[_Doc], model: str) -> Backend:
        """The translator of a summary; when it cannot load and the summary needs no model (extractive),
        the error says how to get that summary in the article's language instead."""
        try:
            return self.backend(model, "translation")
        except ModelNotAvailableError as exc:
            language = docs[0].language
            if self.strategy != EXTRACTIVE or any(d.language != language for d in docs):
                raise
            raise ModelNotAvailableError(
                f"{exc}; the summary in the article's language needs no model: "
                f'target_language="{language}" (command line: --target-language {language})'
            ) from None

    def _full_translation(self, docs: list[_Doc], opts: PipelineOptions) -> None:
        todo = [d for d in docs if d.translated_paragraphs is None and d.language != d.target]
        full: dict[int, str] = {}
        for doc in todo:
            model = self._full_translation_model(doc)
            if model is None:
                try:
                    model = routing.translation_model(self.models, doc.language, doc.target)
                except SummarizerError as exc:
                    doc.warnings.append(f"full translation skipped: {exc}")
                    continue
            full[doc.index] = model
        routes = _by_route(todo, lambda d: full.get(d.index), lambda d: d.language, lambda d: d.target)
        for (model, language, into), group in routes.items():

            def work(ds: list[_Doc], model: str = model, language: str = language, into: str = into) -> None:
                notes = [d.warnings for d in ds]
                paragraphs = self._translate(model, [d.sentences for d in ds], opts.num_beams, notes, language, into)
                for doc, paras in zip(ds, paragraphs, strict=True):
                    doc.models.setdefault("translation", model)
                    doc.translated_paragraphs = paras

            run_isolated(group, work, _fail)

    @staticmethod
    def _full_translation_model(doc: _Doc) -> str | None:
        """The planned model that translates the article itself into its target, if any."""
        if doc.pivot is None:
            return doc.pre_translation_model or doc.post_translation_model
        return None

    # ------------------------------------------------------------------ result
    def _result(self, doc: _Doc, opts: PipelineOptions) -> Result:
        target = doc.target
        translation = None
        paragraphs = None
        if opts.full_translation:
            translated = doc.translated_paragraphs if doc.language != target else list(doc.paragraphs)
            if translated is not None:
                translated = translated + [""] * (len(doc.paragraphs) - len(translated))
                paragraphs = [Paragraph(s, t) for s, t in zip(doc.paragraphs, translated, strict=False)]
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
            notes=list(doc.notes),
            timings=dict(doc.timings),
            chunks=doc.chunks,
            article=PARAGRAPH_SEPARATOR.join(doc.paragraphs),
            sentence_links=None if doc.links is None else [SentenceLink.from_dict(link) for link in doc.links],
        )
        t0 = time.perf_counter()
        add_evidence(result, doc.paragraphs, doc.sentences, doc.work_sentences, doc.summary_translations,
                     doc.sentence_translations)  # fmt: skip
        result.timings["evidence"] = round(time.perf_counter() - t0, 4)
        if opts.check_facts:
            t0 = time.perf_counter()
            result.flags = check_result(result, entities=opts.check_entities, timings=result.timings)
            result.timings["facts"] = round(time.perf_counter() - t0, 4)
            result.warnings += summary_warnings(result.flags)
        return result
