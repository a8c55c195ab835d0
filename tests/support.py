"""Helpers shared by several test modules (servers on free ports, tiny-model CLI options)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"

# An article written for the tests of the headline: two stories of equal weight, so that the headline decides.
TWO_STORIES = "\n\n".join(
    [
        "La ville de Lyon a présenté mardi son budget pour l'année prochaine, en hausse de 4 %.",
        "Le maire a expliqué que les transports publics recevraient la plus grande part des nouveaux crédits.",
        "Trois nouvelles lignes de tramway seront construites d'ici 2030 pour desservir la banlieue est.",
        "Dans le même temps, la métropole a annoncé la fermeture de deux piscines municipales pour travaux.",
        "Les piscines du quartier de Gerland et de la Croix-Rousse resteront fermées pendant dix-huit mois.",
        "Les associations de nageurs dénoncent une décision prise sans concertation avec les clubs.",
        "L'opposition municipale a critiqué un budget jugé trop dépensier.",
        "Le conseil municipal votera le texte à la fin du mois.",
    ]
)


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


def wait_until_up(url: str, process: subprocess.Popen, log: Path, timeout: float = 180.0) -> None:
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


@contextlib.contextmanager
def demo_server(tiny_models: Path, tmp: Path, *options: str) -> Iterator[str]:
    """``summarizer demo`` on the tiny models (one thread, greedy) as a subprocess on a free
    127.0.0.1 port, with its uploads and log in ``tmp``; yields its URL and stops it afterwards."""
    port = free_port()
    log = tmp / "demo.log"
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "GRADIO_TEMP_DIR": str(tmp / "gradio"),
        "PYTHONUNBUFFERED": "1",
    }
    command = [
        sys.executable,
        "-m",
        "summarizer",
        "demo",
        *tiny_model_args(tiny_models),  # one thread: tiny models are several times faster than on two busy ones
        "--num-beams",
        "1",
        *options,
        "--port",
        str(port),
    ]
    with log.open("wb") as sink:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_until_up(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


class FakeBackend:
    """A deterministic stand-in for a seq2seq model, for fast tests of everything around models.

    Tokens are words (plus one end-of-sequence token). A summarization "model" returns the
    first ``max_new_tokens`` words of its input; a translation "model" returns its input in
    upper case (so every translated sentence can be traced back to its source). An input
    containing ``fail_on`` makes ``generate`` raise ``RuntimeError``, as a real model can.

    Args:
        spec: the :class:`summarizer.backends.ModelSpec` it was loaded for.
        window: the model's input window, in tokens.
        fail_on: a marker that makes generation fail.
    """

    name = "fake"

    def __init__(self, spec, window: int = 60, fail_on: str | None = None) -> None:
        self.spec = spec
        self.max_input_tokens = window
        self.fail_on = fail_on
        self.calls: list[list[str]] = []

    def count_tokens(self, texts) -> list[int]:
        return [len(text.split()) + 1 for text in texts]

    def generate(self, texts, options) -> list[str]:
        texts = list(texts)
        self.calls.append(texts)
        if self.fail_on and any(self.fail_on in text for text in texts):
            raise RuntimeError(f"fake model failed on {self.fail_on!r}")
        if self.spec.role == "translation":
            return [text.upper() for text in texts]
        words = options.max_new_tokens or 20
        return [" ".join(text.split()[:words]) for text in texts]


class FakeFactory:
    """A ``backend_factory`` that makes :class:`FakeBackend` objects and remembers them by model."""

    def __init__(self, window: int = 60, fail_on: str | None = None) -> None:
        self.window = window
        self.fail_on = fail_on
        self.loaded: dict[str, FakeBackend] = {}
        self.specs: list = []

    def __call__(self, spec) -> FakeBackend:
        self.specs.append(spec)
        self.loaded[spec.model] = FakeBackend(spec, self.window, self.fail_on)
        return self.loaded[spec.model]


def hub_cache(tiny_models: Path, cache: Path, twins: dict[str, str]) -> Path:
    """A Hugging Face cache in ``cache`` whose models are tiny twins: ``twins`` maps a Hub id (as a
    preset names it) to a folder of ``tiny_models``. Each snapshot is reachable from ``main`` and
    from the revision the presets file names for the model, so presets run offline on twins.
    Point ``HF_HUB_CACHE`` at the returned folder (with ``HF_HUB_OFFLINE=1``)."""
    from summarizer.presets import model_card

    for hub_id, twin in twins.items():
        repo = cache / ("models--" + hub_id.replace("/", "--"))
        commit = "0" * 40
        snapshot = repo / "snapshots" / commit
        snapshot.mkdir(parents=True, exist_ok=True)
        for file in (tiny_models / twin).iterdir():
            if file.is_file() and not (snapshot / file.name).exists():
                (snapshot / file.name).symlink_to(file)
        card = model_card(hub_id)
        for ref in ("main", (card.extra.get("safetensors_revision") if card else None) or "main"):
            (repo / "refs" / ref).parent.mkdir(parents=True, exist_ok=True)
            (repo / "refs" / ref).write_text(commit)
    return cache
