"""Find model files: a local directory wins over a Hugging Face id; one place turns
"not available" into a clear message.

Hub downloads honour ``HF_HUB_OFFLINE`` and ``local_files_only``; without network they fail
within seconds (``HF_HUB_ETAG_TIMEOUT`` defaults to 10 s here) instead of hanging. Pickle
weights (``pytorch_model.bin``) are refused unless the caller opts in.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from summarizer.errors import ModelNotAvailableError, UnsafeCheckpointError

log = logging.getLogger("summarizer")

_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")
_FILE_PATTERNS = ["*.json", "*.model", "*.spm", "*.txt", "*.safetensors", "*.tiktoken", "spiece*", "sentencepiece*"]
_PICKLE_PATTERNS = ["pytorch_model*.bin"]
SAFE_WEIGHTS = ("model.safetensors", "model.safetensors.index.json")
PICKLE_WEIGHTS = ("pytorch_model.bin", "pytorch_model.bin.index.json")


def offline_mode() -> bool:
    """True when ``HF_HUB_OFFLINE`` (or ``TRANSFORMERS_OFFLINE``) asks for no network."""
    return any(
        os.environ.get(v, "").strip().lower() in ("1", "true", "yes", "on")
        for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    )


def _how_to_fix(model: str, revision: str | None = None) -> str:
    command = f"hf download {model}" + (f" --revision {revision}" if revision else "")
    return (
        f"download it on a connected machine (`{command}`) and copy the "
        "Hugging Face cache, or pass a local model directory instead"
    )


def _looks_like_path(ref: str) -> bool:
    return ref.startswith((".", "/", "~")) or ref.count("/") > 1 or "\\" in ref


def check_weights(path: Path, model: str, allow_pickle: bool) -> None:
    """Raise when a model directory has no loadable weights, or only pickle ones without opt-in."""
    if any((path / name).is_file() for name in SAFE_WEIGHTS):
        return
    if any((path / name).is_file() for name in PICKLE_WEIGHTS):
        if allow_pickle:
            log.warning("loading pickle weights of %s (opted in with allow_pickle)", model)
            return
        raise UnsafeCheckpointError(
            f"model {model} ships only pickle weights (pytorch_model.bin), which can run code when "
            "loaded; convert it to safetensors, or opt in with --allow-pickle (API: allow_pickle=True) "
            "if you trust its publisher"
        )
    if any(path.glob("*.bin")) and (path / "model.bin").is_file():
        return  # a CTranslate2 model directory
    raise ModelNotAvailableError(f"model {model}: no weights (model.safetensors) found in {path}")


def resolve_model(ref: str, *, allow_pickle: bool = False, local_files_only: bool | None = None) -> Path:
    """Turn a model reference into a local directory holding its files.

    Args:
        ref: a local directory, or a Hugging Face model id such as ``Helsinki-NLP/opus-mt-fr-en``.
        allow_pickle: also fetch and accept ``pytorch_model.bin`` weights.
        local_files_only: never touch the network (default: ``HF_HUB_OFFLINE``).

    Returns:
        The directory with ``config.json``, tokenizer files and weights.

    Raises:
        ModelNotAvailableError: the model cannot be found or downloaded, with how to fix it.
        UnsafeCheckpointError: only pickle weights are available and ``allow_pickle`` is False.
    """
    path = Path(ref).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise ModelNotAvailableError(
                f"model directory {ref} has no config.json; is it a Hugging Face model folder?"
            )
        check_weights(path, ref, allow_pickle)
        return path.resolve()
    if path.exists():
        raise ModelNotAvailableError(f"model {ref} is a file; pass the model's directory")
    if _looks_like_path(ref) or not _HUB_ID.match(ref):
        raise ModelNotAvailableError(f"model directory {ref} not found")

    os.environ.setdefault("HF_HUB_ETAG_TIMEOUT", "10")
    os.environ.setdefault("HF_HUB_DOWNLOAD_TIMEOUT", "30")
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HfHubHTTPError, LocalEntryNotFoundError, RepositoryNotFoundError

    from summarizer.presets import model_card

    offline = offline_mode() if local_files_only is None else local_files_only
    patterns = _FILE_PATTERNS + (_PICKLE_PATTERNS if allow_pickle else [])
    card = model_card(ref)
    # Where main holds only pickle weights, the presets name the Hub's safetensors conversion branch.
    revision = None if allow_pickle or card is None else card.extra.get("safetensors_revision")
    try:
        folder = Path(snapshot_download(ref, revision=revision, allow_patterns=patterns, local_files_only=True))
    except (LocalEntryNotFoundError, FileNotFoundError, OSError, ValueError):
        if offline:
            raise ModelNotAvailableError(
                f"model {ref} is not in the local Hugging Face cache and offline mode is on; {_how_to_fix(ref, revision)}"
            ) from None
        log.info("downloading %s from the Hugging Face Hub", ref)
        try:
            folder = Path(snapshot_download(ref, revision=revision, allow_patterns=patterns))
        except RepositoryNotFoundError:
            raise ModelNotAvailableError(
                f"model {ref} does not exist on the Hugging Face Hub (or is private)"
            ) from None
        except (LocalEntryNotFoundError, HfHubHTTPError, OSError, ValueError) as exc:
            reason = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
            raise ModelNotAvailableError(
                f"model {ref} could not be downloaded from the Hugging Face Hub ({reason}); {_how_to_fix(ref, revision)}"
            ) from None
    if not (folder / "config.json").is_file():
        raise ModelNotAvailableError(f"model {ref}: the download has no config.json; {_how_to_fix(ref, revision)}")
    check_weights(folder, ref, allow_pickle)
    return folder
