"""`summarizer summarize`, `summarizer models` and friends, as a user runs them."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time

import pytest
from support import tiny_model_args

from summarizer.cli import main

REQUIRED_FIELDS = (
    "summary",
    "summary_source",
    "source_language",
    "translation",
    "strategy",
    "models",
    "warnings",
    "timings",
)


def run_cli(args, stdin_text: str | bytes = b""):
    """Run the CLI in-process; returns (status, stdout)."""
    data = stdin_text.encode() if isinstance(stdin_text, str) else stdin_text
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    out = io.StringIO()
    status = main([str(a) for a in args], stdin=stdin, stdout=out)
    return status, out.getvalue()


@pytest.fixture(scope="module")
def model_args(tiny_models):
    return tiny_model_args(tiny_models, threads=None)


@pytest.mark.slow
def test_summarize_json_on_the_example_article(model_args, tmp_path, example_article):
    article = tmp_path / "article.txt"
    article.write_text(example_article, encoding="utf-8")
    status, out = run_cli(["summarize", article, "--format", "json", *model_args])
    assert status == 0
    data = json.loads(out)
    for key in REQUIRED_FIELDS:
        assert key in data
    assert data["summary"] and data["summary_source"]
    assert data["source_language"] == "fr"
    assert data["translation"] is None
    assert data["strategy"] == "summarize-translate"
    assert set(data["models"]) == {"summarization", "translation"}
    assert isinstance(data["warnings"], list) and isinstance(data["timings"], dict)


@pytest.mark.slow
def test_summarize_three_times_longer_article_from_stdin_with_full_translation(model_args, example_article):
    long_article = "\n\n".join([example_article] * 3)  # 51 paragraphs: map-reduce and a long translation
    status, out = run_cli(["summarize", "-", "--format", "json", "--full-translation", *model_args], long_article)
    assert status == 0
    data = json.loads(out)
    assert data["chunks"] > 1
    assert any("map-reduce" in n for n in data["notes"])
    assert data["translation"] and len(data["paragraphs"]) > 10


@pytest.mark.slow
def test_text_and_markdown_formats(model_args, tmp_path, example_article):
    article = tmp_path / "a.md"
    article.write_text(example_article, encoding="utf-8")
    status, text_out = run_cli(["summarize", article, *model_args])
    assert status == 0
    status, json_out = run_cli(["summarize", article, "--format", "json", *model_args])
    data = json.loads(json_out)
    refs = [f"[{','.join(str(s['index'] + 1) for s in e['supports'])}]" for e in data["evidence"]]
    refs = ["[unsupported]" if e["unsupported"] else r for e, r in zip(data["evidence"], refs, strict=True)]
    expected = " ".join(f"{e['translation']} {r}".rstrip() for e, r in zip(data["evidence"], refs, strict=True))
    assert text_out.splitlines()[0] == expected
    # Identical fact-guard flags are grouped: no line twice, repeats counted.
    flag_lines = [line for line in text_out.splitlines() if line.startswith("! unverified figure")]
    assert len(flag_lines) == len(set(flag_lines))
    if len(data["flags"]) > len(flag_lines):
        assert any("(x" in line for line in flag_lines)
    status, md = run_cli(["summarize", article, "--format", "markdown", *model_args])
    assert status == 0
    assert md.startswith("## Summary\n\n" + data["evidence"][0]["translation"] + "[^1]")
    assert "### Summary (fr)" in md
    assert "\n[^1]: " in md


def test_text_output_references_article_sentences_and_notes_are_not_warnings(tmp_path, example_article, capsys):
    article = tmp_path / "a.txt"
    article.write_text(example_article, encoding="utf-8")
    extractive = ["--strategy", "extractive", "--target-language", "fr"]
    status, text_out = run_cli(["summarize", article, *extractive])
    err = capsys.readouterr().err
    assert status == 0
    status, json_out = run_cli(["summarize", article, "--format", "json", *extractive])
    data = json.loads(json_out)
    numbers = [e["supports"][0]["index"] + 1 for e in data["evidence"]]
    assert text_out.splitlines()[0] == " ".join(
        f"{e['sentence']} [{n}]" for e, n in zip(data["evidence"], numbers, strict=True)
    )
    # Informational remarks are notes, not warnings.
    assert "summarizer: note: removed 5 boilerplate fragment(s)" in err
    assert "summarizer: note: source is already in 'fr'" in err
    assert "warning" not in err.lower()
    assert data["warnings"] == [] and len(data["notes"]) == 2
    status, md = run_cli(["summarize", article, "--format", "markdown", *extractive])
    first = data["evidence"][0]["supports"][0]
    assert f"[^1]: sentence {first['index'] + 1}: “{first['text']}”" in md
    assert md.count("[^") == 2 * len(data["evidence"])


@pytest.mark.slow
def test_html_file_is_reduced_to_the_article(model_args, tmp_path, example_article):
    paragraphs = "".join(f"<p>{p}</p>" for p in example_article.split("\n\n"))
    html = f"<!doctype html><html><head><title>Mistral</title></head><body><nav>Accueil | Bourse</nav><article>{paragraphs}</article><footer>© 2024</footer></body></html>"
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    status, out = run_cli(["summarize", page, "--format", "json", *model_args])
    assert status == 0
    assert json.loads(out)["source_language"] == "fr"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n\n\t  ", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("12 345 — 0,3 % / 2024".encode(), "no letters"),
        (b"\xff\xfeL\x00\x00\x00\x07\x00", "binary"),  # UTF-16 (BOM) holding NUL and control characters
    ],
)
def test_bad_input_gives_one_clear_line_and_nothing_on_stdout(tmp_path, capsys, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    status, out = run_cli(["summarize", bad, "--summarization-model", tmp_path / "unused"])
    err = capsys.readouterr().err
    assert status == 1
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("summarizer: error:")


def test_empty_stdin_is_an_error(capsys):
    status, out = run_cli(["summarize", "-"], b"")
    assert status == 1 and out == ""
    assert "standard input is empty" in capsys.readouterr().err


def test_missing_file(capsys, tmp_path):
    status, _ = run_cli(["summarize", tmp_path / "nope.txt"])
    assert status == 1
    assert "no such file" in capsys.readouterr().err


def test_missing_model_directory_is_named_in_the_error(tmp_path, capsys, example_article):
    article = tmp_path / "a.txt"
    article.write_text(example_article, encoding="utf-8")
    status, out = run_cli(["summarize", article, "--summarization-model", tmp_path / "models" / "my-barthez"])
    err = capsys.readouterr().err
    assert status == 1 and out == ""
    assert "my-barthez" in err and "not found" in err
    assert len(err.strip().splitlines()) == 1


def test_hub_model_offline_fails_fast_with_how_to_fix(tmp_path, example_article):
    article = tmp_path / "a.txt"
    article.write_text(example_article, encoding="utf-8")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "summarize", str(article)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    elapsed = time.monotonic() - started
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert "moussaKam/barthez-orangesum-abstract" in proc.stderr
    assert "offline" in proc.stderr and "local model directory" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert elapsed < 60


@pytest.mark.slow  # a subprocess or a real server: seconds, not milliseconds
def test_hub_model_without_network_fails_with_the_model_name(tmp_path, example_article):
    """Without HF_HUB_OFFLINE the download is attempted and fails (no hub here) with a clear line."""
    article = tmp_path / "a.txt"
    article.write_text(example_article, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    env["HF_HOME"] = str(tmp_path / "hf")
    env["HF_ENDPOINT"] = "http://127.0.0.1:9"  # a closed local port: no traffic leaves the machine
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "summarizer",
            "summarize",
            str(article),
            "--translation-model",
            "Helsinki-NLP/opus-mt-fr-en",
            "--strategy",
            "extractive",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert "Helsinki-NLP/opus-mt-fr-en could not be downloaded" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_pickle_only_checkpoint_is_refused_unless_allowed(tiny_models, tmp_path, capsys, example_article):
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    pickled = tmp_path / "pickled-marian"
    AutoTokenizer.from_pretrained(tiny_models / "marian-fr-en").save_pretrained(pickled)
    model = AutoModelForSeq2SeqLM.from_pretrained(tiny_models / "marian-fr-en")
    import torch

    model.config.save_pretrained(pickled)
    torch.save(model.state_dict(), pickled / "pytorch_model.bin")
    article = tmp_path / "a.txt"
    article.write_text(example_article, encoding="utf-8")
    args = ["summarize", article, "--strategy", "extractive", "--translation-model", pickled, "--backend", "torch"]
    status, out = run_cli(args)
    err = capsys.readouterr().err
    assert status == 1 and out == ""
    assert "pickle" in err and "--allow-pickle" in err
    status, out = run_cli([*args, "--allow-pickle"])
    assert status == 0 and out.strip()


def test_models_lists_presets_and_marks_non_commercial_licenses():
    status, out = run_cli(["models"])
    assert status == 0
    assert "fast (default)" in out
    assert "moussaKam/barthez-orangesum-abstract" in out
    assert "Helsinki-NLP/opus-mt-fr-en" in out
    assert "csebuetnlp/mT5_m2o_english_crossSum" in out
    crosssum_line = next(line for line in out.splitlines() if "crossSum" in line and "params" in line)
    assert "NON-COMMERCIAL" in crosssum_line
    status, out = run_cli(["models", "--format", "json"])
    data = json.loads(out)
    assert data["models"]["csebuetnlp/mT5_m2o_english_crossSum"]["commercial_use"] is False


def test_usage_errors_exit_2(capsys):
    assert run_cli(["summarize", "--format", "pdf"])[0] == 2
    assert run_cli(["summarize", "--strategy", "magic"])[0] == 2
    assert run_cli(["summarize", "--threads", "0", "-"], "Bonjour tout le monde, ceci est un article.")[0] == 2
    assert run_cli([])[0] == 2


def test_console_script_and_module_entry_point():
    proc = subprocess.run([sys.executable, "-m", "summarizer", "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("summarizer ")


def test_models_says_which_presets_need_allow_pickle():
    status, out = run_cli(["models"])
    assert status == 0
    assert "unverified params" not in out
    blocks = {b.split(":")[0]: b for b in out.split("\n") if b and not b.startswith(" ")}
    assert set(blocks) >= {"fast (default)", "quality", "crosslingual"}
    sections = out.split("\n\n")[0].split("\n")
    needs = [sections[i - 1] for i, line in enumerate(sections) if "needs --allow-pickle" in line]
    assert any("opus-mt-tc-big-fr-en" in line and "pickle weights only" in line for line in needs)
    assert any("mT5_m2o_english_crossSum" in line for line in needs)
    fast = out.split("fast (default)")[1].split("translate-summarize:")[0]
    assert "needs --allow-pickle" not in fast and "safetensors" in fast
    assert "570 MB download" in out


class _Terminal(io.StringIO):
    """Standard input that is an interactive terminal."""

    def isatty(self) -> bool:
        return True


def test_summarize_without_file_on_a_terminal_says_it_reads_stdin(capsys):
    out = io.StringIO()
    status = main(["summarize", "--strategy", "extractive", "--target-language", "fr"], stdin=_Terminal(""), stdout=out)
    err = capsys.readouterr().err
    assert "reading the article from standard input" in err and "Ctrl-D" in err
    assert status == 1 and "empty" in err  # nothing was pasted
    status = main(["summarize", "-", "--strategy", "extractive"], stdin=io.StringIO(""), stdout=out)
    assert "reading the article" not in capsys.readouterr().err  # a pipe: no prompt


class _TerminalErr(io.StringIO):
    """A standard error that is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.mark.slow
def test_long_article_shows_stage_and_chunk_progress_on_a_terminal_only(model_args, example_article, monkeypatch):
    import sys

    long_article = "\n\n".join([example_article] * 6)
    terminal = _TerminalErr()
    monkeypatch.setattr(sys, "stderr", terminal)
    status, out = run_cli(["summarize", "-", *model_args], long_article)
    assert status == 0 and out.strip()
    drawn = terminal.getvalue()
    assert "summarizer: summarizing: chunk 1/" in drawn and "summarizer: translating" in drawn
    # One line rewritten in place, then erased: the notes start on a clean line after the last "\r".
    assert drawn.rsplit("\r", 1)[1].startswith("summarizer: note: removed")

    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    status, _ = run_cli(["summarize", "-", *model_args], long_article)
    assert status == 0
    assert "chunk 1/" not in piped.getvalue() and "\r" not in piped.getvalue()
