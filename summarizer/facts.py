"""Fact guard, figures: check the figures of an output text against its source text.

An older public face of :func:`summarizer.guard.check_figures` (``check`` is that function). :func:`extract` finds numbers,
amounts, percentages, dates, years, times and ordinals in French or English text and
normalises them (``"1,36 milliard"`` and ``"1.36 billion"`` both become ``1.36e9``; ``"le
4 novembre 2013"`` becomes ``DateValue(2013, 11, 4)``). :func:`check` returns a :class:`Flag`
for every figure of the output that no figure of the source supports; an empty list means
every figure is supported. Names are checked by :func:`summarizer.entities.check`.

    >>> [f.text for f in check("385 millions d'euros", "€358 million")]
    ['€358 million']
"""

from __future__ import annotations

from summarizer.guard import check_figures as check
from summarizer.guard.figures import DateValue, Fact, extract
from summarizer.guard.flags import Flag

__all__ = ["DateValue", "Fact", "Flag", "check", "extract"]
