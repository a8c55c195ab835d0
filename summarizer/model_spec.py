"""Which model to load and how: :class:`ModelSpec`, and :func:`model_spec` that makes one from a
model id, its role and the :class:`~summarizer.config.SummarizerConfig`.

It sits between the presets (model cards: input windows, prefixes) and the backends (which load
a spec), so neither imports the other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.presets import model_card

if TYPE_CHECKING:
    from summarizer.config import SummarizerConfig


@dataclass(frozen=True)
class ModelSpec:
    """Which model to load and how.

    Attributes:
        model: Hugging Face id or local directory.
        role: "summarization" or "translation" (for messages and defaults).
        device: "auto", "cpu", "cuda" or "mps".
        threads: CPU threads (None: the library default).
        allow_pickle: accept ``pytorch_model.bin`` weights.
        local_files_only: never download (None: follow ``HF_HUB_OFFLINE``).
        prefix: text prepended to every input (T5's "summarize: ").
        max_input_tokens: override of the model's input window.
        quantization: CTranslate2 compute type ("int8", "float16", ...), None for the default
            (int8 on CPU, float16 on GPU). The torch backend honours "float32", "float16" and
            "bfloat16" as its dtype and ignores the others.
        max_batch_tokens: token budget of one model batch, beams included (None: the backend's
            default for the device, see :func:`batch_token_budget`).
    """

    model: str
    role: str
    device: str = "auto"
    threads: int | None = None
    allow_pickle: bool = False
    local_files_only: bool | None = None
    prefix: str | None = None
    max_input_tokens: int | None = None
    quantization: str | None = None
    max_batch_tokens: int | None = None


def model_spec(model: str, role: str, config: SummarizerConfig) -> ModelSpec:
    """How to load ``model`` for ``role`` under ``config``: its card's input window and prefix,
    or for a model without a card the prefix its own config asks for (T5: "summarize: ")."""
    card = model_card(model)
    return ModelSpec(
        model=model,
        role=role,
        device=config.device,
        threads=config.threads,
        allow_pickle=config.allow_pickle,
        local_files_only=config.local_files_only,
        prefix=card.prefix if card else _task_prefix(model, role, config),
        quantization=config.quantization,
        max_input_tokens=card.max_input_tokens if card else None,
        max_batch_tokens=config.max_batch_tokens,
    )


def _task_prefix(model: str, role: str, config: SummarizerConfig) -> str | None:
    """The input prefix a model's config.json asks for, if any (summarization only)."""
    if role != "summarization":
        return None
    from summarizer.loading import resolve_model

    folder = resolve_model(model, allow_pickle=config.allow_pickle, local_files_only=config.local_files_only)
    params = json.loads((folder / "config.json").read_text(encoding="utf-8")).get("task_specific_params") or {}
    prefix = (params.get("summarization") or {}).get("prefix")
    return prefix if isinstance(prefix, str) else None
