"""The README's code blocks, run as written (tiny models stand in for the Hub's).

Python blocks run with ``summarizer.Summarizer`` pointed at the tiny test models (and the demo's
URL at a demo served on the tiny models); every ``summarizer ...`` command line of the shell blocks
must parse, and those that need no model, or name a file the repository ships, are run.
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
from pathlib import Path

import pytest

import summarizer
from summarizer.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(bash|python)\n(.*?)```", README, flags=re.DOTALL)
PYTHON = [code for kind, code in BLOCKS if kind == "python"]
DEMO_URL = "http://127.0.0.1:7860/"


def _commands() -> list[list[str]]:
    """Every ``summarizer ...`` command of the shell blocks, continuation lines joined."""
    commands = []
    for kind, code in BLOCKS:
        if kind != "bash":
            continue
        for line in code.replace("\\\n", " ").splitlines():
            for part in line.split("|"):
                words = shlex.split(part, comments=True)
                if words[:1] == ["summarizer"]:
                    commands.append(words[1:])
    return commands


COMMANDS = _commands()


def test_the_readme_has_the_blocks_this_test_runs():
    assert len(PYTHON) >= 2 and len(COMMANDS) >= 8
    assert any(c[:1] == ["summarize"] and "extractive" in c for c in COMMANDS)


@pytest.mark.parametrize("argv", COMMANDS, ids=[" ".join(c)[:60] for c in COMMANDS])
def test_every_command_line_parses(argv):
    parser = build_parser()
    with contextlib.redirect_stderr(io.StringIO()) as err:
        try:
            parser.parse_args(argv)
        except SystemExit:
            pytest.fail(f"`summarizer {' '.join(argv)}` does not parse: {err.getvalue().strip()}")


def _runnable(argv: list[str]) -> bool:
    """Commands that work offline as written: on files the repository ships."""
    if argv[0] == "summarize":
        return (ROOT / argv[1]).is_file()
    if argv[:2] == ["evaluate", "summarization"]:
        return (ROOT / argv[argv.index("--data") + 1]).is_file() and "extractive" in argv
    return False


@pytest.mark.slow
@pytest.mark.parametrize(
    "argv", [c for c in COMMANDS if _runnable(c)], ids=[" ".join(c)[:60] for c in COMMANDS if _runnable(c)]
)
def test_offline_commands_run(argv, tiny_models, monkeypatch):
    monkeypatch.chdir(ROOT)
    if "extractive" not in argv and "--summarization-model" not in argv:  # the default preset: tiny models instead
        argv = [*argv, "--summarization-model", str(tiny_models / "barthez-fr")]
        argv += ["--translation-model", str(tiny_models / "marian-fr-en"), "--backend", "torch"]
    out = io.StringIO()
    assert main(argv, stdout=out) == 0
    assert out.getvalue().strip()


class _TinySummarizer(summarizer.Summarizer):
    """``Summarizer`` with the tiny test models as defaults (explicit arguments still win)."""

    models: Path

    def __init__(self, preset=None, **kwargs):
        kwargs.setdefault("summarization_model", str(self.models / "barthez-fr"))
        kwargs.setdefault("translation_model", str(self.models / "marian-fr-en"))
        kwargs.setdefault("device", "cpu")
        kwargs["backend"] = "torch"
        super().__init__(preset, **kwargs)


@pytest.mark.slow
@pytest.mark.parametrize("n", [n for n, c in enumerate(PYTHON) if "gradio_client" not in c])
def test_python_api_blocks_run(n, tiny_models, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(_TinySummarizer, "models", tiny_models, raising=False)
    monkeypatch.setattr(summarizer, "Summarizer", _TinySummarizer)
    namespace: dict = {}
    exec(compile(PYTHON[n], "README.md", "exec"), namespace)
    if "result" in namespace:  # the main example
        assert namespace["result"].evidence and len(namespace["results"]) == len(namespace["texts"])


@pytest.mark.slow
def test_gradio_client_block_runs(tiny_models, monkeypatch):
    pytest.importorskip("gradio")
    from support import free_port

    from app.ui import build_app, launch_app
    from summarizer import SummarizerConfig

    monkeypatch.chdir(ROOT)
    config = SummarizerConfig(
        summarization_model=str(tiny_models / "barthez-fr"),
        translation_model=str(tiny_models / "marian-fr-en"),
        device="cpu",
        backend="torch",
    )
    demo = build_app(config)
    try:
        _, url, _ = launch_app(demo, port=free_port(), prevent_thread_lock=True, quiet=True)
        (code,) = [c for c in PYTHON if "gradio_client" in c]
        assert DEMO_URL in code
        namespace: dict = {}
        exec(compile(code.replace(DEMO_URL, url), "README.md", "exec"), namespace)
        assert namespace["result"]["summary"] and "evidence" in namespace["result"]
    finally:
        demo.close()
