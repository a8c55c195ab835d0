"""Pure-text tools on real article text: cleaning, sentences, chunking, language detection."""

from __future__ import annotations

import pytest

from summarizer.text.chunking import pack_chunks
from summarizer.text.clean import clean_article, normalize_text
from summarizer.text.language import detect_language
from summarizer.text.sentences import join_paragraphs, split_paragraph_sentences, split_sentences


def test_example_article_boilerplate_is_removed(example_article):
    cleaned = clean_article(example_article)
    text = cleaned.text
    assert not text.startswith("date"), "the leading 'date 2024-03' stamp must go"
    assert text.startswith("Les vents sont toujours aussi favorables")
    assert "Lire aussi" not in text
    assert "(Avec AFP)" not in text
    assert len([r for r in cleaned.removed if r.startswith("Lire aussi")]) == 3
    # The article's own content, figures included, is kept.
    for kept in (
        "385 millions d'euros",
        "0,3% des dépenses publiques",
        "cinq milliards d'euros",
        "Sollicités par l'AFP",
    ):
        assert kept in text


def test_example_article_headings_are_detected(example_article):
    cleaned = clean_article(example_article)
    headings = [cleaned.paragraphs[i] for i in sorted(cleaned.headings)]
    assert "Un partenariat en cours avec Microsoft surveillé par la Commission européenne" in headings
    assert all(not h.endswith(".") for h in headings)


@pytest.mark.parametrize(
    "line",
    [
        "Lire aussi : Le CAC 40 termine en hausse",
        "À lire aussi Les banques centrales face à l'inflation",
        "LIRE AUSSI - Renault accélère",
        "(Avec AFP)",
        "Avec Reuters",
        "Source : AFP",
        "Photo : Ludovic Marin / AFP",
        "Crédit photo : Reuters",
        "© Getty Images",
        "Par Jean-Marc Vittori",
        "Publié le 12 mars 2024 à 10h30",
        "Read also: Markets rally",
    ],
)
def test_boilerplate_lines_are_removed(line):
    body = "La Banque centrale européenne a relevé ses taux de 0,25 point jeudi, pour la dixième fois d'affilée."
    cleaned = clean_article(f"{line}\n\n{body}\n\n{line}")
    assert cleaned.paragraphs == [body]
    assert line.strip() in [r.strip() for r in cleaned.removed]


def test_dateline_and_trailing_credit_are_stripped():
    cleaned = clean_article("PARIS (AFP) - Le chômage a reculé de 0,2 point au troisième trimestre. (Avec AFP)")
    assert cleaned.paragraphs == ["Le chômage a reculé de 0,2 point au troisième trimestre."]


def test_all_caps_heading_becomes_sentence_case_and_keeps_acronyms():
    cleaned = clean_article(
        "LA BCE RELÈVE ENCORE SES TAUX DIRECTEURS\n\nLa hausse était attendue par les marchés financiers européens."
    )
    assert cleaned.paragraphs[0] == "La BCE relève encore ses taux directeurs"
    assert 0 in cleaned.headings


def test_shouting_words_inside_sentences_are_calmed():
    cleaned = clean_article("Le groupe TOTALENERGIES a publié un bénéfice record de 20 milliards de dollars en 2023.")
    assert "TotalEnergies".lower() in cleaned.paragraphs[0].lower()
    assert "TOTALENERGIES" not in cleaned.paragraphs[0]


def test_normalize_spaces_quotes_and_invisible_characters():
    raw = "Le\u00a0titre\u202fa pris 3,5\u00a0%\u200b à «\u00a0l’ouverture\u00a0» \u2026\r\nFin"
    assert normalize_text(raw) == "Le titre a pris 3,5 % à « l'ouverture » ...\nFin"


def test_scraper_cut_tail_is_dropped():
    para = "Le groupe a levé 385 millions d'euros en décembre. Les Américains Nvidia et Salesforce faisaient part"
    cleaned = clean_article(para)
    assert cleaned.paragraphs == ["Le groupe a levé 385 millions d'euros en décembre."]
    assert "Les Américains Nvidia et Salesforce faisaient part" in cleaned.removed


def test_french_sentences_keep_abbreviations_numbers_and_quotes():
    text = (
        "M. Dupont et Mme Durand ont rencontré le Dr Martin. La hausse atteint 0,3% en 2024, soit 1.5 point. "
        "« Nous allons examiner ce partenariat », a déclaré un porte-parole. Le CAC 40 a gagné 2 % vers 15 h 30."
    )
    sentences = [s.text for s in split_sentences(text, "fr")]
    assert sentences == [
        "M. Dupont et Mme Durand ont rencontré le Dr Martin.",
        "La hausse atteint 0,3% en 2024, soit 1.5 point.",
        "« Nous allons examiner ce partenariat », a déclaré un porte-parole.",
        "Le CAC 40 a gagné 2 % vers 15 h 30.",
    ]


def test_sentence_offsets_point_into_the_paragraph(example_article):
    cleaned = clean_article(example_article)
    sentences = split_paragraph_sentences(cleaned.paragraphs, "fr")
    assert len(sentences) > 20
    for s in sentences:
        assert cleaned.paragraphs[s.paragraph][s.start : s.end] == s.text


def test_join_paragraphs_rebuilds_source_and_keeps_alignment(example_article):
    cleaned = clean_article(example_article)
    sentences = split_paragraph_sentences(cleaned.paragraphs, "fr")
    assert join_paragraphs(sentences) == cleaned.paragraphs
    upper = join_paragraphs(sentences, [s.text.upper() for s in sentences])
    assert upper == [p.upper() for p in cleaned.paragraphs]
    with pytest.raises(ValueError):
        join_paragraphs(sentences, ["x"])


def _words(texts):
    return [len(t.split()) for t in texts]


def test_chunks_fit_the_window_keep_order_and_cover_every_sentence(orangesum_sample):
    sentences = [s.text for r in orangesum_sample for s in split_sentences(r["article"], "fr")]
    chunks = pack_chunks(sentences, 120, token_counts=_words(sentences))
    assert len(chunks) > 3
    assert all(c.tokens <= 120 for c in chunks)
    covered = [i for c in chunks for i in range(c.first, c.last + 1)]
    assert covered == sorted(covered)
    assert sorted(set(covered)) == list(range(len(sentences)))
    assert " ".join(c.text for c in chunks) == " ".join(sentences)


def test_chunks_are_balanced_not_full_then_scrap():
    sentences = ["mot " * 10] * 22  # 220 "tokens" into a 100-token window -> 3 chunks of ~74
    chunks = pack_chunks([s.strip() for s in sentences], 100, token_counts=[10] * 22)
    sizes = [c.tokens for c in chunks]
    assert len(chunks) == 3
    assert max(sizes) - min(sizes) <= 10


def test_a_sentence_longer_than_the_window_is_cut_at_word_boundaries():
    long_sentence = " ".join(f"mot{i}" for i in range(300))
    chunks = pack_chunks(["Avant.", long_sentence, "Après."], 100, token_counts=[2, 300, 2])
    assert [c.split_sentence for c in chunks].count(True) >= 3
    assert all(c.tokens <= 100 for c in chunks)
    rebuilt = " ".join(c.text for c in chunks)
    assert rebuilt == "Avant. " + long_sentence + " Après."


def test_pack_chunks_rejects_bad_arguments():
    with pytest.raises(ValueError):
        pack_chunks(["a"], 0, token_counts=[1])
    with pytest.raises(ValueError):
        pack_chunks(["a", "b"], 10, token_counts=[1])
    assert pack_chunks([], 10, token_counts=[]) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le géant technologique japonais serait intéressé par une levée de fonds de la startup française.", "fr"),
        ("The Japanese technology giant is said to be interested in the French startup's next funding round.", "en"),
        ("Der japanische Technologiekonzern will sich an der nächsten Finanzierungsrunde beteiligen.", "de"),
        ("El gigante tecnológico japonés estaría interesado en participar en la próxima ronda de financiación.", "es"),
        ("O gigante tecnológico japonês estaria interessado em participar da próxima rodada de financiamento.", "pt"),
    ],
)
def test_language_detection(text, language):
    assert detect_language(text).language == language


def test_language_detection_needs_enough_letters():
    assert detect_language("2024 - 15 %").language is None


def test_sentences_glued_by_the_scraper_are_separated():
    cleaned = clean_article("Un paquebot a heurté le quai à Venise.Selon la police, personne n'a été blessé.")
    sentences = [s.text for s in split_sentences(cleaned.paragraphs[0], "fr")]
    assert sentences == ["Un paquebot a heurté le quai à Venise.", "Selon la police, personne n'a été blessé."]
