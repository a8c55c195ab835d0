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
FIELDS = (
    "config",
    "preset",
    "device",
    "backend",
    "articles_per_s",
    "tokens_per_s",
    "peak_rss_mb",
    "speedup_vs_baseline",
    "memory_ratio_vs_baseline",
    "loadavg_1m",
)


@pytest.fixture(scope="module")
def bench_work(tmp_path_factory) -> Path:
    """One cache and work folder for the module's benchmark runs: each tiny model is converted once."""
    return tmp_path_factory.mktemp("bench")


def _bench(tiny_models: Path, tmp_path: Path, *extra: str) -> list[dict]:
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
        "1",
        "--translate-n",
        "1",
        "--device",
        "cpu",
        "--threads",
        "1",
        "--work",
        str(tmp_path / "work"),
        *extra,
    ]
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    for line in lines:
        assert "error" not in line, line
        for field in FIELDS:
            assert field in line, (field, line)
        assert line["articles_per_s"] > 0 and line["tokens_per_s"] > 0 and line["peak_rss_mb"] > 0
        assert line["n"] == 1 and line["device"] == "cpu"
    return lines


@pytest.mark.slow
def test_bench_tiny_prints_json_lines(tiny_models, bench_work):
    lines = _bench(tiny_models, bench_work)
    assert [line["config"] for line in lines] == [
        "baseline",
        "project",
        "translate-baseline",
        "translate-project",
        "summarize-raw-ct2",
        "translate-raw-ct2",
    ]
    assert {line["preset"] for line in lines} == {"fast"}
    baseline, project, translate_baseline, translate_project, summarize_raw, translate_raw = lines
    assert baseline["speedup_vs_baseline"] == 1.0 and baseline["memory_ratio_vs_baseline"] == 1.0
    assert baseline["backend"].startswith("transformers")
    assert project["backend"].startswith("ctranslate2") and project["speedup_vs_baseline"] > 0
    assert set(project["stage_s"]) == {"clean", "translate", "summarize"}
    assert translate_project["sentences"] == translate_baseline["sentences"] == translate_raw["sentences"] > 0
    assert translate_project["sentences_per_s"] > 0
    for raw in (summarize_raw, translate_raw):
        assert raw["backend"].startswith("ctranslate2")
        assert raw["raw_batch_tokens"] in (1024, 4096) and set(raw["raw_sweep_s"]) == {"1024", "4096"}
        assert all(len(rounds) == 2 for rounds in raw["raw_sweep_s"].values())
        assert isinstance(raw["pipeline_overhead"], float) and raw["pipeline_s"] > 0
        assert 0 < raw["pipeline_engine_share_cpu"] <= 1
    assert translate_raw["generated_tokens"] == translate_baseline["generated_tokens"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("preset", "expected"),
    # One preset per path through the script: crosslingual has no translator, multilingual a
    # language-steered one (quality and multilingual-small take the same paths with other twins).
    [
        ("crosslingual", ["baseline", "project", "summarize-raw-ct2"]),
        ("multilingual", ["baseline", "project", "translate-raw-ct2"]),
    ],
)
def test_bench_tiny_preset(tiny_models, bench_work, preset, expected):
    lines = _bench(
        tiny_models,
        bench_work,
        "--preset",
        preset,
        "--configs",
        "baseline,project,summarize-raw-ct2,translate-raw-ct2",
        "--raw-rounds",
        "1",
    )
    # crosslingual has no translation model; translate-summarize presets summarize the translation
    assert [line["config"] for line in lines] == expected
    assert {line["preset"] for line in lines} == {preset}
    assert lines[1]["speedup_vs_baseline"] > 0 and lines[1]["memory_ratio_vs_baseline"] > 0
    if preset == "crosslingual":
        assert lines[1]["stage_s"]["translate"] == 0.0
    if preset.startswith("multilingual"):  # the multilingual translator is used, and its tokenizer counted
        assert lines[1]["stage_s"]["translate"] > 0.0 and lines[0]["translation_tokens_per_word"] > 0


def test_bench_rejects_unknown_configuration_and_preset(tmp_path):
    for args, message in ((["--configs", "nope"], "unknown configuration"), (["--preset", "nope"], "invalid choice")):
        proc = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "bench.py"), "--data", "x.jsonl", *args],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 2 and message in proc.stderr
