"""An English-only word is taken for the translator's wording ("Moslems" for *musulmans*) unless the output leaves
out a place the source names: then, in a rendering of the whole source, it stands in that place's stead ("the
Thames" for *la Loire*). Sentences written for these tests."""

from __future__ import annotations

from summarizer import entities


def flagged(source: str, output: str) -> list[str]:
    return [f.text for f in entities.check(source, output, source_lang="fr", output_lang="en")]


def test_an_english_only_name_in_place_of_a_source_place_is_flagged() -> None:
    source = "La Loire a été jugée trop basse pour la navigation."
    assert flagged(source, "The Loire was judged too low for shipping.") == []
    assert flagged(source, "The Thames was judged too low for shipping.") == ["Thames"]


def test_an_english_spelling_passes_where_the_output_renders_the_source_places() -> None:
    assert flagged("Les musulmans de Lyon ont manifesté samedi.", "Moslems in Lyon demonstrated on Saturday.") == []
