"""scripts/bench.py runs end to end on the tiny models and prints one valid JSON line per configuration.

This checks the script, not speed: timings on tiny random models mean nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("config", "articles_per_s", "tokens_per_s", "peak_rss_mb", "speedup_vs_baseline", "memory_ratio_vs_baseline")


@pytest.mark.slow
def test_bench_tiny_prints_json_lines(tiny_models, tmp_path):
    env = dict(
        os.environ,
        SUMMARIZER_CACHE=str(tmp_path / "cache"),
        SUMMARIZER_TINY_MODELS=str(tiny_models),
        OMP_NUM_THREADS="1",
    )
    command = [
        sys.executable,
        str(ROOT / "scripts" / "bench.py"),
        "--tiny",
        "--data",
        str(ROOT / "tests" / "data" / "orangesum_sample.jsonl"),
        "--n",
        "2",
        "--device",
        "cpu",
        "--threads",
        "1",
        "--work",
        str(tmp_path / "work"),
    ]
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert [line["config"] for line in lines] == ["baseline", "project", "translate-baseline", "translate-project"]
    for line in lines:
        assert "error" not in line, line
        for field in FIELDS:
            assert field in line, (field, line)
        assert line["articles_per_s"] > 0 and line["tokens_per_s"] > 0 and line["peak_rss_mb"] > 0
        assert line["n"] == 2 and line["device"] == "cpu"
    baseline, project, translate_baseline, translate_project = lines
    assert baseline["speedup_vs_baseline"] == 1.0 and baseline["memory_ratio_vs_baseline"] == 1.0
    assert baseline["backend"].startswith("transformers")
    assert project["backend"].startswith("ctranslate2") and project["speedup_vs_baseline"] > 0
    assert translate_project["sentences"] == translate_baseline["sentences"] > 0
    assert translate_project["sentences_per_s"] > 0


def test_bench_rejects_unknown_configuration(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--data", "x.jsonl", "--configs", "nope"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and "unknown configuration" in proc.stderr
