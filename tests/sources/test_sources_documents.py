"""PDF and Word files built from real articles: extraction recovers the article text, in order,
without running headers and footers; scans and broken files get one clear error."""

from __future__ import annotations

import pytest
from make_documents import make_docx, make_pdf, make_scanned_pdf, pdf_safe, sequence_ratio, token_f1
from news_site import load_articles, paragraphs

from summarizer import sources
from summarizer.errors import SourceError
from summarizer.sources.documents import read_docx, read_pdf

HEADER = "COMMUNIQUÉ DE PRESSE — Groupe Exemple SA — Direction de la communication"
ARTICLES = sorted(load_articles(), key=lambda r: len(r["article"]))[3:]  # 260 to 1,016 words


def reference(record: dict, repeat: int = 1) -> tuple[list[str], str]:
    paras = paragraphs(record["article"], 2) * repeat
    return paras, pdf_safe(record["title"] + " " + " ".join(paras))


@pytest.mark.parametrize("record", ARTICLES, ids=lambda r: r["id"])
def test_single_column_pdf_token_f1(record):
    paras, ref = reference(record)
    article = read_pdf(make_pdf(record["title"], paras, author="Service de presse"), "communique.pdf")
    assert token_f1(article.text, ref) >= 0.95
    assert sequence_ratio(article.text, ref) >= 0.95
    assert article.title == pdf_safe(record["title"]).strip() and article.author == "Service de presse"
    assert article.date == "2024-03-12" and article.kind == "pdf"


@pytest.mark.parametrize("record", ARTICLES[-3:], ids=lambda r: r["id"])
def test_repeated_page_headers_and_page_numbers_are_dropped(record):
    paras, ref = reference(record, repeat=2)  # several pages
    article = read_pdf(make_pdf(record["title"], paras, header=HEADER, page_numbers=True), "communique.pdf")
    assert "COMMUNIQUÉ DE PRESSE" not in article.text and "Page 1 /" not in article.text
    assert token_f1(article.text, ref) >= 0.95
    assert sequence_ratio(article.text, ref) >= 0.95


@pytest.mark.parametrize("record", ARTICLES[:3], ids=lambda r: r["id"])
def test_the_page_header_of_a_one_page_release_is_dropped(record):
    """No repetition tells a one-page header from text: its small print in the top margin does."""
    paras, ref = reference(record)
    article = read_pdf(make_pdf(record["title"], paras, header=HEADER), "communique.pdf")
    assert "COMMUNIQUÉ DE PRESSE" not in article.text
    assert token_f1(article.text, ref) >= 0.95


@pytest.mark.parametrize("record", ARTICLES[:3], ids=lambda r: r["id"])
def test_a_title_set_right_above_the_text_is_not_glued_onto_its_first_sentence(record):
    paras, _ = reference(record)
    article = read_pdf(make_pdf(record["title"], paras, header=HEADER, title_gap=0), "communique.pdf")
    first, second = article.text.split("\n\n")[:2]
    assert first == pdf_safe(record["title"]).strip()
    assert second.startswith(pdf_safe(paras[0])[:40])


@pytest.mark.parametrize("record", ARTICLES[-3:], ids=lambda r: r["id"])
def test_two_column_pdf_is_read_column_by_column(record):
    paras, ref = reference(record, repeat=2)
    article = read_pdf(make_pdf(record["title"], paras, columns=2, header=HEADER, page_numbers=True), "deux.pdf")
    assert sequence_ratio(article.text, ref) >= 0.95  # order: left column, then right, page by page
    assert token_f1(article.text, ref) >= 0.95


def test_scanned_pdf_has_a_clear_error():
    with pytest.raises(SourceError, match=r"scan\.pdf has no text layer .*OCR"):
        read_pdf(make_scanned_pdf(), "scan.pdf")


def test_broken_files_have_clear_errors():
    with pytest.raises(SourceError, match="not a PDF"):
        read_pdf(b"<html>not a pdf</html>", "fake.pdf")
    with pytest.raises(SourceError, match="not a readable PDF"):
        read_pdf(b"%PDF-1.7\n" + b"\x00garbage" * 50, "cut.pdf")
    with pytest.raises(SourceError, match=r"not a Word \.docx file"):
        read_docx(b"\xd0\xcf\x11\xe0 old binary doc", "old.docx")
    with pytest.raises(SourceError, match=r"not a readable \.docx"):
        read_docx(b"PK\x03\x04 truncated zip", "cut.docx")


@pytest.mark.parametrize("record", ARTICLES, ids=lambda r: r["id"])
def test_docx_body_text_and_properties(record):
    paras = paragraphs(record["article"], 3)
    article = read_docx(
        make_docx(record["title"], paras, author="Agence", header="Groupe Exemple — confidentiel"), "a.docx"
    )
    assert token_f1(article.text, record["title"] + " " + " ".join(paras)) >= 0.95
    assert "confidentiel" not in article.text
    assert article.title == record["title"].strip() and article.author == "Agence" and article.kind == "docx"


def test_load_reads_pdf_and_docx_files(tmp_path):
    record = ARTICLES[0]
    paras = paragraphs(record["article"], 2)
    (tmp_path / "a.pdf").write_bytes(make_pdf(record["title"], paras))
    (tmp_path / "a.docx").write_bytes(make_docx(record["title"], paras))
    for name in ("a.pdf", "a.docx"):
        article = sources.load(tmp_path / name)
        assert token_f1(article.text, pdf_safe(record["title"] + " " + " ".join(paras))) >= 0.95
    with pytest.raises(SourceError, match="no such file"):
        sources.load(tmp_path / "missing.pdf")
