"""A many-word name with one word swapped: the source's name (as written, or the English name of one it writes in
French) with one word changed is flagged; the name itself, or one whose changed word is a French word a translation
renders otherwise, passes. Sentences written for these tests."""

from __future__ import annotations

import pytest

from summarizer import entities


def flagged(source: str, output: str) -> list[str]:
    return [f.text for f in entities.check(source, output, source_lang="fr", output_lang="en")]


@pytest.mark.parametrize(
    ("source", "right", "wrong", "swapped"),
    [
        ("L'Organisation mondiale du commerce a tranché le litige.", "The World Trade Organization settled the dispute.",
         "The World Health Organization settled the dispute.", "World Health Organization"),
        ("Les supporters de Newcastle United ont envahi la pelouse.", "Newcastle United supporters invaded the pitch.",
         "Newcastle Rovers supporters invaded the pitch.", "Newcastle Rovers"),
    ],
)  # fmt: skip
def test_a_name_with_one_word_swapped_is_flagged(source: str, right: str, wrong: str, swapped: str) -> None:
    assert flagged(source, right) == []
    assert flagged(source, wrong) == [swapped]


def test_a_french_word_of_the_name_may_be_translated() -> None:
    source = "La joueuse a remporté son premier Grand Chelem à Melbourne."
    assert flagged(source, "The player won her first Grand Slam in Melbourne.") == []
