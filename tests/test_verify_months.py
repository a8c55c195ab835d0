"""``summarizer verify`` flags a month named alone that the whole article neither names, dates nor
implies, and passes one the article has anywhere (not only in the sentence it comes from)."""

from __future__ import annotations

import io

import pytest
from support import DATA

from summarizer import verify
from summarizer.cli.main import main

SOFTBANK = DATA / "mistral_softbank_fr.txt"

ARTICLE = (
    "La mairie de Lyon a présenté mardi son nouveau plan de circulation. "
    "Les travaux commenceront en octobre dans le quartier de la gare. "
    "Le chantier doit durer deux ans, selon l'adjoint chargé des transports. "
    "Une consultation des habitants aura lieu à la rentrée."
)
ARTICLE_SEASON = (
    "Le maire a promis que les travaux du pont commenceraient avant l'été. "
    "Le projet a été adopté par le conseil municipal à l'unanimité."
)
ARTICLE_QUARTER = (
    "Le constructeur a vendu 40 000 voitures au troisième trimestre. "
    "Ses ventes ont reculé en Allemagne mais progressé en Italie."
)


def _months(article: str, summary: str) -> list[str]:
    return [f.text for f in verify(article, summary).flags if f.kind == "date"]


@pytest.mark.parametrize(
    "summary",
    [
        "Lyon's works will start in October near the station.",  # the article's own month
        "Lyon will consult its residents in September.",  # la rentrée: September
        "The works will last two years, starting in October, Lyon says.",  # the month from another sentence
        "Theresa May praised Lyon's new traffic plan.",  # a name, not a month
        "May Lyon's residents be heard? The city will consult them.",  # the verb at a sentence's start
    ],
)
def test_a_month_the_article_names_dates_or_implies_passes(summary: str) -> None:
    assert _months(ARTICLE, summary) == []


@pytest.mark.parametrize(
    ("summary", "month"),
    [
        ("Lyon's works will start in November near the station.", "November"),
        ("Lyon will consult its residents in May.", "May"),
        ("The works, to begin in March, will last two years.", "March"),
    ],
)
def test_a_month_the_article_never_names_is_flagged(summary: str, month: str) -> None:
    result = verify(ARTICLE, summary)
    assert not result.supported
    assert _months(ARTICLE, summary) == [month]
    assert f"{month}: not in the article" in [f.reason for f in result.flags]


def test_a_quarter_implies_its_months() -> None:
    assert _months(ARTICLE_QUARTER, "The carmaker sold 40,000 cars in August.") == []
    assert _months(ARTICLE_QUARTER, "The carmaker sold 40,000 cars in December.") == ["December"]


def test_a_season_implies_the_months_it_overlaps_but_the_participle_ete_does_not() -> None:
    assert _months(ARTICLE_SEASON, "The mayor says work on the bridge will start before July.") == []
    assert _months(ARTICLE_SEASON, "The mayor says work on the bridge will start before November.") == ["November"]
    no_season = ARTICLE_SEASON.replace("avant l'été", "bientôt")  # "a été" is still there
    assert _months(no_season, "The mayor says work on the bridge will start before July.") == ["July"]


def test_a_french_summary_is_checked_too() -> None:
    assert _months(ARTICLE, "Les travaux de Lyon commenceront en octobre.") == []
    assert _months(ARTICLE, "Les travaux de Lyon commenceront en juin.") == ["juin"]


def test_cli_exits_4_on_a_made_up_month_and_0_on_the_articles_own() -> None:
    for summary, status in (
        ("SoftBank invested in Mistral AI in November.", 4),
        ("Mistral AI had raised 385 million euros in December.", 0),
    ):
        out = io.StringIO()
        code = main(["verify", str(SOFTBANK), "--summary-text", summary], stdin=io.StringIO(""), stdout=out)
        assert code == status, out.getvalue()
        assert ("November: not in the article" in out.getvalue()) is (status == 4)
