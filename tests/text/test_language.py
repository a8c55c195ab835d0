"""Language detection on short texts and on texts in languages the tool does not handle."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli.main import main
from summarizer.errors import InputError
from summarizer.stages.prepare import prepare_article
from summarizer.text.language import DETECTABLE, UNSUPPORTED_MIN_LETTERS, detect_language
from summarizer.verify import verify

# One-line summaries full of names: trigrams alone read them as Spanish, Finnish, Norwegian, German...
SHORT = [
    ("fr", "Mistral AI a levé 1,7 milliard d'euros."),
    ("fr", "Carlos Tavares quitte Stellantis en juin."),
    ("fr", "Orange vise 42 milliards d'euros en 2027."),
    ("en", "Renault sells 2.3 million cars and Stellantis 5.5 million."),
    ("en", "Airbus delivered 735 planes in 2023."),
    ("en", "BNP Paribas posted a record profit."),
]

# Paragraphs written for these tests, in languages outside DETECTABLE.
OTHER = {
    "eo": (
        "Hieraŭ la registaro anoncis novan planon por la ekonomio de la lando. Laŭ la ministro de financoj, "
        "la kresko atingos tri procentojn venontan jaron, kaj la senlaboreco malkreskos iom post iom. La "
        "opozicio kritikis la planon kaj diris, ke ĝi ne sufiĉas por helpi la familiojn, kiuj suferas pro la "
        "altaj prezoj de energio kaj manĝaĵoj."
    ),
    "sw": (
        "Serikali imetangaza jana mpango mpya wa kukuza uchumi wa nchi nzima. Kwa mujibu wa waziri wa fedha, "
        "uchumi utakua kwa asilimia tano mwaka ujao, na ukosefu wa ajira utapungua polepole. Wapinzani "
        "wamekosoa mpango huo wakisema hautoshi kusaidia familia zinazoteseka kutokana na bei za juu za "
        "chakula na nishati."
    ),
    "la": (
        "Heri senatus novum consilium de aerario publico proposuit. Consul dixit vectigalia crescere debere, "
        "ut exercitus et viae publicae reficerentur. Tribuni plebis autem contra dixerunt populum iam nimis "
        "oneratum esse, neque pecuniam sine iniuria colligi posse, et legem in proximum annum differri "
        "iusserunt."
    ),
}

FRENCH = (
    "Le constructeur a annoncé mardi la suppression de 1 200 postes en Europe, dont 400 en France. "
    "La direction explique cette décision par la baisse des ventes de voitures électriques depuis le début "
    "de l'année. Les syndicats dénoncent un plan brutal et appellent à la grève jeudi dans les usines du "
    "groupe. Le titre a reculé de 3 % à la Bourse de Paris."
)


@pytest.mark.parametrize(("language", "text"), SHORT)
def test_a_short_summary_is_read_in_its_own_language(language, text):
    assert detect_language(text, expected=("fr", "en")).language == language


@pytest.mark.parametrize("code", sorted(OTHER))
def test_a_paragraph_in_another_language_is_named(code):
    detection = detect_language(OTHER[code])
    assert code not in DETECTABLE and detection.unsupported == code
    assert "does not handle" in detection.unsupported_message()


def test_french_and_english_news_paragraphs_are_not_called_unsupported():
    english = (
        "The carmaker announced on Tuesday that it would cut 1,200 jobs in Europe, 400 of them in France. "
        "Management blamed falling sales of electric cars since the start of the year. Unions denounced a "
        "brutal plan and called a strike on Thursday at the group's plants. The shares fell 3% in Paris."
    )
    for text, language in ((FRENCH, "fr"), (english, "en")):
        detection = detect_language(text)
        assert detection.language == language and detection.unsupported is None
    assert len(english) > UNSUPPORTED_MIN_LETTERS


def test_an_article_in_another_language_is_refused_in_one_line():
    with pytest.raises(InputError, match=r"looks like Esperanto \(eo\).*--source-language"):
        prepare_article(OTHER["eo"], name="article")
    prepare_article(OTHER["eo"], name="article", language="fr")  # the user's word wins


@pytest.mark.parametrize(
    ("article", "summary", "needle"),
    [
        (OTHER["sw"], "Le gouvernement prévoit une croissance de 5 %.", "Swahili (sw)"),
        (FRENCH, OTHER["la"], "Latin (la)"),
    ],
)
def test_verify_refuses_a_text_in_another_language_with_exit_1(tmp_path: Path, capsys, article, summary, needle):
    path = tmp_path / "article.txt"
    path.write_text(article, encoding="utf-8")
    assert main(["verify", str(path), "--summary-text", summary]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1 and needle in captured.err


def test_verify_reads_a_one_line_french_summary_as_french():
    result = verify(FRENCH, "Le constructeur supprime 1 200 postes en Europe.")
    assert result.summary_language == "fr" and result.supported


# One-line summaries written for these tests, in languages outside DETECTABLE: under a paragraph, so
# the short-text rule (French, English or expected) would otherwise read them as one of those.
OTHER_LINES = {
    "eo": "La registaro promesis novan subtenon al la kamparanoj post la seka somero.",
    "sw": "Benki kuu imeamua kupunguza riba ili kusaidia biashara ndogo nchini.",
    "is": "Ríkisstjórnin lofaði bændum nýjum stuðningi eftir þurrt sumar.",
    "cy": "Mae'r llywodraeth wedi addo arian newydd i ysgolion yng nghefn gwlad.",
}


@pytest.mark.parametrize("code", sorted(OTHER_LINES))
def test_a_one_line_summary_in_another_language_is_named(code):
    detection = detect_language(OTHER_LINES[code], expected=("fr", "en"))
    assert detection.unsupported == code


@pytest.mark.parametrize(
    "text",
    [
        "La principale religion du pays reste le catholicisme romain.",
        "Coronavirus : la mairie ouvre un centre de dépistage gratuit",
        "LaBelle praised the new mayor of Sacramento on Tuesday.",
        "In principle the reform is simple: taxes fall and spending too.",
    ],
)
def test_short_french_and_english_lines_with_latin_looking_words_are_not_refused(text):
    assert detect_language(text, expected=("fr", "en")).unsupported is None


def test_verify_refuses_a_one_line_summary_in_another_language_with_exit_1(tmp_path: Path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(FRENCH, encoding="utf-8")
    assert main(["verify", str(path), "--summary-text", OTHER_LINES["eo"]]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1 and "Esperanto (eo)" in captured.err
    assert main(["verify", str(path), "--summary-text", OTHER_LINES["eo"], "--summary-language", "fr"]) == 4
