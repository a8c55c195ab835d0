"""The guard's public functions (summarizer.guard.check_figures, check_names, check) and the older
faces summarizer.facts.check and summarizer.entities.check, which stay the same functions."""

from __future__ import annotations

import doctest

import summarizer.entities
import summarizer.facts
import summarizer.guard
from summarizer.guard import check, check_figures, check_names
from summarizer.result import Flag, Result

ARTICLE = "Mistral AI a levé 385 millions d'euros auprès de SoftBank en 2024."


def test_check_is_the_function_even_after_the_figure_judge_loads():
    import summarizer.guard.judge  # the figures' verdicts; no submodule shadows the function

    assert callable(summarizer.guard.check) and summarizer.guard.check.__name__ == "check"


def test_the_older_faces_are_the_same_functions():
    assert summarizer.facts.check is check_figures
    assert summarizer.entities.check is check_names
    assert [f.text for f in summarizer.facts.check("385 millions d'euros", "€358 million")] == ["€358 million"]
    assert summarizer.facts.check("385 millions d'euros", "€385 million") == []


def test_check_figures_and_check_names():
    figures = check_figures(ARTICLE, "Mistral AI raised €358 million in 2024.")
    assert [(f.text, f.category, f.code) for f in figures] == [("€358 million", "figure", "value_mismatch")]
    names = check_names(ARTICLE, "Mistral AI raised €385 million from Nvidia.")
    assert [(f.text, f.category) for f in names] == [("Nvidia", "entity")]
    assert check_names(ARTICLE, "Mistral AI raised money from SoftBank.") == []


def test_check_a_result_gives_its_flags():
    result = Result(
        summary="Mistral AI raised €358 million.",
        summary_source="Mistral AI a levé 385 millions d'euros.",
        source_language="fr",
        target_language="en",
        strategy="summarize-translate",
        models={},
        article=ARTICLE,
    )
    timings: dict[str, float] = {}
    flags = check(result, timings=timings)
    assert [(f.output, f.text) for f in flags] == [("summary", "€358 million")]
    assert isinstance(flags[0], Flag) and flags[0].reason.endswith("(changed in translation)")
    assert "entities" in timings
    assert check(result, entities=False) == flags  # the only flag is a figure


def test_the_guard_docstring_example_runs():
    failures, tests = doctest.testmod(summarizer.guard)
    assert tests >= 1 and failures == 0
