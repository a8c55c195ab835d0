"""``verify`` on families of names a faithful English rendering writes without the article's words
(sentences written for these tests): a title in title case, an acronym left in the name's own
language after the name, an abbreviation inside a sentence, a hyphenated title after a name; each passes as a faithful rendering and
is flagged once a name is swapped in."""

from __future__ import annotations

import pytest

from summarizer import entities
from summarizer.verify import verify

ARTICLE = "\n\n".join(
    [
        "Le festival « La musique n'est pas un délit » a réuni trois cents bénévoles à Brest.",
        "Les bénévoles ont ramassé des déchets sur les plages pendant deux jours.",
        "La Fédération des étudiants norvégiens a protesté contre la hausse des frais.",
        "Le ministre n'a pas répondu aux critiques des étudiants.",
        "L'amiral Tom Haldane a visité la base navale lundi.",
        "Le sénateur Paul Brenner (indépendant) a voté contre le texte.",
    ]
)


def entity_flags(summary: str) -> list[str]:
    result = verify(ARTICLE, summary, source_language="fr", summary_language="en")
    return [f.text for f in result.flags if f.category == "entity"]


@pytest.mark.parametrize(
    "summary",
    [
        # a quoted title the translator writes in title case, without quotes
        "The Music is Not a Crime festival brought together three hundred volunteers in Brest.",
        # the acronym the name has in its own language, after the translated name
        "The Federation of Norwegian Students (NSO) protested against the rise in fees.",
        # abbreviations inside the sentence
        "Adm. Tom Haldane visited the naval base on Monday.",
        "Sen. Paul Brenner (Ind.) voted against the text.",
    ],
)
def test_faithful_renderings_pass(summary: str) -> None:
    result = verify(ARTICLE, summary, source_language="fr", summary_language="en")
    assert result.supported, [f.reason for f in result.flags]


@pytest.mark.parametrize(
    ("summary", "name"),
    [
        ("The Music is Not a Crime festival brought together three hundred volunteers in Quimper.", "Quimper"),
        ("The Music is Not Kerguelen festival brought together three hundred volunteers in Brest.", "Kerguelen"),
        ("The Federation of Norwegian Students (UKW) protested against the rise in fees.", "UKW"),
        ("Adm. Tom Haldane visited the naval base in Ferrol.", "Ferrol"),
        ("Sen. Paul Brenner (Ind.) voted against the text with Gus Olander.", "Gus Olander"),
    ],
)
def test_swapped_names_are_flagged(summary: str, name: str) -> None:
    assert name in entity_flags(summary)


@pytest.mark.parametrize(
    ("source", "output", "swapped"),
    [
        (
            "Le festival « La musique n'est pas un délit » a réuni trois cents bénévoles.",
            "The Music is Not a Crime festival brought together three hundred volunteers.",
            "The Music is Not Kerguelen festival brought together three hundred volunteers.",
        ),
        (
            "La Fédération des étudiants norvégiens a protesté.",
            "The Federation of Norwegian Students (NSO) protested.",
            "The Federation of Norwegian Students (UKW) protested.",
        ),
        (  # a hyphenated title after a name: the people the name describes, not part of it
            "Milan Horák, l'un des deux vice-présidents de la Fédération tchèque de tennis, a démissionné.",
            "Milan Horák, one of the two ČTF Vice-Presidents, resigned.",
            "Milan Horák, one of the two Halvorsen Vice-Presidents, resigned.",
        ),
    ],
)
def test_name_guard_on_the_same_families(source: str, output: str, swapped: str) -> None:
    assert entities.check(source, output, source_lang="fr", output_lang="en") == []
    assert entities.check(source, swapped, source_lang="fr", output_lang="en") != []
