"""Summarizing needs none of the optional extras: with ROUGE and sacreBLEU (the ``[eval]`` extra)
absent, `summarize` works and `evaluate` says which extra to install."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from support import DATA, ROOT

# Runs the CLI as if rouge-score and sacrebleu were not installed (a None entry blocks an import).
WITHOUT_EVAL = (
    "import sys; sys.modules.update(rouge_score=None, sacrebleu=None); "
    "from summarizer.cli import main; sys.exit(main(sys.argv[1:]))"
)


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, "-c", WITHOUT_EVAL, *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)


@pytest.mark.slow
def test_summarize_runs_without_the_eval_extra():
    article = str(DATA / "mistral_softbank_fr.txt")
    done = _cli("summarize", article, "--strategy", "extractive", "--target-language", "fr", "--format", "json")
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)["summary"].strip()


def test_evaluate_says_which_extra_to_install():
    lines = str(DATA / "flores200_sample.eng")
    done = _cli("evaluate", "translation", "--reference", lines, "--hypotheses", lines)
    assert done.returncode == 1
    assert "sacrebleu" in done.stderr and "pip install 'fr-news-summarizer[eval]'" in done.stderr
