"""The configurations scripts/bench.py measures, one per subprocess (see bench.py's docstring).

Every worker gets the job (a dict read from JSON) and returns raw metrics: ``backend``,
``load_s``, ``run_s`` (the timed part), ``tokens`` (generated tokens the pinned lengths ask for)
and, where it applies, ``sentences`` and per-stage times.
"""

from __future__ import annotations

import time
from dataclasses import replace
from functools import partial
from typing import Any

TRANSLATION_RATIO = 1.0
PIN = 1_000_000  # "as many as the cap allows": min_new_tokens is clipped to each batch's cap
# Translation search settings of the pipeline (summarizer.pipeline.TRANSLATION_GUARD); the raw
# CTranslate2 reference uses the same so that both do the same search.
TRANSLATION_NO_REPEAT = 4
SUMMARY_NO_REPEAT = 3


# ---------------------------------------------------------------------- shared helpers
def cap(n: int) -> int:
    """Pinned translation length of an input of ``n`` tokens: the backends' length-cap rule."""
    from summarizer.backends.base import LENGTH_CAP_SLACK

    return int(TRANSLATION_RATIO * n) + LENGTH_CAP_SLACK


def unique(summary: str, source: str) -> str:
    """Random-weight summaries barely depend on their input, so many would be identical and the
    pipeline's de-duplication of repeated sentences would skip translation work that real
    summaries need. Both sides therefore append the source's first three words to each summary."""
    return f"{summary} {' '.join(source.split()[:3])}"


def sentences(article: str) -> list[str]:
    """The article's sentences, split as the pipeline splits them."""
    from summarizer.text.clean import clean_article
    from summarizer.text.sentences import split_paragraph_sentences

    return [s.text for s in split_paragraph_sentences(clean_article(article).paragraphs, "fr")]


class Pinned:
    """Wraps a loaded backend so every generate() call does pinned-length work (bench only).

    Token bookkeeping that needs tokenization is deferred to :meth:`finish`, outside the timed part.
    """

    def __init__(self, inner: Any, summary_tokens: int) -> None:
        self.inner = inner
        self.name = inner.name
        self.spec = inner.spec
        self.max_input_tokens = inner.max_input_tokens
        self.summary_tokens = summary_tokens
        self.tokens = 0
        self._translated: list[str] = []

    def count_tokens(self, texts: list[str]) -> list[int]:
        return self.inner.count_tokens(texts)

    def generate(self, texts: list[str], options: Any) -> list[str]:
        if options.max_length_ratio is not None:  # translation: input tokens + 10, batch pinned to its longest
            options = replace(options, max_length_ratio=TRANSLATION_RATIO, min_new_tokens=PIN)
            self._translated.extend(texts)
            return self.inner.generate(texts, options)
        # summarization (map or final): exactly summary_tokens new tokens
        options = replace(options, min_new_tokens=self.summary_tokens, max_new_tokens=self.summary_tokens)
        self.tokens += self.summary_tokens * len(texts)
        outputs = self.inner.generate(texts, options)
        return [unique(out, text) for out, text in zip(outputs, texts, strict=True)]

    def finish(self) -> int:
        """Generated tokens, translations counted now (after the timed run)."""
        if self._translated:
            lengths = self.inner.count_tokens(self._translated)
            self.tokens += sum(cap(min(n, self.max_input_tokens)) for n in lengths)
            self._translated = []
        return self.tokens


def _auto_tokenizer(path: str) -> Any:
    """``AutoTokenizer``, as a user would load it; when it cannot build the tokenizer (transformers
    5's BarthezTokenizer on BARThez's BPE SentencePiece model, issue 16), the project's exactly
    equivalent loader, so that only the model calls are compared."""
    from transformers import AutoTokenizer

    try:
        return AutoTokenizer.from_pretrained(path)
    except (TypeError, ValueError):
        from summarizer.backends.base import load_tokenizer

        return load_tokenizer(path)


def _load_hf(path: str, device: str) -> tuple[Any, Any]:
    from transformers import AutoModelForSeq2SeqLM

    tokenizer = _auto_tokenizer(path)
    model = AutoModelForSeq2SeqLM.from_pretrained(path).to(device).eval()
    return tokenizer, model


def _languages(job: dict[str, Any], key: str) -> list[str]:
    """Each article's language for the plain-transformers and raw lines, found before the timed part:
    ``--source-language`` when given, else the project's detector (a user who knows the language)."""
    from summarizer.text.language import detect_language

    fixed = job.get("source_language")
    return [fixed or detect_language(article).language or "en" for article in job[key]]


def _steer(tokenizer: Any, source: str, target: str = "en") -> tuple[str, dict[str, Any], list[str] | None]:
    """What a plain-transformers user of a multilingual translator adds by hand: M2M100-style codes
    (source code on the tokenizer, target code forced as the first generated token; returns the
    target token for CTranslate2's ``target_prefix``) or a MADLAD-400 ``<2xx>`` text prefix.
    Returns (text prefix, ``generate()`` keywords, CTranslate2 target prefix); nothing for Marian."""
    if hasattr(tokenizer, "get_lang_id"):  # M2M100Tokenizer
        tokenizer.src_lang = source
        target_id = tokenizer.get_lang_id(target)
        return "", {"forced_bos_token_id": target_id}, [tokenizer.convert_ids_to_tokens(target_id)]
    code = f"<2{target}>"
    if tokenizer.convert_tokens_to_ids(code) not in (None, tokenizer.unk_token_id):
        return f"{code} ", {}, None
    return "", {}, None


def _sync(device: str) -> None:
    if device == "cuda":
        import torch

        torch.cuda.synchronize()


# ---------------------------------------------------------------------- plain transformers
def work_baseline(job: dict[str, Any]) -> dict[str, Any]:
    """Plain transformers: fp32, one article at a time, the models' default generation settings.

    summarize-translate: summarize, then translate the summary in one ``generate()`` call;
    translate-summarize: translate the article's sentences in one ``generate()`` call, then
    summarize the joined translation (truncated to the model's window); crosslingual: summarize.
    """
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    device, summary_tokens, strategy = job["device"], job["summary_tokens"], job["strategy"]
    languages = _languages(job, "articles")
    started = time.perf_counter()
    tok_s, model_s = _load_hf(job["summarization_model"], device)
    tok_t, model_t = _load_hf(job["translation_model"], device) if job.get("translation_model") else (None, None)
    loaded, cpu = time.perf_counter(), time.process_time()
    tokens = 0

    def summarize(text: str) -> str:
        enc = tok_s(text, truncation=True, return_tensors="pt").to(device)
        out = model_s.generate(**enc, min_new_tokens=summary_tokens, max_new_tokens=summary_tokens)
        return unique(tok_s.decode(out[0], skip_special_tokens=True), text)

    for article, language in zip(job["articles"], languages, strict=True):
        if strategy == "translate-summarize":
            prefix, steer, _ = _steer(tok_t, language)
            batch = [prefix + s for s in sentences(article)]
            enc = tok_t(batch, truncation=True, padding=True, return_tensors="pt").to(device)
            lengths = enc["attention_mask"].sum(dim=1).tolist()
            pinned = cap(max(lengths))
            out = model_t.generate(**enc, **steer, min_new_tokens=pinned, max_new_tokens=pinned)
            summarize(" ".join(tok_t.batch_decode(out, skip_special_tokens=True)))
            tokens += sum(cap(n) for n in lengths) + summary_tokens
        else:
            summary = summarize(article)
            tokens += summary_tokens
            if strategy == "summarize-translate":
                enc = tok_t(summary, truncation=True, return_tensors="pt").to(device)
                pinned = cap(enc["input_ids"].shape[1])
                model_t.generate(**enc, min_new_tokens=pinned, max_new_tokens=pinned)
                tokens += pinned
    _sync(device)
    return {
        "backend": f"transformers-{str(model_s.dtype).removeprefix('torch.')}",
        "load_s": loaded - started,
        "run_s": time.perf_counter() - loaded,
        "cpu_s": time.process_time() - cpu,
        "tokens": tokens,
        "beams": model_s.generation_config.num_beams,
    }


def work_translate_baseline(job: dict[str, Any]) -> dict[str, Any]:
    """Plain transformers: each article's sentences in one generate() call."""
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    device = job["device"]
    languages = _languages(job, "translate_articles")
    started = time.perf_counter()
    tok_t, model_t = _load_hf(job["translation_model"], device)
    loaded = time.perf_counter()
    tokens = count = 0
    for article, language in zip(job["translate_articles"], languages, strict=True):
        prefix, steer, _ = _steer(tok_t, language)
        batch = [prefix + s for s in sentences(article)]
        enc = tok_t(batch, truncation=True, padding=True, return_tensors="pt").to(device)
        lengths = enc["attention_mask"].sum(dim=1).tolist()
        pinned = cap(max(lengths))
        model_t.generate(**enc, **steer, min_new_tokens=pinned, max_new_tokens=pinned)
        tokens += sum(cap(n) for n in lengths)
        count += len(batch)
    _sync(device)
    return {
        "backend": f"transformers-{str(model_t.dtype).removeprefix('torch.')}",
        "load_s": loaded - started,
        "run_s": time.perf_counter() - loaded,
        "tokens": tokens,
        "sentences": count,
    }


# ---------------------------------------------------------------------- this project
def _project(job: dict[str, Any], translate_only: bool) -> tuple[Any, dict[str, Pinned]]:
    """The preset's Summarizer on the twins; a backend factory wraps each loaded model in :class:`Pinned`."""
    from summarizer import Summarizer, SummarizerConfig
    from summarizer.backends import backend_factory

    config = SummarizerConfig(
        preset=job["preset"],
        summarization_model=job["summarization_model"],
        translation_model=job.get("translation_model"),
        device=job["device"],
        backend=job.get("backend", "auto"),
        threads=job["threads"],
        max_batch_tokens=job.get("max_batch_tokens"),
    )
    load = backend_factory(config.backend)
    pinned: dict[str, Pinned] = {}

    def pinned_factory(spec: Any) -> Pinned:  # bench-only: pin generation lengths
        pinned[spec.model] = Pinned(load(spec), job["summary_tokens"])
        return pinned[spec.model]

    summarizer = Summarizer(config=config, source_language=job.get("source_language"), backend_factory=pinned_factory)
    if translate_only:
        summarizer.backend(job["translation_model"], "translation")
    else:
        summarizer.load()
    if not job.get("source_language"):  # lingua loads its language models on first use: loading, not timed
        from summarizer.text.language import warm_up

        warm_up()
    if not translate_only:  # the fact guard's spaCy NER model also loads on first use: loading, not timed
        from summarizer.guard.entities import french_ner

        french_ner()
    return summarizer, pinned


def _backend_label(pinned: dict[str, Pinned]) -> str:
    labels = []
    for wrapper in pinned.values():
        inner = wrapper.inner
        kind = getattr(inner, "compute_type", None) or str(getattr(inner, "dtype", "")).removeprefix("torch.")
        labels.append(f"{inner.name}-{kind}")
    return "+".join(dict.fromkeys(labels))


def work_project(job: dict[str, Any]) -> dict[str, Any]:
    """This project's configuration for the preset: one ``summarize_many()`` call for all articles."""
    started = time.perf_counter()
    summarizer, pinned = _project(job, translate_only=False)
    loaded = time.perf_counter()
    marks: list[tuple[str, float]] = []
    cpu0 = time.process_time()
    results = summarizer.summarize_many(
        job["articles"], on_stage=lambda name: marks.append((name, time.process_time()))
    )
    done = time.perf_counter()
    cpu = time.process_time() - cpu0
    # CPU seconds per stage: from its start to the next stage's start (the last one: to the end,
    # results and fact guard included, so the figure errs against the pipeline).
    stage_cpu: dict[str, float] = {}
    for k, (name, at) in enumerate(marks):
        end = marks[k + 1][1] if k + 1 < len(marks) else cpu0 + cpu
        stage_cpu[name] = round(stage_cpu.get(name, 0.0) + end - at, 3)
    failed = [str(r) for r in results if isinstance(r, Exception)]
    if failed:
        raise RuntimeError(f"{len(failed)} article(s) failed: {failed[0]}")
    stages = {
        "clean": round(sum(r.timings.get("clean", 0.0) for r in results), 3),
        **{k: round(max(r.timings.get(k, 0.0) for r in results), 3) for k in ("translate", "summarize")},
    }
    return {
        "backend": _backend_label(pinned),
        "load_s": loaded - started,
        "run_s": done - loaded,
        "tokens": sum(p.finish() for p in pinned.values()),
        "chunked_articles": sum(1 for r in results if r.chunks > 1),
        "stage_s": stages,
        "cpu_s": cpu,
        "stage_cpu_s": stage_cpu,
    }


def work_translate_project(job: dict[str, Any]) -> dict[str, Any]:
    """Full-article translation of all articles through one ``Summarizer.translate_many()`` call."""
    started = time.perf_counter()
    summarizer, pinned = _project(job, translate_only=True)
    loaded = time.perf_counter()
    cpu0 = time.process_time()
    out = summarizer.translate_many(job["translate_articles"])
    done = time.perf_counter()
    cpu = time.process_time() - cpu0
    failed = [str(r) for r in out if isinstance(r, Exception)]
    if failed:
        raise RuntimeError(f"{len(failed)} article(s) failed: {failed[0]}")
    return {
        "backend": _backend_label(pinned),
        "load_s": loaded - started,
        "run_s": done - loaded,
        "tokens": sum(p.finish() for p in pinned.values()),
        "sentences": sum(len(sentences(a)) for a in job["translate_articles"]),
        "cpu_s": cpu,
    }


# ---------------------------------------------------------------------- raw CTranslate2
class _Timed:
    """Wraps a ``ctranslate2.Translator``: wall and CPU seconds spent inside ``translate_batch``."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.wall = self.cpu = 0.0

    def translate_batch(self, *args: Any, **kwargs: Any) -> Any:
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            return self.inner.translate_batch(*args, **kwargs)
        finally:
            self.wall += time.perf_counter() - t0
            self.cpu += time.process_time() - c0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _raw_translator(job: dict[str, Any], key: str) -> tuple[Any, Any, dict[str, Any], str]:
    """What a power user loads by hand: the converted model and the model's HF tokenizer."""
    import json
    from pathlib import Path

    import ctranslate2
    from transformers.utils import logging as hf_logging

    from summarizer.backends import ct2

    hf_logging.set_verbosity_error()
    device = ct2.ct2_device(job["device"])
    compute = ct2.default_quantization(device)
    folder = ct2.convert(job[key], device=job["device"], quantization=compute)
    translator = ctranslate2.Translator(
        str(folder), device=device, compute_type=compute, inter_threads=1, intra_threads=job["threads"] or 0
    )
    tokenizer = _auto_tokenizer(job[key])
    meta = json.loads((Path(folder) / ct2.META_FILE).read_text(encoding="utf-8"))
    config = json.loads((Path(folder) / "config.json").read_text(encoding="utf-8"))
    prefix = None
    if config.get("decoder_start_token") is None and meta.get("decoder_start_token"):
        prefix = [meta["decoder_start_token"]]
    meta["target_prefix"] = prefix
    return translator, tokenizer, meta, f"ctranslate2-{compute}"


def _decode(tokenizer: Any, results: list[Any]) -> list[str]:
    return tokenizer.batch_decode(
        [tokenizer.convert_tokens_to_ids(r.hypotheses[0]) for r in results], skip_special_tokens=True
    )


def _raw_translate(job: dict[str, Any], translator: Any, tokenizer: Any, meta: dict[str, Any], budget: int) -> int:
    """Full-article translation by hand; returns the pinned tokens generated."""
    eos_slot = 1 if meta.get("forced_eos") else 0
    source: list[list[str]] = []
    prefixes: list[list[str]] = []  # decoder start and, for M2M100-style models, the target code
    for article, language in zip(job["translate_articles"], job["translate_languages"], strict=True):
        text_prefix, _, target = _steer(tokenizer, language)
        texts = [text_prefix + s for s in sentences(article)]
        ids = tokenizer(texts, truncation=True, max_length=int(meta["max_input_tokens"]))["input_ids"]
        source += [tokenizer.convert_ids_to_tokens(x) for x in ids]
        prefixes += [(meta["target_prefix"] or []) + (target or [])] * len(ids)
    order = sorted(range(len(source)), key=lambda i: -len(source[i]))
    outputs: list[str] = [""] * len(source)
    tokens = start = 0
    while start < len(order):
        longest = len(source[order[start]])
        size = max(1, budget // max(1, longest))
        batch = order[start : start + size]
        start += size
        pinned = max(1, cap(longest) - eos_slot)
        results = translator.translate_batch(
            [source[i] for i in batch],
            target_prefix=[prefixes[i] for i in batch] if any(prefixes[i] for i in batch) else None,
            beam_size=int(meta["generation"]["num_beams"]),
            max_decoding_length=pinned,
            min_decoding_length=pinned,
            no_repeat_ngram_size=TRANSLATION_NO_REPEAT,
            max_input_length=0,
        )
        for i, text in zip(batch, _decode(tokenizer, results), strict=True):
            outputs[i] = text
        tokens += sum(cap(len(source[i])) for i in batch)
    return tokens


def _raw_summarize(job: dict[str, Any], translator: Any, tokenizer: Any, meta: dict[str, Any], budget: int) -> int:
    """The summarize step by hand; returns the pinned tokens generated."""
    eos_slot = 1 if meta.get("forced_eos") else 0
    length = max(1, job["summary_tokens"] - eos_slot)
    texts = [" ".join(sentences(article)) for article in job["articles"]]
    ids = tokenizer(texts, truncation=True, max_length=int(meta["max_input_tokens"]))["input_ids"]
    source = [tokenizer.convert_ids_to_tokens(x) for x in ids]
    results = translator.translate_batch(
        source,
        target_prefix=[meta["target_prefix"]] * len(source) if meta["target_prefix"] else None,
        max_batch_size=budget,
        batch_type="tokens",
        beam_size=int(meta["generation"]["num_beams"]),
        max_decoding_length=length,
        min_decoding_length=length,
        no_repeat_ngram_size=SUMMARY_NO_REPEAT,
        max_input_length=0,
    )
    _decode(tokenizer, results)
    return job["summary_tokens"] * len(job["articles"])


def _mark(marks: list[tuple[str, float, float]], name: str) -> None:
    marks.append((name, time.perf_counter(), time.process_time()))


def _versus_raw(job: dict[str, Any], step: str) -> dict[str, Any]:
    """Raw CTranslate2 by hand against the pipeline, in one process, rounds interleaved.

    Each round runs the raw code once per batch size of ``raw_batch_tokens`` and the pipeline
    once (``translate``: ``translate_many()`` of the same articles; ``summarize``:
    ``summarize_many()``, its summarize stage timed); every figure is the minimum over the rounds,
    which keeps other processes' load out of the comparison as far as possible. The pipeline's
    own time inside ``translate_batch`` is measured too (``pipeline_engine_share``).
    """
    key = "translation_model" if step == "translate" else "summarization_model"
    if step == "translate":
        job = {**job, "translate_languages": _languages(job, "translate_articles")}
    started = time.perf_counter()
    translator, tokenizer, meta, label = _raw_translator(job, key)
    skipped = 0
    if step == "summarize":
        # Same work on both sides: only articles that fit the model's window (a longer one is
        # truncated by the hand-written code but read whole, in chunks, by the pipeline).
        window = int(meta["max_input_tokens"])
        fit = [a for a in job["articles"] if len(tokenizer(" ".join(sentences(a)))["input_ids"]) <= window]
        skipped = len(job["articles"]) - len(fit)
        job = {**job, "articles": fit}
    summarizer, pinned = _project(job, translate_only=step == "translate")
    engines = []
    wrapper = pinned.get(job[key])  # only the model of the step compared (summarize: not the translator)
    if wrapper is not None and hasattr(wrapper.inner, "translator"):
        wrapper.inner.translator = _Timed(wrapper.inner.translator)
        engines.append(wrapper.inner.translator)
    loaded = time.perf_counter()
    raw_step = _raw_translate if step == "translate" else _raw_summarize
    raw: dict[str, list[tuple[float, float]]] = {str(b): [] for b in job["raw_batch_tokens"]}
    pipe: list[tuple[float, float, float, float]] = []
    tokens = 0
    for _ in range(max(1, job.get("raw_rounds", 2))):
        for budget in job["raw_batch_tokens"]:
            t0, c0 = time.perf_counter(), time.process_time()
            tokens = raw_step(job, translator, tokenizer, meta, budget)
            raw[str(budget)].append((time.perf_counter() - t0, time.process_time() - c0))
        for engine in engines:
            engine.wall = engine.cpu = 0.0
        if step == "translate":
            t0, c0 = time.perf_counter(), time.process_time()
            summarizer.translate_many(job["translate_articles"])
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        else:
            marks: list[tuple[str, float, float]] = []
            summarizer.summarize_many(job["articles"], on_stage=partial(_mark, marks))
            end = (time.perf_counter(), time.process_time())
            at = next(k for k, m in enumerate(marks) if m[0] == "summarize")
            stop = marks[at + 1][1:] if at + 1 < len(marks) else end
            wall, cpu = stop[0] - marks[at][1], stop[1] - marks[at][2]
        pipe.append((wall, cpu, sum(e.wall for e in engines), sum(e.cpu for e in engines)))
    best = min(raw, key=lambda b: min(c for _, c in raw[b]))
    raw_wall = min(w for w, _ in raw[best])
    raw_cpu = min(c for _, c in raw[best])
    pipe_wall = min(p[0] for p in pipe)
    pipe_cpu = min(p[1] for p in pipe)
    return {
        "backend": label,
        "load_s": loaded - started,
        "run_s": raw_wall,
        "cpu_s": raw_cpu,
        "tokens": tokens,
        "articles_compared": len(job["articles"]) if step == "summarize" else None,
        "articles_over_window": skipped if step == "summarize" else None,
        "raw_batch_tokens": int(best),
        "raw_sweep_s": {b: [round(w, 2) for w, _ in v] for b, v in raw.items()},
        "raw_sweep_cpu_s": {b: [round(c, 2) for _, c in v] for b, v in raw.items()},
        "pipeline_s": round(pipe_wall, 4),
        "pipeline_cpu_s": round(pipe_cpu, 2),
        "pipeline_rounds_s": [round(p[0], 2) for p in pipe],
        "pipeline_overhead": round(pipe_wall / max(raw_wall, 1e-9) - 1, 3),
        "pipeline_overhead_cpu": round(pipe_cpu / max(raw_cpu, 1e-9) - 1, 3),
        # share of the pipeline's CPU time spent inside CTranslate2 (the rest: Python around it)
        "pipeline_engine_share_cpu": round(min(p[3] / max(p[1], 1e-9) for p in pipe), 3) if engines else None,
    }


def work_translate_raw(job: dict[str, Any]) -> dict[str, Any]:
    """Raw CTranslate2 by hand on the same sentences and converted model as translate-project: HF
    tokenizer + ``translate_batch``, sentences sorted by length and sent in calls of about B padded
    source tokens, each call pinned to its longest sentence's cap (as the pipeline's batches are)."""
    metrics = _versus_raw(job, "translate")
    metrics["sentences"] = sum(len(sentences(a)) for a in job["translate_articles"])
    return metrics


def work_summarize_raw(job: dict[str, Any]) -> dict[str, Any]:
    """Raw CTranslate2 by hand for the summarize step: the articles' cleaned sentences joined (the
    text the pipeline's summarizer reads), HF tokenizer truncating to the window, one
    ``translate_batch`` call with ``max_batch_size=B, batch_type="tokens"``, the same pinned length,
    beams and n-gram ban."""
    return _versus_raw(job, "summarize")


def work_convert(job: dict[str, Any]) -> dict[str, Any]:
    """Convert the twins to CTranslate2 ahead of the timed runs (what ``auto`` does on first use)."""
    from summarizer.backends import ct2

    started = time.perf_counter()
    try:
        ct2.ct2_device(job["device"])
    except ct2.Unavailable as exc:  # the project run will use torch, and say why
        return {"convert_s": 0.0, "folders": [], "skipped": str(exc)}
    folders = []
    for key in ("summarization_model", "translation_model"):
        if not job.get(key):
            continue
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
    "summarize-raw-ct2": work_summarize_raw,
    "translate-raw-ct2": work_translate_raw,
    "convert": work_convert,
}
