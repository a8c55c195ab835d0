"""Sentence offsets and character filters, as fast paths that must say what the slow ones said."""

from __future__ import annotations

import unicodedata

from summarizer.text.chars import without_controls, without_marks
from summarizer.text.clean import normalize_text
from summarizer.text.sentences import split_sentences


def test_repeated_sentences_get_their_own_offsets():
    text = "Il pleut.  Il pleut. Le match est reporté à dimanche.\tIl pleut."
    sentences = split_sentences(text, "fr")
    assert [s.text for s in sentences] == ["Il pleut.", "Il pleut.", "Le match est reporté à dimanche.", "Il pleut."]
    assert [text[s.start : s.end] for s in sentences] == [s.text for s in sentences]
    assert [s.start for s in sentences] == [0, 11, 21, 54]


def test_offsets_skip_leading_spaces_and_keep_abbreviations():
    text = "  M. Dupont a signé. Mme Durand aussi, à 10 h 30."
    sentences = split_sentences(text, "fr")
    assert [s.text for s in sentences] == ["M. Dupont a signé.", "Mme Durand aussi, à 10 h 30."]
    assert [text[s.start : s.end] for s in sentences] == [s.text for s in sentences]


def test_marks_are_dropped_and_letters_kept():
    decomposed = unicodedata.normalize("NFD", "Élysée, Ærø, naïve, ça")
    assert without_marks(decomposed) == "Elysee, Ærø, naive, ca"
    assert without_marks("plain text") == "plain text"


def test_controls_are_dropped_but_line_breaks_kept():
    assert without_controls("a\u200bb\x07c\nd\ue000e") == "abc\nde"
    assert normalize_text("Le\u200b prix\x00 monte.\n\nIl baisse.") == "Le prix monte.\n\nIl baisse."
