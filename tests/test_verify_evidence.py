"""``summarizer verify`` across languages with no model: what survives translation besides words
(punctuation, numbers written in digits or in words) decides which article sentence an English
sentence comes from, when its words alone do not. Examples written for these tests."""

from __future__ import annotations

import pytest

from summarizer import verify
from summarizer.stages.crosslingual import number_words

COUNCIL = (
    "Le maire a présenté le budget de la ville mardi devant le conseil municipal. "
    "Il a ensuite quitté la salle sans un mot. "
    "Elle a ri. "
    "« C'est nul ! », a lancé un élu. "
    "Qui est-elle vraiment ? "
    "Les travaux commenceront au printemps prochain."
)


def _first_evidence(article: str, summary: str) -> tuple[int, bool]:
    result = verify(article, summary, source_language="fr", summary_language="en")
    (sentence,) = result.sentences
    return sentence.evidence[0].index, sentence.supported


@pytest.mark.parametrize(
    ("summary", "source"),
    [
        ('"It is bad!" shouted one councillor.', "« C'est nul ! », a lancé un élu."),  # quotes, exclamation
        ("Who is she?", "Qui est-elle vraiment ?"),  # a question: no content word at all
    ],
)
def test_punctuation_that_survives_translation_finds_the_sentence(summary: str, source: str) -> None:
    result = verify(COUNCIL, summary, source_language="fr", summary_language="en")
    (sentence,) = result.sentences
    assert result.article_sentences[sentence.evidence[0].index] == source
    assert sentence.supported and result.supported


ARRESTS = (
    "Huit personnes ont été arrêtées par la police. "
    "Cinq personnes ont été arrêtées par la police. "
    "Le procès aura lieu en juin."
)


@pytest.mark.parametrize(
    ("summary", "index"),
    [
        ("5 people were arrested by the police.", 1),  # digits for a French number word
        ("Five people were arrested by the police.", 1),
        ("Eight people were arrested by the police.", 0),
    ],
)
def test_a_number_in_digits_or_words_picks_the_sentence_with_that_number(summary: str, index: int) -> None:
    assert _first_evidence(ARRESTS, summary) == (index, True)


def test_number_words_come_from_num2words_for_each_language() -> None:
    assert number_words("fr")["cinq"] == number_words("en")["five"] == "5"
    assert number_words("de")["zwolf"] == "12"  # folded: "zwölf"
    assert "un" not in number_words("fr") and "one" not in number_words("en")  # also an article
    assert number_words("xx") == {}


@pytest.mark.parametrize(
    ("summary", "index"), [("But the banks lost the game.", 1), ("And the banks lost the game.", 0)]
)
def test_function_words_the_lexicon_renders_decide_between_like_sentences(summary: str, index: int) -> None:
    article = "Et les banques ont perdu la partie. Mais les banques ont perdu la partie. Le procès aura lieu en juin."
    assert _first_evidence(article, summary) == (index, True)


def test_a_sentence_of_another_article_stays_unsupported() -> None:
    result = verify(ARRESTS, "The central bank raised its interest rates again.", source_language="fr")
    assert not result.supported and [f.category for f in result.flags] == ["unsupported"]
