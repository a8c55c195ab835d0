"""GPU readiness that can be checked without a GPU: the batch token budget (``--max-batch-tokens``
and its automatic default) and finding CUDA 12 libraries in the ``nvidia-*-cu12`` wheels' folders."""

from __future__ import annotations

import ctypes.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.backends import batching, cuda_libs
from summarizer.backends.base import ModelSpec, load_backend

FRENCH = [
    "Le président a annoncé mardi une hausse de 3,5 % des salaires.",
    "Mistral AI a levé 600 millions d'euros auprès d'investisseurs européens et américains.",
    "Il pleut.",
]


# ---------------------------------------------------------------------- batch budget
def test_budget_cpu_default_and_override():
    assert batching.batch_limits(None, "cpu") == (batching.CPU_BATCH_TOKENS, batching.MAX_ITEMS["cpu"])
    assert batching.batch_limits(None, "cpu", cpu_default=12_000)[0] == 12_000
    assert batching.batch_limits(777, "cpu")[0] == 777
    assert batching.batch_limits(777, "cuda", free_bytes=10**12)[0] == 777


def test_cuda_budget_grows_with_free_memory_and_is_clipped():
    config = {"d_model": 768, "decoder_layers": 6, "decoder_ffn_dim": 3072}
    per_token = batching.bytes_per_token(config, 2)
    assert per_token == 2 * (4 * 6 * 768 + 3072 + 4 * 768)
    small, _ = batching.batch_limits(None, "cuda", config, 2, free_bytes=8 * 2**30)
    large, items = batching.batch_limits(None, "cuda", config, 2, free_bytes=40 * 2**30)
    assert small == int(8 * 2**30 * batching.CUDA_MEMORY_SHARE / per_token)
    assert batching.CUDA_MIN_TOKENS <= small < large <= batching.CUDA_MAX_TOKENS
    assert items > batching.MAX_ITEMS["cpu"]
    assert batching.batch_limits(None, "cuda", config, 2, free_bytes=10**15)[0] == batching.CUDA_MAX_TOKENS
    assert batching.batch_limits(None, "cuda", config, 2, free_bytes=1)[0] == batching.CUDA_MIN_TOKENS
    assert batching.cuda_budget(None, per_token) == batching.CUDA_FALLBACK_TOKENS


def test_batch_costs_count_input_and_expected_output():
    assert batching.batch_costs([10, 100], [5, None]) == [15, 210]
    assert batching.batch_costs([10], [1000]) == [30]


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["torch", "ctranslate2"])
def test_max_batch_tokens_reaches_the_backend_and_keeps_outputs(tiny_models, tmp_path, monkeypatch, backend):
    monkeypatch.setenv("SUMMARIZER_CACHE", str(tmp_path))
    kwargs = {"model": str(tiny_models / "marian-fr-en"), "role": "translation", "device": "cpu", "threads": 1}
    if backend == "ctranslate2":
        kwargs["quantization"] = "float32"
    default = load_backend(ModelSpec(**kwargs), backend)
    tight = load_backend(ModelSpec(**kwargs, max_batch_tokens=1), backend)  # one sentence per batch
    assert tight.batch_tokens == 1 and default.batch_tokens > 1000
    from summarizer.options import GenerationOptions

    options = GenerationOptions(num_beams=1, max_new_tokens=12)
    assert tight.generate(FRENCH, options) == default.generate(FRENCH, options)


def test_cli_rejects_a_zero_batch_budget(tiny_models):
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "summarize", "--max-batch-tokens", "0", "-"],
        input="Le président a annoncé mardi une hausse des salaires.",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode != 0
    assert "--max-batch-tokens must be at least 1" in proc.stderr


@pytest.mark.slow
def test_cli_max_batch_tokens_same_summary(tiny_models, example_article, tmp_path, capsys):
    from support import tiny_model_args

    from summarizer.cli import main

    article = tmp_path / "article.txt"
    article.write_text(example_article, encoding="utf-8")
    outputs = []
    for extra in ([], ["--max-batch-tokens", "50"]):
        status = main(["summarize", *tiny_model_args(tiny_models), *extra, str(article)])
        out, err = capsys.readouterr()
        assert status == 0, err[-2000:]
        outputs.append(out)
    assert outputs[0] == outputs[1] and outputs[0].strip()


# ---------------------------------------------------------------------- CUDA 12 libraries
def _fake_wheels(root: Path) -> None:
    for package, names in {
        "cublas": ["libcublas.so.12", "libcublasLt.so.12", "libnvblas.so.12"],
        "cudnn": ["libcudnn_ops.so.9", "libcudnn.so.9"],
        "cuda_runtime": ["libcudart.so.12"],
        "nccl": ["libnccl.so.2"],
    }.items():
        lib = root / "nvidia" / package / "lib"
        lib.mkdir(parents=True)
        for name in names:
            (lib / name).write_bytes(b"not a real library")
    (root / "nvidia" / "cublas" / "include").mkdir()


def test_finds_the_wheels_cuda12_libraries_in_load_order(tmp_path):
    _fake_wheels(tmp_path / "site-packages")
    (tmp_path / "empty").mkdir()
    found = cuda_libs.find_cuda12_libs([tmp_path / "empty", tmp_path / "site-packages"])
    assert [f.name for f in found] == [
        "libcudart.so.12",
        "libcublasLt.so.12",
        "libcublas.so.12",
        "libcudnn.so.9",
        "libcudnn_ops.so.9",
    ]
    assert all(f.parent.name == "lib" for f in found)


def test_no_wheels_no_libraries(tmp_path):
    assert cuda_libs.find_cuda12_libs([tmp_path]) == []
    assert cuda_libs.preload_cuda12([tmp_path]) == []


def test_preload_loads_real_libraries_and_skips_broken_ones(tmp_path):
    real = ctypes.util.find_library("m")
    path = next(
        (
            Path(d) / real
            for d in ("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64")
            if real and (Path(d) / real).is_file()
        ),
        None,
    )
    if path is None:
        pytest.skip("no libm file to stand in for a CUDA library")
    _fake_wheels(tmp_path)
    shutil.copy(path, tmp_path / "nvidia" / "cublas" / "lib" / "libcublasLt.so.12")  # a loadable library
    loaded = cuda_libs.preload_cuda12([tmp_path])
    assert [f.name for f in loaded] == ["libcublasLt.so.12"]


@pytest.mark.skipif(cuda_libs.cublas_available(), reason="this machine has CUDA 12's cuBLAS")
def test_missing_cublas_names_the_gpu_extra():
    with pytest.raises(OSError, match=r"summarizer\[gpu\]"):
        cuda_libs.ensure_cuda12()


@pytest.mark.slow
def test_auto_says_which_backend_it_chose(tiny_models, tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("SUMMARIZER_CACHE", str(tmp_path))
    spec = ModelSpec(model=str(tiny_models / "marian-fr-en"), role="translation", device="cpu", threads=1)
    with caplog.at_level("INFO", logger="summarizer"):
        loaded = load_backend(spec, "auto")
    assert loaded.name == "ctranslate2"
    assert (
        "backend auto: " in caplog.text and "runs on CTranslate2 (cpu, int8, batch budget 5000 tokens)" in caplog.text
    )


@pytest.mark.slow
def test_gpu_without_cuda12_libraries_falls_back_to_torch_and_says_why(tiny_models, tmp_path, monkeypatch, caplog):
    """A CUDA GPU that CTranslate2 sees, but no CUDA 12 cuBLAS on the system nor from the wheels."""
    import ctranslate2

    monkeypatch.setenv("SUMMARIZER_CACHE", str(tmp_path))
    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 1)
    monkeypatch.setattr(cuda_libs, "cublas_available", lambda: False)
    monkeypatch.setattr(cuda_libs, "site_dirs", lambda: [tmp_path])
    spec = ModelSpec(model=str(tiny_models / "marian-fr-en"), role="translation", device="auto", threads=1)
    with caplog.at_level("INFO", logger="summarizer"):
        loaded = load_backend(spec, "auto")
    assert loaded.name == "torch"
    assert "libcublas.so.12" in caplog.text and 'pip install "fr-news-summarizer[gpu]"' in caplog.text
    assert "using the torch backend" in caplog.text and "runs on torch (cpu, float32" in caplog.text


def test_batch_budget_does_not_change_the_batch_cache_key():
    """Outputs do not depend on batching, so a resumed batch run with another budget reuses its results."""
    from summarizer.batch.cache import config_fingerprint
    from summarizer.config import PipelineOptions, SummarizerConfig

    options = PipelineOptions()
    assert config_fingerprint(SummarizerConfig(max_batch_tokens=64), options) == config_fingerprint(
        SummarizerConfig(), options
    )
    assert config_fingerprint(SummarizerConfig(quantization="float32"), options) != config_fingerprint(
        SummarizerConfig(), options
    )
