"""Build ``summarizer/data/common_english.txt``: the English words the entity guard treats as common
words (a capitalised common word may be a translated concept; an uncommon one is a name).

A word is kept when Webster's Second International Dictionary (1934, public domain; the ``web2``
list of the ``english-words`` package) lists it in lower case, so it is not a proper noun, and it is
used in modern English: at least ``--min-count`` occurrences in pyspellchecker's English frequency
list (built from OpenSubtitles, MIT licence). That drops the dictionary's obscure entries that are
mostly names today ("oyapock", "devonport", "cushing") while keeping "scientists" or "university".

The guard reads the result as plain text; neither package is needed at run time. Rebuild with
``pip install english-words pyspellchecker && python scripts/make_common_words.py``.
"""

from __future__ import annotations

import argparse
import gzip
import json
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "summarizer" / "data" / "common_english.txt"


def main(argv: list[str] | None = None) -> int:
    """Write the word list (one lower-case word a line, sorted)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-count", type=int, default=100)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    from english_words import get_english_words_set  # the package stores its lists pickled: build time only

    web2 = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    counts = json.loads(gzip.decompress(resources.files("spellchecker").joinpath("resources/en.json.gz").read_bytes()))
    words = sorted(w for w in web2 if counts.get(w, 0) >= args.min_count)
    header = (
        "# Common English words for summarizer's entity guard: lower-case entries of Webster's Second\n"
        "# International Dictionary (public domain) seen at least "
        f"{args.min_count} times in pyspellchecker's English\n"
        "# frequency list (MIT). Built by scripts/make_common_words.py.\n"
    )
    args.out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
