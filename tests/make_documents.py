"""PDF and Word files built by the tests from real articles (fpdf2, python-docx, Pillow)."""

from __future__ import annotations

import io
import re

# fpdf2's core fonts speak Windows-1252 only: other characters are spelled out the same way in
# the PDF and in the reference text the tests compare with.
_LATIN = {
    "œ": "oe",
    "Œ": "OE",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "–": "-",
    "—": "-",
    "\u202f": " ",
    "\u2009": " ",
}


def pdf_safe(text: str) -> str:
    """``text`` with the characters the PDF core fonts lack replaced."""
    text = "".join(_LATIN.get(ch, ch) for ch in text)
    return text.encode("latin-1", "replace").decode("latin-1")


def make_pdf(
    title: str,
    paragraphs: list[str],
    *,
    columns: int = 1,
    header: str | None = None,
    page_numbers: bool = False,
    author: str | None = None,
    title_gap: float = 4,
) -> bytes:
    """A press-release-like PDF: a title across the page, then the paragraphs in 1 or 2 columns,
    optionally a running header and "Page N / M" footers on every page; ``title_gap`` (mm) is the
    space under the title (0: the first paragraph right under it, as many releases are set)."""
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("Helvetica", "I", 8)
                self.cell(0, 6, pdf_safe(header), align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self) -> None:
            if page_numbers:
                self.set_y(-15)
                self.set_font("Helvetica", "", 8)
                self.cell(0, 8, f"Page {self.page_no()} / {{nb}}", align="C")

    pdf = Doc(format="A4")
    pdf.set_title(pdf_safe(title))
    if author:
        pdf.set_author(pdf_safe(author))
    pdf.set_creation_date(__import__("datetime").datetime(2024, 3, 12, 9, 0, tzinfo=__import__("datetime").UTC))
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, pdf_safe(title), align="L", new_x="LMARGIN", new_y="NEXT")
    if title_gap:
        pdf.ln(title_gap)
    pdf.set_font("Helvetica", "", 11)
    if columns == 1:
        for paragraph in paragraphs:
            pdf.multi_cell(0, 5.5, pdf_safe(paragraph), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    else:
        with pdf.text_columns(ncols=columns, gutter=8, text_align="LEFT") as cols:
            for paragraph in paragraphs:
                cols.write(pdf_safe(paragraph))
                cols.ln()
                cols.ln()
    return bytes(pdf.output())


def make_scanned_pdf() -> bytes:
    """A PDF holding only a picture of a page (no text layer), like a scan."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    image = Image.new("L", (620, 880), 255)
    draw = ImageDraw.Draw(image)
    for y in range(60, 840, 22):  # grey bars standing in for lines of print
        draw.rectangle((50, y, 570 - (y * 7) % 90, y + 9), fill=90)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(buffer.getvalue()), x=10, y=10, w=190)
    return bytes(pdf.output())


def make_docx(title: str, paragraphs: list[str], *, author: str | None = None, header: str | None = None) -> bytes:
    """A Word file: a Title paragraph, the body paragraphs, optional page header; core properties set."""
    import docx

    document = docx.Document()
    document.core_properties.title = title
    if author:
        document.core_properties.author = author
    if header:
        document.sections[0].header.paragraphs[0].text = header
    document.add_heading(title, level=0)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def words(text: str) -> list[str]:
    """Lower-cased ``\\w+`` tokens; soft hyphens (U+00AD, invisible: "autre\\xadment" reads "autrement")
    do not split words."""
    return re.findall(r"\w+", text.replace("\xad", "").lower())


def sequence_ratio(extracted: str, reference: str) -> float:
    """How much of the reference's word sequence the extraction has in the same order (difflib ratio)."""
    import difflib

    a, b = words(extracted), words(reference)
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def token_f1(extracted: str, reference: str) -> float:
    """Bag-of-words F1 (lower-cased ``\\w+`` tokens) of ``extracted`` against ``reference``."""
    from collections import Counter

    got, want = Counter(words(extracted)), Counter(words(reference))
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)
