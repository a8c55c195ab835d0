"""The word tokenizer of evaluation and of the sentence ranker: lower-cased Unicode ``\\w+`` runs.

Why it exists: the default ``rouge-score`` tokenizer drops every non-ASCII letter, which mangles
French ("été" -> "t"); every ROUGE figure of the project (evaluation, ranker training and its
candidate features) counts the same tokens, so it lives in one place.
"""

from __future__ import annotations

import re

ROUGE_TOKENIZER = "lower-cased Unicode \\w+ tokens, no stemming"
_TOKEN = re.compile(r"\w+", re.UNICODE)


class WordTokenizer:
    """The ROUGE tokenizer: lower-cased Unicode ``\\w+`` runs (keeps "été", "Côte-d'Ivoire" -> 3 tokens)."""

    def tokenize(self, text: str) -> list[str]:
        """Split ``text`` into tokens."""
        return _TOKEN.findall(text.lower())
