"""Find model files: a local directory wins over a Hugging Face id; one place turns
"not available" into a clear message.

Hub downloads honour ``HF_HUB_OFFLINE`` and ``local_files_only``; without network they fail
within seconds (``HF_HUB_ETAG_TIMEOUT`` defaults to 10 s here) instead of hanging. Pickle
weights (``pytorch_model.bin``) are refused unless the caller opts in.
"""

from __future__ import annotations

import json
import logging
import os
import re
import zipfile
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


_MAX_HEADER = 100 << 20  # a safetensors header larger than this is not a real one


def is_safetensors(file: Path) -> bool:
    """True when ``file`` starts like a safetensors file: an 8-byte little-endian header size,
    then that many bytes of JSON object, all inside the file (the content decides, not the name)."""
    try:
        size = file.stat().st_size
        with file.open("rb") as handle:
            head = handle.read(8)
            if len(head) < 8:
                return False
            n = int.from_bytes(head, "little")
            if n < 2 or n > _MAX_HEADER or 8 + n > size:
                return False
            header = json.loads(handle.read(n).decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return False
    return isinstance(header, dict)


def _indexed_files(index: Path, folder: Path, model: str) -> list[Path]:
    """The weight files an index (``*.index.json``) refers to, each checked to lie inside
    ``folder`` and exist; raises ModelNotAvailableError naming the first bad one."""
    try:
        data = json.loads(index.read_text(encoding="utf-8"))
        weight_map = data["weight_map"]
        names = sorted(set(weight_map.values()))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise ModelNotAvailableError(f"model {model}: {index.name} is not a valid weights index") from None
    if not names:
        raise ModelNotAvailableError(f"model {model}: {index.name} lists no weight files")
    root = folder.resolve()
    files = []
    for name in names:
        if not isinstance(name, str) or not name:
            raise ModelNotAvailableError(f"model {model}: {index.name} names an invalid weight file {name!r}")
        file = (folder / name).resolve()
        if not file.is_relative_to(root):
            raise ModelNotAvailableError(
                f"model {model}: {index.name} points outside the model folder, to {name}; refusing to load it"
            )
        if not file.is_file():
            raise ModelNotAvailableError(f"model {model}: {index.name} names {name}, which does not exist in {folder}")
        files.append(file)
    return files


def _is_torch_file(file: Path) -> bool:
    """True for a ``torch.save`` file: a zip archive, or a legacy pickle (protocol byte 0x80)."""
    try:
        with file.open("rb") as handle:
            first = handle.read(1)
    except OSError:
        return False
    return first == b"\x80" or zipfile.is_zipfile(file)


def _refuse_pickle(model: str, what: str) -> UnsafeCheckpointError:
    return UnsafeCheckpointError(
        f"model {model} {what}, which can run code when loaded; convert it to safetensors, or opt in "
        "with --allow-pickle (API: allow_pickle=True) if you trust its publisher"
    )


def check_weights(path: Path, model: str, allow_pickle: bool) -> None:
    """Raise unless every weight file the model folder (or its index) refers to is loadable and safe.

    Every file named ``model.safetensors`` or listed in ``model.safetensors.index.json`` must be
    a real safetensors file (its header is checked, not its name) unless ``allow_pickle``; an
    index may only name existing files inside the folder.

    Raises:
        UnsafeCheckpointError: pickle weights (by name or by content) without ``allow_pickle``.
        ModelNotAvailableError: no weights, or an index naming a missing file, a file outside
            the folder, or a file that is not weights.
    """
    single, index = path / SAFE_WEIGHTS[0], path / SAFE_WEIGHTS[1]
    if single.is_file() or index.is_file():
        files = [single] if single.is_file() else []
        if index.is_file():
            files += _indexed_files(index, path, model)
        for file in files:
            if is_safetensors(file):
                continue
            if not allow_pickle:
                raise _refuse_pickle(model, f"has a weight file {file.name} that is not safetensors (pickle or other)")
            if not _is_torch_file(file):
                raise ModelNotAvailableError(
                    f"model {model}: weight file {file.name} is neither safetensors nor a torch file"
                )
            log.warning("loading non-safetensors weights %s of %s (opted in with allow_pickle)", file.name, model)
        return
    if any((path / name).is_file() for name in PICKLE_WEIGHTS):
        if not allow_pickle:
            raise _refuse_pickle(model, "ships only pickle weights (pytorch_model.bin)")
        if (path / PICKLE_WEIGHTS[1]).is_file():
            _indexed_files(path / PICKLE_WEIGHTS[1], path, model)
        log.warning("loading pickle weights of %s (opted in with allow_pickle)", model)
        return
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
