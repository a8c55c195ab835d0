"""``verify`` across languages: words of measure (units, quarters, times of day) link a
rendering to its source through Unicode CLDR, and a spelt-out number counts once ("vingt" and
"twenty" are one shared number, not also a shared word): a sentence from elsewhere that meets the
article on one number stays unsupported."""

from __future__ import annotations

import pytest

from summarizer.stages.crosslingual import lexicon
from summarizer.verify import verify

ARTICLE = """Le conseil municipal a voté lundi soir le budget de la ville pour l'année prochaine.

La piscine restera fermée pendant six semaines au printemps pour des travaux de rénovation.

Le maire a promis que les impôts locaux n'augmenteraient pas avant la fin du mandat.

Au troisième trimestre, les recettes du parking ont dépassé les prévisions de plusieurs milliers de livres.

Les habitants du quartier nord se plaignent du bruit des camions à minuit.

Une nouvelle ligne de bus reliera la gare à l'hôpital en moins de vingt minutes.

Le bilan sera publié à la fin du trimestre, vers minuit."""

RENDERINGS = [
    ("The city council voted on the town's budget for next year on Monday evening.", 0),
    ("The swimming pool will stay closed for six weeks in spring for renovation work.", 1),
    ("The mayor promised that local taxes would not rise before the end of his term.", 2),
    ("In the third quarter, parking revenue beat forecasts by several thousand pounds.", 3),
    ("Residents of the northern district complain about the noise of lorries at midnight.", 4),
    ("A new bus line will link the station to the hospital in under twenty minutes.", 5),
    ("Results come out at the end of the quarter.", 6),  # "trimestre"/"quarter": a CLDR word of measure
]

FOREIGN = [
    "The orchestra will play three concerts in the cathedral next summer.",
    "Researchers found that the glacier lost a third of its ice in twenty years.",
    "The striker scored twice in the second half to win the cup final.",
]


def _check(summary: str):
    return verify(ARTICLE, summary, source_language="fr", summary_language="en")


def test_the_lexicon_has_cldr_words_of_units_quarters_and_times_of_day() -> None:
    words = lexicon("fr", "en")
    assert "quart" in words["trime"]  # trimestre / quarter
    assert "midni" in words["minui"]  # minuit / midnight
    assert "pound" in words["livre"]  # livre / pound
    assert "hours" in words["heure"]


@pytest.mark.parametrize(("summary", "source"), RENDERINGS)
def test_a_rendering_is_supported_by_its_source(summary: str, source: int) -> None:
    result = _check(summary)
    assert result.supported and not result.flags
    assert result.sentences[0].evidence[0].index == source


def test_a_summary_of_renderings_in_the_article_order_is_supported_sentence_by_sentence() -> None:
    result = _check(" ".join(text for text, _ in RENDERINGS[2:5]))
    assert result.supported
    assert [s.evidence[0].index for s in result.sentences] == [2, 3, 4]


@pytest.mark.parametrize("summary", FOREIGN)
def test_a_sentence_from_elsewhere_is_unsupported(summary: str) -> None:
    result = _check(summary)
    assert not result.supported and not result.sentences[0].supported
    assert "unsupported" in {f.category for f in result.flags}


@pytest.mark.parametrize("summary", FOREIGN)
def test_a_sentence_from_elsewhere_after_renderings_is_the_one_unsupported(summary: str) -> None:
    result = _check(f"{RENDERINGS[0][0]} {RENDERINGS[1][0]} {summary}")
    assert [s.supported for s in result.sentences] == [True, True, False]
