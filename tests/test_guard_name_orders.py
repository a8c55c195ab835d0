"""The name guard on acronyms in another word order, organisations named in English words, and surnames before
a lower-case word (sentences written for these tests): a correct rendering passes, a swapped name is flagged."""

from __future__ import annotations

import pytest

from summarizer import entities


def flagged(source: str, output: str) -> list[str]:
    return [f.text for f in entities.check(source, output, source_lang="fr", output_lang="en")]


@pytest.mark.parametrize(
    ("source", "output"),
    [
        # an acronym of the translated words in another order than the French (neither the same nor the reverse)
        ("L'Agence nordique des semences a approuvé la variété.", "The NSA approved the variety."),
        # the expansion of the source's acronym, its words in the English order
        ("La BNI prête à Accra.", "The Nordic Investment Bank lends to Accra."),
        # an English newspaper's name opening with a day, written as in the source
        ("Le Sunday Times a révélé l'affaire.", "The Sunday Times revealed the affair."),
        # the English words for what a named person has
        ("Le lycée de Kwame Mensah a fermé.", "Kwame Mensah's Grammar School closed."),
        # adjectives before their noun, written otherwise in French
        ("Les rites chrétiens subsistent à Kumasi.", "Christian rites survive in Kumasi."),
        ("« Il a dégagé le palet et Mensah a marqué. »", '"He cleared the puck and Mensah went on to score."'),
        # an ordinary word opening a sentence, even one French writes too
        ("Le chiffre d'affaires atteint 385 millions d'euros.", "Revenue reached €385 million."),
        ("Le bénéfice a progressé de 4 %.", "Profit rose 4%."),
    ],
)  # fmt: skip
def test_correct_renderings_pass(source: str, output: str) -> None:
    assert flagged(source, output) == []


@pytest.mark.parametrize(
    ("source", "output", "name"),
    [
        ("L'Agence nordique des semences a approuvé la variété.", "The NFA approved the variety.", "NFA"),
        # letters of words that "et" separates are not one name's acronym
        ("La chaîne privée a invité Bakari et d'autres chanteurs célèbres.",
         "The private channel BAC invited Bakari and other famous singers.", "BAC"),
        ("La BNI prête à Accra.", "The Nordic Development Bank lends to Accra.", "Nordic Development Bank"),
        # an organisation's name of English words, a day first
        ("Le journal Le Monde a révélé l'affaire.", "The Sunday Times revealed the affair.", "Sunday Times"),
        # a surname before a lower-case word: one French writes too, or one English does not know
        ("« Il a dégagé le palet et Mensah a marqué. »", '"He cleared the puck and Monti went on to score."', "Monti"),
        ("« Il a dégagé le palet et Mensah a marqué. »", '"He cleared the puck and Osei went on to score."', "Osei"),
    ],
)  # fmt: skip
def test_swapped_names_are_flagged(source: str, output: str, name: str) -> None:
    assert name in flagged(source, output)
