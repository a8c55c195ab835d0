"""``summarizer models check``: everything a run needs from a model folder, checked up front.

For a local model folder (or a Hub id already in the local cache; nothing is downloaded):
configuration and architecture (family, a seq2seq model, fit for the task), tokenizer (class,
file layout, how it was loaded, vocabulary size, special-token ids, ids that fit the embedding
matrix), the language codes a multilingual model is steered with, weights (safetensors headers
read; pickle only when allowed), generation defaults, input window, whether CTranslate2 can
convert it, its license when known; then one short generation on the CPU as a smoke test.
Users who copy models to an offline machine run this first.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.errors import ModelNotAvailableError

TASKS = ("summarization", "translation")
# Model types that only translate, or only summarize, whatever their weights.
TRANSLATION_ONLY = {"marian", "m2m_100", "fsmt", "nllb-moe"}
SUMMARIZATION_ONLY = {"bart", "pegasus", "pegasus_x", "led", "bigbird_pegasus", "prophetnet"}
SMOKE_TEXT = {
    "summarization": "Le PDG de Mistral AI a levé 385 millions d'euros auprès de SoftBank. La start-up vaut six milliards.",
    "translation": "Le PDG de Mistral AI a levé 385 millions d'euros auprès de SoftBank.",
}
_EMBEDDING_NAMES = (
    "model.shared.weight",
    "shared.weight",
    "model.encoder.embed_tokens.weight",
    "encoder.embed_tokens.weight",
)


@dataclass
class CheckReport:
    """What ``check_model`` found: report lines, and problems (empty when the model is usable)."""

    model: str
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:240] if text else type(exc).__name__


def _folder(ref: str, allow_pickle: bool) -> Path:
    path = Path(ref).expanduser()
    if path.is_dir():
        return path.resolve()
    from summarizer.loading import resolve_model

    # A Hub id: only the local cache, never a download; pickle files are looked for so that
    # they can be reported rather than silently missed.
    return resolve_model(ref, allow_pickle=True, local_files_only=True)


def _weights(path: Path, allow_pickle: bool, report: CheckReport) -> int | None:
    """Check the weight files; returns the embedding matrix's rows when they can be read."""
    from safetensors import safe_open

    index = path / "model.safetensors.index.json"
    files = []
    if (path / "model.safetensors").is_file():
        files = [path / "model.safetensors"]
    elif index.is_file():
        try:
            shards = sorted(set(json.loads(index.read_text(encoding="utf-8"))["weight_map"].values()))
        except (OSError, ValueError, KeyError) as exc:
            report.problems.append(f"weights: {index.name} cannot be read ({_first_line(exc)})")
            return None
        missing = [s for s in shards if not (path / s).is_file()]
        if missing:
            report.problems.append(f"weights: shard(s) listed in {index.name} are missing: {', '.join(missing)}")
            return None
        files = [path / s for s in shards]
    if files:
        rows, tensors, parameters = None, 0, 0
        for file in files:
            try:
                with safe_open(str(file), framework="pt") as handle:
                    for name in handle.keys():  # noqa: SIM118 - safe_open has no __iter__
                        shape = handle.get_slice(name).get_shape()
                        tensors += 1
                        count = 1
                        for dim in shape:
                            count *= dim
                        parameters += count
                        if name in _EMBEDDING_NAMES and rows is None:
                            rows = shape[0]
            except Exception as exc:  # safetensors raises its own error types for bad headers
                report.problems.append(f"weights: {file.name} is not a valid safetensors file ({_first_line(exc)})")
                return None
        names = ", ".join(f.name for f in files)
        report.lines.append(f"weights: {names} (safetensors, {tensors} tensors, {parameters / 1e6:.1f}M parameters)")
        return rows
    pickles = [n for n in ("pytorch_model.bin", "pytorch_model.bin.index.json") if (path / n).is_file()]
    if pickles:
        if allow_pickle:
            report.lines.append(f"weights: {pickles[0]} (pickle, loaded because --allow-pickle was given)")
        else:
            report.problems.append(
                f"weights: only pickle weights ({pickles[0]}), which can run code when loaded; convert them to "
                "safetensors, or pass --allow-pickle if you trust the publisher"
            )
        return None
    report.problems.append(f"weights: no model.safetensors (or pytorch_model.bin) in {path}")
    return None


# Families by the language-code convention of their tokenizer, else by model type.
_TYPE_FAMILIES = {
    "marian": "Marian (OPUS-MT)",
    "bart": "BART",
    "mbart": "mBART",
    "t5": "T5",
    "mt5": "mT5",
    "umt5": "umT5",
    "m2m_100": "M2M100",
    "pegasus": "Pegasus",
}
_CODE_FAMILIES = {"nllb": "NLLB-200", "m2m100": "M2M100", "mbart-50": "mBART-50", "madlad": "MADLAD-400"}
_LAYOUT_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "added_tokens.json",
    "vocab.json",
    "merges.txt",
    "generation_config.json",
)


def _layout(path: Path) -> str:
    """The tokenizer files of a folder, SentencePiece models with their type and size."""
    from summarizer.backends.tokenizers import SPM_FILES, spm_model_type

    parts = []
    for name in (*SPM_FILES, "target.spm"):
        file = path / name
        if file.is_file():
            parts.append(f"{name} ({spm_model_type(file) or 'unknown type'})")
    parts += [name for name in _LAYOUT_FILES if (path / name).is_file()]
    return " + ".join(parts) if parts else "no tokenizer files"


def _license(ref: str, path: Path) -> str | None:
    """The license from the presets file's card, else from the folder's model card front matter."""
    from summarizer.presets import model_card

    card = model_card(ref)
    if card is not None and card.license:
        return card.license_label + " (presets file)"
    try:
        head = (path / "README.md").read_text(encoding="utf-8")[:4000]
    except OSError:
        return None
    match = re.search(r"^license:\s*(\S+)\s*$", head, re.MULTILINE) if head.startswith("---") else None
    return f"{match.group(1)} (README.md)" if match else None


def _task_fit(model_type: str, task: str | None) -> str | None:
    if task == "summarization" and model_type in TRANSLATION_ONLY:
        return (
            f"task: a {model_type} model is a translation model and cannot summarize; "
            "pass it as --translation-model, not --summarization-model"
        )
    if task == "translation" and model_type in SUMMARIZATION_ONLY:
        return (
            f"task: a {model_type} model is a summarizer and cannot translate; "
            "pass it as --summarization-model, not --translation-model"
        )
    return None


def check_model(
    ref: str,
    *,
    task: str | None = None,
    allow_pickle: bool = False,
    smoke_test: bool = True,
) -> CheckReport:
    """Check a model folder (or a cached Hub id) for everything a run needs.

    Args:
        ref: local folder or Hugging Face id (the local cache only).
        task: "summarization" or "translation" to check the model fits it; None skips that check.
        allow_pickle: accept ``pytorch_model.bin`` weights.
        smoke_test: finish with one short generation when nothing else failed.

    Returns:
        The report; ``report.problems`` lists one line per problem.
    """
    from transformers import AutoConfig, GenerationConfig
    from transformers.models.auto.modeling_auto import MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES

    from summarizer.backends.base import input_window
    from summarizer.backends.tokenizers import load_tokenizer_info

    report = CheckReport(ref)
    if task is not None and task not in TASKS:
        raise ValueError(f"unknown task {task!r}; choose from {', '.join(TASKS)}")
    try:
        path = _folder(ref, allow_pickle)
    except ModelNotAvailableError as exc:
        report.problems.append(f"model: {exc}")
        return report
    if not (path / "config.json").is_file():
        report.problems.append(f"config: {path} has no config.json; is it a Hugging Face model folder?")
        return report
    try:
        config = AutoConfig.from_pretrained(path, trust_remote_code=False)
    except (OSError, ValueError, KeyError) as exc:
        report.problems.append(f"config: config.json cannot be read by transformers ({_first_line(exc)})")
        return report
    model_type = config.model_type
    architectures = ", ".join(getattr(config, "architectures", None) or []) or "no architectures listed"
    from summarizer.backends.ct2 import SUPPORTED_TYPES
    from summarizer.backends.language_codes import language_codes

    codes = language_codes(path)
    family = _CODE_FAMILIES[codes.family] if codes else _TYPE_FAMILIES.get(model_type, model_type)
    report.lines.append(f"model: {path}")
    report.lines.append(f"family: {family}")
    report.lines.append(f"config: {model_type} ({architectures})")
    if model_type not in MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES or not getattr(
        config, "is_encoder_decoder", False
    ):
        report.problems.append(
            f"config: model type {model_type!r} is not a sequence-to-sequence (encoder-decoder) model"
        )
    fit = _task_fit(model_type, task)
    if fit:
        report.problems.append(fit)
    elif task:
        report.lines.append(f"task: {task} (fits a {model_type} model)")

    embedding_rows = _weights(path, allow_pickle, report)
    vocab_size = getattr(config, "vocab_size", None)

    tokenizer = None
    try:
        info = load_tokenizer_info(path)
    except Exception as exc:  # any tokenizer failure is a problem to report, not a crash
        report.problems.append(f"tokenizer: {_first_line(exc)}")
    else:
        tokenizer = info.tokenizer
        named = info.named_class or "no class named"
        how = info.method + (f" (instead of: {'; '.join(info.attempts)})" if info.attempts else "")
        report.lines.append(f"tokenizer: {named}; loaded with {how}; {info.check}")
        report.lines.append(f"tokenizer files: {_layout(path)}")
        size = len(tokenizer)
        ids = {name: getattr(tokenizer, f"{name}_token_id", None) for name in ("bos", "eos", "pad", "unk", "mask")}
        shown = ", ".join(f"{k} {v}" for k, v in ids.items() if v is not None)
        rows = embedding_rows or vocab_size
        report.lines.append(
            f"vocabulary: {size:,} entries; embedding matrix {rows:,} rows; special tokens: {shown}"
            if rows
            else f"vocabulary: {size:,} entries; special tokens: {shown}"
        )
        if rows and size > rows:
            report.problems.append(
                f"tokenizer: {size:,} entries but the embedding matrix has {rows:,} rows; ids {rows:,} and above "
                "would crash the model (tokenizer files from another model?)"
            )
        for name in ("eos", "pad"):
            want = getattr(config, f"{name}_token_id", None)
            got = ids[name]
            if isinstance(want, int) and got is not None and want != got:
                report.problems.append(
                    f"tokenizer: {name} token id is {got} but config.json says {want} (tokenizer files from another model?)"
                )

    try:
        generation = GenerationConfig.from_model_config(config)
        if (path / "generation_config.json").is_file():
            generation = GenerationConfig.from_pretrained(path)
    except (OSError, ValueError) as exc:
        report.problems.append(f"generation: generation_config.json cannot be read ({_first_line(exc)})")
        generation = None
    if generation is not None:
        start = generation.decoder_start_token_id
        if start is None:
            start = getattr(config, "decoder_start_token_id", None)
        parts = [
            f"num_beams {generation.num_beams}",
            f"max_length {generation.max_length}",
            f"min_length {generation.min_length or 0}",
            f"no_repeat_ngram_size {generation.no_repeat_ngram_size}",
            f"decoder start {start}",
        ]
        if generation.forced_bos_token_id is not None:
            parts.append(f"forced_bos {generation.forced_bos_token_id}")
        if generation.forced_eos_token_id is not None:
            parts.append(f"forced_eos {generation.forced_eos_token_id}")
        if generation.bad_words_ids:
            parts.append(f"bad_words_ids {generation.bad_words_ids}")
        report.lines.append("generation: " + ", ".join(parts))
        limit = embedding_rows or vocab_size
        used = [start, generation.forced_bos_token_id, generation.forced_eos_token_id, generation.eos_token_id]
        used += [i for seq in (generation.bad_words_ids or []) for i in seq]
        flat = [i for i in used if isinstance(i, int)]
        if limit and any(i >= limit or i < 0 for i in flat):
            report.problems.append(
                f"generation: token ids {sorted(set(flat))} do not all fit the {limit:,}-row vocabulary"
            )
        if start is None:
            report.problems.append("generation: no decoder_start_token_id in config.json or generation_config.json")

    if codes is not None:
        common = [iso for iso in ("en", "fr", "de", "es", "it") if iso in codes.codes] or list(codes.codes)[:4]
        shown = ", ".join(f"{iso} {codes.codes[iso]}" for iso in common)
        how = "source code first, target code forced first" if codes.source_token else "target code as a text prefix"
        report.lines.append(f"languages: {len(codes.codes)} codes ({how}): {shown}, ...")
        if tokenizer is not None:
            missing = [
                c for c in codes.codes.values() if tokenizer.convert_tokens_to_ids(c) in (None, tokenizer.unk_token_id)
            ]
            if missing:
                report.problems.append(
                    f"languages: {len(missing)} language code(s) are unknown to the tokenizer: {missing[:5]}"
                )
    else:
        report.lines.append("languages: no language codes (a one-language-pair or one-language model)")
    if tokenizer is not None:
        report.lines.append(f"input window: {input_window(tokenizer, config):,} tokens")
    if model_type in SUPPORTED_TYPES:
        report.lines.append(f"ctranslate2: can convert it ({model_type}); `summarizer models convert` does it once")
    else:
        report.lines.append(
            f"ctranslate2: cannot convert {model_type} (supported: {', '.join(SUPPORTED_TYPES)}); torch only"
        )
    report.lines.append(
        f"license: {_license(ref, path) or 'unknown (no card in the presets file, no license in README.md)'}"
    )

    if smoke_test and not report.problems:
        _smoke(path, task, allow_pickle, report)
    return report


def _smoke(path: Path, task: str | None, allow_pickle: bool, report: CheckReport) -> None:
    """One short generation on the CPU with the torch backend (the reference)."""
    from summarizer.backends.base import ModelSpec
    from summarizer.backends.torch_backend import TorchBackend
    from summarizer.options import GenerationOptions

    role = task or "summarization"
    text = SMOKE_TEXT[role]
    try:
        started = time.perf_counter()
        backend = TorchBackend(
            ModelSpec(model=str(path), role=role, device="cpu", allow_pickle=allow_pickle, local_files_only=True)
        )
        # A multilingual model is steered with the smoke text's language into English.
        options = GenerationOptions(num_beams=1, max_new_tokens=12, source_language="fr", target_language="en")
        [output] = backend.generate([text], options)
        seconds = time.perf_counter() - started
    except Exception as exc:  # any failure of a real run is what this check is for
        report.problems.append(f"smoke test: loading and generating failed ({type(exc).__name__}: {_first_line(exc)})")
        return
    shown = output if len(output) <= 80 else output[:77] + "..."
    report.lines.append(f"smoke test: generated {len(output.split())} words in {seconds:.1f} s on the CPU: {shown!r}")


def format_report(report: CheckReport, task: str | None) -> str:
    """The report as printed: the lines and a verdict, or one line per problem."""
    if report.problems:
        return "\n".join(f"problem: {p}" for p in report.problems)
    verdict = f"ok: {report.model} is ready" + (f" as a {task} model" if task else "")
    return "\n".join([*report.lines, verdict])
