"""The work behind the HTTP API: the models (loaded once, shared by every strategy a request may
ask for), articles read from text or URLs, and the micro-batcher that runs them.

Every answer is built the way the command line builds its own: text goes through the same
validation as a file or standard input, URLs through :func:`summarizer.sources.load` with the
same fetch limits and private-address rules, and results through ``Result.to_dict()`` — so
``POST /v1/summarize`` returns what ``summarizer summarize --format json`` prints.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import threading
import time
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from summarizer.backends import Backend, BackendFactory, ModelSpec, backend_factory
from summarizer.config import PipelineOptions
from summarizer.errors import OptionError, SummarizerError
from summarizer.pipeline import Summarizer
from summarizer.public import PathScrubber, public_name
from summarizer.routing import choose_models
from summarizer.serve.batcher import MicroBatcher
from summarizer.serve.metrics import Metrics
from summarizer.serve.settings import ServeSettings
from summarizer.verify import verify as verify_pair

log = logging.getLogger("summarizer.serve")

SUMMARIZE = "summarize"
TRANSLATE = "translate"
VERIFY = "verify"


class SharedModels:
    """A backend factory that loads each model once for every Summarizer of the server and
    records its load time in the metrics."""

    def __init__(self, factory: BackendFactory, metrics: Metrics) -> None:
        self._factory = factory
        self._metrics = metrics
        self.label: Callable[[str], str] = str  # the metrics label of a model
        self._loaded: dict[ModelSpec, Backend] = {}
        self._lock = threading.Lock()

    def __call__(self, spec: ModelSpec) -> Backend:
        with self._lock:
            if spec not in self._loaded:
                started = time.perf_counter()
                self._loaded[spec] = self._factory(spec)
                self._metrics.model_load.labels(self.label(spec.model)).set(round(time.perf_counter() - started, 3))
            return self._loaded[spec]


class SummaryService:
    """Models, inputs and batching of one server.

    Args:
        settings: the server's settings (model configuration, default options, limits).
        metrics: where batch sizes, queue depth and load times are recorded.
        factory: how models are loaded (default: the configured backend).
    """

    def __init__(self, settings: ServeSettings, metrics: Metrics, factory: BackendFactory | None = None) -> None:
        self.settings = settings
        self.metrics = metrics
        self._models = SharedModels(factory or backend_factory(choose_models(settings.config).backend), metrics)
        self._models.label = public_name
        self.default = Summarizer(config=settings.config, options=settings.options, backend_factory=self._models)
        self.strategies = tuple(dict.fromkeys([self.default.strategy, *settings.strategies]))
        self._summarizers: dict[str, Summarizer] = {self.default.strategy: self.default}
        self._lock = threading.Lock()
        self.public = PathScrubber([settings.config.summarization_model, settings.config.translation_model])
        self.ready = threading.Event()
        self.load_error: str | None = None
        self.batcher = MicroBatcher(
            self._run,
            max_queue=settings.queue_size,
            max_batch=settings.max_batch,
            max_wait=settings.batch_wait_ms / 1000,
            on_batch=metrics.batch_size.observe,
            on_depth=metrics.queue_depth.set,
        )

    # ------------------------------------------------------------------ life
    def start(self) -> None:
        """Start the batcher, and load the models in the background when ``settings.preload``."""
        self.batcher.start()
        if self.settings.preload:
            threading.Thread(target=self.load, name="summarizer-load", daemon=True).start()
        else:
            self.ready.set()

    def load(self) -> None:
        """Load the default strategy's models now; ``ready`` is set once they are in memory."""
        try:
            self.default.load()
        except Exception as exc:  # the server stays up and says why in /ready and its log
            self.load_error = "the models could not be loaded; see the server log"
            log.error("loading the models failed: %s", exc)
            return
        self.ready.set()

    def stop(self) -> None:
        """Stop the batcher (waiting requests fail)."""
        self.batcher.stop()

    def loaded_models(self) -> list[str]:
        """The models in memory (Hugging Face ids, or local folders by their name)."""
        return sorted(public_name(model) for model in self.default.loaded_backends)

    # ------------------------------------------------------------------ options
    def summarizer(self, strategy: str | None) -> Summarizer:
        """The Summarizer of ``strategy`` (None: the server's), sharing the loaded models.

        Raises:
            OptionError: a strategy this server does not offer.
        """
        strategy = strategy or self.default.strategy
        if strategy not in self.strategies:
            raise OptionError(f"strategy {strategy!r} is not offered here; choose from {', '.join(self.strategies)}")
        with self._lock:
            if strategy not in self._summarizers:
                config = dataclasses.replace(self.settings.config, strategy=strategy)
                self._summarizers[strategy] = Summarizer(
                    config=config, options=self.settings.options, backend_factory=self._models
                )
            return self._summarizers[strategy]

    def call_options(self, **overrides: Any) -> PipelineOptions:
        """The server's default options with a request's non-None values.

        Raises:
            OptionError: an invalid value (listing the choices).
        """
        return self.default.call_options(**overrides)

    # ------------------------------------------------------------------ inputs
    def read_text(self, text: str, name: str = "text") -> str:
        """Validated article text, as ``summarize`` reads a file or standard input (HTML reduced to its article).

        Raises:
            InputError: empty, binary-looking, no letters, or longer than the server's ``max_chars``.
        """
        from summarizer.sources.text import read_text

        return read_text(text, name, max_chars=self.default.max_chars)

    def fetch(self, url: str) -> Any:
        """The article at ``url``, fetched as ``summarize URL`` fetches it (same private-address rules).

        Raises:
            SourceError: the URL is refused, cannot be fetched, or holds no article text.
        """
        from summarizer.sources import load
        from summarizer.sources.text import check_text

        article = load(url, options=self.settings.fetch_options)
        check_text(article.text, url, self.default.max_chars)
        return article

    # ------------------------------------------------------------------ work
    async def summarize(self, article: Any, strategy: str | None, options: PipelineOptions) -> Any:
        """The pipeline's outcome for one article (a ``Result`` or a ``SummarizerError``), run in
        a batch with the requests of the same strategy and options that arrive with it.

        Raises:
            QueueFull: too many requests are waiting.
        """
        summarizer = self.summarizer(strategy)
        key = (SUMMARIZE, summarizer.strategy, options)
        return await asyncio.wrap_future(self.batcher.submit(key, article))

    async def translate(self, text: str, source_language: str | None, target_language: str | None) -> Any:
        """The translation of one text (a ``str`` or a ``SummarizerError``), batched like :meth:`summarize`."""
        target = target_language or self.settings.options.target_language
        key = (TRANSLATE, source_language, target)
        return await asyncio.wrap_future(self.batcher.submit(key, text))

    async def verify(
        self, article: str, summary: str, source_language: str | None, summary_language: str | None
    ) -> Any:
        """``verify(article, summary).to_dict()`` (or the ``SummarizerError`` it raised), run on the
        batcher's thread like every model call (the verifier shares the guard's NER model).

        Raises:
            QueueFull: too many requests are waiting.
        """
        item = (article, summary, source_language, summary_language)
        return await asyncio.wrap_future(self.batcher.submit((VERIFY,), item))

    def _run(self, key: Hashable, items: list[Any]) -> Sequence[Any]:
        kind, *rest = key  # type: ignore[misc]
        if kind == SUMMARIZE:
            strategy, options = rest
            return self.summarizer(strategy).summarize_many(items, options=options)
        if kind == VERIFY:
            return [self._verify_one(*item) for item in items]
        source, target = rest
        return self.default.translate_many(items, source_language=source, target_language=target)

    def _verify_one(self, article: str, summary: str, source_language: str | None, summary_language: str | None) -> Any:
        try:
            verification = verify_pair(
                article, summary, source_language=source_language, summary_language=summary_language
            )
        except SummarizerError as exc:  # this pair's problem, answered to its caller only
            return exc
        return verification.to_dict()
