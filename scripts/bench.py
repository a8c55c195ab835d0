"""Speed and memory of each preset's configuration against plain transformers and raw CTranslate2.

Usage:
    python scripts/bench.py --data FILE.jsonl --n 20 --device cpu|cuda --preset NAME [--threads 2]
    python scripts/bench.py --tiny --preset quality --data tests/data/orangesum_sample.jsonl --n 2   # smoke run

Presets (``--preset``, default ``fast``; models in ``models/presets.toml``): ``fast``,
``translate-summarize``, ``quality``, ``crosslingual``, ``multilingual`` (MADLAD-400 3B) and
``multilingual-small`` (M2M100 418M); the multilingual ones take articles in any language (e.g. a
German JSONL file), and their plain-transformers lines steer the translator by hand as its model
card shows (M2M100: ``tokenizer.src_lang`` and ``forced_bos_token_id``; MADLAD-400: a ``<2en>``
prefix), with each article's language from ``--source-language`` or the project's detector. Prints one JSON line per configuration
(each run in its own subprocess, so peak RSS is its own), with ``preset`` and ``device``:

    baseline             plain transformers, fp32, one article at a time, the models' default
                         generation settings: summarize-translate: summarize, then translate the
                         summary in one ``generate()`` call; translate-summarize: translate the
                         article's sentences in one call, then summarize the joined translation;
                         crosslingual: summarize
    project              this project on the same device: ``Summarizer(preset)`` with the backend
                         ``auto`` picks (CTranslate2 int8 on CPU), all articles in one
                         ``summarize_many()`` call (batched across articles, sentence-level
                         translation, fact guard and language detection included); ``stage_s``
                         gives the pipeline's per-stage times
    translate-baseline   full-article translation of the first ``--translate-n`` articles (10),
                         plain transformers: each article's sentences in one ``generate()`` call
    translate-project    the same articles through one ``Summarizer.translate_many()`` call
    summarize-raw-ct2    raw CTranslate2 by hand (HF tokenizer + ``translate_batch`` with
                         ``max_batch_size``/``batch_type="tokens"``, best of ``--raw-batch-tokens``)
                         on the text the pipeline's summarizer reads, same converted model, pinned
                         length, beams and n-gram ban (presets that summarize the source)
    translate-raw-ct2    raw CTranslate2 by hand on the same sentences as translate-project, same
                         converted model and pinned lengths

The raw lines load the pipeline in the same process and alternate raw and pipeline runs for
``--raw-rounds`` rounds (minimum of each, so other processes' load hurts both alike):
``pipeline_overhead`` = pipeline seconds / raw seconds - 1 (``_cpu``: in CPU seconds), and
``pipeline_engine_share_cpu`` = the share of the pipeline's CPU time spent inside CTranslate2.

Ratios (``speedup_vs_baseline``: articles/s; ``memory_ratio_vs_baseline``: peak RSS; on CUDA also
``gpu_memory_ratio_vs_baseline``) compare each line with its baseline line.

The real models cannot be downloaded here, so the benchmark builds random-weight *architecture
twins* of each preset's models from their published configs (``scripts/bench_twins.py``, sources
cited there and in ``models/presets.toml`` ``[twins.*]``); the ``quality`` preset's translator
twin uses the real opus-mt-tc-big-fr-en tokenizer and config.

Generation lengths are pinned so that random weights cannot shorten the work, and both sides do
the same search: the model's default beam size (4 for every twin but M2M100, 5, and MADLAD-400,
greedy, as their published generation settings) and

* summaries: exactly ``--summary-tokens`` new tokens (default: the mean token count of the
  records' reference abstracts with the summarizer's tokenizer); ``min_new_tokens =
  max_new_tokens`` (CTranslate2: ``min_decoding_length = max_decoding_length``);
* translations: input tokens + 10 new tokens per input (the backends' length-cap rule with
  ratio 1.0); a batch is pinned to its longest input's length, as a plain ``generate()`` call
  on a padded batch runs until its longest output ends.

Random weights write nearly the same summary for every article, so both sides append the
article's first three words to each summary, which keeps the pipeline's de-duplication of
repeated sentences from skipping work. Model conversion to CTranslate2 happens once, before the
timed runs, in its own subprocess (``convert_s``); twins and conversions are cached under
``--work`` (default ``$SUMMARIZER_CACHE/bench`` or ``~/.cache/summarizer/bench``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import bench_twins  # a sibling script: python puts scripts/ on the path when running this one
import bench_workers

ROOT = Path(__file__).resolve().parents[1]

CONFIGS = (
    "baseline",
    "project",
    "translate-baseline",
    "translate-project",
    "summarize-raw-ct2",
    "translate-raw-ct2",
)
PRESETS = tuple(bench_twins.PRESETS)
RAW_BATCH_TOKENS = "1024,4096"
# Worker metrics copied into the JSON line when present.
EXTRAS = (
    "chunked_articles",
    "articles_over_window",
    "stage_s",
    "stage_cpu_s",
    "raw_batch_tokens",
    "raw_sweep_s",
    "raw_sweep_cpu_s",
    "pipeline_s",
    "pipeline_cpu_s",
    "pipeline_rounds_s",
    "pipeline_overhead",
    "pipeline_overhead_cpu",
    "pipeline_engine_share_cpu",
)


# ---------------------------------------------------------------------- measurement helpers
class _GpuPeak:
    """Peak GPU memory in use during a block, sampled with NVML (falls back to torch's counter)."""

    def __init__(self) -> None:
        self.peak_mb: float | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        try:
            import pynvml

            pynvml.nvmlInit()
            self._nvml = pynvml
            self._handle = pynvml.nvmlDeviceGetHandleByIndex(0)
            self._start = pynvml.nvmlDeviceGetMemoryInfo(self._handle).used
        except Exception:  # no NVML: torch's allocator counter below
            self._nvml = None

    def __enter__(self) -> _GpuPeak:
        if self._nvml is not None:
            self._thread = threading.Thread(target=self._sample, daemon=True)
            self._thread.start()
        return self

    def _sample(self) -> None:
        peak = 0
        while not self._stop.is_set():
            used = self._nvml.nvmlDeviceGetMemoryInfo(self._handle).used - self._start
            peak = max(peak, used)
            self.peak_mb = round(peak / 2**20, 1)
            self._stop.wait(0.02)

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        if self.peak_mb is None and "torch" in sys.modules:
            import torch

            if torch.cuda.is_available():
                self.peak_mb = round(torch.cuda.max_memory_reserved() / 2**20, 1)


def _peak_rss_mb() -> float:
    """Peak resident memory of this process. Linux's ``VmHWM`` belongs to the process's own
    address space; ``ru_maxrss`` would also count the parent's memory at fork time."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run_worker(name: str, job_file: Path) -> int:
    """Subprocess entry: run one configuration and print its raw metrics as one JSON line."""
    job = json.loads(job_file.read_text(encoding="utf-8"))
    gpu = _GpuPeak() if job["device"] == "cuda" else contextlib.nullcontext()
    with gpu:
        metrics = bench_workers.WORKERS[name](job)
    metrics["peak_rss_mb"] = _peak_rss_mb()
    if isinstance(gpu, _GpuPeak):
        metrics["peak_gpu_mb"] = gpu.peak_mb
    metrics["torch_imported"] = "torch" in sys.modules
    print(json.dumps(metrics))
    return 0


# ---------------------------------------------------------------------- driver
def _spawn(name: str, job_file: Path, env: dict[str, str], timeout: float) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", name, "--job", str(job_file)],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit {proc.returncode}: {tail[:300]}"}
    return json.loads(lines[-1])


def _tiny_models() -> Path:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_tiny_models", ROOT / "scripts" / "make_tiny_models.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build_all(Path(os.environ.get("SUMMARIZER_TINY_MODELS", ROOT / "tests" / ".tiny_models")))


def _token_stats(model_dir: Path, records: list[dict[str, Any]]) -> tuple[float, int]:
    """Tokens per whitespace word of the articles, and the mean token count of the abstracts."""
    from transformers.utils import logging as hf_logging

    from summarizer.backends.base import load_tokenizer

    hf_logging.set_verbosity_error()
    tokenizer = load_tokenizer(model_dir)
    words = sum(len(r["article"].split()) for r in records)
    tokens = sum(len(ids) for ids in tokenizer([r["article"] for r in records])["input_ids"])
    abstracts = [r.get("abstract") or "" for r in records]
    abstract_tokens = [len(ids) for ids in tokenizer(abstracts)["input_ids"]]
    return tokens / max(1, words), max(1, round(sum(abstract_tokens) / max(1, len(abstract_tokens))))


def _configs(args: argparse.Namespace, parser: argparse.ArgumentParser, strategy: str) -> list[str]:
    configs = [c.strip() for c in args.configs.split(",") if c.strip()]
    unknown = sorted(set(configs) - set(CONFIGS))
    if unknown:
        parser.error(f"unknown configuration(s) {', '.join(unknown)}; choose from {', '.join(CONFIGS)}")
    if strategy == "crosslingual":  # no translation model
        configs = [c for c in configs if not c.startswith("translate")]
    if strategy == "translate-summarize":  # the summarizer reads the translation, not the source
        configs = [c for c in configs if c != "summarize-raw-ct2"]
    if args.backend == "torch":
        configs = [c for c in configs if not c.endswith("raw-ct2")]
    return configs


def _ratios(line: dict[str, Any], ref: dict[str, Any] | None) -> None:
    if ref is None:
        line["speedup_vs_baseline"] = line["memory_ratio_vs_baseline"] = None
        return
    line["speedup_vs_baseline"] = round(line["articles_per_s"] / ref["articles_per_s"], 2)
    line["memory_ratio_vs_baseline"] = round(line["peak_rss_mb"] / ref["peak_rss_mb"], 3)
    if "peak_gpu_mb" in line and ref.get("peak_gpu_mb"):
        line["gpu_memory_ratio_vs_baseline"] = round((line["peak_gpu_mb"] or 0) / ref["peak_gpu_mb"], 3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="JSONL file with an 'article' (and 'abstract') field per line")
    parser.add_argument("--preset", choices=PRESETS, default="fast", help="preset whose models are benchmarked")
    parser.add_argument("--n", type=int, default=50, help="articles to run (default 50)")
    parser.add_argument(
        "--translate-n", type=int, default=10, help="articles for the translate-only figures (default 10)"
    )
    parser.add_argument("--baseline-n", type=int, help="articles for the baseline (default --n; articles/s compared)")
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="CPU threads for the project")
    parser.add_argument("--tiny", action="store_true", help="use the tests' tiny models (fast smoke run)")
    parser.add_argument("--summary-tokens", type=int, help="pinned summary length (default: abstracts' mean)")
    parser.add_argument("--configs", default=",".join(CONFIGS), help=f"comma-separated subset of {', '.join(CONFIGS)}")
    parser.add_argument("--backend", choices=("auto", "torch", "ctranslate2"), default="auto", help="project backend")
    parser.add_argument("--max-batch-tokens", type=int, help="the project's batch token budget (default: automatic)")
    parser.add_argument(
        "--raw-batch-tokens",
        default=RAW_BATCH_TOKENS,
        help=f"comma-separated batch sizes (padded source tokens) tried by the raw CTranslate2 lines ({RAW_BATCH_TOKENS})",
    )
    parser.add_argument("--raw-n", type=int, help="articles for summarize-raw-ct2 (default --n)")
    parser.add_argument("--raw-rounds", type=int, default=2, help="interleaved rounds of the raw lines (default 2)")
    parser.add_argument(
        "--source-language", help="skip language detection in the project runs (for machines without lingua)"
    )
    parser.add_argument("--work", type=Path, help="cache folder for twins and conversions")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per configuration")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--job", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return run_worker(args.worker, args.job)
    if args.data is None:
        parser.error("--data is required")
    try:
        raw_batch_tokens = [int(x) for x in args.raw_batch_tokens.split(",") if x.strip()]
    except ValueError:
        parser.error("--raw-batch-tokens takes comma-separated integers")
    from summarizer.presets import get_preset

    strategy = get_preset(args.preset).strategy
    configs = _configs(args, parser, strategy)

    base = Path(os.environ.get("SUMMARIZER_CACHE", Path.home() / ".cache" / "summarizer")).expanduser()
    work = (args.work or base / "bench").resolve()
    work.mkdir(parents=True, exist_ok=True)
    records = bench_twins.records(args.data)
    if not records:
        parser.error(f"{args.data} has no records")
    # --n beyond the file (GPU runs of 1,000+ articles): the records again, each copy opened by a
    # "Copie K." sentence so that the pipeline's de-duplication of repeated sentences and summaries
    # cannot skip the work a new article needs
    records = [
        dict(r, article=f"Copie {k // len(records)}. {r['article']}") if k >= len(records) else r
        for k, r in enumerate(records[i % len(records)] for i in range(args.n))
    ]
    if not args.tiny:
        bench_twins.check_presets()
    summ, trans = bench_twins.preset_models(args.preset, args.data, work, _tiny_models() if args.tiny else None)
    per_word, abstract_tokens = _token_stats(summ, records)
    summary_tokens = args.summary_tokens or (8 if args.tiny else abstract_tokens)
    job = {
        "preset": args.preset,
        "strategy": strategy,
        "summarization_model": str(summ),
        "translation_model": str(trans) if trans else None,
        "articles": [r["article"] for r in records],
        "translate_articles": [r["article"] for r in records[: args.translate_n]],
        "device": args.device,
        "threads": args.threads,
        "summary_tokens": summary_tokens,
        "backend": args.backend,
        "source_language": args.source_language,
        "max_batch_tokens": args.max_batch_tokens,
        "raw_batch_tokens": raw_batch_tokens,
        "raw_rounds": args.raw_rounds,
    }
    job_file = work / f"job-{os.getpid()}.json"
    baseline_file = work / f"job-{os.getpid()}-baseline.json"
    job_file.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
    baseline_job = dict(job, articles=job["articles"][: args.baseline_n or len(records)])
    baseline_file.write_text(json.dumps(baseline_job, ensure_ascii=False), encoding="utf-8")
    raw_file = work / f"job-{os.getpid()}-raw.json"
    raw_job = dict(job, articles=job["articles"][: args.raw_n or len(records)])
    raw_file.write_text(json.dumps(raw_job, ensure_ascii=False), encoding="utf-8")
    files = {"baseline": baseline_file, "summarize-raw-ct2": raw_file}
    env = dict(os.environ, SUMMARIZER_CACHE=str(work / "cache"), HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    common = {
        "preset": args.preset,
        "strategy": strategy,
        "device": args.device,
        "n": len(records),
        "threads": args.threads,
        "cpus": os.cpu_count(),
        "summary_tokens": summary_tokens,
        "source_tokens_per_word": round(per_word, 3),
        "translation_tokens_per_word": round(_token_stats(trans, records)[0], 3) if trans else None,
        "models": "tiny" if args.tiny else "twins",
        "twin_params": None
        if args.tiny
        else {"summarization": bench_twins.params(summ), "translation": trans and bench_twins.params(trans)},
    }
    try:
        convert = {}
        if any(c.endswith(("project", "raw-ct2")) for c in configs) and args.backend != "torch":
            convert = _spawn("convert", job_file, env, args.timeout)
        lines: dict[str, dict[str, Any]] = {}
        for name in configs:
            load_before = os.getloadavg()[0]
            raw = _spawn(name, files.get(name, job_file), env, args.timeout)
            line: dict[str, Any] = {"config": name, **common}
            if "error" in raw:
                line["error"] = raw["error"]
                print(json.dumps(line), flush=True)
                continue
            run_s = max(raw["run_s"], 1e-9)
            if name.startswith("translate"):
                articles = len(job["translate_articles"])
            elif raw.get("articles_compared") is not None:  # the raw line compares articles that fit the window
                articles = raw["articles_compared"]
            else:
                articles = len(json.loads(files.get(name, job_file).read_text(encoding="utf-8"))["articles"])
            line.update(
                n=articles,
                backend=raw["backend"],
                articles_per_s=round(articles / run_s, 4),
                tokens_per_s=round(raw["tokens"] / run_s, 1),
                peak_rss_mb=raw["peak_rss_mb"],
            )
            if "sentences" in raw:
                line["sentences_per_s"] = round(raw["sentences"] / run_s, 3)
                line["sentences"] = raw["sentences"]
            if "peak_gpu_mb" in raw:
                line["peak_gpu_mb"] = raw["peak_gpu_mb"]
            ref_name = "translate-baseline" if name.startswith("translate") else "baseline"
            _ratios(line, line if name == ref_name else lines.get(ref_name))
            line.update(
                run_s=round(raw["run_s"], 2),
                load_s=round(raw["load_s"], 2),
                generated_tokens=raw["tokens"],
                torch_imported=raw["torch_imported"],
                loadavg_1m=[round(load_before, 2), round(os.getloadavg()[0], 2)],
            )
            if "cpu_s" in raw:
                line["cpu_s"] = round(raw["cpu_s"], 2)
            for key in EXTRAS:
                if key in raw:
                    line[key] = raw[key]
            if name.endswith(("project", "raw-ct2")) and convert:
                line["convert_s"] = round(convert.get("convert_s", 0.0), 2)
                if convert.get("skipped") or convert.get("error"):
                    line["ctranslate2_unavailable"] = convert.get("skipped") or convert.get("error")
            if args.source_language and name.endswith("project"):
                line["source_language"] = args.source_language
            lines[name] = line
            print(json.dumps(line), flush=True)
    finally:
        for file in (job_file, baseline_file, raw_file):
            file.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
