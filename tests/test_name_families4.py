"""The name guard and ``summarizer verify`` on three more families (sentences written for these tests):
a name swapped for an ordinary word opening the sentence, a misspelt common word inside a name, and
the guard's reworded flags returned rather than changed in place. Each family passes a correct
translation and flags a changed one."""

from __future__ import annotations

import pytest

from summarizer import entities
from summarizer.guard.candidates import in_title
from summarizer.guard.spelling import misspelt
from summarizer.verify import verify


def flagged(source: str, output: str) -> list[str]:
    return [f.text for f in entities.check(source, output, source_lang="fr", output_lang="en")]


# ---------------------------------------------------------------- a name swapped for a word opening a sentence


@pytest.mark.parametrize(
    ("source", "right", "wrong", "word"),
    [
        ("Peugeot a vendu trois millions de scooters.", "Peugeot sold three million scooters.",
         "Harvest sold three million scooters.", "Harvest"),
        ("Kofi Mensah a quitté le club samedi.", "Kofi Mensah left the club on Saturday.",
         "Garden left the club on Saturday.", "Garden"),
        ("« Le Portugal a dominé le match », dit-il.", "\"Portugal dominated the match,\" he said.",
         "\"Kitchen dominated the match,\" he said.", "Kitchen"),
    ],
)  # fmt: skip
def test_a_word_opening_the_sentence_in_place_of_the_source_name_is_flagged(
    source: str, right: str, wrong: str, word: str
) -> None:
    assert flagged(source, right) == []
    assert flagged(source, wrong) == [word]


@pytest.mark.parametrize(
    ("source", "output"),
    [
        # the source opens with an ordinary word: an English opening word is never a name there
        ("Le chiffre d'affaires a atteint 385 millions d'euros.", "Revenue reached €385 million."),
        ("Le chiffre d'affaires de Peugeot a atteint 385 millions d'euros.", "Revenue at Peugeot reached €385 million."),
        # the opening word renders the source's (a cognate, a lexicon rendering)
        ("Peugeot, constructeur automobile, a publié ses comptes.", "Carmaker Peugeot published its accounts."),
        ("La société Peugeot a publié ses comptes.", "Company Peugeot published its accounts."),
        # a pronoun or a function word opens the translation
        ("Kofi Mensah a quitté le club samedi.", "He left the club on Saturday."),
        # sentences that do not pair one to one are left alone
        ("Peugeot a vendu des scooters. Il en vend encore.", "Scooters sold well."),
    ],
)  # fmt: skip
def test_an_ordinary_word_opening_a_correct_translation_passes(source: str, output: str) -> None:
    assert flagged(source, output) == []


ARTICLE = (
    "Le constructeur Peugeot a présenté ses résultats jeudi à Sochaux.\n\n"
    "Peugeot a vendu trois millions de scooters l'an dernier, selon le communiqué.\n\n"
    "Le chiffre d'affaires a atteint 12 milliards d'euros.\n\n"
    "Le directeur, Kofi Mensah, s'est dit satisfait de ces chiffres."
)


def _verify(summary: str):
    return verify(ARTICLE, summary, source_language="fr", summary_language="en")


def test_verify_flags_a_word_opening_a_summary_sentence_where_its_article_sentence_opens_with_a_name() -> None:
    right = _verify("Peugeot sold three million scooters last year, according to the statement.")
    wrong = _verify("Harvest sold three million scooters last year, according to the statement.")
    assert right.flags == [] and right.supported
    assert [(f.category, f.text, f.source_text) for f in wrong.flags] == [("entity", "Harvest", "Peugeot")]
    assert not wrong.supported


def test_verify_leaves_an_ordinary_word_opening_a_faithful_summary_alone() -> None:
    result = _verify("Revenue reached 12 billion euros.")
    assert result.flags == [] and result.supported


# ---------------------------------------------------------------- a common word misspelt inside a name


@pytest.mark.parametrize(
    ("source", "right", "wrong", "name"),
    [
        ("La Ligue arabe se réunit à Tunis.", "The Arab Laegue meets in Tunis.",
         "The Asian League meets in Tunis.", "Asian League"),
        ("La Commission nationale des sports a voté.", "The National Sports Comission voted.",
         "The National Sports Kommando voted.", "National Sports Kommando"),
    ],
)  # fmt: skip
def test_a_misspelt_common_word_in_a_name_passes_and_a_swapped_name_does_not(
    source: str, right: str, wrong: str, name: str
) -> None:
    assert flagged(source, right) == []
    assert flagged(source, wrong) == [name]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("laegue", "league"), ("comission", "commission"), ("adress", "address"), ("peugeot", None), ("monti", None),
     ("mensah", None), ("boeing", None)],
)  # fmt: skip
def test_misspelt_reads_one_letter_changes_of_frequent_words_only(word: str, expected: str | None) -> None:
    assert misspelt(word) == expected


# ---------------------------------------------------------------- helpers


def test_in_title_tells_a_span_inside_a_title_phrase() -> None:
    titles = [(4, 30)]
    assert in_title(4, 12, titles) and in_title(20, 30, titles)
    assert not in_title(2, 12, titles) and not in_title(25, 31, titles) and not in_title(0, 3, [])
