"""Model presets and model cards, read from ``models/presets.toml``.

One human-readable file lists the presets (which models, which strategy) and, for every
model, its license, size and published score. This module reads it and answers routing
questions such as "which model translates German to English?".
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.config import STRATEGIES
from summarizer.errors import OptionError

_CANDIDATES = (
    Path(__file__).resolve().parent / "presets.toml",  # installed wheel
    Path(__file__).resolve().parents[1] / "models" / "presets.toml",  # source checkout
)

# Source languages with a Helsinki-NLP/opus-mt-{src}-en model on the Hugging Face Hub.
OPUS_MT_TO_ENGLISH = frozenset(
    [
        "fr",
        "de",
        "es",
        "it",
        "nl",
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
        "hu",
        "bg",
        "vi",
        "id",
        "he",
        "hi",
    ]
)


@dataclass(frozen=True)
class ModelCard:
    """What we know about one model from the presets file (license, size, languages...)."""

    id: str
    task: str
    languages: tuple[str, ...] = ()
    target_language: str | None = None
    target_languages: tuple[str, ...] = ()  # a multilingual translation model: every language it writes
    architecture: str | None = None
    parameters: str | None = None
    size_mb: float | None = None
    max_input_tokens: int | None = None
    license: str | None = None
    commercial_use: bool | None = None
    weights: str | None = None
    published: str | None = None
    source: str | None = None
    prefix: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def accepts(self, language: str) -> bool:
        """True when the model is made for input in ``language`` (or for any language)."""
        return not self.languages or "*" in self.languages or language in self.languages

    def translates(self, source: str, target: str) -> bool:
        """True when this translation model translates ``source`` into ``target``."""
        if self.task != "translation" or source == target or not self.accepts(source):
            return False
        if self.target_languages:
            return "*" in self.target_languages or target in self.target_languages
        return self.target_language == target

    @property
    def license_label(self) -> str:
        """The license, with a clear NON-COMMERCIAL mark when commercial use is not allowed."""
        label = self.license or "unknown license"
        return f"{label} (NON-COMMERCIAL)" if self.commercial_use is False else label


@dataclass(frozen=True)
class Preset:
    """A named combination of strategy and models."""

    name: str
    strategy: str
    summarization_model: str | None = None
    translation_model: str | None = None
    description: str = ""
    backend: str | None = None
    ranker: str | None = None  # model card of the sentence ranker an extractive preset uses (license)


@dataclass(frozen=True)
class Catalog:
    """The parsed presets file."""

    default: str
    presets: dict[str, Preset]
    models: dict[str, ModelCard]


def _card(model_id: str, raw: dict[str, Any]) -> ModelCard:
    known = {f for f in ModelCard.__dataclass_fields__ if f not in ("id", "extra")}
    values = {k: v for k, v in raw.items() if k in known}
    for key in ("languages", "target_languages"):
        if key in values:
            values[key] = tuple(values[key])
    extra = {k: v for k, v in raw.items() if k not in known}
    return ModelCard(id=model_id, task=values.pop("task", "unknown"), extra=extra, **values)


@functools.lru_cache(maxsize=4)
def load_catalog(path: str | None = None) -> Catalog:
    """Read and validate the presets file.

    Args:
        path: a presets TOML file; by default the one shipped with the package.

    Raises:
        FileNotFoundError: when no presets file can be found.
        ValueError: when a preset names an unknown strategy.
    """
    file = Path(path) if path else next((p for p in _CANDIDATES if p.is_file()), None)
    if file is None:
        raise FileNotFoundError("models/presets.toml not found; reinstall summarizer")
    raw = tomllib.loads(file.read_text(encoding="utf-8"))
    presets = {}
    for name, spec in raw.get("presets", {}).items():
        strategy = spec.get("strategy", "summarize-translate")
        if strategy not in STRATEGIES:
            raise OptionError(f"preset {name!r}: unknown strategy {strategy!r}; choose from {', '.join(STRATEGIES)}")
        presets[name] = Preset(
            name=name,
            strategy=strategy,
            summarization_model=spec.get("summarization_model"),
            translation_model=spec.get("translation_model"),
            description=spec.get("description", ""),
            backend=spec.get("backend"),
            ranker=spec.get("ranker"),
        )
    models = {mid: _card(mid, spec) for mid, spec in raw.get("models", {}).items()}
    default = raw.get("default") or next(iter(presets))
    return Catalog(default=default, presets=presets, models=models)


def preset_names() -> list[str]:
    """Names of the available presets, default first."""
    catalog = load_catalog()
    return [catalog.default] + [n for n in catalog.presets if n != catalog.default]


def get_preset(name: str | None = None) -> Preset:
    """Return a preset by name (the default preset for None).

    Raises:
        OptionError: (a ``ValueError``) for an unknown name, listing the valid ones.
    """
    catalog = load_catalog()
    name = name or catalog.default
    if name not in catalog.presets:
        raise OptionError(f"unknown preset {name!r}; choose from {', '.join(preset_names())}")
    return catalog.presets[name]


def model_card(model: str | None) -> ModelCard | None:
    """The card of a model id from the presets file, or None for unknown ids and local dirs."""
    if not model:
        return None
    return load_catalog().models.get(model)


def translation_route(source: str, target: str) -> str | None:
    """The one-pair (OPUS-MT) model id that translates ``source`` into ``target``, when one is known;
    multilingual models are not routed to unasked (they are large downloads): see :func:`covering_model`."""
    for card in load_catalog().models.values():
        if not card.target_languages and card.translates(source, target) and source in card.languages:
            return card.id
    if target == "en" and source in OPUS_MT_TO_ENGLISH:
        return f"Helsinki-NLP/opus-mt-{source}-en"
    return None


def covering_model(source: str, target: str) -> ModelCard | None:
    """A multilingual translation model of the presets file that covers ``source`` -> ``target``,
    commercially usable ones first (named in "no route" errors)."""
    import langcodes

    known = langcodes.tag_is_valid(source) and langcodes.tag_is_valid(target)  # "*" covers real languages only
    cards = [
        c
        for c in load_catalog().models.values()
        if c.target_languages and c.translates(source, target) and (known or "*" not in c.languages)
    ]
    cards.sort(key=lambda c: c.commercial_use is not True)
    return cards[0] if cards else None
