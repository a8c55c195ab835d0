"""Which model does what: a configuration resolved to models, then one article's language to a plan.

:func:`choose_models` turns a :class:`~summarizer.config.SummarizerConfig` into the strategy and
models it means (the preset filled in, options checked). :func:`plan_route` gives, for an
article's language and the wanted summary language, a frozen :class:`Plan`: the model that
translates before summarizing, the summarizer (a model, or ``"extractive"``), the model that
translates the summary, and a warning for every detour. Pure look-ups in the presets file: no
model is loaded here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from summarizer.backends.language_codes import language_codes
from summarizer.config import SOURCE_LANGUAGE, PipelineOptions, SummarizerConfig
from summarizer.errors import SummarizerError, UnsupportedLanguageError
from summarizer.presets import covering_model, get_preset, load_catalog, model_card, translation_route

EXTRACTIVE = "extractive"
# ``--target-language source``: summarize in the article's own language.
SOURCE = SOURCE_LANGUAGE


@dataclass(frozen=True)
class ModelChoice:
    """A configuration resolved against the presets file.

    Attributes:
        preset: the preset name used for everything the configuration does not set.
        strategy: the strategy in use.
        summarization_model: summarization model id or directory (None: none configured).
        translation_model: translation model id or directory (None: route by language).
        backend: the backend to load models with ("auto", "torch", "ctranslate2").
        explicit_summarizer: the summarization model was given, not taken from a preset.
        explicit_translation: the translation model was given, not taken from a preset.
    """

    preset: str
    strategy: str
    summarization_model: str | None
    translation_model: str | None
    backend: str
    explicit_summarizer: bool = False
    explicit_translation: bool = False


@dataclass(frozen=True)
class Plan:
    """What happens to one article.

    Attributes:
        language: the article's language.
        target_language: the summary's language.
        pre_translation_model: translates the article before summarizing (translate-summarize).
        summarization_model: the model that summarizes, or ``"extractive"``.
        post_translation_model: translates the summary (summarize-translate, extractive, or back
            from the pivot language).
        warnings: one per detour the reader should know about (extractive fallback...).
        notes: for information (routing to another model, no translation needed).
        pivot_language: the summarizer's language when it is neither the article's nor the
            summary's: the article is translated into it and the summary out of it.
    """

    language: str
    target_language: str
    pre_translation_model: str | None
    summarization_model: str | None
    post_translation_model: str | None
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    pivot_language: str | None = None


def check_options(options: PipelineOptions) -> None:
    """Kept for older callers: ``PipelineOptions`` check their own values when they are made."""


def choose_models(config: SummarizerConfig) -> ModelChoice:
    """Resolve ``config`` against the presets file.

    Raises:
        OptionError: unknown preset, strategy, device or backend (listing the choices).
    """
    chosen_name = config.preset
    chosen = get_preset(config.preset)
    strategy = config.strategy
    if strategy and strategy != chosen.strategy and config.preset is None and strategy != EXTRACTIVE:
        for name, preset in load_catalog().presets.items():
            if preset.strategy == strategy:
                chosen_name, chosen = name, preset
                break
    return ModelChoice(
        preset=chosen_name or load_catalog().default,
        strategy=strategy or chosen.strategy,
        summarization_model=config.summarization_model or chosen.summarization_model,
        translation_model=config.translation_model or chosen.translation_model,
        backend=config.backend if config.backend != "auto" or not chosen.backend else chosen.backend,
        explicit_summarizer=config.summarization_model is not None,
        explicit_translation=config.translation_model is not None,
    )


def models_to_load(models: ModelChoice, target_language: str | None = None) -> list[tuple[str, str]]:
    """The (model, role) pairs an article in the default source language needs when summarized
    into ``target_language`` (so ``--strategy extractive --target-language fr`` needs none; a
    translation model given explicitly is still loaded); without a target, or when that route does
    not exist, the configured models."""
    if target_language is not None:
        try:
            plan = plan_route(models, default_language(models), target_language)
        except SummarizerError:
            plan = None
        if plan is not None:
            pairs = [(plan.pre_translation_model, "translation"), (plan.summarization_model, "summarization")]
            pairs.append((plan.post_translation_model, "translation"))
            if models.explicit_translation and models.strategy != "crosslingual":
                pairs.append((models.translation_model, "translation"))
            return list(dict.fromkeys((m, role) for m, role in pairs if m and m != EXTRACTIVE))
    pairs = []
    if models.summarization_model and models.strategy != EXTRACTIVE:
        pairs.append((models.summarization_model, "summarization"))
    if models.translation_model and models.strategy != "crosslingual":
        pairs.append((models.translation_model, "translation"))
    return pairs


def default_language(models: ModelChoice) -> str:
    """The language assumed when detection fails: the summarizer's, else the translator's source, else "fr"."""
    card = model_card(models.summarization_model) if models.strategy == "summarize-translate" else None
    if card and card.languages and "*" not in card.languages:
        return card.languages[0]
    card = model_card(models.translation_model)
    if card and card.languages and "*" not in card.languages and not card.target_languages:
        return card.languages[0]
    return "fr"


def summary_language(models: ModelChoice) -> str | None:
    """The language the summarization model writes in, when its card says so."""
    card = model_card(models.summarization_model)
    if card is None:
        return None
    return card.target_language or (card.languages[0] if card.languages and "*" not in card.languages else None)


def summarizer_accepts(models: ModelChoice, language: str) -> bool:
    """Whether the summarization model reads ``language`` (a model given explicitly is trusted)."""
    if models.explicit_summarizer:
        return True
    card = model_card(models.summarization_model)
    return card is None or card.accepts(language)


def folder_pair(model: str) -> tuple[set[str], set[str]] | None:
    """The languages a local model folder translates from and into, when the folder says: a
    multilingual model's language codes, or a Marian folder's ``source_lang``/``target_lang``."""
    folder = Path(model).expanduser()
    if not folder.is_dir():
        return None
    codes = language_codes(folder)
    if codes is not None:
        return set(codes.codes), set(codes.codes)
    try:
        config = json.loads((folder / "tokenizer_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    source, target = config.get("source_lang"), config.get("target_lang")
    if isinstance(source, str) and isinstance(target, str) and len(source) <= 3 and len(target) <= 3:
        return {source}, {target}
    return None


def _fits(model: str, source: str, target: str) -> bool | None:
    """Whether ``model`` translates ``source`` into ``target`` (None: nothing says)."""
    card = model_card(model)
    if card is not None:
        return card.translates(source, target)
    pair = folder_pair(model)
    if pair is None:
        return None
    return source in pair[0] and target in pair[1] and source != target


def no_route_message(source: str, target: str) -> str:
    """One line: no model translates ``source`` into ``target``, and what would."""
    covering = covering_model(source, target)
    what = f"pass --translation-model with a {source}->{target} model"
    if covering is not None:
        presets = [n for n, p in load_catalog().presets.items() if p.translation_model == covering.id]
        use = f"--preset {presets[0]}" if presets else f"--translation-model {covering.id}"
        what = f"use {use} ({covering.id}, {covering.license_label}, covers both) or " + what
    return f"no translation route from '{source}' to '{target}': {what}"


def translation_model(models: ModelChoice, source: str, target: str) -> str:
    """The model that translates ``source`` into ``target``: the configured one when it covers the
    pair (a multilingual model by its own language codes), else an ``opus-mt-{source}-{target}`` route.

    Raises:
        UnsupportedLanguageError: no model covers the pair; the message names one that would.
    """
    if models.translation_model:
        fits = _fits(models.translation_model, source, target)
        if fits or (fits is None and (models.explicit_translation or model_card(models.translation_model) is None)):
            return models.translation_model
    route = translation_route(source, target)
    if route is None:
        raise UnsupportedLanguageError(no_route_message(source, target))
    return route


def plan_route(models: ModelChoice, language: str, target: str) -> Plan:
    """Decide which model does what for an article in ``language`` summarized into ``target``.

    Raises:
        UnsupportedLanguageError: no route (no translation model, or a strategy that cannot
            write ``target``).
    """
    src = language
    if target == SOURCE:
        target = language
    pre = summarizer = post = pivot = None
    warnings: list[str] = []
    if models.strategy == EXTRACTIVE:
        summarizer = EXTRACTIVE
        post = None if src == target else translation_model(models, src, target)
    elif models.strategy == "crosslingual":
        if target != "en" and target != src:
            raise UnsupportedLanguageError(f"the crosslingual strategy writes English summaries only, not '{target}'")
        if target == src and target != "en":
            summarizer = EXTRACTIVE
            warnings.append(
                f"the crosslingual model writes English only; used the extractive summarizer for a '{src}' summary"
            )
        else:
            summarizer = models.summarization_model
    elif models.strategy == "translate-summarize":
        writes = summary_language(models)
        if writes is not None and writes != target and not models.explicit_summarizer:
            # The summarizer writes one language: translate into it, summarize, translate back.
            try:
                pre = None if src == writes else translation_model(models, src, writes)
                post = translation_model(models, writes, target)
                summarizer, pivot = models.summarization_model, writes
            except UnsupportedLanguageError:
                pre = post = None
                if src != target:
                    pre = translation_model(models, src, target)
                summarizer = EXTRACTIVE
                warnings.append(
                    f"{models.summarization_model} summarizes '{writes}' text; used the extractive "
                    f"summarizer for a '{target}' summary"
                )
        else:
            if src != target:
                pre = translation_model(models, src, target)
            summarizer = models.summarization_model
    else:  # summarize-translate
        if summarizer_accepts(models, src):
            summarizer = models.summarization_model
        else:
            summarizer = EXTRACTIVE
            warnings.append(
                f"{models.summarization_model} summarizes {', '.join(model_card(models.summarization_model).languages)} "
                f"text, not '{src}'; used the extractive summarizer on the source"
            )
        if src != target:
            post = translation_model(models, src, target)
    notes = []
    if src != default_language(models) and (pre or post):
        notes.append(f"source language '{src}' routed to {pre or post}")
    if pivot:
        notes.append(f"summarized in '{pivot}' by {summarizer}, then translated into '{target}' by {post}")
    if src == target and not pivot:
        notes.append(f"source is already in '{target}': no translation")
    return Plan(src, target, pre, summarizer, post, tuple(warnings), tuple(notes), pivot)
