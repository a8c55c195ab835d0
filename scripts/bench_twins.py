"""Random-weight *architecture twins* of every preset's models, for scripts/bench.py.

The real weights cannot be downloaded here, so each twin has the real model's layers, widths,
heads, vocabulary size and positions (published config numbers, sources in ``TWINS`` and in
``models/presets.toml`` ``[twins.*]``) and random weights. Tokenizers:

* ``opus-mt-tc-big-fr-en``: the REAL tokenizer files and config (``source.spm``, ``target.spm``,
  ``vocab.json``, ``config.json``, ``generation_config.json`` from the shared data folder
  ``tokenizers/opus-mt-tc-big-fr-en/``, CC BY 4.0): real vocabulary, eos 43311, pad = decoder
  start 53016, ``bad_words_ids`` [[53016]].
* the others: SentencePiece / byte-level BPE models trained on the benchmark's JSONL file
  (French) and FLORES English, padded with never-matching pieces to the real vocabulary sizes,
  so embedding and output matrices have the real shapes while texts get realistic token counts.
  The padding pieces get a -1e4 output bias (a zero output row for mT5, MADLAD-400 and M2M100,
  which have no bias), so random weights emit real pieces.
* ``madlad400-3b-mt`` and ``m2m100-418M`` (the ``multilingual`` / ``multilingual-small``
  translators): stand-in SentencePiece models trained on the benchmark's articles, English and the
  tests' German/Spanish/Italian articles, laid out as the real files (MADLAD-400: ``spiece.model``
  numbering ``<unk>``=0, ``<s>``=1, ``</s>``=2 with ``<2xx>`` target-code pieces; M2M100:
  ``vocab.json`` + BPE ``sentencepiece.bpe.model``, ``__xx__`` codes after the vocabulary).

Each twin is built once and cached under ``WORK/twins-KEY/NAME`` (``READY`` marks a complete one).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VERSION = "2"
FRENCH_PIECES = 24_000  # ~1.45 tokens per whitespace word on OrangeSum articles
ENGLISH_PIECES = 8_000
BPE_PIECES = 32_000  # DistilBART twin's byte-level BPE, trained on French + English text
MT5_PIECES = 32_000
MULTI_PIECES = 10_000  # stand-in multilingual SentencePiece models: ~1.5 BPE pieces per German word here
LOG_BIAS = -1e4

# Published config numbers. Sources (full notes in models/presets.toml [twins.*]):
#  barthez: config.json derived from moussaKam/barthez-orangesum-abstract (m-biriuchinskii/sarcasm_BARThez_v2)
#           and the BARThez base config (moussaKam/barthez-sentiment-classification); 557 MB fp32 -> ~139M.
#  opus-mt-fr-en: config.json of fine-tunes whose _name_or_path is Helsinki-NLP/opus-mt-fr-en; 301 MB -> ~75M.
#  opus-mt-tc-big-fr-en: the real config.json (shared data tokenizers/opus-mt-tc-big-fr-en, read at build time).
#  distilbart-cnn-12-6: config.json copies with _name_or_path sshleifer/distilbart-cnn-12-6
#           (philschmid/distilbart-cnn-12-6-samsum); 306M per the model card; vocab 50264 as bart-large-cnn.
#  mt5-crosssum: google/mt5-base config as in csebuetnlp/mT5_multilingual_XLSum and mT5_m2o_arabic_crossSum
#           (CrossSum trainer.sh fine-tunes mt5-base); untied lm_head, 2.33 GB fp32 -> ~582M.
#  madlad400-3b-mt: config.json of google/madlad400-3b-mt (Hub blob 62211dc, "Duplicate from
#           jbochi/madlad400-3b-mt"): T5ForConditionalGeneration, d_model 1024, d_ff 8192, d_kv 128,
#           16 heads, 32+32 layers, gated-gelu, untied lm_head, vocab 256000, n_positions 512, relative
#           attention 32 buckets / max distance 128, decoder_start 0, pad 1, eos 2; its generation_config.json
#           sets only those three ids (so greedy search, as the card's generate() example); 11.8 GB
#           model.safetensors -> ~2.9B parameters.
#  m2m100-418M: config.json of facebook/m2m100_418M (as copied by its fine-tunes, _name_or_path
#           facebook/m2m100_418M): d_model 1024, 12+12 layers, 16 heads, ffn 4096, relu, vocab 128112,
#           max_position_embeddings 1024, scale_embedding, bos 0, pad 1, eos 2, decoder_start 2,
#           num_beams 5, max_length 200, early_stopping; tied embeddings -> ~484M stored parameters.
TWINS: dict[str, dict[str, Any]] = {
    "barthez": {
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
        "num_beams": 4,
        "no_repeat_ngram_size": 3,
    },
    "opus-mt-fr-en": {
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
    "opus-mt-tc-big-fr-en": {
        "id": "Helsinki-NLP/opus-mt-tc-big-fr-en",
        "model_type": "marian",
        "vocab_size": 53017,
        "d_model": 1024,
        "encoder_layers": 6,
        "decoder_layers": 6,
        "encoder_attention_heads": 16,
        "decoder_attention_heads": 16,
        "encoder_ffn_dim": 4096,
        "decoder_ffn_dim": 4096,
        "max_position_embeddings": 1024,
        "pad_token_id": 53016,
        "decoder_start_token_id": 53016,
        "eos_token_id": 43311,
        "num_beams": 4,
        "max_length": 512,
    },
    "distilbart-cnn-12-6": {
        "id": "sshleifer/distilbart-cnn-12-6",
        "model_type": "bart",
        "vocab_size": 50264,
        "d_model": 1024,
        "encoder_layers": 12,
        "decoder_layers": 6,
        "encoder_attention_heads": 16,
        "decoder_attention_heads": 16,
        "encoder_ffn_dim": 4096,
        "decoder_ffn_dim": 4096,
        "max_position_embeddings": 1024,
        "activation_function": "gelu",
        "num_beams": 4,
        "max_length": 142,
        "min_length": 56,
        "no_repeat_ngram_size": 3,
        "length_penalty": 2.0,
    },
    "mt5-crosssum": {
        "id": "csebuetnlp/mT5_m2o_english_crossSum",
        "model_type": "mt5",
        "d_model": 768,
        "d_ff": 2048,
        "d_kv": 64,
        "num_layers": 12,
        "num_decoder_layers": 12,
        "num_heads": 12,
        "vocab_size": 250112,
        "feed_forward_proj": "gated-gelu",
        "tie_word_embeddings": False,
        "max_input_tokens": 512,
        # presets.toml: max_length 84 (training MAX_TARGET_LENGTH); 4 beams as the XLSum sibling, so
        # both sides of the benchmark search alike.
        "num_beams": 4,
        "max_length": 84,
    },
    "madlad400-3b-mt": {
        "id": "google/madlad400-3b-mt",
        "model_type": "t5",
        "d_model": 1024,
        "d_ff": 8192,
        "d_kv": 128,
        "num_heads": 16,
        "num_layers": 32,
        "num_decoder_layers": 32,
        "feed_forward_proj": "gated-gelu",
        "tie_word_embeddings": False,
        "vocab_size": 256000,
        "relative_attention_num_buckets": 32,
        "relative_attention_max_distance": 128,
        "layer_norm_epsilon": 1e-6,
        "decoder_start_token_id": 0,
        "pad_token_id": 1,
        "eos_token_id": 2,
        "max_input_tokens": 512,
    },
    "m2m100-418M": {
        "id": "facebook/m2m100_418M",
        "model_type": "m2m_100",
        "vocab_size": 128112,
        "d_model": 1024,
        "encoder_layers": 12,
        "decoder_layers": 12,
        "encoder_attention_heads": 16,
        "decoder_attention_heads": 16,
        "encoder_ffn_dim": 4096,
        "decoder_ffn_dim": 4096,
        "max_position_embeddings": 1024,
        "activation_function": "relu",
        "bos_token_id": 0,
        "pad_token_id": 1,
        "eos_token_id": 2,
        "decoder_start_token_id": 2,
        "num_beams": 5,
        "max_length": 200,
        "early_stopping": True,
    },
}
# preset -> (summarization twin, translation twin or None), as in models/presets.toml [presets.*]
PRESETS: dict[str, tuple[str, str | None]] = {
    "fast": ("barthez", "opus-mt-fr-en"),
    "translate-summarize": ("distilbart-cnn-12-6", "opus-mt-fr-en"),
    "quality": ("distilbart-cnn-12-6", "opus-mt-tc-big-fr-en"),
    "crosslingual": ("mt5-crosssum", None),
    "multilingual": ("distilbart-cnn-12-6", "madlad400-3b-mt"),
    "multilingual-small": ("distilbart-cnn-12-6", "m2m100-418M"),
}
# preset -> the tiny test model of the same family (scripts/make_tiny_models.py), for --tiny
TINY: dict[str, tuple[str, str | None]] = {
    "fast": ("barthez-fr", "marian-fr-en"),
    "translate-summarize": ("bart-en", "marian-fr-en"),
    "quality": ("bart-en", "marian-fr-en"),
    "crosslingual": ("mt5-crosssum", None),
    "multilingual": ("bart-en", "madlad-400"),
    "multilingual-small": ("bart-en", "m2m100"),
}


def shared_data() -> Path | None:
    """The shared data folder (``$SUMMARIZER_SHARED_DATA``, else the first ``shared/data`` above the repo)."""
    env = os.environ.get("SUMMARIZER_SHARED_DATA")
    if env:
        return Path(env)
    for parent in ROOT.parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared" / "data"
    return None


def tc_big_dir() -> Path:
    """The real tokenizer and config files of opus-mt-tc-big-fr-en."""
    data = shared_data()
    folder = data / "tokenizers" / "opus-mt-tc-big-fr-en" if data else None
    if folder is None or not (folder / "source.spm").is_file():
        raise FileNotFoundError(
            "the quality preset's twin needs the real opus-mt-tc-big-fr-en tokenizer files "
            "(shared data tokenizers/opus-mt-tc-big-fr-en; set SUMMARIZER_SHARED_DATA)"
        )
    return folder


def check_presets() -> None:
    """Warn when the numbers above drift from models/presets.toml [twins]."""
    import tomllib

    try:
        twins = tomllib.loads((ROOT / "models" / "presets.toml").read_text(encoding="utf-8")).get("twins", {})
    except OSError:
        return
    for spec in TWINS.values():
        for key, value in twins.get(spec["id"], {}).items():
            if key in spec and spec[key] != value:
                print(f"bench: warning: {spec['id']} {key}={spec[key]} but presets.toml says {value}", file=sys.stderr)


def records(data: Path) -> list[dict[str, Any]]:
    """The JSONL records of a benchmark data file."""
    return [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]


# ---------------------------------------------------------------------- tokenizer helpers
def _train_spm(lines: list[str], prefix: Path, pieces: int, **extra: Any) -> Path:
    import sentencepiece as spm

    text = prefix.with_suffix(".txt")
    text.write_text("\n".join(lines), encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(text),
        model_prefix=str(prefix),
        vocab_size=pieces,
        character_coverage=1.0,
        hard_vocab_limit=False,
        minloglevel=2,
        num_threads=2,
        **{"model_type": "unigram", **extra},
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


def _set_generation(model: Any, spec: dict[str, Any], keys: tuple[str, ...]) -> None:
    for key in keys:
        if key in spec:
            setattr(model.generation_config, key, spec[key])


class _Corpus:
    """Training text for the twins' tokenizers, trained once per build folder."""

    def __init__(self, data: Path, folder: Path) -> None:
        self.data = data
        self.folder = folder

    def french(self) -> list[str]:
        return [r[k] for r in records(self.data) for k in ("article", "abstract", "title") if r.get(k)]

    def english(self) -> list[str]:
        lines: list[str] = []
        shared = shared_data()
        names = [ROOT / "tests" / "data" / "flores200_train.eng"]
        if shared:
            names.append(shared / "flores200" / "devtest.eng")
        for name in names:
            if name.is_file():
                lines += [ln for ln in name.read_text(encoding="utf-8").splitlines() if ln.strip()]
        return lines

    def multilingual(self) -> list[str]:
        """The benchmark's own articles (any language), English, and the tests' German, Spanish and
        Italian articles: text for the multilingual translators' stand-in tokenizers."""
        lines = self.french() + self.english()
        for code in ("de", "es", "it"):
            name = ROOT / "tests" / "data" / f"article_{code}.txt"
            if name.is_file():
                lines += [ln for ln in name.read_text(encoding="utf-8").splitlines() if ln.strip()]
        return lines

    def spm(self, name: str, pieces: int, **extra: Any) -> Path:
        out = self.folder / "spm" / f"{name}.model"
        if not out.is_file():
            out.parent.mkdir(parents=True, exist_ok=True)
            if name.startswith("multi"):
                lines = self.multilingual()
            else:
                lines = (
                    self.french()
                    if name == "fr"
                    else self.english()
                    if name == "en"
                    else self.french() + self.english()
                )
            model = _train_spm(lines, out.parent / f".{name}-{os.getpid()}", pieces, **extra)
            os.replace(model, out)
        return out


# ---------------------------------------------------------------------- builders
def _build_barthez(out: Path, corpus: _Corpus) -> None:
    from transformers import MBartConfig, MBartForConditionalGeneration

    from summarizer.backends.base import load_tokenizer

    spec = TWINS["barthez"]
    fr_model = corpus.spm("fr", FRENCH_PIECES, bos_id=0, pad_id=1, eos_id=2, unk_id=3, control_symbols=["<mask>"])
    tok_dir = out.parent / f".{out.name}-tok"
    shutil.rmtree(tok_dir, ignore_errors=True)
    tok_dir.mkdir(parents=True)
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
    _set_generation(model, spec, ("num_beams", "no_repeat_ngram_size"))
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    shutil.copy(tok_dir / "sentencepiece.bpe.model", out / "sentencepiece.bpe.model")
    shutil.rmtree(tok_dir)


def _build_opus_fr_en(out: Path, corpus: _Corpus) -> None:
    import sentencepiece as spm
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    spec = TWINS["opus-mt-fr-en"]
    fr_model = corpus.spm("fr", FRENCH_PIECES, bos_id=0, pad_id=1, eos_id=2, unk_id=3, control_symbols=["<mask>"])
    en_model = corpus.spm("en", ENGLISH_PIECES)
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
    out.mkdir(parents=True)
    (out / "vocab.json.in").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = MarianTokenizer(
        str(fr_model),
        str(en_model),
        str(out / "vocab.json.in"),
        source_lang="fr",
        target_lang="en",
        model_max_length=512,
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
    _set_generation(model, spec, ("num_beams", "max_length"))
    model.generation_config.bad_words_ids = [[pad]]
    model.generation_config.renormalize_logits = True
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    (out / "vocab.json.in").unlink()


def _build_tc_big(out: Path, corpus: _Corpus) -> None:
    """The real tokenizer and config of opus-mt-tc-big-fr-en with random weights."""
    from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer

    source = tc_big_dir()
    out.mkdir(parents=True)
    for name in ("source.spm", "target.spm", "vocab.json", "tokenizer_config.json", "special_tokens_map.json"):
        shutil.copy(source / name, out / name)
    raw = json.loads((source / "config.json").read_text(encoding="utf-8"))
    raw.pop("_name_or_path", None)
    config = MarianConfig.from_dict(raw)
    spec = TWINS["opus-mt-tc-big-fr-en"]
    for key in ("d_model", "vocab_size", "pad_token_id", "eos_token_id", "decoder_start_token_id"):
        if getattr(config, key) != spec[key]:
            raise RuntimeError(f"tc-big config.json {key}={getattr(config, key)}, expected {spec[key]}")
    tokenizer = MarianTokenizer.from_pretrained(str(out))
    if tokenizer.eos_token_id != spec["eos_token_id"] or tokenizer.pad_token_id != spec["pad_token_id"]:
        raise RuntimeError("tc-big tokenizer's eos/pad ids differ from its config")
    model = MarianMTModel(config)
    model.generation_config = GenerationConfig.from_pretrained(str(source))
    model.save_pretrained(out)
    (out / "README.md").write_text(
        "Random-weight twin of Helsinki-NLP/opus-mt-tc-big-fr-en with its real tokenizer and config "
        "(CC BY 4.0; see the shared data folder's README).\n",
        encoding="utf-8",
    )


def _build_distilbart(out: Path, corpus: _Corpus) -> None:
    from make_tiny_models import bart_token_ids  # scripts/ is on the path when the scripts run
    from tokenizers import ByteLevelBPETokenizer
    from transformers import BartConfig, BartForConditionalGeneration, BartTokenizer

    spec = TWINS["distilbart-cnn-12-6"]
    out.mkdir(parents=True)
    bpe = ByteLevelBPETokenizer()
    # French + English: the random-weight translator's output mixes pieces of both languages.
    bpe.train_from_iterator(
        corpus.french() + corpus.english(),
        vocab_size=BPE_PIECES,
        special_tokens=["<s>", "<pad>", "</s>", "<unk>", "<mask>"],
        show_progress=False,
    )
    work = out / ".bpe"
    work.mkdir()
    bpe.save_model(str(work))
    vocab = json.loads((work / "vocab.json").read_text(encoding="utf-8"))
    real = len(vocab)
    for i in range(spec["vocab_size"] - real):
        vocab[f"\u27ea{i}\u27eb"] = len(vocab)
    (work / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = BartTokenizer(vocab=str(work / "vocab.json"), merges=str(work / "merges.txt"))
    tokenizer.model_max_length = spec["max_position_embeddings"]
    if len(tokenizer) != spec["vocab_size"]:
        raise RuntimeError(f"DistilBART twin tokenizer has {len(tokenizer)} tokens, expected {spec['vocab_size']}")
    keys = ("d_model", "encoder_layers", "decoder_layers", "encoder_attention_heads", "decoder_attention_heads")
    keys += ("encoder_ffn_dim", "decoder_ffn_dim", "max_position_embeddings", "vocab_size", "activation_function")
    config = BartConfig(
        **{k: spec[k] for k in keys},
        scale_embedding=False,
        **bart_token_ids(tokenizer),
    )
    model = BartForConditionalGeneration(config)
    _penalize(model, list(range(real, spec["vocab_size"])))
    _set_generation(model, spec, ("num_beams", "max_length", "min_length", "no_repeat_ngram_size", "length_penalty"))
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    shutil.rmtree(work)


def _build_mt5(out: Path, corpus: _Corpus) -> None:
    import torch
    from transformers import MT5Config, MT5ForConditionalGeneration

    from summarizer.backends.base import load_tokenizer

    spec = TWINS["mt5-crosssum"]
    spm_model = corpus.spm("mixed", MT5_PIECES, pad_id=0, eos_id=1, unk_id=2, bos_id=-1)
    out.mkdir(parents=True)
    shutil.copy(spm_model, out / "spiece.model")
    real = _pad_spm(out / "spiece.model", 250_100)  # mT5's SentencePiece model has 250,100 pieces
    (out / "tokenizer_config.json").write_text(
        json.dumps({"tokenizer_class": "T5Tokenizer", "extra_ids": 0, "model_max_length": spec["max_input_tokens"]})
    )
    tokenizer = load_tokenizer(out)
    keys = ("d_model", "d_ff", "d_kv", "num_layers", "num_decoder_layers", "num_heads", "vocab_size")
    config = MT5Config(
        **{k: spec[k] for k in keys},
        feed_forward_proj=spec["feed_forward_proj"],
        pad_token_id=0,
        eos_token_id=1,
        decoder_start_token_id=0,
    )
    model = MT5ForConditionalGeneration(config)
    # MT5Config forces tie_word_embeddings=True; the real model keeps a separate lm_head (~582M).
    with torch.no_grad():
        head = model.shared.weight.detach().clone()
        head[real:] = 0.0  # padding pieces: logit 0, below the best real pieces (no final_logits_bias in T5)
        model.lm_head.weight = torch.nn.Parameter(head)
    model.config.tie_word_embeddings = spec["tie_word_embeddings"]
    _set_generation(model, spec, ("num_beams", "max_length"))
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)


def _language_codes() -> list[str]:
    """The 100 language codes of M2M100 (transformers' own list), the stand-ins' code set."""
    from transformers.models.m2m_100.tokenization_m2m_100 import FAIRSEQ_LANGUAGE_CODES

    return list(FAIRSEQ_LANGUAGE_CODES["m2m100"])


def _build_madlad(out: Path, corpus: _Corpus) -> None:
    """T5 on MADLAD-400 3B's config; spiece.model numbered <unk>=0, <s>=1, </s>=2 with the <2xx>
    target-code pieces (user-defined, as in the real model), padded to 256,000 pieces; pad = <s>."""
    import torch
    from transformers import T5Config, T5ForConditionalGeneration

    from summarizer.backends.base import load_tokenizer

    spec = TWINS["madlad400-3b-mt"]
    codes = [f"<2{c}>" for c in _language_codes()]
    spm_model = corpus.spm(
        "multi-madlad", MULTI_PIECES, unk_id=0, bos_id=1, eos_id=2, pad_id=-1, user_defined_symbols=codes
    )
    out.mkdir(parents=True)
    shutil.copy(spm_model, out / "spiece.model")
    real = _pad_spm(out / "spiece.model", spec["vocab_size"])
    specials = {"eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<s>"}
    (out / "special_tokens_map.json").write_text(json.dumps(specials, indent=2))
    tok_config = {**specials, "tokenizer_class": "T5Tokenizer", "extra_ids": 0}
    tok_config["model_max_length"] = spec["max_input_tokens"]
    (out / "tokenizer_config.json").write_text(json.dumps(tok_config, indent=2))
    (out / "added_tokens.json").write_text("{}")
    tokenizer = load_tokenizer(out)
    if len(tokenizer) != spec["vocab_size"] or tokenizer.convert_tokens_to_ids("<2en>") == tokenizer.unk_token_id:
        raise RuntimeError(f"MADLAD twin tokenizer has {len(tokenizer)} tokens or lacks <2en>")
    keys = ("d_model", "d_ff", "d_kv", "num_heads", "num_layers", "num_decoder_layers", "vocab_size")
    keys += ("feed_forward_proj", "tie_word_embeddings", "relative_attention_num_buckets")
    keys += ("relative_attention_max_distance", "layer_norm_epsilon", "decoder_start_token_id")
    keys += ("pad_token_id", "eos_token_id")
    model = T5ForConditionalGeneration(T5Config(**{k: spec[k] for k in keys}))
    # T5Config forces tie_word_embeddings=True (as MT5Config, see _build_mt5); the real model keeps a
    # separate lm_head, stored in the checkpoint, which loading keeps separate.
    with torch.no_grad():
        head = model.shared.weight.detach().clone()
        head[real:] = 0.0  # padding pieces: logit 0, below the best real pieces (T5 has no output bias)
        model.lm_head.weight = torch.nn.Parameter(head)
    model.config.tie_word_embeddings = spec["tie_word_embeddings"]
    model.save_pretrained(out)


def _build_m2m100(out: Path, corpus: _Corpus) -> None:
    """M2M100 on m2m100_418M's config; vocab.json in fairseq numbering (<s>, <pad>, </s>, <unk>, then
    the pieces of a BPE sentencepiece.bpe.model) padded to the real 128,004 entries, then the 100
    ``__xx__`` codes and 8 made-up words (M2M100Tokenizer's numbering) = 128,112 rows."""
    import sentencepiece as spm
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration

    from summarizer.backends.base import load_tokenizer

    spec = TWINS["m2m100-418M"]
    model_file = corpus.spm("multi-m2m", MULTI_PIECES, model_type="bpe")
    out.mkdir(parents=True)
    shutil.copy(model_file, out / "sentencepiece.bpe.model")
    proc = spm.SentencePieceProcessor(model_file=str(model_file))
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for i in range(proc.get_piece_size()):
        vocab.setdefault(proc.id_to_piece(i), len(vocab))
    real = len(vocab)
    codes = [f"__{c}__" for c in _language_codes()]
    for i in range(spec["vocab_size"] - len(codes) - 8 - real):
        vocab[f"\u27ea{i}\u27eb"] = len(vocab)
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    specials = {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "sep_token": "</s>"}
    specials["pad_token"] = "<pad>"
    (out / "special_tokens_map.json").write_text(json.dumps({**specials, "additional_special_tokens": codes}))
    tok_config = {"tokenizer_class": "M2M100Tokenizer", "src_lang": None, "tgt_lang": None}
    tok_config |= {"language_codes": "m2m100", "num_madeup_words": 8, "model_max_length": 1024}
    (out / "tokenizer_config.json").write_text(json.dumps(tok_config, indent=2))
    tokenizer = load_tokenizer(out)
    if len(tokenizer) != spec["vocab_size"] - 8:  # the 8 made-up words have embedding rows, no tokens
        raise RuntimeError(f"M2M100 twin tokenizer has {len(tokenizer)} tokens, expected {spec['vocab_size'] - 8}")
    keys = ("vocab_size", "d_model", "encoder_layers", "decoder_layers", "encoder_attention_heads")
    keys += ("decoder_attention_heads", "encoder_ffn_dim", "decoder_ffn_dim", "max_position_embeddings")
    keys += ("activation_function", "bos_token_id", "pad_token_id", "eos_token_id", "decoder_start_token_id")
    model = M2M100ForConditionalGeneration(M2M100Config(**{k: spec[k] for k in keys}, scale_embedding=True))
    with torch.no_grad():  # tied output matrix: padding pieces get logit 0, below the best real pieces
        model.model.shared.weight[real : len(vocab)] = 0.0
    _set_generation(model, spec, ("num_beams", "max_length", "early_stopping"))
    model.save_pretrained(out)


BUILDERS = {
    "barthez": _build_barthez,
    "opus-mt-fr-en": _build_opus_fr_en,
    "opus-mt-tc-big-fr-en": _build_tc_big,
    "distilbart-cnn-12-6": _build_distilbart,
    "mt5-crosssum": _build_mt5,
    "madlad400-3b-mt": _build_madlad,
    "m2m100-418M": _build_m2m100,
}


def build_twin(name: str, data: Path, work: Path) -> Path:
    """Build (once, cached under ``work``) the twin ``name``; returns its model folder."""
    stat = data.stat()
    key = hashlib.sha256(f"{VERSION}\0{data.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    folder = work / f"twins-{key.hexdigest()[:12]}"
    out = folder / name
    if (out / "READY").is_file():
        return out
    import torch
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    torch.manual_seed(0)
    tmp = folder / f".tmp-{name}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    BUILDERS[name](tmp, _Corpus(data, folder))
    (tmp / "READY").write_text(VERSION)
    shutil.rmtree(out, ignore_errors=True)
    os.replace(tmp, out)
    return out


def preset_models(preset: str, data: Path, work: Path, tiny: Path | None = None) -> tuple[Path, Path | None]:
    """(summarization model, translation model or None) for a preset: twins, or tiny models."""
    summ, trans = (TINY if tiny else PRESETS)[preset]
    if tiny:
        return tiny / summ, tiny / trans if trans else None
    return build_twin(summ, data, work), build_twin(trans, data, work) if trans else None


def params(model_dir: Path) -> int | None:
    """Stored parameters of a model directory (tied matrices once, buffers excluded)."""
    import math

    try:
        from safetensors import safe_open
    except ImportError:
        return None
    with safe_open(str(model_dir / "model.safetensors"), "np") as handle:
        return sum(math.prod(handle.get_slice(k).get_shape()) for k in handle.keys() if k != "final_logits_bias")  # noqa: SIM118
