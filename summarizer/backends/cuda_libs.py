"""CUDA 12 libraries for CTranslate2 from the package index, without ``LD_LIBRARY_PATH``.

CTranslate2 4.x wheels are built against CUDA 12 and open ``libcublas.so.12`` (and, for some
models, cuDNN 9) when their CUDA code first runs. A machine with another CUDA version (or none
installed system-wide) can get them as wheels: ``pip install "fr-news-summarizer[gpu]"`` installs
``nvidia-cublas-cu12`` and ``nvidia-cudnn-cu12``, which put the libraries under
``site-packages/nvidia/<name>/lib``. :func:`preload_cuda12` loads those files with
``RTLD_GLOBAL`` before CTranslate2 needs them, so its own ``dlopen("libcublas.so.12")`` finds
them already loaded.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import site
import sys
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger("summarizer")

# Wheel folder -> library file-name patterns, in load order (dependencies first).
CUDA12_LIBS: dict[str, tuple[str, ...]] = {
    "cuda_runtime": ("libcudart.so.12*",),
    "cublas": ("libcublasLt.so.12*", "libcublas.so.12*"),
    "cudnn": ("libcudnn.so.9*", "libcudnn_*.so.9*"),
}
CUBLAS = "libcublas.so.12"


def site_dirs() -> list[Path]:
    """Folders where pip puts packages: ``sys.path`` entries and ``site``'s package folders."""
    dirs: list[str] = list(sys.path)
    with contextlib.suppress(AttributeError):  # some virtualenv layouts lack it
        dirs += site.getsitepackages()
    user = site.getusersitepackages() if hasattr(site, "getusersitepackages") else None
    if isinstance(user, str):
        dirs.append(user)
    seen: dict[Path, None] = {}
    for entry in dirs:
        path = Path(entry) if entry else None
        if path is not None and path.is_dir():
            seen.setdefault(path.resolve(), None)
    return list(seen)


def find_cuda12_libs(roots: Iterable[Path] | None = None) -> list[Path]:
    """The CUDA 12 library files of the ``nvidia-*-cu12`` wheels under ``roots``, in load order.

    Args:
        roots: folders holding an ``nvidia/`` package (default: :func:`site_dirs`).
    """
    found: list[Path] = []
    for root in roots if roots is not None else site_dirs():
        base = Path(root) / "nvidia"
        if not base.is_dir():
            continue
        for package, patterns in CUDA12_LIBS.items():
            lib = base / package / "lib"
            if not lib.is_dir():
                continue
            for pattern in patterns:
                for file in sorted(lib.glob(pattern)):
                    if file.is_file() and file not in found:
                        found.append(file)
    return found


def preload_cuda12(roots: Iterable[Path] | None = None) -> list[Path]:
    """Load the wheels' CUDA 12 libraries with ``RTLD_GLOBAL``; returns the files loaded.

    A library whose dependency is not loaded yet is retried after the others; files that still
    fail (e.g. a cuDNN part needing a newer driver) are skipped with a debug message.
    """
    pending = find_cuda12_libs(roots)
    loaded: list[Path] = []
    while pending:
        failed: list[Path] = []
        for file in pending:
            try:
                ctypes.CDLL(str(file), mode=ctypes.RTLD_GLOBAL)
                loaded.append(file)
            except OSError as exc:
                log.debug("could not preload %s: %s", file, exc)
                failed.append(file)
        if len(failed) == len(pending):
            break
        pending = failed
    return loaded


def cublas_available() -> bool:
    """True when ``libcublas.so.12`` can be opened (from the system or already preloaded)."""
    try:
        ctypes.CDLL(CUBLAS)
    except OSError:
        return False
    return True


def ensure_cuda12() -> str | None:
    """Make CUDA 12's cuBLAS loadable for CTranslate2.

    Returns:
        None when the system already has it; otherwise a one-line note saying where it was
        loaded from.

    Raises:
        OSError: when neither the system nor the ``nvidia-*-cu12`` wheels provide it.
    """
    if cublas_available():
        return None
    loaded = preload_cuda12()
    if any(f.name.startswith(CUBLAS) for f in loaded) and cublas_available():
        folders = sorted({str(f.parent) for f in loaded})
        return f"loaded CUDA 12 cuBLAS/cuDNN from the nvidia-*-cu12 wheels ({', '.join(folders)})"
    raise OSError(
        "CTranslate2 needs CUDA 12's cuBLAS (libcublas.so.12), which is not installed; "
        'pip install "fr-news-summarizer[gpu]" (nvidia-cublas-cu12, nvidia-cudnn-cu12) provides it'
    )
