"""Candidate names of a text from capitalisation and context, without a model: how the entity
guard finds names in English (there is no English NER package on the index we can trust) and
completes the French NER model.

A run of capitalised words (inner "of", "de", "&"; "St." before a name), a word after a title
("Mr", "President"; "the president, Mike,"), a word before what people do ("said", "testified",
", who") or followed by an age ("Perry, 25,"), an acronym ("ECB"), a possessive ("SoftBank's").
Days, months, titles and function words are never names; a sentence-initial word is a name only
if English does not know it as a common word, or if it is a person's name with a person cue.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from summarizer.guard.names import (
    PREFIXES,
    accented_name,
    calendar_words,
    contraction_part,
    equivalents,
    first_names,
    fold,
    is_common_english,
    is_english_compound,
    is_plain,
    is_prefixed_word,
    person_names,
    shared_with_french,
    territory_words,
    zipf,
)
from summarizer.guard.places import ends_on_place, known_city, known_region, other_names

# Words that are never a name on their own (they may open or sit inside one).
TITLES = {"prime", "former", "acting", "deputy", "vice", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
          "minister", "senator", "sen", "governor", "gov", "king", "queen", "prince", "princess", "pope",
          "general", "gen", "judge", "justice", "mayor", "chancellor", "secretary", "ceo", "chairman", "chief",
          "captain", "capt", "lt", "col", "sgt", "rev", "father", "sister", "brother", "rep", "representative",
          "ambassador", "commissioner", "premier", "emperor", "archbishop", "bishop", "cardinal", "coach",
          "mp", "qc", "jr", "sr", "m", "mme", "mlle", "me", "pr", "presidente", "ministre", "depute", "senateur",
          "roi", "reine", "pape", "maire", "directeur", "directrice", "pdg", "patron", "pharaoh", "pharaon",
          "tsar", "czar", "sultan", "shah", "caliph", "empress", "imperatrice", "empereur", "maitre", "director"}  # fmt: skip
CONNECTORS = {"of", "for", "in", "de", "du", "des", "d", "la", "le", "van", "von", "der", "den", "da", "di",
              "del", "al", "el", "bin", "ben", "&", "y", "and", "et", "on", "sur"}  # fmt: skip
CONNECTORS_INSIDE = {"of", "for", "de", "du", "des", "d", "van", "von", "der", "den", "da", "di", "del", "al",
                     "bin", "ben", "&", "y", "sur"}  # fmt: skip
ORG_HEADS = {"inc", "corp", "corporation", "ltd", "llc", "plc", "sa", "sas", "ag", "gmbh", "group", "groupe",
             "bank", "banque", "company", "co", "university", "universite", "college", "institute", "institut",
             "committee", "comite", "association", "federation", "union", "party", "parti", "ministry",
             "ministere", "department", "agency", "agence", "council", "conseil", "commission", "court", "cour",
             "foundation", "fondation", "airlines", "motors", "holdings", "fund", "fonds", "organization",
             "organisation", "society", "societe", "club", "fc", "team", "league", "ligue", "network", "news",
             "times", "post", "journal", "radio", "tv", "channel", "television", "hospital", "hopital", "school", "ecole",
             "museum", "musee", "office", "bureau", "service", "services", "police", "army", "armee", "navy",
             "assembly", "assemblee", "parliament", "parlement", "senate", "senat", "congress", "congres", "center",
             "centre", "survey", "institution", "authority", "board", "corps", "unit"}  # fmt: skip
PLACE_HEADS = {"river", "island", "islands", "lake", "mount", "mountains", "street", "avenue", "road", "square",
               "province", "county", "state", "city", "bay", "sea", "ocean", "valley", "park", "bridge", "airport",
               "station", "coast", "desert", "gulf", "strait", "peninsula", "region", "district", "village", "harbour",
               "harbor", "port", "cathedral", "church", "palace", "castle", "tower", "temple", "beach", "canal",
               "falls", "hill", "hills", "forest", "garden", "gardens", "plaza", "market", "mountain",
               "plateau", "necropolis", "cape", "canyon", "glacier", "reef", "pass", "land"}  # fmt: skip
# Acronyms and abbreviations that are not names: eras, time zones, currency codes, common terms.
NOT_NAMES = {"AD", "BC", "BCE", "CE", "A.D", "B.C", "GMT", "UTC", "GDP", "PIB", "PM", "AM", "MP", "MPS", "CEO", "PDG",
             "TV", "ID", "DNA", "ADN", "OK", "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "AUD", "CAD", "HIV", "VIH",
             "AIDS", "SIDA", "COVID", "PC", "IT", "AI", "IA", "HQ", "VIP", "FAQ", "NB", "I", "II", "III", "IV",
             "V", "VI", "X"}  # fmt: skip
# Legal forms after a company's name ("Boeing Co", "Airbus SAS"): a translation adds or drops them.
LEGAL_FORMS = {"inc", "corp", "co", "ltd", "llc", "plc", "sa", "sas", "ag", "gmbh", "nv", "bv", "spa", "se"}
_NOT_NAMES_FOLDED = frozenset(w.lower().replace(".", "") for w in NOT_NAMES if len(w) > 1)
PERSON_VERBS = re.compile(r"\s*,?\s*(?:(?:had|has|have|was|is|will|would|also|then|later)\s+)?(?:said|says|told|added|"
                          r"explained|wrote|announced|declared|confirmed|testified|stated|argued|noted|claimed|"
                          r"insisted|admitted|denied|warned|replied|asked|sued|resigned|died|married|a\s+(?:dit|"
                          r"déclaré|expliqué|affirmé|annoncé)|explique|affirme|déclare|estime)\b|,\s+who\b")  # fmt: skip
PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|near|from|to|à|en|au|aux|près\s+de)\s+)$", re.I)
STOP_EN = {"a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "you", "i",
           "his", "her", "their", "our", "my", "your", "but", "and", "or", "so", "if", "when", "while", "as",
           "at", "in", "on", "of", "for", "to", "from", "by", "with", "after", "before", "since", "during",
           "there", "here", "then", "also", "however", "thus", "yet", "still", "not", "no", "yes", "all", "some",
           "many", "most", "one", "two", "both", "each", "every", "other", "such", "what", "which", "who", "how",
           "why", "where", "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cette", "ces",
           "il", "elle", "ils", "elles", "nous", "vous", "je", "mais", "et", "ou", "donc", "car", "si",
           "en", "dans", "sur", "pour", "par", "avec", "sans", "selon", "apres", "avant", "depuis", "pendant",
           "lors", "quand", "alors", "ainsi", "aussi", "pourtant", "cependant", "enfin", "puis", "tout", "tous",
           "toute", "toutes", "plus", "moins", "tres", "son", "sa", "ses", "leur", "leurs", "notre", "votre",
           "mon", "ma", "mes", "au", "aux", "qui", "que", "quoi", "dont", "c", "s", "n", "y"}  # fmt: skip

_TOKEN = re.compile(r"[^\W\d_](?:[\w&]|[’'-](?=[^\W_])|\.(?=[^\W\d_](?:\.|\b)(?![’']\w)))*|&")
_SENTENCE_END = re.compile(r"(?:^|[.!?:…\n]|\.\.\.)[\s\"'«»“”‘’()\[\]*-]*$")
_POSSESSIVE = re.compile(r"[’']s?$")
_ROMAN = re.compile(
    r"(?=[MDCLXVI]*[IVX])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})(?:st|nd|rd|th|e|er)?"
)
_CONTRACTION = re.compile(r"(?:n[’']t|[’'](?:ve|ll|re|d|m))$|^Let[’']s$", re.I)
UPPER = "A-ZÀ-ÖØ-Ý"
CAPS_RUN = re.compile(rf"[{UPPER}][\w’'-]*(?:\s+(?:(?:de|du|des|of|for|la|le|d'|l'|&)\s*)?[{UPPER}][\w’'-]*)+")
ACRONYM_WORD = re.compile(r"(?<![\w.])[A-Z][A-Z0-9&.]{1,7}(?![\w])")
_AGE_AFTER = re.compile(r",\s*(?:aged\s+)?\d{1,3}\s*[,)]")  # "Perry, 25, and"
_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(TITLES, key=len, reverse=True))})\s*,?\s*$", re.I)
_ABBREVIATED = {"St", "Ste", "Mt", "Ft", "Pt"}  # Saint, Mount, Fort, Point
_DERIVED = re.compile(rf"(?:{'|'.join(PREFIXES)})-[{UPPER}]")
_ADJECTIVAL = re.compile(r"(?:ian|ean|an|ese|ish|ic|ino|ina|i|ch|se)$")


@dataclass(frozen=True)
class Name:
    """A name found in a text: its span, its kind, and how it was found."""

    text: str
    start: int
    end: int
    kind: str  # person | organization | place | other
    cue: str = ""  # "ner", "title", "caps", "acronym"

    @cached_property
    def words(self) -> list[str]:
        """Folded words of the name, titles and connectors dropped (a day or month too, unless it opens an
        organisation's name: "Sunday Times")."""
        folded = fold(self.text).split()
        skip = (
            _NOT_NAMES_FOLDED if len(folded) > 1 and folded[-1] in ORG_HEADS else calendar_words() | _NOT_NAMES_FOLDED
        )
        words = [w for w in folded if w not in TITLES and w not in CONNECTORS and w not in STOP_EN
                 and w not in skip and not contraction_part(w)]  # fmt: skip
        return words[:-1] if len(words) > 1 and words[-1] in LEGAL_FORMS else words


# ------------------------------------------------------------------------- capitalised names


def _sentence_start(text: str, pos: int) -> bool:
    return bool(_SENTENCE_END.search(text[max(0, pos - 12) : pos]))


def _capitalised(word: str) -> bool:
    return word[0].isupper() or (any(c.isupper() for c in word[1:]) and word[0].isalpha())


# A party and state after a US politician's name: "(D-Mont.)", "R-Fla": not a name of its own.
_PARTY_TAG = re.compile(r"(?<![\w-])[DRI]-([A-Z][A-Za-z]{0,4})\.?(?![\w-])")


@functools.cache
def _us_states() -> tuple[tuple[str, str], ...]:
    """(code, folded name) of the US states (ISO 3166-2 through pycountry)."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a declared dependency
        return ()
    return tuple((sub.code[3:].lower(), fold(sub.name)) for sub in pycountry.subdivisions.get(country_code="US"))


def _state_abbreviation(abbr: str) -> bool:
    """Whether ``abbr`` abbreviates a US state: its postal code, or its letters in order ("Ariz", "Va", "Fla")."""
    low = abbr.lower()
    for code, name in _us_states():
        if low == code or (
            name.startswith(low[0]) and re.search(".*".join(map(re.escape, low)), name.replace(" ", ""))
        ):
            return True
    return False


def headline_line(line: str) -> bool:
    """A line in title case without a final stop ("Central Bank Cuts Rates Again", "Will Rates Fall?"), or a short
    line of capitalised common words only ("Rising Prices"): its capitals say nothing."""
    if line.rstrip(" \"'”’»)").endswith("."):
        return False  # a sentence, not a headline: news headlines have no final stop (a question mark, maybe)
    all_words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if len(w) >= 4]
    if 2 <= len(all_words) <= 4 and all(w[0].isupper() and is_common_english(fold(w)) for w in all_words):
        return True
    words = [w for w in all_words[1:] if is_common_english(fold(w))]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _tokens(text: str, lang: str) -> tuple[list[tuple[str, int, int]], set[int]]:
    """The words of ``text`` and the indices of those whose capital says nothing (a common word of a title-case
    headline, letters glued to a digit: "3Q", "21er"; a party-state tag "R-Ariz"); a hyphenated word ending in a
    lower-case word is cut to its capitalised part ("Oslo-based": "Oslo")."""
    tokens, plain = [], set()
    headline_lines = (
        [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if headline_line(m.group())] if lang == "en" else []
    )
    tags = [m.span() for m in _PARTY_TAG.finditer(text) if _state_abbreviation(m.group(1))] if lang == "en" else []
    for m in _TOKEN.finditer(text):
        word, a, b = m.group(), m.start(), m.end()
        parts = word.split("-")
        # "Ban Ki-moon", "Moon Jae-in": a given name of a short syllable and another after a name stays whole
        given = len(parts) == 2 and len(parts[0]) <= 3 and parts[0][1:].islower() and len(parts[1]) <= 5
        given = given and bool(tokens) and tokens[-1][0][:1].isupper() and text[tokens[-1][2] : a] == " "
        given = given and tokens[-1][0].lower() not in STOP_EN  # "The Rio-based firm": a place
        cut = len(parts) > 1 and parts[0][:1].isupper() and parts[-1][:1].islower() and not _DERIVED.match(word)
        if cut and (not given or __import__("os").environ.get("NOD")):
            keep = list(itertools.takewhile(lambda part: part[:1].isupper(), parts))
            word = "-".join(keep)
            b = a + len(word)
        glued = bool(a and text[a - 1].isdigit()) or any(x <= a < y for x, y in tags)
        if glued or (any(x <= a < y for x, y in headline_lines) and is_common_english(fold(word))):
            plain.add(len(tokens))
        tokens.append((word, a, b))
    return tokens, plain


def capitalised_names(text: str, kinds: bool = True, lang: str = "en") -> list[Name]:
    """Candidate names of a text from capitalisation and context (no model); ``kinds=False``
    leaves every kind "other" (faster)."""
    tokens, plain = _tokens(text, lang)
    calendar = calendar_words()
    names: list[Name] = []
    i = 0
    while i < len(tokens):
        word = tokens[i][0]
        if i in plain or not _capitalised(word) or word == "&" or _DERIVED.match(word):
            i += 1  # "pre-Christian", "non-Romani": a word derived from a name, not the name
            continue
        j = i + 1  # extend over capitalised words and inner connectors, same line, no punctuation between
        while j < len(tokens):
            gap = text[tokens[j - 1][2] : tokens[j][1]]
            if gap not in (" ", "\u00a0") and not (gap == ". " and tokens[j - 1][0] in _ABBREVIATED):
                break  # "St. Peter's Square", "Mt. Everest" go on
            w = tokens[j][0]
            if _POSSESSIVE.search(tokens[j - 1][0]):
                break
            if j in plain:
                break
            if lang == "en" and fold(w.rstrip(".")) in TITLES and fold(tokens[j - 1][0].rstrip(".")) not in TITLES:
                break  # a title inside a run starts another name: "Nordvik CEO Kwame Osei", "Bank Governor X"
            if _capitalised(w) and w != "&" and not _DERIVED.match(w):
                j += 1
            elif (
                w.lower() in CONNECTORS_INSIDE
                and j + 1 < len(tokens)
                and j + 1 not in plain
                and _capitalised(tokens[j + 1][0])
            ):
                j += 2
            else:
                break
        span = tokens[i:j]
        i = j
        # leading function words and titles: "The United Nations", "President Macron"
        title = False
        while span and (
            fold(span[0][0]) in STOP_EN
            or fold(span[0][0].rstrip(".")) in TITLES
            or (len(span) > 1 and _leading_word(text, span[0]))
            or (len(span) == 2 and _before_acronym(text, span))
        ):
            title = title or fold(span[0][0].rstrip(".")) in TITLES or _abbreviated_title(span[0][0])
            span = span[1:]
        while span and (
            span[-1][0].lower() in CONNECTORS or fold(span[-1][0].rstrip(".")) in TITLES or _compound_title(span[-1][0])
        ):
            span = span[:-1]
        if not span:
            continue
        first, a, b = span[0][0], span[0][1], span[-1][2]
        words = fold(" ".join(w for w, _, _ in span)).split()
        if all(w in calendar or w in STOP_EN or contraction_part(w) for w in words) or (
            len(span) == 1 and first.upper() in NOT_NAMES
        ):
            continue  # "Monday", "I've", "GDP"
        if (
            len(span) == 1
            and _CONTRACTION.search(first)
            and (re.search(r"n[’']t$", first) or is_common_english(fold(first).split()[0]))
        ):
            continue  # "Don't", "Let's", "Couldn't"
        short = len(span) == 1 and len(first) <= 4 and not first.isupper() and text[b : b + 1] == "."
        if short and not ends_on_place(text, b, first):
            continue  # an abbreviation: "Adm.", "Va.", "Pfc." (a title or a state, too short to tell)
        if len(span) == 1 and (
            len(first) == 1 or (len(first) == 2 and not first.isupper() and _sentence_start(text, a))
        ):
            continue  # one letter ("the F-word"), or two opening a sentence ("Hr", a typo): too short to tell
        if _ROMAN.fullmatch(first) and len(span) == 1:
            continue  # a Roman numeral, also as an ordinal: "XXI", "XXth"
        acronym = len(span) == 1 and re.fullmatch(r"[A-Z][A-Z0-9.&]{1,7}", _POSSESSIVE.sub("", first)) is not None
        at_start = _sentence_start(text, a) and not title
        if at_start and len(span) == 1 and not acronym and not _POSSESSIVE.search(first):
            # a sentence-initial word: a name if English does not know it as a common word ("Danius"
            # but not "Scientists"), if it is a person's name followed by what people do ("Carter
            # said", "Bush had asked"), or if it is capitalised elsewhere too
            token = fold(first) if "-" in first else words[0]  # "Pre-modern": "pre modern"
            camel = any(c.isupper() for c in first[1:])  # "SoftBank": a brand, not a compound
            common = is_common_english(token) or (not camel and _ordinary_compound(token)) if lang == "en" else True
            common = common and not accented_name(first)
            if (
                common
                and lang == "en"
                and words[0] in person_names()
                and (PERSON_VERBS.match(text, b) or _AGE_AFTER.match(text, b))
            ):
                common = False
            compound = camel or is_prefixed_word(token) or (is_english_compound(token) and not is_plain(token))
            if lang == "en" and common and _known_name(words[0], compound):
                common = False  # "Berlin", "Peters", "Microsoft": a known name opening the sentence
            if common and not any(w == first and not _sentence_start(text, s) for w, s, _ in tokens if s != a):
                continue
        if (  # "Saltwater Crocodiles do not...": a title-case phrase of common words and compounds opening a sentence
            at_start
            and len(span) > 1
            and lang == "en"
            and _compound_phrase(words)
            and not PERSON_VERBS.match(text, b)
            and not any(w == first and not _sentence_start(text, s) for w, s, _ in tokens if s != a)
        ):
            continue
        surface = text[a:b]
        possessive = _POSSESSIVE.search(surface)
        if possessive and len(surface) > 2:
            surface, b = surface[: possessive.start()], b - len(possessive.group())
        surface = surface.rstrip(".") if not re.search(r"\b[A-Z]\.$", surface) else surface
        after = re.match(r" ([a-z]+)", text[b : b + 20])
        if (
            len(span) == 1
            and _ADJECTIVAL.search(surface)
            and after
            and after.group(1) not in STOP_EN
            and fold(surface) not in territory_words()
            and not known_city(fold(surface))
            and not PERSON_VERBS.match(text, b)
            and (lang != "en" or _adjective_or_first_name(fold(surface)))
        ):
            # a demonym or adjective before its noun ("Christian religion", "Norse sagas"), not "Iran lost"; English
            # writes such an adjective otherwise than French ("chrétien"; a first name may be one), not a surname
            # French writes too ("Monti went on")
            continue
        b = a + len(surface)
        cue = "title" if title else "acronym" if acronym else "verb" if PERSON_VERBS.match(text, b) else "caps"
        if cue == "caps" and (_AGE_AFTER.match(text, b) or _TITLE_BEFORE.search(text[max(0, a - 40) : a])):
            cue = "title"  # "Perry, 25, and ...", "the incumbent president, Mike, has been"
        kind = _guess_kind(text, surface, a, b, cue) if kinds else "other"
        names.append(Name(surface, a, b, kind, cue))
    return names


def _known_name(word: str, compound: bool) -> bool:
    """Whether a common English word opening a sentence is rather a name: written in French texts about as
    often as in English (wordfreq) and a known first name or surname, a city or region, or a brand written
    as a compound ("Peters", "Berlin", "Michigan", "Microsoft"; not "Construction", "Large", "Wedding")."""
    if known_region(word):
        return True  # "Michigan Governor Josh Shapiro": a state's name English writes alike in French
    if not shared_with_french(word):
        return False
    return compound or word in person_names() or word in territory_words() or bool(other_names(word))


def _adjective_or_first_name(word: str) -> bool:
    """Whether a folded capitalised word before a lower-case word may be an adjective: a word English knows
    and French writes otherwise (wordfreq: "Christian" is "chrétien", "Norse" "nordique"), a common English word
    ("Latin"), a language's or a country's name ("Catalan"), or a common first name or surname that is also an
    adjective ("Norman", "Roman"); not another surname French writes too ("Monti went on") nor one English does
    not know ("Osei")."""
    if zipf(word) > 0 and (not shared_with_french(word) or is_common_english(word)):
        return True
    return word in equivalents() or word in person_names()


def _compound_title(word: str) -> bool:
    """A title of hyphenated titles, singular or plural ("Vice-Presidents", "Vice-Chancellor"): the people
    a name before it describes ("the three FAČR Vice-Presidents"), not part of that name."""
    parts = fold(word).split()
    return len(parts) >= 2 and "-" in word and all(p in TITLES or p.removesuffix("s") in TITLES for p in parts)


def _abbreviated_title(word: str) -> bool:
    """A short abbreviation before a name: a dotted one ("Insp.") or one without a vowel ("Sgt", "Cpl")."""
    bare = word.rstrip(".")
    if bare in _ABBREVIATED:  # "St. Louis", "Mt Kenya": part of a place's name
        return False
    return 2 <= len(bare) <= 4 and (word.endswith(".") or not re.search(r"[aeiouyAEIOUY]", word))


def _leading_word(text: str, token: tuple[str, int, int]) -> bool:
    """A word opening a span that is not part of the name: an abbreviated title, or at the start of a sentence a
    very frequent English word ("Will Deutsche Bank...", "Should Airbus...")."""
    word, a, _ = token
    if _abbreviated_title(word) and not word.isupper():
        return True
    folded = fold(word)
    return _sentence_start(text, a) and is_common_english(folded) and zipf(folded) >= 5.5


def _before_acronym(text: str, span: list[tuple[str, int, int]]) -> bool:
    """A common English word opening a sentence before an acronym, which it describes ("Average IQ", "Former CEO"):
    not a known name ("Paris PSG") nor part of the acronym's name."""
    (word, a, _), (after, _, _) = span
    folded = fold(word)
    return (
        _sentence_start(text, a)
        and re.fullmatch(r"[A-Z]{2,6}", after) is not None
        and is_common_english(folded)
        and folded not in person_names()
        and not other_names(folded)
    )


def _ordinary_compound(word: str) -> bool:
    """A compound of common English words ("saltwater", "pre modern") that is not a known person's
    name or place ("Montevideo", "Petersburg" are compounds too)."""
    return (
        is_english_compound(word)
        and word not in person_names()
        and word not in territory_words()
        and not other_names(word)
        and not any(other_names(w) for w in word.split())
    )


def _compound_phrase(words: list[str]) -> bool:
    """A phrase of common English words with at least one compound ("Saltwater Crocodiles"), not a
    person's name or a place."""
    content = [w for w in words if w not in STOP_EN and w not in CONNECTORS]
    plain = [is_common_english(w) for w in content]
    return (
        bool(content)
        and not all(plain)
        and all(p or _ordinary_compound(w) for p, w in zip(plain, content, strict=True))
        and not person_shaped(content)
        and not other_names(" ".join(content))
        and content[-1] not in PLACE_HEADS
        and content[-1] not in ORG_HEADS  # "Ellsworth Land", "Lionsgate Studios"
    )


def _guess_kind(text: str, surface: str, a: int, b: int, cue: str) -> str:
    words = fold(surface).split()
    if cue == "acronym" or (words and (words[-1] in ORG_HEADS or words[0] in ORG_HEADS)):
        return "organization"
    if len(words) > 1 and words[-1] in PLACE_HEADS:
        return "place"  # "(King) George Island": a title before a place's name
    if cue in ("title", "verb"):
        return "person"
    if fold(surface) in territory_words() or (words and words[-1] in PLACE_HEADS):
        return "place"
    if PLACE_BEFORE.search(text[max(0, a - 12) : a]):
        return "place"
    if 2 <= len(words) <= 3 and all(w[:1].isalpha() and not is_common_english(w) for w in words):
        return "person"  # "Jamie Siminoff"; "Giant Slalom" has common words: not a person
    if person_shaped(words):
        return "person"  # "Emma Stone", "Bush"
    return "other"


def person_shaped(words: list[str]) -> bool:
    """Every word a known first name or surname, or a word English does not know ("Glen Cushing",
    "Bush"), and not a place or a language ("Jordan", "English")."""
    names = person_names()
    if not words or len(words) > 3 or min(map(len, words)) < 2 or " ".join(words) in territory_words():
        return False
    if any(w in territory_words() or w in equivalents() or w in ORG_HEADS or w in PLACE_HEADS for w in words):
        return False
    if len(words) >= 2 and words[0] in first_names():
        return True  # "Ryan Gosling": a first name and a surname that is also a word
    if len(words) == 1 and is_common_english(words[0]):
        return False  # "Moon", "West": a surname alone that is also a word needs a cue ("Bush said")
    return any(w in names for w in words) and all(w in names or not is_common_english(w) for w in words)


_TITLE_TOKEN = re.compile(r"[^\W\d_][\w’'-]*|[^\w\s]")


def title_phrases(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, folded capitalised words) of the titles an English text writes in title case inside a
    sentence, without quotes ("the Obesity is No Accident event"): three capitalised words or more, each a
    common English word and none a person's or a place's name ("the Soviet Union or Burke"), with a lower-case word between two of them that is no name's connector ("is",
    "with"), the sentence's first word left out. Their words translate a title, not a name."""
    out = []
    run: list[re.Match[str]] = []

    def close() -> None:
        while run and not run[-1].group()[0].isupper():
            run.pop()
        capitals = [m.group() for m in run if m.group()[0].isupper()]
        inner = [m.group() for m in run if m.group()[0].islower()]
        if (
            len(capitals) >= 3
            and any(w not in CONNECTORS for w in inner)
            and all(is_common_english(fold(w)) for w in capitals)
            and not any(fold(w) in person_names() or fold(w) in territory_words() for w in capitals)
        ):
            out.append((run[0].start(), run[-1].end(), [fold(w) for w in capitals]))
        run.clear()

    tokens = list(_TITLE_TOKEN.finditer(text))
    for k, m in enumerate(tokens):
        word = m.group()
        if k > 0 and word[0].isupper():
            run.append(m)
        elif run and word[0].islower() and len(word) <= 4 and not run[-1].group()[0].islower():
            run.append(m)  # one short lower-case word between two capitalised ones
        else:
            close()
    close()
    return out


def in_title(start: int, end: int, titles: Iterable[tuple[int, int]]) -> bool:
    """Whether the span ``start``..``end`` lies inside one of the ``titles`` ((start, end) of
    :func:`title_phrases`): its capitals are a translated title's, not a name's."""
    return any(s <= start and end <= e for s, e in titles)
