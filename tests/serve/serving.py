"""Servers for the HTTP API tests: ``summarizer serve`` on the tiny models, on 127.0.0.1 only."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from support import ROOT, free_port, tiny_model_args


@contextlib.contextmanager
def serve_process(tiny_models: Path, log: Path, *options: str, timeout: float = 180) -> Iterator[str]:
    """``summarizer serve`` (tiny models, one thread, greedy) on a free 127.0.0.1 port until ``/ready``;
    yields its base URL and stops it afterwards (Ctrl-C, as a user stops it)."""
    port = free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONUNBUFFERED": "1", "RAY_USAGE_STATS_ENABLED": "0"}
    command = [sys.executable, "-m", "summarizer", "serve", *tiny_model_args(tiny_models), "--num-beams", "1"]
    command += [*options, "--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as sink:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                pytest.fail(f"`summarizer serve` exited with {process.returncode}:\n{log.read_text()[-3000:]}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base}/ready", timeout=5).status_code == 200:
                    break
            if time.monotonic() > deadline:
                pytest.fail(f"`summarizer serve` not ready after {timeout:.0f} s:\n{log.read_text()[-3000:]}")
            time.sleep(0.3)
        yield base
    finally:
        process.send_signal(signal.SIGINT)  # with --ray, the command also stops Serve and its local Ray
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def metric(text: str, name: str) -> float:
    """The value of one sample line of a Prometheus text exposition (0 when absent)."""
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0
