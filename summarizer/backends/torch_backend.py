"""The reference backend: transformers ``AutoModelForSeq2SeqLM`` + ``generate()`` on torch.

Done the way a careful user would: ``inference_mode``, inputs tokenized once, sorted by length
and sliced by a token budget (not a fixed item count) so padding is small, order restored
afterwards, half precision on GPU (bfloat16 where the card has it), thread count respected,
never ``trust_remote_code``.
"""

from __future__ import annotations

import contextlib
import logging
import pickle
from collections.abc import Sequence

from safetensors import SafetensorError

from summarizer.backends.base import (
    HFTokenizedInputs,
    ModelSpec,
    input_window,
    length_batches,
    load_tokenizer,
    output_caps,
    output_window,
    resolve_device,
)
from summarizer.backends.batching import batch_costs, batch_limits
from summarizer.backends.language_codes import language_codes
from summarizer.errors import ModelNotAvailableError
from summarizer.loading import resolve_model
from summarizer.options import GenerationOptions

__all__ = ["TorchBackend", "input_window", "length_batches"]

log = logging.getLogger("summarizer")

# (Padded input tokens + expected output tokens) x beams per generate() call on CPU.
_CPU_BATCH_TOKENS = 12_000
_TORCH_DTYPES = ("float32", "float16", "bfloat16")
# Architectures whose activations overflow in float16 (T5 family): bfloat16 or float32 only.
_NO_FLOAT16 = ("t5", "mt5", "umt5")


def _pick_dtype(torch, device: str, requested: str | None, model_type: str | None):
    """float32 on CPU and MPS; on CUDA bfloat16 where supported, else float16 (float32 for T5)."""
    if requested in _TORCH_DTYPES:
        return getattr(torch, requested)
    if device != "cuda":
        return torch.float32
    if torch.cuda.is_bf16_supported():
        return torch.bfloat16
    return torch.float32 if model_type in _NO_FLOAT16 else torch.float16


class TorchBackend(HFTokenizedInputs):
    """A seq2seq model on torch.

    Args:
        spec: which model and how to load it.

    Raises:
        ModelNotAvailableError: when the model cannot be found or loaded.
    """

    name = "torch"

    def __init__(self, spec: ModelSpec) -> None:
        import torch
        from transformers import AutoConfig, AutoModelForSeq2SeqLM
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        self.spec = spec
        self.device = resolve_device(spec.device)
        if spec.threads:
            torch.set_num_threads(spec.threads)
        path = resolve_model(spec.model, allow_pickle=spec.allow_pickle, local_files_only=spec.local_files_only)
        self.path = path
        try:
            config = AutoConfig.from_pretrained(path, trust_remote_code=False)
            dtype = _pick_dtype(torch, self.device, spec.quantization, getattr(config, "model_type", None))
            self.tokenizer = load_tokenizer(path)
            self.model = AutoModelForSeq2SeqLM.from_pretrained(
                path,
                config=config,
                trust_remote_code=False,
                use_safetensors=None if spec.allow_pickle else True,
                weights_only=True,  # pickle, when allowed, is unpickled with torch's safe loader only
                dtype=dtype,
            )
        except (OSError, ValueError, KeyError, RuntimeError, pickle.UnpicklingError, SafetensorError) as exc:
            # UnpicklingError: torch's weights_only loader refused an opted-in pickle that holds code.
            first = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
            raise ModelNotAvailableError(
                f"model {spec.model} could not be loaded as a seq2seq model: {first}"
            ) from None
        self.model.to(self.device).eval()
        self.dtype = dtype
        self.max_input_tokens = input_window(self.tokenizer, self.model.config, spec.max_input_tokens)
        self.max_output_tokens = output_window(self.model.config)
        self.prefix = spec.prefix or ""
        self.languages = language_codes(path)
        self.batch_tokens, self.max_items = batch_limits(
            spec.max_batch_tokens,
            self.device,
            self.model.config,
            torch.tensor([], dtype=dtype).element_size(),
            cpu_default=_CPU_BATCH_TOKENS,
        )
        gen = self.model.generation_config
        self._forced_eos = getattr(gen, "forced_eos_token_id", None) is not None
        self._default_beams = getattr(gen, "num_beams", 1) or 1
        self._torch = torch

    def _attention(self) -> contextlib.AbstractContextManager:
        """On CUDA, keep scaled-dot-product attention off cuDNN: its kernels are planned per input
        shape, and decoding meets a new shape at every step (measured: 10x slower first passes)."""
        if self.device != "cuda":
            return contextlib.nullcontext()
        from torch.nn.attention import SDPBackend, sdpa_kernel

        return sdpa_kernel([SDPBackend.FLASH_ATTENTION, SDPBackend.EFFICIENT_ATTENTION, SDPBackend.MATH])

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[str]:
        """Generate one output per text, batched by token budget, in input order."""
        if not texts:
            return []
        torch = self._torch
        ids = self._encode(texts, truncate=True, options=options)
        lengths = [len(x) for x in ids]
        caps = output_caps(lengths, options, self.max_output_tokens)
        _, _, forced = self._steering(options)
        # Renormalise after the logits processors (n-gram ban, minimum length), as CTranslate2
        # does: beam scores then stay log-probabilities and both backends pick the same beams.
        kwargs = {"renormalize_logits": True, **options.to_kwargs()}
        if forced is not None:  # a multilingual model: the target language's code comes first
            kwargs["forced_bos_token_id"] = self.tokenizer.convert_tokens_to_ids(forced)
        beams = kwargs.get("num_beams") or self._default_beams
        outputs: list[str] = [""] * len(texts)
        for batch in length_batches(batch_costs(lengths, caps), self.batch_tokens, beams, self.max_items):
            enc = self.tokenizer.pad({"input_ids": [ids[i] for i in batch]}, return_tensors="pt").to(self.device)
            call = dict(kwargs)
            batch_caps = [caps[i] for i in batch]
            if batch_caps[0] is not None:
                call["max_new_tokens"] = max(c for c in batch_caps if c is not None)
                if call.get("min_new_tokens"):
                    call["min_new_tokens"] = min(call["min_new_tokens"], call["max_new_tokens"])
            with torch.inference_mode(), self._attention():
                generated = self.model.generate(**enc, **call)
            # Drop the decoder start token, then cut each output at its own cap (a forced EOS
            # takes the last place of a capped output).
            rows = generated[:, 1:].tolist()
            for k, cap in enumerate(batch_caps):
                if cap is not None and cap < len(rows[k]):
                    rows[k] = rows[k][: max(0, cap - (1 if self._forced_eos else 0))]
            decoded = self.tokenizer.batch_decode(rows, skip_special_tokens=True, clean_up_tokenization_spaces=True)
            for i, text in zip(batch, decoded, strict=True):
                outputs[i] = " ".join(text.split())
        return outputs
