"""Build the French-English word lexicon of the cross-lingual evidence (no model needed).

Counts, over sentence pairs that translate each other, how often a French word form (accents
and case dropped, first five letters) and an English one appear in the same pair, and keeps the
pairs whose Dice coefficient ``2 * both / (french + english)`` is at least ``--min-dice`` and that
meet at least ``--min-count`` times. Identical forms are left out (the aligner matches them
directly). The result is ``summarizer/data/fr_en_lexicon.json``: French form -> English forms.

The shipped lexicon is learnt from FLORES-200 devtest (CC BY-SA 4.0, NLLB Team et al., 2022),
which is neither of the WMT sets the verifier is tuned and measured on.

Usage:
    python scripts/make_lexicon.py FRENCH_FILE ENGLISH_FILE [-o summarizer/data/fr_en_lexicon.json]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from summarizer.stages.crosslingual import word_forms


def build(pairs: list[tuple[str, str]], min_dice: float = 0.3, min_count: int = 2) -> dict[str, list[str]]:
    """French form -> English forms, by Dice coefficient of co-occurrence in ``pairs``."""
    french, english, both = Counter(), Counter(), Counter()
    for fr, en in pairs:
        f, e = set(word_forms(fr)), set(word_forms(en))
        french.update(f)
        english.update(e)
        both.update((a, b) for a in f for b in e)
    lexicon: dict[str, list[str]] = {}
    for (a, b), count in sorted(both.items()):
        if count >= min_count and a != b and 2 * count / (french[a] + english[b]) >= min_dice:
            lexicon.setdefault(a, []).append(b)
    return lexicon


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("french", type=Path)
    parser.add_argument("english", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=Path("summarizer/data/fr_en_lexicon.json"))
    parser.add_argument("--min-dice", type=float, default=0.3)
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args()
    fr = args.french.read_text(encoding="utf-8").splitlines()
    en = args.english.read_text(encoding="utf-8").splitlines()
    if len(fr) != len(en):
        raise SystemExit(f"{args.french} has {len(fr)} lines, {args.english} {len(en)}: they must align")
    lexicon = build(list(zip(fr, en, strict=True)), args.min_dice, args.min_count)
    args.output.write_text(json.dumps(lexicon, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
    print(f"{len(lexicon)} French forms, {sum(map(len, lexicon.values()))} pairs -> {args.output}")


if __name__ == "__main__":
    main()
