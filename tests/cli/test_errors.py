"""The CLI's one error boundary: every error is one line and a documented exit status; a bug says so."""

from __future__ import annotations

import importlib
import io
import subprocess
import sys

import pytest
from support import ROOT

from summarizer.cli import main
from summarizer.cli import summarize as summarize_command


def _run(argv: list[str], stdin: str = "Bonjour tout le monde, ceci est un article sur la politique.") -> int:
    return main(argv, stdin=io.StringIO(stdin), stdout=io.StringIO())


def _fail_with(monkeypatch: pytest.MonkeyPatch, exc: BaseException) -> None:
    """Make building the summarizer raise ``exc`` (the boundary is what is under test)."""

    def build(args):
        raise exc

    monkeypatch.setattr(summarize_command, "build_summarizer", build)


def test_unknown_preset_is_a_usage_error(capsys):
    assert _run(["summarize", "--preset", "nope", "-"]) == 2
    err = capsys.readouterr().err
    from summarizer.presets import load_catalog

    choices = ", ".join(load_catalog().presets)  # every preset of models/presets.toml, in its order
    assert err.strip() == f"summarizer: usage error: unknown preset 'nope'; choose from {choices}"
    assert "fast, translate-summarize" in choices


def test_an_unexpected_exception_is_reported_as_a_bug_in_one_line(monkeypatch, capsys):
    monkeypatch.delenv("SUMMARIZER_DEBUG", raising=False)
    _fail_with(monkeypatch, ValueError("list index out of range\nsecond line"))
    assert _run(["summarize", "-"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "internal error: ValueError: list index out of range" in err and "bug" in err and "--debug" in err


@pytest.mark.parametrize("how", ["flag", "flag-after-command", "environment"])
def test_debug_shows_the_traceback(monkeypatch, capsys, how):
    monkeypatch.delenv("SUMMARIZER_DEBUG", raising=False)
    _fail_with(monkeypatch, KeyError("oops"))
    argv = {"flag": ["--debug", "summarize", "-"], "flag-after-command": ["summarize", "-", "--debug"]}.get(
        how, ["summarize", "-"]
    )
    if how == "environment":
        monkeypatch.setenv("SUMMARIZER_DEBUG", "1")
    assert _run(argv) == 1
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "KeyError: 'oops'" in err


def test_os_error_names_the_path(monkeypatch, capsys):
    _fail_with(monkeypatch, PermissionError(13, "Permission denied", "/srv/out/summaries.jsonl"))
    assert _run(["summarize", "-"]) == 1
    assert capsys.readouterr().err.strip() == "summarizer: error: /srv/out/summaries.jsonl: Permission denied"


def test_ctrl_c_exits_130(monkeypatch, capsys):
    _fail_with(monkeypatch, KeyboardInterrupt())
    assert _run(["summarize", "-"]) == 130
    assert capsys.readouterr().err.strip() == "summarizer: interrupted"


def test_translate_help_shows_only_translation_options(capsys):
    assert main(["translate", "--help"], stdout=io.StringIO()) == 0
    shown = capsys.readouterr().out
    for option in ("--translation-model", "--source-language", "--target-language", "--device", "--max-chars"):
        assert option in shown
    for option in ("--summarization-model", "--strategy", "--length", "--full-translation", "--no-fact-check"):
        assert option not in shown


def test_the_core_never_imports_the_demo():
    """Importing the core imports no ``app`` module; the parser loads only the demo's registration hook."""
    code = (
        "import sys, summarizer.cli, summarizer.pipeline, summarizer.batch, summarizer.evaluate;"
        "demo = lambda: sorted(m for m in sys.modules if m.split('.')[0] in ('app', 'gradio'));"
        "print(demo()); summarizer.cli.build_parser(); print(demo())"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "['app', 'app.cli']"]


def test_demo_without_the_demo_installed_says_how_to_install_it(monkeypatch, capsys):
    main_module = importlib.import_module("summarizer.cli.main")  # the module (the package's `main` is the function)
    monkeypatch.setattr(
        main_module, "_extension_commands", lambda: []
    )  # as if fr-news-summarizer[demo] were not installed
    assert _run(["demo", "--port", "8000"]) == 2
    assert capsys.readouterr().err.strip() == (
        "summarizer: usage error: the web demo is not installed: pip install 'fr-news-summarizer[demo]'"
    )
