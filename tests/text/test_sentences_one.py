"""A paragraph that pysbd cannot split is taken as one sentence without running pysbd: same sentences."""

from __future__ import annotations

import pytest

from summarizer.text import sentences

PARAGRAPHS = [
    ("La coopérative a investi 12 millions d'euros dans une nouvelle ligne de production", "fr"),
    ("Le chiffre d'affaires progresse de 4 % sur un an, selon le groupe ! ", "fr"),
    ("  Les salariés votent ce mardi ; la direction attend le résultat », ", "fr"),
    ('"Nous restons prudents, " Paul Martin a dit, "Mais le carnet est plein".', "en"),
    ("Il a répondu « oui » Puis il est parti", "fr"),
    ("The board approved the plan on Tuesday", "en"),
    ("Who pays?", "en"),
    ("M. Durand arrive. Mme Petit part.", "fr"),
    ("Sales rose 1.5% in May", "en"),
    ("Line one\nLine two", "en"),
    ("»", "fr"),
]


@pytest.mark.parametrize(("text", "language"), PARAGRAPHS)
def test_same_sentences_as_pysbd(text, language, monkeypatch):
    got = sentences.split_sentences(text, language, paragraph=3)
    monkeypatch.setattr(sentences, "_one_sentence", lambda text, language: False)
    assert got == sentences.split_sentences(text, language, paragraph=3)


def test_which_paragraphs_skip_pysbd():
    assert sentences._one_sentence("The board approved the plan on Tuesday.", "en")
    assert sentences._one_sentence("Le chiffre progresse de 4 % ! » ", "fr")
    assert not sentences._one_sentence("Sales rose 1.5% in May", "en")  # a period inside
    assert not sentences._one_sentence('He said "yes" Then left', "en")  # a quotation mark inside
    assert not sentences._one_sentence("Line one\nLine two", "en")
    assert not sentences._one_sentence("Der Vorstand stimmt zu", "de")  # only French and English
    assert not sentences._one_sentence("...", "fr")  # no letters
