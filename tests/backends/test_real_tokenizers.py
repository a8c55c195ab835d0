"""The real tokenizer files of the presets' models (BARThez, opus-mt-tc-big-fr-en; copies in
``tests/data/tokenizers/``): the ids fed to the model equal SentencePiece's own encoding on
real French sentences, decoding gives the text back, and a tokenizer that tokenizes
differently is never used.

BARThez is the case transformers 5 cannot load with the class the model names
(``BarthezTokenizer`` builds a Unigram model; BARThez's SentencePiece model is BPE).
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
import sentencepiece as spm

from summarizer.backends.base import load_tokenizer
from summarizer.backends.tokenizers import TokenizerLoadError, check_tokenizer, load_tokenizer_info
from summarizer.cli import main
from summarizer.text.chunking import pack_chunks

DATA = Path(__file__).resolve().parents[1] / "data"
BARTHEZ = DATA / "tokenizers" / "barthez"
TC_BIG = DATA / "tokenizers" / "opus-mt-tc-big-fr-en"


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    rows = (DATA / "orangesum_sentences.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(row)["sentence"] for row in rows]
    assert len(texts) >= 200
    return texts


def _barthez_folder(root: Path, *, with_json: bool, class_in: str) -> Path:
    """A model folder with the real BARThez tokenizer files, the class named in ``config.json``
    (the published config, as the BARThez repositories do) or in ``tokenizer_config.json``."""
    folder = root / f"barthez-{'json' if with_json else 'spm'}-{class_in}"
    folder.mkdir()
    config = json.loads((BARTHEZ / "config-barthez-sentiment-classification.json").read_text(encoding="utf-8"))
    if class_in == "tokenizer_config":
        del config["tokenizer_class"]
        (folder / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "BarthezTokenizer"}))
    (folder / "config.json").write_text(json.dumps(config))
    shutil.copy(BARTHEZ / "sentencepiece.bpe.model", folder)
    if with_json:
        shutil.copy(BARTHEZ / "tokenizer.json", folder)
    return folder


LAYOUTS = [(True, "config"), (True, "tokenizer_config"), (False, "config"), (False, "tokenizer_config")]


@pytest.mark.parametrize(("with_json", "class_in"), LAYOUTS)
def test_barthez_ids_equal_sentencepiece_on_real_sentences(tmp_path, sentences, with_json, class_in):
    folder = _barthez_folder(tmp_path, with_json=with_json, class_in=class_in)
    info = load_tokenizer_info(folder)
    assert info.named_class == "BarthezTokenizer"
    assert info.spm_type == "BPE"
    # The named class cannot build a BPE model; the way used is named, and is exact.
    assert "BarthezTokenizer" in info.attempts[0]
    assert info.method.startswith("tokenizer.json" if with_json else "sentencepiece.bpe.model converted")
    tokenizer = info.tokenizer
    proc = spm.SentencePieceProcessor(model_file=str(folder / "sentencepiece.bpe.model"))
    assert (proc.bos_id(), proc.eos_id()) == (tokenizer.bos_token_id, tokenizer.eos_token_id) == (0, 2)
    assert len(tokenizer) == proc.get_piece_size() == 50_002
    batch = tokenizer(sentences)["input_ids"]  # as the backends call it: a batch
    with_unknown = 0
    for text, ids in zip(sentences, batch, strict=True):
        pieces = proc.encode(text)
        assert ids == [0, *pieces, 2], text
        if 3 in pieces:  # SentencePiece decodes <unk> as " ⁇ ", transformers drops it
            with_unknown += 1
            continue
        assert tokenizer.decode(ids, skip_special_tokens=True) == proc.decode(pieces), text
    assert with_unknown < len(sentences) // 20


def test_barthez_backends_count_what_sentencepiece_counts(tmp_path, sentences):
    """``load_tokenizer`` (what both backends and the converter call) gives the same counts."""
    folder = _barthez_folder(tmp_path, with_json=True, class_in="config")
    proc = spm.SentencePieceProcessor(model_file=str(folder / "sentencepiece.bpe.model"))
    tokenizer = load_tokenizer(folder)
    counts = [len(ids) for ids in tokenizer(sentences)["input_ids"]]
    assert counts == [len(proc.encode(t)) + 2 for t in sentences]
    # The example of the tokenizer's README: 27 tokens with <s> and </s>.
    text = "Le PDG de Mistral AI, Arthur Mensch, a levé 385 millions d'euros auprès de SoftBank."
    assert len(tokenizer(text)["input_ids"]) == 27


def test_tc_big_ids_equal_sentencepiece_through_vocab_json(sentences):
    info = load_tokenizer_info(TC_BIG)
    tokenizer = info.tokenizer
    assert info.named_class == "MarianTokenizer" and info.method == "MarianTokenizer"
    config = json.loads((TC_BIG / "config.json").read_text(encoding="utf-8"))
    assert tokenizer.eos_token_id == config["eos_token_id"] == 43311
    assert tokenizer.pad_token_id == config["pad_token_id"] == config["decoder_start_token_id"] == 53016
    assert len(tokenizer) == config["vocab_size"] == 53_017
    vocab = json.loads((TC_BIG / "vocab.json").read_text(encoding="utf-8"))
    proc = spm.SentencePieceProcessor(model_file=str(TC_BIG / "source.spm"))
    batch = tokenizer(sentences)["input_ids"]
    with_unknown = 0
    for text, ids in zip(sentences, batch, strict=True):
        pieces = proc.encode(text, out_type=str)
        assert ids == [vocab.get(p, vocab["<unk>"]) for p in pieces] + [43311], text
        if vocab["<unk>"] in ids:
            with_unknown += 1
            continue
        assert tokenizer.decode(ids, skip_special_tokens=True) == proc.decode(pieces), text
    assert with_unknown < len(sentences) // 20


def test_marian_piece_unknown_to_the_source_model_but_in_the_joint_vocab(tmp_path, tiny_models):
    """OPUS-MT's vocab.json joins source and target pieces: a character the source SentencePiece
    model lacks ('€' here) but the joint vocabulary holds is looked up by its text, as Marian's
    pre-processing did. The loader accepts that tokenizer and the id is the vocabulary's."""
    folder = tmp_path / "marian"
    shutil.copytree(tiny_models / "marian-fr-en", folder)
    vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
    proc = spm.SentencePieceProcessor(model_file=str(folder / "source.spm"))
    assert proc.is_unknown(proc.encode("€")[-1])
    vocab["€"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    info = load_tokenizer_info(folder)
    assert info.method == "MarianTokenizer"
    ids = info.tokenizer("Il a levé 5 €.")["input_ids"]
    assert vocab["€"] in ids and vocab["<unk>"] not in ids


def test_tokenizer_that_differs_from_sentencepiece_is_refused(tmp_path, tiny_models):
    """A tokenizer.json that is not the SentencePiece model's is not used: the SentencePiece
    model is converted instead, and the reason is recorded."""
    folder = _barthez_folder(tmp_path, with_json=False, class_in="config")
    shutil.copy(tiny_models / "barthez-fr" / "tokenizer.json", folder / "tokenizer.json")
    info = load_tokenizer_info(folder)
    assert info.method.startswith("sentencepiece.bpe.model converted")
    assert any("tokenizer.json" in a and "differ from SentencePiece" in a for a in info.attempts)
    wrong = load_tokenizer(tiny_models / "barthez-fr")
    problem = check_tokenizer(wrong, folder / "sentencepiece.bpe.model", True)
    assert problem and "differ from SentencePiece's (sentencepiece.bpe.model)" in problem


def _char_spm(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("\n".join(["Le chat dort sur le canapé.", "Il pleut à Paris."] * 50), encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(tmp_path / "char"), model_type="char", vocab_size=30, minloglevel=2
    )
    return tmp_path / "char.model"


def test_no_exact_way_is_a_clear_error_in_the_cli(tmp_path, tiny_models, capsys):
    """Named class fails, tokenizer.json disagrees with the SentencePiece model, which cannot be
    converted: loading stops with one line naming each attempt."""
    folder = tmp_path / "model"
    shutil.copytree(tiny_models / "barthez-fr", folder)
    shutil.copy(_char_spm(tmp_path), folder / "sentencepiece.bpe.model")
    with pytest.raises(TokenizerLoadError) as err:
        load_tokenizer(folder)
    message = str(err.value)
    assert "cannot be loaded exactly" in message and "BarthezTokenizer" in message and "tokenizer.json" in message
    status = main(
        ["summarize", "-", "--summarization-model", str(folder), "--target-language", "fr", "--backend", "torch"],
        stdin=io.StringIO("Le chat dort sur le canapé. Il pleut à Paris."),
        stdout=io.StringIO(),
    )
    err_lines = capsys.readouterr().err.strip().splitlines()
    assert status == 1
    assert len(err_lines) == 1 and "cannot be loaded exactly" in err_lines[0]


@pytest.mark.parametrize("window", [1024, 256, 64])
def test_chunks_never_exceed_the_window_in_real_tokens(sentences, window):
    """Real sentences, and one over-long "sentence" whose tokens are not spread evenly (codes
    first, then plain words): every chunk, re-tokenized whole, fits the window."""
    # BARThez's folder here has no config.json: its class and type are given as hints.
    tokenizer = (
        load_tokenizer(TC_BIG)
        if window == 64
        else load_tokenizer(BARTHEZ, model_type="mbart", tokenizer_class="BarthezTokenizer")
    )

    def count(texts):
        return [len(ids) for ids in tokenizer(list(texts))["input_ids"]]

    codes = " ".join(f"x{i * 7919 % 100000:05d}qz" for i in range(150))
    lopsided = codes + " " + " ".join(["le chat dort sur le canapé"] * 60)
    texts = [*sentences[:60], lopsided, *sentences[60:120]]
    chunks = pack_chunks(texts, window, count)
    assert " ".join(c.text for c in chunks).split() == " ".join(texts).split()
    assert max(count([c.text for c in chunks])) <= window
