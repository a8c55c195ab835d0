"""``verify``: a name a summary sentence attributes must come from the article sentence it renders
(sentences written for these tests): a faithful rendering passes, a name swapped for one the article
has elsewhere, or for an ordinary English word, is flagged with the name the article sentence gives."""

from __future__ import annotations

import pytest

from summarizer.verify import verify

ARTICLE = "\n\n".join(
    [
        "Le Portugal a battu le Danemark 3-2 mercredi à Lisbonne.",
        "L'entraîneur s'est dit satisfait du résultat de son équipe.",
        "Les supporters ont fêté la victoire jusque tard dans la nuit.",
        "Le stade était plein, malgré la pluie et le froid.",
        "La fédération a salué l'ambiance du match.",
        "La semaine prochaine, l'équipe affrontera la Pologne à Varsovie.",
        "Nordvik voulait atteindre le sommet du classement des sponsors.",
        "Le groupe a investi 40 millions d'euros dans le club.",
        "Warren Buffett a longtemps refusé de commenter ses placements.",
        "La presse économique s'est intéressée à ses choix.",
        "Il n'a jamais caché son admiration pour les dirigeants du club.",
        "Le public a chanté pendant tout le match.",
        "Les joueurs ont salué leurs supporters.",
        "La commission du port se réunira en mars.",
    ]
)


def entity_flags(summary: str) -> list[tuple[str, str]]:
    result = verify(ARTICLE, summary, source_language="fr", summary_language="en")
    return [(f.text, f.reason) for f in result.flags if f.category == "entity"]


@pytest.mark.parametrize(
    "summary",
    [
        "Portugal beat Denmark 3-2 on Wednesday in Lisbon.",
        "Nordvik wanted to reach the top of the sponsors' league.",
        # a name the article sentence gives as "il", said in full: the article has it nearby
        "Buffett has never hidden his admiration for the club's leaders.",
        "Next week, the team will face Poland in Warsaw.",
        "The group invested 40 million euros in the club.",
        "The port commission will meet in March.",
    ],
)
def test_faithful_sentences_keep_their_names(summary: str) -> None:
    result = verify(ARTICLE, summary, source_language="fr", summary_language="en")
    assert result.supported, [f.reason for f in result.flags]


@pytest.mark.parametrize(
    ("summary", "name", "source"),
    [
        # a name the article has, but in another sentence
        ("Poland beat Denmark 3-2 on Wednesday in Lisbon.", "Poland", "Portugal"),
        # an organisation made of ordinary English words where the article sentence has a name
        ("The Executive Board wanted to reach the top of the sponsors' league.", "Executive Board", "Nordvik"),
    ],
)
def test_a_name_from_elsewhere_in_place_of_the_sentences_own_is_flagged(summary: str, name: str, source: str) -> None:
    flags = entity_flags(summary)
    assert any(text == name and source in reason for text, reason in flags), flags


def test_an_institution_the_article_names_only_elsewhere_is_flagged() -> None:
    # the article has "la commission du port", but not in the sentence this one renders
    flags = entity_flags("The Port Commission invested 40 million euros in the club.")
    assert flags == [("Port Commission", "Port Commission: not in the article sentence it comes from")]
