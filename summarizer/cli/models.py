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
        for role in ("summarization_model", "translation_model"):
            model = getattr(preset, role)
            if not model:
                continue
            card = model_card(model)
            facts = f"{card.parameters or '?'} params, {card.license_label}" if card else "no model card"
            stdout.write(f"  {role.split('_')[0]:<13} {model}  [{facts}]\n")
    stdout.write(
        "\nLicenses marked NON-COMMERCIAL forbid commercial use. Weights download from the Hugging Face Hub on first use.\n"
    )
    return EXIT_OK
