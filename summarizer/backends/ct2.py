"""The CTranslate2 backend: the same models, converted once, several times faster on CPU.

A Hugging Face checkpoint is converted on first use (or with ``summarizer models convert``)
into a CTranslate2 model stored in a cache keyed on the model's resolved path and a content
fingerprint of its files, so a changed local directory is converted again. The cache lives in
``$SUMMARIZER_CACHE/ct2/`` (default ``~/.cache/summarizer/ct2/``), one folder per model and
quantization: int8 on CPU, float16 on GPU by default.

Tokenization and decoding use the model's own Hugging Face tokenizer, loaded the same way as
the torch backend does it, so token counts, chunking and sentence alignment are identical;
the model's generation defaults (beams, lengths, forced tokens) are read from its
``generation_config`` at conversion time and applied with transformers' semantics.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from summarizer.backends.base import (
    DEVICES,
    HFTokenizedInputs,
    ModelSpec,
    input_window,
    length_batches,
    load_tokenizer,
    output_caps,
    output_window,
)
from summarizer.backends.batching import batch_costs, batch_limits, cpu_default_budget
from summarizer.backends.language_codes import language_codes
from summarizer.backends.tokenizers import load_tokenizer_info
from summarizer.errors import ModelNotAvailableError, OptionError, SummarizerError
from summarizer.loading import resolve_model
from summarizer.options import GenerationOptions

log = logging.getLogger("summarizer")

# model_type values converted and checked against the torch backend (tests/test_backends.py).
SUPPORTED_TYPES = ("bart", "marian", "mbart", "mt5", "t5", "m2m_100")
QUANTIZATIONS = (
    "int8",
    "int8_float32",
    "int8_float16",
    "int8_bfloat16",
    "int16",
    "float16",
    "bfloat16",
    "float32",
)
DEFAULT_QUANTIZATION = {"cpu": "int8", "cuda": "float16"}
META_FILE = "summarizer.json"
# Bump when the conversion recipe or META_FILE changes: older cache entries are then rebuilt.
# 2: the tokenizer is loaded by summarizer.backends.tokenizers; META_FILE records how.
FORMAT = 2
_TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "added_tokens.json",
    "vocab.json",
    "vocab.txt",
    "merges.txt",
    "generation_config.json",
)
_TOKENIZER_SUFFIXES = (".model", ".spm")
_SMALL_FILE = 64 << 20
_EDGE = 1 << 20


class Unavailable(SummarizerError):
    """CTranslate2 cannot run this model here; ``str()`` says why in one line."""


# ---------------------------------------------------------------------- cache
def cache_root() -> Path:
    """Folder of converted models: ``ct2/`` in the summarizer's cache root (:func:`summarizer.config.cache_dir`)."""
    from summarizer.config import cache_dir

    return cache_dir("ct2")


def fingerprint(path: Path) -> str:
    """A content fingerprint of a model directory (config, tokenizer and weight files).

    Files up to 64 MB are hashed whole; larger ones (weights) by size, modification time and
    their first and last MiB, which changes whenever the weights are rewritten.
    """
    digest = hashlib.sha256()
    for file in sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")):
        stat = file.stat()
        digest.update(f"{file.name}\0{stat.st_size}\0".encode())
        with file.open("rb") as handle:
            if stat.st_size <= _SMALL_FILE:
                for block in iter(lambda handle=handle: handle.read(1 << 20), b""):
                    digest.update(block)
            else:
                digest.update(str(stat.st_mtime_ns).encode())
                digest.update(handle.read(_EDGE))
                handle.seek(-_EDGE, os.SEEK_END)
                digest.update(handle.read(_EDGE))
    return digest.hexdigest()


def cache_dir(model: str, path: Path, quantization: str) -> Path:
    """Where the conversion of ``model`` (resolved to ``path``) with ``quantization`` is kept."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "--", model.strip("/\\~.") if not Path(model).is_dir() else path.name)
    key = hashlib.sha256(f"{FORMAT}\0{path.resolve()}\0{fingerprint(path)}".encode()).hexdigest()[:16]
    return cache_root() / f"{name[-80:]}-{key}-{quantization}"


def is_converted(folder: Path) -> bool:
    """True for a complete CTranslate2 model folder written by this module."""
    return (folder / "model.bin").is_file() and (folder / META_FILE).is_file()


# ---------------------------------------------------------------------- device and settings
def _gpu_for_torch_only() -> bool:
    """True when torch could use a GPU here (checked only where a GPU driver seems present)."""
    import platform
    import sys

    if not (Path("/proc/driver/nvidia").exists() or (sys.platform == "darwin" and platform.machine() == "arm64")):
        return False
    from summarizer.backends.base import resolve_device

    return resolve_device("auto") != "cpu"


def ct2_device(requested: str) -> str:
    """The CTranslate2 device for a requested one ("auto", "cpu", "cuda", "mps").

    Raises:
        ValueError: for an unknown device name.
        Unavailable: when CTranslate2 cannot use the device.
    """
    if requested not in DEVICES:
        raise OptionError(f"unknown device {requested!r}; choose from {', '.join(DEVICES)}")
    if requested == "mps":
        raise Unavailable("CTranslate2 does not run on Apple's mps device")
    if requested == "cpu":
        return "cpu"
    import ctranslate2

    gpus = ctranslate2.get_cuda_device_count()
    if requested == "cuda":
        if gpus == 0:
            raise Unavailable("CTranslate2 sees no CUDA GPU")
        _check_cublas()
        return "cuda"
    if gpus > 0:
        _check_cublas()
        return "cuda"
    if _gpu_for_torch_only():
        raise Unavailable("a GPU is present that torch can use but CTranslate2 cannot")
    return "cpu"


def _check_cublas() -> None:
    """CTranslate2 loads cuBLAS only when its CUDA code first runs; check now that it can, and
    load CUDA 12's cuBLAS/cuDNN from the ``nvidia-*-cu12`` wheels (``fr-news-summarizer[gpu]``) when the
    system has none.

    CTranslate2 4.x wheels are built against CUDA 12 (``libcublas.so.12``); other versions are
    not checked here.
    """
    import ctranslate2

    from summarizer.backends import cuda_libs

    if not ctranslate2.__version__.startswith("4."):
        return
    try:
        note = cuda_libs.ensure_cuda12()
    except OSError as exc:
        raise Unavailable(str(exc)) from None
    if note:
        log.info("%s", note)


def default_quantization(device: str) -> str:
    """int8 on CPU, float16 on GPU."""
    return DEFAULT_QUANTIZATION.get(device, "int8")


def _check_quantization(quantization: str, device: str) -> None:
    import ctranslate2

    if quantization not in QUANTIZATIONS:
        raise OptionError(f"unknown quantization {quantization!r}; choose from {', '.join(QUANTIZATIONS)}")
    supported = ctranslate2.get_supported_compute_types(device)
    if quantization not in supported:
        raise Unavailable(
            f"quantization {quantization} is not supported on this {device} (supported: {', '.join(sorted(supported))})"
        )


def _model_type(path: Path) -> str | None:
    try:
        return json.loads((path / "config.json").read_text(encoding="utf-8")).get("model_type")
    except (OSError, ValueError):
        return None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


# ---------------------------------------------------------------------- conversion
def _patch_config(config: Any) -> None:
    """Make the config say what transformers 5 computes, where the converter reads other keys.

    transformers 5 configs no longer carry ``normalize_before``/``normalize_embedding``; the
    modelling code fixes them per class (MBart: pre-norm; BART: post-norm; both normalise
    embeddings), so the values are set from the model type, never from stale config keys.
    """
    if config.model_type == "mbart":
        config.normalize_before = True
        config.normalize_embedding = True
    elif config.model_type == "bart":
        config.normalize_before = False
        config.normalize_embedding = True
    elif config.model_type in ("t5", "mt5", "umt5"):
        # The converter scales decoder outputs by d_model**-0.5 when embeddings are tied; the
        # modelling code decides with ``scale_decoder_outputs`` (T5) and never scales for mT5.
        config.tie_word_embeddings = bool(getattr(config, "scale_decoder_outputs", False))


def _metadata(model: Any, info: Any, source: Path, ref: str, quantization: str) -> dict[str, Any]:
    """What the backend needs besides the weights: generation defaults and special tokens."""
    import ctranslate2

    tokenizer = info.tokenizer
    gen = model.generation_config
    start = gen.decoder_start_token_id
    if start is None:
        start = (
            model.config.decoder_start_token_id if model.config.decoder_start_token_id is not None else gen.bos_token_id
        )
    suppress = [tokenizer.convert_ids_to_tokens(list(seq)) for seq in (gen.bad_words_ids or [])]
    return {
        "format": FORMAT,
        "model": ref,
        "source": str(source),
        "model_type": model.config.model_type,
        "quantization": quantization,
        "ctranslate2": ctranslate2.__version__,
        "tokenizer_class": info.named_class,
        "tokenizer_method": info.method,
        "max_input_tokens": input_window(tokenizer, model.config),
        "max_output_tokens": output_window(model.config),
        "decoder_start_token": tokenizer.convert_ids_to_tokens(start) if start is not None else None,
        "forced_bos_token": (
            tokenizer.convert_ids_to_tokens(gen.forced_bos_token_id) if gen.forced_bos_token_id is not None else None
        ),
        "forced_eos": gen.forced_eos_token_id is not None,
        "generation": {
            "num_beams": gen.num_beams or 1,
            "max_length": gen.max_length if gen.max_length is not None else 20,
            "min_length": gen.min_length or 0,
            "no_repeat_ngram_size": gen.no_repeat_ngram_size or 0,
            "repetition_penalty": gen.repetition_penalty if gen.repetition_penalty is not None else 1.0,
            "length_penalty": gen.length_penalty if gen.length_penalty is not None else 1.0,
        },
        "suppress_sequences": suppress,
    }


def _convert_into(source: Path, output: Path, ref: str, quantization: str, allow_pickle: bool) -> None:
    """Convert ``source`` into ``output`` atomically (a temporary folder renamed at the end)."""
    from ctranslate2.converters import TransformersConverter

    captured: dict[str, Any] = {}

    class _Converter(TransformersConverter):
        def load_model(self, model_class, model_name_or_path, **kwargs):
            kwargs["use_safetensors"] = None if allow_pickle else True
            kwargs["weights_only"] = True
            model = super().load_model(model_class, model_name_or_path, **kwargs)
            _patch_config(model.config)
            captured["model"] = model
            return model

        def load_tokenizer(self, tokenizer_class, model_name_or_path, **kwargs):
            captured["tokenizer"] = load_tokenizer_info(model_name_or_path)
            return captured["tokenizer"].tokenizer

    output.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
    try:
        _Converter(str(source)).convert(str(work), quantization=quantization, force=True)
        meta = _metadata(captured.pop("model"), captured["tokenizer"], source, ref, quantization)
        for file in source.iterdir():
            if file.is_file() and (file.name in _TOKENIZER_FILES or file.suffix in _TOKENIZER_SUFFIXES):
                shutil.copy2(file, work / file.name)
        (work / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
        if output.exists():
            shutil.rmtree(output)
        try:
            os.replace(work, output)
        except OSError:
            if not is_converted(output):  # not another process finishing the same conversion first
                raise
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)


def convert(
    model: str,
    *,
    quantization: str | None = None,
    device: str = "auto",
    output: str | Path | None = None,
    force: bool = False,
    allow_pickle: bool = False,
    local_files_only: bool | None = None,
) -> Path:
    """Convert a Hugging Face checkpoint into a CTranslate2 model.

    Args:
        model: Hugging Face id or local directory.
        quantization: weights type; default int8 for CPU, float16 for GPU.
        device: the device the model is meant for ("auto", "cpu", "cuda"); picks the default
            quantization.
        output: folder to write; default the cache folder the pipeline looks in.
        force: convert again even when the output exists.
        allow_pickle: accept checkpoints that ship only ``pytorch_model.bin``.
        local_files_only: never download (None: follow ``HF_HUB_OFFLINE``).

    Returns:
        The folder holding the converted model.

    Raises:
        ValueError: unknown quantization or device, or an output folder that is not empty.
        ModelNotAvailableError: the model cannot be found, or cannot be converted.
    """
    try:
        import ctranslate2  # noqa: F401
    except ImportError:
        raise ModelNotAvailableError("converting needs the ctranslate2 package: pip install ctranslate2") from None
    if quantization is None:
        try:
            quantization = default_quantization(ct2_device(device))
        except Unavailable:
            quantization = default_quantization("cpu")
    if quantization not in QUANTIZATIONS:
        raise OptionError(f"unknown quantization {quantization!r}; choose from {', '.join(QUANTIZATIONS)}")
    path = resolve_model(model, allow_pickle=allow_pickle, local_files_only=local_files_only)
    if is_converted(path):
        raise OptionError(f"{model} is already a CTranslate2 model")
    model_type = _model_type(path)
    if model_type not in SUPPORTED_TYPES:
        raise ModelNotAvailableError(
            f"model {model}: CTranslate2 conversion is not supported for model type {model_type!r} "
            f"(supported: {', '.join(SUPPORTED_TYPES)}); use --backend torch"
        )
    target = Path(output).expanduser() if output else cache_dir(model, path, quantization)
    if is_converted(target) and not force:
        log.info("%s is already converted in %s", model, target)
        return target
    if target.exists() and any(target.iterdir()) and not is_converted(target) and not force:
        raise OptionError(f"output folder {target} is not empty; choose another one or pass --force")
    try:
        _convert_into(path, target, model, quantization, allow_pickle)
    except Exception as exc:  # the converter raises many types; all mean "cannot convert"
        raise ModelNotAvailableError(
            f"model {model} could not be converted to CTranslate2: {_first_line(exc)}"
        ) from None
    return target


# ---------------------------------------------------------------------- loading
def load(spec: ModelSpec, required: bool) -> CT2Backend | None:
    """Load ``spec.model`` with CTranslate2, converting it on first use.

    Args:
        spec: the model and its settings.
        required: raise instead of returning None when CTranslate2 cannot run it.

    Returns:
        The backend, or None (with a log message saying why) when the caller should use torch.

    Raises:
        ModelNotAvailableError: the model cannot be found, or (``required``) cannot run here.
        ValueError: an unknown device or quantization name.
    """
    try:
        return _load(spec)
    except Unavailable as exc:
        if required:
            raise ModelNotAvailableError(f"backend 'ctranslate2' cannot run {spec.model}: {exc}") from None
        log.warning("%s: %s; using the torch backend", spec.model, exc)
        return None


def _load(spec: ModelSpec) -> CT2Backend:
    try:
        import ctranslate2
    except ImportError:
        raise Unavailable("the ctranslate2 package is not installed (pip install ctranslate2)") from None
    device = ct2_device(spec.device)
    quantization = spec.quantization or default_quantization(device)
    _check_quantization(quantization, device)
    path = resolve_model(spec.model, allow_pickle=spec.allow_pickle, local_files_only=spec.local_files_only)
    tokenizer_dir: Path | None = path
    if is_converted(path):  # a folder written by `summarizer models convert --output`
        folder, tokenizer_dir = path, None
        stored = json.loads((path / META_FILE).read_text(encoding="utf-8")).get("quantization")
        if spec.quantization is None and stored in ctranslate2.get_supported_compute_types(device):
            quantization = stored
    else:
        model_type = _model_type(path)
        if model_type not in SUPPORTED_TYPES:
            raise Unavailable(f"model type {model_type!r} is not supported (supported: {', '.join(SUPPORTED_TYPES)})")
        folder = cache_dir(spec.model, path, quantization)
        if not is_converted(folder):
            log.info(  # nothing is wrong: an expected first-use step, shown with -v
                "converting %s to CTranslate2 (%s) for faster inference; done once, kept in %s",
                spec.model,
                quantization,
                folder,
            )
            try:
                _convert_into(path, folder, spec.model, quantization, spec.allow_pickle)
            except Exception as exc:  # any converter failure means "use torch"
                raise Unavailable(f"conversion failed: {_first_line(exc)}") from None
    try:
        return CT2Backend(spec, folder, device=device, compute_type=quantization, tokenizer_dir=tokenizer_dir)
    except (RuntimeError, ValueError, OSError) as exc:
        raise Unavailable(f"CTranslate2 could not load it: {_first_line(exc)}") from None


class CT2Backend(HFTokenizedInputs):
    """A converted seq2seq model on CTranslate2.

    Args:
        spec: which model and its settings (threads, prefix, input window override).
        folder: the converted model (with ``summarizer.json``).
        device: "cpu" or "cuda".
        compute_type: CTranslate2 compute type, e.g. "int8" or "float16".
        tokenizer_dir: where the Hugging Face tokenizer is; default the converted folder.
    """

    name = "ctranslate2"

    def __init__(
        self,
        spec: ModelSpec,
        folder: Path,
        *,
        device: str = "cpu",
        compute_type: str = "int8",
        tokenizer_dir: Path | None = None,
    ) -> None:
        import ctranslate2

        self.spec = spec
        self.folder = Path(folder)
        self.device = device
        self.compute_type = compute_type
        meta = json.loads((self.folder / META_FILE).read_text(encoding="utf-8"))
        self.meta = meta
        self.translator = ctranslate2.Translator(
            str(self.folder),
            device=device,
            compute_type=compute_type,
            inter_threads=1,
            intra_threads=spec.threads or 0,
        )
        # A converted folder's config.json is CTranslate2's: the model's type and tokenizer class
        # come from the metadata written at conversion.
        self.tokenizer = load_tokenizer(
            tokenizer_dir or self.folder, model_type=meta.get("model_type"), tokenizer_class=meta.get("tokenizer_class")
        )
        stored_input = int(meta["max_input_tokens"])
        if "max_output_tokens" in meta:
            self.max_output_tokens: int | None = meta["max_output_tokens"]
        else:  # converted before this field existed: the input window bounds the positions
            relative = meta.get("model_type") in ("t5", "mt5", "umt5")
            self.max_output_tokens = None if relative else stored_input - 1
        hard = None if self.max_output_tokens is None else self.max_output_tokens + 1
        self.max_input_tokens = int(spec.max_input_tokens or stored_input)
        if hard is not None:
            self.max_input_tokens = min(self.max_input_tokens, hard)
        self.prefix = spec.prefix or ""
        self.languages = language_codes(tokenizer_dir or self.folder)
        # (Padded source tokens + expected output tokens) x beams per translate_batch() call.
        self.batch_tokens, self.max_items = batch_limits(
            spec.max_batch_tokens,
            device,
            _source_config(meta),
            4 if compute_type in _FLOAT32_TYPES else 2,
            cpu_default=cpu_default_budget(spec.role),
        )
        self.defaults: dict[str, Any] = meta["generation"]
        self._forced_eos = bool(meta.get("forced_eos"))
        ct2_config = json.loads((self.folder / "config.json").read_text(encoding="utf-8"))
        target_prefix: list[str] = []
        if ct2_config.get("decoder_start_token") is None and meta.get("decoder_start_token"):
            target_prefix.append(meta["decoder_start_token"])  # used as the start token, not output
        self._start_prefix = list(target_prefix)
        if meta.get("forced_bos_token"):
            target_prefix.append(meta["forced_bos_token"])
        self._target_prefix = target_prefix or None
        vocabulary = self._vocabulary()
        self._suppress = [
            seq for seq in meta.get("suppress_sequences", []) if all(t in vocabulary for t in seq)
        ] or None

    def _vocabulary(self) -> set[str]:
        for name in ("shared_vocabulary.json", "target_vocabulary.json"):
            file = self.folder / name
            if file.is_file():
                return set(json.loads(file.read_text(encoding="utf-8")))
        return set()

    def generate(self, texts: Sequence[str], options: GenerationOptions) -> list[str]:
        """Generate one output per text, batched by token budget, in input order.

        ``GenerationOptions`` map to ``translate_batch`` with transformers' meaning: None takes
        the model's own default; lengths count new tokens (a forced BOS included, the EOS not).
        """
        if not texts:
            return []
        ids = self._encode(texts, truncate=True, options=options)
        lengths = [len(x) for x in ids]
        _, _, forced = self._steering(options)
        # A multilingual model: the target language's code is the first output token.
        target_prefix = [*self._start_prefix, forced] if forced is not None else self._target_prefix
        defaults = self.defaults
        default_max = max(1, int(defaults["max_length"]) - 1)  # transformers counts the start token
        limit = self.max_output_tokens
        if limit is not None and target_prefix:
            limit = max(1, limit - (len(target_prefix) - 1))  # a forced BOS takes a position too
        caps = [c if c is not None else default_max for c in output_caps(lengths, options, limit)]
        if limit is not None:
            caps = [min(c, limit) for c in caps]
        beams = options.num_beams or int(defaults["num_beams"]) or 1
        min_new = (
            options.min_new_tokens if options.min_new_tokens is not None else max(0, int(defaults["min_length"]) - 1)
        )
        eos_slot = 1 if self._forced_eos else 0
        common = {
            "beam_size": beams,
            "no_repeat_ngram_size": _pick(options.no_repeat_ngram_size, defaults["no_repeat_ngram_size"]),
            "repetition_penalty": float(_pick(options.repetition_penalty, defaults["repetition_penalty"])),
            "length_penalty": float(_pick(options.length_penalty, defaults["length_penalty"])),
            "suppress_sequences": self._suppress,
            "max_input_length": 0,
            "return_end_token": False,
        }
        # Batch cost: input plus expected output (its cap, or about the input length).
        costs = batch_costs(lengths, caps)
        outputs: list[str] = [""] * len(texts)
        for batch in length_batches(costs, self.batch_tokens, beams, self.max_items):
            batch_caps = [caps[i] for i in batch]
            longest = max(1, max(batch_caps) - eos_slot)
            results = self.translator.translate_batch(
                [self.tokenizer.convert_ids_to_tokens(ids[i]) for i in batch],
                target_prefix=[target_prefix] * len(batch) if target_prefix else None,
                max_decoding_length=longest,
                min_decoding_length=min(min_new, longest),
                **common,
            )
            rows = []
            for cap, result in zip(batch_caps, results, strict=True):
                row = self.tokenizer.convert_tokens_to_ids(result.hypotheses[0])
                rows.append(row[: max(0, cap - eos_slot)])
            decoded = self.tokenizer.batch_decode(rows, skip_special_tokens=True, clean_up_tokenization_spaces=True)
            for i, text in zip(batch, decoded, strict=True):
                outputs[i] = " ".join(text.split())
        return outputs


_FLOAT32_TYPES = ("float32", "int8", "int8_float32", "int16")


def _source_config(meta: dict[str, Any]) -> dict[str, Any]:
    """The source checkpoint's config.json (model sizes for the CUDA batch budget), {} if gone."""
    try:
        return json.loads((Path(meta.get("source", "")) / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _pick(value: Any, default: Any) -> Any:
    return default if value is None else value
