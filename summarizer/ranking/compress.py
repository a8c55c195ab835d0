"""Safe sentence compression for the extractive summary: delete only material that states no fact of its own.

A chosen sentence may lose, and only lose, pieces of these kinds (each a *rule*):

- ``dateline``: a leading place-and-agency line (``PARIS (AFP) - ``);
- ``parenthetical``: a bracketed aside (``le gendarme (sic) de``);
- ``attribution``: the speech tag after a closing quotation mark (``« … », a-t-il déclaré.``);
  the quotation marks stay, so the words are still reported as someone's;
- ``relative``: a non-restrictive relative clause that ends the sentence (``…, qui a
  longtemps hésité.``): the main clause says the same without it. (One between two commas is
  left alone: the closing comma cannot be told from a comma inside the clause without a parser.)

A piece is never deleted when it holds a figure (digits or a number word), a name (a capitalised
word or an acronym) or a negation: those are the facts a reader checks. Every kept character is
the sentence's own, in order: :attr:`Compressed.text` is exactly the concatenation of the
sentence's ``kept`` character spans, so the evidence links can point at each kept piece.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

RULES: tuple[str, ...] = ("dateline", "parenthetical", "attribution", "relative")
# The rules the pipeline applies: those that did not lower R-1 or R-L on the held-out training fold
# dev-A (scripts/cv_faithful.py; see summarizer/data/RANKER_CARD.md). The speech tag and the
# relative clause each cost 0.01-0.02 there, so they are available but off by default.
DEFAULT_RULES: tuple[str, ...] = ("dateline", "parenthetical")

_NUMBER_TEXT = """
    deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt vingts
    trente quarante cinquante soixante septante octante nonante cent cents mille million millions milliard
    milliards billion billions dizaine dizaines douzaine douzaines quinzaine vingtaine trentaine centaine
    centaines quarantaine quarantaines cinquantaine cinquantaines soixantaine soixantaines millier milliers
    moitié tiers quart quarts double triple premier première premiers premières
    second seconde dernier dernière zero zéro
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy
    eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens half
    quarter third first last
"""
_NUMBER_WORDS = frozenset(_NUMBER_TEXT.split())
_NEGATION_TEXT = """
    ne n pas jamais aucun aucune aucuns aucunes rien personne ni non sans nul nulle guère plus point
    not no never none nor without nothing nobody neither cannot
"""
_NEGATION_WORDS = frozenset(_NEGATION_TEXT.split())
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_ORDINAL = re.compile(r"^\w+i[eè]me?s?$|^\w+th$", re.IGNORECASE)


def protected(fragment: str) -> bool:
    """Whether ``fragment`` holds a figure, a name or a negation (then it is never deleted)."""
    if any(ch.isdigit() for ch in fragment):
        return True
    if "n't" in fragment.lower() or "n’t" in fragment.lower():
        return True
    for token in _TOKEN.findall(fragment):
        if token[0].isupper():  # a name, an acronym (or a capitalised word we cannot tell from one)
            return True
        for part in re.split(r"['’]", token.lower()):
            if part in _NUMBER_WORDS or part in _NEGATION_WORDS or _ORDINAL.match(part):
                return True
    return False


@dataclass(frozen=True)
class Compressed:
    """A sentence after compression.

    Attributes:
        text: the compressed sentence, exactly ``"".join(sentence[s:e] for s, e in kept)``.
        kept: the kept character spans of the original sentence, in order, not overlapping.
        removed: the rule that removed each deleted piece, in order.
    """

    text: str
    kept: tuple[tuple[int, int], ...]
    removed: tuple[str, ...] = ()


_UPPER_PLACE = r"[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)*"
_DATELINE = re.compile(
    rf"^(?:{_UPPER_PLACE}\s*(?:\([A-Za-zÀ-ÿ.\- ]{{1,20}}\))?|\([A-Za-zÀ-ÿ.\- ]{{1,20}}\))\s*[-–—]\s+(?=[A-ZÀ-Ý«\"])"
)
_PARENTHETICAL = re.compile(r"\s\(([^()]{1,120})\)(?=[\s,.;:!?…])")
# The speech tag after a closing quotation mark, up to the final punctuation.
_PARTICIPLES = (
    "déclaré indiqué expliqué ajouté affirmé souligné précisé estimé assuré confié rappelé résumé poursuivi "
    "lancé insisté reconnu admis observé noté martelé prévenu dit déploré regretté jugé commenté détaillé "
    "annoncé promis averti plaidé répondu réagi écrit raconté témoigné dénoncé relevé conclu lâché glissé "
    "réaffirmé argué avancé tranché ironisé résumé"
)
_SPEECH_VERB = (
    r"(?:a|ont|avait|avaient|aurait|auraient)(?:-t-(?:il|elle|on)|-(?:ils|elles))?\s+(?:\w+\s+)?"
    rf"(?:{'|'.join(sorted(set(_PARTICIPLES.split())))})"
    r"|(?:dit|déclare|explique|affirme|ajoute|souligne|précise|estime|assure|indique|confie|"
    r"rappelle|résume|poursuit|lance|insiste|reconnaît|admet|observe|note|martèle|prévient)(?:-t)?-(?:il|elle|on)"
    r"|(?:he|she|they|it)\s+(?:said|says|added|explained|told\s+\w+|noted|stressed)"
    r"|(?:said|says|added|explained)\s+(?:he|she|they)"
    r"|selon\s+(?:lui|elle|eux|elles)|according\s+to\s+(?:him|her|them)"
)
_ATTRIBUTION = re.compile(rf"(?<=[»”\"])\s*,\s*(?:{_SPEECH_VERB})\b[^«»\"“”]*?(?=[.!?…]+\s*$)", re.IGNORECASE)
_RELATIVE = re.compile(
    r",\s+(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles|which|who|whose|whom)\s"
    r"[^,;:()«»\"“”]{3,160}?(?=[.!?…]+\s*$)"
)


_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")


def _quoted(sentence: str) -> list[tuple[int, int]]:
    """Character spans of the quotations of ``sentence`` (an unclosed one runs to the end)."""
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(sentence)]
    covered = "".join(" " if any(a <= k < b for a, b in spans) else ch for k, ch in enumerate(sentence))
    opened = re.search(r"[«“\"]", covered)
    if opened:
        spans.append((opened.start(), len(sentence)))
    return spans


def _pieces(sentence: str, rules: Iterable[str]) -> list[tuple[int, int, str]]:
    """Deletable character spans ``(start, end, rule)`` of ``sentence`` (may overlap; not yet filtered).

    Nothing inside a quotation is deletable: quoted words stay as they were said."""
    rules = set(rules)
    quotes = _quoted(sentence)
    found = [
        piece for piece in _candidates(sentence, rules) if not any(a < piece[1] and piece[0] < b for a, b in quotes)
    ]
    return found


def _candidates(sentence: str, rules: set[str]) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    if "dateline" in rules:
        m = _DATELINE.match(sentence)
        if m:
            found.append((m.start(), m.end(), "dateline"))
    if "parenthetical" in rules:
        for m in _PARENTHETICAL.finditer(sentence):
            if re.search(r"\w", m.group(1)) and not protected(m.group(1)):
                found.append((m.start(), m.end(), "parenthetical"))
    if "attribution" in rules and re.search(r"[«“\"]", sentence):
        for m in _ATTRIBUTION.finditer(sentence):
            if not protected(m.group(0)):
                found.append((m.start(), m.end(), "attribution"))
    if "relative" in rules:
        for m in _RELATIVE.finditer(sentence):
            piece = m.group(0)
            if protected(piece):
                continue
            found.append((m.start(), m.end(), "relative"))
    return found


def compress(sentence: str, rules: Iterable[str] = RULES) -> Compressed:
    """Delete the safe pieces of ``sentence`` (see the module docstring); the rest is kept verbatim.

    Args:
        sentence: one sentence, as it appears in the article.
        rules: which kinds of pieces may go (default: all of :data:`RULES`).

    Returns:
        The compressed sentence and its kept spans. A sentence whose deletions would leave fewer
        than four words, or nothing before its final punctuation, is returned whole.
    """
    pieces = sorted(_pieces(sentence, rules))
    chosen: list[tuple[int, int, str]] = []
    for start, end, rule in pieces:
        if chosen and start < chosen[-1][1]:
            continue  # overlaps a piece already deleted
        chosen.append((start, end, rule))
    kept: list[tuple[int, int]] = []
    position = 0
    for start, end, _ in chosen:
        if start > position:
            kept.append((position, start))
        position = end
    if position < len(sentence):
        kept.append((position, len(sentence)))
    if not chosen:
        return Compressed(sentence, ((0, len(sentence)),) if sentence else ())
    text = "".join(sentence[s:e] for s, e in kept)
    if len(text.split()) < 4 or not re.search(r"\w", text):
        return Compressed(sentence, ((0, len(sentence)),))
    return Compressed(text, tuple(kept), tuple(rule for _, _, rule in chosen))


COMPRESSED_LANGUAGES = frozenset({"fr", "en"})  # the languages whose rules (speech tags, relatives) are written


def compress_extract(
    texts: list[str],
    headings: list[bool],
    picked: Iterable[int],
    language: str,
    rules: Iterable[str] = DEFAULT_RULES,
) -> list[Compressed]:
    """Compress each chosen sentence of an extract (headings and other languages stay whole).

    Args:
        texts: the article's sentences; headings: whether each is a heading; picked: chosen indices.
        language: ISO 639-1 code; only :data:`COMPRESSED_LANGUAGES` are compressed.
        rules: which kinds of pieces may go.
    """
    rules = tuple(rules)
    active = language.lower()[:2] in COMPRESSED_LANGUAGES and bool(rules)
    out = []
    for i in picked:
        text = texts[i]
        if active and not headings[i]:
            out.append(compress(text, rules))
        else:
            out.append(Compressed(text, ((0, len(text)),) if text else ()))
    return out
