"""``summarizer models [list]``: the presets and their models, with licenses.

Other ``models`` actions register themselves on the ``models_subparsers`` that
:func:`register` returns (``convert``: :mod:`summarizer.cli.convert`).
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from summarizer.cli.exits import EXIT_OK


def register(subparsers: Any) -> Any:
    """Add the ``models`` subcommand; returns its sub-parsers, for more actions."""
    p = subparsers.add_parser("models", help="list model presets and licenses")
    models_sub = p.add_subparsers(dest="models_command", metavar="ACTION")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_models)
    lp = models_sub.add_parser("list", help="list presets (the default action)")
    lp.add_argument("--format", choices=("text", "json"), default="text")
    lp.set_defaults(handler=cmd_models)
    return models_sub


def cmd_models(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """``summarizer models``: the presets and their models, with licenses."""
    from summarizer.presets import load_catalog, model_card

    catalog = load_catalog()
    if args.format == "json":
        data = {
            "default": catalog.default,
            "presets": {n: vars(p) for n, p in catalog.presets.items()},
            "models": {m: {k: v for k, v in vars(c).items() if k != "extra"} for m, c in catalog.models.items()},
        }
        stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for name, preset in catalog.presets.items():
        mark = " (default)" if name == catalog.default else ""
        stdout.write(f"{name}{mark}: {preset.strategy}\n  {preset.description}\n")
        for role in ("summarization_model", "translation_model", "ranker"):
            model = getattr(preset, role)
            if not model:
                continue
            stdout.write(f"  {role.split('_')[0]:<13} {model}  [{_model_facts(model_card(model))}]\n")
        if _preset_needs_pickle(preset):
            stdout.write("  needs --allow-pickle (a model ships pickle weights only; see below)\n")
    stdout.write(
        "\nLicenses marked NON-COMMERCIAL forbid commercial use. Weights download from the Hugging Face Hub on first use.\n"
        "Models marked 'pickle weights only' load only with --allow-pickle (API: allow_pickle=True): pickle files\n"
        "can run code when loaded, so only opt in for sources you trust, or pass a converted local copy.\n"
    )
    return EXIT_OK


def _needs_pickle(card: Any) -> bool:
    """True when a model has no safetensors weights we know of (only ``pytorch_model.bin``)."""
    return bool(
        card and card.weights and "safetensors" not in card.weights and not card.extra.get("safetensors_revision")
    )


def _preset_needs_pickle(preset: Any) -> bool:
    from summarizer.presets import model_card

    models = [preset.summarization_model]
    if preset.strategy != "crosslingual":
        models.append(preset.translation_model)
    return any(_needs_pickle(model_card(m)) for m in models if m)


def _model_facts(card: Any) -> str:
    """Size, license and weight format of a model card, for ``summarizer models``."""
    if card is None:
        return "no model card"
    if card.task == "sentence-ranking":
        return f"shipped in the package, {card.size_mb} MB JSON (LightGBM trees), {card.license_label}"
    if (card.parameters or "")[:1].isdigit() or (card.parameters or "").startswith("~"):
        size = f"{card.parameters} params"
    elif card.size_mb:
        size = f"{card.size_mb:,.0f} MB download"
    else:
        size = "size not stated"
    weights = "pickle weights only" if _needs_pickle(card) else "safetensors"
    return f"{size}, {card.license_label}, {weights}"
