"""Figures restated in other terms: a change as a multiple ("a doublé", "tripled", "halved",
"divisé par deux"), even odds ("50-50", "fifty-fifty"), a 24-hour clock ("0900 GMT", "at 1430
hours"), decimals in words ("one point two million"), "grand" for a thousand ("three grand"),
age groups ("the over-60s", "under-21s", "U21") and French fraction ordinals ("les 4/5es").

Each finder yields spans ``(start, end, kind, value, extra)`` over a prepared text, like
:mod:`summarizer.guard.variants`; ``extra`` holds Fact fields (unit, parts, alts, checked, step).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterator
from typing import Any

from summarizer.guard.lexicon import CUR_WORDS, EN_WORDS, FR_WORDS, ORDINAL_WORDS
from summarizer.guard.numbers import currency_code
from summarizer.guard.patterns import CUR_AFTER, CUR_LINKED, ROUND, alternation

Span = tuple[int, int, str, float, dict]

_SMALL = {w: int(v) for w, v in (FR_WORDS | EN_WORDS).items() if 2 <= v <= 10 and v == int(v)}
# A change written as a multiple: the verb carries the factor ("doubled": x2, "halved": x0.5).
_FACTOR_STEMS = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "quintupl": 5.0, "décupl": 10.0, "decupl": 10.0}
MULTIPLE = re.compile(
    r"(?<![\w-])(?P<stem>doubl|tripl|quadrupl|quintupl|d[ée]cupl)(?:ed|es|ing|é|ée|és|ées|er|era|eront|ent|ait|aient|e)"
    r"(?![\w-])"
    r"|(?<![\w-])(?P<halved>halv(?:ed|ing))(?![\w-])"
    r"|(?<![\w-])(?P<vague>multipli(?:ed|é|ée|és|ées|a|ait|aient|er|ent))(?![\w-])(?!\s+(?:par|by)\b)"
    rf"|(?<![\w-])(?:(?P<div>divis[ée]e?s?|divided|divise|divisera|divisent)|multipli(?:ed|é|ée|és|ées|a|ait|aient|er|ent))"
    rf"\s+(?:par|by)\s+(?P<by>\d{{1,2}}(?:[.,]\d)?|{alternation(_SMALL)})"
    r"(?![\w])",
    re.I,
)
# "50-50", "fifty-fifty": even odds, a half.
EVEN_ODDS = re.compile(r"(?<![\w.,/-])(?:50\s?[-/]\s?50|fifty[\s-]fifty)(?![\w/-]|[.,]\d)", re.I)
# "0900 GMT", "1430 hours", "at 0600": a clock time on 24 hours without a separator.
_ZONES = r"(?:GMT|UTC|Z|CET|CEST|EST|EDT|PST|PDT|BST|hours|hrs|h|local\s+time|heure\s+locale)"
CLOCK24 = re.compile(
    rf"(?<![\w.,:$€£-])(?:(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s?(?={_ZONES}\b)"
    r"|(?<=\bat\s)(?P<h0>0\d)(?P<mi0>[0-5]\d)(?![\w:]|[.,]\d|\s?%))"
)
# "one point two million", "un virgule cinq milliard": a decimal number in words.
_DIGIT_WORDS = {w: int(v) for w, v in (FR_WORDS | EN_WORDS).items() if 0 <= v <= 9 and v == int(v) and len(w) > 1}
_UNITS_WORDS = {w: int(v) for w, v in (FR_WORDS | EN_WORDS).items() if 0 <= v < 100 and v == int(v) and len(w) > 1}
_MAGNITUDES = {"thousand": 1e3, "mille": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
               "milliard": 1e9, "milliards": 1e9, "trillion": 1e12}  # fmt: skip
DECIMAL_WORDS = re.compile(
    rf"(?<![\w-])(?P<i>\d{{1,3}}|{alternation(_UNITS_WORDS)})\s+(?:point|virgule)\s+"
    rf"(?P<d>(?:{alternation(_DIGIT_WORDS)})(?:\s+(?:{alternation(_DIGIT_WORDS)})){{0,2}})"
    rf"(?:\s+(?P<mag>{alternation(_MAGNITUDES)})(?![\w-])|\s?(?P<pct>%|percent|per\s+cent|pour\s+cent)(?![\w-])"
    r"|(?=\s*(?:[.,;:!?)]|$)))",  # "won by one point two years ago" is no decimal
    re.I,
)
# "three grand", "20 grand a year": thousands (of a currency the sentence gives).
GRAND = re.compile(
    rf"(?<![\w-])(?P<n>\d{{1,3}}|{alternation(_UNITS_WORDS)})\s+grand"
    r"(?=\s*(?:[.,;:!?)]|$|\s(?:a|an|per|in|for|on|each|to|and|or|from|more|less|apiece|last|this|every)\b))"
)
# "the over-60s", "under-21s", "U21", "les moins de 21 ans" is read elsewhere: an age limit.
AGE_GROUP = re.compile(r"(?<![\w-])(?:(?:over|under)[\s-](?P<n>\d{2})s|U-?(?P<u>1\d|2[0-3]))(?![\w-])", re.I)
# "les 4/5es", "les 2/3 des": a fraction written with a French ordinal suffix.
FRACTION_ORDINAL = re.compile(r"(?<![\w./,])(?P<a>\d)/(?P<b>\d{1,2})(?:es|èmes|emes|e)(?![\w/])")


# Knockout rounds named by the fraction of the final they are: "quarts de finale", "semi-finals".
_ROUND_FRACTIONS = {"quart": 4, "quarter": 4, "demi": 2, "demie": 2, "semi": 2}


def knockout_rounds(text: str) -> Iterator[tuple[re.Match[str], int]]:
    """Each knockout round (:data:`~summarizer.guard.patterns.ROUND`) with the number of teams it has: twice
    its matches ("huitièmes de finale", "8es de finale", "eighth-finals": 16; "quarter-finals": 8)."""
    for m in ROUND.finditer(text) if any(w in text for w in ("final", "quarts", "ièmes", "demies", "carré")) else ():
        if m.group("sq"):  # "le dernier carré": the four semi-finalists
            yield m, 4
            continue
        word = (m.group("w") or m.group("w2") or m.group("w3") or "").lower().rstrip("s")
        n = int(m.group("d")) if m.group("d") else ORDINAL_WORDS.get(word) or _ROUND_FRACTIONS.get(word, 0)
        if n:
            yield m, 2 * n


def rounds(text: str) -> Iterator[Span]:
    """'huitièmes de finale': the last 16; 'quarter-finals': the last eight; 'demi-finale', 'le dernier carré': the
    last four."""
    for m, teams in knockout_rounds(text):
        yield m.start(), m.end(), "number", float(teams), {}


def multiples(text: str) -> Iterator[Span]:
    """'a doublé', 'tripled': the factor (2, 3) with the unit "times"; 'halved', 'divisé par deux': 0.5."""
    low = text.lower()
    if not ("doubl" in low or "tripl" in low or "upl" in low or "halv" in low or "divi" in low or "multipli" in low):
        return
    for m in MULTIPLE.finditer(text):
        if m.group("stem"):
            value = _FACTOR_STEMS[m.group("stem").lower()]
        elif m.group("halved"):
            value = 0.5
        elif m.group("vague"):  # "le chiffre d'affaires se multiplia": some multiple (support only)
            alts = tuple((float(k), 1.0) for k in range(3, 11))
            yield m.start(), m.end(), "number", 2.0, {"unit": "times", "alts": alts, "checked": False}
            continue
        else:
            by = m.group("by").lower()
            n = float(by.replace(",", ".")) if by[0].isdigit() else _SMALL[by]
            if n < 2:
                continue
            value = 1 / n if m.group("div") else n
        checked = not (m.group("stem") and _idiom(text, m))
        if not checked and m.group().lower().endswith("e"):
            continue  # "un double meurtre", "quintuple champion": no change (a support-only count below)
        yield (
            m.start(),
            m.end(),
            "number",
            value,
            {"unit": "times", "step": 0.1 if value < 1 else 1.0, "checked": checked},
        )


# A French verb of change needs its auxiliary ("ont doublé", "a presque triplé", "va doubler"): "un film doublé"
# is dubbed, "il a doublé le camion" overtook it; in English "doubled as", "doubled down" are idioms.
_AUX = re.compile(
    r"\b(?:a|ont|avait|avaient|aura|auront|aurait|auraient|va|vont|devrait|devraient|pourrait|pourraient|de|à|été"
    r"|être)\s+(?:[^\W\d_]+\s+)?$",
    re.I,
)
_EN_IDIOM = re.compile(r"\s+(?:as|down|up|over|back|in\s+size|the\s+lead)\b", re.I)


def _idiom(text: str, m: re.Match[str]) -> bool:
    """Whether a verb of change is used in another sense (support only then)."""
    word, before = m.group().lower(), text[max(0, m.start() - 30) : m.start()]
    if word.endswith("es"):  # "X doubles its sales"; "the mixed doubles", "les bouchées doubles" are no change
        if re.match(r"\s+(?:its|their|his|her|the|in|to|from|every|each|again|by)\b", text[m.end() :], re.I):
            return False
        # "the levy triples for business class": after a word that is no determiner, before a preposition
        clause = re.match(
            r"\s+(?:for|this|next|after|when|if|under|within|over|since|at|with)\b", text[m.end() :], re.I
        )
        noun = re.search(r"(?:\b(?:the|a|an|mixed|of|in|and|or|les|des|aux)|'s|s'|^)\s*$", before, re.I)
        return not (clause and not noun)
    if word.endswith("e"):  # "will double", "to triple", "saw its premium double.": the verb, not "a double room"
        modal = re.search(r"\b(?:will|would|could|can|may|might|should|must|to|'ll)\s+(?:\w+ly\s+)?$", before, re.I)
        ends = re.match(r"\s*(?:[.;,]|$|(?:by|in|within|over|again|from|since|this|next)\b)", text[m.end() :], re.I)
        article = re.search(r"\b(?:a|an|the|its|their|his|her|our|un|une|le|la|les|du|des|en)\s+$", before, re.I)
        return not (modal or (ends and not article))
    if word.endswith(("ed", "ing")):
        return bool(_EN_IDIOM.match(text, m.end()) or re.search(r"\b(?:the|a|in|mixed|of)\s+$", before, re.I))
    if not word.endswith(("é", "ée", "és", "ées", "er")):  # "les ventes doublent"
        return False
    after = text[m.end() : m.end() + 40]
    dubbed = re.match(r"\s+(?P<p>en|par)\s+(?P<w>[^\W\d_]+)", after)  # "doublé en français", "doublé par Jean Reno"
    if dubbed and (
        dubbed.group("w").lower() in _languages() if dubbed.group("p") == "en" else dubbed.group("w").istitle()
    ):
        return True
    return not _AUX.search(before) or bool(re.match(r"\s+(?:le|la|les|l')\b", after, re.I))


@functools.cache
def _languages() -> frozenset[str]:
    """Language names in French (Babel's CLDR data): "français", "anglais"."""
    from babel import Locale

    return frozenset(name.lower() for name in Locale("fr").languages.values())


def even_odds(text: str) -> Iterator[Span]:
    """'50-50', 'fifty-fifty': a half (also read as 50)."""
    for m in EVEN_ODDS.finditer(text) if "50" in text or "ifty" in text else ():
        yield m.start(), m.end(), "number", 0.5, {"step": 0.01, "alts": ((50.0, 1.0),)}


def clock24(text: str) -> Iterator[Span]:
    """'0900 GMT', 'at 1430 hours': a clock time (9.0, 14.5)."""
    for m in CLOCK24.finditer(text):
        h, mi = int(m.group("h") or m.group("h0")), int(m.group("mi") or m.group("mi0"))
        parts = (float(h), float(mi)) if mi else (float(h),)
        yield m.start(), m.end(), "time", h + mi / 60, {"parts": parts}


def _unit_after(text: str, end: int) -> tuple[int, str | None]:
    """A currency right after a figure ("euros", "of dollars"): its end and code."""
    cur = CUR_LINKED.match(text, end + 1) or CUR_AFTER.match(text, end + 1) if text[end : end + 1] == " " else None
    return (cur.end(), currency_code(cur, CUR_WORDS)) if cur else (end, None)


def decimal_words(text: str) -> Iterator[Span]:
    """'one point two million': 1.2 million (in the currency that follows)."""
    for m in DECIMAL_WORDS.finditer(text) if " point " in text or " virgule " in text else ():
        i = m.group("i").lower()
        whole = int(i) if i.isdigit() else _UNITS_WORDS[i]
        digits = "".join(str(_DIGIT_WORDS[d.lower()]) for d in m.group("d").split())
        value = float(f"{whole}.{digits}")
        k = _MAGNITUDES.get((m.group("mag") or "").lower(), 1.0)
        end, unit = _unit_after(text, m.end()) if not m.group("pct") else (m.end(), "%")
        step = 10.0 ** -len(digits) * k
        kind = "percentage" if unit == "%" else "amount" if unit else "number"
        yield m.start(), end, kind, value * k, {"unit": unit, "step": step, "parts": (value,)}


# "a score of people": about twenty ("a score of 6-4" is a result).
SCORE = re.compile(r"(?<![\w-])(?:an?|one)\s+score\s+of(?!\s+\d)", re.I)


def scores(text: str) -> Iterator[Span]:
    """'a score of': about 20."""
    for m in SCORE.finditer(text) if "score of" in text else ():
        yield m.start(), m.end(), "number", 20.0, {"step": 5.0}


def grands(text: str) -> Iterator[Span]:
    """'three grand': 3,000 (of a currency the sentence gives)."""
    for m in GRAND.finditer(text) if " grand" in text else ():
        n = m.group("n").lower()
        value = (int(n) if n.isdigit() else _UNITS_WORDS[n]) * 1000.0
        yield m.start(), m.end(), "number", value, {"step": 1000.0, "parts": (value / 1000,)}


def age_groups(text: str) -> Iterator[Span]:
    """'the over-60s', 'under-21s', 'U21': the age limit (60, 21)."""
    for m in AGE_GROUP.finditer(text) if "s" in text or "U" in text else ():
        yield m.start(), m.end(), "number", float(m.group("n") or m.group("u")), {}


def fraction_ordinals(text: str) -> Iterator[Span]:
    """'les 4/5es': four fifths (0.8)."""
    for m in FRACTION_ORDINAL.finditer(text) if "/" in text else ():
        a, b = int(m.group("a")), int(m.group("b"))
        if 0 < a < b <= 20:
            yield m.start(), m.end(), "number", a / b, {"step": 0.001, "parts": (float(a), float(b))}


FINDERS = (rounds, multiples, even_odds, clock24, decimal_words, grands, scores, age_groups, fraction_ordinals)


def change_entries(facts: list, text: str, entry: type) -> list:
    """Values a change offers in other terms: a multiple as a percentage ("a doublé": up 100%,
    "divisé par deux": down 50%), a percentage as a multiple ("hausse de 200 %": tripled), and the
    factor between two figures of one sentence ("de 10 à 20": doubled); ``entry`` builds judge entries."""
    out = []
    for f in facts:
        if f.unit == "times" and f.number > 0 and f.number != 1:
            out.append(entry(abs(f.number - 1) * 100, 1.0, "%", f))
        elif f.unit == "%" and f.kind == "percentage" and f.number > 0:
            for factor in (1 + f.number / 100, 1 - f.number / 100):
                if factor > 0:
                    out.append(entry(factor, 0.01, "times", f, times_only=True))
    for x, y in itertools.pairwise(facts):
        same = (
            x.kind == y.kind
            and x.kind in ("number", "amount", "percentage")
            and x.unit == y.unit
            and x.checked
            and y.checked
        )
        if same and x.number > 0 and y.number > 0 and not re.search(r"[.!?;]\s", text[x.end : y.start]):
            for factor in (y.number / x.number, x.number / y.number):
                out.append(entry(factor, 0.01, "times", y, vague=True, times_only=True))
    return out


_ENSEMBLE = re.compile(r"(?:duo|trio|quatuor|quartet|quintet(?:te)?|sextet(?:te)?|couple)s?", re.I)
_PLURAL = r"(?:dizaines|centaines|milliers|millions|milliards|dozens|tens|hundreds|thousands|millions|billions)"
_PLURALS = re.compile(rf"{_PLURAL}(?:\s+(?:de\s+|of\s+){_PLURAL})?", re.I)  # "centaines de milliers"


# A share in words: "half", "a third", "la moitié", "un tiers", "trois quarts".
_SHARE = re.compile(r"(?:(?:a|one|une?|la|le|les|two|three|deux|trois)\s+)?(?:half|thirds?|quarters?|moitié|tiers|quarts?)",
                    re.I)  # fmt: skip


def _family(f: Any) -> str | None:
    """The family of a support-only word that can stand in for a figure: an ordinal word of 1 or 2
    ("first", "deuxième"), a vague plural ("hundreds", "des milliers"), an ensemble ("trio", "quartet")."""
    if f.kind == "ordinal" and f.number in (1, 2) and f.text.isalpha():
        return "ordinal"
    if _PLURALS.fullmatch(f.text):
        return "plural"
    if _ENSEMBLE.fullmatch(f.text):
        return "count"
    if _SHARE.fullmatch(f.text) and 0 < f.number < 1:
        return "share"
    return None


def _values(f: Any) -> set[float]:
    return {f.number, *(v for v, _ in f.alts), *f.parts}


def _supports(s: Any, f: Any, family: str) -> bool:
    if family == "ordinal":  # "premier" and "first", "deuxième" and "second" support each other only
        day = s.date is not None and s.date.day == f.number  # "le 2 mars": "March second"
        return day or ((s.kind == "ordinal" or s.unit in ("half", "quarter")) and f.number in _values(s))
    if family == "plural":  # "hundreds": a figure in the hundreds
        return s.date is None and any(f.number <= v < 10 * f.number for v in _values(s))
    if family == "share":  # "half" for "la moitié" or "50 %"
        return s.date is None and any(math.isclose(v, f.number, rel_tol=0.02) or math.isclose(v, 100 * f.number,
                                                                                               rel_tol=0.02)
                                      for v in _values(s))  # fmt: skip
    loose = {2.0, 3.0} if f.text.lower().startswith("couple") else {f.number}  # "a couple of": two or three
    return s.date is None and bool(loose & _values(s))


def _lost(s: Any, family: str, out: list[Any]) -> bool:
    """A source figure of that family that the output does not give."""
    if family == "ordinal":
        mine = s.kind == "ordinal" and (s.checked or _family(s) == "ordinal")
    elif family == "plural":
        mine = bool(_PLURALS.fullmatch(s.text))
    elif family == "share":
        mine = bool(_SHARE.fullmatch(s.text)) and 0 < s.number < 1
    else:
        mine = s.kind == "number" and s.unit is None and s.number in range(2, 11) and (s.checked or s.text.isalpha())
    return mine and not any(s.number in _values(o) for o in out)


def substitutes(src: list[Any], out: list[Any]) -> list[tuple[Any, Any]]:
    """Support-only words of the output that replace a figure of the source of their family:
    "second round" for "troisième tour", "hundreds" for "des milliers", "the quartet" for "les
    trois" (output fact, lost source fact). A word the source supports is never returned."""
    found = []
    for f in out:
        family = None if f.checked else _family(f)
        if family is None or any(_supports(s, f, family) for s in src):
            continue
        lost = next((s for s in src if _lost(s, family, out)), None)
        if lost is not None:
            found.append((f, lost))
    return found
