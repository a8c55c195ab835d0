"""The language codes a multilingual translation model is steered with, read from its folder.

Each family has its own convention; the codes are found in the folder's tokenizer files (added
and additional special tokens, or SentencePiece pieces), so a model is steered by what it was
trained with, never by a hand-written table:

============  ======================  =========================================================
family        codes                   how a code is used
============  ======================  =========================================================
NLLB-200      ``fra_Latn``            source code first in the input, target code forced as the
M2M100        ``__fr__``              first generated token (``forced_bos_token_id``)
mBART-50      ``fr_XX``
MADLAD-400    ``<2en>``               target code as a text prefix of the input (T5)
============  ======================  =========================================================

The project speaks ISO 639-1 (``fr``, ``de``); :func:`iso_code` maps a model's code to it with
``langcodes`` (``fra`` -> ``fr``, ``arb`` -> ``ar``, macrolanguages folded).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.backends.declared import declared_tokens
from summarizer.backends.tokenizers import find_spm
from summarizer.errors import UnsupportedLanguageError

# family -> (pattern of its codes, whether the source code leads the input and the target code is
# forced as the first generated token (True) or the target code prefixes the input text (False))
CONVENTIONS: dict[str, tuple[re.Pattern[str], bool]] = {
    "nllb": (re.compile(r"^([a-z]{3})_([A-Z][a-z]{3})$"), True),
    "m2m100": (re.compile(r"^__([a-z]{2,3})__$"), True),
    "mbart-50": (re.compile(r"^([a-z]{2})_([A-Z]{2})$"), True),
    "madlad": (re.compile(r"^<2([a-z]{2,3})(?:_([A-Z][a-z]{3}))?>$"), False),
}
# Fewer codes than this is not a multilingual model's set (e.g. a lone "en_XX" in a vocabulary).
_MIN_CODES = 3


@functools.lru_cache(maxsize=2048)
def iso_code(language: str) -> str:
    """The ISO 639-1 code of a language subtag when it has one (``fra`` -> ``fr``), else the subtag."""
    import langcodes

    try:
        return langcodes.standardize_tag(language, macro=True).split("-")[0]
    except (ValueError, LookupError):
        return language


@functools.lru_cache(maxsize=256)
def _likely_script(language: str) -> str | None:
    import langcodes

    try:
        return langcodes.Language.get(language).maximize().script
    except (ValueError, LookupError):
        return None


@dataclass(frozen=True)
class LanguageCodes:
    """A multilingual model's language codes.

    Attributes:
        family: ``nllb``, ``m2m100``, ``mbart-50`` or ``madlad``.
        codes: ISO 639-1 code (or the model's own subtag where there is none) -> the model's code.
        source_token: True when the source code leads the input and the target code is forced as
            the first generated token; False when the target code prefixes the input text.
    """

    family: str
    codes: dict[str, str] = field(default_factory=dict)
    source_token: bool = True

    def code(self, language: str) -> str:
        """The model's code for ``language`` (ISO 639-1, or one of the model's own codes).

        Raises:
            UnsupportedLanguageError: the model has no code for it.
        """
        if language in self.codes:
            return self.codes[language]
        if language in self.codes.values():
            return language
        found = self.codes.get(iso_code(language))
        if found is None:
            raise UnsupportedLanguageError(
                f"this {self.family} model has no language code for '{language}' ({len(self.codes)} languages)"
            )
        return found

    def text_prefix(self, target: str) -> str:
        """The input prefix that steers a text-prefix model (MADLAD: ``"<2en> "``)."""
        return "" if self.source_token else f"{self.code(target)} "


def _pick(codes: dict[str, list[tuple[str, str | None]]]) -> dict[str, str]:
    """One code per language: the one in the language's usual script when there are several."""
    chosen = {}
    for iso, found in codes.items():
        script = _likely_script(iso) if len(found) > 1 else None
        chosen[iso] = next((c for c, s in found if s == script), found[0][0])
    return chosen


def find_codes(tokens: list[str]) -> LanguageCodes | None:
    """The family whose convention most ``tokens`` follow, with its codes; None below a handful."""
    best: LanguageCodes | None = None
    for family, (pattern, source_token) in CONVENTIONS.items():
        found: dict[str, list[tuple[str, str | None]]] = {}
        for token in dict.fromkeys(tokens):
            match = pattern.match(token)
            if match:
                script = match.group(2) if match.lastindex and match.lastindex >= 2 else None
                found.setdefault(iso_code(match.group(1)), []).append((token, script))
        if len(found) >= _MIN_CODES and (best is None or len(found) > len(best.codes)):
            best = LanguageCodes(family, _pick(found), source_token)
    return best


def _spm_pieces(folder: Path) -> list[str]:
    """User-defined pieces of the folder's SentencePiece model (MADLAD keeps its ``<2xx>`` there)."""
    spm_file = find_spm(folder)
    if spm_file is None:
        return []
    try:
        from sentencepiece import sentencepiece_model_pb2

        proto = sentencepiece_model_pb2.ModelProto()
        proto.ParseFromString(spm_file.read_bytes())
    except Exception:  # protobuf raises its own DecodeError; an unreadable model has no codes
        return []
    return [p.piece for p in proto.pieces if p.type in (p.USER_DEFINED, p.CONTROL)]


@functools.lru_cache(maxsize=64)
def _folder_codes(folder: str, stamp: float) -> LanguageCodes | None:
    path = Path(folder)
    tokens = [t.content for t in declared_tokens(path) if t.content]
    return find_codes(tokens) or find_codes(_spm_pieces(path))


def language_codes(folder: str | Path) -> LanguageCodes | None:
    """The language codes of the model in ``folder`` (a Hugging Face or converted folder), None
    for a model steered by no code (Marian, BART, a one-language T5)."""
    path = Path(folder)
    stamps = [f.stat().st_mtime for f in path.iterdir() if f.is_file()] if path.is_dir() else [0.0]
    return _folder_codes(str(path.resolve()), max(stamps, default=0.0))
