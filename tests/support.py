"""Helpers shared by several test modules (servers on free ports, tiny-model CLI options)."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest


def tiny_model_args(tiny_models: Path, threads: int | None = 1) -> list[str]:
    """CLI options that select the tiny BARThez-like and Marian models on the CPU."""
    args = [
        "--summarization-model",
        str(tiny_models / "barthez-fr"),
        "--translation-model",
        str(tiny_models / "marian-fr-en"),
        "--backend",
        "torch",
        "--device",
        "cpu",
    ]
    return [*args, "--threads", str(threads)] if threads else args


def free_port() -> int:
    """A localhost TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log: Path, timeout: float = 90.0) -> None:
    """Poll ``url`` until it answers 200; fail the test with the server's log if it dies or times out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"`summarizer demo` exited with {process.returncode}:\n{log.read_text(errors='replace')[-3000:]}"
            )
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"`summarizer demo` not up after {timeout:.0f}s:\n{log.read_text(errors='replace')[-3000:]}")
