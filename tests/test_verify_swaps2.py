"""``verify`` across languages: a name swapped into a summary sentence is flagged where the checks used to
look away, and the faithful rendering of the same sentence stays supported.

* a sentence with a final stop is no headline, however many capitals it has ("Mercury" for Recife);
* a country's English name is checked even when a third language spells it so ("Austria");
* a nationality standing for a place the article sentence names, where the article never names that nation;
* a plain capitalised word ("Liberty") standing for a nationality the article sentence says;
* one of two nationalities swapped ("Irish and Greek" for "espagnoles et grecques").
"""

from __future__ import annotations

import pytest

from summarizer.verify import verify

ARTICLE = """L'Autriche et l'Irlande ont envoyé de l'aide humanitaire la semaine dernière.

Au palais des congrès de Bruxelles, Anna Berg et Marc Weber ont signé l'accord mardi.

Le ministre a salué le courage des Libyens lors de sa visite.

Au stade Maracanã à Recife, le Brésil a battu l'Argentine samedi.

Le club de Wittenberg a gagné la finale de la coupe samedi.

Les grosses voitures américaines consomment beaucoup d'essence.

Les banques espagnoles et grecques ont perdu beaucoup d'argent cette année.

Deux noms sont liés à l'essor de la banque: Peter Holm, directeur général de 2001 à 2007, et Marc Vogt, président du conseil d'administration."""

# (faithful rendering, the same with one name swapped, the swapped name)
PAIRS = [
    (
        "Anna Berg and Marc Weber signed the deal at the Brussels Congress Palace on Tuesday.",
        "Anna Berg and Marc Weber signed the deal at the Congress Palace in Nice on Tuesday.",
        "Nice",
    ),
    (
        "Brazil beat Argentina at Recife's Maracanã Stadium on Saturday.",
        "Brazil beat Argentina at Mercury's Maracanã Stadium on Saturday.",
        "Mercury",
    ),
    (
        "The minister praised the courage of the Libyans during his visit.",
        "The minister praised the courage of the people of Austria during his visit.",
        "Austria",
    ),
    ("The Wittenberg club won the cup final on Saturday.", "The Danish club won the cup final on Saturday.", "Danish"),
    ("Big American cars use a lot of petrol.", "Big Liberty cars use a lot of petrol.", "Liberty"),
    (
        "Spanish and Greek banks lost a lot of money this year.",
        "Irish and Greek banks lost a lot of money this year.",
        "Irish",
    ),
]


def _check(summary: str):
    return verify(ARTICLE, summary, source_language="fr", summary_language="en")


@pytest.mark.parametrize(("faithful", "swapped", "name"), PAIRS)
def test_the_faithful_rendering_is_supported(faithful: str, swapped: str, name: str) -> None:
    result = _check(faithful)
    assert result.supported, [f.reason for f in result.flags]


@pytest.mark.parametrize(("faithful", "swapped", "name"), PAIRS)
def test_the_swapped_name_is_flagged(faithful: str, swapped: str, name: str) -> None:
    result = _check(swapped)
    assert not result.supported
    at = swapped.index(name)
    assert any(f.category == "entity" and f.start <= at < f.end for f in result.flags), [f.reason for f in result.flags]


def test_a_sentence_of_many_names_and_titles_is_not_flagged_for_its_institutions() -> None:
    summary = (
        "Two names are linked to the bank's rise: Peter Holm, Chief Executive from 2001 to 2007, "
        "and Marc Vogt, Chairman of the Board of Directors."
    )
    result = _check(summary)
    assert result.supported, [f.reason for f in result.flags]
    assert result.sentences[0].evidence[0].index == 7


def test_a_quoted_title_is_still_left_out() -> None:
    article = "Le musée présente l'exposition « À l'Ouest rien de nouveau » jusqu'en mars."
    result = verify(
        article,
        'The museum shows the "All Quiet on the Western Front" exhibition until March.',
        source_language="fr",
        summary_language="en",
    )
    assert result.supported, [f.reason for f in result.flags]
