"""Names that translation changes: French <-> English equivalents the entity guard accepts.

Most come from a maintained locale database, CLDR through Babel: country and region names
(``Allemagne``/Germany), city names of the time-zone database (``Londres``/London,
``Moscou``/Moscow), language and nationality adjectives (``suédois``/Swedish), and the names of
days and months (not names, and never flagged). What no library covers is in :data:`TABLE`,
kept small and sourced: each line is the title of a French Wikipedia article, the title of
the English article it links to (interlanguage link), and the usual acronyms of both.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

from summarizer.text.chars import without_marks

# French name | English name | acronyms (French, English), from the French and English Wikipedia
# articles linked to each other (titles as of 2025). Variants separated by ";".
TABLE = """
Banque centrale européenne | European Central Bank | BCE; ECB
Fonds monétaire international | International Monetary Fund | FMI; IMF
Organisation des Nations unies; Nations unies | United Nations | ONU; UN
Organisation mondiale de la santé | World Health Organization | OMS; WHO
Organisation mondiale du commerce | World Trade Organization | OMC; WTO
Organisation de coopération et de développement économiques | Organisation for Economic Co-operation and Development | OCDE; OECD
Organisation du traité de l'Atlantique nord | North Atlantic Treaty Organization | OTAN; NATO
Union européenne | European Union | UE; EU
Commission européenne | European Commission | CE; EC
Parlement européen | European Parliament | PE; EP
Conseil européen | European Council |
Banque mondiale | World Bank |
Bourse de Paris; Euronext Paris | Paris stock exchange; Paris Bourse; Euronext Paris |
Réserve fédérale; Fed | Federal Reserve; Fed |
Maison-Blanche | White House |
Palais de l'Élysée; Élysée | Élysée Palace; Elysee |
Assemblée nationale | National Assembly |
Cour suprême | Supreme Court |
Conseil de sécurité des Nations unies | United Nations Security Council | CSNU; UNSC
Agence internationale de l'énergie atomique | International Atomic Energy Agency | AIEA; IAEA
Comité international olympique | International Olympic Committee | CIO; IOC
Jeux olympiques | Olympic Games; Olympics | JO
Organisation des pays exportateurs de pétrole | Organization of the Petroleum Exporting Countries | OPEP; OPEC
Pékin | Beijing |
Londres | London |
Nouvelle-Écosse | Nova Scotia |
Nouvelle-Orléans | New Orleans |
La Haye | The Hague |
Le Caire | Cairo |
Alger | Algiers |
Varsovie | Warsaw |
Venise | Venice |
Cisjordanie | West Bank |
Bande de Gaza | Gaza Strip |
Caroline du Nord | North Carolina |
Caroline du Sud | South Carolina |
Dakota du Nord | North Dakota |
Dakota du Sud | South Dakota |
Virginie-Occidentale | West Virginia |
Nouveau-Mexique | New Mexico |
Nouvelle-Galles du Sud | New South Wales |
Colombie-Britannique | British Columbia |
Terre-Neuve | Newfoundland |
Méditerranée | Mediterranean |
Manche | English Channel; Channel |
Antarctique | Antarctica; Antarctic |
Arctique | Arctic |
Moyen-Orient | Middle East |
Proche-Orient | Near East |
États-Unis; américain | United States; American; US; USA; America; U.S.; U.S.A. | USA; US
Royaume-Uni; Grande-Bretagne | United Kingdom; Britain; Great Britain; UK; U.K. | RU; UK
Union soviétique; URSS | Soviet Union; USSR | URSS; USSR
État islamique; Daech; Daesh | Islamic State; Daesh; ISIL; ISIS | EI; ÉI; ISIL; ISIS; IS
Jour J | D-Day |
Noël | Christmas |
Pâques | Easter |
Nouvel An; jour de l'An | New Year; New Year's Day |
Toussaint | All Saints' Day |
Angleterre | England |
Écosse | Scotland |
Pays de Galles | Wales |
Irlande du Nord | Northern Ireland |
Seconde Guerre mondiale; Deuxième Guerre mondiale | World War II; Second World War | WWII; WW2
Première Guerre mondiale | World War I; First World War | WWI; WW1
suisse | Swiss |
écossais | Scottish; Scots |
gallois | Welsh |
néerlandais | Dutch |
"""


_WORDS = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Élysée' -> 'elysee', apostrophes and dashes -> space."""
    text = unicodedata.normalize("NFKD", text)
    text = without_marks(text).casefold().translate(_LIGATURES)  # "cœur": "coeur", as English writes it
    return " ".join(_WORDS.findall(text))


_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})


def _table(core: bool = True) -> list[tuple[list[str], list[str], list[str]]]:
    """The rows of :mod:`summarizer.guard.known_names` (bodies, holidays, events, works; its periphrases apart:
    :func:`periphrases`), after those of :data:`TABLE` if ``core``."""
    from summarizer.guard.known_names import BODIES, EVENTS, HOLIDAYS, WORKS

    tables = (TABLE, BODIES, HOLIDAYS, EVENTS, WORKS) if core else (BODIES, HOLIDAYS, EVENTS, WORKS)
    rows = []
    for line in "\n".join(t.strip() for t in tables).splitlines():
        fr, en, acr = ([v.strip() for v in part.split(";") if v.strip()] for part in line.split("|"))
        rows.append((fr, en, acr))
    return rows


@functools.cache
def equivalents() -> dict[str, set[str]]:
    """Folded name -> folded names that translate it (both directions; acronyms included)."""
    from babel import Locale

    fr, en = Locale("fr"), Locale("en")
    groups: list[list[str]] = []
    for code, name in fr.territories.items():
        if code in en.territories and not code.isdigit():
            groups.append([name, en.territories[code]])
    for code, name in fr.territories.items():  # regions: "Amérique du Nord", "Asie du Sud-Est"
        if code.isdigit() and code in en.territories:
            groups.append([name, en.territories[code]])
    for zone, names in fr.time_zones.items():
        city = names.get("city")
        if city and "/" in zone:
            groups.append([city, zone.rsplit("/", 1)[1].replace("_", " ")])
    for code, name in fr.languages.items():  # also the nationality adjective in English ("Swedish")
        if code in en.languages and len(code) == 2:
            groups.append([name, en.languages[code]])
    for fr_names, en_names, acronyms in _table():
        groups.append(fr_names + en_names + acronyms)
    out: dict[str, set[str]] = {}
    for group in groups:
        folded = {fold(n) for n in group if fold(n)}
        for name in folded:
            out.setdefault(name, set()).update(folded - {name})
    return out


@functools.cache
def periphrases() -> dict[str, frozenset[str]]:
    """Folded English name -> the folded periphrases French news writes for it (:data:`PERIPHRASES` of
    :mod:`summarizer.guard.known_names`: "toulouse" -> "ville rose"). Kept apart from :func:`equivalents`: a
    periphrasis supports its name, and makes no city a known name of the equivalents table."""
    from summarizer.guard.known_names import NICKNAMES, PARTIES, PERIPHRASES

    out: dict[str, set[str]] = {}
    for line in "\n".join(t.strip() for t in (PERIPHRASES, NICKNAMES, PARTIES)).splitlines():
        fr, en, _ = ([fold(v) for v in part.split(";") if v.strip()] for part in line.split("|"))
        for name in en:
            out.setdefault(name, set()).update(fr)
    return {name: frozenset(values) for name, values in out.items()}


@functools.cache
def whole_names() -> frozenset[str]:
    """Folded names of :mod:`summarizer.guard.known_names` (bodies, holidays, events): equivalents of
    a whole name only, whose words stand for no shorter name (the "Europe" of the OSCE's name is no support for
    "Europe" in a source that writes "sécurité")."""
    return frozenset(fold(n) for row in _table(core=False) for part in row for n in part)


@functools.cache
def common_english_words() -> frozenset[str]:
    """Lower-case common English words, read from ``summarizer/data/common_english.txt`` (plain text:
    Webster's Second lower-case entries still in modern use; see ``scripts/make_common_words.py``).
    Its proper nouns are capitalised in the dictionary, so they are not in this set."""
    text = resources.files("summarizer").joinpath("data/common_english.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split() if not w.startswith("#") and w.isalpha())


# Word-forming prefixes of English compounds written as one word ("Mideast", "Astrogeology").
PREFIXES = ("mid", "astro", "geo", "bio", "micro", "macro", "tele", "anti", "non", "pre", "post", "multi",
             "inter", "trans", "super", "sub", "counter", "neo", "pan", "semi", "ultra", "cyber", "eco",
             "euro", "hydro", "photo", "proto", "pseudo", "re", "un", "pro", "ex")  # fmt: skip


def is_common_english(word: str) -> bool:
    """Whether a folded word is a common English word (plurals, possessives and compounds with a
    word-forming prefix included: "mideast", "astrogeology")."""
    if _is_common(word):
        return True
    return any(
        word.startswith(p) and len(word) - len(p) >= 4 and _is_common(word[len(p) :].lstrip("-")) for p in PREFIXES
    )


def is_plain(word: str) -> bool:
    """Whether a folded word is a common English word or an inflection of one (no prefix, no compound)."""
    return _is_common(word)


def is_prefixed_word(word: str) -> bool:
    """Whether a folded word is an English word only as a prefix and a common word ("microsoft", "eurostar"),
    not as itself or an inflection of it ("experts", "reporters")."""
    return not _is_common(word) and is_common_english(word)


@functools.lru_cache(maxsize=1 << 14)
def is_english_compound(word: str) -> bool:
    """Whether a folded word is an English word-forming prefix, a compound of common words written
    as one word or with a hyphen ("saltwater", "crossties", "backpacking", "pre operative"), each
    part 4+ letters (a prefix may be shorter). Only for telling a capitalised sentence-initial word
    from a name: brand names are compounds too ("Facebook")."""
    parts = word.split()
    if len(parts) > 1:
        return all(p in PREFIXES or is_common_english(p) or is_english_compound(p) for p in parts)
    if word in PREFIXES:
        return True
    return any(_is_common(word[:i]) and _is_common(word[i:]) for i in range(4, len(word) - 3))


@functools.lru_cache(maxsize=1 << 16)
def zipf(word: str, lang: str = "en") -> float:
    """How often a folded word is used in ``lang`` (wordfreq's Zipf scale: 0 unknown, 3 rare, 6 very common;
    0 when wordfreq is not installed). Names count too: wordfreq does not tell "Brown" from "brown"."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - a declared dependency
        return 0.0
    return zipf_frequency(word, lang)


def shared_with_french(word: str) -> bool:
    """Whether a folded English word is written about as often in French as in English (wordfreq): a name
    ("Berlin", "Apple", "Sterling") or an international word ("radio"), not an English-only word
    ("scientists", "however", "wedding"), whose French text would be other words."""
    en = zipf(word, "en")
    return 0 < en < 5.5 and zipf(word, "fr") >= en - 0.8


_CONTRACTIONS = frozenset({"ve", "ll", "re", "d", "m", "s", "t"})


def contraction_part(word: str) -> bool:
    """The tail of an English contraction ("'ve", "'ll", "'re", "'d", "'m"), folded."""
    return word in _CONTRACTIONS


@functools.lru_cache(maxsize=1 << 16)
def _is_common(word: str) -> bool:
    words = common_english_words()
    if word in words or word in ("men", "women", "children", "people", "earlier", "later"):
        return True
    if re.search(r"(.)\1(?:ing|ed|ers?)$", word):  # "cancelling", "jewellers", "stopped"
        undoubled = re.sub(r"(.)\1(ing|ed|ers?)$", r"\1\2", word)
        if undoubled != word and _is_common(undoubled):
            return True
    for british, american in (("our", "or"), ("tre", "ter"), ("ise", "ize"), ("yse", "yze"), ("ogue", "og")):
        if british in word and _is_common(word.replace(british, american)):
            return True  # "harbour", "centre", "organise"
    for suffix, repl in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ern", ""),
        ("ly", ""),
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
        ("ier", "y"),
        ("er", ""),
        ("iest", "y"),
        ("est", ""),
        ("ists", ""),
        ("ist", ""),
        ("ers", ""),
    ):
        if word.endswith(suffix) and len(word) >= len(suffix) + 2 and word[: -len(suffix)] + repl in words:
            return True
    return False


@functools.cache
def calendar_words() -> frozenset[str]:
    """Folded day and month names, French and English (capitalised in English, never names)."""
    from babel import Locale

    words: set[str] = set()
    for lang in ("fr", "en"):
        loc = Locale(lang)
        for width in ("wide", "abbreviated"):
            words |= {fold(v).rstrip(".") for v in loc.days["format"][width].values()}
            words |= {fold(v).rstrip(".") for v in loc.months["format"][width].values()}
    return frozenset(words)


@functools.cache
def language_territories() -> dict[str, frozenset[str]]:
    """Folded language name, English and French ("dutch", "neerlandais") -> folded names of the countries
    where it is an official language, English and French ("netherlands", "pays bas", "belgium"...): CLDR
    through Babel. A nationality adjective that is a language name ("Dutch") is then supported by its country."""
    from babel import Locale
    from babel.languages import get_official_languages

    fr, en = Locale("fr"), Locale("en")
    out: dict[str, set[str]] = {}
    for code in en.territories:
        if code.isdigit() or code not in fr.territories:
            continue
        names = {fold(en.territories[code]), fold(fr.territories[code])}
        for lang in get_official_languages(code, de_facto=True):
            for loc in (en, fr):
                if lang in loc.languages:
                    out.setdefault(fold(loc.languages[lang]), set()).update(names)
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def territory_words() -> frozenset[str]:
    """Folded English and French country, region and city names (to tell a place)."""
    from babel import Locale

    names = set()
    for lang in ("fr", "en"):
        names |= {fold(v) for v in Locale(lang).territories.values()}
    names |= {fold(n) for n in equivalents()}
    return frozenset(names)


@functools.cache
def country_names() -> frozenset[str]:
    """Folded English and French names of countries and territories (CLDR, two-letter codes: no regions)."""
    from babel import Locale

    return frozenset(
        fold(v) for lang in ("fr", "en") for code, v in Locale(lang).territories.items() if not code.isdigit()
    )


@functools.cache
def person_names() -> frozenset[str]:
    """Folded common first names and surnames (US Social Security and Census lists as shipped by
    Faker's ``en_US`` and ``fr_FR`` person providers), to tell ``Bush`` or ``Carter`` the person from
    a common word when the text writes it as a name."""
    try:
        from faker.providers.person.en_US import Provider as English
        from faker.providers.person.fr_FR import Provider as French
    except ImportError:  # pragma: no cover - a declared dependency
        return frozenset()
    return first_names() | frozenset(
        fold(n) for provider in (English, French) for n in provider.last_names if " " not in fold(n)
    )


@functools.cache
def first_names() -> frozenset[str]:
    """Folded common first names (same lists as :func:`person_names`)."""
    try:
        from faker.providers.person.en_US import Provider as English
        from faker.providers.person.fr_FR import Provider as French
    except ImportError:  # pragma: no cover - a declared dependency
        return frozenset()
    names: set[str] = set()
    for provider in (English, French):
        for attr in ("first_names_male", "first_names_female"):
            names |= {fold(n) for n in getattr(provider, attr, ()) if " " not in fold(n)}
    return frozenset(names)


@functools.cache
def renderings() -> dict[str, frozenset[str]]:
    """French word forms (first five letters of a folded word) -> the forms of their usual English
    renderings ("annee" -> "year", "chimi" -> "chemi"), from the lexicon learnt on FLORES-200
    (``scripts/make_lexicon.py``); renderings shorter than four letters or that are function words
    ("an", "that") are left out: they tell nothing about a name."""
    from summarizer.extractive import STOPWORDS

    data = _learnt_lexicon()
    stop = {w[:5] for w in STOPWORDS["en"]}
    return {
        key: frozenset(v for v in values if len(v) >= 4 and v not in stop)
        for key, values in data.items()
        if len(key) >= 4
    }


def accented_name(word: str) -> bool:
    """A word written with accents that English writes less often than without them: a name ("Nestlé",
    "Téléphone"), not the common English word its letters spell ("nestle", "telephone"; not "Café")."""
    plain = fold(word)
    return plain != word.lower() and zipf(word.lower()) < zipf(plain)


@functools.cache
def short_renderings() -> dict[str, frozenset[str]]:
    """French word forms (as in :func:`renderings`) -> their three-letter English renderings that are no
    function words ("rouge" -> "red", "mer" -> "sea"): whole words, for a name of English words."""
    from summarizer.extractive import STOPWORDS

    data = _learnt_lexicon()
    stop = set(STOPWORDS["en"])
    return {key: frozenset(v for v in values if len(v) == 3 and v not in stop) for key, values in data.items()}


@functools.cache
def _learnt_lexicon() -> dict[str, list[str]]:
    """The French-English lexicon learnt on FLORES-200 (``summarizer/data/fr_en_lexicon.json``): French form -> English forms."""
    import json

    return json.loads(resources.files("summarizer.data").joinpath("fr_en_lexicon.json").read_text(encoding="utf-8"))
