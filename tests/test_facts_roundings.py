"""Figure guard, roundings: a hedged or true rounding passes, a bare or false one changes the figure.

A coarser figure stands for the source's when a hedge says so (an approximation word on either side, or a bound
in the output that stays true); a bound the source itself writes on a small figure is a threshold to keep (on
a count of a thousand or more, a weaker bound of the same direction stays true); a bare round number
keeps two significant digits and rounds to the nearest, never a tie. A verb of multiplication in the present
("the levy triples for...") is a change too."""

from __future__ import annotations

import pytest
from figure_cases import assert_renders

from summarizer.facts import check


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    # an approximation word in the output, or in the source
    ("Le musée a accueilli 4 100 visiteurs dimanche.", "The museum drew about 4,000 visitors on Sunday.",
     "The museum drew 4,000 visitors on Sunday."),
    ("Le musée a accueilli environ 4 100 visiteurs dimanche.", "The museum drew 4,000 visitors on Sunday.",
     "The museum drew 5,000 visitors on Sunday."),
    # a bound in the output that stays true, and the same bound the wrong way
    ("La vente a rapporté 3 200 euros.", "The sale raised more than €3,000.", "The sale raised less than €3,000."),
    ("Le chantier a duré 19 mois.", "The works took under 20 months.", "The works took over 20 months."),
    # the source's own bound on a count of a thousand or more: a weaker bound of the same direction stays true
    ("La pétition a recueilli plus de 1,12 million de signatures.", "The petition gathered over a million signatures.",
     "The petition gathered over two million signatures."),
    ("Le salon attend plus de 4 300 exposants.", "The fair expects more than 4,000 exhibitors.",
     "The fair expects more than 5,000 exhibitors."),
    ("La ligne transportera jusqu'à 8 700 voyageurs par heure.", "The line will carry up to 9,000 passengers an hour.",
     "The line will carry up to 8,000 passengers an hour."),
    ("L'appel a recueilli plus de 1,1 million de signatures.", "The appeal gathered more than 1 million signatures.",
     "The appeal gathered more than 2 million signatures."),
])  # fmt: skip
def test_a_hedged_or_true_rounding(fr: str, en: str, wrong: str):
    assert_renders(fr, en, wrong)


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    # a bound the source writes is a threshold: the figure after it is kept
    ("Un salarié sur quatre a plus de 55 ans.", "One employee in four is over 55.", "One employee in four is over 50."),
    ("Les truites doivent mesurer au moins 23 cm.", "Trout must be at least 23cm long.",
     "Trout must be at least 20cm long."),
    ("Le ferry transporte jusqu'à 880 passagers.", "The ferry carries up to 880 passengers.",
     "The ferry carries up to 900 passengers."),
])  # fmt: skip
def test_a_threshold_the_source_writes(fr: str, en: str, wrong: str):
    assert_renders(fr, en, wrong)


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    # a round number at one significant digit, bare
    ("La mairie a recensé 3 100 arbres.", "The town hall counted 3,100 trees.", "The town hall counted 3,000 trees."),
    # a tie: no rounding to the nearest
    ("Le taux est fixé à 7,5 %.", "The rate is set at 7.5%.", "The rate is set at 7%."),
    ("Le film dure 1 h 45.", "The film runs for an hour and three quarters.", "The film runs for an hour and a half."),
])  # fmt: skip
def test_a_bare_rounding_that_changes_the_figure(fr: str, en: str, wrong: str):
    assert_renders(fr, en, wrong)


@pytest.mark.parametrize(("fr", "en"), [
    ("Le groupe a vendu 2,47 milliards d'euros de titres.", "The group sold €2.5 billion of securities."),
    ("La commune compte 12 480 habitants.", "The town has 12,500 inhabitants."),
    ("La dette atteint 1 004 milliards.", "The debt comes to 1,000 billion."),
])  # fmt: skip
def test_a_bare_rounding_to_the_nearest_passes(fr: str, en: str):
    assert check(fr, en) == []


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    ("Le prix du timbre double pour les envois urgents.", "The price of a stamp doubles for urgent mail.",
     "The price of a stamp triples for urgent mail."),
    ("La prime triple pour les salariés de nuit.", "The bonus triples for night workers.",
     "The bonus doubles for night workers."),
])  # fmt: skip
def test_a_verb_of_multiplication_in_the_present(fr: str, en: str, wrong: str):
    assert_renders(fr, en, wrong)


def test_a_game_of_doubles_is_no_change():
    assert check("Elle a remporté le double mixte pour la France.", "She won the mixed doubles for France.") == []
