"""Option groups shared by the subcommands, and the one place that maps parsed options to
:class:`~summarizer.config.SummarizerConfig` and :class:`~summarizer.config.PipelineOptions`.

Each subcommand adds only the groups that apply to it (``translate`` has no summary options),
so its ``--help`` lists only what it uses; missing options take their defaults here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from summarizer.config import DEFAULT_MAX_CHARS, PipelineOptions, SummarizerConfig
from summarizer.errors import UsageError


def add_model_options(parser: argparse.ArgumentParser, *, summarization: bool = True) -> None:
    """Options that choose and configure models (``summarization=False``: translation models only)."""
    from summarizer.backends.ct2 import QUANTIZATIONS
    from summarizer.config import BACKENDS, DEVICES, STRATEGIES

    group = parser.add_argument_group("models")
    group.add_argument("--preset", help="model preset (see `summarizer models`); default: the presets file's default")
    group.add_argument(
        "--summarization-model",
        metavar="ID_OR_DIR",
        help="Hugging Face id or local directory" if summarization else argparse.SUPPRESS,
    )
    group.add_argument("--translation-model", metavar="ID_OR_DIR", help="Hugging Face id or local directory")
    if summarization:
        group.add_argument("--strategy", choices=STRATEGIES, help="how models are combined (default: the preset's)")
    group.add_argument("--backend", choices=BACKENDS, default="auto", help="inference backend (default: auto)")
    group.add_argument("--device", choices=DEVICES, default="auto", help="device (default: auto)")
    group.add_argument(
        "--quantization", choices=QUANTIZATIONS, help="CTranslate2 compute type (default: int8 on CPU, float16 on GPU)"
    )
    group.add_argument("--threads", type=int, metavar="N", help="CPU threads for inference")
    group.add_argument(
        "--max-batch-tokens",
        type=int,
        metavar="N",
        help="token budget of one model batch, beams included (default: sized from free GPU memory on CUDA, fixed on CPU)",
    )
    group.add_argument("--num-beams", type=int, metavar="N", help="beam size (default: each model's own)")
    group.add_argument("--allow-pickle", action="store_true", help="accept checkpoints with pickle weights only")
    group.add_argument("--offline", action="store_true", help="never download models (like HF_HUB_OFFLINE=1)")
    group.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, metavar="N", help="largest article accepted")


def add_language_options(parser: argparse.ArgumentParser) -> None:
    """``--source-language`` and ``--target-language``."""
    group = parser.add_argument_group("languages")
    group.add_argument("--source-language", metavar="CODE", help="source language (default: detected)")
    group.add_argument(
        "--target-language",
        metavar="CODE",
        default="en",
        help="output language: an ISO 639-1 code the models cover (en, de, es...), or 'source' for the "
        "article's own language (default: en)",
    )


def add_summary_options(parser: argparse.ArgumentParser) -> None:
    """What a summary looks like and what comes with it."""
    from summarizer.config import LENGTHS

    group = parser.add_argument_group("summary")
    group.add_argument("--length", choices=LENGTHS, default="medium", help="summary length (default: medium)")
    group.add_argument("--full-translation", action="store_true", help="also translate the whole article")
    group.add_argument("--no-fact-check", action="store_true", help="do not check figures or names against the article")
    group.add_argument("--no-entity-check", action="store_true", help="check figures but not names")


def add_summarizer_options(parser: argparse.ArgumentParser) -> None:
    """Every option of ``summarizer summarize``: models, languages, summary."""
    add_model_options(parser)
    add_language_options(parser)
    add_summary_options(parser)


def _at_least_one(args: argparse.Namespace, name: str) -> None:
    value = getattr(args, name.replace("-", "_"), None)
    if value is not None and value < 1:
        raise UsageError(f"--{name} must be at least 1")


def config_from_args(args: argparse.Namespace) -> SummarizerConfig:
    """The :class:`SummarizerConfig` the parsed options ask for.

    Raises:
        UsageError: for an unknown preset or a count below 1 (threads, max-chars).
    """
    _at_least_one(args, "threads")
    _at_least_one(args, "max-chars")
    _at_least_one(args, "max-batch-tokens")
    get = _getter(args)
    preset = get("preset")
    if preset is not None:
        from summarizer.presets import preset_names

        if preset not in preset_names():
            raise UsageError(f"unknown preset {preset!r}; choose from {', '.join(preset_names())}")
    return SummarizerConfig(
        preset=get("preset"),
        summarization_model=get("summarization_model"),
        translation_model=get("translation_model"),
        strategy=get("strategy"),
        device=get("device", "auto"),
        backend=get("backend", "auto"),
        threads=get("threads"),
        quantization=get("quantization"),
        max_batch_tokens=get("max_batch_tokens"),
        allow_pickle=bool(get("allow_pickle", False)),
        local_files_only=True if get("offline", False) else None,
        max_chars=get("max_chars", DEFAULT_MAX_CHARS),
    )


def options_from_args(args: argparse.Namespace) -> PipelineOptions:
    """The :class:`PipelineOptions` the parsed options ask for.

    Raises:
        UsageError: for a beam size below 1.
    """
    _at_least_one(args, "num-beams")
    get = _getter(args)
    return PipelineOptions(
        source_language=get("source_language"),
        target_language=get("target_language", "en"),
        length=get("length", "medium"),
        full_translation=bool(get("full_translation", False)),
        num_beams=get("num_beams"),
        check_facts=not get("no_fact_check", False),
        check_entities=not get("no_entity_check", False),
    )


def build_summarizer(args: argparse.Namespace) -> Any:
    """A ``Summarizer`` configured from parsed command-line options."""
    from summarizer.pipeline import Summarizer

    config, options = config_from_args(args), options_from_args(args)
    return Summarizer(config=config, options=options)


def _getter(args: argparse.Namespace) -> Callable[..., Any]:
    """``get(name, default)``: an option's value, or ``default`` when the subcommand lacks it or left it unset."""

    def get(name: str, default: Any = None) -> Any:
        value = getattr(args, name, default)
        return default if value is None and default is not None else value

    return get
