"""A month of a year written in digits ("2024-03", "03/2024") is a date; "2008-09" stays a season of two years."""

from __future__ import annotations

import pytest

from summarizer.facts import check


@pytest.mark.parametrize(
    ("source", "output"),
    [
        ("Le rapport, daté 2019-11, recense 40 sites.", "The report, dated November 2019, lists 40 sites."),
        ("Relevé des ventes : 06/2021, en baisse.", "Sales statement: June 2021, down."),
        ("Échéance : 2030-01 pour la première tranche.", "Deadline: January 2030 for the first tranche."),
        ("La saison 2010-11 a été la meilleure du club.", "The 2010-11 season was the club's best."),
        ("La saison 2010-11 a été la meilleure du club.", "The 2010/2011 season was the club's best."),
        ("Le budget 2025-2026 est voté.", "The 2025-26 budget has been passed."),
    ],
)
def test_a_month_of_a_year_in_digits_is_supported(source: str, output: str) -> None:
    assert check(source, output, source_lang="fr", output_lang="en") == []


@pytest.mark.parametrize(
    ("source", "output", "flagged"),
    [
        (
            "Le rapport, daté 2019-11, recense 40 sites.",
            "The report, dated October 2019, lists 40 sites.",
            "October 2019",
        ),
        ("Relevé des ventes : 06/2021, en baisse.", "Sales statement: June 2020, down.", "June 2020"),
        (
            "Échéance : 2030-01 pour la première tranche.",
            "Deadline: January 2031 for the first tranche.",
            "January 2031",
        ),
        (
            "La saison 2010-11 a été la meilleure du club.",
            "The November 2010 season was the club's best.",
            "November 2010",
        ),
    ],
)
def test_a_changed_month_or_year_is_flagged(source: str, output: str, flagged: str) -> None:
    flags = check(source, output, source_lang="fr", output_lang="en")
    assert [f.text for f in flags] == [flagged]
