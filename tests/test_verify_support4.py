"""``verify`` across languages, fourth battery of hand-written sentence pairs (two articles, a city's schools and a
football transfer): correct English renderings in several styles must be supported, the same renderings with one
figure changed or one name swapped must be flagged on the changed span, and sentences from elsewhere must stay
unsupported. Then the families this battery's round fixed, each in both directions: a translator who makes two
sentences of one French sentence (the first half's own best source is that sentence), a stray full stop left in
front of a line and a name transliterated otherwise ("Gaddafi" for "Kadhafi"); a frequent common noun written with a
capital ("the teachers' Union") is still taken for a name (strict xfails), while a common word in place of a name stays
flagged.

First written (before the fixes): 17 of 20 renderings supported, 11 of 11 changed ones flagged, 4 of 4 sentences
from elsewhere unsupported; the three false alarms stay strict xfails."""

from __future__ import annotations

import pytest

from summarizer.verify import verify

SCHOOLS = """La municipalité de Lyon a annoncé jeudi la fermeture provisoire de trois écoles primaires à cause d'une fuite de gaz.

Selon le maire, Grégory Doucet, les élèves seront accueillis dans des locaux voisins dès lundi.

Un parent sur trois dit avoir appris la nouvelle par les réseaux sociaux.

Les travaux de réparation devraient durer environ quinze jours et coûter 240 000 euros.

« Nous ne prendrons aucun risque avec la sécurité des enfants », a déclaré l'adjointe chargée de l'éducation, Stéphanie Léger.

L'opposition reproche à la ville de ne pas avoir inspecté les bâtiments depuis 2019.

Le syndicat des enseignants a demandé une réunion avec la préfecture.

Il pleuvait à verse quand les pompiers sont arrivés sur place."""

TRANSFER = """Le club de football de Saint-Étienne a recruté un attaquant hongrois pour la saison prochaine.

Le joueur, âgé de 24 ans, a signé un contrat de quatre ans avec les Verts.

Son transfert depuis Ferencváros aurait coûté près de 8 millions d'euros.

L'entraîneur s'est dit ravi de pouvoir compter sur un buteur aussi rapide.

Les supporteurs, eux, restent prudents après une saison décevante.

La moitié des billets pour le premier match à domicile sont déjà vendus.

Le président du club n'a pas souhaité commenter le montant de l'opération.

Le championnat reprendra le 9 août face à Lens."""

ARTICLES = {"schools": SCHOOLS, "transfer": TRANSFER}

_LYON = "Lyon city council announced on Thursday that {} primary schools would close temporarily because of a gas leak."
_REPAIRS = "Repairs should take about a fortnight and cost {}."

FAITHFUL = [
    ("schools", _LYON.format("three"), 0),
    ("schools", "According to mayor Grégory Doucet, pupils will be taken in at nearby premises from Monday.", 1),
    ("schools", "One parent in three says they learnt the news on social media.", 2),
    ("schools", _REPAIRS.format("€240,000"), 3),
    (
        "schools",
        '"We will take no risks with the children\'s safety," said Stéphanie Léger, the deputy mayor for education.',
        4,
    ),
    ("schools", "The opposition blames the city for not inspecting the buildings since 2019.", 5),
    ("schools", "The teachers' union has asked for a meeting with the prefecture.", 6),
    ("transfer", "Saint-Etienne football club has signed a Hungarian striker for next season.", 0),
    ("transfer", "The 24-year-old player has put pen to paper on a four-year deal with Les Verts.", 1),
    ("transfer", "His move from Ferencvaros reportedly cost almost 8 million euros.", 2),
    ("transfer", "The coach said he was delighted to be able to rely on such a quick goalscorer.", 3),
    ("transfer", "Fans, for their part, remain cautious after a disappointing season.", 4),
    ("transfer", "Half of the tickets for the first home game have already been sold.", 5),
    ("transfer", "The club Chairman did not wish to comment on the size of the deal.", 6),
    ("transfer", "The league resumes on August 9 against Lens.", 7),
]

_XFAIL_IDIOM = "an idiom rendered by an idiom ('pleuvoir à verse'/'pouring with rain') shares no word form"
_XFAIL_UNION = (
    "one frequent common word written with a capital ('Union') is taken for a name by the name guard; letting it pass"
    " when the article sentence names nothing left out missed swaps (newstest2012 seed 1: 93.4% -> 92.9% flagged)"
)
_XFAIL_SHORT = "a short free rendering shares one word form with its source: as much as a sentence from elsewhere"
FALSE_ALARMS = [
    pytest.param(
        "schools",
        "It was pouring with rain when the firefighters got there.",
        7,
        marks=pytest.mark.xfail(strict=True, reason=_XFAIL_IDIOM),
    ),
    pytest.param("transfer", "Fans remain cautious.", 4, marks=pytest.mark.xfail(strict=True, reason=_XFAIL_SHORT)),
    pytest.param(
        "schools",
        "The teachers' Union wants to meet the prefect.",
        6,
        marks=pytest.mark.xfail(strict=True, reason=_XFAIL_UNION),
    ),
]

# The same renderings with one figure changed or one name swapped, and the changed span.
CHANGED = [
    ("schools", _LYON.format("four"), "four"),
    (
        "schools",
        "According to mayor Gérard Collomb, pupils will be taken in at nearby premises from Monday.",
        "Gérard Collomb",
    ),
    ("schools", _REPAIRS.format("€420,000"), "€420,000"),
    ("schools", "The opposition blames the city for not inspecting the buildings since 2017.", "2017"),
    ("schools", _LYON.format("three").replace("Lyon", "Marseille"), "Marseille"),
    ("transfer", "Saint-Etienne football club has signed a Romanian striker for next season.", "Romanian"),
    ("transfer", "The 24-year-old player has signed a three-year deal with Les Verts.", "three-year"),
    ("transfer", "His move from Dinamo Zagreb reportedly cost almost 8 million euros.", "Dinamo Zagreb"),
    ("transfer", "His move from Ferencvaros reportedly cost almost 6 million euros.", "6 million euros"),
    ("transfer", "The league resumes on August 9 against Lille.", "Lille"),
    ("transfer", "The league resumes on August 19 against Lens.", "August 19"),
]

FOREIGN = [
    ("schools", "The central bank raised its key interest rate by a quarter of a point."),
    ("schools", "Heavy snow closed the motorway between Grenoble and Chambéry for six hours."),
    ("transfer", "The museum will reopen its Egyptian galleries next spring."),
    ("transfer", "Police arrested two men suspected of stealing copper cables."),
]


def _check(article: str, summary: str):
    return verify(article, summary, source_language="fr", summary_language="en")


@pytest.mark.parametrize(("article", "summary", "source"), FAITHFUL + FALSE_ALARMS)
def test_a_correct_rendering_is_supported_by_its_source(article: str, summary: str, source: int) -> None:
    result = _check(ARTICLES[article], summary)
    assert result.supported and not result.flags
    assert result.sentences[0].evidence[0].index == source


@pytest.mark.parametrize(("article", "summary", "span"), CHANGED)
def test_a_changed_figure_or_a_swapped_name_is_flagged_on_its_span(article: str, summary: str, span: str) -> None:
    result = _check(ARTICLES[article], summary)
    lo = summary.index(span)
    hi = lo + len(span)
    assert not result.supported
    assert any(f.category in ("figure", "entity") and f.start < hi and lo < f.end for f in result.flags)


@pytest.mark.parametrize(("article", "summary"), FOREIGN)
def test_a_sentence_from_elsewhere_is_unsupported(article: str, summary: str) -> None:
    """Turned away as a whole sentence, or (the museum: "reopen" meets "reprendra") for a name the article lacks."""
    result = _check(ARTICLES[article], summary)
    assert not result.supported and not result.sentences[0].supported
    assert {f.category for f in result.flags} & {"unsupported", "entity"}


# One long French sentence that a translator makes two English sentences of; the first half shares only a few
# words with it and is far shorter, but its own best source is that sentence, as is its neighbour's.
REVIEWS = """Le conseil régional a adopté vendredi son budget pour l'an prochain.

Les critiques de plusieurs journaux locaux ont fait l'effet d'une douche froide: « une honte pour la région » titrait ainsi le quotidien régional La Voix du Nord, qui revient longuement sur la gestion du chantier du nouveau stade.

Le président de la région n'a pas souhaité répondre aux journalistes.

Le stade doit ouvrir ses portes en septembre 2026."""

_HEADLINE = (
    '"A disgrace for the region" was the headline of the regional daily La Voix du Nord, which looks at length at'
    " how the new stadium's building site was run."
)


def test_the_first_half_of_a_sentence_split_in_two_is_supported_by_the_sentence_it_shares() -> None:
    result = _check(REVIEWS, f"The reviews in several local papers came as a cold shower. {_HEADLINE}")
    assert result.supported and not result.flags
    assert [s.evidence[0].index for s in result.sentences] == [1, 1]


@pytest.mark.parametrize(
    "summary",
    [
        f"Local papers praised the new mayor warmly. {_HEADLINE}",  # meets the same sentence on its newspapers only
        f"{_HEADLINE} The orchestra played three encores in front of a delighted audience.",
        f"{_HEADLINE} Local papers praised the mayor.",
    ],
)
def test_a_sentence_from_elsewhere_next_to_half_a_split_sentence_stays_unsupported(summary: str) -> None:
    result = _check(REVIEWS, summary)
    assert [s.supported for s in result.sentences].count(False) == 1
    assert [f.category for f in result.flags].count("unsupported") == 1


LIBYA = """Tripoli est tombée aux mains des rebelles en août, et Mouammar Kadhafi a été tué le 20 octobre.

Le nouveau gouvernement promet des élections dans un an."""

_TRIPOLI = "Tripoli fell to the rebels in August, and {} was killed on October 20."


def test_a_line_opening_with_a_stray_full_stop_is_checked_as_its_one_sentence() -> None:
    result = _check(LIBYA, ". The new government promises elections within a year.")
    assert result.supported and not result.flags
    assert [s.text for s in result.sentences] == ["The new government promises elections within a year."]


@pytest.mark.parametrize("name", ["Gaddafi", "Moammar Gadhafi"])
def test_a_name_transliterated_otherwise_is_the_article_name(name: str) -> None:
    result = _check(LIBYA, _TRIPOLI.format(name))
    assert result.supported and not result.flags


@pytest.mark.parametrize("name", ["Mubarak", "Gbagbo", "Haftar", "Kabila"])
def test_another_leader_in_place_of_a_transliterated_name_is_flagged(name: str) -> None:
    summary = _TRIPOLI.format(name)
    result = _check(LIBYA, summary)
    assert not result.supported
    assert any(f.category == "entity" and f.text == name for f in result.flags)


UNIONS = """Le syndicat des enseignants a demandé jeudi une réunion avec le recteur.

La CGT a appelé les salariés de l'usine à la grève pour lundi.

Les manifestants ont défilé jusqu'au parc, entre la mairie et la gare."""


@pytest.mark.parametrize(
    "summary",
    [
        "The teachers' Union asked on Thursday for a meeting with the rector.",
        "On Thursday the teachers' Union asked for a meeting with the head of the education authority.",
    ],
)
@pytest.mark.xfail(strict=True, reason=_XFAIL_UNION)
def test_a_common_noun_written_with_a_capital_is_no_name(summary: str) -> None:
    result = _check(UNIONS, summary)
    assert result.supported and not result.flags


@pytest.mark.parametrize(
    ("summary", "span"),
    [
        ("The Union called on the plant's workers to strike on Monday.", "Union"),  # for "La CGT": swapped away
        ("On Monday, the plant's workers were called out on strike by the Union.", "Union"),
        ("The protesters marched to Broadway, between the town hall and the station.", "Broadway"),  # a place name
    ],
)
def test_a_common_word_in_place_of_a_name_or_a_rarer_one_is_still_flagged(summary: str, span: str) -> None:
    result = _check(UNIONS, summary)
    assert not result.supported
    assert any(f.category == "entity" and f.text == span for f in result.flags)
