"""Over-long sentences: split before translation, decoder positions never exceeded (issue 10, #1)."""

from __future__ import annotations

import pytest

from summarizer.options import GenerationOptions
from summarizer.text.long_sentences import split_long_sentence


def _word_tokens(texts):
    """Token count of a whitespace tokenizer with one end-of-sentence token."""
    return [len(t.split()) + 1 for t in texts]


def _long_sentence(clauses: int) -> str:
    return (
        "Le gouvernement a annoncé "
        + ", ".join(f"une mesure numéro {i} pour les entreprises" for i in range(clauses))
        + "."
    )


def test_short_sentence_is_kept_whole():
    assert split_long_sentence("Une phrase courte.", 10, _word_tokens) == ["Une phrase courte."]


def test_long_sentence_splits_at_clauses_and_keeps_every_word():
    text = _long_sentence(30)
    pieces = split_long_sentence(text, 40, _word_tokens)
    assert len(pieces) > 1
    assert all(n <= 40 for n in _word_tokens(pieces))
    assert " ".join(pieces).split() == text.split()
    # Cut after commas, never inside a clause.
    assert all(p.endswith((",", ".")) for p in pieces)


def test_clause_longer_than_limit_is_cut_between_words_then_inside_words():
    text = " ".join(["mot"] * 100) + " " + "x" * 300
    pieces = split_long_sentence(text, 12, _word_tokens)
    assert all(n <= 12 for n in _word_tokens(pieces))
    assert "".join("".join(pieces).split()) == "".join(text.split())


def test_real_tokenizer_pieces_fit(tiny_models):
    from summarizer.backends.base import load_tokenizer

    tokenizer = load_tokenizer(tiny_models / "marian-fr-en")

    def count(texts):
        return [len(ids) for ids in tokenizer(list(texts))["input_ids"]]

    text = _long_sentence(60) + " " + "é" * 900
    pieces = split_long_sentence(text, 100, count)
    assert max(count(pieces)) <= 100
    assert "".join("".join(pieces).split()) == "".join(text.split())


@pytest.mark.slow
@pytest.mark.parametrize("backend_name", ["torch", "ctranslate2"])
def test_generation_never_runs_past_decoder_positions(tiny_models, backend_name):
    """A random-weight Marian never stops by itself: asked for 2,000 tokens it must stop at its
    512 positions (before the fix: IndexError on torch, RuntimeError on CTranslate2)."""
    from summarizer.backends.base import ModelSpec, load_backend

    spec = ModelSpec(model=str(tiny_models / "marian-fr-en"), role="translation", device="cpu", threads=1)
    backend = load_backend(spec, backend_name)
    assert backend.max_output_tokens == 511
    options = GenerationOptions(max_new_tokens=2000, min_new_tokens=2000)
    (out,) = backend.generate(["Le gouvernement a annoncé une mesure."], options)
    assert out.strip()


@pytest.mark.slow
@pytest.mark.parametrize("backend_name", ["torch", "ctranslate2"])
def test_translate_long_sentence_gives_text_and_warning(tiny_models, backend_name):
    """A 300-token sentence used to crash translation (the 2 x input + 10 cap passed 512)."""
    from summarizer import Summarizer

    summarizer = Summarizer(
        summarization_model=str(tiny_models / "barthez-fr"),
        translation_model=str(tiny_models / "marian-fr-en"),
        device="cpu",
        backend=backend_name,
        threads=1,
    )
    text = _long_sentence(16)
    assert 251 < summarizer.backend(str(tiny_models / "marian-fr-en"), "translation").count_tokens([text])[0] < 500
    english = summarizer.translate(text, source_language="fr")
    assert english.strip()
    result = summarizer.summarize(text, full_translation=True, length="short", source_language="fr")
    assert result.translation and result.summary
    assert any("split (at clause boundaries where possible) for translation" in w for w in result.warnings)
