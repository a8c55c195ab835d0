"""Tests of the fact guard (summarizer.facts): extraction, normalisation and checking of figures."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import random
from pathlib import Path

import pytest

from summarizer.facts import Fact, Flag, check, extract

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parents[1]

# Sentences of the example article (tests/data/mistral_softbank_fr.txt), quoted as literals.
ARTICLE = (
    "Le géant technologique japonais serait intéressé de participer à une prochaine levée de fonds de la startup "
    "qui devrait valoriser cette dernière plus de 2 milliards de dollars, selon ces sources. "
    "Lire aussiIntelligence artificielle : en levant 385 millions d'euros, la startup française Mistral AI entre "
    "dans la cour des grands. Fin février, Mistrai IA a dévoilé un partenariat avec le géant américain Microsoft. "
    "Cette alliance incluait un investissement de la part de ce dernier 15 millions d'euros dans Mistral qui, en "
    "décembre, avait déjà levé 385 millions d'euros lors d'un deuxième tour de financement. "
    "La France investit actuellement trois fois moins en IA que les Etats-Unis en proportion du PIB. "
    "Selon le rapport du comité IA, remis mercredi à Emmanuel Macron, le pays doit débloquer cinq milliards "
    "d'euros par an sur cinq ans dans l'intelligence artificielle. « C'est un effort réaliste », cette somme "
    "représentant 0,3% des dépenses publiques, a plaidé l'économiste Philippe Aghion, à l'issue d'une rencontre "
    "à l'Elysée, au cours de laquelle 25 propositions ont été présentées. "
    "Lire aussiL'IA générative pourrait gonfler le PIB français de 400 milliards d'euros d'ici à 2030. "
    "À VivaTech, Emmanuel Macron avait, déjà, annoncé un plan de 500 millions d'euros pour développer l'IA française."
)
SUMMARY = (
    "SoftBank may invest in Mistral AI in a funding round valuing the start-up at more than $2 billion. "
    "Mistral raised €385 million in December in its second funding round; Microsoft is investing €15 million. "
    "France invests three times less in AI than the United States relative to GDP. "
    "An AI committee says France must spend five billion euros a year for five years, 0.3% of public spending, "
    "and presented 25 proposals. Generative AI could add €400 billion to French GDP by 2030, "
    "and Emmanuel Macron announced a €500 million plan."
)


def facts(text: str, lang: str) -> list[tuple[str, str, object, str | None]]:
    return [(f.text, f.kind, f.value, f.unit) for f in extract(text, lang) if f.checked]


def flagged(source: str, output: str, src_lang: str = "fr", out_lang: str = "en") -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in check(source, output, src_lang, out_lang)]


# ------------------------------------------------------------------------------------------ extraction


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("plus de 2 milliards de dollars", "fr", [("2 milliards de dollars", "amount", 2e9, "$")]),
        ("en levant 385 millions d'euros", "fr", [("385 millions d'euros", "amount", 385e6, "EUR")]),
        ("cette somme représentant 0,3% des dépenses", "fr", [("0,3%", "percentage", 0.3, "%")]),
        ("cinq milliards d'euros par an", "fr", [("cinq milliards d'euros", "amount", 5e9, "EUR")]),
        ("trois fois moins en IA", "fr", [("trois fois", "number", 3.0, "times")]),
        ("un valorisation de 1,36 milliard", "fr", [("1,36 milliard", "number", 1.36e9, None)]),
        ("a valuation of 1.36 billion", "en", [("1.36 billion", "number", 1.36e9, None)]),
        ("a valuation of 1,360 million", "en", [("1,360 million", "number", 1.36e9, None)]),
        ("Plus de 4 000 000 personnes", "fr", [("4 000 000", "number", 4e6, None)]),
        ("soit 1\u00a0000\u00a0000 d'habitants", "fr", [("1\u00a0000\u00a0000", "number", 1e6, None)]),
        ("soit 12\u202f500 emplois", "fr", [("12\u202f500", "number", 12500.0, None)]),
        ("some 1,000,000 people", "en", [("1,000,000", "number", 1e6, None)]),
        ("le navire peut contenir 2.600 passagers", "fr", [("2.600", "number", 2600.0, None)]),
        ("un séisme de magnitude 6,5", "fr", [("6,5", "number", 6.5, None)]),
        ("the quake reached magnitude 6.5", "en", [("6.5", "number", 6.5, None)]),
        ("une enveloppe de 10 M€", "fr", [("10 M€", "amount", 1e7, "EUR")]),
        ("un budget de 5 Mds €", "fr", [("5 Mds €", "amount", 5e9, "EUR")]),
        ("a £5m deal", "en", [("£5m", "amount", 5e6, "GBP")]),
        ("a $5bn deal", "en", [("$5bn", "amount", 5e9, "$")]),
        ("an extra AUD$45 million", "en", [("AUD$45 million", "amount", 45e6, "AUD")]),
        ("45 millions de dollars australiens", "fr", [("45 millions de dollars australiens", "amount", 45e6, "AUD")]),
        ("a fine of 20 Swiss francs", "en", [("20 Swiss francs", "amount", 20.0, "CHF")]),
        ("une amende de 20 francs suisses", "fr", [("20 francs suisses", "amount", 20.0, "CHF")]),
        ("50 livres sterling", "fr", [("50 livres sterling", "amount", 50.0, "GBP")]),
        (
            "entre 2 500 et 130 000 yens",
            "fr",
            [("2 500", "amount", 2500.0, "JPY"), ("130 000 yens", "amount", 130000.0, "JPY")],
        ),
        ("34 per cent of those polled", "en", [("34 per cent", "percentage", 34.0, "%")]),
        ("trente pour cent du site", "fr", [("trente pour cent", "percentage", 30.0, "%")]),
        ("a rise of 3 percentage points", "en", [("3 percentage points", "percentage", 3.0, "pp")]),
        ("une hausse de 3 points de pourcentage", "fr", [("3 points de pourcentage", "percentage", 3.0, "pp")]),
        ("le 4 novembre 2013", "fr", [("4 novembre 2013", "date", (2013, 11, 4), None)]),
        ("on November 4, 2013", "en", [("November 4, 2013", "date", (2013, 11, 4), None)]),
        ("on 4 November 2013", "en", [("4 November 2013", "date", (2013, 11, 4), None)]),
        ("on 04 November", "en", [("04 November", "date", (None, 11, 4), None)]),
        ("dès le 1er janvier", "fr", [("1er janvier", "date", (None, 1, 1), None)]),
        ("from January 1st", "en", [("January 1st", "date", (None, 1, 1), None)]),
        ("en août 2011", "fr", [("août 2011", "date", (2011, 8, None), None)]),
        (
            "les dimanches 20 et 27 novembre",
            "fr",
            [("20", "date", (None, 11, 20), None), ("27 novembre", "date", (None, 11, 27), None)],
        ),
        (
            "on July 4 and 5, 2013",
            "en",
            [("July 4", "date", (2013, 7, 4), None), ("5, 2013", "date", (2013, 7, 5), None)],
        ),
        ("Fin 2017, Siminoff est apparu", "fr", [("2017", "year", 2017.0, None)]),
        ("Throughout 1960s, Brzezinski", "en", [("1960s", "year", 1960.0, None)]),
        ("Elle finit 66e du classement", "fr", [("66e", "ordinal", 66.0, None)]),
        ("Elle finit 66ème du classement", "fr", [("66ème", "ordinal", 66.0, None)]),
        ("She finished 66th", "en", [("66th", "ordinal", 66.0, None)]),
        ("His 1,000th stamp", "en", [("1,000th", "ordinal", 1000.0, None)]),
        ("dès le XVIe siècle", "fr", [("XVIe", "ordinal", 16.0, None)]),
        ("à 22 h 08", "fr", [("22 h 08", "time", 22 + 8 / 60, None)]),
        ("at 10:08 p.m. on Monday", "en", [("10:08 p.m.", "time", 22 + 8 / 60, None)]),
        ("deux tiers des Français", "fr", [("deux tiers", "number", 2 / 3, None)]),
        ("two-thirds of the French", "en", [("two-thirds", "number", 2 / 3, None)]),
        ("un quart des sondés", "fr", [("un quart", "number", 0.25, None)]),
        ("la moitié des sondés", "fr", [("moitié", "number", 0.5, None)]),
        ("quatre-vingt-dix-neuf ans", "fr", [("quatre-vingt-dix-neuf", "number", 99.0, None)]),
        ("soixante et onze ans", "fr", [("soixante et onze", "number", 71.0, None)]),
        ("two hundred and fifty people", "en", [("two hundred and fifty", "number", 250.0, None)]),
        ("Over four million people", "en", [("four million", "number", 4e6, None)]),
        ("une vingtaine de personnes", "fr", [("une vingtaine", "number", 20.0, None)]),
        ("it measures 29¾ inches", "en", [("29¾ inches", "number", 29.75, "in")]),
    ],
)
def test_extract_normalises_figures(text: str, lang: str, expected: list[tuple]) -> None:
    got = facts(text, lang)
    assert [(t, k, u) for t, k, _, u in got] == [(t, k, u) for t, k, _, u in expected]
    for (_, _, value, _), (_, _, want, _) in zip(got, expected, strict=True):
        assert value == (pytest.approx(want) if isinstance(want, float) else want)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("la pandémie de COVID-19", "fr"),
        ("la pandémie de covid-19", "fr"),
        ("un Airbus A320 de la compagnie", "fr"),
        ("le sommet du G7 à Biarritz", "fr"),
        ("la souche H5N1 de la grippe aviaire", "fr"),
        ("Rolando Mendoza fired his M16 rifle", "en"),
        ("compatible with 802.11a and 802.11n", "en"),
        ("a 4x4 vehicle", "en"),
        ("a 3D printer and 5G phones", "en"),
        ("des millions d'œufs ont été retirés", "fr"),
        ("millions of people and thousands of homes", "en"),
        ("un enfant et une femme", "fr"),
        ("one of the largest in a year", "en"),
    ],
)
def test_identifiers_and_vague_quantities_are_not_figures(text: str, lang: str) -> None:
    assert [f for f in extract(text, lang) if f.checked] == []


def test_ambiguous_separators_follow_the_declared_language() -> None:
    # "1,000" is one thousand in English but 1.0 in French; "1.000" is the reverse.
    assert facts("1,000 people", "en")[0][2] == 1000.0
    assert facts("1,000 personne", "fr")[0][2] == 1.0
    assert facts("1.000 personnes", "fr")[0][2] == 1000.0
    assert facts("1.000 people", "en")[0][2] == 1.0
    assert facts("a 2,5 rating", "en")[0][2] == 2.5  # a comma followed by one digit can only be a decimal


def test_offsets_and_text_point_into_the_original_output() -> None:
    text = "Mistral raised\u00a0€385\u00a0million on 4\u202fDecember and 0,3\u00a0% more."
    for f in extract(text, "en"):
        assert text[f.start : f.end] == f.text
    assert [f.text for f in extract(text, "en")] == ["€385\u00a0million", "4\u202fDecember", "0,3\u00a0%"]


def test_decomposed_accents_keep_offsets() -> None:
    text = "le 4 de\u0301cembre 2013, soit 66e\u0300me"
    got = extract(text, "fr")
    assert [(f.text, f.value) for f in got] == [("4 de\u0301cembre 2013", (2013, 12, 4)), ("66e\u0300me", 66.0)]


# ------------------------------------------------------------------------------------------ support


@pytest.mark.parametrize(
    ("source", "output", "src_lang", "out_lang"),
    [
        ("valoriser la startup plus de 2 milliards de dollars", "valued at more than $2 billion", "fr", "en"),
        ("en levant 385 millions d'euros", "after raising €385 million", "fr", "en"),
        ("en levant 385 millions d'euros", "after raising 385 million euros", "fr", "en"),
        ("0,3% des dépenses publiques", "0.3% of public spending", "fr", "en"),
        ("cinq milliards d'euros par an sur cinq ans", "five billion euros a year for five years", "fr", "en"),
        ("cinq milliards d'euros par an sur cinq ans", "€5 billion per year over 5 years", "fr", "en"),
        ("la France investit trois fois moins", "France invests three times less", "fr", "en"),
        ("le comité a présenté 25 propositions", "the committee made twenty-five proposals", "fr", "en"),
        ("un chiffre d'affaires de 1,36 milliard d'euros", "revenue of €1.36 billion", "fr", "en"),
        ("un chiffre d'affaires de 1,36 milliard d'euros", "revenue of €1,360 million", "fr", "en"),
        ("une perte de 2,47 milliards d'euros", "a loss of €2.5 billion", "fr", "en"),
        ("une perte de 2,47 milliards d'euros", "a loss of about €2.5bn", "fr", "en"),
        ("Un sondage effectué auprès de 1 357 personnes", "a poll of about 1,350 people", "fr", "en"),
        ("Un sondage effectué auprès de 1 357 personnes", "a poll of 1,400 people", "fr", "en"),
        ("Plus de 4 000 000 personnes se sont rendues à Rome", "Over four million people went to Rome", "fr", "en"),
        ("le 4 novembre 2013", "on November 4", "fr", "en"),
        ("le 4 novembre 2013", "on 4 November 2013", "fr", "en"),
        ("le 4 novembre 2013", "in 2013", "fr", "en"),
        ("le 4 novembre 2013", "in November 2013", "fr", "en"),
        ("le 4 novembre, lors du sommet de 2013", "on November 4, 2013", "fr", "en"),
        ("dès le 1er janvier", "from January 1st", "fr", "en"),
        ("Le 6 octobre 1789, le roi", "on the 6th October 1789 the king", "fr", "en"),
        ("Le navire peut contenir plus de 2.600 passagers", "the ship holds over 2,600 passengers", "fr", "en"),
        ("Le navire peut contenir plus de 2 600 passagers", "the ship holds over 2.600 passengers", "fr", "en"),
        ("Le navire peut contenir 1,000 passagers", "the ship holds 1,000 passengers", "en", "en"),
        ("un budget de 385 millions d'euros", "a budget of 385 million", "fr", "en"),
        ("Elle est arrivée 66e", "she finished 66th", "fr", "en"),
        ("au XVIe siècle", "in the 16th century", "fr", "en"),
        ("du XIe au XIIIe siècle", "in the 11th, 12th, and 13th centuries", "fr", "en"),
        ("deux tiers des Français", "two thirds of the French", "fr", "en"),
        ("la moitié des sondés", "half of those polled", "fr", "en"),
        ("un quart des sondés", "a quarter of those polled", "fr", "en"),
        ("Pendant les années 20", "During the 1920s", "fr", "en"),
        ("Selon certaines sources, il aurait une vingtaine d'années.", "He was reportedly in his 20s.", "fr", "en"),
        ("à une hauteur de 83 mètres", "a height of 83 meters", "fr", "en"),
        ("Entre 22 h 00 et 23 h 00", "Between 10:00-11:00 pm", "fr", "en"),
        ("à 20 h 30, heure locale (15 h 00 UTC)", "at 8:30 p.m. local time (15.00 UTC)", "fr", "en"),
        ("entre 2 500 et 130 000 yens", "between ¥2,500 and ¥130,000", "fr", "en"),
        ("les billets de 5 et 100 dollars", "the $5 and $100 bills", "fr", "en"),
        ("la pandémie de COVID-19 a tué 12 personnes", "the COVID-19 pandemic killed 12 people", "fr", "en"),
        ("le CAC 40 a cédé 2 %", "the CAC 40 lost 2%", "fr", "en"),
        ("l'Airbus A320 transportait 150 passagers", "the A320 carried 150 passengers", "fr", "en"),
        ("le sommet du G7 a réuni 7 pays", "the G7 summit gathered seven countries", "fr", "en"),
        ("la norme 802.11n", "the 802.11g standard", "fr", "en"),
        ("la visualisation tridimensionnelle", "a three-dimensional view", "fr", "en"),
        ("a dévoilé 25 propositions", "a dévoilé vingt-cinq propositions", "fr", "fr"),
        ("en levant 385 millions d'euros", "en levant 385 M€", "fr", "fr"),
        ("The company raised $2.5 billion in 2013.", "It raised $2.5bn in 2013.", "en", "en"),
        ("Sales grew 12.5% to 4,200 units.", "Sales rose 12.5 percent to about 4,200 units.", "en", "en"),
        ("Le fleuve est long de 6 387 km (3 980 miles).", "The river is 6,387 km (3,980 miles).", "fr", "en"),
        ("deux tiers des Français", "67% of the French", "fr", "en"),
        ("50 % des sondés", "half of those polled", "fr", "en"),
        ("2,5 millions d'habitants", "two and a half million inhabitants", "fr", "en"),
        ("deux millions et demi d'habitants", "2.5 million inhabitants", "fr", "en"),
        ("1,5 million d'habitants", "1.5m inhabitants", "fr", "en"),
        ("un tiers des votes", "1/3 of the votes", "fr", "en"),
        ("il y a un an et demi", "a year and a half ago, 1.5 years", "fr", "en"),
        ("un trou de quelque 500 milllions d'euros", "a €500 million hole", "fr", "en"),
        ("les dimanches 20 et 27 novembre", "on Sundays November 20 and 27", "fr", "en"),
        ("Les attentats du 11 septembre 2001", "the 9/11 attacks of 2001", "fr", "en"),
        ("L'indice parisien a gagné 2 %.", "The CAC 40 gained 2%.", "fr", "en"),
        ("Le chiffre d'affaires a progressé de 9,8 %.", "Revenue grew nearly 10%.", "fr", "en"),
        ("Le chiffre d'affaires a progressé de 9,8 %.", "Revenue grew 10%.", "fr", "en"),
        ("le taux de chômage a reculé de 0,5 point", "unemployment fell 0.5 percentage points", "fr", "en"),
        ("une baisse de 25 points de base", "a cut of 25 basis points", "fr", "en"),
    ],
)
def test_supported_figures_are_not_flagged(source: str, output: str, src_lang: str, out_lang: str) -> None:
    assert [f for f in extract(output, out_lang) if f.checked], "the output must contain a figure to check"
    assert check(source, output, src_lang, out_lang) == []


# ------------------------------------------------------------------------------------------ detection


@pytest.mark.parametrize(
    ("source", "output", "text", "kind", "words"),
    [
        ("plus de 2 milliards de dollars", "more than $3 billion", "$3 billion", "amount", "value differs"),
        ("plus de 2 milliards de dollars", "more than $2 million", "$2 million", "amount", "value differs"),
        ("plus de 2 milliards de dollars", "more than €2 billion", "€2 billion", "amount", "currency differs"),
        ("en levant 385 millions d'euros", "after raising €358 million", "€358 million", "amount", "value differs"),
        ("en levant 385 millions d'euros", "after raising €38.5 million", "€38.5 million", "amount", "value differs"),
        ("en levant 385 millions d'euros", "after raising £385 million", "£385 million", "amount", "currency differs"),
        ("0,3% des dépenses publiques", "0.5% of public spending", "0.5%", "percentage", "value differs"),
        ("0,3% des dépenses publiques", "3% of public spending", "3%", "percentage", "value differs"),
        (
            "le comité a présenté 25 propositions",
            "the committee made 25% of proposals",
            "25%",
            "percentage",
            "unit differs",
        ),
        ("d'ici à 2030", "by 2031", "2031", "year", "value differs"),
        ("le 4 novembre 2013", "on November 5, 2013", "November 5, 2013", "date", "day does not match"),
        ("le 4 novembre 2013", "on November 4, 2014", "November 4, 2014", "date", "year does not match"),
        ("le 4 novembre 2013", "on 4 December 2013", "4 December 2013", "date", "absent"),
        ("cinq milliards d'euros par an", "six billion euros a year", "six billion euros", "amount", "value differs"),
        ("la France investit trois fois moins", "France invests four times less", "four times", "number", "differs"),
        (
            "un chiffre d'affaires de 1,36 milliard d'euros",
            "revenue of €1.37 billion",
            "€1.37 billion",
            "amount",
            "differs",
        ),
        (
            "un chiffre d'affaires de 1,36 milliard d'euros",
            "revenue of €13.6 billion",
            "€13.6 billion",
            "amount",
            "differs",
        ),
        ("une perte de 2,47 milliards d'euros", "a loss of €2 billion", "€2 billion", "amount", "value differs"),
        ("Un sondage auprès de 1 357 personnes", "a poll of 1,358 people", "1,358", "number", "value differs"),
        ("Elle est arrivée 66e", "she finished 67th", "67th", "ordinal", "value differs"),
        ("à 22 h 08", "at 10:18 p.m.", "10:18 p.m.", "time", "differs"),
        ("deux tiers des Français", "three quarters of the French", "three quarters", "number", "differs"),
        ("à une hauteur de 83 mètres", "a height of 38 meters", "38 meters", "number", "differs"),
        ("le fleuve est long de 6 387 km", "the river is 3,780 miles long", "3,780 miles", "number", "differs"),
        ("La tempête a tué 12 personnes.", "The storm killed 12 people and injured 40.", "40", "number", "differs"),
        ("La tempête a fait des dégâts.", "The storm injured 40 people.", "40", "number", "absent"),
        ("La tempête a tué 12 personnes.", "The storm killed 12 people on 3 May.", "3 May", "date", "absent"),
        ("Il y avait environ 40 détenus.", "About 41 inmates were there.", "41", "number", "differs"),
        (
            "Le Vatican compte environ 800 habitants.",
            "The Vatican has around 830 inhabitants.",
            "830",
            "number",
            "differs",
        ),
        ("2,5 millions d'habitants", "25 million inhabitants", "25 million", "number", "value differs"),
        ("2,5 millions d'habitants", "2.5 billion inhabitants", "2.5 billion", "number", "value differs"),
        ("34 % des personnes interrogées", "43 per cent of those polled", "43 per cent", "percentage", "differs"),
        (
            "une baisse de 3 points de pourcentage",
            "a fall of 4 percentage points",
            "4 percentage points",
            "percentage",
            "differs",
        ),
        ("une ville située à 50 kilomètres", "a city 13 miles away", "13 miles", "number", "differs"),
        ("le taux de chômage a reculé de 0,5 point", "unemployment fell 0.5%", "0.5%", "percentage", "unit differs"),
    ],
)
def test_changed_figures_are_flagged(source: str, output: str, text: str, kind: str, words: str) -> None:
    flags = check(source, output, "fr", "en")
    assert [(f.text, f.kind) for f in flags] == [(text, kind)]
    assert words in flags[0].reason
    assert output[flags[0].start : flags[0].end] == text


@pytest.mark.parametrize(
    ("source", "good", "bad", "lang"),
    [
        ("Mistral a levé 385 millions d'euros en décembre.", "Mistral a levé 385 M€.", "Mistral a levé 358 M€.", "fr"),
        ("Le comité a présenté 25 propositions.", "Les vingt-cinq propositions.", "Les 26 propositions.", "fr"),
        ("The company raised $2.5 billion in 2013.", "It raised $2.5bn in 2013.", "It raised $2.5bn in 2012.", "en"),
        ("Sales grew 12.5% to 4,200 units.", "Sales grew 12.5%.", "Sales grew 1.25%.", "en"),
    ],
)
def test_same_language_summaries(source: str, good: str, bad: str, lang: str) -> None:
    assert check(source, good, lang, lang) == []
    flags = check(source, bad, lang, lang)
    assert len(flags) == 1
    assert flags[0].text in bad and flags[0].text not in good


@pytest.mark.parametrize(
    ("source", "output", "text", "source_text"),
    [
        (
            "une ville située à 50 kilomètres de Buenos Aires",
            "a city 31 miles from Buenos Aires",
            "31 miles",
            "50 kilomètres",
        ),
        ("ils pesaient plus de 450 kg", "they weighed in excess of 1,000 pounds", "1,000 pounds", "450 kg"),
        ("à environ 28000 km/h", "at approximately 17,500 miles per hour", "17,500 miles per hour", "28000 km/h"),
        ("des températures de 30 °C", "temperatures of 86°F", "86°F", "30 °C"),
    ],
)
def test_unit_conversions_the_translator_did_are_flagged(source: str, output: str, text: str, source_text: str) -> None:
    """Issue 11: a converted figure is a changed figure; the flag names the source figure to check against."""
    [flag] = check(source, output)
    assert (flag.text, flag.code, flag.source_text) == (text, "unit_conversion", source_text)
    assert "unit converted" in flag.reason


def test_percentage_supported_only_by_a_plain_number_is_a_unit_mismatch() -> None:
    [flag] = check("Le chômage touche 7 millions de personnes et 5 régions.", "Unemployment hit 5%.")
    assert (flag.text, flag.kind, flag.code) == ("5%", "percentage", "unit_mismatch")
    assert "not as a percentage" in flag.reason
    assert flag.source_text == "5"


def test_currency_mismatch_names_both_currencies() -> None:
    [flag] = check("une levée de 385 millions d'euros", "a $385 million round")
    assert flag.code == "currency_mismatch"
    assert "euros" in flag.reason.lower() or "EUR" in flag.reason
    assert flag.source_text == "385 millions d'euros"


def test_a_plain_number_is_supported_by_a_source_amount() -> None:
    assert check("une levée de 385 millions d'euros", "the 385 investors") == []
    assert flagged("une levée de 385 millions d'euros", "the 386 investors") == [("386", "number")]


def test_dates_need_the_day_and_month_of_the_source() -> None:
    source = "Les paralympiques se tiendront du 24 août au 5 septembre 2021."
    assert check(source, "The Paralympics run from 24 August to 5 September 2021.") == []
    assert check(source, "The Paralympics run from August 24 to September 5.") == []
    assert flagged(source, "The Paralympics run from 25 August to 5 September 2021.") == [("25 August", "date")]
    assert flagged(source, "The Paralympics end on 5 September 2022.") == [("5 September 2022", "date")]


def test_numeric_dates_accept_either_day_month_order() -> None:
    assert check("le 04/11/2013", "on November 4, 2013") == []
    assert flagged("le 04/11/2013", "on November 5, 2013") == [("November 5, 2013", "date")]


# ------------------------------------------------------------------------------------------ example


def test_example_article_correct_summary_has_no_flags(example_article: str) -> None:
    assert len([f for f in extract(SUMMARY, "en") if f.checked]) >= 10
    assert check(example_article, SUMMARY) == []
    assert check(ARTICLE, SUMMARY) == []


@pytest.mark.parametrize(
    ("right", "wrong", "kind"),
    [
        ("$2 billion", "$3 billion", "amount"),
        ("€385 million", "€358 million", "amount"),
        ("€15 million", "€50 million", "amount"),
        ("0.3%", "0.5%", "percentage"),
        ("2030", "2031", "year"),
        ("€400 billion", "€400 million", "amount"),
        ("€500 million", "$500 million", "amount"),
        ("25 proposals", "35 proposals", "number"),
        ("five billion euros", "five million euros", "amount"),
        ("for five years", "for six years", "number"),
        ("three times", "four times", "number"),
    ],
)
def test_example_article_wrong_figure_is_named(example_article: str, right: str, wrong: str, kind: str) -> None:
    assert right in SUMMARY
    output = SUMMARY.replace(right, wrong, 1)
    flags = check(example_article, output)
    assert len(flags) == 1
    assert flags[0].kind == kind
    assert output[flags[0].start : flags[0].end] in wrong
    assert flags[0].text.split()[0] in wrong


# ------------------------------------------------------------------------------------------ API


def test_flag_to_dict_is_json_serialisable() -> None:
    flags = check(ARTICLE, "On 4 November 2013 Mistral raised $3 billion, 0.5% of GDP.")
    assert {f.kind for f in flags} == {"date", "amount", "percentage"}
    for flag in flags:
        data = json.loads(json.dumps(flag.to_dict()))
        assert {"text", "kind", "reason", "start", "end"} <= set(data)
        assert data["text"] == flag.text
    assert json.loads(json.dumps(flags[0].to_dict()))["value"] == [2013, 11, 4]


def test_fact_and_flag_are_frozen() -> None:
    fact = extract("385 millions d'euros", "fr")[0]
    flag = check("385 millions d'euros", "€358 million")[0]
    assert isinstance(fact, Fact) and isinstance(flag, Flag)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fact.value = 1.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        flag.reason = ""  # type: ignore[misc]


def test_language_codes_are_normalised() -> None:
    assert facts("1,000 people", "EN")[0][2] == 1000.0
    assert facts("1,000 personne", "fra")[0][2] == 1.0


# ------------------------------------------------------------------------------------------ FLORES sample


def _load_eval():
    spec = importlib.util.spec_from_file_location("eval_facts", ROOT / "scripts" / "eval_facts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _flores_pairs() -> list[tuple[str, str]]:
    fra = (DATA / "flores200_sample.fra").read_text(encoding="utf-8").splitlines()
    eng = (DATA / "flores200_sample.eng").read_text(encoding="utf-8").splitlines()
    return list(zip(fra, eng, strict=True))


def test_flores_human_translations_raise_no_false_alarm() -> None:
    pairs = _flores_pairs()
    assert len(pairs) >= 30
    # Unit conversions the translator did are flagged by design (issue 11): genuine changes, not false alarms.
    alarms = [
        (eng, flags) for fra, eng in pairs if (flags := [f for f in check(fra, eng) if f.code != "unit_conversion"])
    ]
    assert alarms == []
    assert any(f.code == "unit_conversion" for fra, eng in pairs for f in check(fra, eng))


def test_flores_perturbed_references_are_flagged_on_the_changed_figure() -> None:
    evaluation = _load_eval()
    rng = random.Random(0)
    total = hits = 0
    for fra, eng in _flores_pairs():
        for make in evaluation.PERTURBATIONS.values():
            result = make(eng, rng)
            if result is None:
                continue
            text, a, b = result
            total += 1
            hits += any(f.start < b and f.end > a for f in check(fra, text))
    assert total >= 50
    assert hits / total >= 0.95


def test_eval_script_prints_rates_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    evaluation = _load_eval()
    args = ["--fra", str(DATA / "flores200_sample.fra"), "--eng", str(DATA / "flores200_sample.eng"), "--show", "2"]
    assert evaluation.main(args) == 0
    out = capsys.readouterr().out
    summary = json.loads(out.strip().splitlines()[-1])
    assert summary["pairs"] == len(_flores_pairs())
    assert summary["false_alarm_rate"] <= 0.02
    assert summary["detection_rate"] >= 0.95
    assert set(summary["per_type"]) >= {"digit", "decimal", "year"}
    assert "false alarms:" in out and "detection:" in out


def test_shift_decimal_moves_the_separator() -> None:
    shift = _load_eval().shift_decimal
    assert shift("2.5", 1) == "25"
    assert shift("2.5", -1) == "0.25"
    assert shift("25", -1) == "2.5"
    assert shift("1,400", 1) == "14,000"
    assert shift("1,400", -1) == "140"


def test_eval_script_never_prints_the_failures_of_the_report_set(capsys: pytest.CaptureFixture[str]) -> None:
    evaluation = _load_eval()
    sample = (DATA / "flores200_sample.fra", DATA / "flores200_sample.eng")
    evaluation.SETS["newstest2013"] = sample  # the report set, read from the test sample
    assert evaluation.main(["--data", "newstest2013", "--show", "50"]) == 0
    out = capsys.readouterr().out
    assert "set: newstest2013" in out and "ms per pair" in out
    assert "[false alarm]" not in out and "[missed" not in out
    assert json.loads(out.strip().splitlines()[-1])["data"] == "newstest2013"


def test_eval_script_rejects_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        _load_eval().main(["--fra", str(tmp_path / "missing.fra"), "--eng", str(DATA / "flores200_sample.eng")])
    assert exit_info.value.code == 2
    assert "no such file" in capsys.readouterr().err
