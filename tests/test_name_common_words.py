"""The name guard on a name made of one common English word: a translation that renders the French with capitalised
common words passes ("the Senate" for *le Sénat*, "Parliament", "the Treasury", "the Moon"), and one that puts such a
word where the source has a name it leaves out is flagged ("the Hornets" for *les Corsaires de Morlenne*). The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from summarizer import entities


def flagged(source: str, output: str) -> list[str]:
    return [f.text for f in entities.check(source, output, source_lang="fr", output_lang="en")]


@pytest.mark.parametrize(
    ("source", "output"),
    [
        ("Le Sénat a adopté le texte mardi à Paris.", "The Senate adopted the text in Paris on Tuesday."),
        ("Le Parlement a voté la loi sur l'eau à Strasbourg.", "Parliament passed the water law in Strasbourg."),
        (
            "Le Trésor a émis de nouvelles obligations, selon Bercy.",
            "The Treasury issued new bonds, according to Bercy.",
        ),
        ("La Lune sera visible depuis Marseille ce soir.", "The Moon will be visible from Marseille tonight."),
        ("Le gouvernement a présenté son plan vert à Lyon.", "The government presented its Green Plan in Lyon."),
        (
            "Le maire de Tavernay a inauguré la nouvelle Maison de la culture.",
            "The mayor of Tavernay opened the new House of Culture.",
        ),
        ("Les Faucons de Tavernay ont battu Brestville dimanche.", "The Tavernay Falcons beat Brestville on Sunday."),
    ],
)
def test_common_words_that_render_the_french_pass(source: str, output: str) -> None:
    assert flagged(source, output) == []


@pytest.mark.parametrize(
    ("source", "output", "swapped"),
    [
        (
            "Les Faucons de Tavernay ont battu les Corsaires de Morlenne.",
            "The Tavernay Falcons beat the Hornets.",
            "Hornets",
        ),
        (
            "Le chanteur Paul Mercier a acheté le domaine de Vaudrenac.",
            "Singer Paul Mercier bought the Harvest estate.",
            "Harvest",
        ),
        ("Le groupe Verdanex a racheté la start-up lyonnaise.", "The group Anchor bought the Lyon start-up.", "Anchor"),
        ("La députée Claire Dumont a rejoint Renaissance.", "MP Claire Dumont has joined the Pirates.", "Pirates"),
    ],
)
def test_a_common_word_in_place_of_a_name_the_output_leaves_out_is_flagged(
    source: str, output: str, swapped: str
) -> None:
    assert swapped in flagged(source, output)


def test_a_summary_that_leaves_the_name_out_passes() -> None:
    source = (
        "Le ministre Paul Mercier a rencontré les joueurs des Corsaires de Morlenne hier soir pour discuter du nouveau "
        "stade municipal, du budget de la ville et de la saison prochaine."
    )
    assert flagged(source, "The Hornets met the minister.") == []  # a summary: too short to render every name
    assert flagged(source, "Minister Paul Mercier met the Hornets players last night to discuss the new municipal "
                   "stadium, the city budget and next season.") == ["Hornets"]  # fmt: skip


def test_a_common_word_opening_the_sentence_in_place_of_a_brand_that_is_one_is_flagged() -> None:
    source = "Shell a fermé trois raffineries en Écosse."
    assert flagged(source, "Shell closed three refineries in Scotland.") == []
    assert flagged(source, "Harvest closed three refineries in Scotland.") == ["Harvest"]
