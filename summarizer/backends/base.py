"""The backend interface: what a loaded model offers the pipeline, and the helpers every backend shares.

A backend wraps one seq2seq model and its tokenizer. The pipeline only calls
``count_tokens`` (for chunking), ``generate`` (batched, order-preserving) and reads
``max_input_tokens``; everything model-specific stays behind it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from summarizer.config import BACKENDS, DEVICES  # noqa: F401  (BACKENDS: re-exported for older imports)
from summarizer.errors import OptionError
from summarizer.model_spec import ModelSpec
from summarizer.options import GenerationOptions

log = logging.getLogger("summarizer")

# Translation loop guard: an output may have at most ratio x input tokens + this many tokens.
LENGTH_CAP_SLACK = 10
_MAX_BATCH_ITEMS = 64


@runtime_checkable
class Backend(Protocol):
    """A loaded seq2seq model."""

    name: str
    spec: ModelSpec
    max_input_tokens: int
    # Most new tokens the decoder can produce (None: no hard limit).
    max_output_tokens: int | None

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Number of input tokens (special tokens and prefix included) of each text."""
        ...

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[str]:
        """Generate one output per input, in input order."""
        ...


def load_tokenizer(path: str | Path, **hints: Any):
    """Load the Hugging Face tokenizer of a model directory, the same way for every backend.

    Delegates to :func:`summarizer.backends.tokenizers.load_tokenizer`: the class the model names
    when it reproduces the model's SentencePiece encoding, else an exactly equivalent build from
    ``tokenizer.json`` or the SentencePiece model (logged). Remote code is never trusted.
    """
    from summarizer.backends.tokenizers import load_tokenizer as _load

    return _load(path, **hints)


# Architectures with relative position buckets: no hard limit on input or output positions.
_RELATIVE_POSITIONS = ("t5", "mt5", "umt5", "longt5")


def _hard_positions(config: Any) -> int | None:
    """Number of absolute positions the model's encoder and decoder have (None: relative, no limit)."""
    if getattr(config, "model_type", None) in _RELATIVE_POSITIONS:
        return None
    pos = getattr(config, "max_position_embeddings", None) or getattr(config, "n_positions", None)
    return int(pos) if isinstance(pos, int) and pos > 0 else None


def output_window(config: Any) -> int | None:
    """Most new tokens the decoder can produce: its positions minus the decoder start token
    (None for relative-position models such as T5, which have no hard limit)."""
    pos = _hard_positions(config)
    return pos - 1 if pos else None


def input_window(tokenizer: Any, config: Any, override: int | None = None) -> int:
    """The model's real input limit in tokens: the override (never beyond the encoder's
    positions), else the smaller of the tokenizer's ``model_max_length`` and the config's
    position embeddings (512 if neither)."""
    if override:
        hard = _hard_positions(config)
        return min(int(override), hard) if hard else int(override)
    limits = []
    tok_max = getattr(tokenizer, "model_max_length", None)
    if isinstance(tok_max, int) and 0 < tok_max < 100_000:
        limits.append(tok_max)
    pos = getattr(config, "max_position_embeddings", None) or getattr(config, "n_positions", None)
    if isinstance(pos, int) and pos > 0:
        limits.append(pos)
    return min(limits) if limits else 512


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


def output_caps(lengths: Sequence[int], options: GenerationOptions, limit: int | None = None) -> list[int | None]:
    """Largest number of new tokens each input may get: ``max_new_tokens`` and, with
    ``max_length_ratio``, ratio x input tokens + ``LENGTH_CAP_SLACK``, never more than ``limit``
    (the decoder's positions; None: no limit set).

    Both backends decode a batch up to its largest cap and then cut every output at its own
    cap, so a result never depends on which other inputs shared its batch.
    """
    caps: list[int | None] = []
    for n in lengths:
        cap = options.max_new_tokens
        if options.max_length_ratio:
            ratio_cap = int(options.max_length_ratio * n) + LENGTH_CAP_SLACK
            cap = ratio_cap if cap is None else min(cap, ratio_cap)
        if limit is not None:
            cap = limit if cap is None else min(cap, limit)
        caps.append(cap)
    return caps


class HFTokenizedInputs:
    """Input tokenization shared by the backends, so both count tokens, and therefore chunk,
    exactly alike. Needs ``tokenizer`` (a Hugging Face tokenizer), ``prefix`` and
    ``max_input_tokens`` on the instance; ``languages`` (a multilingual model's codes, see
    :mod:`summarizer.backends.language_codes`) when the model is steered by language codes."""

    tokenizer: Any
    prefix: str
    max_input_tokens: int
    languages: Any = None

    def _steering(self, options: GenerationOptions | None) -> tuple[list[int], str, str | None]:
        """(ids leading every input, text prefix, model code of the forced first output token)
        for a multilingual model; the target defaults to English, the source to none (counting)."""
        codes = self.languages
        if codes is None:
            return [], self.prefix, None
        target = (options.target_language if options else None) or "en"
        if not codes.source_token:
            return [], codes.text_prefix(target) + self.prefix, None
        source = options.source_language if options else None
        # Counting without a source still reserves the source code's place.
        lead = codes.code(source) if source else next(iter(codes.codes.values()))
        return [self.tokenizer.convert_tokens_to_ids(lead)], self.prefix, codes.code(target)

    def _encode(
        self, texts: Sequence[str], truncate: bool, options: GenerationOptions | None = None
    ) -> list[list[int]]:
        lead, prefix, _ = self._steering(options)
        inputs = [prefix + t for t in texts]
        # Counting a long text is how chunking starts: transformers' "sequence length is longer than
        # the specified maximum" warning would be wrong there (verbose=False silences just that).
        if not lead:
            kwargs = {"truncation": True, "max_length": self.max_input_tokens} if truncate else {"verbose": False}
            return self.tokenizer(inputs, **kwargs)["input_ids"]
        # Source-code families frame every input "code … </s>" themselves, whatever the tokenizer adds.
        eos = [self.tokenizer.eos_token_id]
        body = self.max_input_tokens - len(lead) - 1
        kwargs = {"truncation": True, "max_length": body} if truncate else {"verbose": False}
        encoded = self.tokenizer(inputs, add_special_tokens=False, **kwargs)["input_ids"]
        return [lead + ids + eos for ids in encoded]

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Input tokens of each text, prefix, language code and special tokens included."""
        if not texts:
            return []
        return [len(ids) for ids in self._encode(texts, truncate=False)]


def release_backends(backends: dict[str, Any], lock: Any, keep: Sequence[str] = ()) -> int:
    """Drop the loaded backends not in ``keep`` (under ``lock``) and free their memory; returns how many."""
    with lock:
        dropped = [backends.pop(m) for m in list(backends) if m not in keep]
    count = len(dropped)
    del dropped[:]  # the last references: the collection below frees the models
    if count:
        free_memory()
    return count


_libc: Any = None


def trim_heap() -> None:
    """Hand the memory that finished batches freed back to the system (glibc's ``malloc_trim``).

    CTranslate2's and tokenizers' working buffers are freed after each batch, but glibc keeps
    the pages; the next stage (the guard's NER model, the translator's batches) would then stack on
    top of them and raise the process's peak. A no-op where glibc is not the C library.
    """
    global _libc
    if _libc is None:
        import ctypes
        import sys

        try:
            lib = ctypes.CDLL("libc.so.6") if sys.platform.startswith("linux") else None
            _libc = lib if lib is not None and hasattr(lib, "malloc_trim") else False
        except OSError:
            _libc = False
    if _libc:
        _libc.malloc_trim(0)


def free_memory() -> None:
    """Collect garbage and hand cached GPU memory back, after models were released."""
    import gc
    import sys

    gc.collect()
    torch = sys.modules.get("torch")
    if torch is not None and torch.cuda.is_available():
        torch.cuda.empty_cache()


def resolve_device(device: str = "auto") -> str:
    """Map "auto" to the best available device and check that a named one exists.

    Raises:
        ValueError: for an unknown or unavailable device.
    """
    if device not in DEVICES:
        raise OptionError(f"unknown device {device!r}; choose from {', '.join(DEVICES)}")
    import torch

    if device == "auto":
        if torch.cuda.is_available():
            return "cuda"
        if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
            return "mps"
        return "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise OptionError("device 'cuda' was asked for but torch sees no CUDA GPU; use --device cpu")
    if device == "mps" and not (getattr(torch.backends, "mps", None) and torch.backends.mps.is_available()):
        raise OptionError("device 'mps' was asked for but is not available; use --device cpu")
    return device


def __getattr__(name: str):
    """``load_backend`` moved to :mod:`summarizer.backends` (the factory); this keeps the old import working."""
    if name == "load_backend":
        from summarizer.backends import load_backend

        return load_backend
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
