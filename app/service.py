"""What the web demo does, without any Gradio: validate input, pick and cache a ``Summarizer``
per preset, summarize, remember recent results, and read uploads and built-in examples.

Keeping this free of Gradio makes it testable on its own, and keeps ``ui.py`` to layout.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer import Summarizer
from summarizer.config import DEFAULT_MAX_CHARS, PipelineOptions, SummarizerConfig
from summarizer.errors import InputError, OptionError, SourceError, SummarizerError
from summarizer.options import LENGTHS
from summarizer.sources.article import MAX_TITLE_CHARS, with_title
from summarizer.sources.kinds import ARTICLE_SUFFIXES, DOCUMENT_SUFFIXES, HTML_SUFFIXES
from summarizer.sources.text import extract_html, looks_like_html

log = logging.getLogger("summarizer.app")

CUSTOM = "custom"
CUSTOM_LABEL = "custom (local models)"
TARGET_LANGUAGES = ("en", "fr", "de", "es", "it", "source")  # "source": the article's own
UPLOAD_SUFFIXES = ARTICLE_SUFFIXES  # the one table of input kinds
# PDF and Word files weigh far more than their text: their own upload limit.
DOCUMENT_MAX_BYTES = 20 * 1024 * 1024
EXAMPLES_DIR = Path(__file__).resolve().parent / "examples"
# Built-in examples: label shown to the reader -> file in app/examples/. Nothing else is ever read.
EXAMPLES: dict[str, str] = {
    "Mistral AI and SoftBank (AFP, 2024, with scraping noise)": "mistral_softbank_fr.txt",
    "Pension reform and coronavirus (OrangeSum 8844, CC BY-SA 4.0)": "orangesum_8844_fr.txt",
    "Jean-Jacques Urvoas indicted (OrangeSum 21419, CC BY-SA 4.0)": "orangesum_21419_fr.txt",
}

SummarizerFactory = Callable[[str | None], Any]


class DemoError(SummarizerError):
    """A problem to show the reader as one friendly line (no traceback)."""


@dataclass(frozen=True)
class PresetInfo:
    """One choice of the preset menu, with what a reader needs to pick it."""

    name: str
    strategy: str
    description: str
    models: tuple[tuple[str, str, str], ...]  # (role, model id, license label)

    @property
    def non_commercial(self) -> bool:
        """True when one of its models forbids commercial use."""
        return any("NON-COMMERCIAL" in lic for _, _, lic in self.models)

    @property
    def label(self) -> str:
        """Menu label: name, strategy and licenses, NON-COMMERCIAL marked."""
        licenses = sorted({lic for _, _, lic in self.models}) or ["no model"]
        return f"{self.name} — {self.strategy} — {', '.join(licenses)}"


def preset_infos() -> list[PresetInfo]:
    """The presets of ``models/presets.toml``, default first, with their models' licenses."""
    from summarizer.presets import load_catalog, model_card

    catalog = load_catalog()
    names = [catalog.default] + [n for n in catalog.presets if n != catalog.default]
    infos = []
    for name in names:
        preset = catalog.presets[name]
        models = []
        for role in ("summarization", "translation", "ranker"):
            model = getattr(preset, "ranker" if role == "ranker" else f"{role}_model")
            if model and not (preset.strategy == "crosslingual" and role == "translation"):
                card = model_card(model)
                models.append((role, model, card.license_label if card else "unknown license"))
        infos.append(PresetInfo(name, preset.strategy, preset.description, tuple(models)))
    return infos


def read_example(name: str, max_chars: int | None = DEFAULT_MAX_CHARS) -> str:
    """The text of a built-in example, chosen by its label from :data:`EXAMPLES`.

    Raises:
        DemoError: for a name that is not in the list.
    """
    from summarizer.sources.text import read_text

    file = EXAMPLES.get(name)
    if file is None:
        raise DemoError(f"unknown example {name!r}; choose one of: {'; '.join(EXAMPLES)}")
    return read_text((EXAMPLES_DIR / file).read_bytes(), file, html=False, max_chars=max_chars)


def upload_folder() -> Path:
    """The folder where Gradio keeps uploaded files (``GRADIO_TEMP_DIR`` or the system temp dir)."""
    return Path(os.environ.get("GRADIO_TEMP_DIR") or Path(tempfile.gettempdir()) / "gradio").resolve()


def read_upload(
    path: str | os.PathLike[str], max_chars: int | None = DEFAULT_MAX_CHARS, folder: str | Path | None = None
) -> str:
    """Article text from a file uploaded through Gradio (.txt, .md, .html, .pdf, .docx).

    Only files inside the server's upload folder (``folder``, default Gradio's) are read: any
    other path is refused. The read stops just past what ``max_chars`` allows.

    Raises:
        DemoError: for a path outside the upload folder, a wrong suffix, a file too large,
            or content that is not usable article text.
    """
    from summarizer.sources.text import read_bytes, read_text

    root = Path(folder).resolve() if folder else upload_folder()
    file = Path(path).resolve()
    if not file.is_relative_to(root) or not file.is_file():
        raise DemoError("that file was not uploaded through this page; upload it again")
    if file.suffix.lower() not in UPLOAD_SUFFIXES:
        raise DemoError(f"{file.name}: upload a {', '.join(UPLOAD_SUFFIXES)} file")
    document = file.suffix.lower() in DOCUMENT_SUFFIXES
    limit = DOCUMENT_MAX_BYTES if document else 4 * max_chars if max_chars else None
    if limit and file.stat().st_size > limit:
        raise DemoError(f"{file.name} is too large: {file.stat().st_size:,} bytes (limit {limit:,})")
    if document:
        from summarizer.sources import read_bytes as read_document

        try:
            text = read_document(read_bytes(file, DOCUMENT_MAX_BYTES // 4, file.name), file.name).text
        except (SourceError, InputError) as exc:
            raise DemoError(str(exc)) from None
        if max_chars and len(text) > max_chars:
            raise DemoError(f"{file.name} is too long: {len(text):,} characters (limit {max_chars:,})")
        return text
    try:
        return read_text(
            read_bytes(file, max_chars, file.name),
            file.name,
            html=True if file.suffix.lower() in HTML_SUFFIXES else None,
            max_chars=max_chars,
        )
    except InputError as exc:
        raise DemoError(str(exc)) from None


class SummarizerPool:
    """One ``Summarizer`` per preset, built on first use and kept for the process's life;
    plus a small cache of recent results (the models are deterministic).

    Args:
        summarizer: the :class:`SummarizerConfig` of every Summarizer (its preset is the
            start-up choice), or a factory ``f(preset_name_or_None) -> Summarizer``.
        options: the defaults of every request (length, target language...).
        max_chars: largest article accepted, in characters.
        presets_selectable: whether readers may switch presets (default: unless the
            configuration names models or a strategy explicitly).
        cache_size: how many recent results to keep (0: none).
        fetch_options: limits for URLs (a :class:`summarizer.sources.fetch.FetchOptions`; default:
            its defaults, so private and loopback addresses are refused).
        max_loaded: most Summarizers (model sets) kept loaded; the least recently used one is
            released beyond it (its memory freed).
    """

    def __init__(
        self,
        summarizer: SummarizerConfig | SummarizerFactory | None = None,
        *,
        options: PipelineOptions | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
        presets_selectable: bool | None = None,
        cache_size: int = 32,
        fetch_options: Any = None,
        max_loaded: int = 2,
    ) -> None:
        if max_chars < 1:
            raise OptionError("max_chars must be at least 1")
        if max_loaded < 1:
            raise OptionError("max_loaded must be at least 1")
        self.max_loaded = max_loaded
        config = summarizer if isinstance(summarizer, SummarizerConfig) else SummarizerConfig()
        options = options or PipelineOptions()
        self.config: SummarizerConfig | None = None if callable(summarizer) else config
        self.max_chars = max_chars
        self.cache_size = max(0, cache_size)
        self.presets = {info.name: info for info in preset_infos()}
        self.default_preset = next(iter(self.presets))
        overridden = any((config.summarization_model, config.translation_model, config.strategy))
        self.presets_selectable = not overridden if presets_selectable is None else presets_selectable
        if callable(summarizer):
            self._factory: SummarizerFactory = summarizer
        else:
            config = dataclasses.replace(config, max_chars=max_chars)
            self._factory = lambda preset: Summarizer(
                config=dataclasses.replace(config, preset=preset or config.preset), options=options
            )
        if config.preset:
            if config.preset not in self.presets:
                raise OptionError(f"unknown preset {config.preset!r}; choose from {', '.join(self.presets)}")
            self.default_preset = config.preset
        self.default_choice = self.default_preset if self.presets_selectable else CUSTOM
        # What runs instead of a preset, in the reader's words: local models, or only a strategy.
        explicit_models = bool(config.summarization_model or config.translation_model)
        self.custom_label = CUSTOM_LABEL if explicit_models else f"{config.strategy or 'custom'} (chosen at start-up)"
        started_with = "explicit models" if explicit_models else f"--strategy {config.strategy}"
        self.presets_note = (
            None
            if self.presets_selectable
            else f"Started with {started_with}: presets are off. Restart without it to choose a preset."
        )
        self.defaults = {
            "length": options.length or "medium",
            "target_language": options.target_language or "en",
        }
        self.target_languages = tuple(dict.fromkeys([*TARGET_LANGUAGES, self.defaults["target_language"]]))
        self._summarizers: OrderedDict[str, Any] = OrderedDict()
        self.model_refs = [str(m) for m in (config.summarization_model, config.translation_model) if m]
        self._loaded: set[str] = set()
        self._results: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.fetch_options = fetch_options
        self._fetcher: Any = None

    # ------------------------------------------------------------------ choices
    def preset_choices(self) -> list[tuple[str, str]]:
        """(label, value) pairs for the preset menu."""
        if not self.presets_selectable:
            return [(self.custom_label, CUSTOM)]
        return [(info.label, info.name) for info in self.presets.values()]

    def resolve_preset(self, preset: str | None) -> str:
        """The cache key of the Summarizer to use for a requested preset ("" = the default).

        Raises:
            DemoError: for an unknown preset, or any preset when the demo runs custom models.
        """
        preset = (preset or "").strip()
        if not preset or preset == self.default_choice:
            return self.default_choice
        if not self.presets_selectable:
            raise DemoError(
                f"this demo runs {self.custom_label}: presets cannot be chosen (use preset '' or '{CUSTOM}')"
            )
        if preset not in self.presets:
            raise DemoError(f"unknown preset {preset!r}; choose from {', '.join(self.presets)}")
        return preset

    def summarizer(self, key: str) -> Any:
        """The cached Summarizer for ``key`` (a preset name or ``custom``), built on first use."""
        with self._lock:
            if key not in self._summarizers:
                self._summarizers[key] = self._factory(None if key == CUSTOM else key)
            self._summarizers.move_to_end(key)
            while len(self._summarizers) > self.max_loaded:
                old_key, old = self._summarizers.popitem(last=False)
                self._loaded = {loaded for loaded in self._loaded if loaded[0] != old_key}
                if hasattr(old, "unload"):
                    old.unload()
                log.info("released the models of %s (more than %d model sets loaded)", old_key, self.max_loaded)
            return self._summarizers[key]

    def loaded_keys(self) -> list[str]:
        """The presets whose Summarizers are kept, least recently used first."""
        with self._lock:
            return list(self._summarizers)

    def preload(self, preset: str | None = None) -> None:
        """Load the models of ``preset`` (default: the start-up choice) now."""
        key = self.resolve_preset(preset)
        target = self.defaults["target_language"]
        self.summarizer(key).load(target)
        self._loaded.add((key, target))

    # ------------------------------------------------------------------ checks
    def check_options(self, length: str, target_language: str) -> None:
        """Raise :class:`DemoError` for a length or target language outside the choices."""
        if length not in LENGTHS:
            raise DemoError(f"unknown length {length!r}; choose from {', '.join(LENGTHS)}")
        if target_language not in self.target_languages:
            choices = ", ".join(self.target_languages)
            raise DemoError(f"unknown target language {target_language!r}; choose from {choices}")

    def check_text(self, text: Any) -> str:
        """The article text, or a :class:`DemoError` saying why it cannot be summarized."""
        if not isinstance(text, str):
            raise DemoError("send the article as text")
        if not text.strip():
            raise DemoError("The article is empty: paste a text, upload a file or pick an example.")
        if len(text) > self.max_chars:
            raise DemoError(
                f"The article is too long: {len(text):,} characters, and this demo accepts up to "
                f"{self.max_chars:,}. Paste a shorter article or an excerpt."
            )
        return text

    # ------------------------------------------------------------------ work
    def fetch(self, url: Any, progress: Callable[[str], None] | None = None) -> Any:
        """The article at ``url`` (a :class:`summarizer.sources.Article`), within the fetch limits.

        Raises:
            DemoError: an empty or refused URL (not http(s), a private or loopback address unless
                the server allows them), a failed fetch, or a page without article text.
        """
        from summarizer.sources import fetch_article
        from summarizer.sources.fetch import Fetcher, FetchOptions
        from summarizer.sources.netguard import CLI_OPT_IN

        if not isinstance(url, str) or not url.strip():
            raise DemoError("Enter the web address of an article (https://…).")
        url = url.strip()
        if "://" not in url:
            url = "https://" + url
        with self._lock:
            if self._fetcher is None:
                # A refused address is the operator's to allow: name the demo's option, not the API's.
                self._fetcher = Fetcher(self.fetch_options or FetchOptions(private_hint=CLI_OPT_IN))
            fetcher = self._fetcher
        try:
            article = fetch_article(url, fetcher, progress=progress)
        except (SourceError, InputError) as exc:
            raise DemoError(str(exc)) from None
        self.check_text(article.text)
        return article

    def summarize(
        self,
        text: Any,
        *,
        preset: str | None = None,
        length: str | None = None,
        full_translation: bool = False,
        target_language: str | None = None,
        on_stage: Callable[[str], None] | None = None,
        title: str | None = None,
    ) -> Any:
        """Summarize one article with the cached Summarizer of ``preset``; returns a ``Result``.

        Args:
            title: the article's headline (it replaces a page's own); it steers the extractive choice.
            on_stage: called with "load" (first use of a preset), then with the pipeline's
                stage names ("translate", "summarize", "check").

        Raises:
            DemoError: for unusable input or options, with a message for the reader.
            summarizer.errors.SummarizerError: model or language problems.
        """
        from summarizer.sources import Article

        article = text if isinstance(text, Article) else None
        text = self.check_text(article.text if article is not None else text)
        if article is None and looks_like_html(text):  # a pasted page, as `summarizer summarize` accepts one on stdin
            try:
                text = extract_html(text, "the pasted HTML")
            except InputError as exc:
                raise DemoError(str(exc)) from None
        if title is not None and not isinstance(title, str):
            raise DemoError("send the headline as text")
        if title and len(title) > MAX_TITLE_CHARS:
            raise DemoError(f"The headline is too long: {len(title):,} characters (up to {MAX_TITLE_CHARS:,}).")
        if title and title.strip():
            article = with_title(article if article is not None else text, title)
        length = length or self.defaults["length"]
        target_language = target_language or self.defaults["target_language"]
        self.check_options(length, target_language)
        key = self.resolve_preset(preset)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if article is not None:  # the same text from another page: another source in the result
            digest += hashlib.sha256(repr(sorted(article.source().items())).encode("utf-8")).hexdigest()
        cache_key = (key, length, bool(full_translation), target_language, digest)
        with self._lock:
            if cache_key in self._results:
                self._results.move_to_end(cache_key)
                return self._results[cache_key]
        summarizer = self.summarizer(key)
        if (key, target_language) not in self._loaded:
            if on_stage:
                on_stage("load")
            summarizer.load(target_language)  # only this summary language's models: a French one may need none
            self._loaded.add((key, target_language))
        try:
            outcome = summarizer.summarize_many(
                [article if article is not None else text],
                full_translation=bool(full_translation),
                length=length,
                target_language=target_language,
                on_stage=on_stage,
            )[0]
        except InputError as exc:
            raise DemoError(str(exc)) from None
        if isinstance(outcome, InputError):
            raise DemoError(str(outcome))
        if isinstance(outcome, Exception):
            raise outcome
        if hasattr(summarizer, "unload"):  # language routes load extra models: keep only this request's
            configured = [
                getattr(summarizer, "summarization_model", None),
                getattr(summarizer, "translation_model", None),
            ]
            summarizer.unload(keep=[m for m in [*configured, *outcome.models.values()] if m])
        if self.cache_size:
            with self._lock:
                self._results[cache_key] = outcome
                while len(self._results) > self.cache_size:
                    self._results.popitem(last=False)
        return outcome
