"""A country named for a team or a body that the source calls by a name in that country's language.

French news calls a national team by its own nickname ("la Mannschaft", "la Squadra Azzurra", "les Oranje");
an English rendering often names the country instead ("Germany were beaten by Japan"). Such a country passes
when a capitalised word of the source that the output does not write is a common word of one of the country's
official languages (wordfreq, CLDR through Babel) and rare in English and French, and every country the
source names is rendered; another country ("Spain" for "la Squadra Azzurra") is still flagged.
"""

from __future__ import annotations

import functools
import re

from summarizer.guard.candidates import UPPER, Name
from summarizer.guard.foreign import THIRD_LANGUAGES
from summarizer.guard.names import fold, zipf

_FLOOR = 4.0  # zipf in the language: a common word there (about ten in a million words)
_MARGIN = 2.0  # ... and this much rarer in English and in French


@functools.cache
def _country_languages() -> dict[str, frozenset[str]]:
    """Folded English and French country names -> the codes of the country's official languages (CLDR)."""
    from babel import Locale
    from babel.languages import get_official_languages

    en, fr = Locale("en"), Locale("fr")
    out: dict[str, frozenset[str]] = {}
    for code, name in en.territories.items():
        if code.isdigit() or code not in fr.territories:
            continue
        langs = frozenset(lang.split("_")[0] for lang in get_official_languages(code, de_facto=True))
        out[fold(name)] = out[fold(fr.territories[code])] = langs
    return out


def _language_of(word: str) -> str | None:
    """The third language whose common word ``word`` is, rare in English and French (None if none)."""
    word = word.lower()
    near = max(zipf(word, "en"), zipf(word, "fr"))
    return next((lang for lang in THIRD_LANGUAGES if zipf(word, lang) >= max(_FLOOR, near + _MARGIN)), None)


def nickname_country(name: Name, output: str, source: str, countries: list[set[str]]) -> bool:
    """Whether ``name`` is a country the output names for a source name in its language (module docstring);
    ``countries``: the words of the names of each country the source names."""
    langs = _country_languages().get(fold(name.text))
    if not langs:
        return False
    written = set(fold(output).split())
    if any(not words & written for words in countries):
        return False  # a source country the output leaves out: the country may replace it
    words = re.findall(rf"(?<![\w’'-])[{UPPER}][^\W\d_]{{3,}}", source)
    return any(fold(w) not in written and _language_of(w) in langs for w in words)
