"""How big one model batch may be: a token budget, fixed on CPU, sized from free memory on CUDA.

Both backends group inputs longest-first into batches whose cost stays under the budget; the
cost of an input is (its tokens + the tokens it may generate) x beams, which bounds the
decoder's key/value caches that dominate memory (``--max-batch-tokens`` sets it by hand).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

log = logging.getLogger("summarizer")

# CPU, CTranslate2: translation batches of 10-20 sentences with 4 beams; summarization batches of
# about 4 articles (long inputs, short outputs: about 2,000 padded source tokens, the best batch of
# hand-written CTranslate2 code; 5,000 gave 1-2 articles and +6-14% time on one core, see the README).
CPU_BATCH_TOKENS = 5_000
CPU_SUMMARY_BATCH_TOKENS = 10_000
MPS_BATCH_TOKENS = 24_000
# Used on CUDA when free memory cannot be read.
CUDA_FALLBACK_TOKENS = 200_000
CUDA_MIN_TOKENS = 16_000
CUDA_MAX_TOKENS = 2_000_000
# Share of the free GPU memory the batch's caches may take (weights are already loaded).
CUDA_MEMORY_SHARE = 0.5
# Most inputs per batch: on CPU more rows only add padding; on GPU rows are what keeps it busy.
MAX_ITEMS = {"cpu": 64, "mps": 128, "cuda": 4096}
# Expected output when no cap is set: about the input length (translation).
OUTPUT_SLACK = 10


def batch_costs(lengths: Sequence[int], caps: Sequence[int | None]) -> list[int]:
    """Cost of each input without beams: its tokens plus the tokens it may generate (its cap,
    but not more than its length + ``OUTPUT_SLACK``)."""
    costs = []
    for n, cap in zip(lengths, caps, strict=True):
        expected = n + OUTPUT_SLACK
        costs.append(n + (expected if cap is None else min(cap, expected)))
    return costs


def bytes_per_token(config: Any, dtype_bytes: int) -> int:
    """Device memory one budget token may need: decoder self- and cross-attention keys and
    values (2 x 2 x layers x d_model) plus one feed-forward activation row, in ``dtype_bytes``."""

    def get(*names: str, default: int) -> int:
        for name in names:
            value = config.get(name) if isinstance(config, dict) else getattr(config, name, None)
            if isinstance(value, int) and value > 0:
                return value
        return default

    d_model = get("d_model", "hidden_size", default=1024)
    layers = get("decoder_layers", "num_decoder_layers", "num_layers", default=12)
    ffn = get("decoder_ffn_dim", "d_ff", "intermediate_size", default=4 * d_model)
    return dtype_bytes * (4 * layers * d_model + ffn + 4 * d_model)


def free_gpu_bytes() -> int | None:
    """Free memory of the current CUDA device (``torch.cuda.mem_get_info``), None if unknown."""
    try:
        import torch

        if not torch.cuda.is_available():
            return None
        free, _total = torch.cuda.mem_get_info()
        return int(free)
    except Exception:  # no torch, no driver, or a driver error: the fixed fallback is used
        return None


def cuda_budget(free_bytes: int | None, per_token: int) -> int:
    """Token budget for CUDA: ``CUDA_MEMORY_SHARE`` of the free memory / bytes per token, clipped."""
    if not free_bytes:
        return CUDA_FALLBACK_TOKENS
    tokens = int(free_bytes * CUDA_MEMORY_SHARE / max(1, per_token))
    return max(CUDA_MIN_TOKENS, min(CUDA_MAX_TOKENS, tokens))


def batch_limits(
    requested: int | None,
    device: str,
    config: Any = None,
    dtype_bytes: int = 2,
    free_bytes: int | None = None,
    cpu_default: int = CPU_BATCH_TOKENS,
) -> tuple[int, int]:
    """(token budget, most items) of one batch on ``device``.

    Args:
        requested: ``--max-batch-tokens`` (None: automatic).
        device: "cpu", "cuda" or "mps".
        config: the model's config (object or dict), for the memory per token on CUDA.
        dtype_bytes: bytes per activation value on the device (2 for float16/bfloat16).
        free_bytes: free GPU memory (None: read it now on CUDA).
        cpu_default: the backend's CPU budget.
    """
    items = MAX_ITEMS.get(device, 64)
    if requested:
        return int(requested), items
    if device == "cuda":
        free = free_bytes if free_bytes is not None else free_gpu_bytes()
        budget = cuda_budget(free, bytes_per_token(config or {}, dtype_bytes))
        log.info(
            "batch budget %d tokens (free GPU memory %s)", budget, f"{free / 2**30:.1f} GiB" if free else "unknown"
        )
        return budget, items
    if device == "mps":
        return MPS_BATCH_TOKENS, items
    return cpu_default, items


def cpu_default_budget(role: str) -> int:
    """The CTranslate2 CPU budget for a model's role ("summarization" or "translation")."""
    return CPU_SUMMARY_BATCH_TOKENS if role == "summarization" else CPU_BATCH_TOKENS
