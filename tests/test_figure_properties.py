"""Figure guard, property-based: for random figures, the many ways French and English news write
the same figure pass, and the same English sentence with the figure changed is flagged.

Each family draws a figure, writes it the French way (Babel/CLDR and num2words give the number
words, month names and separators, not hand lists) and the English way, and checks both
directions of the translation. Quick tier: no model; deterministic (``derandomize``), ten
examples per family.
"""

from __future__ import annotations

import datetime

from babel.dates import format_date, get_month_names
from figure_cases import FAST, assert_back, assert_renders, fmt, other, words
from hypothesis import given
from hypothesis import strategies as st

# -- magnitudes: milliard as "billion", "bn", "thousand million"; currency forms ------------------

MANTISSA = st.integers(11, 999).map(lambda n: n / 10)
CURRENCIES = [  # (French after the number, French symbol forms, English forms)
    ("d'euros", ["{m} Md€", "{m} milliards €"], ["€{m} billion", "€{m}bn", "EUR {m} billion", "{m} billion euros",
                                                   "{m} thousand million euros", "€{m} thousand million"]),
    ("de dollars", ["{m} Md$", "{m} milliards $"], ["${m} billion", "${m}bn", "US${m} billion", "USD {m} billion",
                                                      "{m} billion dollars", "US ${m}bn"]),
    ("de livres", ["{m} Md£"], ["£{m} billion", "£{m}bn", "{m} billion pounds"]),
]  # fmt: skip


@FAST
@given(MANTISSA, st.sampled_from(CURRENCIES), st.data())
def test_billions_in_any_form(m: float, currency: tuple, data: st.DataObject):
    after, fr_forms, en_forms = currency
    fr_m, en_m = fmt(m, "fr", 1 if m % 1 else 0), fmt(m, "en", 1 if m % 1 else 0)
    fr = data.draw(st.sampled_from([f"{fr_m} milliards {after}", *(f.format(m=fr_m) for f in fr_forms)]))
    en = data.draw(st.sampled_from(en_forms))
    bad = other(round(m * 10), 11, 9999) / 10
    sentence = "Le déficit atteint {} cette année.", "The deficit reached {} this year."
    assert_renders(
        sentence[0].format(fr),
        sentence[1].format(en.format(m=en_m)),
        sentence[1].format(en.format(m=fmt(bad, "en", 1 if bad % 1 else 0))),
    )
    assert_back(sentence[1].format(en.format(m=en_m)), sentence[0].format(fr))


@FAST
@given(st.integers(2, 999), st.sampled_from([("millions", "m", "million"), ("milliards", "bn", "billion")]),
       st.sampled_from([("M$", "Md$", "$"), ("M€", "Md€", "€"), ("M£", "Md£", "£")]))  # fmt: skip
def test_currency_symbol_forms(n: int, scale: tuple, symbols: tuple):
    word, abbr, en_word = scale
    fr_symbol = symbols[0] if word == "millions" else symbols[1]
    fr = f"Le contrat vaut {n} {fr_symbol}."
    for en in (f"The contract is worth {symbols[2]}{n}{abbr}.", f"The contract is worth {symbols[2]}{n} {en_word}."):
        assert_renders(fr, en, en.replace(str(n), str(other(n, 2, 999))))


# -- spacing and typing variants --------------------------------------------------------------------

FR_GROUPS = ["\u202f", "\u00a0", " ", ".", "\u2009", ""]


@FAST
@given(st.integers(1000, 99_999_999), st.sampled_from(FR_GROUPS), st.sampled_from([",", ""]))
def test_grouping_separators(n: int, fr_sep: str, en_sep: str):
    fr_n = fmt(n, "fr", 0).replace("\u202f", fr_sep)
    en_n = fmt(n, "en", 0).replace(",", en_sep)
    bad = fmt(other(n, 1000, 10**9), "en", 0)
    assert_renders(f"Le stade compte {fr_n} places.", f"The stadium has {en_n} seats.", f"The stadium has {bad} seats.")
    assert_back(f"The stadium has {en_n} seats.", f"Le stade compte {fr_n} places.")


@FAST
@given(st.integers(10_001, 9_999_999), st.sampled_from(FR_GROUPS[:4]))
def test_decimal_with_grouping(tenths: int, fr_sep: str):
    x = tenths / 10
    fr_n, en_n = fmt(x, "fr").replace("\u202f", fr_sep), fmt(x, "en")
    bad = fmt(other(tenths, 10_001, 10**9) / 10, "en")
    assert_renders(f"La production a atteint {fr_n} tonnes.", f"Output reached {en_n} tonnes.",
                   f"Output reached {bad} tonnes.")  # fmt: skip


FR_PERCENT = ["{x} %", "{x}%", "{x}\u202f%", "{x} pour cent", "{x} pour 100"]
EN_PERCENT = ["{x}%", "{x} percent", "{x} per cent", "{x}pc", "{x} pct", "{x} %"]


@FAST
@given(st.integers(1, 999), st.sampled_from(FR_PERCENT), st.sampled_from(EN_PERCENT))
def test_percent_forms(tenths: int, fr_form: str, en_form: str):
    x = tenths / 10
    fr = f"Le chômage a augmenté de {fr_form.format(x=fmt(x, 'fr'))} en un an."
    en = "Unemployment rose by {} in a year."
    bad = other(tenths, 1, 999) / 10
    assert_renders(fr, en.format(en_form.format(x=fmt(x, "en"))), en.format(en_form.format(x=fmt(bad, "en"))))
    assert_back(en.format(en_form.format(x=fmt(x, "en"))), fr)


# -- figures written as words, or as an equivalent term --------------------------------------------


@FAST
@given(st.integers(2, 99), st.booleans())
def test_number_words_both_ways(n: int, fr_words: bool):
    fr_n = words(n, "fr") if fr_words else str(n)
    en_n = str(n) if fr_words else words(n, "en")
    bad_n = other(n, 2, 99)
    bad = str(bad_n) if fr_words else words(bad_n, "en")
    fr = f"Au total, {fr_n} personnes ont été blessées."
    assert_renders(fr, f"In all, {en_n} people were injured.", f"In all, {bad} people were injured.")
    assert_back(f"In all, {en_n} people were injured.", fr)


EQUIVALENTS = [  # (French, English, English with another value): the same count in other terms
    ("douze œufs", "a dozen eggs", "two dozen eggs"),
    ("deux douzaines d'œufs", "24 eggs", "36 eggs"),
    ("une voiture biplace", "a two-seater car", "a four-seater car"),
    ("un avion bimoteur", "a twin-engine plane", "a four-engine plane"),
    ("un avion bimoteur", "a two-engine plane", "a four-engine plane"),
    ("un octogénaire", "a man in his eighties", "a man in his sixties"),
    ("un homme de 83 ans", "an octogenarian", "a septuagenarian"),
    ("le prix a été multiplié par deux", "the price doubled", "the price rose fivefold"),
    ("le prix a doublé", "the price was multiplied by two", "the price was multiplied by four"),
    ("le prix a triplé", "the price rose threefold", "the price rose fivefold"),
    ("deux fois plus de clients", "twice as many customers", "three times as many customers"),
    ("un couple de retraités", "two pensioners", None),
    ("deux jumeaux", "twins", None),
    ("un siècle", "a hundred years", "two hundred years"),
    ("une décennie", "ten years", "twenty years"),
    ("un an et demi", "18 months", "20 months"),
    ("quinze jours", "two weeks", "three weeks"),
]


@FAST
@given(st.sampled_from(EQUIVALENTS))
def test_equivalent_terms(case: tuple):
    fr, en, bad = case
    assert_renders(f"Selon la police, il s'agit de {fr}.", f"According to police, it is {en}.",
                   None if bad is None else f"According to police, it is {bad}.")  # fmt: skip


# -- clock times and durations -------------------------------------------------------------------


def en_clock(h: int, mi: int, form: int) -> str:
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return [
        f"{h}:{mi:02d}",
        f"{h12}.{mi:02d} {ap}",
        f"{h12}:{mi:02d}{ap}",
        f"{h12}:{mi:02d} {ap[0]}.m.",
        f"{h:02d}{mi:02d} GMT",
    ][form]


@FAST
@given(st.integers(0, 23), st.sampled_from([0, 5, 15, 20, 30, 45, 50]), st.integers(0, 4), st.integers(0, 2))
def test_clock_times(h: int, mi: int, en_form: int, fr_form: int):
    fr_t = [f"{h}h{mi:02d}", f"{h} h {mi:02d}", f"{h} heures {mi:02d}"][fr_form]
    if mi == 0:
        fr_t = [f"{h}h", f"{h} h", f"{h} heures"][fr_form]
    fr = f"Le train est parti à {fr_t} de la gare."
    en = "The train left the station at {}."
    bad_h = (h + 2) % 24
    assert_renders(fr, en.format(en_clock(h, mi, en_form)), en.format(en_clock(bad_h, mi, en_form)))


@FAST
@given(st.integers(1, 11), st.sampled_from([(15, "quarter past"), (30, "half past"), (45, "quarter to")]),
       st.booleans())  # fmt: skip
def test_clock_times_in_words(h: int, rel: tuple, evening: bool):
    mi, phrase = rel
    hour = h + (12 if evening else 0)
    shown = h + 1 if phrase.endswith("to") else h
    fr = f"Le train est parti à {hour}h{mi:02d}."
    en = "The train left at {} {} {}.".format(phrase, words(shown, "en"), "in the evening" if evening else "am")
    bad = en.replace(words(shown, "en"), words(shown % 12 + 2 if shown < 10 else 3, "en"), 1)
    assert_renders(fr, en, bad)


DURATIONS = [  # (French, English, English with another value)
    ("un quart d'heure", "15 minutes", "25 minutes"),
    ("un quart d'heure", "a quarter of an hour", "three quarters of an hour"),
    ("une demi-heure", "30 minutes", "40 minutes"),
    ("une demi-heure", "half an hour", "two hours"),
    ("trois quarts d'heure", "45 minutes", "35 minutes"),
    ("une heure et demie", "90 minutes", "80 minutes"),
    ("90 minutes", "an hour and a half", "two hours and a half"),
    ("une demi-journée", "12 hours", "10 hours"),
    ("six mois", "half a year", None),
    ("48 heures", "two days", "three days"),
]


@FAST
@given(st.sampled_from(DURATIONS))
def test_durations_in_other_units(case: tuple):
    fr, en, bad = case
    assert_renders(f"L'attente a duré {fr}.", f"The wait lasted {en}.",
                   None if bad is None else f"The wait lasted {bad}.")  # fmt: skip


# -- dates ----------------------------------------------------------------------------------------

DATES = st.dates(datetime.date(1950, 1, 1), datetime.date(2030, 12, 31))


def en_date(d: datetime.date, form: int) -> str:
    month = get_month_names("wide", locale="en")[d.month]
    short = get_month_names("abbreviated", locale="en")[d.month]
    th = {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10 if d.day // 10 != 1 else 0, "th")
    return [
        f"{month} {d.day}, {d.year}",
        f"{d.day} {month} {d.year}",
        f"{month} {d.day}{th}, {d.year}",
        f"{d.day}{th} {month} {d.year}",
        format_date(d, "medium", locale="en"),
        f"{short}. {d.day}, {d.year}" if len(month) > 4 else f"{month} {d.day}, {d.year}",
        f"{month} {d.day}, '{d.year % 100:02d}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
    ][form]


def fr_date(d: datetime.date, form: int) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return [
        format_date(d, "long", locale="fr"),
        f"{day} {get_month_names('wide', locale='fr')[d.month]} {d.year}",
        format_date(d, "full", locale="fr"),
        format_date(d, "short", locale="fr"),
        f"{d.day}.{d.month}.{d.year % 100:02d}",
        f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
    ][form]


@FAST
@given(DATES, st.integers(0, 8), st.integers(0, 5))
def test_dates_in_any_form(d: datetime.date, en_form: int, fr_form: int):
    fr = f"L'accord a été signé le {fr_date(d, fr_form)} à Paris."
    en = "The agreement was signed on {} in Paris."
    bad = d + datetime.timedelta(days=400 if en_form == 6 else 3)
    assert_renders(fr, en.format(en_date(d, en_form)), en.format(en_date(bad, en_form)))


@FAST
@given(st.integers(195, 202).map(lambda x: x * 10), st.integers(0, 3), st.integers(0, 2))
def test_decades(y: int, en_form: int, fr_form: int):
    yy = y % 100
    fr_d = [f"les années {yy}", f"les années {y}", f"les années {words(yy, 'fr')}" if yy else f"les années {y}"][
        fr_form
    ]
    en_d = [f"the {y}s", f"the '{yy:02d}s", f"the {yy:02d}s", f"the {y}'s"][en_form]
    bad = en_d.replace(str(y), str(y - 20)).replace(f"{yy:02d}", f"{(yy - 20) % 100:02d}")
    assert_renders(f"Le groupe est né dans {fr_d}.", f"The band was born in {en_d}.", f"The band was born in {bad}.")


# -- a unit stated once and carried to the next figures of the sentence ----------------------------


@FAST
@given(st.integers(11, 99), st.integers(11, 49), st.integers(1, 40), st.sampled_from(["percent", "%", "per cent"]))
def test_unit_carried_over_a_range(a: int, b: int, gap: int, pct: str):
    x, lo, hi = a / 10, b / 10, (b + gap) / 10
    f = [fmt(v, "fr") for v in (x, lo, hi)]
    e = [fmt(v, "en") for v in (x, lo, hi)]
    fr = f"Le PIB a progressé de {f[0]} % cette année et progressera de {f[1]} à {f[2]} l'an prochain."
    sp = "" if pct == "%" else " "
    ok = f"GDP grew {e[0]}{sp}{pct} this year and will grow from {e[1]} to {e[2]}{sp}{pct} next year."
    bad = ok.replace(f"to {e[2]}", f"to {fmt(x + hi + 0.5, 'en')}")
    assert_renders(fr, ok, bad)


# -- sports rounds and periods ------------------------------------------------------------------

ROUNDS = [  # (French, English forms, a different round)
    ("seizièmes de finale", ["last 32", "round of 32"], "last 16"),
    ("huitièmes de finale", ["last 16", "last sixteen", "round of 16", "round of sixteen"], "last eight"),
    ("quarts de finale", ["quarter-finals", "quarterfinals", "last eight", "last 8"], "last 16"),
    ("demi-finales", ["semi-finals", "semifinals", "last four"], "last 16"),
]


@FAST
@given(st.sampled_from(ROUNDS), st.data())
def test_knockout_rounds(case: tuple, data: st.DataObject):
    fr, forms, bad = case
    en = data.draw(st.sampled_from(forms))
    assert_renders(f"Lyon s'est qualifié pour les {fr}.", f"Lyon reached the {en}.", f"Lyon reached the {bad}.")


@FAST
@given(st.integers(0, 5), st.integers(0, 5), st.sampled_from(["à la mi-temps", "à la pause"]))
def test_half_time_score(a: int, b: int, when: str):
    assert_renders(f"Le score était de {a}-{b} {when}.", f"The score was {a}-{b} at half-time.",
                   f"The score was {a + 6}-{b} at half-time.")  # fmt: skip


# -- approximate quantities -----------------------------------------------------------------------

APPROX = [  # (French noun, value)
    ("dizaine", 10), ("quinzaine", 15), ("vingtaine", 20), ("trentaine", 30), ("quarantaine", 40),
    ("cinquantaine", 50), ("soixantaine", 60), ("centaine", 100),
]  # fmt: skip


@FAST
@given(st.sampled_from(APPROX), st.integers(0, 4), st.booleans())
def test_approximate_counts(noun: tuple, form: int, definite: bool):
    word, n = noun
    fr = f"{'La' if definite else 'Une'} {word} de manifestants ont été interpellés."
    en_n = [f"about {n}", f"some {words(n, 'en')}", f"around {words(n, 'en')}", f"{n} or so", f"roughly {n}"][form]
    bad = en_n.replace(str(n), str(n * 3)).replace(words(n, "en"), words(n * 3, "en"))
    assert_renders(fr, f"Police arrested {en_n} protesters.", f"Police arrested {bad} protesters.")


PLURALS = [  # (French, English)
    ("des milliers de", "thousands of"), ("des centaines de", "hundreds of"), ("des dizaines de", "dozens of"),
    ("quelques centaines de", "a few hundred"), ("plusieurs milliers de", "several thousand"),
    ("plusieurs dizaines de", "several dozen"), ("des millions de", "millions of"),
]  # fmt: skip


@FAST
@given(st.sampled_from(PLURALS))
def test_vague_plurals(case: tuple):
    fr, en = case
    assert_renders(f"{fr.capitalize()} personnes ont manifesté.", f"{en.capitalize()} people demonstrated.")


# -- fractions and half-years ---------------------------------------------------------------------

FRACTIONS = [  # (French, English forms)
    ("un tiers", ["a third", "one third", "one-third", "33%"]),
    ("deux tiers", ["two thirds", "two-thirds", "67%", "66.7%"]),
    ("la moitié", ["half", "50%", "one half"]),
    ("un quart", ["a quarter", "one quarter", "25%", "one-fourth"]),
    ("trois quarts", ["three quarters", "three-quarters", "75%"]),
    ("un cinquième", ["a fifth", "one fifth", "20%"]),
]


@FAST
@given(st.sampled_from(FRACTIONS), st.data())
def test_fractions(case: tuple, data: st.DataObject):
    fr, forms = case
    en = data.draw(st.sampled_from(forms))
    assert_renders(f"Selon le sondage, {fr} des salariés sont inquiets.",
                   f"According to the poll, {en} of employees are worried.")  # fmt: skip


@FAST
@given(st.integers(1, 4), st.integers(2000, 2025), st.integers(0, 3))
def test_quarters_and_half_years(n: int, year: int, form: int):
    ordinal_fr = "premier" if n == 1 else words(n, "fr", "ordinal")
    bad_n = n % 4 + 1
    if form < 2:  # a quarter
        fr = f"Au {ordinal_fr} trimestre {year}, les ventes ont reculé."
        en = [f"In Q{n} {year}, sales fell.", f"In the {words(n, 'en', 'ordinal')} quarter of {year}, sales fell."]
        bad = [
            f"In Q{bad_n} {year}, sales fell.",
            f"In the {words(bad_n, 'en', 'ordinal')} quarter of {year}, sales fell.",
        ]
        assert_renders(fr, en[form], bad[form])
        return
    half = (n - 1) % 2 + 1
    fr = f"Au {'premier' if half == 1 else 'second'} semestre {year}, les ventes ont reculé."
    en = [f"In H{half} {year}, sales fell.", f"In the {'first' if half == 1 else 'second'} half of {year}, sales fell."]
    bad = [
        f"In H{3 - half} {year}, sales fell.",
        f"In the {'second' if half == 1 else 'first'} half of {year}, sales fell.",
    ]
    assert_renders(fr, en[form - 2], bad[form - 2])


# -- ordinals, Roman numerals, centuries, world wars ------------------------------------------------


def roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


@FAST
@given(st.integers(2, 30), st.integers(0, 3), st.integers(0, 2))
def test_ordinals(n: int, fr_form: int, en_form: int):
    fr_o = [f"{n}e", f"{n}ème", words(n, "fr", "ordinal"), f"{n}ᵉ"][fr_form]
    en_o = [f"{n}{'th' if 4 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}",
            words(n, "en", "ordinal"), words(n, "en", "ordinal").replace("-", " ")][en_form]  # fmt: skip
    bad_n = other(n, 2, 60)
    bad = words(bad_n, "en", "ordinal") if en_form else f"{bad_n}th"
    assert_renders(f"Il a terminé {fr_o} de la course.", f"He finished {en_o} in the race.",
                   f"He finished {bad} in the race.")  # fmt: skip


@FAST
@given(st.integers(2, 21), st.integers(0, 2))
def test_centuries(n: int, en_form: int):
    suffix = "th" if 4 <= n <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    en = [f"the {n}{suffix} century", f"the {words(n, 'en', 'ordinal')} century",
          f"the {words(n, 'en', 'ordinal').capitalize()} Century"][en_form]  # fmt: skip
    bad = f"the {n + 2}th century" if en_form == 0 else f"the {words(n + 2, 'en', 'ordinal')} century"
    fr = f"Le château date du {roman(n)}e siècle."
    assert_renders(fr, f"The castle dates from {en}.", f"The castle dates from {bad}.")


WARS = [  # (French, English forms, the other war)
    ("la Seconde Guerre mondiale", ["World War II", "World War Two", "the Second World War", "WWII", "WW2"],
     "World War I"),
    ("la Deuxième Guerre mondiale", ["World War II", "the Second World War"], "the First World War"),
    ("la Première Guerre mondiale", ["World War I", "World War One", "the First World War", "WWI", "WW1"],
     "World War II"),
]  # fmt: skip


@FAST
@given(st.sampled_from(WARS), st.data())
def test_world_wars(case: tuple, data: st.DataObject):
    fr, forms, bad = case
    en = data.draw(st.sampled_from(forms))
    assert_renders(f"Le pont a été détruit pendant {fr}.", f"The bridge was destroyed during {en}.",
                   f"The bridge was destroyed during {bad}.")  # fmt: skip


# -- more renderings: magnitudes and percentages in words, hours in French words, ages, travel times --


@FAST
@given(st.integers(2, 99), st.sampled_from([("millions", "million"), ("milliards", "billion")]), st.integers(0, 3))
def test_magnitudes_in_words(n: int, scale: tuple, form: int):
    fr_scale, en_scale = scale
    fr_n = [words(n, "fr"), str(n)][form % 2]
    en_n = [str(n), words(n, "en")][form // 2]
    fr = f"Le pays compte {fr_n} {fr_scale} d'habitants."
    bad_n = other(n, 2, 99)
    bad = str(bad_n) if form < 2 else words(bad_n, "en")
    assert_renders(
        fr, f"The country has {en_n} {en_scale} inhabitants.", f"The country has {bad} {en_scale} inhabitants."
    )
    assert_back(f"The country has {en_n} {en_scale} inhabitants.", fr)


@FAST
@given(st.integers(2, 60), st.booleans())
def test_percentages_in_words(n: int, fr_words: bool):
    fr = f"Le taux a atteint {words(n, 'fr') if fr_words else n} pour cent."
    en = f"The rate reached {n}%." if fr_words else f"The rate reached {words(n, 'en')} percent."
    bad_n = other(n, 2, 60)
    bad = f"The rate reached {bad_n}%." if fr_words else f"The rate reached {words(bad_n, 'en')} percent."
    assert_renders(fr, en, bad)


@FAST
@given(st.integers(1, 11), st.sampled_from([("et demie", 30), ("et quart", 15), ("", 0)]), st.booleans())
def test_hours_in_french_words(h: int, extra: tuple, evening: bool):
    phrase, mi = extra
    period = "du soir" if evening else "du matin"
    fr_h = "une" if h == 1 else words(h, "fr")
    fr = f"L'explosion a eu lieu à {fr_h} heure{'s' if h > 1 else ''} {phrase} {period}.".replace("  ", " ")
    hour = h + (12 if evening else 0)
    en = f"The explosion happened at {hour}:{mi:02d}."
    bad = f"The explosion happened at {(hour + 3) % 24}:{mi:02d}."
    assert_renders(fr, en, bad)


@FAST
@given(st.integers(16, 99), st.integers(0, 2))
def test_ages(n: int, form: int):
    fr = f"Un homme de {n} ans a été arrêté."
    en = [f"A {n}-year-old man was arrested.", f"A man aged {n} was arrested.", f"A man, {n}, was arrested."][form]
    assert_renders(fr, en, en.replace(str(n), str(other(n, 16, 99))))


@FAST
@given(st.integers(1, 9), st.sampled_from([0, 15, 30, 45]), st.integers(0, 2))
def test_travel_times(h: int, mi: int, form: int):
    fr = f"Le trajet dure {h} h {mi:02d}." if mi else f"Le trajet dure {h} heures."
    en_min = f" and {mi} minutes" if mi else ""
    en = [f"The journey takes {h} hours{en_min}.", f"The journey takes {h * 60 + mi} minutes.",
          f"The journey takes {fmt(h + mi / 60, 'en', 2).rstrip('0').rstrip('.')} hours."][form]  # fmt: skip
    bad = [f"The journey takes {h + 2} hours{en_min}.", f"The journey takes {h * 60 + mi + 50} minutes.",
           f"The journey takes {h + 2} hours."][form]  # fmt: skip
    assert_renders(fr, en, bad)


@FAST
@given(st.integers(1, 4), st.integers(2, 10), st.integers(0, 2))
def test_ratios(a: int, b: int, form: int):
    if a >= b:
        a, b = 1, b
    fr = f"Selon le sondage, {words(a, 'fr').replace('un', 'un', 1)} Français sur {words(b, 'fr')} est inquiet."
    en = [f"one in {words(b, 'en')}" if a == 1 else f"{words(a, 'en')} in {words(b, 'en')}",
          f"{round(100 * a / b)}%", f"{words(a, 'en')} out of {b}"][form]  # fmt: skip
    bad = [
        f"{words(a, 'en')} in {words(b + 3, 'en')}",
        f"{round(100 * a / b) + 9}%",
        f"{words(a, 'en')} out of {b + 3}",
    ]
    assert_renders(fr, f"According to the poll, {en} French people are worried.",
                   f"According to the poll, {bad[form]} French people are worried.")  # fmt: skip


@FAST
@given(st.integers(2, 9), st.sampled_from([("ans", "years", 12, "months"), ("heures", "hours", 60, "minutes")]))
def test_and_a_half(n: int, unit: tuple):
    fr_unit, en_unit, factor, en_small = unit
    fr = f"Il a attendu {words(n, 'fr')} {fr_unit} et demi{'e' if fr_unit == 'heures' else ''}."
    for en, bad in ((f"{n} and a half {en_unit}", f"{n + 2} and a half {en_unit}"),
                    (f"{int((n + 0.5) * factor)} {en_small}", f"{int((n + 1.5) * factor)} {en_small}")):  # fmt: skip
        assert_renders(fr, f"He waited {en}.", f"He waited {bad}.")


@FAST
@given(st.integers(1, 9), st.integers(1, 9).map(lambda x: x * 100))
def test_chained_magnitudes(billions: int, millions: int):
    fr = f"La dette atteint {billions} milliard{'s' if billions > 1 else ''} {millions} millions d'euros."
    en = f"The debt reached €{fmt(billions + millions / 1000, 'en')} billion."
    bad = f"The debt reached €{fmt(billions + millions / 1000 + 2, 'en')} billion."
    assert_renders(fr, en, bad)


@FAST
@given(st.integers(1, 40), st.integers(0, 2))
def test_points_and_basis_points(quarters: int, form: int):
    x = quarters / 4
    fr = f"La banque centrale a relevé son taux de {fmt(x, 'fr', 2)} point."
    en = [f"{fmt(x, 'en', 2)} percentage points", f"{quarters * 25} basis points", f"{quarters * 25}bp"][form]
    bad = [f"{fmt(x + 0.5, 'en', 2)} percentage points", f"{quarters * 25 + 50} basis points",
           f"{quarters * 25 + 50}bp"][form]  # fmt: skip
    assert_renders(fr, f"The central bank raised its rate by {en}.", f"The central bank raised its rate by {bad}.")


@FAST
@given(st.integers(20, 300), st.sampled_from(["km/h", "kilomètres-heure", "kilomètres par heure", "km/heure"]),
       st.sampled_from(["km/h", "kph", "kilometres per hour", "km an hour", "kilometers an hour"]))  # fmt: skip
def test_speeds(n: int, fr_unit: str, en_unit: str):
    fr = f"Le véhicule roulait à {n} {fr_unit}."
    assert_renders(fr, f"The vehicle was travelling at {n} {en_unit}.",
                   f"The vehicle was travelling at {other(n, 20, 300)} {en_unit}.")  # fmt: skip
