"""The figure verdict: which figures of an output the source supports.

Tolerated, as a careful fact-checker would: rounding to the output's precision
("2,47 milliards" -> "2.5 billion"; a hedge or a true bound for a loose one, see
:mod:`summarizer.guard.roundings`), digits versus words ("cinq" -> "5"), a year or a day
quoted from a full date, a plain number whose value the source gives with a unit, separators
that read either way ("1.000"), identifiers ("COVID-19", "A320", "CAC 40").  Flagged: any
other value, a unit conversion the translator did, a different currency, a percentage the
source gives only as a plain number, a different date or year.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from dataclasses import dataclass

from summarizer.guard import (
    business,
    durations,
    frequencies,
    months_alone,
    qualifiers,
    range_precision,
    restated,
    roundings,
    scores,
    signs,
)
from summarizer.guard.conversions import beside_original, convert
from summarizer.guard.figures import Fact, extract
from summarizer.guard.flags import Flag
from summarizer.guard.lexicon import CUR_FAMILY, FR_WORDS, GENERIC, MEASURES, MONTHS, PREFIXED_MEASURES
from summarizer.guard.numbers import prepare
from summarizer.guard.patterns import CUR_NAMES, IDENT, RANGE_ORD, SCALED_PERIOD
from summarizer.guard.scope import renders_whole

PERIODS = ("half", "quarter")
LIST_SEP = re.compile(r"\s*(?:,|et|and|ou|or)\s*|\s*,\s*(?:et|and|ou|or)\s+")
HALF_YEAR = re.compile(r"[\s-]+(?:an?\s+|of\s+(?:a|the)\s+)?year\b", re.I)
CENTURY = re.compile(r"\s+(?:siècle|century)\b", re.I)
OF_THE = re.compile(r"\s+(?:du|of\s+the)\s+", re.I)
# A French flat type ("un T3", "F2": its rooms, kitchen and bathroom left out) and what a rendering counts of it.
HOUSING = re.compile(
    r"(?<![\w-])[TF](?P<n>[1-7])(?![\w-])(?!\s*\d)"
    r"|(?<![\w-])(?P<w>deux|trois|quatre|cinq|six|sept|[2-7])[\s-]pi[èe]ces(?![\w-])",  # "un trois-pièces"
    re.I,
)
BEDROOMS = re.compile(r"[\s-]*bed(?:room)?s?\b", re.I)
ROOMS = re.compile(r"[\s-]*rooms?\b", re.I)
NOT_BEDROOMS = re.compile(r"(?![\s-]*bed(?:room)?s?\b)", re.I)
# A clock time written as a plain number: "the 7.04 train", "at 1315" (for "7 h 04", "13 h 15").
CLOCK_TEXT = re.compile(r"(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)|(?P<h2>[01]?\d|2[0-3])\.(?P<mi2>[0-5]\d)")


@dataclass(frozen=True)
class _Entry:
    value: float
    step: float
    unit: str | None
    fact: Fact
    part: bool = False  # a component (mantissa, day, year): supports plain numbers only
    vague: bool = False  # an approximate equivalent (a fraction as a percentage)
    times_only: bool = False  # a factor read from a change ("hausse de 100 %": x2): supports multiples only
    needs: re.Pattern[str] | None = None  # what must follow the output's figure ("un mois": four *weeks*)


_AM_PM = re.compile(r"\d\s?[ap]\.?\s?m\b", re.I)


def _close(o: float, o_step: float, s: float, s_step: float, *, hedged: bool, implicit: bool, vague: bool) -> bool:
    """Whether output value ``o`` (written at precision ``o_step``) can stand for source value ``s``."""
    if math.isclose(o, s, rel_tol=1e-9, abs_tol=1e-12):
        return True
    diff, rel = abs(o - s), abs(o - s) / max(abs(s), 1e-12)
    coarser = o_step > s_step * 1.000001
    if coarser or hedged:  # the output is a rounding of the source
        cap = 0.05 if implicit and not hedged else 0.15
        if coarser and rel <= 0.015 and (o_step >= 1 or diff <= o_step / 2 * (1 + 1e-9)):
            return True  # a figure written with decimals rounds to the nearest: "50.2%" is no rounding of 50,02 %
        if diff <= o_step / 2 * (1 + 1e-9) and rel <= cap and (hedged or roundings.bare_rounding(o, o_step, s)):
            return True  # "about 2,000" for 2 100; "2.5 billion" for 2,47 milliards, but not "$2,000" bare
    near = 0.12 if hedged and 0 < s < 1 else 0.01  # "almost a third" for 30 %
    return vague and (diff <= max(o_step, s_step) / 2 * (1 + 1e-9) or rel <= near)


def _unit_ok(out: str | None, src: str | None, kind: str) -> bool:
    """Whether a source unit is compatible with the output's (None: unspecified)."""
    if out in PERIODS or src in PERIODS:  # "H2" needs a half-year, "Q3" a quarter
        return out == src
    if kind == "percentage":  # "0,5 point" (of percentage) supports "0.5 percentage points"
        return src in ("%", "pp") or (out == "pp" and src == "pt")
    if src is None or out is None or src == out:
        return True
    if kind != "amount":  # "5 km" is not "5 miles"; "points" and "percentage points" are one unit
        return {out, src} <= {"pp", "pt"} or not ({out, src} <= set(MEASURES) | {"pt", "pp", "%", "bp"})
    fam_o, fam_s = CUR_FAMILY.get(out or ""), CUR_FAMILY.get(src)
    return fam_o is not None and fam_o == fam_s and (out in GENERIC or src in GENERIC)


def _entries(facts: list[Fact], text: str) -> list[_Entry]:
    """Every value the source offers, with intermediate ordinals of ranges ("du XIe au XIIIe")."""
    out = []
    for f in facts:
        if f.kind != "date":
            some = f.unit == "times" and not f.checked  # "se multiplia": some multiple, supports multiples only
            out += [_Entry(v, step, f.unit, f, times_only=some) for v, step in ((f.number, f.step), *f.alts)]
        out += [_Entry(p, 1.0, None, f, part=True) for p in f.parts]
        if f.unit == "%":  # "50 %" supports "half", "deux tiers" supports "67%"
            out.append(_Entry(f.number / 100, f.step / 100, None, f, vague=True))
        elif f.kind == "number" and f.unit is None and 0 < f.number < 1:
            out.append(_Entry(f.number * 100, 1.0, "%", f, vague=True))
    for x, y in itertools.pairwise(facts):  # "29 pouces trois quarts", "2 millions et demi"
        whole, frac = (f.number if f.kind in ("number", "amount") else -1.0 for f in (x, y))
        near = len(text[x.end : y.start].split()) <= 2 and y.step < 1  # a written fraction, not "mi-temps"
        if whole >= 0 and 0 < frac < 1 and y.kind == "number" and near:
            scale = whole / x.parts[0] if x.scaled and x.parts and x.parts[0] else 1.0
            if whole / scale == int(whole / scale):
                out.append(_Entry(whole + frac * scale, 0.01 * scale, x.unit, x))
    for m in IDENT.finditer(text):  # "Rd6", "covid-19": their digits support a plain "6", "19"
        ident = Fact(m.group(), "number", 0.0, None, m.start(), m.end(), checked=False)
        out += [_Entry(float(d), 1.0, None, ident, part=True) for d in re.findall(r"\d+", m.group())]
    out += _implied_entries(facts, text)
    for m in HOUSING.finditer(text) if "ièces" in text else ():  # "trois-pièces": three rooms, not three bedrooms
        out = [dataclasses.replace(e, needs=NOT_BEDROOMS) if e.fact.start == m.start() and e.needs is None else e
               for e in out]  # fmt: skip
    ordinals = [f for f in facts if f.kind == "ordinal" and f.checked]
    for x, y in itertools.pairwise(ordinals):
        if RANGE_ORD.match(text[x.end : y.start] + " ") and 1 < y.number - x.number <= 5:
            out += [_Entry(float(v), 1.0, None, x) for v in range(int(x.number) + 1, int(y.number))]
    return out


def _implied_entries(facts: list[Fact], text: str) -> list[_Entry]:
    """Values a source states in other terms: a duration in another unit ("18 mois": a year and a
    half; "trois décennies": 30 years), a knockout round ("huitièmes de finale": the last 16), and a
    plain number that takes the unit stated earlier in its sentence ("hausse de 2,5 % ... de 1,8 à 2,1")."""
    out = []
    for f in facts:
        if f.kind == "time" or f.unit == "h":  # "une heure et quart", "2h30": also a duration in minutes
            out.append(_Entry(f.number * 60, 1.0, None, f, vague=True))
            if f.unit == "h" and f.number % 12 == 0:  # "48 heures": two days (not "23h": one day)
                out.append(_Entry(f.number / 24, f.step / 24, None, f))
        if f.unit in PERIODS:  # "premier semestre": the first six months; "trimestre": three months
            months = Fact(f.text, "number", 6.0 if f.unit == "half" else 3.0, None, f.start, f.end, checked=False)
            out.append(_Entry(months.number, 1.0, None, months))
        if not f.checked and f.number == 6 and f.text.lower().startswith("semest"):  # "un semestre": half a year
            out.append(_Entry(0.5, 0.01, None, f, needs=HALF_YEAR))
        if (
            f.kind == "ordinal"
            and 3 <= f.number <= 10
            and re.search(r"\b(?:un|une|a)\s$", text[max(0, f.start - 4) : f.start])
        ):
            out += [_Entry(1 / f.number, 0.01, None, f, vague=True), _Entry(100 / f.number, 1.0, "%", f, vague=True)]
        if f.kind == "ordinal" and CENTURY.match(text, f.end):  # "le XIXe siècle": the 1800s
            out.append(_Entry(100.0 * (f.number - 1), 1.0, None, f))
        if f.kind == "year" and f.number % 100 == 0 and f.text.endswith("s"):  # "the 1700s": the XVIIIe siècle
            out.append(_Entry(f.number / 100 + 1, 1.0, None, f, needs=CENTURY))
        if f.kind not in ("number", "amount", "percentage") or f.date is not None:
            continue
        if f.unit in ("pt", "pp", "bp"):  # "0,5 point": 50 basis points; "25 points de base": 0.25 point
            k = 0.01 if f.unit == "bp" else 100.0
            out.append(_Entry(f.number * k, f.step * k, "pp" if f.unit == "bp" else "bp", f))
        after = text[f.end : f.end + 16].lower()
        if f.number % 1 == 0.5 and re.search(r"^\S+\s+\S+\s+(?:et|and)\s", f.text):  # "trois ans et demi": unit inside
            after = " " + f.text.split()[1].lower()
        if 0 < f.number < 1:  # "un quart d'heure", "half an hour", "a third of a century": a fraction of the unit
            after = re.sub(r"^[\s-]*(?:d'|(?:de|of)\s+)?(?:an?\s+|une?\s+)?", " ", after)
        unit = durations.unit_after(re.sub(r"^\s*(?:d'|de\s+|of\s+)", " ", after) if f.vague else after)
        if unit:
            out += [_Entry(f.number * k, f.step * k, None, f) for k in durations.FACTORS[unit]]
            if unit == "days" and f.number in (8, 15):  # "huit jours", "quinze jours": one, two weeks
                out.append(_Entry((f.number - 1) / 7, 1.0, None, f))
            if unit == "weeks" and f.number in (1, 2):  # "two weeks": "quinze jours"
                out.append(_Entry(f.number * 7 + 1, 1.0, None, f, needs=durations.DAYS))
            out += [_Entry(f.number * k, f.step * k, None, f, needs=u) for k, u in durations.IN_UNITS.get(unit, ())]
    out += restated.change_entries(facts, text, _Entry)
    for x, y in itertools.pairwise(facts):  # "les années 80 du XIXe siècle": the 1880s
        decade = x.number if x.kind in ("year", "number") and x.number in range(0, 100, 10) else None
        century = y.kind == "ordinal" and CENTURY.match(text, y.end) and OF_THE.fullmatch(text[x.end : y.start])
        if decade is not None and century and re.search(r"ann[ée]es?\s+$", text[max(0, x.start - 8) : x.start]):
            out.append(_Entry(100.0 * (y.number - 1) + decade, 1.0, None, x))
    for d in durations.single_units(text):  # "un an": twelve months; "a week": seven days (not the digit 1)
        article = text[d.start : d.end].split()[0]
        one = Fact(article, "number", 1.0, None, d.start, d.start + len(article), checked=False)
        out += [_Entry(k, k, None, one) for k in durations.FACTORS[d.unit] if k > 1]
        units = durations.IN_UNITS.get(d.unit, ())  # "un mois": four weeks, 30 days
        out += [_Entry(k, 1.0, None, one, needs=unit) for k, unit in units]
        out += [_Entry(8.0, 1.0, None, one, needs=durations.DAYS)] if d.unit == "weeks" else []
    for m, teams in restated.knockout_rounds(text):  # a round named by its matches: its teams (support only)
        fact = Fact(m.group(), "number", float(teams), None, m.start(), m.end(), checked=False)
        out.append(_Entry(float(teams), 1.0, None, fact))
    for m in HOUSING.finditer(text):  # "un T3": a three-room flat, with two bedrooms
        rooms = float(m.group("n") or FR_WORDS.get(m.group("w").lower()) or m.group("w"))
        fact = Fact(m.group(), "number", rooms, None, m.start(), m.end(), checked=False)
        out += [_Entry(rooms - 1, 1.0, None, fact, needs=BEDROOMS), _Entry(rooms, 1.0, None, fact, needs=ROOMS)]
    unit: str | None = None
    scale, money = 1.0, False
    for prev, f in itertools.pairwise(facts):
        if re.search(r"[.!?;]\s", text[prev.end : f.start]):
            unit = None
        if prev.kind in ("percentage", "amount"):
            unit, money = prev.unit, prev.kind == "amount"
            scale = prev.number / prev.parts[0] if prev.scaled and prev.parts and prev.parts[0] else 1.0
        if unit and f.kind == "number" and f.unit is None and f.checked and not f.scaled:
            kind_unit = unit if prev.kind == "amount" or unit in ("%", "pp") else None
            out.append(_Entry(f.number, f.step, kind_unit, f))
            if scale != 1.0 and money:  # "5 millions d'euros en 2012 et 7 en 2013": also 7 million euros
                out.append(_Entry(f.number * scale, f.step * scale, unit, f))
    return out + _listed_entries(facts, text)


def _listed_entries(facts: list[Fact], text: str) -> list[_Entry]:
    """Plain numbers listed before an amount take its unit and magnitude ("5, 6 et 7 millions d'euros": €5m)."""
    out, carry = [], None
    for f, nxt in reversed(list(itertools.pairwise(facts))):
        if not LIST_SEP.fullmatch(text[f.end : nxt.start]):
            carry = None
            continue
        if nxt.kind in ("amount", "percentage") and nxt.scaled and nxt.parts and nxt.parts[0]:
            carry = (nxt.unit, nxt.number / nxt.parts[0])
        elif nxt.kind in ("amount", "percentage"):
            carry = (nxt.unit, 1.0)
        if carry and f.kind == "number" and f.unit is None and f.checked and not f.scaled:
            out.append(_Entry(f.number * carry[1], f.step * carry[1], carry[0], f))
        elif not (carry and f.kind in ("amount", "percentage")):
            carry = None
    return out


def _date_verdict(f: Fact, src: list[Fact], months: set[int]) -> tuple[str, str, Fact | None] | None:
    """Whether a date of the output is supported; a year-less date or a month-year may be."""
    years = {int(v) for s in src if s.kind == "year" for v, _ in ((s.number, 1.0), *s.alts)}
    years |= {s.date.year for s in src if s.date is not None and s.date.year}
    dates = [(s, reading) for s in src if s.date is not None for reading in (s.date, *s.date_alts)]
    best, year_only = None, False
    for y, mo, d in (f.date, *f.date_alts) if f.date else ():
        for s, (sy, smo, sd) in dates:
            if smo != mo or (d is not None and sd != d):
                best = best or (s if smo == mo else None)
                continue
            if y is None or sy == y or (sy is None and y in years):
                return None
            best, year_only = s, True
        if d is None and y in years and mo in months:
            return None
    if best and year_only:
        return "date_mismatch", f"date differs from the source: the year does not match '{best.text}'", best
    if best:
        return "date_mismatch", f"date differs from the source: the day does not match '{best.text}'", best
    return "absent", "date absent from source: no date in the source matches it", None


def _describe(f: Fact) -> str:
    if f.date is not None:
        return "-".join("?" if x is None else str(x) for x in f.date)
    v = f.number
    if f.kind == "time":
        return f"{int(v):02d}:{round(v % 1 * 60):02d}"
    number = f"{v:.10g}" if f.kind in ("year", "ordinal") else f"{v:,.10g}"
    return number + (f" {f.unit}" if f.unit else "")


def _judge(
    f: Fact,
    entries: list[_Entry],
    src: list[Fact],
    months: set[int],
    after: str = "",
    texts: tuple[str, str] = ("", ""),
) -> tuple[str, str, Fact | None] | None:
    """Return None if the source supports ``f`` (followed by ``after`` in the output), else (code, reason, closest).

    ``texts``: the output and the source, where the bounds before the figures are read ("over", "plus de")."""
    if f.kind == "date":
        return _date_verdict(f, src, months)
    if f.kind == "code":  # a phone number or digit code: the same digits, any separators
        if any(s.kind in ("code", "number") and s.number == f.number for s in src):  # "0 800 130 000"
            return None
        return "absent", f"code absent from source: no number in the source has the digits of '{f.text}'", None
    plain = f.kind in ("number", "ordinal", "year", "time") and not f.scaled and f.unit in (None, "times", "h")
    plain = plain and not (f.kind == "time" and f.step < 1)  # "8:00 pm" is no quote of the hour of "20 h 30"
    value = f.number
    step = f.step
    if f.approx and step == 1 and value == int(value) and value and not f.scaled:  # "about 20": rounded to tens
        step = 10.0 ** (len(str(int(value))) - len(str(int(value)).rstrip("0")))
    implicit = not f.scaled and step > 1
    readings = ((value, 1.0 if f.kind == "year" else step), *f.alts)
    if f.kind == "number" and re.fullmatch(r"0\d", f.text):  # "autumn 08": a year written short
        readings += ((2000.0 + value, 1.0),)
    if f.kind in ("number", "year") and f.unit is None and (clock := CLOCK_TEXT.fullmatch(f.text)):
        hour = int(clock["h"] or clock["h2"]) + int(clock["mi"] or clock["mi2"]) / 60
        twelve = 12 if clock["h2"] else 24  # "the 7.04 train" may be 19 h 04; "1315" is 13 h 15
        if any((s.kind == "time" or s.unit == "h") and math.isclose(s.number % twelve, hour % twelve) for s in src):
            return None  # the source's clock time, written as a number
    verb = f.unit == "times" and bool(restated.MULTIPLE.fullmatch(f.text))
    o_bound = roundings.bound(texts[0], f.start)
    mismatch: _Entry | None = None
    converted: _Entry | None = None
    half_day = f.kind == "time" and bool(_AM_PM.search(f.text))  # "11.11am": one half of the day, said
    # "three decades": its 30 years are no plain 30, which a mantissa ("30 millions") or a day would support
    decades = f.kind == "number" and bool(f.alts) and bool(SCALED_PERIOD.match(texts[0], f.end))
    for e in entries:
        if half_day and (e.fact.kind == "time" or e.fact.unit == "h") and e.fact.number >= 13 > e.value:
            continue  # "23 h 11" is a 24-hour time: it has no morning reading
        if (e.part and not plain) or (e.vague and e.unit == "%" and f.kind != "percentage"):
            continue  # a fraction read as a percentage ("un quart": 25%) supports percentages only
        if e.needs is not None and not e.needs.match(after):
            continue  # "un mois" supports "four weeks", not "four days"
        if e.times_only and f.unit != "times":
            continue  # a factor read from a change ("hausse de 100 %": x2) supports multiples only
        if verb and e.unit is None and e.fact.kind == "number" and e.fact.checked and e.fact.number in range(2, 100):
            continue  # "doubled" needs a multiple ("deux fois", "a doublé"), not any two ("en deux ans")
        if not e.fact.checked and e.fact.kind == "ordinal" and f.kind != "ordinal" and re.search(r"\d", f.text):
            continue  # "premier" supports "first" and "World War One", not a digit
        values = [(e.value, e.step, e.fact.vague or e.vague)]
        conv = convert(e.value, e.step, e.unit, f.unit) if f.unit in MEASURES else None
        if conv:
            values.append((conv[0], conv[1], True))
        for n, (sv, s_step, vague) in enumerate(values):
            if f.kind == "year":  # a year is exact: "2012" never stands for 2013
                ok = any(math.isclose(o, sv) for o, _ in readings)
            elif f.kind == "percentage" and vague:  # "deux tiers" may be written 67% or 66.7%
                ok = any(abs(o - sv) <= max(o_step, 0.1) for o, o_step in readings)
            else:
                s_bound = roundings.bound(texts[1], e.fact.start)
                ok = any(_close(o, o_step, sv, s_step, implicit=implicit, vague=vague,
                                hedged=roundings.hedge(o_bound, f.approx, s_bound, e.fact.approx, o, sv))
                         for o, o_step in (readings[:1] if e.part and decades else readings))  # fmt: skip
            if ok and n == 1 and f.unit in PREFIXED_MEASURES:
                return None  # "1.2 GW" for "1 200 MW": the same unit, another SI prefix
            if ok and n == 1:  # only as a unit conversion the translator did: the reader should know
                converted = converted or e
            elif ok and _unit_ok(f.unit, e.unit, f.kind):
                return None
            elif ok and f.unit in PERIODS and e.unit is None and e.fact.kind == "ordinal":
                return None  # "deuxième mi-temps" / "second half", "troisième quart-temps" / "third quarter"
            else:
                mismatch = mismatch or (e if ok else None)
    share = len(f.parts) == 2 and f.parts[1] > f.parts[0] > 0 and math.isclose(f.number, f.parts[0] / f.parts[1])
    if share and all(any(e.unit is None and math.isclose(e.value, p) for e in entries) for p in f.parts):
        return None  # "3 tirs sur 7" for "3-of-7": both counts of the share are in the source
    if converted:
        s = converted.fact
        reason = f"unit converted: the source has '{s.text}' ({_describe(s)}); check the conversion"
        return "unit_conversion", reason, s
    if mismatch:
        s = mismatch.fact
        if f.kind == "amount":
            src_cur, out_cur = (CUR_NAMES.get(u or "", u) for u in (s.unit, f.unit))
            reason = (
                f"currency differs: the source gives this amount in {src_cur} ('{s.text}'), the output in {out_cur}"
            )
            return "currency_mismatch", reason, s
        if f.kind == "percentage" or s.unit is None:
            return (
                "unit_mismatch",
                f"unit differs: the source has {_describe(s)} but not as a percentage ('{s.text}')",
                s,
            )
        return (
            "unit_mismatch",
            f"unit differs: the source has {_describe(s)} ('{s.text}'), the output {_describe(f)}",
            s,
        )
    same = [s for s in src if s.kind == f.kind and s.checked and s.date is None]
    if not same:
        what = {"amount": "amount", "percentage": "percentage", "year": "year"}.get(f.kind, "figure")
        return "absent", f"absent from source: no {what} in the source has the value {_describe(f)}", None
    v = abs(f.number) + 1e-9
    best = min(same, key=lambda s: abs(math.log((abs(s.number) + 1e-9) / v)))
    return "value_mismatch", f"value differs from the source: {_describe(f)} here, closest is '{best.text}'", best


def _literal_in(f: Fact, source: str) -> bool:
    """The figure appears verbatim in the source, or is a code like the source's ("802.11g" / "802.11a")."""
    token = re.sub(r"\s+", " ", f.text.strip())
    pattern = r"(?<![\w.,])" + re.escape(token).replace(r"\ ", r"\s+") + r"(?![\w]|[.,]\d)"
    glued = re.fullmatch(r"(\d[\d.,]*)[^\W\d_]+", token)
    if glued:
        pattern += r"|(?<![\w.,])" + re.escape(glued.group(1)) + r"[^\W\d_]"
    return bool(re.search(pattern, source))


@functools.lru_cache(maxsize=8)
def _source_view(source: str, source_lang: str) -> tuple[list[Fact], str, list[_Entry], frozenset[int]]:
    """What a source offers to support figures, computed once per article (the pipeline checks
    several outputs against the same article)."""
    src = extract(source, source_lang)
    norm_source = prepare(source)[0]
    months = frozenset(MONTHS[w] for w in re.findall(r"[^\W\d_]+", norm_source.lower()) if w in MONTHS)
    months |= months_alone.feast_months(norm_source)  # "la rentrée 2025": September 2025
    return src, norm_source, _entries(src, source), months


def source_months(source: str, source_lang: str) -> tuple[list[Fact], frozenset[int]]:
    """The figures of ``source`` and the months it names (computed once per article), for comparing a text's
    months named alone with the whole source (:func:`~summarizer.guard.months_alone.changed_months`)."""
    src, _, _, months = _source_view(source, source_lang)
    return src, months


def check_figures(source: str, output: str, source_lang: str = "fr", output_lang: str = "en") -> list[Flag]:
    """Flag every figure of ``output`` that ``source`` does not support (empty list: all supported)."""
    out = range_precision.same_precision(extract(output, output_lang), output)
    full = renders_whole(source, len(output))  # a rendering of the whole source (a translation), not a summary
    if not full and not any(f.checked for f in out) and not business.IDENT_CODE.search(output):
        return []  # nothing to check: the source's figures need not be read
    src, norm_source, entries, months = _source_view(source, source_lang)
    flags = []
    for fact in out:
        if not fact.checked:
            continue
        verdict = _judge(fact, entries, src, months, output[fact.end : fact.end + 16], (output, source))
        if verdict is None or _literal_in(fact, norm_source):
            continue
        code, reason, closest = verdict
        if code in ("unit_conversion", "value_mismatch") and beside_original(fact, out, output, closest):
            continue  # "3,000 hectares (7,400 acres)", "-20C (-4F)": the reader has the source's figure too
        flags.append(
            Flag(fact.text, fact.kind, reason, fact.start, fact.end, fact.value, fact.unit, code,
                 closest.text if closest else None)
        )  # fmt: skip
    # "second round" for "troisième tour": only in a rendering of the whole source (a translation), since a
    # summary may use "premier" or "des milliers" in its own words ("dans un premier temps")
    for fact, lost in restated.substitutes(src, out) if full else ():
        reason = f"value differs from the source: {_describe(fact)} here, the source has '{lost.text}'"
        flags.append(Flag(fact.text, fact.kind, reason, fact.start, fact.end, fact.value, fact.unit, "value_mismatch",
                          lost.text))  # fmt: skip
    for start, end, lost_text in (
        durations.changed_durations(source, output) if full else ()
    ):  # "a month" for "quinze jours"
        reason = f"duration differs from the source: '{output[start:end]}' here, the source has '{lost_text}'"
        flags.append(Flag(output[start:end], "number", reason, start, end, None, None, "value_mismatch", lost_text))
    for fact, mine, theirs in (
        qualifiers.changed_qualifiers(source, output, src, out, source_lang, output_lang) if full else ()
    ):  # "€1m a week" for "1 million d'euros par jour", "18 weeks" for "18 mois"
        reason = f"qualifier differs from the source: '{fact.text}' {mine} here, the source has it {theirs}"
        flags.append(Flag(fact.text, fact.kind, reason, fact.start, fact.end, fact.number, fact.unit,
                          "value_mismatch", None))  # fmt: skip
    for start, end in qualifiers.changed_weekdays(source, output, source_lang, output_lang) if full else ():
        reason = f"day differs from the source: '{output[start:end]}' here, the source names no such day"
        flags.append(Flag(output[start:end], "date", reason, start, end, None, None, "value_mismatch", None))
    for start, end in frequencies.changed_frequencies(source, output) if full and output_lang == "en" else ():
        reason = f"frequency differs from the source: '{output[start:end]}' here, the source states another"
        flags.append(Flag(output[start:end], "number", reason, start, end, None, None, "value_mismatch", None))
    for start, end in (
        months_alone.changed_months(source, output, months, out, src, output_lang) if full else ()
    ):  # "in May"
        reason = f"month differs from the source: '{output[start:end]}' here, the source names no such month"
        flags.append(Flag(output[start:end], "date", reason, start, end, None, None, "value_mismatch", None))
    for fact, same in roundings.reversed_bounds(source, output, src, out) if full else ():  # "under" for "over"
        if not any(f.start < fact.end and f.end > fact.start for f in flags):
            reason = f"bound differs from the source: '{fact.text}' is bounded the other way there ('{same.text}')"
            flags.append(Flag(fact.text, fact.kind, reason, fact.start, fact.end, fact.number, fact.unit,
                              "value_mismatch", same.text))  # fmt: skip
    for fact, same in signs.changed_signs(source, output, src, out) if full else ():  # "minus 15" for "15 degrés"
        if not any(f.start < fact.end and f.end > fact.start for f in flags):
            reason = f"sign differs from the source: '{fact.text}' here, the source has '{same.text}'"
            flags.append(Flag(fact.text, fact.kind, reason, fact.start, fact.end, fact.number, fact.unit,
                              "value_mismatch", same.text))  # fmt: skip
    for start, end, lost_text in scores.changed_scores(source, output) if full else ():  # "7-5" for "7-6"
        if not any(f.start < end and f.end > start for f in flags):
            reason = f"score differs from the source: '{output[start:end]}' here, the source has '{lost_text}'"
            flags.append(Flag(output[start:end], "number", reason, start, end, None, None, "value_mismatch", lost_text))
    return sorted(flags + _changed_codes(source, output, flags), key=lambda f: f.start)


def _changed_codes(source: str, output: str, flags: list[Flag]) -> list[Flag]:
    """Product and model codes of the output that the source writes with other digits ("A350" -> "A380",
    "3G" -> "4G").

    A code written differently ("A-350", "a350") is the same code; a code the source does not have
    at all is left to the name guard."""
    by_letters: dict[str, set[str]] = {}
    texts: dict[tuple[str, str], str] = {}
    for m in business.code_matches(prepare(source)[0]):
        key = business.code_key(m.group())
        if key:
            by_letters.setdefault(key[0], set()).add(key[1])
            texts[key] = m.group()
    out = []
    for m in business.code_matches(output):
        key = business.code_key(m.group())
        if not key or key[0] not in by_letters or key[1] in by_letters[key[0]]:
            continue
        if any(f.start < m.end() and f.end > m.start() for f in flags):
            continue
        closest = texts[(key[0], sorted(by_letters[key[0]])[0])]
        reason = f"code differs from the source: '{m.group()}' here, the source has '{closest}'"
        out.append(Flag(m.group(), "code", reason, m.start(), m.end(), None, None, "value_mismatch", closest))
    return out
