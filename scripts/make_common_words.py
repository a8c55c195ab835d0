"""Build ``summarizer/data/common_english.txt``: the English words the entity guard treats as common
words (a capitalised common word may be a translated concept; an uncommon one is a name).

A word is kept when Webster's Second International Dictionary (1934, public domain; the ``web2``
list of the ``english-words`` package) lists it in lower case, so it is not a proper noun, and it is
used in modern English: at least ``--min-count`` occurrences in pyspellchecker's English frequency
list (built from OpenSubtitles, MIT licence). That drops the dictionary's obscure entries that are
mostly names today ("oyapock", "devonport", "cushing") while keeping "scientists" or "university".
Words the 1934 dictionary lacks in any case but modern English uses a lot (at least ``--modern-count``
occurrences: inflected forms, "internet", "website", plural demonyms such as "romans") are added,
except known first names and surnames (Faker) and place or language names (CLDR through Babel).

The guard reads the result as plain text; neither package is needed at run time. Rebuild with
``pip install english-words pyspellchecker && python scripts/make_common_words.py``.
"""

from __future__ import annotations

import argparse
import gzip
import json
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "summarizer" / "data" / "common_english.txt"


def main(argv: list[str] | None = None) -> int:
    """Write the word list (one lower-case word a line, sorted)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-count", type=int, default=100)
    parser.add_argument("--modern-count", type=int, default=5000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    from english_words import get_english_words_set  # the package stores its lists pickled: build time only

    from summarizer.guard.names import equivalents, person_names, territory_words

    every = get_english_words_set(["web2"], lower=False, alpha=True)
    web2, known = {w for w in every if w.islower()}, {w.lower() for w in every}
    counts = json.loads(gzip.decompress(resources.files("spellchecker").joinpath("resources/en.json.gz").read_bytes()))
    names = person_names() | territory_words() | frozenset(equivalents())
    words = {w for w in web2 if counts.get(w, 0) >= args.min_count}
    words |= {
        w for w, n in counts.items() if n >= args.modern_count and w.isalpha() and w not in known and w not in names
    }
    words = sorted(words)
    header = (
        "# Common English words for summarizer's entity guard: lower-case entries of Webster's Second\n"
        "# International Dictionary (public domain) seen at least "
        f"{args.min_count} times in pyspellchecker's English\n"
        f"# frequency list (MIT), and words it lacks seen at least {args.modern_count} times there (not names).\n"
        "# Built by scripts/make_common_words.py.\n"
    )
    args.out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
