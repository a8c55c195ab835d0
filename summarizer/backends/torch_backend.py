"""The reference backend: transformers ``AutoModelForSeq2SeqLM`` + ``generate()`` on torch.

Done the way a careful user would: ``inference_mode``, inputs sorted by length and sliced
by a token budget (not a fixed item count) so padding is small, order restored afterwards,
half precision on GPU, thread count respected, never ``trust_remote_code``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from summarizer.backends.base import ModelSpec, resolve_device
from summarizer.errors import ModelNotAvailableError
from summarizer.loading import resolve_model
from summarizer.options import GenerationOptions

log = logging.getLogger("summarizer")

# Padded input tokens x beams per generate() call.
_BATCH_TOKENS = {"cpu": 12_000, "cuda": 120_000, "mps": 24_000}
_MAX_BATCH_ITEMS = 64


def length_batches(
    lengths: Sequence[int], budget: int, beams: int = 1, max_items: int = _MAX_BATCH_ITEMS
) -> list[list[int]]:
    """Group indices into batches, longest first, so that padded tokens x beams stay under ``budget``.

    Returns:
        Lists of indices into ``lengths``; together they cover every index exactly once.
    """
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        longest = lengths[current[0]] if current else lengths[i]
        if current and ((len(current) + 1) * longest * max(1, beams) > budget or len(current) >= max_items):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


def input_window(tokenizer, config, override: int | None = None) -> int:
    """The model's real input limit in tokens: the override, else the smaller of the
    tokenizer's ``model_max_length`` and the config's position embeddings (512 if neither)."""
    if override:
        return int(override)
    limits = []
    tok_max = getattr(tokenizer, "model_max_length", None)
    if isinstance(tok_max, int) and 0 < tok_max < 100_000:
        limits.append(tok_max)
    pos = getattr(config, "max_position_embeddings", None) or getattr(config, "n_positions", None)
    if isinstance(pos, int) and pos > 0:
        limits.append(pos)
    return min(limits) if limits else 512


class TorchBackend:
    """A seq2seq model on torch.

    Args:
        spec: which model and how to load it.

    Raises:
        ModelNotAvailableError: when the model cannot be found or loaded.
    """

    name = "torch"

    def __init__(self, spec: ModelSpec) -> None:
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        self.spec = spec
        self.device = resolve_device(spec.device)
        if spec.threads:
            torch.set_num_threads(spec.threads)
        path = resolve_model(spec.model, allow_pickle=spec.allow_pickle, local_files_only=spec.local_files_only)
        self.path = path
        dtype = torch.float16 if self.device == "cuda" else torch.float32
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(path, trust_remote_code=False)
            self.model = AutoModelForSeq2SeqLM.from_pretrained(
                path,
                trust_remote_code=False,
                use_safetensors=None if spec.allow_pickle else True,
                dtype=dtype,
            )
        except (OSError, ValueError, KeyError) as exc:
            first = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
            raise ModelNotAvailableError(
                f"model {spec.model} could not be loaded as a seq2seq model: {first}"
            ) from None
        self.model.to(self.device).eval()
        self.max_input_tokens = input_window(self.tokenizer, self.model.config, spec.max_input_tokens)
        self.prefix = spec.prefix or ""
        self.batch_tokens = _BATCH_TOKENS.get(self.device, 12_000)
        self._torch = torch

    def _encode(self, texts: Sequence[str], truncate: bool) -> list[list[int]]:
        inputs = [self.prefix + t for t in texts]
        kwargs = {"truncation": True, "max_length": self.max_input_tokens} if truncate else {}
        return self.tokenizer(inputs, **kwargs)["input_ids"]

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Input tokens of each text, prefix and special tokens included."""
        if not texts:
            return []
        return [len(ids) for ids in self._encode(texts, truncate=False)]

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[str]:
        """Generate one output per text, batched by token budget, in input order."""
        if not texts:
            return []
        torch = self._torch
        ids = self._encode(texts, truncate=True)
        lengths = [len(x) for x in ids]
        kwargs = options.to_kwargs()
        beams = kwargs.get("num_beams") or getattr(self.model.generation_config, "num_beams", 1) or 1
        outputs: list[str] = [""] * len(texts)
        for batch in length_batches(lengths, self.batch_tokens, beams):
            enc = self.tokenizer.pad({"input_ids": [ids[i] for i in batch]}, return_tensors="pt").to(self.device)
            call = dict(kwargs)
            if options.max_length_ratio:
                cap = int(options.max_length_ratio * max(lengths[i] for i in batch)) + 10
                call["max_new_tokens"] = min(call.get("max_new_tokens", cap), cap)
                if call.get("min_new_tokens"):
                    call["min_new_tokens"] = min(call["min_new_tokens"], call["max_new_tokens"])
            with torch.inference_mode():
                generated = self.model.generate(**enc, **call)
            decoded = self.tokenizer.batch_decode(
                generated, skip_special_tokens=True, clean_up_tokenization_spaces=True
            )
            for i, text in zip(batch, decoded, strict=True):
                outputs[i] = " ".join(text.split())
        return outputs
