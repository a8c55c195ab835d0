"""Shared helpers of the generated figure families (tests/test_figure_properties.py and
tests/test_figure_variants.py): hypothesis settings, numbers in words and CLDR formats, and the
two-way assertion (a correct rendering passes, a changed figure is flagged)."""

from __future__ import annotations

import os

import pytest
from babel.numbers import format_decimal
from hypothesis import HealthCheck, settings
from num2words import num2words

from summarizer.facts import check

# FIGURE_EXAMPLES=500 explores further (minutes); the quick tier runs ten per family.
FAST = settings(
    max_examples=int(os.environ.get("FIGURE_EXAMPLES", "10")),
    derandomize=True,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


def words(n: int, lang: str, to: str = "cardinal") -> str:
    """``n`` in words (num2words)."""
    return num2words(n, lang=lang, to=to)


def fmt(x: float, lang: str, decimals: int = 1, group: bool = True) -> str:
    """A number as CLDR writes it in ``lang`` ("1 234,5" with a narrow no-break space in French)."""
    pattern = ("#,##0" if group else "0") + ("." + "0" * decimals if decimals else "")
    return format_decimal(x, format=pattern, locale=lang)


def assert_renders(fr: str, en: str, changed: str | None = None) -> None:
    """``en`` (a correct rendering of ``fr``) passes; ``changed`` (the figure changed) is flagged."""
    assert check(fr, en) == [], (fr, en, [f.text for f in check(fr, en)])
    if changed is not None:
        assert check(fr, changed), (fr, changed)


def assert_back(en: str, fr: str, changed: str | None = None) -> None:
    """The other direction: an English source, a French rendering."""
    assert check(en, fr, "en", "fr") == [], (en, fr, [f.text for f in check(en, fr, "en", "fr")])
    if changed is not None:
        assert check(en, changed, "en", "fr"), (en, changed)


def other(n: int, lo: int, hi: int) -> int:
    """A clearly different value in [lo, hi] (not a rounding of ``n``)."""
    m = n + max(2, n // 3)
    return m if m <= hi else max(lo, n - max(2, n // 3))


def battery_params(text: str, xfail: dict[str, str]) -> list:
    """A battery's ``fr | en | changed`` lines as pytest params, comment lines left out; a case whose
    French source starts with a key of ``xfail`` is a strict xfail with that key's family as reason."""
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fr, en, changed = line.split(" | ")
        family = next((why for start, why in xfail.items() if fr.startswith(start)), None)
        marks = [pytest.mark.xfail(strict=True, reason=family)] if family else []
        out.append(pytest.param(fr, en, changed, marks=marks))
    return out
