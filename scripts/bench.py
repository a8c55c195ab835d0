"""Speed and memory of this project's default configuration against plain transformers.

Usage:
    python scripts/bench.py --data FILE.jsonl --n 50 --device cpu|cuda [--threads 2]
    python scripts/bench.py --tiny --data tests/data/orangesum_sample.jsonl --n 3   # fast smoke run

Prints one JSON line per configuration (each run in its own subprocess, so peak RSS is its own):

    baseline             plain transformers, fp32, one article at a time: ``generate()`` with the
                         summarizer's default generation settings, then the summary translated in
                         one ``generate()`` call
    project              this project's default configuration on the same device: ``Summarizer``
                         with the backend ``auto`` picks (CTranslate2 int8 on CPU), all articles in
                         one ``summarize_many()`` call (batched across articles, sentence-level
                         translation, fact guard and language detection included)
    translate-baseline   full-article translation of the first ``--translate-n`` articles (10),
                         plain transformers: each article's sentences in one ``generate()`` call
    translate-project    the same articles through ``Summarizer.translate()``, one call each

Ratios (``speedup_vs_baseline``: articles/s; ``memory_ratio_vs_baseline``: peak RSS; on CUDA also
``gpu_memory_ratio_vs_baseline``) compare each project line with its baseline line.

The real models cannot be downloaded here, so the benchmark builds random-weight *architecture
twins* of the default preset's models from their published config numbers (``TWINS`` below).
Tokenizers: SentencePiece models trained on the benchmark's JSONL file (articles, abstracts and
titles; the real tokenizers cannot be downloaded and 50k pieces cannot be learnt from 4 MB of
text), then padded with never-matching pieces to the real vocabulary sizes, so embedding and
output-projection matrices have the real shapes while French text gets realistic token counts
(about 1.45 tokens per whitespace word, reported as ``source_tokens_per_word``). The twins'
``final_logits_bias`` is -1e4 on the padding pieces so random weights emit real pieces, whose
decoded text the translation step then re-tokenizes at realistic lengths.

Generation lengths are pinned so that random weights cannot shorten the work, and both sides do
the same search: the model's default beam size (4 for both twins) and

* summaries: exactly ``--summary-tokens`` new tokens (default: the mean token count of the
  records' reference abstracts); ``min_new_tokens = max_new_tokens`` (CTranslate2:
  ``min_decoding_length = max_decoding_length``);
* translations: input tokens + 10 new tokens per input (the backends' length-cap rule with
  ratio 1.0); a batch is pinned to its longest input's length, as a plain ``generate()`` call
  on a padded batch runs until its longest output ends.

The project's translation step gets one such pinned length per sentence (so it generates
*more* tokens than the baseline's single call per summary, see ``generated_tokens``); random
weights write nearly the same summary for every article, so both sides append the article's
first three words to each summary, which keeps the pipeline's de-duplication of repeated
sentences from skipping work. The speed-up can only come from the backend, batching and
quantization. Model conversion to CTranslate2 happens once, before the timed runs, in its own
subprocess (``convert_s``); twins and conversions are cached under ``--work`` (default
``$SUMMARIZER_CACHE/bench`` or ``~/.cache/summarizer/bench``).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Published config.json numbers of the default ("fast") preset's models. Source: the Hub
# config.json files as copied into fine-tunes whose _name_or_path is the model (see
# models/presets.toml [twins.*] for the copies read), cross-checked against the checkpoints'
# sizes: 557 MB fp32 -> ~139M parameters for BARThez, 301 MB -> ~75M for OPUS-MT fr-en; the
# twins built here have 139.2M and 74.6M parameters (reported as ``twin_params``).
TWINS: dict[str, dict[str, Any]] = {
    "summarization": {
        "id": "moussaKam/barthez-orangesum-abstract",
        "model_type": "mbart",
        "vocab_size": 50002,
        "d_model": 768,
        "encoder_layers": 6,
        "decoder_layers": 6,
        "encoder_attention_heads": 12,
        "decoder_attention_heads": 12,
        "encoder_ffn_dim": 3072,
        "decoder_ffn_dim": 3072,
        "max_position_embeddings": 1024,
        # generation defaults of the BARThez family configs (presets.toml)
        "num_beams": 4,
        "no_repeat_ngram_size": 3,
    },
    "translation": {
        "id": "Helsinki-NLP/opus-mt-fr-en",
        "model_type": "marian",
        "vocab_size": 59514,
        "d_model": 512,
        "encoder_layers": 6,
        "decoder_layers": 6,
        "encoder_attention_heads": 8,
        "decoder_attention_heads": 8,
        "encoder_ffn_dim": 2048,
        "decoder_ffn_dim": 2048,
        "max_position_embeddings": 512,
        "activation_function": "swish",
        "pad_token_id": 59513,
        "eos_token_id": 0,
        "num_beams": 4,
        "max_length": 512,
    },
}
TWIN_VERSION = "1"
FRENCH_PIECES = 24_000  # ~1.45 tokens per whitespace word on OrangeSum articles
ENGLISH_PIECES = 8_000
TRANSLATION_RATIO = 1.0
PIN = 1_000_000  # "as many as the cap allows": min_new_tokens is clipped to each batch's cap
LOG_BIAS = -1e4
CONFIGS = ("baseline", "project", "translate-baseline", "translate-project")


# ---------------------------------------------------------------------- twins
def _check_presets() -> None:
    """Warn when the numbers above drift from models/presets.toml [twins]."""
    import tomllib

    try:
        twins = tomllib.loads((ROOT / "models" / "presets.toml").read_text(encoding="utf-8")).get("twins", {})
    except OSError:
        return
    for spec in TWINS.values():
        published = twins.get(spec["id"], {})
        for key, value in published.items():
            if key in spec and spec[key] != value:
                print(f"bench: warning: {spec['id']} {key}={spec[key]} but presets.toml says {value}", file=sys.stderr)


def _records(data: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]


def _train_spm(lines: list[str], prefix: Path, pieces: int, **extra: Any) -> Path:
    import sentencepiece as spm

    text = prefix.with_suffix(".txt")
    text.write_text("\n".join(lines), encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(text),
        model_prefix=str(prefix),
        vocab_size=pieces,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        minloglevel=2,
        num_threads=2,
        **extra,
    )
    return prefix.with_suffix(".model")


def _pad_spm(model_file: Path, size: int) -> int:
    """Append never-matching pieces until the model has ``size`` pieces; returns the real count."""
    from sentencepiece import sentencepiece_model_pb2 as pb

    proto = pb.ModelProto()
    proto.ParseFromString(model_file.read_bytes())
    real = len(proto.pieces)
    low = min(p.score for p in proto.pieces) - 10
    for i in range(size - real):
        piece = proto.pieces.add()
        piece.piece = f"\u27ea{i}\u27eb"
        piece.score = low
        piece.type = pb.ModelProto.SentencePiece.NORMAL
    model_file.write_bytes(proto.SerializeToString())
    return real


def _penalize(model: Any, ids: list[int]) -> None:
    import torch

    with torch.no_grad():
        model.final_logits_bias[0, ids] = LOG_BIAS


def build_twins(data: Path, work: Path) -> tuple[Path, Path]:
    """Build (once, cached under ``work``) the BARThez and OPUS-MT fr-en architecture twins."""
    stat = data.stat()
    key = hashlib.sha256(f"{TWIN_VERSION}\0{data.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    out = work / f"twins-{key.hexdigest()[:12]}"
    summ, trans = out / "barthez-twin", out / "opus-mt-fr-en-twin"
    if (out / "READY").is_file():
        return summ, trans
    import shutil

    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer, MBartConfig, MBartForConditionalGeneration
    from transformers.utils import logging as hf_logging

    from summarizer.backends.base import load_tokenizer

    hf_logging.set_verbosity_error()
    tmp = work / f".tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    records = _records(data)
    french = [r[k] for r in records for k in ("article", "abstract", "title") if r.get(k)]
    english = []
    for name in (ROOT / "tests" / "data" / "flores200_train.eng", ROOT.parent / "shared/data/flores200/devtest.eng"):
        if name.is_file():
            english += [ln for ln in name.read_text(encoding="utf-8").splitlines() if ln.strip()]
    torch.manual_seed(0)

    # BARThez twin: MBart architecture, BarthezTokenizer (fairseq ids: <s> 0, <pad> 1, </s> 2, <unk> 3).
    spec = TWINS["summarization"]
    fr_model = _train_spm(
        french, tmp / "fr", FRENCH_PIECES, bos_id=0, pad_id=1, eos_id=2, unk_id=3, control_symbols=["<mask>"]
    )
    tok_dir = tmp / "barthez-tok"
    tok_dir.mkdir()
    shutil.copy(fr_model, tok_dir / "sentencepiece.bpe.model")
    real = _pad_spm(tok_dir / "sentencepiece.bpe.model", spec["vocab_size"])
    (tok_dir / "tokenizer_config.json").write_text(
        json.dumps({"tokenizer_class": "BarthezTokenizer", "model_max_length": spec["max_position_embeddings"]})
    )
    tokenizer = load_tokenizer(tok_dir)
    if len(tokenizer) != spec["vocab_size"]:
        raise RuntimeError(f"BARThez twin tokenizer has {len(tokenizer)} tokens, expected {spec['vocab_size']}")
    keys = ("d_model", "encoder_layers", "decoder_layers", "encoder_attention_heads", "decoder_attention_heads")
    keys += ("encoder_ffn_dim", "decoder_ffn_dim", "max_position_embeddings", "vocab_size")
    config = MBartConfig(
        **{k: spec[k] for k in keys},
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        decoder_start_token_id=2,
        forced_eos_token_id=2,
    )
    model = MBartForConditionalGeneration(config)
    _penalize(model, list(range(real, spec["vocab_size"])))
    model.generation_config.num_beams = spec["num_beams"]
    model.generation_config.no_repeat_ngram_size = spec["no_repeat_ngram_size"]
    model.save_pretrained(tmp / summ.name)
    tokenizer.save_pretrained(tmp / summ.name)
    shutil.copy(tok_dir / "sentencepiece.bpe.model", tmp / summ.name / "sentencepiece.bpe.model")
    del model

    # OPUS-MT fr-en twin: Marian architecture, MarianTokenizer (source.spm, target.spm, vocab.json).
    spec = TWINS["translation"]
    en_model = _train_spm(english, tmp / "en", ENGLISH_PIECES)
    import sentencepiece as spm

    vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
    for file in (fr_model, en_model):
        proc = spm.SentencePieceProcessor(model_file=str(file))
        for i in range(proc.get_piece_size()):
            piece = proc.id_to_piece(i)
            if piece not in vocab and piece not in ("<s>", "</s>", "<unk>", "<pad>", "<mask>"):
                vocab[piece] = len(vocab)
    real = len(vocab)
    pad = spec["pad_token_id"]
    for i in range(pad - real):
        vocab[f"\u27ea{i}\u27eb"] = len(vocab)
    vocab["<pad>"] = pad
    (tmp / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = MarianTokenizer(
        str(fr_model), str(en_model), str(tmp / "vocab.json"), source_lang="fr", target_lang="en", model_max_length=512
    )
    keys = ("d_model", "encoder_layers", "decoder_layers", "encoder_attention_heads", "decoder_attention_heads")
    keys += ("encoder_ffn_dim", "decoder_ffn_dim", "max_position_embeddings", "vocab_size", "activation_function")
    config = MarianConfig(
        **{k: spec[k] for k in keys},
        decoder_vocab_size=spec["vocab_size"],
        scale_embedding=True,
        pad_token_id=pad,
        eos_token_id=spec["eos_token_id"],
        decoder_start_token_id=pad,
        forced_eos_token_id=spec["eos_token_id"],
        share_encoder_decoder_embeddings=True,
    )
    model = MarianMTModel(config)
    _penalize(model, [*range(real, pad), pad])
    model.generation_config.num_beams = spec["num_beams"]
    model.generation_config.max_length = spec["max_length"]
    model.generation_config.bad_words_ids = [[pad]]
    model.generation_config.renormalize_logits = True
    model.save_pretrained(tmp / trans.name)
    tokenizer.save_pretrained(tmp / trans.name)
    del model

    out.mkdir(parents=True, exist_ok=True)
    for folder in (summ, trans):
        shutil.rmtree(folder, ignore_errors=True)
        (tmp / folder.name).rename(folder)
    shutil.rmtree(tmp, ignore_errors=True)
    (out / "READY").write_text(TWIN_VERSION)
    return summ, trans


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


class _Pinned:
    """Wraps a loaded backend so every generate() call does pinned-length work (bench only)."""

    def __init__(self, inner: Any, summary_tokens: int) -> None:
        self.inner = inner
        self.name = inner.name
        self.spec = inner.spec
        self.max_input_tokens = inner.max_input_tokens
        self.summary_tokens = summary_tokens
        self.tokens = 0
        self.summaries = 0

    def count_tokens(self, texts: list[str]) -> list[int]:
        return self.inner.count_tokens(texts)

    def generate(self, texts: list[str], options: Any) -> list[str]:
        if options.max_length_ratio is not None:  # translation: input tokens + 10, batch pinned to its longest
            options = replace(options, max_length_ratio=TRANSLATION_RATIO, min_new_tokens=PIN)
            lengths = self.inner.count_tokens(texts)
            self.tokens += sum(_cap(min(n, self.max_input_tokens)) for n in lengths)
            return self.inner.generate(texts, options)
        # summarization (map or final): exactly summary_tokens new tokens
        options = replace(options, min_new_tokens=self.summary_tokens, max_new_tokens=self.summary_tokens)
        self.tokens += self.summary_tokens * len(texts)
        self.summaries += len(texts)
        outputs = self.inner.generate(texts, options)
        return [_unique(out, text) for out, text in zip(outputs, texts, strict=True)]


def _unique(summary: str, source: str) -> str:
    """Random-weight summaries barely depend on their input, so many would be identical and the
    pipeline's de-duplication of repeated sentences would skip translation work that real
    summaries need. Both sides therefore append the source's first three words to each summary."""
    return f"{summary} {' '.join(source.split()[:3])}"


def _cap(n: int) -> int:
    from summarizer.backends.base import LENGTH_CAP_SLACK

    return int(TRANSLATION_RATIO * n) + LENGTH_CAP_SLACK


def _sentences(article: str) -> list[str]:
    from summarizer.text.clean import clean_article
    from summarizer.text.sentences import split_paragraph_sentences

    return [s.text for s in split_paragraph_sentences(clean_article(article).paragraphs, "fr")]


# ---------------------------------------------------------------------- workers (one per subprocess)
def _load_hf(path: str, device: str) -> tuple[Any, Any]:
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(path)
    except (TypeError, ValueError):
        # transformers 5's BarthezTokenizer cannot build BARThez's BPE SentencePiece model (issue
        # 16), so plain AutoTokenizer fails on BARThez: the baseline then takes the same exactly
        # equivalent tokenizer as the project (only the model calls are compared).
        from summarizer.backends.base import load_tokenizer

        tokenizer = load_tokenizer(path)
    model = AutoModelForSeq2SeqLM.from_pretrained(path).to(device).eval()
    return tokenizer, model


def work_baseline(job: dict[str, Any]) -> dict[str, Any]:
    """Plain transformers: fp32, one article at a time, default generation settings."""
    import torch
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    device, summary_tokens = job["device"], job["summary_tokens"]
    started = time.perf_counter()
    tok_s, model_s = _load_hf(job["summarization_model"], device)
    tok_t, model_t = _load_hf(job["translation_model"], device)
    loaded = time.perf_counter()
    tokens = 0
    for article in job["articles"]:
        enc = tok_s(article, truncation=True, return_tensors="pt").to(device)
        out = model_s.generate(**enc, min_new_tokens=summary_tokens, max_new_tokens=summary_tokens)
        summary = _unique(tok_s.decode(out[0], skip_special_tokens=True), article)
        enc = tok_t(summary, truncation=True, return_tensors="pt").to(device)
        pinned = _cap(enc["input_ids"].shape[1])
        model_t.generate(**enc, min_new_tokens=pinned, max_new_tokens=pinned)
        tokens += summary_tokens + pinned
    if device == "cuda":
        torch.cuda.synchronize()
    done = time.perf_counter()
    return {
        "backend": f"transformers-{str(model_s.dtype).removeprefix('torch.')}",
        "load_s": loaded - started,
        "run_s": done - loaded,
        "tokens": tokens,
        "beams": model_s.generation_config.num_beams,
    }


def _project(job: dict[str, Any], translate_only: bool) -> tuple[Any, dict[str, _Pinned]]:
    from summarizer import Summarizer, SummarizerConfig
    from summarizer.backends import backend_factory

    config = SummarizerConfig(
        summarization_model=job["summarization_model"],
        translation_model=job["translation_model"],
        device=job["device"],
        backend=job.get("backend", "auto"),
        threads=job["threads"],
    )
    load = backend_factory(config.backend)
    pinned: dict[str, _Pinned] = {}

    def pinned_factory(spec: Any) -> _Pinned:  # bench-only: pin generation lengths
        pinned[spec.model] = _Pinned(load(spec), job["summary_tokens"])
        return pinned[spec.model]

    summarizer = Summarizer(config=config, source_language=job.get("source_language"), backend_factory=pinned_factory)
    if translate_only:
        summarizer.backend(job["translation_model"], "translation")
    else:
        summarizer.load()
    return summarizer, pinned


def _backend_label(pinned: dict[str, _Pinned]) -> str:
    labels = []
    for wrapper in pinned.values():
        inner = wrapper.inner
        kind = getattr(inner, "compute_type", None) or str(getattr(inner, "dtype", "")).removeprefix("torch.")
        labels.append(f"{inner.name}-{kind}")
    return "+".join(dict.fromkeys(labels))


def work_project(job: dict[str, Any]) -> dict[str, Any]:
    """This project's default configuration: Summarizer with the backend ``auto`` picks."""
    started = time.perf_counter()
    summarizer, pinned = _project(job, translate_only=False)
    loaded = time.perf_counter()
    results = summarizer.summarize_many(job["articles"])
    done = time.perf_counter()
    failed = [str(r) for r in results if isinstance(r, Exception)]
    if failed:
        raise RuntimeError(f"{len(failed)} article(s) failed: {failed[0]}")
    return {
        "backend": _backend_label(pinned),
        "load_s": loaded - started,
        "run_s": done - loaded,
        "tokens": sum(p.tokens for p in pinned.values()),
        "chunked_articles": sum(1 for r in results if r.chunks > 1),
    }


def work_translate_baseline(job: dict[str, Any]) -> dict[str, Any]:
    """Plain transformers: each article's sentences in one generate() call."""
    import torch
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    device = job["device"]
    started = time.perf_counter()
    tok_t, model_t = _load_hf(job["translation_model"], device)
    loaded = time.perf_counter()
    tokens = sentences = 0
    for article in job["translate_articles"]:
        batch = _sentences(article)
        enc = tok_t(batch, truncation=True, padding=True, return_tensors="pt").to(device)
        lengths = enc["attention_mask"].sum(dim=1).tolist()
        pinned = _cap(max(lengths))
        model_t.generate(**enc, min_new_tokens=pinned, max_new_tokens=pinned)
        tokens += sum(_cap(n) for n in lengths)
        sentences += len(batch)
    if device == "cuda":
        torch.cuda.synchronize()
    done = time.perf_counter()
    return {
        "backend": f"transformers-{str(model_t.dtype).removeprefix('torch.')}",
        "load_s": loaded - started,
        "run_s": done - loaded,
        "tokens": tokens,
        "sentences": sentences,
    }


def work_translate_project(job: dict[str, Any]) -> dict[str, Any]:
    """Full-article translation through Summarizer.translate(), one call per article."""
    started = time.perf_counter()
    summarizer, pinned = _project(job, translate_only=True)
    loaded = time.perf_counter()
    sentences = 0
    for article in job["translate_articles"]:
        summarizer.translate(article)
        sentences += len(_sentences(article))
    done = time.perf_counter()
    return {
        "backend": _backend_label(pinned),
        "load_s": loaded - started,
        "run_s": done - loaded,
        "tokens": sum(p.tokens for p in pinned.values()),
        "sentences": sentences,
    }


def work_convert(job: dict[str, Any]) -> dict[str, Any]:
    """Convert both twins to CTranslate2 ahead of the timed runs (what ``auto`` does on first use)."""
    from summarizer.backends import ct2

    started = time.perf_counter()
    try:
        ct2.ct2_device(job["device"])
    except ct2.Unavailable as exc:  # the project run will use torch, and say why
        return {"convert_s": 0.0, "folders": [], "skipped": str(exc)}
    folders = []
    for key in ("summarization_model", "translation_model"):
        try:
            folders.append(str(ct2.convert(job[key], device=job["device"])))
        except Exception as exc:  # the project run then falls back to torch, and says so
            folders.append(f"error: {exc}")
    return {"convert_s": time.perf_counter() - started, "folders": folders}


WORKERS = {
    "baseline": work_baseline,
    "project": work_project,
    "translate-baseline": work_translate_baseline,
    "translate-project": work_translate_project,
    "convert": work_convert,
}


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
        metrics = WORKERS[name](job)
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


def _tiny_models() -> tuple[Path, Path]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_tiny_models", ROOT / "scripts" / "make_tiny_models.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = module.build_all(Path(os.environ.get("SUMMARIZER_TINY_MODELS", ROOT / "tests" / ".tiny_models")))
    return out / "barthez-fr", out / "marian-fr-en"


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


def _params(model_dir: Path) -> int | None:
    """Stored parameters of a model directory (tied matrices once, buffers excluded)."""
    import math

    try:
        from safetensors import safe_open
    except ImportError:
        return None
    with safe_open(str(model_dir / "model.safetensors"), "np") as handle:
        return sum(math.prod(handle.get_slice(k).get_shape()) for k in handle.keys() if k != "final_logits_bias")  # noqa: SIM118


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="JSONL file with an 'article' (and 'abstract') field per line")
    parser.add_argument("--n", type=int, default=50, help="articles to run (default 50)")
    parser.add_argument(
        "--translate-n", type=int, default=10, help="articles for the translate-only figure (default 10)"
    )
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="CPU threads for the project")
    parser.add_argument("--tiny", action="store_true", help="use the tests' tiny models (fast smoke run)")
    parser.add_argument("--summary-tokens", type=int, help="pinned summary length (default: abstracts' mean)")
    parser.add_argument("--configs", default=",".join(CONFIGS), help=f"comma-separated subset of {', '.join(CONFIGS)}")
    parser.add_argument("--backend", choices=("auto", "torch", "ctranslate2"), default="auto", help="project backend")
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
    configs = [c.strip() for c in args.configs.split(",") if c.strip()]
    unknown = sorted(set(configs) - set(CONFIGS))
    if unknown:
        parser.error(f"unknown configuration(s) {', '.join(unknown)}; choose from {', '.join(CONFIGS)}")

    base = Path(os.environ.get("SUMMARIZER_CACHE", Path.home() / ".cache" / "summarizer")).expanduser()
    work = (args.work or base / "bench").resolve()
    work.mkdir(parents=True, exist_ok=True)
    records = _records(args.data)[: args.n]
    if args.tiny:
        summ, trans = _tiny_models()
    else:
        _check_presets()
        summ, trans = build_twins(args.data, work)
    per_word, abstract_tokens = _token_stats(summ, records)
    summary_tokens = args.summary_tokens or (8 if args.tiny else abstract_tokens)
    job = {
        "summarization_model": str(summ),
        "translation_model": str(trans),
        "articles": [r["article"] for r in records],
        "translate_articles": [r["article"] for r in records[: args.translate_n]],
        "device": args.device,
        "threads": args.threads,
        "summary_tokens": summary_tokens,
        "backend": args.backend,
        "source_language": args.source_language,
    }
    job_file = work / f"job-{os.getpid()}.json"
    job_file.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
    env = dict(os.environ, SUMMARIZER_CACHE=str(work / "cache"), HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    common = {
        "device": args.device,
        "n": len(records),
        "threads": args.threads,
        "cpus": os.cpu_count(),
        "summary_tokens": summary_tokens,
        "source_tokens_per_word": round(per_word, 3),
        "models": "tiny" if args.tiny else "twins",
        "twin_params": None if args.tiny else {"summarization": _params(summ), "translation": _params(trans)},
    }
    try:
        convert = {}
        if any(c.endswith("project") for c in configs) and args.backend != "torch":
            convert = _spawn("convert", job_file, env, args.timeout)
        reference: dict[str, dict[str, Any]] = {}
        for name in configs:
            load_before = os.getloadavg()[0]
            raw = _spawn(name, job_file, env, args.timeout)
            line: dict[str, Any] = {"config": name, **common}
            if "error" in raw:
                line["error"] = raw["error"]
                print(json.dumps(line), flush=True)
                continue
            run_s = max(raw["run_s"], 1e-9)
            articles = len(job["translate_articles"]) if name.startswith("translate") else len(records)
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
            if name == ref_name:
                reference[name] = line
            ref = reference.get(ref_name)
            if ref is not None:
                line["speedup_vs_baseline"] = round(line["articles_per_s"] / ref["articles_per_s"], 2)
                line["memory_ratio_vs_baseline"] = round(line["peak_rss_mb"] / ref["peak_rss_mb"], 3)
                if "peak_gpu_mb" in line and ref.get("peak_gpu_mb"):
                    line["gpu_memory_ratio_vs_baseline"] = round((line["peak_gpu_mb"] or 0) / ref["peak_gpu_mb"], 3)
            else:
                line["speedup_vs_baseline"] = line["memory_ratio_vs_baseline"] = None
            line.update(
                run_s=round(raw["run_s"], 2),
                load_s=round(raw["load_s"], 2),
                generated_tokens=raw["tokens"],
                torch_imported=raw["torch_imported"],
                loadavg_1m=[round(load_before, 2), round(os.getloadavg()[0], 2)],
            )
            if "chunked_articles" in raw:
                line["chunked_articles"] = raw["chunked_articles"]
            if name.endswith("project") and convert:
                line["convert_s"] = round(convert.get("convert_s", 0.0), 2)
                if convert.get("skipped") or convert.get("error"):
                    line["ctranslate2_unavailable"] = convert.get("skipped") or convert.get("error")
            if args.source_language and name.endswith("project"):
                line["source_language"] = args.source_language
            print(json.dumps(line), flush=True)
    finally:
        job_file.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
