"""Names a translation writes in another form than the source, and nationality adjectives it changes.

- A body's English acronym that the tables lack, formed from the words the source spells out after a head noun
  ("Ligue", "Agence"), in any order and across "pour"/"et" ("NLD" for *la Ligue nationale pour la démocratie*),
  with 4+ letters one more than the words allow ("IRENA": a word the French name leaves out).
- A given name in its English form ("William" for *Guillaume*, "John" for *Jean*): the usual equivalents of
  European given names, French to English, as any bilingual list of given names gives them.
- A Latin form of a name the source gives in French ("Columbus" for *Colomb*, "Marcus Aurelius" for *Marc
  Aurèle*): the name without "-us" written with the same consonants.
- A French compound written in two English words ("Pan American" for *panaméricain*, "Inter-American" for
  *interaméricaine*).
- A nationality adjective the source does not support ("the Malian government" for *le gouvernement burkinabè*)
  is flagged when the source names a nationality or a country the output leaves out (a changed adjective, not
  one the translator made explicit).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from summarizer.guard.candidates import UPPER, Name
from summarizer.guard.flags import Flag
from summarizer.guard.names import fold, renderings
from summarizer.guard.spelling import initials_of, phonetic, transliterated

# French given name (folded) -> its usual English forms (folded). Names written alike in both languages are left out.
_GIVEN = """
guillaume: william wilhelm | jean: john | jeanne: joan jane | jacques: james jacob | pierre: peter
henri: henry heinrich | frederic: frederick frederik friedrich | etienne: stephen steven stefan | jerome: jerome
hieronymus | marc: mark marcus | christophe: christopher | nicolas: nicholas nicolaus nikolai | louis: lewis ludwig
charles: karl carl | francois: francis franz | francoise: frances | gregoire: gregory | geoffroy: geoffrey
guy: guy | hugues: hugh hugo | jules: julius | leon: leo | leonard: leonardo | mathieu: matthew | matthieu: matthew
michel: michael michele | paul: paul | philippe: philip | rene: renatus | thibault: theobald | antoine: anthony
anton | andre: andrew andrei | barthelemy: bartholomew | benoit: benedict | catherine: catherine katherine
cecile: cecilia | edouard: edward | elisabeth: elizabeth | etiennette: stephanie | gilles: giles | jacqueline: jacqueline
joseph: joseph | laurent: lawrence laurence | luc: luke | marguerite: margaret | marie: mary maria | mathilde: matilda
olivier: oliver | raphael: raphael | richard: richard | robert: robert | sebastien: sebastian | simon: simon
thomas: thomas | tite: titus | valentin: valentine | vincent: vincent | yves: ivo | ignace: ignatius | auguste: augustus
constantin: constantine | adrien: hadrian adrian | octave: octavian | cyrille: cyril | basile: basil | alexandre: alexander
"""


@functools.cache
def given_names() -> dict[str, frozenset[str]]:
    """French given name -> its English forms (folded)."""
    entries = re.findall(r"(\w+):([^:|]*?)(?=\||\s\w+:|$)", _GIVEN.replace("\n", " ").strip())
    return {fr: frozenset(en.split()) for fr, en in entries}


def given_form(word: str, words: set[str]) -> bool:
    """Whether a folded ``word`` is the English form of a French given name among the source's folded ``words``."""
    return any(word in forms and fr in words for fr, forms in given_names().items())


def latin_form(word: str, sounds: set[str]) -> bool:
    """A folded name in a Latin form ("columbus", "aurelius") of a source name (``sounds``: spelling-neutral
    forms of the source's capitalised words): the name without "-us" sounds or is written with its consonants."""
    if len(word) < 5 or not word.endswith("us"):
        return False
    base = word[:-2]
    return phonetic(base) in sounds or phonetic(base + "e") in sounds or transliterated(base, sounds)


# The French nouns that head the name of a body ("la Ligue nationale pour la démocratie", "l'Autorité ...").
BODY_HEADS = frozenset({
    "agence", "alliance", "armee", "assemblee", "association", "autorite", "banque", "bureau", "centre", "comite",
    "commissariat", "commission", "communaute", "confederation", "congres", "conseil", "cour", "federation", "fonds",
    "forces", "front", "groupe", "haut", "haute", "institut", "laboratoire", "ligue", "marche", "mission",
    "mouvement", "observatoire", "office", "organisation", "parti", "plateforme", "programme", "rassemblement",
    "syndicat", "tribunal", "union",
})  # fmt: skip

_JOINERS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "pour", "et", "a", "au", "aux", "sur", "en"})


def spelled_out(letters: str, source: str) -> bool:
    """An English acronym of a body's name the ``source`` spells out, one the tables lack: from a capitalised word that heads a body's name (:data:`BODY_HEADS`), the first
    letters of the renderings of consecutive content words from a capitalised word on, across "pour"/"et" but not
    across punctuation, in any order; with 4+ letters, one letter may be a word the French name leaves out."""
    if len(letters) < 3:
        return False
    n, lexicon = len(letters), renderings()
    caps = {fold(w) for w in re.findall(rf"[{UPPER}][^\W\d_]+", source)}
    for segment in re.split(r"[\n,.;:()«»\"!?\[\]]", source):
        tokens = [w for w in fold(segment).split() if w not in _JOINERS]
        for i, t in enumerate(tokens):
            if t not in caps or t not in BODY_HEADS:
                continue
            words = tokens[i : i + n]
            if len(words) == n and initials_of(words, letters, lexicon):
                return True
            if n >= 4 and len(words) >= n - 1:
                part = words[: n - 1]
                if any(initials_of(part, letters[:k] + letters[k + 1 :], lexicon) for k in range(1, n)):
                    return True
    return False


def compounds(words: list[str], tokens: set[str]) -> list[str]:
    """``words`` with two neighbours joined where a source word begins with them joined, up to the last two
    letters ("pan american": "panamericains", "inter american": "interamericaine")."""
    out: list[str] = []
    for w in words:
        joined = (out[-1] + w) if out else ""
        if (
            len(w) >= 5
            and len(joined) >= 8
            and any(t.startswith(joined[:-2]) for t in tokens if len(t) >= len(joined) - 2)
        ):
            out[-1] = joined
        else:
            out.append(w)
    return out


def demonym_flags(
    output: str, source_words: set[str], supported: Callable[[str], bool], names: list[Name]
) -> list[Flag]:
    """Flags of the nationality adjectives :func:`changed_demonyms` finds (outside the output's ``names``)."""
    taken = [(n.start, n.end) for n in names]
    return [
        Flag(output[a:b], "other", f"nationality absent from source: no country or people called '{output[a:b]}' in "
             "the article", a, b, None, None, "absent", None, category="entity")
        for a, b in changed_demonyms(output, source_words, supported, taken)
    ]  # fmt: skip


_ADJECTIVE = re.compile(r"(?<![\w’'-])([A-Z][a-z]{3,})(?= [a-z])")


def changed_demonyms(
    output: str, source_words: set[str], supported: Callable[[str], bool], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans of nationality adjectives before a noun ("the Malian government") the source does not support
    (``supported``: a folded word), where the source names a country or its people (``source_words``: folded)
    and the output names none of those: a changed adjective, not one made explicit."""
    written = set(fold(output).split())
    named = [_national_codes(w) for w in source_words if len(w) >= 4]
    if not any(codes and not any(_rendered(c, written) for c in codes) for codes in named):
        return []  # every country the source names (or none) is in the output
    out = []
    for m in _ADJECTIVE.finditer(output):
        word = fold(m.group(1))
        if any(s < m.end() and e > m.start() for s, e in taken) or not _demonym(word) or supported(word):
            continue
        out.append((m.start(1), m.end(1)))
    return out


@functools.lru_cache(maxsize=1 << 12)
def _demonym(word: str) -> bool:
    """A folded English nationality adjective: a country's English name (CLDR) with an ending for its people
    ("malian", "honduran", "comorian", "peruvian", "bangladeshi"); "european" names no country."""
    for end in ("ian", "an", "i", "ese", "ish", "ean"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            base = word[: -len(end)]
            if any(base + tail in _countries("en") for tail in ("", "a", "as", "os", "e", "o")):
                return True
    return any(
        word.startswith(c) and word[len(c) :] in _PEOPLE_ENDS for c in _countries("en") if len(c) >= 4
    )  # "peruvian", "ghanaian"


_PEOPLE_ENDS = frozenset({"n", "an", "ian", "vian", "ean", "ese", "i", "ish", "ite", "er", "ers", "ns"})


@functools.lru_cache(maxsize=1 << 14)
def _national_codes(word: str) -> frozenset[str]:
    """The countries (CLDR codes) a folded French word names or makes a nationality adjective of: the two share
    all but the last three letters of the name, five at least ("burkinabe", "equatoriens", "srilankaise")."""
    near = _by_start().get(word[:5], ()) + _by_start().get(word[:4], ()) + _by_start().get(word[:3], ())
    return frozenset(code for code, c in near if _derived(word, c))


@functools.cache
def _by_start() -> dict[str, tuple[tuple[str, str], ...]]:
    """(code, French name) by the name's first five letters (the whole name if shorter)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for code, names in _names("fr").items():
        for c in names:
            out.setdefault(c[:5], []).append((code, c))
    return {k: tuple(v) for k, v in out.items()}


def _derived(word: str, name: str) -> bool:
    k = max(5, len(name) - 3) if len(name) >= 5 else len(name)
    return len(word) >= k and word[:k] == name[:k] and abs(len(word) - len(name)) <= 6


def _rendered(code: str, written: set[str]) -> bool:
    """Whether an English text (its folded ``written`` words) names the country ``code`` or its people: a word
    made from its English name, or the name of its official language ("French" for France)."""
    return any(_derived(w, c) for c in _names("en")[code] for w in written) or bool(_languages(code) & written)


@functools.cache
def _names(lang: str) -> dict[str, frozenset[str]]:
    """CLDR code -> folded names of the country in ``lang``, as one word and each word of 5+ letters alone
    ("burkina", "ivoire", "srilanka"), no generic word ("republique", "africa")."""
    from babel import Locale

    out: dict[str, frozenset[str]] = {}
    for code, name in Locale(lang).territories.items():
        if code.isdigit() or len(code) != 2 or code in _NOT_COUNTRIES:
            continue
        words = fold(name).split()
        out[code] = frozenset({"".join(words)} | {w for w in words if len(w) >= 5 and w not in _GENERIC})
    return out


@functools.cache
def _languages(code: str) -> frozenset[str]:
    """Folded English names of the official languages of the country ``code`` (CLDR)."""
    from babel import Locale
    from babel.languages import get_official_languages

    en = Locale("en")
    return frozenset(
        fold(en.languages[lang]) for lang in get_official_languages(code, de_facto=True) if lang in en.languages
    )


@functools.cache
def _countries(lang: str) -> frozenset[str]:
    """Folded country names in ``lang`` (:func:`_names`)."""
    return frozenset(n for names in _names(lang).values() for n in names)


_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB"})  # the European Union, the United Nations...
_GENERIC = frozenset({"republique", "republic", "royaume", "kingdom", "saint", "sainte", "nouvelle", "united", "unies",
                      "democratique", "democratic", "islands", "central", "centrale", "outlying", "territoires",
                      "territories", "britanniques", "francaises", "southern", "australes", "populaire", "guinee",
                      "guinea", "sahara", "occidental", "western", "north", "south", "island", "heard", "macdonald",
                      "mineures", "eloignees", "minor", "states", "africa", "afrique", "america", "amerique"})  # fmt: skip
