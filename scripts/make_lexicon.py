"""Build the French-English word lexicon of the cross-lingual evidence (no model needed).

Learns word translation probabilities t(english form | french form) from sentence pairs that
translate each other with IBM Model 1 (Brown et al., 1993: a few rounds of expectation
maximisation, a NULL word on the French side), on word forms (accents and case dropped, first
five letters), and keeps the pairs with t >= ``--min-prob`` that meet in at least
``--min-count`` sentence pairs. Identical forms are left out (the aligner matches them
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

NULL = "<null>"


def build(
    pairs: list[tuple[str, str]], min_prob: float = 0.05, min_count: int = 2, rounds: int = 6
) -> dict[str, list[str]]:
    """French form -> English forms, by IBM Model 1 translation probability learnt on ``pairs``."""
    data = [([*sorted(set(word_forms(fr))), NULL], sorted(set(word_forms(en)))) for fr, en in pairs]
    both: Counter = Counter()
    for french, english in data:
        both.update((f, e) for f in french for e in english)
    prob = dict.fromkeys(both, 1.0)
    for _ in range(rounds):
        counts: Counter = Counter()
        totals: Counter = Counter()
        for french, english in data:
            for e in english:
                norm = sum(prob[f, e] for f in french)
                for f in french:
                    share = prob[f, e] / norm
                    counts[f, e] += share
                    totals[f] += share
        prob = {key: counts[key] / totals[key[0]] for key in counts}
    lexicon: dict[str, list[str]] = {}
    for (f, e), p in sorted(prob.items()):
        if f != NULL and f != e and p >= min_prob and both[f, e] >= min_count:
            lexicon.setdefault(f, []).append(e)
    return lexicon


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("french", type=Path)
    parser.add_argument("english", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=Path("summarizer/data/fr_en_lexicon.json"))
    parser.add_argument("--min-prob", type=float, default=0.05)
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args()
    fr = args.french.read_text(encoding="utf-8").splitlines()
    en = args.english.read_text(encoding="utf-8").splitlines()
    if len(fr) != len(en):
        raise SystemExit(f"{args.french} has {len(fr)} lines, {args.english} {len(en)}: they must align")
    lexicon = build(list(zip(fr, en, strict=True)), args.min_prob, args.min_count)
    args.output.write_text(json.dumps(lexicon, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
    print(f"{len(lexicon)} French forms, {sum(map(len, lexicon.values()))} pairs -> {args.output}")


if __name__ == "__main__":
    main()
