"""Safe compression of the extractive summary's sentences, and the exactness of its evidence links.

Every example sentence below was written for these tests. The rules: only a dateline, a
parenthetical, a speech tag after a quotation or a non-restrictive relative clause may go; a
piece holding a figure, a name or a negation never does; what is kept is the sentence's own
characters, in order, and the links point at exactly those characters of the article.
"""

from __future__ import annotations

import re

import pytest

from summarizer.ranking.compress import DEFAULT_RULES, RULES, compress, compress_extract, protected
from summarizer.ranking.links import sentence_links
from summarizer.text.clean import clean_article
from summarizer.text.sentences import split_paragraph_sentences

WORDS = re.compile(r"\w+")


def _is_subsequence(kept: list[str], original: list[str]) -> bool:
    it = iter(original)
    return all(word in it for word in kept)


def _check_exact(sentence: str, result) -> None:
    assert result.text == "".join(sentence[a:b] for a, b in result.kept)
    assert all(a < b for a, b in result.kept)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(result.kept, result.kept[1:], strict=False))
    assert _is_subsequence(WORDS.findall(result.text), WORDS.findall(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected", "rule"),
    [
        (
            "LYON (AFP) - La mairie rouvre la piscine municipale cet été.",
            "La mairie rouvre la piscine municipale cet été.",
            "dateline",
        ),
        (
            "La vente (très attendue) a finalement eu lieu hier soir.",
            "La vente a finalement eu lieu hier soir.",
            "parenthetical",
        ),
        ("« Le chantier avance bien », a-t-elle assuré.", "« Le chantier avance bien ».", "attribution"),
        ("« Nous restons prudents », a expliqué le porte-parole.", "« Nous restons prudents ».", "attribution"),
        (
            "Le fabricant signe enfin un accord avec le fonds, qui cherchait une usine.",
            "Le fabricant signe enfin un accord avec le fonds.",
            "relative",
        ),
        # inside a quotation nothing goes: quoted words stay as they were said
        (
            "« La vente (très attendue) a eu lieu », a-t-il raconté.",
            "« La vente (très attendue) a eu lieu ».",
            "attribution",
        ),
        ("L'usine ferme ses portes, dont la rénovation avait traîné.", "L'usine ferme ses portes.", "relative"),
        ("The mayor opened the bridge, which took months to build.", "The mayor opened the bridge.", "relative"),
    ],
)
def test_each_rule_deletes_its_piece_and_keeps_the_rest_verbatim(sentence, expected, rule):
    result = compress(sentence)
    assert result.text == expected
    assert result.removed == (rule,)
    _check_exact(sentence, result)


@pytest.mark.parametrize(
    "sentence",
    [
        # figures
        "La coopérative investit dans une nouvelle ligne, qui emploiera 240 salariés.",
        "La coopérative investit dans une nouvelle ligne, qui emploiera une quarantaine de salariés.",
        "Le budget (soit trois fois plus) sera voté demain par le conseil.",
        # names
        "La coopérative investit dans une nouvelle ligne, qui appartient au groupe Lactalis.",
        "Le budget (voté par la CGT et le Medef) sera discuté demain par le conseil.",
        "« Le chantier avance bien », a assuré Claire Dupuis.",
        # negations
        "La coopérative investit dans une nouvelle ligne, qui n'a jamais fermé.",
        "La coopérative investit dans une nouvelle ligne, qui ouvrira sans aide publique.",
        "The mayor opened the bridge, which did not cost much.",
        # a relative clause between commas: its closing comma cannot be told from one inside it
        "Le fabricant, qui cherchait un repreneur, signe enfin un accord.",
        # not a speech tag: the quotation is part of the main clause
        "Le « bouclier tarifaire » a été prolongé jusqu'à la fin de l'hiver.",
    ],
)
def test_figures_names_and_negations_are_never_deleted(sentence):
    result = compress(sentence)
    assert result.text == sentence
    assert result.kept == ((0, len(sentence)),)


def test_protected_detects_figures_names_and_negations():
    assert protected("en 2023") and protected("une dizaine") and protected("le troisième")
    assert protected("chez Renault") and protected("la SNCF")
    assert protected("qui ne veut pas") and protected("sans délai") and protected("who didn't")
    assert not protected("qui cherchait un repreneur")


def test_a_sentence_is_never_compressed_to_almost_nothing():
    sentence = "« Oui », a-t-il répondu."
    assert compress(sentence).text == sentence


def test_rules_can_be_switched_off():
    sentence = "Le fabricant signe (enfin) un accord avec le fonds, qui cherchait une usine."
    assert compress(sentence, ()).text == sentence
    assert (
        compress(sentence, ("parenthetical",)).text
        == "Le fabricant signe un accord avec le fonds, qui cherchait une usine."
    )
    assert compress(sentence, RULES).text == "Le fabricant signe un accord avec le fonds."


def test_real_sentences_keep_their_words_in_order(orangesum_sample, example_article):
    """On real articles: kept text is the exact concatenation of kept spans, words in order, and no
    deleted piece holds a figure, a name or a negation."""
    compressed = 0
    for article in [r["article"] for r in orangesum_sample] + [example_article]:
        for s in split_paragraph_sentences(clean_article(article).paragraphs, "fr"):
            result = compress(s.text)
            _check_exact(s.text, result)
            position = 0
            for a, b in [*result.kept, (len(s.text), len(s.text))]:
                deleted = s.text[position:a]
                assert not protected(deleted), deleted
                position = b
            compressed += result.text != s.text
    assert compressed > 0, "the sample should hold at least one compressible sentence"


def test_headings_and_uncovered_languages_stay_whole():
    texts = ["Le fabricant signe un accord avec le fonds, qui cherchait une usine.", "Un titre, qui reste entier."]
    out = compress_extract(texts, [False, True], [0, 1], "fr", RULES)
    assert out[0].text == "Le fabricant signe un accord avec le fonds." and out[1].text == texts[1]
    assert compress_extract(texts, [False, False], [0], "de", RULES)[0].text == texts[0]


def test_the_pipeline_applies_the_rules_chosen_by_cross_validation():
    """DEFAULT_RULES (dateline, parenthetical) are the ones that did not cost ROUGE on the held-out fold."""
    assert DEFAULT_RULES == ("dateline", "parenthetical")
    texts = ["LYON (AFP) - Le fabricant signe (enfin) un accord avec le fonds, qui cherchait une usine."]
    assert compress_extract(texts, [False], [0], "fr")[0].text == (
        "Le fabricant signe un accord avec le fonds, qui cherchait une usine."
    )


def test_links_point_at_the_exact_kept_pieces_of_the_article():
    article = (
        "Le fabricant signe enfin un accord avec un fonds, qui cherchait une usine depuis des mois.\n\n"
        "« Nous sommes soulagés », a déclaré la directrice. Les salariés restent inquiets."
    )
    cleaned = clean_article(article)
    sentences = split_paragraph_sentences(cleaned.paragraphs, "fr")
    texts = [s.text for s in sentences]
    picked = [0, 1]
    pieces = compress_extract(texts, [False] * len(texts), picked, "fr", RULES)
    links = sentence_links(cleaned.paragraphs, sentences, texts, picked, pieces)
    joined = "\n\n".join(cleaned.paragraphs)
    assert [link["source"] for link in links] == [
        "Le fabricant signe enfin un accord avec un fonds.",
        "« Nous sommes soulagés ».",
    ]
    for link in links:
        assert "".join(joined[a:b] for a, b in link["spans"]) == link["source"]
        assert joined[link["start"] : link["end"]] == texts[link["index"]]
        assert all(link["start"] <= a < b <= link["end"] for a, b in link["spans"])
    whole = sentence_links(cleaned.paragraphs, sentences, texts, picked)
    assert [link["source"] for link in whole] == [texts[0], texts[1]]
    assert all(link["spans"] == [[link["start"], link["end"]]] for link in whole)


def test_length_changes_the_extractive_summary_quickly(example_article):
    """short < medium < long words on the example article (the ranker alone, no pipeline)."""
    from summarizer.ranking.sentences import article_sentences
    from summarizer.stages.summarize import compressed_extractive_summary

    article = article_sentences(example_article)
    counts = {}
    for length in ("short", "medium", "long"):
        summary, picked, scorer, pieces = compressed_extractive_summary(article, length, "fr")
        assert scorer == "ranker" and picked == sorted(set(picked))
        assert summary.text == " ".join(p.text for p in pieces)
        counts[length] = len(summary.text.split())
    assert counts["short"] < counts["medium"] < counts["long"], counts


@pytest.mark.slow
def test_length_changes_the_extractive_summary(example_article):
    """Through the Summarizer: short < medium < long words on the example article, each the
    article's own words in order, each link exact."""
    from summarizer import Summarizer

    counts = {}
    article_words = WORDS.findall(clean_article(example_article).text)
    for length in ("short", "medium", "long"):
        result = Summarizer(strategy="extractive", target_language="fr", length=length).summarize(example_article)
        counts[length] = len(result.summary.split())
        assert _is_subsequence(WORDS.findall(result.summary), article_words)
        joined = clean_article(example_article).text
        for link in result.sentence_links:  # a heading gets the full stop it lacks
            assert link["source"] in (kept := "".join(joined[a:b] for a, b in link["spans"]), kept + ".")
    assert counts["short"] < counts["medium"] < counts["long"], counts


def test_pipeline_links_stay_exact_when_a_chosen_sentence_is_compressed():
    """Through the extractive stage: a parenthetical of the lead goes, and every link's spans
    still rebuild its summary sentence from the article's characters."""
    from summarizer.stages.summarize import linked_extractive_summary

    article = (
        "La mairie rouvre la piscine du quartier (fermée pour travaux) dès le mois prochain.\n\n"
        "Les travaux ont duré deux ans et coûté quatre millions d'euros à la commune. "
        "Les habitants attendaient cette réouverture depuis longtemps. "
        "Le bassin extérieur restera fermé pendant l'hiver, a précisé l'adjoint aux sports."
    )
    cleaned = clean_article(article)
    sentences = split_paragraph_sentences(cleaned.paragraphs, "fr")
    texts = [s.text for s in sentences]
    summary, links, scorer = linked_extractive_summary(
        cleaned.paragraphs, sentences, texts, frozenset(cleaned.headings), "medium", "fr"
    )
    assert scorer == "ranker" and 0 in [link["index"] for link in links]
    assert "(fermée pour travaux)" not in summary.text
    assert "La mairie rouvre la piscine du quartier dès le mois prochain." in summary.text
    joined = cleaned.text
    assert summary.text == " ".join(link["source"] for link in links)
    for link in links:
        assert "".join(joined[a:b] for a, b in link["spans"]) == link["source"]
        assert joined[link["start"] : link["end"]] == texts[link["index"]]
