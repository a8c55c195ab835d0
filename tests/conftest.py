"""Shared fixtures: tiny random-weight models (built once per session) and real sample articles."""

from __future__ import annotations

import importlib.util
import json
import os
import tempfile
from pathlib import Path

import pytest
from filelock import FileLock

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"

# Tests never touch the network or the real Hugging Face cache.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# CTranslate2 conversions made by tests stay out of the user's cache.
# With pytest-xdist each worker process gets its own cache (no two processes convert into one folder).
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
os.environ.setdefault("SUMMARIZER_CACHE", str(Path(tempfile.gettempdir()) / f"summarizer-test-cache{_WORKER}"))
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# Tiny models are faster on one thread (and subprocesses inherit this).
os.environ.setdefault("OMP_NUM_THREADS", "1")


def _load_builder():
    spec = importlib.util.spec_from_file_location("make_tiny_models", ROOT / "scripts" / "make_tiny_models.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def tiny_models() -> Path:
    """Directory with barthez-fr, marian-fr-en, bart-en, t5-en and mt5-crosssum tiny models."""
    out = Path(os.environ.get("SUMMARIZER_TINY_MODELS", ROOT / "tests" / ".tiny_models"))
    out.parent.mkdir(parents=True, exist_ok=True)
    # Parallel workers (pytest-xdist) wait for the first one to build them, then reuse its copy.
    with FileLock(str(out) + ".lock"):
        return _load_builder().build_all(out)


@pytest.fixture(scope="session")
def example_article() -> str:
    """The project's reference article (AFP copy with scraping noise)."""
    return (DATA / "mistral_softbank_fr.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def orangesum_sample() -> list[dict]:
    """Ten OrangeSum validation records (id, date, title, article, abstract)."""
    return [json.loads(line) for line in (DATA / "orangesum_sample.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="session")
def tiny_summarizer(tiny_models):
    """A Summarizer on the tiny BARThez-like and Marian models, CPU, torch backend."""
    from summarizer import Summarizer

    return Summarizer(
        summarization_model=str(tiny_models / "barthez-fr"),
        translation_model=str(tiny_models / "marian-fr-en"),
        device="cpu",
        backend="torch",
    )


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto`` (the default in pyproject.toml): one worker per core, at most 4 (each loads torch)."""
    return max(1, min(4, os.cpu_count() or 1))
