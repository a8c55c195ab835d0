"""Figure extraction: amounts, percentages, dates, years, times, ordinals and number words
found in French or English text, each with its normalised value (:class:`Fact`).

    >>> [(f.text, f.number) for f in extract("1,36 milliard d'euros", "fr")]
    [("1,36 milliard d'euros", 1360000000.0)]

Language differences live in the word tables (:mod:`summarizer.guard.lexicon`) and the parsers
(:mod:`summarizer.guard.numbers`); this module runs the passes over one text.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import dataclass
from typing import Any

from summarizer.guard import business, numbers, patterns, terms, variants
from summarizer.guard.dates import DateValue
from summarizer.guard.lexicon import (
    ARTICLES,
    CUR_PREFIX,
    CUR_WORDS,
    DAY_PERIODS,
    DECADE_WORDS,
    EN_WORDS,
    FR_WORDS,
    GLUED_UNITS,
    HEDGE,
    MAG_ABBR,
    MAG_WORDS,
    MONTHS,
    NAMED_TIMES,
    ORD_SUFFIX,
    ORDINAL_WORDS,
    OTHER_WORDS,
    PLURAL_APPROX,
    UNIT_WORDS,
)
from summarizer.guard.numbers import currency_code, parse_number, parse_words, precision, prefixed_count, prepare
from summarizer.guard.patterns import (
    ACRONYM,
    AND_A_HALF,
    CAPS_WORDS,
    CHAINED,
    CUR_AFTER,
    CUR_BEFORE,
    CUR_START,
    DATE_RES,
    DAY_LIST,
    ELISION,
    HYPHEN_ID,
    IMPLIED,
    IMPLIED_RE,
    LETTERS,
    NOT_ID,
    NUM,
    PERCENT,
    RANGE,
    ROMAN,
    SLASH_DATE,
    TIME_RES,
    TIMES,
    UNIT_AFTER,
    VULGAR,
    WORD,
)

Reading = tuple[float, float]  # another reading of a figure: (value, precision)


@dataclass(frozen=True)
class Fact:
    """A figure found in a text, with its normalised value.

    ``number`` is the value of every figure but dates; a date's value is ``date``; ``value``
    gives whichever applies.  ``unit`` is a currency code ("EUR", "USD", "$" for an unqualified
    dollar...), "%" or "pp" for percentages and percentage points, a measure ("km", "lb",
    "h"...), "times", or None.
    """

    text: str
    kind: str
    number: float
    unit: str | None
    start: int
    end: int
    step: float = 1.0  # precision of the figure as written ("2.5 billion": 1e8)
    approx: bool = False  # hedged: "about", "environ", "more than"
    vague: bool = False  # vague by nature: "une vingtaine", a unit conversion
    alts: tuple[Reading, ...] = ()  # other readings ("1,000" in French: 1.0 or 1000)
    parts: tuple[float, ...] = ()  # numbers inside it (mantissa, day, year)
    scaled: bool = False  # carries a magnitude word ("million", "Md", "k")
    checked: bool = True  # False for support-only words ("first", "premier")
    date: DateValue | None = None  # dates only
    date_alts: tuple[DateValue, ...] = ()  # other readings of a numeric date ("04/11": 4 Nov or 11 Apr)

    @property
    def value(self) -> float | DateValue:
        """The normalised value: a :class:`DateValue` for dates, else the number."""
        return self.date if self.date is not None else self.number


class Extractor:
    """Scans one text; facts are collected in several passes over still-free spans."""

    def __init__(self, text: str, lang: str) -> None:
        self.orig = text
        self.text, self.index = prepare(text)
        self.lang = lang if lang in ("fr", "en") else "any"
        self.taken: list[tuple[int, int]] = []
        self.facts: list[Fact] = []

    def free(self, a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in self.taken)

    def add(self, a: int, b: int, kind: str, value: float | DateValue, **kw: Any) -> None:
        self.taken.append((a, b))
        o_a, o_b = self.index[a], self.index[b]
        if isinstance(value, DateValue):
            kw["date"], value = value, 0.0
        elif kind == "number" and (period := patterns.scaled_period(self.text, a, b)):  # "seven decades": 70 years
            factor = 10.0 if period.group("ten") else 1000.0 if period.group("thousand") else 100.0
            kw["alts"] = (*kw.get("alts", ()), (value * factor, kw.get("step", 1.0) * factor))
        self.facts.append(Fact(self.orig[o_a:o_b], kind, value, start=o_a, end=o_b, **kw))

    def hedged(self, a: int, b: int) -> bool:
        after = self.text[b : b + 12].lower()
        return bool(HEDGE.search(self.text[max(0, a - 30) : a])) or after.startswith((" environ", " or so"))

    def run(self) -> list[Fact]:
        self.dates()
        self.slash_dates()
        finders = (terms.fractions, business.periods, business.ranks, business.symbolic, business.codes, terms.wars)
        finders += (terms.ages, terms.day_months, terms.once, *variants.FINDERS)
        for finder in (*finders, functools.partial(terms.ratios, lang=self.lang)):
            for a, b, kind, value, extra in finder(self.text):
                if self.free(a, b):
                    fields = {k: v for k, v in extra.items() if k in ("parts", "alts", "checked", "step")}
                    self.add(a, b, kind, value, unit=extra.get("unit"), **fields)
        self.times()
        self.chained()
        self.numbers()
        self.words()
        self.romans()
        return sorted(self.facts, key=lambda f: f.start)

    def dates(self) -> None:
        for rx in DATE_RES[self.lang]:
            for m in rx.finditer(self.text):
                a = min(m.start(g) for g in ("d", "m", "y") if g in m.groupdict() and m.group(g))
                if not self.free(a, m.end()):
                    continue
                raw_m, raw_d = m.group("m"), m.groupdict().get("d")
                if (
                    raw_d is None
                    and m.group("y")
                    and m.group("y") + "-" + raw_m == m.group()
                    and patterns.season_span(m.group("y"), raw_m)
                ):
                    continue  # "la saison 2008-09": two years, read by the range finder
                month = int(raw_m) if raw_m.isdigit() else MONTHS[raw_m.lower().rstrip(".")]
                day = None if raw_d is None else 1 if raw_d == "premier" else int(raw_d)
                year = numbers.full_year(m.group("y")) if m.group("y") else None
                if not (1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
                    continue
                parts = tuple(float(x) for x in (day, month, year) if x is not None)
                if m.groupdict().get("d2"):  # "July 4 and 5, 2013"
                    day2 = int(m.group("d2"))
                    self.add(
                        m.start("d2"), m.end(), "date", DateValue(year, month, day2), unit=None, parts=(float(day2),)
                    )
                    self.add(a, m.end("d"), "date", DateValue(year, month, day), unit=None, parts=parts)
                    continue
                self.add(a, m.end(), "date", DateValue(year, month, day), unit=None, parts=parts)
                while day is not None and (prev := DAY_LIST.search(self.text[max(0, a - 40) : a])):
                    a, day = a - len(prev.group()), int(prev.group("d"))  # "les 20 et 27 novembre"
                    if not 1 <= day <= 31 or not self.free(a, a + len(prev.group("d"))):
                        break
                    self.add(
                        a, a + len(prev.group("d")), "date", DateValue(year, month, day), unit=None, parts=(float(day),)
                    )

    def slash_dates(self) -> None:
        for m in SLASH_DATE.finditer(self.text):
            p, q, y = int(m.group("p")), int(m.group("q")), int(m.group("y"))
            y += 2000 if y < 50 else 1900 if y < 100 else 0
            readings = [DateValue(y, q, p), DateValue(y, p, q)]
            readings = readings if self.lang == "fr" else readings[::-1]
            valid = [r for r in readings if 1 <= r[1] <= 12 and 1 <= r[2] <= 31]
            if valid and self.free(m.start(), m.end()):
                parts = (float(p), float(q), float(y))
                self.add(m.start(), m.end(), "date", valid[0], unit=None, parts=parts,
                         date_alts=tuple(set(valid[1:]) - {valid[0]}))  # fmt: skip

    def times(self) -> None:
        low = self.text.lower()
        needed = (
            "heure" in low or "o'clock" in low,
            any(w in low for w in NAMED_TIMES),
            "past " in low or " to " in low,
        )
        for n, rx in enumerate(TIME_RES):
            if n >= len(TIME_RES) - 3 and not needed[n - len(TIME_RES) + 3]:
                continue  # the patterns of hours in words: only where their words occur
            for m in rx.finditer(self.text):
                if not self.free(m.start(), m.end()):
                    continue
                g = m.groupdict()
                if g.get("named"):  # "midi", "midnight", "12 noon"
                    value = NAMED_TIMES[g["named"].lower()]
                    alts = ((24.0, 1.0),) if value == 0 else ()  # "midi" is coarse: 11h48 is about noon
                    self.add(m.start(), m.end(), "time", value, unit=None, alts=alts, approx=True)
                    continue
                word = (g.get("w") or "").lower()
                w = FR_WORDS.get(word) or EN_WORDS.get(word) or NAMED_TIMES.get((g.get("nr") or "").lower(), 0)
                hour = g.get("h") or str(int(w or 24 * (g.get("rel") == "to")))  # "a quarter to midnight": 23:45
                if g.get("rel"):  # "half past six", "a quarter to 7"
                    offset = {"half": 30, "quarter": 15}.get(g["rel_n"].lower()) or numbers.minutes(g["rel_n"])
                    g = {**g, "mi": str(offset if g["rel"].lower() == "past" else 60 - offset)}
                    hour = str(int(hour) - (g["rel"].lower() == "to"))
                h, sec = int(hour), int(g.get("s") or 0)
                mi = int(g.get("mi") or 0) or (30 if g.get("half") else 15 if g.get("quarter") else 0)
                period = DAY_PERIODS.get((g.get("dp") or "").lower())
                ap = (g.get("ap") or "").lower() or ("p" if period is not None and period >= 12 and h < 12 else "")
                ap = ap or ("a" if period is not None else "")
                h = h % 12 + (12 if ap == "p" else 0) if ap else h
                value = h + mi / 60 + sec / 3600 + float("0." + (g.get("fs") or "0")) / (3600 if g.get("s") else 60)
                alts = () if ap else numbers.clock_alts(value, h, m.group(), self.lang)
                if n == 1 and not ap:  # "1.25 hours": also a decimal number of hours
                    alts += ((float(m.group("h") + "." + m.group("mi")), 0.01),)
                unit = None if mi or ap else "h"
                parts = (float(h), float(mi)) if mi else (float(h),)
                kind, step = ("time", numbers.clock_step(g)) if unit is None else ("number", 1.0)  # "8:00 pm"
                self.add(m.start(), m.end(), kind, value, unit=unit, alts=alts, parts=parts, step=step)

    def chained(self) -> None:
        """Digits with magnitude words between them: "5 mille 352" (5352), "2 millions 140 mille 12"."""
        for m in CHAINED.finditer(self.text) if self.lang != "en" else ():
            if not self.free(m.start(), m.end()):
                continue
            value = 0.0
            for part in re.finditer(r"(\d{1,3})(?:\s+([^\W\d_]+))?", m.group()):
                scale = MAG_WORDS["fr"].get((part.group(2) or "").lower().rstrip("s"), 1.0)
                value += int(part.group(1)) * scale
            currency, a = self._currency_before(m.start())
            b, unit, kind, _ = self._tail(m.end(), True, currency)
            self.add(a, b, kind or "number", value, unit=unit, approx=self.hedged(a, b))

    def _currency_before(self, a: int) -> tuple[str | None, int]:
        m = CUR_BEFORE.search(self.text[max(0, a - 8) : a])
        return (currency_code(m, CUR_PREFIX), a - len(m.group(0))) if m else (None, a)

    def _tail(self, b: int, scaled: bool, currency: str | None) -> tuple[int, str | None, str, float]:
        """Parse what follows a number: magnitude, currency, percent, unit, 'fois'.

        Returns (end, unit, kind hint, multiplier)."""
        t, mult, unit = self.text, 1.0, currency
        mag = re.compile(r"[\s-]?(?P<w>[^\W\d_]+)").match(t, b)  # "2 millions", "$45-million"
        words = MAG_WORDS.get(self.lang, MAG_WORDS["en"] | MAG_WORDS["fr"])
        if mag and not scaled:
            w, after = mag.group("w"), mag.end() + (t[mag.end() : mag.end() + 1] == " ")
            word = re.sub("l{3,}", "ll", w.lower()).rstrip("s")  # "milllions": a typo seen in the wild
            if word in words and not (self.lang == "fr" and w.lower() == "milles"):  # "12 milles": miles
                mult, b, scaled = words[word], mag.end(), True
                more = re.compile(r"[\s-](?P<w>[^\W\d_]+)").match(t, b)  # "4.5 thousand million", "million million"
                if mult in (1e3, 1e6) and more and words.get(more.group("w").lower().rstrip("s"), 0) >= 1e6:
                    mult, b = mult * words[more.group("w").lower().rstrip("s")], more.end()
            elif w in MAG_ABBR and (currency or CUR_AFTER.match(t, after) or patterns.CUR_LINKED.match(t, after)):
                mult, b, scaled = MAG_ABBR[w], mag.end(), True
        if currency is None:
            link = re.compile(r"\s*(?:(?:de|of)\s+|d')" if scaled else r"\s?").match(t, b)
            for start in ([link.end()] if link else []) + [b + (t[b : b + 1] == " ")]:
                m = CUR_AFTER.match(t, start)
                if m:
                    unit, b = currency_code(m, CUR_WORDS), m.end()
                    break
        if unit is None:
            m = PERCENT.match(t, b)
            if m:
                return m.end(), ("pp" if m.group("pp") else "%"), "percentage", mult
            m = TIMES.match(t, b)
            if m:
                return m.end(), "times", "", mult
            m = UNIT_AFTER.match(t, b + (t[b : b + 1] in (" ", "-")))  # "5 km", "a 1,000-mile trip"
            if m:
                return m.end(), currency_code(m, UNIT_WORDS), "", mult
        return b, unit, ("amount" if unit and unit != "lb" else ""), mult

    def _range_tail(self, b: int, currency: str | None) -> tuple[str | None, str, float]:
        """Unit of the second figure of a range ("10 à 15 %", "5 et 100 dollars")."""
        m = RANGE.match(self.text, b)
        if m is None:
            return None, "", 1.0
        pre = CUR_START.match(self.text, m.end())
        nxt = NUM.match(self.text, pre.end() if pre else m.end())
        if nxt is None:
            return None, "", 1.0
        _, unit, kind, mult = self._tail(nxt.end(), False, currency_code(pre, CUR_PREFIX) if pre else currency)
        return unit, kind, mult

    def numbers(self) -> None:
        t = self.text
        for m in NUM.finditer(t):
            a, b = m.span()
            if not self.free(a, b):
                continue
            short_year = re.search(r"(?<![\d.,])((?:1[89]|20)\d\d)[-/]$", t[max(0, a - 5) : a])
            if short_year and len(m.group()) == 2 and m.group().isdigit():  # "2019-21": 2021
                self.add(a, b, "year", float(short_year.group(1)[:2] + m.group()), unit=None)
                continue
            apostrophe = re.search(r"(?<![\w'])'$", t[max(0, a - 2) : a])
            if len(m.group()) == 2 and m.group().isdigit() and apostrophe and not LETTERS.match(t, b):
                v = float(m.group())  # "in '85": an abbreviated year ("'90s" is read as a decade below)
                self.add(a - 1, b, "year", v, unit=None, alts=((1900 + v, 1.0), (2000 + v, 1.0)))
                continue
            hm = HYPHEN_ID.search(t[max(0, a - 20) : a])
            if hm and hm.group("w").lower() not in NOT_ID:
                continue  # COVID-19, MiG-29
            value, step, alts = parse_number(m.group(), self.lang)
            clock_alts, degrees = (), None
            clock = re.fullmatch(r"([01]?\d|2[0-3])[.:]([0-5]\d)", m.group())  # "at 20.30": also a clock time
            if clock and re.search(
                r"\b(?:at|from|until|till|to|by|before|after|around|about)\s$", t[max(0, a - 8) : a], re.I
            ):
                clock_alts = ((int(clock[1]) + int(clock[2]) / 60, 1 / 60),)
                alts += clock_alts
            base = value
            half = re.match(r"\s+(?:([^\W\d_]+)\s+)?(?:and\s+a\s+half|et\s+demie?)\b", t[b : b + 40])
            if (
                half and m.group().isdigit() and (half.group(1) or "").lower() not in FR_WORDS | EN_WORDS
            ):  # "2 ans et demi"
                value, step, alts, b = value + 0.5, 0.5, (), b + half.end()
            if b < len(t) and t[b] in VULGAR:
                value, step, alts, b = value + VULGAR[t[b]], 0.25, (), b + 1
            kind, unit, scaled, decade = "", None, False, False
            glued = LETTERS.match(t, b)
            if glued:
                suffix, integer = glued.group(), not re.search(r"[.,]\d{1,2}$|[.,]\d{4,}$", m.group())
                if suffix in "CF" and (not integer or patterns.TEMPERATURE.search(t[max(0, a - 12) : a])):
                    degrees, b = suffix, glued.end()  # "minus 15C", "to 104F", "a record 28.7C": degrees
                elif len(suffix) == 1 and suffix.isupper() and suffix not in "KMWV":
                    continue  # identifier: 3D, 5G
                elif suffix in ORD_SUFFIX and integer:
                    kind, b = "ordinal", glued.end()
                elif suffix == "s" and len(m.group()) in (2, 4) and m.group().endswith("0"):
                    kind, b, decade = "year", glued.end(), True
                elif suffix in MAG_ABBR and (
                    suffix not in ("m", "M", "mn")
                    or self._currency_before(a)[0]
                    or CUR_AFTER.match(t, glued.end() + (t[glued.end() : glued.end() + 1] == " "))
                ):
                    k = MAG_ABBR[suffix]
                    value, step, scaled, b = value * k, step * k, True, glued.end()
                    alts = tuple((x * k, y * k) for x, y in alts)
                elif suffix.lower() not in GLUED_UNITS:
                    continue  # identifier: 802.11n, 4x4
                elif suffix == "m":  # "1.5m people" (million) or "100m" (metres)
                    alts += ((value * 1e6, step * 1e6),)
            elif t[b : b + 2] == "'s" and len(m.group()) in (2, 4):
                kind, b, decade = "year", b + 2, True
            currency, a2 = self._currency_before(a)
            hedged = self.hedged(a2, b)
            if kind == "":
                b, unit, kind, mult = self._tail(b, scaled, currency)
                unit = unit or degrees
                if unit not in (None, "h") and clock_alts and alts[-1:] == clock_alts:  # "11.25 euros": no clock
                    alts = alts[:-1]
                if mult == 1 and not scaled and not re.fullmatch(r"1\d{3}|20\d\d", m.group()):
                    r_unit, r_kind, r_mult = self._range_tail(b, currency)  # "2 à 3 millions d'euros", "€2-3m"
                    if unit is None:
                        unit, kind, mult = r_unit, r_kind, r_mult
                    elif r_unit in (None, unit) and kind != "percentage":  # not "grew 7% to 65 million"
                        mult = r_mult
                if mult != 1:
                    value, step, scaled = value * mult, step * mult, True
                    alts = tuple((x * mult, y * mult) for x, y in alts)
            plain = m.group().isdigit()
            if decade or re.search(r"ann[ée]es\s+$", t[max(0, a - 8) : a]):
                kind = "year"
                if value < 100:
                    alts = ((1900 + value, 1.0), (2000 + value, 1.0))
            elif not kind:
                is_year = plain and len(m.group()) == 4 and 1000 <= value <= 2100 and not unit
                kind = "year" if is_year else "number"
            parts = (base,) if scaled else ()
            acronym = ACRONYM.search(t[max(0, a2 - 12) : a2])  # "CAC 40", "FTSE 100", "COP 21": a name
            named = kind == "number" and not unit and bool(acronym) and acronym.group("w") not in CAPS_WORDS
            named = named and not re.match(r"\s*[A-Z]{2}", t[b : b + 4])  # not an all-caps headline
            self.add(min(a, a2), b, kind, value, unit=unit, step=step, approx=hedged, alts=alts, parts=parts,
                     scaled=scaled, checked=not named)  # fmt: skip

    def words(self) -> None:
        vocab = FR_WORDS if self.lang == "fr" else EN_WORDS if self.lang == "en" else FR_WORDS | EN_WORDS
        for m in (
            AND_A_HALF.finditer(self.text) if re.search("emi|alf|uart", self.text) else ()
        ):  # "un an et demi", "trois ans et demi", "a year and a half"
            n = 1.0 if m.group("n").lower() in ARTICLES else vocab.get(m.group("n").lower(), 0)
            if n and n < 100 and m.group("u").lower() not in vocab and self.free(m.start(), m.end()):
                self.add(m.start(), m.end(), "number", n + (q := patterns.halves(m)), unit=None, step=q % 0.5 or 0.5)
        toks: list[tuple[str, int, int]] = []
        for m in WORD.finditer(self.text):
            w, start = m.group().lower(), m.start()
            elided = ELISION.match(w) if "'" in w else None
            if elided:  # "d'un", "qu'une", "jusqu'à"
                w, start = w[elided.end() :], start + elided.end()
            w = numbers.number_word(w, vocab, self.lang)  # "quatres" (a typo), "thousand millions"
            if w in DECADE_WORDS and self.free(start, m.end()):  # "the sixties", "in his forties"
                v = DECADE_WORDS[w]
                alts = ((1900.0 + v, 1.0), (2000.0 + v, 1.0), *((float(x), 1.0) for x in range(v + 1, v + 10)))
                self.add(start, m.end(), "number", float(v), unit=None, alts=alts)
                continue
            if w.endswith("fold") and (vocab.get(w[:-4]) or 0) >= 2 and self.free(start, m.end()):  # "fivefold"
                self.add(start, m.end(), "number", patterns.fold_factor(self.text, start, vocab[w[:-4]]), unit="times")
                continue
            if w in vocab or w in OTHER_WORDS:
                if self.free(start, m.end()):
                    toks.append((w, start, m.end()))
            elif (imp := IMPLIED_RE.match(w)) and self.free(start, m.end()):
                value = next(v for i, (_, v) in enumerate(IMPLIED) if imp.group(f"i{i}"))
                self.facts.append(Fact(self.orig[self.index[start] : self.index[m.end()]], "number", float(value),
                                       None, self.index[start], self.index[m.end()], checked=False))  # fmt: skip
            elif w.startswith(("bi", "tri", "quadri")) and m.group().islower() and (n := prefixed_count(w, self.lang)):
                self.facts.append(Fact(self.orig[self.index[start] : self.index[m.end()]], "number", float(n),
                                       None, self.index[start], self.index[m.end()], checked=False))  # fmt: skip
        for w, start, end in toks:  # "d'un mètre", "a mile": one of that unit (support only)
            if w in ARTICLES and w not in ("a", "an") and (unit_m := UNIT_AFTER.match(self.text, end + 1)):
                fact_text = self.orig[self.index[start] : self.index[unit_m.end()]]
                unit = currency_code(unit_m, UNIT_WORDS)
                self.facts.append(Fact(fact_text, "number", 1.0, unit, self.index[start], self.index[unit_m.end()], checked=False))  # fmt: skip
        groups: list[list[tuple[str, int, int]]] = []
        for tok in toks:
            if groups and re.fullmatch(r"\s*-?\s*", self.text[groups[-1][-1][2] : tok[1]]):
                groups[-1].append(tok)
            else:
                groups.append([tok])
        for group in groups:
            words = [w for w, _, _ in group]
            for i, j, value, kind, vague in parse_words(words, vocab):
                a, b = group[i][1], group[j][2]
                if not self.free(a, b):
                    continue
                if kind == "fraction":  # "half of": a figure; "half-time", "the other half", "le tiers": support
                    after = self.text[b : b + 5]
                    followed = re.match(r"[\s-]*(?:(?:of|a|an|des?|du)\s|d')", after, re.I)
                    before = re.search(
                        r"(?:\b(?:a|an|one|the|la|le|un|une)|[\d%])\s+$", self.text[max(0, a - 6) : a], re.I
                    )
                    followed = followed and not words[j].endswith("s") and (before or words[j] in ("half", "moitié"))
                    self.add(a, b, "number", float(value), unit=None, step=0.01, checked=bool(followed))
                    if words[j] == "tiers":  # "le tiers d'EM": third place
                        self.facts.append(Fact(self.orig[self.index[a] : self.index[b]], "ordinal", float(round(1 / value)), None, self.index[a], self.index[b], checked=False))  # fmt: skip
                    continue
                alts = ()
                if kind == "fraction_count":  # "the first three quarters": also a count of three
                    kind, alts = "number", ((float(vocab.get(words[i], 0)), 1.0),)
                elif words[j] in ORDINAL_WORDS and 0 < value < 1 and not re.match(r"\s+of\b", self.text[b : b + 4]):
                    alts = ((float(ORDINAL_WORDS[words[j]]), 1.0),)  # "a third pipeline": an ordinal
                if (  # "un cinquième des salariés", "a fifth of", "up by a fifth": a fraction (20%), or the ordinal
                    kind == "ordinal"
                    and value >= 3
                    and i == j
                    and re.search(r"\b(?:un|une|a|one)[\s-]+$", self.text[max(0, a - 5) : a], re.I)
                    and patterns.share_of(self.text, a, b)
                ):
                    self.add(a, b, "number", 1 / value, unit=None, step=0.01, alts=((value, 1.0),))
                    continue
                annees = re.search(r"ann[ée]es\s+$", self.text[max(0, a - 8) : a])
                if annees and value in range(10, 100, 10):  # "les années trente": the 1930s
                    self.add(a, b, "year", float(value), unit=None, alts=((1900.0 + value, 1.0), (2000.0 + value, 1.0)))
                    continue
                unit, hint = None, ""
                if kind == "number":
                    b, unit, hint, _ = self._tail(b, True, self._currency_before(a)[0])
                if kind == "times":
                    kind, unit = "number", "times"
                scaled = any(vocab.get(w, 0) >= 1000 for w in words[i : j + 1])
                plural = (i == j and words[i] in PLURAL_APPROX) or patterns.set_ordinal(self.text, a, b)  # "hundreds"
                step = precision(str(int(value))) if value == int(value) else 0.01
                if vague:
                    step = max(step, value / 5)
                if words[j] == "dozen":  # "a dozen" also renders "une dizaine" (a false friend): ten
                    alts += ((value / 1.2, step),)
                if self.lang == "fr" and words[j] == "cents" and value < 1000:
                    alts += ((value / 100, 1.0),)
                exp = math.floor(math.log10(value) / 3) * 3 if value >= 1000 else 0
                parts = (value / 10**exp,) if scaled and exp else ()
                self.add(a, b, hint or kind, float(value), unit=unit, step=step, approx=self.hedged(a, b),
                         vague=vague, alts=alts, parts=parts, scaled=scaled,
                         checked=(kind != "ordinal" or value >= 3) and not plural and (value != 0 or bool(hint)))  # fmt: skip

    def romans(self) -> None:
        digits = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
        bare = re.finditer(r"(?<=[^\W\d_] )(?P<r>[IVX]{2,5})(?![\w-])", self.text)  # "phase III", "Louis XIV"
        for m in itertools.chain(ROMAN.finditer(self.text), bare):
            r = m.group("r")
            vals = [digits[c] for c in r]
            value = sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))
            if self.free(m.start(), m.end()) and 0 < value <= 100 and (len(r) > 1 or r in "IVX"):
                self.add(m.start(), m.end(), "ordinal", float(value), unit=None)


def extract(text: str, lang: str = "fr") -> list[Fact]:
    """Return the figures of ``text`` (language "fr" or "en"), in order of appearance."""
    return Extractor(text, (lang or "").lower()[:2]).run()


__all__ = ["DateValue", "Extractor", "Fact", "extract"]
