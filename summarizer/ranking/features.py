"""Sentence features of the learned ranker, computed without any neural model (numpy and regexes).

One row per sentence, one column per name in :data:`FEATURE_NAMES`:

- **position**: index, relative and reverse position, the heuristic's first/second/third flags,
  paragraph index, position within the paragraph;
- **length**: words, characters per word, share of stop words, the article's size;
- **centrality**: the heuristic scorer's TF-IDF centrality, LexRank, recurring words, similarity
  to the lead, plus similarity to the rest of the article (leave-one-out centroid), to the first
  sentence and to its closest sentence, the heuristic's own score (and its neighbours');
- **ranks within the article** (trees see one sentence at a time): of the heuristic score,
  centrality, LexRank, length and recurring names;
- **names** (a cheap stand-in for named entities): capitalised words not opening the sentence,
  acronyms, and how many of them recur elsewhere in the article and in the lead;
- **figures**: numbers, percentages, years, amounts of money;
- **quotes**: quotation marks, share of the sentence inside « », first-person pronouns,
  colons, questions;
- **boilerplate likelihood**: headings, lines without final punctuation, links, credits, teasers.

Everything is computed from the sentences (and their paragraph indices) alone, identically at
training and inference, in about a millisecond for a typical news article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from summarizer import extractive
from summarizer.ranking.sentences import ArticleSentences

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_TOKEN = re.compile(r"\S+")
_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]*", re.UNICODE)
_ACRONYM = re.compile(r"\b[A-ZÀ-ÖØ-Þ]{2,}\b")
_NUMBER = re.compile(r"\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?")
_PERCENT = re.compile(r"\d\s?%|\bpour ?cent\b|\bpercent\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MONEY = re.compile(
    r"[€$£]|\b(?:euros?|dollars?|livres?|francs?|millions?|milliards?|billions?|m€|md€)\b", re.IGNORECASE
)
_QUOTE = re.compile(r"[«»\"“”]")
_INSIDE_GUILLEMETS = re.compile(r"«[^»]*»?|“[^”]*”?")
_FIRST_PERSON = re.compile(r"\b(?:je|j'|j’|me|moi|nous|mon|ma|mes|notre|nos|I|we|my|our)\b", re.IGNORECASE)
_BOILERPLATE = re.compile(
    r"https?://|www\.|@\w|\blire aussi\b|\bà lire\b|\bvoir aussi\b|\bcrédits?\b|\bphoto\b|\b(?:AFP|Reuters)\b|"
    r"\bread more\b|\bsee also\b|\bcopyright\b|©",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?…»\"”)]\s*$")

FEATURE_NAMES: tuple[str, ...] = (
    # position
    "index",
    "relative_position",
    "reverse_index",
    "first",
    "second",
    "third",
    "paragraph",
    "index_in_paragraph",
    "paragraph_first",
    "sentences",
    "paragraphs",
    # length
    "words",
    "relative_words",
    "chars_per_word",
    "stopword_share",
    "article_words",
    # centrality and overlap
    "centrality",
    "lexrank",
    "recurring",
    "lead_similarity",
    "centroid_similarity",
    "first_similarity",
    "max_similarity",
    "lead_word_overlap",
    "heuristic_score",
    "heuristic_rank",
    "heuristic_share",
    "previous_heuristic",
    "next_heuristic",
    "centroid_rank",
    "lexrank_rank",
    "words_rank",
    "names_rank",
    # names (cheap entity proxy)
    "names",
    "name_share",
    "acronyms",
    "recurring_names",
    "lead_names",
    # figures
    "numbers",
    "percent",
    "year",
    "money",
    # quotes
    "quotation",
    "quoted_share",
    "quote_start",
    "first_person",
    "colon",
    "question",
    # boilerplate likelihood
    "heading",
    "no_terminal",
    "boilerplate",
    "parenthesis",
)


def _names(text: str) -> list[str]:
    """Capitalised words that do not open the sentence (a cheap named-entity proxy)."""
    found = []
    for match in _CAPITALISED.finditer(text):
        if match.start() == 0 or text[: match.start()].strip() in ("«", '"', "“", "-", "—"):
            continue
        found.append(match.group(0).lower())
    return found


def _rank(values: np.ndarray) -> np.ndarray:
    """0 for the highest value, 1 for the next... (ties: earlier sentence first)."""
    rank = np.empty(len(values))
    rank[np.argsort(-values, kind="stable")] = np.arange(len(values))
    return rank


def sentence_features(article: ArticleSentences, language: str = "fr") -> np.ndarray:
    """The feature matrix of an article's sentences: ``(len(article.texts), len(FEATURE_NAMES))``.

    Args:
        article: the sentences with their paragraph indices and heading flags.
        language: ISO 639-1 code (picks the stop-word list of the TF-IDF features).
    """
    texts = article.texts
    n = len(texts)
    if n == 0:
        return np.zeros((0, len(FEATURE_NAMES)))
    base = extractive.sentence_features(texts, language)
    col = {name: base.values[:, k] for k, name in enumerate(extractive.FEATURES)}
    heuristic = extractive.sentence_scores(base)
    words = base.words.astype(float)
    sim = base.similarity
    stop = extractive.STOPWORDS.get(language.lower()[:2], frozenset())
    index = np.arange(n, dtype=float)
    paragraphs = np.asarray(article.paragraphs, dtype=float)
    index_in_paragraph = np.zeros(n)
    for i in range(1, n):
        index_in_paragraph[i] = index_in_paragraph[i - 1] + 1 if paragraphs[i] == paragraphs[i - 1] else 0

    vectors, _, bags = extractive._similarity(texts, language)
    total = vectors.sum(axis=0)
    others = total[None, :] - vectors
    denom = np.linalg.norm(vectors, axis=1) * np.linalg.norm(others, axis=1)
    denom[denom == 0] = 1.0
    centroid = (vectors * others).sum(axis=1) / denom

    lead_words = set(bags[0]) | (set(bags[1]) if n > 1 else set())
    lowered = [[w.lower() for w in _WORD.findall(t)] for t in texts]
    names = [_names(t) for t in texts]
    name_df: Counter = Counter(w for ns in names for w in set(ns))
    lead_names = set(names[0]) | (set(names[1]) if n > 1 else set())

    rows = []
    for i, text in enumerate(texts):
        bag = bags[i]
        ws = lowered[i]
        ns = names[i]
        quoted = sum(len(m.group(0)) for m in _INSIDE_GUILLEMETS.finditer(text))
        stripped = text.lstrip()
        rows.append(
            (
                sum(1 for w in bag if w in lead_words) / max(1, len(bag)) if i > 1 else 1.0,
                len(text) / max(1, len(_TOKEN.findall(text))),
                sum(1 for w in ws if w in stop) / max(1, len(ws)),
                len(ns),
                len(ns) / max(1, len(ws)),
                len(_ACRONYM.findall(text)),
                sum(1 for w in set(ns) if name_df[w] >= 2),
                sum(1 for w in set(ns) if w in lead_names) if i > 1 else len(set(ns)),
                len(_NUMBER.findall(text)),
                bool(_PERCENT.search(text)),
                bool(_YEAR.search(text)),
                bool(_MONEY.search(text)),
                quoted / max(1, len(text)),
                stripped[:1] in ("«", '"', "“", "-", "—"),
                len(_FIRST_PERSON.findall(text)),
                ":" in text,
                "?" in text,
                not _TERMINAL.search(text),
                bool(_BOILERPLATE.search(text)),
                "(" in text,
            )
        )
    extra = np.asarray(rows, dtype=float)
    shifted = np.concatenate([[0.0], heuristic, [0.0]])
    columns = {
        "index": index,
        "relative_position": index / max(1, n - 1),
        "reverse_index": n - 1 - index,
        "first": col["first"],
        "second": col["second"],
        "third": col["third"],
        "paragraph": paragraphs,
        "index_in_paragraph": index_in_paragraph,
        "paragraph_first": (index_in_paragraph == 0).astype(float),
        "sentences": np.full(n, float(n)),
        "paragraphs": np.full(n, float(paragraphs.max() + 1)),
        "words": words,
        "relative_words": words / max(1.0, float(words.mean())),
        "chars_per_word": extra[:, 1],
        "stopword_share": extra[:, 2],
        "article_words": np.full(n, float(words.sum())),
        "centrality": col["centrality"],
        "lexrank": col["lexrank"],
        "recurring": col["recurring"],
        "lead_similarity": col["lead_similarity"],
        "centroid_similarity": centroid,
        "first_similarity": sim[:, 0],
        "max_similarity": sim.max(axis=1) if n > 1 else np.zeros(n),
        "lead_word_overlap": extra[:, 0],
        "heuristic_score": heuristic,
        "heuristic_rank": _rank(heuristic),
        "heuristic_share": heuristic / max(1e-9, float(heuristic.max())),
        "previous_heuristic": shifted[:-2],
        "next_heuristic": shifted[2:],
        "centroid_rank": _rank(centroid) / n,
        "lexrank_rank": _rank(col["lexrank"]) / n,
        "words_rank": _rank(words) / n,
        "names_rank": _rank(extra[:, 6]) / n,
        "names": extra[:, 3],
        "name_share": extra[:, 4],
        "acronyms": extra[:, 5],
        "recurring_names": extra[:, 6],
        "lead_names": extra[:, 7],
        "numbers": extra[:, 8],
        "percent": extra[:, 9],
        "year": extra[:, 10],
        "money": extra[:, 11],
        "quotation": col["quotation"],
        "quoted_share": extra[:, 12],
        "quote_start": extra[:, 13],
        "first_person": extra[:, 14],
        "colon": extra[:, 15],
        "question": extra[:, 16],
        "heading": np.asarray(article.headings, dtype=float),
        "no_terminal": extra[:, 17],
        "boilerplate": extra[:, 18],
        "parenthesis": extra[:, 19],
    }
    return np.column_stack([np.asarray(columns[name], dtype=float) for name in FEATURE_NAMES])


def feature_matrix(articles: Sequence[ArticleSentences], language: str = "fr") -> tuple[np.ndarray, np.ndarray]:
    """Stack the features of many articles; returns the matrix and the article index of each row."""
    blocks = [sentence_features(a, language) for a in articles]
    groups = np.concatenate([np.full(len(b), k) for k, b in enumerate(blocks)]) if blocks else np.zeros(0)
    matrix = np.vstack(blocks) if blocks else np.zeros((0, len(FEATURE_NAMES)))
    return matrix, groups.astype(int)
