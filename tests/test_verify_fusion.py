"""verify: a summary sentence may join what distant article sentences say. A figure found only outside
the sentence's evidence (and its neighbours) is its own when the sentence also says what the article
sentence giving that figure says (two content words or more); otherwise it is flagged ``elsewhere``."""

from __future__ import annotations

import pytest

from summarizer.verify import verify

# An article written for this test: eight sentences, the head count far from the results.
ARTICLE = "\n\n".join(
    [
        "Le groupe Valmont a présenté jeudi ses résultats annuels à Lyon.",
        "Son chiffre d'affaires a progressé de 6 % sur l'année.",
        "Le directeur général, Paul Mercier, a salué le travail des équipes.",
        "Les usines de la région ont embauché des techniciens.",
        "Le carnet de commandes reste solide selon les analystes.",
        "Par ailleurs, l'entreprise compte 4 200 employés sur ses sites industriels.",
        "Une nouvelle usine ouvrira en Pologne l'an prochain.",
        "Les syndicats demandent des hausses de salaires.",
    ]
)
OPENING = (
    "Le groupe Valmont, dont le directeur général Paul Mercier a salué les équipes, a présenté jeudi à Lyon "
    "un chiffre d'affaires en progression de 6 % et "
)


def test_a_sentence_fusing_a_distant_sentence_keeps_that_sentences_figure() -> None:
    result = verify(ARTICLE, OPENING + "compte 4 200 employés.", source_language="fr", summary_language="fr")
    assert 5 not in [e.index for e in result.sentences[0].evidence]  # three closer sentences fill the evidence
    assert result.flags == [] and result.supported


@pytest.mark.parametrize("ending", ["compte 4 200 usines.", "compte 4 300 employés."])
def test_a_figure_from_elsewhere_without_its_sentence_or_changed_is_flagged(ending: str) -> None:
    result = verify(ARTICLE, OPENING + ending, source_language="fr", summary_language="fr")
    assert [(f.category, f.text) for f in result.flags] == [("figure", ending.split(" ", 1)[1].rsplit(" ", 1)[0])]
    assert not result.supported
