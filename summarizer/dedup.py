"""Near-duplicate articles (syndicated copies of one dispatch) found with MinHash LSH (datasketch).

The same AFP or Reuters dispatch reaches a feed reader through many sites, each with its own
headline, boilerplate and cleaning, sometimes a paragraph more or less. Articles are compared
as sets of word shingles (``SHINGLE_WORDS`` consecutive words of the lower-cased,
accent-stripped text, so quotes, spacing and accents do not matter); two articles whose
estimated Jaccard similarity reaches the threshold are copies. In a batch the first article of
a group is its representative: it is summarized, the others reuse its summary.

``DEFAULT_THRESHOLD`` was measured by ``scripts/eval_dedup.py`` on the 1,500 OrangeSum
validation articles and variants built from them (see the README, "News sources").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

DEFAULT_THRESHOLD = 0.55
SHINGLE_WORDS = 3
NUM_PERM = 256
LSH_MARGIN = 0.1
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Lower-cased, accent-stripped word tokens (letters and digits)."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _TOKEN.findall(folded)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of ``size``-word shingles of ``text`` (its tokens when it is shorter)."""
    words = tokens(text)
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    """Exact Jaccard similarity of two shingle sets."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


@dataclass
class Match:
    """An article found to be a copy: the representative's key and the estimated similarity."""

    representative: str
    similarity: float


class NearDuplicates:
    """An index of representatives; :meth:`add` tells whether a new article copies one of them.

    Args:
        threshold: estimated Jaccard similarity of word shingles at or above which two
            articles are copies (0 < threshold <= 1).
        num_perm: MinHash permutations (more: a finer estimate, slower).
        shingle_words: words per shingle.

    Raises:
        ValueError: a threshold outside (0, 1].
    """

    def __init__(
        self, threshold: float = DEFAULT_THRESHOLD, *, num_perm: int = NUM_PERM, shingle_words: int = SHINGLE_WORDS
    ) -> None:
        if not 0 < threshold <= 1:
            raise ValueError(f"the duplicate threshold must be in (0, 1], not {threshold}")
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_words = shingle_words
        # The LSH bands are tuned a little below the threshold so that pairs just above it are
        # rarely missed; every candidate is then checked against the threshold itself.
        self._lsh = MinHashLSH(threshold=max(0.05, threshold - LSH_MARGIN), num_perm=num_perm)
        self._hashes: dict[str, object] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def signature(self, text: str):
        """The MinHash of ``text``'s shingles."""
        from datasketch import MinHash

        minhash = MinHash(num_perm=self.num_perm)
        minhash.update_batch(s.encode("utf-8") for s in shingles(text, self.shingle_words))
        return minhash

    def find(self, text: str, signature=None) -> Match | None:
        """The most similar representative at or above the threshold, without adding ``text``."""
        minhash = signature if signature is not None else self.signature(text)
        best: Match | None = None
        for key in self._lsh.query(minhash):
            similarity = minhash.jaccard(self._hashes[key])
            if similarity >= self.threshold and (
                best is None
                or similarity > best.similarity
                or (similarity == best.similarity and key < best.representative)
            ):
                best = Match(key, similarity)
        return best

    def add(self, key: str, text: str) -> Match | None:
        """Register an article: its :class:`Match` when it copies a representative, else None
        (it becomes a representative itself).

        Raises:
            ValueError: a key added twice.
        """
        if key in self._hashes:
            raise ValueError(f"duplicate key {key!r}")
        minhash = self.signature(text)
        match = self.find(text, minhash)
        if match is None:
            self._lsh.insert(key, minhash)
            self._hashes[key] = minhash
        return match
