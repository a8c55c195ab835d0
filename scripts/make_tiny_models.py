"""Build tiny random-weight seq2seq models with real SentencePiece/BPE tokenizers, for tests.

The real models (BARThez, OPUS-MT Marian, DistilBART, mT5) cannot be downloaded on machines
without access to the model hub, and are hundreds of MB. This script builds one tiny model of
each architecture the presets use, with a tokenizer of the same *kind* as the real model's
(trained on text the project ships in ``tests/data/``) saved in the same file layout as the
Hub repository, so tokenizer loading meets what it meets on a user's machine; and two twins
on the *real* tokenizer files (``tests/data/tokenizers/``: real vocabularies and special-token
ids, tiny random weights).

Usage:
    python scripts/make_tiny_models.py [OUTPUT_DIR]    # default: tests/.tiny_models

Outputs (subdirectories of OUTPUT_DIR):
    barthez-fr          MBart + SentencePiece *BPE* sentencepiece.bpe.model and tokenizer.json,
                        tokenizer_class BarthezTokenizer in config.json (like moussaKam/barthez-*)
    marian-fr-en        MarianMT + source.spm/target.spm (Unigram) + joint vocab.json (like opus-mt-fr-en)
    bart-en             BART + byte-level BPE vocab.json/merges.txt (like sshleifer/distilbart-cnn-12-6)
    t5-en               T5 + Unigram spiece.model, "summarize: " prefix
    nllb-200            M2M100 on NLLB-200 1.3B's real config, generation config and tokenizer metadata
                        (tests/data/tokenizers/nllb-200-1.3B/: 202 codes like fra_Latn after the pieces,
                        <mask> last), a stand-in SentencePiece BPE model (the real one is not shipped)
    m2m100              M2M100 (facebook/m2m100_418M config) + vocab.json + sentencepiece.bpe.model, the
                        100 __fr__-style codes after the vocabulary
    mbart-50            MBart (facebook/mbart-large-50-many-to-many-mmt config) + sentencepiece.bpe.model,
                        the 52 fr_XX-style codes after the pieces, <mask> last
    madlad-400          T5 (google/madlad400-3b-mt config) + spiece.model numbering <unk>=0/<s>=1/</s>=2
                        with <2xx> target-language pieces, pad <s>, decoder start <unk>
    t5-added-pad        T5 whose spiece.model numbers <unk>=0, <s>=1, </s>=2 (SentencePiece's defaults) and
                        whose tokenizer_config.json declares <pad> as an added token after the pieces
                        (id 1000, pad = decoder start), a layout fine-tuned checkpoints often have
    mt5-crosssum        MT5 + multilingual Unigram spiece.model (like csebuetnlp/mT5_m2o_english_crossSum)
    barthez-real        MBart on the real BARThez tokenizer files (50,002 pieces)
    marian-tc-big-real  MarianMT on the real opus-mt-tc-big-fr-en tokenizer files and special-token ids
                        (53,017 entries, eos 43311, pad = decoder start 53016, bad_words_ids [[53016]])
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout: import this checkout's package
    sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data"
VERSION = "9"  # bump when the models change, so cached copies are rebuilt

TINY = {"d_model": 32, "layers": 2, "heads": 2, "ffn": 64}
# Real vocabularies are 50k entries: smaller layers keep those twins a few MB.
REAL_TINY = {"d_model": 16, "layers": 1, "heads": 2, "ffn": 32}
REAL_TOKENIZERS = DATA / "tokenizers"


def _french_corpus() -> list[str]:
    lines = (DATA / "flores200_train.fra").read_text(encoding="utf-8").splitlines()
    lines += (DATA / "mistral_softbank_fr.txt").read_text(encoding="utf-8").splitlines()
    for row in (DATA / "orangesum_sample.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(row)
        lines += [record["article"], record["abstract"]]
    return [ln for ln in lines if ln.strip()]


def _english_corpus() -> list[str]:
    return [ln for ln in (DATA / "flores200_train.eng").read_text(encoding="utf-8").splitlines() if ln]


def _train_spm(lines: list[str], prefix: Path, vocab_size: int, model_type: str = "unigram", **extra) -> Path:
    import sentencepiece as spm

    text_file = prefix.with_suffix(".txt")
    text_file.write_text("\n".join(lines), encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(text_file),
        model_prefix=str(prefix),
        vocab_size=vocab_size,
        model_type=model_type,
        character_coverage=1.0,
        minloglevel=2,
        **extra,
    )
    return prefix.with_suffix(".model")


def _save(model, tokenizer, out: Path, generation: dict | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    if generation:
        for key, value in generation.items():
            setattr(model.generation_config, key, value)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)


def _layers(size: dict) -> dict:
    """The layer sizes of a BART-family config (BART, mBART, Marian), from a TINY-style dict."""
    return {
        "d_model": size["d_model"],
        "encoder_layers": size["layers"],
        "decoder_layers": size["layers"],
        "encoder_attention_heads": size["heads"],
        "decoder_attention_heads": size["heads"],
        "encoder_ffn_dim": size["ffn"],
        "decoder_ffn_dim": size["ffn"],
    }


def _t5_layers(size: dict) -> dict:
    """The layer sizes of a T5-family config (T5, mT5), from a TINY-style dict."""
    return {
        "d_model": size["d_model"],
        "d_ff": size["ffn"],
        "d_kv": 16,
        "num_layers": size["layers"],
        "num_decoder_layers": size["layers"],
        "num_heads": size["heads"],
    }


def bart_token_ids(tokenizer) -> dict:
    """BART's special-token ids and generation framing (``</s> <s> … </s>``), from its tokenizer."""
    return {
        "pad_token_id": tokenizer.pad_token_id,
        "bos_token_id": tokenizer.bos_token_id,
        "eos_token_id": tokenizer.eos_token_id,
        "decoder_start_token_id": tokenizer.eos_token_id,
        "forced_bos_token_id": tokenizer.bos_token_id,
        "forced_eos_token_id": tokenizer.eos_token_id,
    }


def _mbart_config(vocab_size: int, size: dict, **ids):
    from transformers import MBartConfig

    return MBartConfig(
        vocab_size=vocab_size,
        **_layers(size),
        max_position_embeddings=1024,
        tokenizer_class="BarthezTokenizer",  # where the BARThez repositories name it
        **ids,
    )


def _save_model(model, out: Path, generation: dict) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for key, value in generation.items():
        setattr(model.generation_config, key, value)
    model.save_pretrained(out)


def make_barthez(out: Path, work: Path) -> None:
    """French BART (MBart architecture) with a BARThez-style SentencePiece *BPE* tokenizer, saved
    as on the Hub: ``sentencepiece.bpe.model`` + ``tokenizer.json``, the class in ``config.json``."""
    from transformers import MBartForConditionalGeneration

    from summarizer.backends.tokenizers import load_tokenizer

    model_file = _train_spm(
        _french_corpus(), work / "barthez", 1000, model_type="bpe", bos_id=0, pad_id=1, eos_id=2, unk_id=3
    )
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(model_file, out / "sentencepiece.bpe.model")
    # tokenizer.json: the SentencePiece model converted and checked by the project's own loader
    # (transformers 5's BarthezTokenizer cannot build BPE models).
    (out / "config.json").write_text(json.dumps({"model_type": "mbart", "tokenizer_class": "BarthezTokenizer"}))
    tokenizer = load_tokenizer(out)
    tokenizer.backend_tokenizer.save(str(out / "tokenizer.json"))
    config = _mbart_config(
        len(tokenizer),
        TINY,
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        decoder_start_token_id=2,
        forced_eos_token_id=2,
    )
    model = MBartForConditionalGeneration(config)
    _save_model(model, out, {"num_beams": 2, "max_length": 60, "no_repeat_ngram_size": 3})


def make_barthez_real(out: Path) -> None:
    """MBart with tiny random weights on the real BARThez tokenizer files (as on the Hub)."""
    from transformers import MBartForConditionalGeneration

    src = REAL_TOKENIZERS / "barthez"
    real = json.loads((src / "config-barthez-sentiment-classification.json").read_text(encoding="utf-8"))
    ids = {k: real[k] for k in ("pad_token_id", "bos_token_id", "eos_token_id", "decoder_start_token_id")}
    config = _mbart_config(real["vocab_size"], REAL_TINY, forced_eos_token_id=real["eos_token_id"], **ids)
    model = MBartForConditionalGeneration(config)
    _save_model(model, out, {"num_beams": 2, "max_length": 60, "no_repeat_ngram_size": 3})
    for name in ("sentencepiece.bpe.model", "tokenizer.json"):
        shutil.copy(src / name, out / name)


def make_marian_tc_big_real(out: Path) -> None:
    """MarianMT with tiny random weights on the real opus-mt-tc-big-fr-en tokenizer files, with
    the real special-token ids and generation defaults."""
    from transformers import MarianConfig, MarianMTModel

    src = REAL_TOKENIZERS / "opus-mt-tc-big-fr-en"
    real = json.loads((src / "config.json").read_text(encoding="utf-8"))
    keep = (
        "vocab_size",
        "decoder_vocab_size",
        "max_position_embeddings",
        "pad_token_id",
        "eos_token_id",
        "bos_token_id",
        "decoder_start_token_id",
        "forced_eos_token_id",
        "scale_embedding",
        "share_encoder_decoder_embeddings",
        "activation_function",
    )
    config = MarianConfig(
        **_layers(REAL_TINY),
        **{k: real[k] for k in keep},
    )
    model = MarianMTModel(config)
    generation = json.loads((src / "generation_config.json").read_text(encoding="utf-8"))
    _save_model(model, out, {k: generation[k] for k in ("bad_words_ids", "num_beams", "max_length")})
    for name in ("source.spm", "target.spm", "vocab.json", "tokenizer_config.json", "special_tokens_map.json"):
        shutil.copy(src / name, out / name)


def make_marian(out: Path, work: Path) -> None:
    """MarianMT fr->en with separate source/target SentencePiece models and a joint vocab.json."""
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    src = _train_spm(_french_corpus(), work / "marian_src", 800)
    tgt = _train_spm(_english_corpus(), work / "marian_tgt", 800)
    import sentencepiece as spm

    vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
    for model_file in (src, tgt):
        proc = spm.SentencePieceProcessor(model_file=str(model_file))
        for i in range(proc.get_piece_size()):
            piece = proc.id_to_piece(i)
            if piece not in vocab and piece not in ("<s>", "</s>", "<unk>"):
                vocab[piece] = len(vocab)
    vocab["<pad>"] = len(vocab)
    vocab_file = work / "vocab.json"
    vocab_file.write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = MarianTokenizer(str(src), str(tgt), str(vocab_file), source_lang="fr", target_lang="en")
    config = MarianConfig(
        vocab_size=len(vocab),
        **_layers(TINY),
        max_position_embeddings=512,
        pad_token_id=vocab["<pad>"],
        eos_token_id=0,
        decoder_start_token_id=vocab["<pad>"],
        forced_eos_token_id=0,
        share_encoder_decoder_embeddings=True,
    )
    model = MarianMTModel(config)
    _save(model, tokenizer, out, {"num_beams": 2, "max_length": 512, "bad_words_ids": [[vocab["<pad>"]]]})


def make_bart_en(out: Path, work: Path) -> None:
    """English BART with a byte-level BPE tokenizer, like DistilBART-CNN."""
    from tokenizers import ByteLevelBPETokenizer
    from transformers import BartConfig, BartForConditionalGeneration, BartTokenizer

    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(
        _english_corpus(), vocab_size=1000, special_tokens=["<s>", "<pad>", "</s>", "<unk>", "<mask>"]
    )
    bpe_dir = work / "bart_bpe"
    bpe_dir.mkdir()
    bpe.save_model(str(bpe_dir))
    out.mkdir(parents=True, exist_ok=True)
    for name in ("vocab.json", "merges.txt"):  # the layout of sshleifer/distilbart-cnn-12-6
        shutil.copy(bpe_dir / name, out / name)
    (out / "tokenizer_config.json").write_text(
        json.dumps({"tokenizer_class": "BartTokenizer", "model_max_length": 1024})
    )
    tokenizer = BartTokenizer.from_pretrained(out)
    config = BartConfig(
        vocab_size=len(tokenizer),
        **_layers(TINY),
        max_position_embeddings=1024,
        **bart_token_ids(tokenizer),
    )
    model = BartForConditionalGeneration(config)
    _save_model(model, out, {"num_beams": 2, "max_length": 80, "min_length": 10, "no_repeat_ngram_size": 3})


def _make_t5(out: Path, work: Path, name: str, lines: list[str], multilingual: bool) -> None:
    from transformers import AutoTokenizer, MT5Config, MT5ForConditionalGeneration, T5Config, T5ForConditionalGeneration

    model_file = _train_spm(lines, work / name, 1000, pad_id=0, eos_id=1, unk_id=2, bos_id=-1)
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(model_file, out / "spiece.model")  # the layout of the mT5 repositories
    (out / "tokenizer_config.json").write_text(
        json.dumps({"tokenizer_class": "T5Tokenizer", "extra_ids": 0, "model_max_length": 512})
    )
    tokenizer = AutoTokenizer.from_pretrained(out)
    cls_config, cls_model = (
        (MT5Config, MT5ForConditionalGeneration) if multilingual else (T5Config, T5ForConditionalGeneration)
    )
    config = cls_config(
        vocab_size=len(tokenizer),
        **_t5_layers(TINY),
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.pad_token_id,
        feed_forward_proj="gated-gelu" if multilingual else "relu",
        tie_word_embeddings=not multilingual,
    )
    model = cls_model(config)
    if not multilingual:
        config.task_specific_params = {"summarization": {"prefix": "summarize: "}}
        model.config.task_specific_params = config.task_specific_params
    _save_model(model, out, {"num_beams": 2, "max_length": 84, "no_repeat_ngram_size": 2})


def make_t5_added_pad(out: Path, work: Path) -> None:
    """T5 with SentencePiece's default numbering (``<unk>``=0, ``<s>``=1, ``</s>``=2) and ``<pad>``
    declared only in ``tokenizer_config.json`` as an added token after the pieces.

    transformers' ``T5Tokenizer`` assumes T5's own numbering (pad 0, eos 1, unk 2) and does not
    reproduce this model's ids; the project's loader must then build the tokenizer another way
    and keep the declared ``<pad>``.
    """
    from transformers import T5Config, T5ForConditionalGeneration

    pieces = 1000
    model_file = _train_spm(_english_corpus(), work / "t5pad", pieces, unk_id=0, bos_id=1, eos_id=2, pad_id=-1)
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(model_file, out / "spiece.model")

    def added(content: str) -> dict:
        return {
            "content": content,
            "lstrip": False,
            "rstrip": False,
            "normalized": False,
            "single_word": False,
            "special": True,
        }

    tok_config = {
        "tokenizer_class": "T5Tokenizer",
        "extra_ids": 0,
        "model_max_length": 512,
        "unk_token": "<unk>",
        "eos_token": "</s>",
        "pad_token": "<pad>",
        "added_tokens_decoder": {"0": added("<unk>"), "2": added("</s>"), str(pieces): added("<pad>")},
    }
    (out / "tokenizer_config.json").write_text(json.dumps(tok_config, indent=2))
    (out / "special_tokens_map.json").write_text(
        json.dumps({"unk_token": "<unk>", "eos_token": "</s>", "pad_token": "<pad>"}, indent=2)
    )
    config = T5Config(
        vocab_size=pieces + 1,
        **_t5_layers(TINY),
        pad_token_id=pieces,
        eos_token_id=2,
        decoder_start_token_id=pieces,
        feed_forward_proj="relu",
        task_specific_params={"summarization": {"prefix": "summarize: "}},
    )
    model = T5ForConditionalGeneration(config)
    _save_model(model, out, {"num_beams": 2, "max_length": 84, "no_repeat_ngram_size": 2})


def _multilingual_corpus() -> list[str]:
    lines = _french_corpus() + _english_corpus()
    for code in ("de", "es", "it"):
        lines += (DATA / f"article_{code}.txt").read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln.strip()]


def _special(content: str, token_id: int, **flags) -> dict:
    entry = {"id": token_id, "content": content, "single_word": False, "lstrip": False, "rstrip": False}
    return {**entry, "normalized": False, "special": True, **flags}


def _fairseq_tokenizer_json(tokenizer_class: str, folder: Path, codes: list[str], default_code: str) -> int:
    """Write ``tokenizer.json`` for a fairseq-numbered SentencePiece model in ``folder``
    (``<s>``=0, ``<pad>``=1, ``</s>``=2, ``<unk>``=3, the pieces shifted by one), with the language
    codes right after the pieces and ``<mask>`` last, as NLLB-200's and mBART-50's are; returns its size.

    transformers converts the pieces (``tokenizer_class.from_pretrained``); the codes and the
    framing ``code … </s>`` are then laid out as in the published files.
    """
    import transformers
    from tokenizers import Tokenizer, processors

    converted = getattr(transformers, tokenizer_class).from_pretrained(folder)
    data = json.loads(converted.backend_tokenizer.to_str())
    import sentencepiece as spm

    # fairseq numbering: the SentencePiece model's N pieces (<unk>, <s>, </s> among them) take ids 0..N.
    pieces = spm.SentencePieceProcessor(model_file=str(folder / "sentencepiece.bpe.model")).get_piece_size() + 1
    if isinstance(data["model"]["vocab"], list):  # Unigram: [piece, score] by id; drop what follows the pieces
        data["model"]["vocab"] = data["model"]["vocab"][:pieces]
    keep = [t for t in data["added_tokens"] if t["id"] < pieces]
    data["added_tokens"] = [
        *keep,
        *(_special(code, pieces + k) for k, code in enumerate(codes)),
        _special("<mask>", pieces + len(codes), lstrip=True),
    ]
    backend = Tokenizer.from_str(json.dumps(data))
    backend.post_processor = processors.TemplateProcessing(
        single=f"{default_code} $A </s>",
        pair=f"{default_code} $A $B </s>",
        special_tokens=[(default_code, pieces + codes.index(default_code)), ("</s>", 2)],
    )
    backend.save(str(folder / "tokenizer.json"))
    return pieces + len(codes) + 1


def _m2m100_config(vocab_size: int, size: dict, max_positions: int = 1024):
    from transformers import M2M100Config

    return M2M100Config(
        vocab_size=vocab_size,
        **_layers(size),
        max_position_embeddings=max_positions,
        scale_embedding=True,
        activation_function="relu",
        bos_token_id=0,
        pad_token_id=1,
        eos_token_id=2,
        decoder_start_token_id=2,
    )


def make_nllb(out: Path, work: Path) -> None:
    """M2M100 on NLLB-200 1.3B's real configuration and tokenizer metadata, with a stand-in BPE model."""
    from transformers import M2M100ForConditionalGeneration

    src = REAL_TOKENIZERS / "nllb-200-1.3B"
    out.mkdir(parents=True, exist_ok=True)
    model_file = _train_spm(_multilingual_corpus(), work / "nllb", 1000, model_type="bpe")
    shutil.copy(model_file, out / "sentencepiece.bpe.model")
    for name in ("tokenizer_config.json", "special_tokens_map.json"):
        shutil.copy(src / name, out / name)
    codes = json.loads((src / "special_tokens_map.json").read_text(encoding="utf-8"))["additional_special_tokens"]
    size = _fairseq_tokenizer_json("NllbTokenizer", out, codes, "eng_Latn")
    real = json.loads((src / "config.json").read_text(encoding="utf-8"))
    # The real vocabulary (256,206) is two rows larger than the tokenizer (256,204): kept.
    config = _m2m100_config(size + real["vocab_size"] - 256204, TINY, real["max_position_embeddings"])
    for key in ("bos_token_id", "pad_token_id", "eos_token_id", "decoder_start_token_id", "scale_embedding"):
        setattr(config, key, real[key])
    model = M2M100ForConditionalGeneration(config)
    generation = json.loads((src / "generation_config.json").read_text(encoding="utf-8"))
    _save_model(model, out, {"max_length": generation["max_length"], "num_beams": 2})


def make_m2m100(out: Path, work: Path) -> None:
    """M2M100 with facebook/m2m100_418M's layout: vocab.json (fairseq numbering) + sentencepiece.bpe.model,
    the __xx__ codes after the vocabulary (M2M100Tokenizer's own numbering)."""
    import sentencepiece as spm
    from transformers import M2M100ForConditionalGeneration
    from transformers.models.m2m_100.tokenization_m2m_100 import FAIRSEQ_LANGUAGE_CODES

    out.mkdir(parents=True, exist_ok=True)
    model_file = _train_spm(_multilingual_corpus(), work / "m2m", 1000, model_type="bpe")
    shutil.copy(model_file, out / "sentencepiece.bpe.model")
    proc = spm.SentencePieceProcessor(model_file=str(model_file))
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for i in range(proc.get_piece_size()):
        vocab.setdefault(proc.id_to_piece(i), len(vocab))
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False, indent=2), encoding="utf-8")
    codes = [f"__{c}__" for c in FAIRSEQ_LANGUAGE_CODES["m2m100"]]
    (out / "special_tokens_map.json").write_text(
        json.dumps(
            {
                "bos_token": "<s>",
                "eos_token": "</s>",
                "unk_token": "<unk>",
                "sep_token": "</s>",
                "pad_token": "<pad>",
                "additional_special_tokens": codes,
            },
            indent=2,
        )
    )
    (out / "tokenizer_config.json").write_text(
        json.dumps(
            {
                "tokenizer_class": "M2M100Tokenizer",
                "src_lang": None,
                "tgt_lang": None,
                "language_codes": "m2m100",
                "num_madeup_words": 8,
                "model_max_length": 1024,
            },
            indent=2,
        )
    )
    # The real embedding: vocab.json (128,004 entries) + 100 codes + 8 made-up words = 128,112 rows.
    model = M2M100ForConditionalGeneration(_m2m100_config(len(vocab) + len(codes) + 8, TINY))
    _save_model(model, out, {"max_length": 200, "num_beams": 2})


def make_mbart50(out: Path, work: Path) -> None:
    """MBart with facebook/mbart-large-50-many-to-many-mmt's layout and special-token ids."""
    from transformers import MBartConfig, MBartForConditionalGeneration
    from transformers.models.mbart50.tokenization_mbart50 import FAIRSEQ_LANGUAGE_CODES

    out.mkdir(parents=True, exist_ok=True)
    # XLM-R's and mBART's "sentencepiece.bpe.model" is a Unigram model despite its name.
    model_file = _train_spm(_multilingual_corpus(), work / "mbart50", 1000)
    shutil.copy(model_file, out / "sentencepiece.bpe.model")
    codes = list(FAIRSEQ_LANGUAGE_CODES)
    mask = {"content": "<mask>", "lstrip": True, "normalized": True, "rstrip": False, "single_word": False}
    specials = {
        "bos_token": "<s>",
        "eos_token": "</s>",
        "unk_token": "<unk>",
        "sep_token": "</s>",
        "cls_token": "<s>",
        "pad_token": "<pad>",
        "mask_token": mask,
    }
    (out / "special_tokens_map.json").write_text(json.dumps({**specials, "additional_special_tokens": codes}, indent=2))
    tok_config = {
        **specials,
        "tokenizer_class": "MBart50Tokenizer",
        "src_lang": None,
        "tgt_lang": None,
        "language_codes": "ML50",
        "model_max_length": 1024,
    }
    (out / "tokenizer_config.json").write_text(json.dumps(tok_config, indent=2))
    size = _fairseq_tokenizer_json("MBart50Tokenizer", out, codes, "en_XX")
    config = MBartConfig(
        vocab_size=size,
        **_layers(TINY),
        max_position_embeddings=1024,
        scale_embedding=True,
        activation_function="gelu",
        bos_token_id=0,
        pad_token_id=1,
        eos_token_id=2,
        decoder_start_token_id=2,
        forced_eos_token_id=2,
        tokenizer_class="MBart50Tokenizer",
    )
    model = MBartForConditionalGeneration(config)
    _save_model(model, out, {"max_length": 200, "num_beams": 2})


def make_madlad(out: Path, work: Path) -> None:
    """T5 with google/madlad400-3b-mt's layout: spiece.model numbering <unk>=0, <s>=1, </s>=2 with the
    <2xx> target-language pieces, pad <s> (1), decoder start <unk> (0), gated-gelu, untied embeddings."""
    from transformers import T5Config, T5ForConditionalGeneration
    from transformers.models.m2m_100.tokenization_m2m_100 import FAIRSEQ_LANGUAGE_CODES

    out.mkdir(parents=True, exist_ok=True)
    codes = [f"<2{c}>" for c in FAIRSEQ_LANGUAGE_CODES["m2m100"]]
    model_file = _train_spm(
        _multilingual_corpus(),
        work / "madlad",
        1200,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=-1,
        user_defined_symbols=codes,
    )
    shutil.copy(model_file, out / "spiece.model")
    specials = {"eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<s>"}
    (out / "special_tokens_map.json").write_text(json.dumps(specials, indent=2))
    tok_config = {**specials, "tokenizer_class": "T5Tokenizer", "extra_ids": 0, "model_max_length": 512}
    (out / "tokenizer_config.json").write_text(json.dumps(tok_config, indent=2))
    config = T5Config(
        vocab_size=1200,
        **_t5_layers(TINY),
        feed_forward_proj="gated-gelu",
        tie_word_embeddings=False,
        relative_attention_max_distance=128,
        relative_attention_num_buckets=32,
        decoder_start_token_id=0,
        pad_token_id=1,
        eos_token_id=2,
    )
    model = T5ForConditionalGeneration(config)
    _save_model(
        model,
        out,
        {"decoder_start_token_id": 0, "pad_token_id": 1, "eos_token_id": 2, "num_beams": 2, "max_length": 256},
    )


def build_all(output: Path) -> Path:
    """Build every tiny model under ``output`` (skipped when an up-to-date copy is there)."""
    import torch

    stamp = output / "VERSION"
    if stamp.exists() and stamp.read_text().strip() == VERSION:
        return output
    if output.exists():
        shutil.rmtree(output)
    torch.manual_seed(0)
    tmp_out = Path(tempfile.mkdtemp(prefix="tiny-models-", dir=output.parent if output.parent.exists() else None))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        make_barthez(tmp_out / "barthez-fr", work)
        make_marian(tmp_out / "marian-fr-en", work)
        make_bart_en(tmp_out / "bart-en", work)
        _make_t5(tmp_out / "t5-en", work, "t5en", _english_corpus(), multilingual=False)
        _make_t5(tmp_out / "mt5-crosssum", work, "mt5", _french_corpus() + _english_corpus(), multilingual=True)
        make_barthez_real(tmp_out / "barthez-real")
        make_marian_tc_big_real(tmp_out / "marian-tc-big-real")
        # New twins come last: the random weights of the ones above stay what they were.
        make_t5_added_pad(tmp_out / "t5-added-pad", work)
        make_nllb(tmp_out / "nllb-200", work)
        make_m2m100(tmp_out / "m2m100", work)
        make_mbart50(tmp_out / "mbart-50", work)
        make_madlad(tmp_out / "madlad-400", work)
    (tmp_out / "VERSION").write_text(VERSION)
    tmp_out.rename(output)  # atomic: a half-built directory is never seen as ready
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default=str(ROOT / "tests" / ".tiny_models"))
    args = parser.parse_args(argv)
    out = build_all(Path(args.output).resolve())
    for sub in sorted(p for p in out.iterdir() if p.is_dir()):
        print(sub)
    return 0


if __name__ == "__main__":
    sys.exit(main())
