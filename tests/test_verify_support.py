"""``verify`` across languages: free but correct renderings are supported, foreign sentences are not,
and a changed figure is still flagged (cognates spelt otherwise, two sentences for one, weak margins)."""

from __future__ import annotations

import pytest

from summarizer.stages.calibration import support_logit, supported
from summarizer.stages.cognates import cognate, inflections, normalised
from summarizer.verify import verify

ARTICLE = """La banque a publié mardi ses résultats trimestriels.

Selon le directeur, les pratiques bancaires du groupe restent sérieusement risquées et la situation économique est dangereuse.

Le bâtiment a déjà connu trois rénovations ; on y découvre des colonnes romaines datant de 1850 et une salle de concert ajoutée vers 1910.

Les clients pourront donner leur avis lors d'une réunion publique le 15 mars.

L'opposition juge le projet trop coûteux et demande un référendum local.

Le chômage a encore augmenté dans la région le mois dernier."""

REST = "Inside, visitors find Roman columns from 1850 and a concert hall added around 1910."


def _check(summary: str):
    return verify(ARTICLE, summary, source_language="fr", summary_language="en")


def test_cognates_spelt_otherwise_meet() -> None:
    assert normalised("serieusement", "fr") == "serieus" and normalised("seriously", "en") == "serious"
    assert cognate("seriously", "en", "serieusement", "fr")
    assert cognate("bank", "en", "banque", "fr") and cognate("practices", "en", "pratiques", "fr")
    assert not cognate("prison", "en", "raison", "fr") and not cognate("house", "en", "heure", "fr")
    assert "feel" in inflections("feels", "en") and inflections("feels", "fr") == []


def test_free_rendering_with_cognates_is_supported() -> None:
    result = _check("Its banking practices are seriously risky, its boss warned.")
    assert result.supported
    assert result.sentences[0].evidence[0].index == 1


def test_foreign_sentence_is_not_supported() -> None:
    for foreign in ("The goalkeeper was injured.", "Rain is expected tomorrow."):
        result = _check(foreign)
        assert not result.supported and result.flags[0].category == "unsupported"


def test_two_sentences_for_one_take_its_evidence() -> None:
    result = _check(f"The building has been renovated three times. {REST}")
    assert result.supported
    assert [s.evidence[0].index for s in result.sentences] == [2, 2]


def test_two_sentences_for_one_keep_a_changed_figure_flagged() -> None:
    result = _check(f"The project has had four makeovers. {REST}")
    assert not result.supported
    assert any(f.category == "figure" and f.text.startswith("four") for f in result.flags)
    changed = _check(f"The project has had three makeovers. {REST.replace('1850', '1580')}")
    assert [f.text for f in changed.flags if f.category == "figure"] == ["1580"]


def test_foreign_sentence_after_a_split_rendering_is_not_supported() -> None:
    result = _check(f"The project has had three makeovers. {REST} The goalkeeper was injured.")
    assert [s.supported for s in result.sentences] == [True, True, False]


def test_english_inflections_come_from_the_snowball_stem() -> None:
    assert "study" in inflections("studies", "en") and "injur" in inflections("injured", "en")
    assert "curve" in inflections("curves", "en") and inflections("bank", "en") == []


def test_a_longer_sentence_needs_more_and_a_weak_agreement_is_chance() -> None:
    # (best, forms, shared, length_gap, chars)
    assert supported(0.3, 4, 2, 0.1, 0.1) and not supported(0.3, 30, 2, 0.1, 0.1)
    assert support_logit(0.3, 10, 0, 0.1, 0.1) < support_logit(0.3, 10, 3, 0.1, 0.1)
    assert supported(0.3, 10, 2, 0.1, 0.1) and not supported(0.3, 10, 2, 2.5, 0.1)  # lengths twelve times apart
    assert supported(0.5, 30, 8, 0.2, 0.3)
    assert support_logit(-0.05, 1, 0, 0.1, 0.0) > 0 and not supported(-0.05, 1, 0, 0.1, 0.0)  # a score under zero


TOWN = """Le conseil municipal a voté jeudi le budget de la ville pour l'année prochaine.

Les inondations de l'hiver dernier ont gravement endommagé deux vieux ponts sur la rivière.

Les ingénieurs estiment que leur réparation coûtera près de 4 millions d'euros.

Le maire a promis que les travaux commenceraient avant l'été.

Plusieurs habitants se plaignent déjà des détours imposés par la fermeture des ponts.

Une réunion publique est prévue le mois prochain à la mairie."""


@pytest.mark.parametrize(
    ("summary", "source"),
    [
        ("Last winter's floods badly damaged two old bridges over the river.", 1),
        ("Water wrecked two ageing crossings last winter.", 1),
        ("Repairs: nearly 4 million euros.", 2),
        ("The mayor vows that building work begins before July.", 3),
        ("The residents moan about detours.", 4),
        ("Next month, a public meeting at the town hall.", 5),
    ],
)
def test_a_free_rendering_is_supported_by_its_source(summary: str, source: int) -> None:
    result = verify(TOWN, summary, source_language="fr", summary_language="en")
    assert result.supported and result.sentences[0].evidence[0].index == source


@pytest.mark.parametrize(
    "summary",
    [
        "Shares in the carmaker fell sharply after the announcement.",
        "A new museum of modern art opens in the old harbour next spring.",
        "The minister resigned on Friday.",
        "The goalkeeper was injured.",
        "The engineers of the city council estimate that the closure of the old road will cost residents of "
        "the river valley more than last year.",
    ],
)
def test_a_sentence_from_another_text_is_unsupported(summary: str) -> None:
    result = verify(TOWN, summary, source_language="fr", summary_language="en")
    assert not result.supported and [f.category for f in result.flags] == ["unsupported"]
