"""Figure guard, generated families: a figure restated in other terms (a duration in another unit,
a change as a multiple or a percentage, odds and shares, a 24-hour clock, a decimal in words,
"grand", age groups, French fraction ordinals) and the support-only words that replace a figure
of their family ("second round" for "troisième tour", "hundreds" for "des milliers", "the
quartet" for "les trois").

Each family writes sentences of its own from drawn figures (number words from num2words) in both
directions: a correct rendering passes, the same sentence with the figure changed is flagged.
``family_cases()`` lists every case, so a script can count false alarms and misses per family.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from num2words import num2words

from summarizer.facts import check


class Case(NamedTuple):
    source: str
    output: str
    source_lang: str
    output_lang: str
    changed: bool  # the output changes a figure: it must be flagged


def fr(n: int, to: str = "cardinal") -> str:
    return num2words(n, lang="fr", to=to)


def en(n: int, to: str = "cardinal") -> str:
    return num2words(n, lang="en", to=to)


def both(fr_text: str, en_text: str, en_bad: str | None = None, fr_bad: str | None = None) -> list[Case]:
    """fr -> en and en -> fr renderings, with their changed versions."""
    cases = [Case(fr_text, en_text, "fr", "en", False), Case(en_text, fr_text, "en", "fr", False)]
    if en_bad:
        cases.append(Case(fr_text, en_bad, "fr", "en", True))
    if fr_bad:
        cases.append(Case(en_text, fr_bad, "en", "fr", True))
    return cases


def durations() -> list[Case]:
    """A duration in another unit of the same length."""
    out = both("Le chantier a duré un mois.", "The work lasted four weeks.", "The work lasted six weeks.")
    for days, weeks in ((15, 2), (8, 1)):
        en_weeks = "a week" if weeks == 1 else f"{en(weeks)} weeks"
        out += both(f"Le chantier a duré {fr(days)} jours.", f"The work lasted {en_weeks}.",
                    f"The work lasted {en(weeks + 2)} weeks.", f"Le chantier a duré {fr(days + 6)} jours.")  # fmt: skip
    out += both(
        "Le chantier a duré quinze jours.", "The work lasted a fortnight.", None, "Le chantier a duré dix jours."
    )
    for n in (2, 3, 6):
        out += both(f"Le chantier a duré {fr(n)} mois.", f"The work lasted {en(4 * n)} weeks.",
                    f"The work lasted {en(4 * n + 3)} weeks.")  # fmt: skip
    out.append(Case("Le chantier a duré quinze jours.", "The work lasted a month.", "fr", "en", True))
    out.append(Case("Le chantier a duré six mois.", "The work lasted half a year.", "fr", "en", False))
    out.append(
        Case("It was founded fifteen years ago.", "Elle a été fondée il y a une quinzaine d'années.", "en", "fr", False)
    )
    out += both(
        "Le chantier a duré 18 mois.", "The work lasted a year and a half.", "The work lasted two and a half years."
    )
    out.append(Case("Le chantier a duré un mois.", "The work lasted a fortnight.", "fr", "en", True))
    out.append(Case("The work lasted a month.", "Le chantier a duré quinze jours.", "en", "fr", True))
    out.append(Case("The work lasted two weeks.", "Le chantier a duré une quinzaine de jours.", "en", "fr", False))
    out.append(Case("Depuis trois ans, il gagne 3 000 euros par mois.", "For three years he has earned 3,000 euros a month.",
                    "fr", "en", False))  # fmt: skip
    out += both("Le stage dure un semestre.", "The course lasts six months.", "The course lasts four months.")
    out += both("Le stage dure un trimestre.", "The course lasts three months.", "The course lasts five months.")
    return out


def multiples() -> list[Case]:
    """A change as a multiple or a percentage: "a doublé", "doubled", "up 100%"."""
    out = []
    stems = {2: ("doublé", "doubled"), 3: ("triplé", "tripled"), 4: ("quadruplé", "quadrupled")}
    for k, (fr_v, en_v) in stems.items():
        other = stems[2 if k != 2 else 3]
        fr_s = f"Les ventes ont {fr_v} en un an."
        out += both(
            fr_s, f"Sales {en_v} in a year.", f"Sales {other[1]} in a year.", f"Les ventes ont {other[0]} en un an."
        )
        out += both(fr_s, f"Sales rose {(k - 1) * 100}% in a year.", f"Sales rose {(k - 1) * 100 + 50}% in a year.")
        out.append(Case(f"Sales rose {(k - 1) * 100}% in a year.", fr_s, "en", "fr", False))
        out.append(Case(f"Les ventes sont passées de 10 à {10 * k} millions.", f"Sales {en_v}.", "fr", "en", False))
        out.append(Case(f"Les ventes sont passées de 10 à {10 * k + 10} millions.", f"Sales {en_v}.", "fr", "en", True))
    out.append(Case("Le chiffre d'affaires se multiplia.", "Revenue doubled.", "fr", "en", False))
    for en_s, fr_s in (("The film was dubbed into French.", "Le film a été doublé en français."),
                       ("He overtook the truck.", "Il a doublé le camion."),
                       ("He won the mixed doubles.", "Il a gagné le double mixte.")):  # fmt: skip
        out.append(Case(en_s, fr_s, "en", "fr", False))  # other senses of the verb
    out.append(Case("The shops are speeding up.", "Les magasins mettent les bouchées doubles.", "en", "fr", False))
    out.append(Case("The hall doubled as a hospital.", "La salle servait d'hôpital.", "en", "fr", False))
    out.append(
        Case("Sales have almost doubled in Europe.", "Les ventes ont presque triplé en Europe.", "en", "fr", True)
    )
    out.append(Case("Les attaques se sont multipliées.", "There were ten attacks.", "fr", "en", True))
    out += both("Les ventes ont été divisées par deux.", "Sales halved.", "Sales were cut by a third.")
    out += both("Les ventes ont été divisées par deux.", "Sales were down 50%.", "Sales were down 30%.")
    out += both("Les ventes ont été divisées par trois.", "Sales were divided by three.", "Sales halved.")
    return out


def odds() -> list[Case]:
    """Odds and shares: "une chance sur deux", "un sur trois", "la moitié"."""
    out = both("Il a une chance sur deux de gagner.", "He has a 50-50 chance of winning.", None,
               "Il a une chance sur trois de gagner.")  # fmt: skip
    out += both(
        "Il a une chance sur deux de gagner.", "He has a 50% chance of winning.", "He has a 30% chance of winning."
    )
    for n in (3, 4, 5, 10):
        fr_s = f"Un électeur sur {fr(n)} s'est abstenu."
        out += both(fr_s, f"One voter in {en(n)} abstained.", f"One voter in {en(n + 1)} abstained.")
        out += both(fr_s, f"{round(100 / n)}% of voters abstained.", f"{round(100 / n) + 15}% of voters abstained.")
    out += both("La moitié des électeurs s'est abstenue.", "50% of voters abstained.", "40% of voters abstained.")
    return out


def clocks() -> list[Case]:
    """A 24-hour clock without a separator: "0900 GMT", "at 1430 hours"."""
    out = []
    for h in (0, 6, 9, 14, 18, 23):
        for mi in (0, 30):
            fr_s = f"L'attaque a commencé à {h} heures{' 30' if mi else ''}."
            out += both(
                fr_s,
                f"The attack began at {h:02d}{mi:02d} GMT.",
                f"The attack began at {(h + 2) % 24:02d}{mi:02d} GMT.",
            )
            out.append(Case(fr_s, f"The attack began at {h:02d}{mi:02d} hours.", "fr", "en", False))
    out.append(Case("L'attaque a commencé à 9 heures.", "The attack began at 0900.", "fr", "en", False))
    out.append(Case("L'attaque a commencé à 9 heures.", "The attack began at 0700.", "fr", "en", True))
    return out


def decimal_words() -> list[Case]:
    """A decimal in words: "one point two million"."""
    out = []
    for whole, tenth in ((1, 2), (3, 5), (7, 9), (12, 4)):
        fr_s = f"Le club a dépensé {whole},{tenth} millions d'euros."
        en_s = f"The club spent {en(whole)} point {en(tenth)} million euros."
        bad = f"The club spent {en(whole)} point {en((tenth + 3) % 10)} million euros."
        out += both(fr_s, en_s, bad)
        pct = f"Le chômage est de {whole},{tenth} %."
        out += both(pct, f"Unemployment is {en(whole)} point {en(tenth)} percent.",
                    f"Unemployment is {en(whole)} point {en((tenth + 3) % 10)} percent.")  # fmt: skip
    out.append(
        Case("Ils ont gagné d'un point il y a deux ans.", "They won by one point two years ago.", "fr", "en", False)
    )
    return out


def colloquial() -> list[Case]:
    """Thousands in slang: "three grand"."""
    out = []
    for n in (2, 3, 20, 50):
        out += both(f"Il a payé {n} 000 dollars.", f"He paid {en(n) if n < 10 else n} grand.",
                    f"He paid {en(n + 2) if n < 10 else n + 5} grand.")  # fmt: skip
    out.append(Case("Il gagne 40 000 livres par an.", "He earns 40 grand a year.", "fr", "en", False))
    out += both("Une vingtaine de personnes ont été blessées.", "A score of people were hurt.",
                None, "Une trentaine de personnes ont été blessées.")  # fmt: skip
    out.append(Case("Une quarantaine de personnes ont été blessées.", "A score of people were hurt.", "fr", "en", True))
    out.append(Case("Il a gagné 6-4.", "He won with a score of 6-4.", "fr", "en", False))
    out.append(Case("Il a gagné deux titres du Grand Chelem.", "He won two grand slam titles.", "fr", "en", False))
    return out


def fraction_ordinals() -> list[Case]:
    """French fraction ordinals: "les 4/5es des salariés"."""
    out = []
    for a, b in ((2, 3), (3, 4), (4, 5), (3, 10)):
        fr_s = f"Les {a}/{b}es des salariés ont voté."
        out += both(fr_s, f"{round(100 * a / b)}% of staff voted.", f"{round(100 * a / b) - 12}% of staff voted.")
    out += both("Les 4/5es des salariés ont voté.", "Four-fifths of staff voted.", "Three-fifths of staff voted.")
    return out


def age_groups() -> list[Case]:
    """Age groups: "les plus de 60 ans" (the over-60s), "les moins de 21 ans" (under-21s, U21)."""
    out = []
    for n in (18, 50, 60, 65, 75):
        out += both(f"Les plus de {n} ans votent davantage.", f"The over-{n}s vote more.", f"The over-{n + 10}s vote more.",
                    f"Les plus de {n + 10} ans votent davantage.")  # fmt: skip
    for n in (18, 21, 23):
        out += both(f"L'équipe des moins de {n} ans a gagné.", f"The under-{n}s won.", f"The under-{n - 2}s won.")
        out.append(Case(f"L'équipe des moins de {n} ans a gagné.", f"The U{n} team won.", "fr", "en", False))
        out.append(Case(f"L'équipe des moins de {n} ans a gagné.", f"The U{n - 2} team won.", "fr", "en", True))
    return out


def ordinal_words() -> list[Case]:
    """Ordinals 1 and 2 as words support each other only: "second round" for "troisième tour" is flagged."""
    out = []
    for n in range(1, 6):
        other = 2 if n != 2 else 1
        fr_s = f"Il a été éliminé au {fr(n, 'ordinal')} tour."
        out += both(fr_s, f"He was knocked out in the {en(n, 'ordinal')} round.",
                    f"He was knocked out in the {en(other, 'ordinal')} round.",
                    f"Il a été éliminé au {fr(other, 'ordinal')} tour.")  # fmt: skip
    out.append(Case("Pour la première fois, il passe le troisième tour.", "For the first time, he is through the third round.",
                    "fr", "en", False))  # fmt: skip
    out.append(Case("Elle a terminé deuxième de la course.", "She finished second in the race.", "fr", "en", False))
    out.append(Case("Le 2 mars, il a fini cinquième.", "On March the second, he finished fifth.", "fr", "en", False))
    out.append(Case("Le Premier ministre est arrivé troisième.", "The Prime Minister came third.", "fr", "en", False))
    out.append(
        Case("Il est le troisième à tenter. C'est une première.", "He is the third to try, a first.", "fr", "en", False)
    )
    out.append(Case("Elle a terminé deuxième de la course.", "She finished first in the race.", "fr", "en", True))
    return out


def vague_plurals() -> list[Case]:
    """Vague plurals of a magnitude: "des milliers" (thousands), never "hundreds"."""
    words = [("dizaines", "dozens"), ("centaines", "hundreds"), ("milliers", "thousands")]
    out = []
    for i, (fr_w, en_w) in enumerate(words):
        other = words[(i + 1) % 3]
        out += both(f"Des {fr_w} de personnes ont manifesté.", f"{en_w.capitalize()} of people demonstrated.",
                    f"{other[1].capitalize()} of people demonstrated.", f"Des {other[0]} de personnes ont manifesté.")  # fmt: skip
    out.append(
        Case("Plus de 3 000 personnes, des milliers selon la police.", "Thousands of people.", "fr", "en", False)
    )
    out += both(
        "Des centaines de milliers de personnes ont manifesté.", "Hundreds of thousands of people demonstrated."
    )
    out += both("Des dizaines de milliers de personnes ont manifesté.", "Tens of thousands of people demonstrated.")
    out.append(
        Case("Plusieurs milliers de personnes ont manifesté.", "Hundreds of people demonstrated.", "fr", "en", True)
    )
    return out


def ensembles() -> list[Case]:
    """Counts in a group noun: "les trois musiciens" (the trio), never "the quartet"."""
    out = []
    for n, noun, other in (
        (2, "duo", "trio"),
        (3, "trio", "quartet"),
        (4, "quartet", "trio"),
        (5, "quintet", "quartet"),
    ):
        out.append(Case(f"Les {fr(n)} musiciens ont joué.", f"The {noun} played.", "fr", "en", False))
        out.append(Case(f"Les {fr(n)} musiciens ont joué.", f"The {other} played.", "fr", "en", True))
    out.append(Case("Trois personnes ont été blessées.", "A couple of people were hurt.", "fr", "en", False))
    out.append(Case("Cinq personnes ont été blessées.", "A couple of people were hurt.", "fr", "en", True))
    out.append(Case("Les deux époux sont partis.", "The couple left.", "fr", "en", False))
    return out


def sports() -> list[Case]:
    """Rounds named by the teams left, periods of a match, shots made out of shots taken."""
    rounds = [("seizièmes de finale", "round of 32", 32), ("huitièmes de finale", "last sixteen", 16),
              ("quarts de finale", "quarter-finals", 8), ("demi-finales", "semi-finals", 4)]  # fmt: skip
    out = []
    for i, (fr_r, en_r, _) in enumerate(rounds):
        other = rounds[(i + 1) % len(rounds)]
        out += both(f"L'équipe s'est qualifiée pour les {fr_r}.", f"The team made it to the {en_r}.",
                    f"The team made it to the {other[1]}.", f"L'équipe s'est qualifiée pour les {other[0]}.")  # fmt: skip
    for n in (8, 16, 32):
        out += both(f"L'équipe s'est qualifiée pour les {n // 2}es de finale.", f"The team made it to the last {n}.",
                    f"The team made it to the last {n * 2}.")  # fmt: skip
    for n in range(1, 5):
        other = n % 4 + 1
        out += both(f"Au {fr(n, 'ordinal')} quart-temps, ils menaient.", f"In the {en(n, 'ordinal')} quarter, they led.",
                    f"In the {en(other, 'ordinal')} quarter, they led.",
                    f"Au {fr(other, 'ordinal')} quart-temps, ils menaient.")  # fmt: skip
    out += both("Ils ont gagné en prolongation.", "They won in overtime.")
    out += both("Il a joué sept moitiés de match.", "He played seven halves.", "He played five halves.")
    for made, taken in ((1, 4), (3, 7), (5, 12)):
        out += both(f"Il a réussi {made} tirs sur {taken}.", f"He went {made}-of-{taken} from the field.",
                    f"He went {made}-of-{taken + 2} from the field.", f"Il a réussi {made} tirs sur {taken + 2}.")  # fmt: skip
    return out


FAMILIES = {f.__name__: f for f in (durations, multiples, odds, clocks, decimal_words, colloquial, fraction_ordinals,
                                    age_groups, ordinal_words, vague_plurals, ensembles, sports)}  # fmt: skip


def family_cases() -> dict[str, list[Case]]:
    """Every generated case, by family."""
    return {name: make() for name, make in FAMILIES.items()}


@pytest.mark.parametrize("family", list(FAMILIES))
def test_family(family: str):
    wrong = []
    for case in FAMILIES[family]():
        flags = check(case.source, case.output, source_lang=case.source_lang, output_lang=case.output_lang)
        if bool(flags) != case.changed:
            wrong.append((case.source, case.output, [f.text for f in flags]))
    assert wrong == []
