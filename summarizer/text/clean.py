"""News-aware cleaning of scraped article text.

Scraped news carries noise that makes seq2seq models drop, repeat or invent text:
teaser links ("Lire aussi…"), agency credits ("(Avec AFP)"), photo credits, bylines,
a leading date stamp, shouting ALL-CAPS headings, odd spaces and quotes, and paragraphs
cut mid-word by the scraper. This module removes or normalises them and keeps a record
of what it removed, so the pipeline can say so.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from summarizer.text.chars import CharTable, without_controls

# Characters that are whitespace for a reader but not for a tokenizer.
_SPACE_CHARS = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t\f\v"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_QUOTE_MAP = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2026": "...",
        "\u2012": "-",
        "\u2010": "-",
        "\u2011": "-",
    }
)

# A leading date stamp as scrapers write it: "date 2024-03", "2024-03-12", "Publié le 12/03/2024".
_LEADING_DATE = re.compile(
    r"^\s*(?:date\s*:?\s*)?\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?\s+",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^(?:publi[ée]\s+le|mis\s+[àa]\s+jour\s+le|modifi[ée]\s+le|updated|published)\b.{0,80}$",
    re.IGNORECASE,
)
_TEASER = re.compile(
    r"^(?:[àa]\s+)?(?:lire|voir|[ée]couter|regarder)\s+(?:aussi|[ée]galement|plus\b)"
    r"|^(?:read|see)\s+(?:also|more)\b|^related\s*:|^sur\s+le\s+m[êe]me\s+sujet\b"
    r"|^(?:notre|nos)\s+(?:article|dossier|newsletter)s?\b.{0,60}$"
    r"|^(?:abonnez-vous|inscrivez-vous|partager|partagez|newsletter)\b.{0,80}$",
    re.IGNORECASE,
)
_AGENCIES = r"AFP|Reuters|AP|Bloomberg|ANSA|DPA|Belga|ATS|APS|MAP|Xinhua|Relaxnews|Challenges|BFM"
_CREDIT_LINE = re.compile(
    rf"^\(?\s*(?:avec|source\s*:?|d'apr[èe]s|with)?\s*(?:l'|les\s+)?(?:{_AGENCIES})(?:\s*(?:,|et|/|and)\s*(?:{_AGENCIES}))*\s*\)?\.?$",
    re.IGNORECASE,
)
_TRAILING_CREDIT = re.compile(
    rf"\s*\(\s*(?:avec|source\s*:?|with)\s+(?:{_AGENCIES})(?:\s*(?:,|et|/)\s*(?:{_AGENCIES}))*\s*\)\.?\s*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(rf"^[A-ZÀ-Ý][\w' .-]{{1,40}}?(?:,\s*\d{{1,2}}\s+\w+)?\s*\((?:{_AGENCIES})\)\s*[-–—:]\s*")
_PHOTO_CREDIT = re.compile(
    r"^(?:(?:photo|cr[ée]dits?(?:\s+photo)?|illustration|image|copyright)\b|©|\(c\)).{0,120}$"
    r"|^.{0,80}\b(?:/|©)\s*(?:AFP|Reuters|AP|Getty|Shutterstock|MaxPPP|Sipa|Hans Lucas)\b.{0,40}$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:[Pp]ar|[Bb]y|[Pp]ropos\s+recueillis\s+par)\s+[A-ZÀ-Ý][\w'.-]+(?:\s+(?:de\s+|d')?[A-ZÀ-Ý][\w'.-]+){0,3}"
    r"(?:\s*(?:,|et|and)\s*[A-ZÀ-Ý][\w'.-]+(?:\s+[A-ZÀ-Ý][\w'.-]+){0,3})*"
    r"(?:\s*[,|-]\s*.{0,60})?$"
)
_TERMINAL = re.compile(r"[.!?»\"')\]…:;]\s*$")
_LETTER = re.compile(r"[^\W\d_]")
# Short words that are not acronyms when an ALL-CAPS heading is lower-cased.
_FUNCTION_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "de",
        "des",
        "du",
        "un",
        "une",
        "et",
        "en",
        "au",
        "aux",
        "sur",
        "par",
        "pour",
        "est",
        "son",
        "sa",
        "ses",
        "il",
        "elle",
        "ne",
        "pas",
        "qui",
        "que",
        "à",
        "a",
        "dans",
        "ou",
        "où",
        "se",
        "ce",
        "cet",
        "on",
        "y",
        "l",
        "d",
        "the",
        "of",
        "and",
        "to",
        "in",
        "on",
        "for",
        "is",
        "its",
        "a",
        "an",
        "at",
        "by",
        "or",
        "as",
        "be",
    ]
)


@dataclass(frozen=True)
class CleanedArticle:
    """An article after cleaning.

    Attributes:
        paragraphs: the kept paragraphs, in order, whitespace-normalised.
        headings: indices (into ``paragraphs``) of short lines without final punctuation.
        removed: the lines or fragments dropped as boilerplate, for reporting.
    """

    paragraphs: list[str]
    headings: frozenset[int] = frozenset()
    removed: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The cleaned article, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    @property
    def body_text(self) -> str:
        """The cleaned article as one block, for a model's input."""
        return " ".join(self.paragraphs)


def _normal_char(ch: str) -> str:
    """One character as :func:`normalize_text` writes it: zero-width ones dropped, spaces plain,
    control characters dropped, quotes and apostrophes straight."""
    ch = ch.translate({ord(c): None for c in _ZERO_WIDTH}).translate({ord(c): " " for c in _SPACE_CHARS})
    return without_controls(ch).translate(_QUOTE_MAP)


_NORMAL_CHARS = CharTable(_normal_char)


def normalize_text(text: str) -> str:
    """Normalise Unicode, spaces, quotes and line endings, keeping paragraph breaks."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(_NORMAL_CHARS)
    text = re.sub(r"«\s*", "« ", text)
    text = re.sub(r"\s*»", " »", text)
    # Sentences glued by a scraper ("à Venise.Selon la police") would not be split.
    text = re.sub(r"(?<=[a-zà-ÿ]{2})([.!?])(?=[A-ZÀ-Ý][a-zà-ÿ])", r"\1 ", text)
    text = re.sub(r" {2,}", " ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def _is_shouting(line: str) -> bool:
    letters = _LETTER.findall(line)
    if len(letters) < 6:
        return False
    upper = sum(map(str.isupper, letters))
    return upper / len(letters) > 0.8 and len(re.findall(r"[^\W\d_]{3,}", line)) >= 2


def _sentence_case(line: str) -> str:
    """Turn an ALL-CAPS line into sentence case, keeping short tokens that look like acronyms."""
    out = []
    for word in re.split(r"(\W+)", line):
        if not word or not _LETTER.search(word):
            out.append(word)
            continue
        low = word.lower()
        acronym = len(word) <= 3 or (len(word) <= 5 and not re.search(r"[AEIOUYÀ-Ý]", word))
        if acronym and low not in _FUNCTION_WORDS and word.isupper():
            out.append(word)
        else:
            out.append(low)
    text = "".join(out)
    match = _LETTER.search(text)
    if match:
        text = text[: match.start()] + text[match.start()].upper() + text[match.start() + 1 :]
    return text


def _fix_shouting_words(line: str) -> str:
    """Title-case long ALL-CAPS words inside an otherwise normal sentence ("SOFTBANK" -> "Softbank")."""
    return re.sub(r"\b[A-ZÀ-Ý]{6,}\b", lambda m: m.group(0).capitalize(), line)


def _boilerplate_reason(line: str) -> str | None:
    """Why ``line`` is boilerplate ("teaser", "credit", "photo credit", "date", "byline"), or None to keep it."""
    checks = (
        ("teaser", _TEASER.search(line)),
        ("credit", _CREDIT_LINE.match(line)),
        ("photo credit", _PHOTO_CREDIT.match(line)),
        ("date", _DATE_LINE.match(line)),
        ("byline", len(line) < 90 and _BYLINE.match(line)),
    )
    return next((reason for reason, found in checks if found), None)


def _drop_truncated_tail(paragraph: str) -> tuple[str, str | None]:
    """Drop a final fragment cut mid-sentence by a scraper ("... a annoncé un plan de 500 millions d'euros pour dév")."""
    if _TERMINAL.search(paragraph):
        return paragraph, None
    cut = max(paragraph.rfind(". "), paragraph.rfind("! "), paragraph.rfind("? "), paragraph.rfind("» "))
    if cut <= 0:
        return paragraph, None
    kept = paragraph[: cut + 1].rstrip()
    return kept, paragraph[cut + 1 :].strip()


def clean_article(text: str) -> CleanedArticle:
    """Clean a scraped news article.

    Args:
        text: raw article text (plain text; HTML must be extracted first).

    Returns:
        A :class:`CleanedArticle` with the kept paragraphs, heading indices and removed lines.
    """
    text = normalize_text(text)
    removed: list[str] = []
    match = _LEADING_DATE.match(text)
    if match:
        removed.append(match.group(0).strip())
        text = text[match.end() :]

    blocks = re.split(r"\n\s*\n", text) if "\n\n" in text else text.split("\n")
    paragraphs: list[str] = []
    headings: set[int] = set()
    for block in blocks:
        lines = [ln for ln in block.split("\n") if ln]
        kept_lines = []
        for line in lines:
            if _boilerplate_reason(line) is not None:
                removed.append(line)
            else:
                kept_lines.append(line)
        if not kept_lines:
            continue
        para = " ".join(kept_lines)
        para = re.sub(r" {2,}", " ", para).strip()
        dateline = _DATELINE.match(para)
        if dateline:
            removed.append(dateline.group(0).strip())
            para = para[dateline.end() :]
        trailing = _TRAILING_CREDIT.search(para)
        if trailing:
            removed.append(trailing.group(0).strip())
            para = para[: trailing.start()].rstrip()
        if not _LETTER.search(para):
            removed.append(para)
            continue
        if _is_shouting(para):
            para = _sentence_case(para)
        else:
            para = _fix_shouting_words(para)
        words = para.split()
        if not _TERMINAL.search(para) and len(words) <= 20 and not re.search(r"[.!?] [A-ZÀ-Ý«]", para):
            headings.add(len(paragraphs))
        else:
            para, fragment = _drop_truncated_tail(para)
            if fragment:
                removed.append(fragment)
        paragraphs.append(para)
    return CleanedArticle(paragraphs=paragraphs, headings=frozenset(headings), removed=removed)
