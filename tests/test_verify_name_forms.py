"""``verify`` on a name the English writes in a longer or another form than the article (sentences written for
these tests): another middle initial, a country code after a company the article places in that country, a
country the article names in its own language. Each passes as a faithful rendering and is flagged once a name is
swapped in."""

from __future__ import annotations

import pytest

from summarizer.verify import verify

ARTICLE = "\n\n".join(
    [
        "La sénatrice Helen M. Carver (démocrate) a déposé un amendement mardi.",
        "Trois chercheurs de l'institut ont reçu le prix Lindqvist de chimie.",
        "La filiale de Siemens à Brno emploie deux cents ingénieurs en République tchèque.",
        "Le groupe Vantor a racheté une usine près de Lyon.",
        "Quand le Polonais et le Magyar arrivent au sommet, le Slovaque les rejoint.",
        "Le président craint que la situation au sein de la Fédération ne revienne à l'époque d'avant Kral.",
    ]
)


def entity_flags(summary: str) -> list[str]:
    result = verify(ARTICLE, summary, source_language="fr", summary_language="en")
    return [f.text for f in result.flags if f.category == "entity"]


@pytest.mark.parametrize(
    "summary",
    [
        # another middle initial (a translator's slip, or the article's)
        "Senator Helen K. Carver (Dem.) tabled an amendment on Tuesday.",
        # the country code of a branch, for a country the article names
        "Siemens CZ employs two hundred engineers in Brno, Czech Republic.",
        # a country the article names in its own language ("Magyar": Magyarország)
        "When someone from Poland and Hungary arrives at the summit, the Slovak joins them.",
    ],
)
def test_longer_forms_pass(summary: str) -> None:
    result = verify(ARTICLE, summary, source_language="fr", summary_language="en")
    assert result.supported, [f.reason for f in result.flags]


@pytest.mark.parametrize(
    ("summary", "name"),
    [
        # a surname swapped after the initial
        ("Senator Helen K. Morrow (Dem.) tabled an amendment on Tuesday.", "Morrow"),
        # the code of a country the article does not name
        ("Siemens RO employs two hundred engineers in Brno, Czech Republic.", "Siemens RO"),
        # a country the article names in no language
        ("When someone from Poland and Romania arrives at the summit, the Slovak joins them.", "Romania"),
        # a body's own name, not a head word
        ("The president fears the situation in the Bundesliga may go back to the days before Kral.", "Bundesliga"),
        # the name swapped, not only its form
        ("Three researchers from the institute received the Pulitzer Prize for chemistry.", "Pulitzer Prize"),
    ],
)
def test_swapped_names_are_flagged(summary: str, name: str) -> None:
    assert name in entity_flags(summary)
