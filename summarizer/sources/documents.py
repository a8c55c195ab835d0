"""PDF press releases and Word files to an :class:`Article`.

PDF (pdfminer.six): the text layer's boxes are read in column order (full-width blocks in
reading order, and between them the left column before the right), lines repeated at the top
or bottom of most pages (running headers and footers, page numbers) are dropped, so is small
print in those margins (a page header on a one-page release); a line set in another font size
(a title) is a paragraph of its own, never glued onto the text under it; words
hyphenated at a line end are joined, and a paragraph cut by a column or page break is mended.
A PDF without a text layer (a scan) gets an error saying so. DOCX (python-docx): the body's
paragraphs; headers and footers live elsewhere in the file and are left out.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass

from summarizer.errors import SourceError
from summarizer.sources.article import Article
from summarizer.sources.unpack import check_zip, max_unpacked_bytes, pdf_budget

# Top and bottom bands of a page (fraction of its height) where running headers/footers live.
MARGIN_BAND = 0.1
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—]?\s*\d+\s*(?:/\s*\d+|sur\s*\d+|of\s*\d+)?\s*[-–—]?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:»\"”)]$")
PDF_MAGIC = b"%PDF"
ZIP_MAGIC = b"PK\x03\x04"


# Font sizes (points) closer than this are one size: a title set larger, or a header set smaller,
# differs from the body by more.
SIZE_STEP = 1.0


@dataclass
class _Box:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    lines: list[str]
    size: float = 0.0  # the font size of its lines (median of their characters)


def _line_size(line: object) -> float:
    from pdfminer.layout import LTChar

    sizes = sorted(ch.size for ch in line if isinstance(ch, LTChar))  # type: ignore[attr-defined]
    return sizes[len(sizes) // 2] if sizes else 0.0


def _split_by_size(number: int, element: object) -> list[_Box]:
    """A pdfminer text box as boxes of lines of one font size each: a title set larger than the
    paragraph under it, in the same box when little space separates them, becomes its own box."""
    from pdfminer.layout import LTTextLine

    boxes: list[_Box] = []
    for line in element:  # type: ignore[attr-defined]
        if not isinstance(line, LTTextLine):
            continue
        text = " ".join(line.get_text().split())
        if not text:
            continue
        size = _line_size(line)
        if boxes and abs(boxes[-1].size - size) <= SIZE_STEP:
            box = boxes[-1]
            box.lines.append(text)
            box.x0, box.y0, box.x1 = min(box.x0, line.x0), min(box.y0, line.y0), max(box.x1, line.x1)
        else:
            boxes.append(_Box(number, line.x0, line.y0, line.x1, line.y1, [text], size))
    return boxes


def _has_image(element: object) -> bool:
    from pdfminer.layout import LTFigure, LTImage

    if isinstance(element, LTImage):
        return True
    return isinstance(element, LTFigure) and any(_has_image(child) for child in element)


def _page_boxes(data: bytes) -> tuple[list[list[_Box]], list[tuple[float, float]], int]:
    """Text boxes and size of each page, and how many pages hold an image."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextBox

    pages: list[list[_Box]] = []
    sizes: list[tuple[float, float]] = []
    image_pages = 0
    for number, layout in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams(line_margin=0.5))):
        boxes: list[_Box] = []
        image_pages += any(_has_image(element) for element in layout)
        for element in layout:
            if isinstance(element, LTTextBox):
                boxes.extend(_split_by_size(number, element))
        pages.append(boxes)
        sizes.append((layout.width, layout.height))
    return pages, sizes, image_pages


def _body_size(pages: list[list[_Box]]) -> float:
    """The font size most of the document's characters are set in."""
    counts: Counter[float] = Counter()
    for boxes in pages:
        for box in boxes:
            counts[round(box.size)] += sum(len(line) for line in box.lines)
    return counts.most_common(1)[0][0] if counts else 0.0


def _in_margin(box: _Box, height: float) -> bool:
    return box.y0 >= height * (1 - MARGIN_BAND) or box.y1 <= height * MARGIN_BAND


def _running_lines(pages: list[list[_Box]], sizes: list[tuple[float, float]]) -> set[str]:
    """Normalised texts of boxes sitting in the top/bottom band of at least half of the pages."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for boxes, (_, height) in zip(pages, sizes, strict=True):
        seen = set()
        for box in boxes:
            if _in_margin(box, height):
                seen.add(_DIGITS.sub("#", " ".join(box.lines).lower()))
        counts.update(seen)
    return {text for text, n in counts.items() if n >= max(2, (len(pages) + 1) // 2)}


def _reading_order(boxes: list[_Box], width: float) -> list[_Box]:
    """Boxes crossing the page's middle in top-to-bottom order; between two of them, the left column then the right."""
    mid = width / 2
    ordered: list[_Box] = []
    column: list[_Box] = []

    def flush() -> None:
        left = sorted((b for b in column if (b.x0 + b.x1) / 2 < mid), key=lambda b: -b.y1)
        right = sorted((b for b in column if (b.x0 + b.x1) / 2 >= mid), key=lambda b: -b.y1)
        ordered.extend(left + right)
        column.clear()

    for box in sorted(boxes, key=lambda b: -b.y1):
        spans = box.x0 < mid - 5 and box.x1 > mid + 5  # column boxes never cross the middle
        if spans:
            flush()
            ordered.append(box)
        else:
            column.append(box)
    flush()
    return ordered


def _join_lines(lines: list[str]) -> str:
    text = ""
    for line in lines:
        if not text:
            text = line
        elif text.endswith("-") and line[:1].islower() and len(text) > 1 and text[-2].isalpha():
            text = text[:-1] + line  # a word hyphenated at the line end
        else:
            text += " " + line
    return text


def pdf_text(data: bytes, name: str = "PDF") -> str:
    """The article text of a PDF's text layer (paragraphs separated by blank lines).

    Raises:
        SourceError: not a readable PDF, encrypted, or no text layer (a scan).
    """
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    if not data.lstrip()[:8].startswith(PDF_MAGIC):
        raise SourceError(f"{name} is not a PDF file")
    try:
        with pdf_budget(name):  # every stream pdfminer decodes counts against one budget
            pages, sizes, image_pages = _page_boxes(data)
    except SourceError:
        raise
    except MemoryError:
        raise SourceError(f"{name} is too large to read in memory; refused") from None
    except PDFPasswordIncorrect:
        raise SourceError(f"{name} is password-protected; save an unprotected copy first") from None
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise SourceError(f"{name} is not a readable PDF ({type(exc).__name__}: {str(exc)[:80]})") from None
    except Exception as exc:  # pdfminer raises its own PDFException family and others on damaged files
        raise SourceError(f"{name} is not a readable PDF ({type(exc).__name__})") from None
    running = _running_lines(pages, sizes)
    body = _body_size(pages)
    paragraphs: list[str] = []
    for boxes, (width, height) in zip(pages, sizes, strict=True):
        for box in _reading_order(boxes, width):
            joined = _join_lines(box.lines)
            if _DIGITS.sub("#", " ".join(box.lines).lower()) in running or _PAGE_NUMBER.match(joined):
                continue
            if _in_margin(box, height) and box.size < body - SIZE_STEP:
                continue  # small print in the top or bottom margin: a page header or footer, even on one page
            previous = paragraphs[-1] if paragraphs else ""
            if previous and not _SENTENCE_END.search(previous) and joined[:1].islower():
                paragraphs[-1] = _join_lines([previous, joined])  # cut by a column or page break
            else:
                paragraphs.append(joined)
    text = "\n\n".join(paragraphs).strip()
    if sum(ch.isalpha() for ch in text) < 20:
        if not image_pages:
            pages_word = "page" if len(pages) == 1 else "pages"
            raise SourceError(f"{name} has no text ({len(pages)} {pages_word} with nothing to read)")
        pages_word = "page" if image_pages == 1 else "pages"
        raise SourceError(
            f"{name} has no text layer ({image_pages} {pages_word} of images: a scanned PDF?); "
            "run OCR on it first (e.g. ocrmypdf) and summarize the result"
        )
    return text


def _pdf_metadata(data: bytes) -> dict[str, str]:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    try:
        with pdf_budget("PDF metadata"):
            info = PDFDocument(PDFParser(io.BytesIO(data))).info
    except Exception:  # metadata is a bonus: a file that gave its text may still have broken info
        return {}
    out: dict[str, str] = {}
    for entry in info or []:
        for key, field_name in (("Title", "title"), ("Author", "author"), ("CreationDate", "date")):
            value = resolve1(entry.get(key))
            if isinstance(value, bytes):
                value = value.decode("utf-16") if value.startswith(b"\xfe\xff") else value.decode("latin-1")
            if isinstance(value, str) and value.strip():
                out[field_name] = value.strip()
    date = out.get("date", "")
    match = re.match(r"D:(\d{4})(\d{2})(\d{2})", date)
    if match:
        out["date"] = "-".join(match.groups())
    elif date:
        out.pop("date")
    return out


def read_pdf(data: bytes, name: str = "PDF", url: str | None = None) -> Article:
    """A PDF's text and metadata (title, author, creation date) as an :class:`Article`.

    Raises:
        SourceError: see :func:`pdf_text`.
    """
    text = pdf_text(data, name)
    meta = _pdf_metadata(data)
    return Article(text=text, kind="pdf", url=url, **meta)


def read_docx(data: bytes, name: str = "DOCX", url: str | None = None) -> Article:
    """A Word (.docx) file's body text and core properties as an :class:`Article`.

    Raises:
        SourceError: not a readable .docx file, or no text in its body.
    """
    import zipfile

    import docx

    if not data.startswith(ZIP_MAGIC):
        raise SourceError(f"{name} is not a Word .docx file (old binary .doc files are not supported: save as .docx)")
    check_zip(data, name, what=".docx file")  # declared and real unpacked sizes, before python-docx reads any member
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise SourceError(f"{name} is not a readable .docx file ({type(exc).__name__})") from None
    except MemoryError:
        limit = max_unpacked_bytes() // (1024 * 1024)
        raise SourceError(f"{name} is too large to read in memory (limit {limit} MB unpacked); refused") from None
    paragraphs: list[str] = []
    title = None
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split())
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if title is None and not paragraphs and style.lower().startswith(("title", "heading")):
            title = text
        paragraphs.append(text)
    if not paragraphs:
        raise SourceError(f"{name} has no text in its body")
    props = document.core_properties
    created = props.created.date().isoformat() if props.created else None
    return Article(
        text="\n\n".join(paragraphs),
        kind="docx",
        title=(props.title or "").strip() or title,
        author=(props.author or "").strip() or None,
        date=created,
        url=url,
    )
