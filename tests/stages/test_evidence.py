"""The evidence view: summary sentences aligned with the article sentences that support them."""

from __future__ import annotations

import pytest

from summarizer import Summarizer
from summarizer.stages.evidence import align, references, sentence_offsets
from summarizer.text.clean import clean_article
from summarizer.text.sentences import split_paragraph_sentences


def _article(text: str):
    cleaned = clean_article(text)
    sentences = split_paragraph_sentences(cleaned.paragraphs, "fr")
    return "\n\n".join(cleaned.paragraphs), sentences, sentence_offsets(cleaned.paragraphs, sentences)


def test_copied_sentences_point_to_themselves_with_offsets_into_the_article(example_article):
    article, sentences, offsets = _article(example_article)
    picked = [sentences[4].text, sentences[1].text, sentences[9].text]
    evidence = align(picked, sentences, offsets, "fr")
    assert [e.supports[0].index for e in evidence] == [4, 1, 9]
    for entry in evidence:
        best = entry.supports[0]
        assert best.score == 1.0 and not entry.unsupported
        assert article[best.start : best.end] == best.text == entry.sentence
        assert best.paragraph == sentences[best.index].paragraph


def test_invented_sentence_is_unsupported_and_paraphrase_is_supported(example_article):
    _, sentences, offsets = _article(example_article)
    invented = "Le club de football de Marseille a remporté la Coupe du monde de rugby à Tokyo."
    paraphrase = "SoftBank envisagerait d'investir dans Mistral AI, la pépite française de l'intelligence artificielle."
    out = align([invented, paraphrase], sentences, offsets, "fr")
    assert out[0].unsupported
    assert not out[1].unsupported
    assert "SoftBank Group envisage" in out[1].supports[0].text


def test_a_sentence_fusing_two_article_sentences_lists_both_best_first(orangesum_sample):
    _, sentences, offsets = _article(orangesum_sample[1]["article"])
    first, second = sentences[1].text, sentences[2].text
    fused = first.rstrip(".") + " et " + second[0].lower() + second[1:]
    (entry,) = align([fused], sentences, offsets, "fr")
    assert {s.index for s in entry.supports} >= {1, 2}
    scores = [s.score for s in entry.supports]
    assert scores == sorted(scores, reverse=True)
    assert not entry.unsupported


def test_references_are_one_based_and_mark_unsupported():
    evidence = [
        {"supports": [{"index": 0}, {"index": 3}], "unsupported": False},
        {"supports": [], "unsupported": True},
    ]
    assert references(evidence) == ["[1,4]", "[unsupported]"]


def test_extractive_result_carries_article_and_evidence(example_article):
    result = Summarizer(strategy="extractive", target_language="fr").summarize(example_article)
    data = result.to_dict()
    assert data["article"] == "\n\n".join(clean_article(example_article).paragraphs)
    sentences = [e["sentence"] for e in data["evidence"]]
    assert " ".join(sentences) == data["summary"]
    for entry in data["evidence"]:
        best = entry["supports"][0]
        assert entry["translation"] is None and entry["unsupported"] is False
        assert data["article"][best["start"] : best["end"]].rstrip(".") == entry["sentence"].rstrip(".")
    assert any("boilerplate" in n for n in data["notes"])
    assert not any("boilerplate" in w for w in data["warnings"])


@pytest.mark.slow
def test_translated_summary_has_one_translation_per_sentence(tiny_summarizer, example_article):
    result = tiny_summarizer.summarize(example_article)
    assert result.evidence
    translations = [e["translation"] for e in result.evidence]
    assert all(isinstance(t, str) for t in translations)
    assert " ".join(t for t in translations if t) == result.summary


@pytest.mark.slow
def test_translate_summarize_aligns_the_english_summary_with_the_translated_article(tiny_models, example_article):
    summarizer = Summarizer(
        strategy="translate-summarize",
        summarization_model=str(tiny_models / "bart-en"),
        translation_model=str(tiny_models / "marian-fr-en"),
        device="cpu",
        backend="torch",
    )
    result = summarizer.summarize(example_article)
    assert result.summary_source is None and result.evidence
    for entry in result.evidence:
        assert entry["translation"] is None
        for support in entry["supports"]:  # French article sentences, found through their translation
            assert result.article[support["start"] : support["end"]] == support["text"]


def test_aligned_texts_find_article_sentences_through_their_translation(example_article):
    article, sentences, offsets = _article(example_article)
    english = ["An English sentence about nothing."] * len(sentences)
    english[1] = "SoftBank Group is considering, according to Bloomberg, investing in the French AI gem."
    (entry,) = align(
        ["SoftBank is considering investing in the French AI gem, Bloomberg says."],
        sentences,
        offsets,
        "en",
        aligned_texts=english,
    )
    best = entry.supports[0]
    assert best.index == 1 and best.text == sentences[1].text  # the French sentence, not its translation
    assert article[best.start : best.end] == best.text


def test_support_scores_are_rouge_scores_figures_on_content_words(orangesum_sample):
    """The overlap counts computed here equal rouge-score's own with the same tokenizer."""
    from rouge_score import rouge_scorer

    from summarizer.stages.evidence import ContentTokenizer, support_scores

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], tokenizer=ContentTokenizer("fr"))
    record = orangesum_sample[2]
    _, sentences, _ = _article(record["article"])
    for candidate in sentences[:6]:
        ours = support_scores(record["abstract"], candidate.text, "fr")
        theirs = scorer.score(record["abstract"], candidate.text)
        for kind in ("rouge1", "rouge2"):
            assert ours[kind] == pytest.approx((theirs[kind].precision, theirs[kind].recall))


@pytest.mark.slow
def test_batch_records_carry_evidence_as_json_text(tmp_path, example_article, orangesum_sample):
    import csv
    import json

    from summarizer.cli import main

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "mistral.txt").write_text(example_article, encoding="utf-8")
    (folder / "orangesum.txt").write_text(orangesum_sample[1]["article"], encoding="utf-8")
    out = tmp_path / "out.csv"
    argv = ["batch", str(folder), "--output", str(out), "--strategy", "extractive", "--target-language", "fr"]
    assert main([*argv, "--no-cache", "--quiet"]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 2
    for row in rows:
        evidence = json.loads(row["evidence"])
        assert [e["sentence"] for e in evidence] and all(not e["unsupported"] for e in evidence)
        for entry in evidence:
            support = entry["supports"][0]
            assert row["article"][support["start"] : support["end"]] == support["text"]
        assert isinstance(json.loads(row["notes"]), list)
