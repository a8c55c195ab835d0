"""``verify`` across languages decides support on what the best article sentence shares with a summary
sentence (word forms, spelling, length), not on its score alone: faithful renderings are supported, a
sentence from elsewhere that meets the article on one word or on function words is not."""

from __future__ import annotations

import pytest

from summarizer.verify import verify

ARTICLE = """Le gouvernement a présenté mercredi un plan de soutien à l'industrie automobile, qui prévoit au moins deux milliards d'euros d'aides aux constructeurs et à leurs sous-traitants.

La ministre de l'Économie a reconnu que les ventes de voitures neuves avaient reculé pendant trois trimestres.

Les syndicats jugent ces mesures insuffisantes et appellent à une grève nationale la semaine prochaine.

Dans la région, plusieurs usines ont déjà réduit leurs horaires de travail.

Les écologistes regrettent que le plan ne favorise pas davantage les véhicules électriques."""

FAITHFUL = [
    (
        "The government unveiled a support plan for the car industry on Wednesday, with at least two billion "
        "euros of aid for carmakers and their suppliers.",
        0,
    ),
    ("The economy minister admitted that sales of new cars had fallen for three quarters.", 1),
    ("Unions find the measures insufficient and call for a national strike next week.", 2),
    ("Several factories in the region have already cut working hours.", 3),
    ("Environmentalists regret that the plan does not do more for electric vehicles.", 4),
]


def _check(summary: str):
    return verify(ARTICLE, summary, source_language="fr", summary_language="en")


@pytest.mark.parametrize(("summary", "source"), FAITHFUL)
def test_a_faithful_rendering_is_supported_by_its_source(summary: str, source: int) -> None:
    result = _check(summary)
    assert result.supported and not result.flags
    assert result.sentences[0].evidence[0].index == source


@pytest.mark.parametrize(
    "summary",
    [
        "That is the least we can say.",  # one shared word ("moins") in a sentence far longer
        "The week ended badly.",  # one shared word ("semaine") in a sentence far longer
        "The festival will open its doors to the public next summer.",
        "The police arrested two suspects after the robbery.",
        "Scientists have discovered a new species of frog in the rainforest.",
    ],
)
def test_an_unrelated_sentence_is_unsupported(summary: str) -> None:
    result = _check(summary)
    assert not result.supported and not result.sentences[0].supported
    assert [f.category for f in result.flags] == ["unsupported"]
    assert result.flags[0].reason.startswith("no sentence of the article says this")


def test_an_unrelated_sentence_after_a_faithful_summary_is_the_only_one_flagged() -> None:
    summary = f"{FAITHFUL[1][0]} {FAITHFUL[2][0]} The week ended badly."
    result = _check(summary)
    assert [s.supported for s in result.sentences] == [True, True, False]
    assert [(f.category, f.text) for f in result.flags] == [("unsupported", "The week ended badly.")]
