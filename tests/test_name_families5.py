"""The name guard on three more families (sentences written for these tests): fuzzy support spent on the
output name that renders the source word, an English acronym of a French name whose words join with "à",
and a city whose other-language name is also a common English word. Each family passes a correct
translation and flags a changed one."""

from __future__ import annotations

import pytest

from summarizer import entities
from summarizer.guard.places import other_names, place_names


def flagged(source: str, output: str) -> list[str]:
    return [f.text for f in entities.check(source, output, source_lang="fr", output_lang="en")]


# ---------------------------------------------------------------- fuzzy support is taken by the best match


@pytest.mark.parametrize(
    ("source", "right", "wrong", "swapped"),
    [
        ("La chaîne Auchan a inauguré un entrepôt près de Londres.", "Auchan opened a warehouse near London.",
         "Londinex opened a warehouse near London.", "Londinex"),
        ("La chaîne Auchan a inauguré un entrepôt près de Varsovie.", "Auchan opened a warehouse near Warsaw.",
         "Warsana opened a warehouse near Warsaw.", "Warsana"),
    ],
)  # fmt: skip
def test_a_name_resembling_a_city_the_output_already_renders_is_flagged(
    source: str, right: str, wrong: str, swapped: str
) -> None:
    assert flagged(source, right) == []
    assert flagged(source, wrong) == [swapped]


def test_a_source_name_written_alike_still_supports_its_own_rendering() -> None:
    source = "Le groupe Londinex a ouvert un entrepôt près de Londres."
    assert flagged(source, "Londinex opened a warehouse near London.") == []


# ---------------------------------------------------------------- English acronym of a French name with "à"


def test_an_english_acronym_of_a_french_name_joined_by_a_is_supported() -> None:
    source = "Selon l'Indice des prix à la consommation, tout augmente."
    assert flagged(source, "According to the CPI, everything goes up.") == []
    assert flagged(source, "According to the CPA, everything goes up.") == ["CPA"]


# ---------------------------------------------------------------- city names that are common English words


@pytest.mark.parametrize(
    ("source", "other", "output", "city"),
    [
        ("Le musée de Bâle prête trois toiles à Lucie Ferrand.", "Le musée de Dijon prête trois toiles à Lucie Ferrand.",
         "The Basel museum lends three paintings to Lucie Ferrand.", "Basel"),
        ("Le port de Gênes accueille un nouveau ferry.", "Le port de Nantes accueille un nouveau ferry.",
         "The port of Genoa welcomes a new ferry.", "Genoa"),
    ],
)  # fmt: skip
def test_a_city_whose_french_name_is_a_common_english_word_is_supported(
    source: str, other: str, output: str, city: str
) -> None:
    assert flagged(source, output) == []
    assert flagged(other, output) == [city]


def test_a_common_word_of_the_article_does_not_stand_for_a_city() -> None:
    assert flagged("Les gènes de la souris étaient modifiés.", "The Genoa mice were modified.") == ["Genoa"]


def test_common_word_names_are_kept_apart_from_other_names() -> None:
    assert "bale" not in other_names("basel")
    names, common = place_names("basel")
    assert "bale" in common and "bale" not in names
