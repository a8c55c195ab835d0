"""``verify`` across languages: a changed figure or a swapped name that the article backs only next to the
evidence sentence (or not at all) is flagged, and the faithful rendering of the same sentence stays supported.

* a figure the evidence sentence does not give, taken from a neighbour, while the evidence sentence gives a
  figure of the same kind that the summary sentence leaves out ("35 employees" for "28 salariés");
* a figure or a score written twice where the evidence sentence gives it once and another one beside it
  ("from 2025 to 2025" for "de 2025 à 2027");
* a number that is part of a name ("S&P 530" for "S&P 500"), which the guard leaves unchecked, where the
  article sentence writes a number the summary sentence leaves out;
* a name of ordinary English words with only some of its words in the article sentence, where that sentence
  names something the summary sentence leaves out; a single word ending in -ss ("Congress") is no plural.
"""

from __future__ import annotations

import pytest

from summarizer.verify import verify

ARTICLE = """La société Norvik a été fondée à Lyon en 1998.

Elle emploie aujourd'hui 45 personnes et a réalisé un chiffre d'affaires de 12 millions d'euros.

Des centaines de clients attendent encore leur commande, dont 35 à Lyon.

Cette semaine, 28 salariés ont signé une pétition adressée à la direction.

Le club de Lens a battu Metz 3:1 (1:1) après une première manche perdue (0:2).

Les ventes ont progressé de 4% en 2023 et de 7% en 2024.

Le contrat avec Airbus porte sur les années 2025 à 2027.

Selon Marc Duval, Airbus a commandé 300 pièces pour sa nouvelle usine.

Les exportations vers l'Italie ont augmenté de 5% en 2022 et de 5% en 2023.

À New York, l'indice S&P 500 a clôturé à 1251 points, en baisse de 1%, et le Boeing 737 a repris ses vols."""

# (faithful rendering, the same with one figure changed or one name swapped, the changed span)
PAIRS = [
    (
        "This week, 28 employees signed a petition addressed to the management.",
        "This week, 35 employees signed a petition addressed to the management.",
        "35",
    ),
    (
        "The contract with Airbus covers the years 2025 to 2027.",
        "The contract with Airbus covers the years 2025 to 2025.",
        "2025 to",
    ),
    (
        "The contract with Airbus covers the years 2025 to 2027.",
        "The contract with Airbus covers the years 2027 to 2027.",
        "2027 to",
    ),
    (
        "Sales grew by 4% in 2023 and by 7% in 2024.",
        "Sales grew by 7% in 2023 and by 7% in 2024.",
        "7% in 2023",
    ),
    (
        "Lens beat Metz 3:1 (1:1) after losing the first leg (0:2).",
        "Lens beat Metz 3:1 (0:2) after losing the first leg (0:2).",
        "0:2) after",
    ),
    (
        "In New York, the S&P 500 index closed at 1251 points, down 1%, and the Boeing 737 flew again.",
        "In New York, the S&P 530 index closed at 1251 points, down 1%, and the Boeing 737 flew again.",
        "530",
    ),
    (
        "In New York, the S&P 500 index closed at 1251 points, down 1%, and the Boeing 737 flew again.",
        "In New York, the S&P 500 index closed at 1251 points, down 1%, and the Boeing 787 flew again.",
        "787",
    ),
    (
        "According to Marc Duval, Airbus ordered 300 parts for its new plant.",
        "According to Marc Duval, Congress ordered 300 parts for its new plant.",
        "Congress",
    ),
]


def _check(summary: str):
    return verify(ARTICLE, summary, source_language="fr", summary_language="en")


@pytest.mark.parametrize(("faithful", "changed", "span"), PAIRS)
def test_the_faithful_rendering_is_supported(faithful: str, changed: str, span: str) -> None:
    result = _check(faithful)
    assert result.supported, [f.reason for f in result.flags]


@pytest.mark.parametrize(("faithful", "changed", "span"), PAIRS)
def test_the_change_is_flagged_where_it_is(faithful: str, changed: str, span: str) -> None:
    result = _check(changed)
    assert not result.supported
    at = changed.index(span)
    assert any(f.category != "unsupported" and f.start <= at < f.end for f in result.flags), [
        f.reason for f in result.flags
    ]


@pytest.mark.parametrize(
    "summary",
    [
        # the article sentence says 5% twice: so may the summary
        "Exports to Italy rose by 5% in 2022 and by 5% in 2023.",
        # one sentence joining two article sentences takes each figure from its own sentence
        "Founded in Lyon in 1998, Norvik now employs 45 people.",
        # a figure of another kind than the one left out ("12 million euros" left out, 45 given)
        "The company now employs 45 people.",
    ],
)
def test_faithful_sentences_with_repeated_or_neighbouring_figures_stay_supported(summary: str) -> None:
    result = _check(summary)
    assert result.supported, [f.reason for f in result.flags]


def test_a_repeated_figure_names_what_the_article_sentence_says() -> None:
    result = _check("The contract with Airbus covers the years 2025 to 2025.")
    details = [f.detail for f in result.flags if f.category == "figure"]
    assert len(details) == 2 and all("written 2 times" in d for d in details), details
