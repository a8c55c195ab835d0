"""Normalisation: text preparation (spaces, dashes, NFC with offsets), digit strings and runs
of number words ("quatre-vingt-dix-neuf", "two hundred and fifty") turned into values."""

from __future__ import annotations

import functools
import re
import unicodedata

from summarizer.guard.lexicon import (
    APPROX_WORDS,
    ARTICLES,
    CONNECTORS,
    FRACTIONS,
    ORDINAL_WORDS,
    PLURAL_APPROX,
    TIMES_WORDS,
)

PREPARE_TABLE = {ord(c): " " for c in "\u00a0\u202f\u2009\u2007\u2002\u2003\u205f\u3000\t"}
PREPARE_TABLE |= {ord(c): "'" for c in "’ʼ‘´`"} | {ord(c): "-" for c in "–—‑‐−"}


def prepare(text: str) -> tuple[str, list[int]]:
    """NFC-normalise and unify spaces, dashes and apostrophes; map offsets back."""
    if unicodedata.is_normalized("NFC", text):
        return text.translate(PREPARE_TABLE), list(range(len(text) + 1))
    out: list[str] = []
    index: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        chunk = unicodedata.normalize("NFC", text[i:j]) if j > i + 1 else text[i]
        for c in chunk:
            out.append(c)
            index.append(i)
        i = j
    index.append(len(text))
    return "".join(out).translate(PREPARE_TABLE), index


def parse_number(s: str, lang: str) -> tuple[float, float, tuple[tuple[float, float], ...]]:
    """Parse a digit string; return (value, step, other (value, step) readings)."""
    s = s.replace(" ", "").replace("'", "")
    other = ""
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif s.count(",") + s.count(".") > 1:
        s = s.replace(",", "").replace(".", "")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        head, tail = s.split(sep)
        grouping = len(tail) == 3 and head != "0"
        if grouping and ((sep == "," and lang != "fr") or (sep == "." and lang == "fr")):
            # "1,000" in English: a decimal reading ("1.000") would have been written "1"
            s, other = head + tail, ("" if tail == "000" else head + "." + tail)
        else:
            s, other = head + "." + tail, (head + tail if grouping else "")
    readings = [(float(x), precision(x)) for x in (s, other) if x]
    return readings[0][0], readings[0][1], tuple(readings[1:])


def full_year(s: str) -> int:
    """A year as written: "2013", or abbreviated ("'98", "13": 1998, 2013)."""
    y = int(s.lstrip("'"))
    return y + (2000 if y < 50 else 1900) if len(s.lstrip("'")) == 2 else y


def precision(s: str) -> float:
    """Precision of a plain number string: 0.01 for "2.47", 100 for "1400", 1 for "140"."""
    if "." in s:
        return 10.0 ** -len(s.split(".")[1])
    value = float(s)
    trailing = len(s) - len(s.rstrip("0")) if value else 0
    return 10.0**trailing if value >= 1000 else 1.0


def currency_code(m: re.Match[str], table: list[tuple[str, str | None]]) -> str:
    for i, (_, code) in enumerate(table):
        if m.group(f"u{i}"):
            return code or m.group(f"u{i}").upper().replace("RMB", "CNY")
    return m.group("code").replace("RMB", "CNY")


def word_class(w: str, v: float, first: bool, last: str) -> str:
    if w in ARTICLES:
        return "art" if first else "unit" if last == "tens" else "bad"
    if v >= 1000:
        return "scale"
    if v == 100:
        return "hundred"
    return "tens" if v >= 20 and v % 10 == 0 else "teen" if v >= 10 else "unit"


def parse_words(words: list[str], vocab: dict[str, float]) -> list[tuple[int, int, float, str, bool]]:
    """Split a run of number words into numbers: (first, last, value, kind, vague)."""
    out: list[tuple[int, int, float, str, bool]] = []
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        scale_after = vocab.get(words[i + 2], 0) if i + 2 < n and words[i + 1] in ("a", "an") else 0
        if w == "half" and scale_after >= 1e3:  # "half a million", "half-a-million"
            out.append((i, i + 2, 0.5 * scale_after, "number", False))
            i += 3
            continue
        if w in ORDINAL_WORDS or w in TIMES_WORDS:
            kind = "ordinal" if w in ORDINAL_WORDS else "times"
            out.append((i, i, float(ORDINAL_WORDS.get(w) or TIMES_WORDS.get(w) or 0), kind, False))
            i += 1
            continue
        if w in FRACTIONS:  # "half", "la moitié", "le tiers": a bare fraction (the caller decides if it counts)
            out.append((i, i, 1 / FRACTIONS[w], "fraction", False))
            i += 1
            continue
        if w in PLURAL_APPROX or (w in APPROX_WORDS and w != "dozen"):  # "des centaines", "la trentaine"
            value = float(PLURAL_APPROX.get(w) or APPROX_WORDS[w])
            out.append((i, i, value, "number", True))
            i += 1
            continue
        if w in CONNECTORS or w not in vocab:
            i += 1
            continue
        total, cur, j, last, kind, vague, scale = 0.0, 0.0, i, "", "number", False, 1.0
        while j < n:
            w = words[j]
            if w in CONNECTORS:
                following = words[j + 1] if j + 1 < n else ""
                frac = 0.25 if following == "quart" or words[j + 1 : j + 3] == ["a", "quarter"] else 0.5
                half = (
                    2
                    if following in ("demi", "demie", "quart")
                    else 3
                    if words[j + 1 : j + 3] in (["a", "half"], ["an", "half"], ["a", "quarter"])
                    else 0
                )
                if half and (
                    last in ("unit", "teen", "tens", "hundred", "scale") or words[j - 1] in ("one", "un", "une")
                ):
                    last = "unit" if last == "art" else last  # "deux millions et demi", "one and a half"
                    total, cur = (total + frac * scale, cur) if last == "scale" else (total, cur + frac)
                    last, j = "half", j + half
                    continue
                if following in ("un", "une", "one") or (following in vocab and last in ("hundred", "tens", "scale")):
                    j += 1
                    continue
                if following in ORDINAL_WORDS and last == "tens":  # "vingt et unième", "soixante et onzième"
                    j += 1
                    continue
                break
            if w in FRACTIONS and j > i and last in ("unit", "art") and cur < 10 and not total:
                if w.endswith("s") and last == "unit":  # "three quarters": 3/4, or three quarters of a year
                    kind = "fraction_count"
                cur, last, j = cur / FRACTIONS[w], "frac", j + 1
                if j < n and vocab.get(words[j], 0) >= 1e3:  # "un demi-million", "a quarter million"
                    cur, j = cur * vocab[words[j]], j + 1
                break
            if (w in APPROX_WORDS and last == "art") or (w == "dozen" and last in ("art", "unit")):
                cur, vague, last, j = (cur or 1) * APPROX_WORDS[w], w != "dozen", "aine", j + 1
                break
            if w.rstrip("s") in APPROX_WORDS and w in PLURAL_APPROX and last == "unit":  # "deux douzaines"
                cur, vague, last, j = cur * APPROX_WORDS[w.rstrip("s")], w != "douzaines", "aine", j + 1
                break
            if w in ORDINAL_WORDS and last in ("tens", "teen", "hundred", "scale") and cur % 10 == 0:
                cur, kind, last, j = cur + ORDINAL_WORDS[w], "ordinal", "ord", j + 1
                break
            v = vocab.get(w)
            if v is None:
                break
            cls = word_class(w, v, j == i, last)
            nxt = words[j + 1] if j + 1 < n else ""
            if cls == "scale" and j == i and v >= 1e6:
                break  # "des millions", "millions of": vague
            and_half = nxt in CONNECTORS and words[j + 2 : j + 4] in (["a", "half"], ["an", "half"])
            and_half = and_half or (nxt in CONNECTORS and words[j + 2 : j + 3] in (["demi"], ["demie"]))
            if cls == "art" and not (
                vocab.get(nxt, 0) >= 100
                or nxt in FRACTIONS
                or nxt in APPROX_WORDS
                or (w in ("one", "un", "une") and and_half)
            ):
                break
            low = cur % 100
            if j > i and not {
                "unit": (last in ("tens", "hundred", "scale") and low % 10 == 0) or (last == "teen" and low % 20 == 10),
                "teen": last in ("hundred", "scale") or (last == "tens" and low in (60, 80)),
                "tens": last in ("hundred", "scale") or (w.startswith("vingt") and words[j - 1] == "quatre"),
                "hundred": last in ("unit", "teen", "tens", "art") and cur < 100,
                "scale": last in ("unit", "teen", "tens", "hundred", "art", "half")
                or (last == "scale" and v > scale and not cur),  # "two thousand million"
            }.get(cls, False):
                break
            if cls == "scale" and last == "scale":
                total, scale = total * v, v
            elif cls == "scale":
                total, cur, scale = total + (cur or 1) * v, 0.0, v
            elif cls == "hundred":
                cur = (cur or 1) * 100
            elif cls == "tens" and last == "unit":
                cur = cur - 4 + 80
            else:
                cur += v
            last, j = cls, j + 1
        if last in ("art", ""):
            i = max(j, i + 1)
            continue
        end = j - 1
        while words[end] in CONNECTORS:
            end -= 1
        out.append((i, end, total + cur, kind, vague))
        i = j
    return out


LATIN_PREFIXES = (("quadri", 4), ("bi", 2), ("tri", 3))


@functools.lru_cache(maxsize=4096)
def prefixed_count(word: str, lang: str) -> int:
    """The count a Latin prefix gives a word made of it and another word of the language
    ("biplace", "bimoteur", "triangle", "quadrimoteur", "bicycle"): 0 if none (wordfreq)."""
    from wordfreq import zipf_frequency

    lang = lang if lang in ("fr", "en") else "en"
    for prefix, n in LATIN_PREFIXES:
        rest = word[len(prefix) :].lstrip("-")
        if word.startswith(prefix) and len(rest) >= 4 and zipf_frequency(rest, lang) >= 2.5:
            return n
    return 0


def minutes(words: str) -> int:
    """Minutes written in digits or English words: "10", "twenty-five" (25)."""
    from summarizer.guard.lexicon import EN_WORDS

    return int(words) if words.isdigit() else int(sum(EN_WORDS[w] for w in re.split(r"[\s-]+", words.lower())))


def number_word(w: str, vocab: dict[str, float], lang: str) -> str:
    """A number word as the tables spell it: "quatres" (a French typo of an invariable word) is "quatre",
    "millions" ("five thousand millions") is "million"."""
    v = None if w in vocab or not w.endswith("s") else vocab.get(w[:-1])
    return w[:-1] if v is not None and ((lang == "fr" and v < 100) or v >= 1e6) else w


def clock_alts(value: float, hour: int, text: str, lang: str) -> tuple[tuple[float, float], ...]:
    """Other readings of a clock time written without am or pm (``value`` in hours, ``text`` as written): twelve
    hours later or earlier. French writes the 24-hour clock, so "à 6 heures" is not 6pm (but "18 h" may be "6
    o'clock"); "24 heures" is a day, not noon."""
    later = () if lang == "fr" and re.search(r"(?i)\dh|\sh\b|heure", text) else (value + 12,)
    earlier = (value - 12,) if hour < 24 else ()
    return tuple((v, 1.0) for v in (*later, *earlier) if 0 < v <= 24)


def clock_step(groups: dict[str, str | None]) -> float:
    """The precision of a clock time, in hours, from its pattern's ``groups``: a minute, an hour, or finer for a lap
    time written to the thousandth ("1:12.909")."""
    step = 1 / 60 if groups.get("mi") else 1.0
    fraction = groups.get("fs")
    return (1 / 3600 if groups.get("s") else 1 / 60) / 10 ** len(fraction) if fraction else step
