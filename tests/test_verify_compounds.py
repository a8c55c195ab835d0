"""``verify`` across languages: an English compound the article has no form of is compared by its two
parts ("lifelong": "life", which renders "vie"), and a noun whose plural is no ending by its other number
("woman": "women", which renders "femme"), so a rendering that says them is supported, while a derived or
prefixed word is no compound and a sentence from elsewhere stays unsupported."""

from __future__ import annotations

import pytest

from summarizer.stages.cognates import compound_parts, inflections
from summarizer.verify import verify

ARTICLE = """Le maire a inauguré lundi la nouvelle piscine municipale.

Le vieux pêcheur a réalisé le rêve de sa vie.

Une femme a été grièvement blessée par un chien errant.

Les travaux ont coûté trois millions d'euros.

Le journal local a publié une photo de la cérémonie."""


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("lifelong", ["life", "long"]),
        ("soundtrack", ["sound", "track"]),
        ("blindness", []),  # a derived word: "blind" + "-ness"
        ("restarts", []),  # a prefixed word: "re" + "starts", not "rest" + "arts"
        ("sometimes", []),  # a part that is a function word
        ("overnight", []),
    ],
)
def test_compound_parts(word: str, parts: list[str]) -> None:
    assert compound_parts(word, "en") == parts
    assert compound_parts(word, "fr") == []


def test_a_rendering_with_a_compound_is_supported() -> None:
    result = verify(ARTICLE, "The old fisherman fulfilled his lifelong dream.", source_language="fr")
    assert result.supported
    assert result.sentences[0].evidence[0].index == 1


def test_a_sentence_from_elsewhere_with_compounds_stays_unsupported() -> None:
    result = verify(ARTICLE, "Rescuers searched the hillside overnight for the missing hikers.", source_language="fr")
    assert not result.supported
    assert [f.category for f in result.flags] == ["unsupported"]


def test_a_noun_meets_its_other_number_where_the_plural_is_no_ending() -> None:
    assert inflections("woman", "en") == ["women"] and inflections("children", "en") == ["child"]
    result = verify(ARTICLE, "A woman was badly hurt.", source_language="fr")
    assert result.supported
    assert result.sentences[0].evidence[0].index == 2
