"""Training the second stage (:mod:`summarizer.ranking.rerank`) after the first.

The second stage must learn from first-stage scores as good as those of unseen articles, so the
training articles get *out-of-fold* scores: ``FOLDS`` first-stage models with the same settings
and number of rounds, each trained without one fold and scoring it. The word table is counted
the same way (each fold's candidates read a table that did not count them). Candidates of
``STAGE2_ARTICLES`` training articles train a LightGBM LambdaRank model (group = article; label =
the candidate's R-1 + R-L + R-2/2 F1 against the abstract, cut into 11 grades within the
article), early-stopped on the held-out articles' candidates (scored by the full first stage).
A *word model* (:func:`fit_word_model`) gives each word of an article the probability that the
abstract has it; its out-of-fold probabilities feed five more candidate features (expected
matches, precision and F1). Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from summarizer.evaluation.words import WordTokenizer
from summarizer.ranking.candidates import WordTable, candidate_rouge, candidates, word_context
from summarizer.ranking.model import Selection, choose
from summarizer.ranking.rerank import MAX_BUDGET, Reranker

FOLDS = 4
STAGE2_ARTICLES = 25_000  # all of them on OrangeSum (19,261); candidates cost ~15 ms of CPU an article
MIN_ARTICLES = 10  # words counted in fewer training articles read the prior (keeps the file small)
TARGET_WEIGHTS = np.array([1.0, 0.5, 1.0])  # R-L
GRADES = 10
# LightGBM settings both stages share (small trees, deterministic); each adds its objective.
TREE_PARAMS: dict[str, Any] = {
    "learning_rate": 0.05,
    "num_leaves": 31,
    "min_data_in_leaf": 100,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "verbosity": -1,
    "deterministic": True,
    "force_row_wise": True,
}
STAGE2_PARAMS: dict[str, Any] = {
    "objective": "lambdarank",
    "label_gain": list(range(GRADES + 1)),
    "lambdarank_truncation_level": 5,
    "eval_at": [3],
    **TREE_PARAMS,
}
STAGE2_ROUNDS = 2000
STAGE2_EARLY_STOPPING = 50
# The word model (what the abstract will say, word by word): a binary LightGBM on the distinct words
# of WORD_MODEL_ARTICLES training articles, a fixed number of rounds.
WORD_MODEL_ARTICLES = 3000
WORD_MODEL_ROUNDS = 200
WORD_MODEL_PARAMS: dict[str, Any] = {"objective": "binary", **TREE_PARAMS}


def fit_word_model(examples: Sequence[Any], tables: Sequence[tuple], seed: int = 0) -> Any:
    """The word model on ``examples``, each article's words described with its own word table (one that
    did not count its abstract): label 1 for the words its abstract contains."""
    import lightgbm

    tokenize = WordTokenizer().tokenize
    xs, ys = [], []
    for ex, (table, prior) in zip(examples, tables, strict=True):
        words, rows, _, _ = word_context(ex.sentences.texts, table, prior)
        abstract = set(tokenize(ex.abstract))
        xs.append(rows)
        ys.append(np.array([w in abstract for w in words], dtype=float))
    params = {**WORD_MODEL_PARAMS, "seed": seed, "num_threads": 1}
    return lightgbm.train(params, lightgbm.Dataset(np.vstack(xs), np.concatenate(ys)), WORD_MODEL_ROUNDS)


def _grades(target: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """0..GRADES: how far each candidate is from its article's mean (0) to its best (GRADES)."""
    n = int(groups.max()) + 1
    mean = np.bincount(groups, target, n) / np.maximum(np.bincount(groups, None, n), 1)
    best = np.full(n, -np.inf)
    np.maximum.at(best, groups, target)
    rel = np.maximum(target - mean[groups], 0) / np.maximum(best[groups] - mean[groups], 1e-9)
    return np.clip(np.round(rel * GRADES), 0, GRADES).astype(int)


def _candidate_set(
    examples: Sequence[Any],
    scores: Sequence[np.ndarray],
    tables: Sequence[tuple],
    word_models: Sequence[Any],
    selection,
):
    """Features, targets and article index of every candidate of ``examples``."""
    feats, targets, groups = [], [], []
    for k, (ex, score, table, word_model) in enumerate(zip(examples, scores, tables, word_models, strict=True)):
        texts = ex.sentences.texts
        from summarizer import extractive

        vectors, sim, _ = extractive._similarity(texts, "fr")
        first = choose(texts, score, MAX_BUDGET, selection, similarity=sim) or [0]
        subsets, f = candidates(
            texts,
            score,
            MAX_BUDGET,
            first,
            selection.target_ratio,
            selection.redundancy,
            *table,
            (vectors, sim),
            word_model=word_model,
        )
        if not subsets:
            continue
        feats.append(f)
        r = candidate_rouge(texts, ex.abstract, subsets)
        targets.append(r @ TARGET_WEIGHTS)
        groups.append(np.full(len(subsets), k))
    return np.vstack(feats), np.concatenate(targets), np.concatenate(groups)


def train_rerank(
    training: Sequence[Any],
    train_x: np.ndarray,
    train_y: np.ndarray,
    train_groups: np.ndarray,
    held_out: Sequence[Any],
    held_scores: Sequence[np.ndarray],
    selection: Selection,
    rounds: int,
    fit: Callable[..., Any],
    *,
    seed: int = 0,
    say: Callable[[str], None] = lambda message: None,
) -> tuple[Reranker, dict[str, Any]]:
    """Train the second stage; returns it and a small report (rounds, candidates, articles)."""
    import lightgbm

    folds = min(FOLDS, len(training))
    order = list(range(len(training)))
    random.Random(seed + 1).shuffle(order)
    fold_of = np.empty(len(training), dtype=int)
    fold_of[order] = np.arange(len(training)) % folds
    stage2 = sorted(order[:STAGE2_ARTICLES])
    # out-of-fold first-stage scores of the stage-2 articles
    row_fold = fold_of[train_groups]
    oof: dict[int, np.ndarray] = {}
    for f in range(folds):
        booster = fit(train_x[row_fold != f], train_y[row_fold != f], seed=seed, rounds=rounds)
        wanted = [a for a in stage2 if fold_of[a] == f]
        rows = np.isin(train_groups, wanted)
        flat = booster.predict(train_x[rows], num_threads=1)
        for a in wanted:
            oof[a] = flat[train_groups[rows] == a]
        say(f"second stage: out-of-fold scores, fold {f + 1}/{folds}")
    # word tables: one per fold (without it) and one of all training articles
    tokenize = WordTokenizer().tokenize
    tables = {f: WordTable() for f in range(-1, folds)}
    for a, ex in enumerate(training):
        words = {w for s in ex.sentences.texts for w in tokenize(s)}
        abstract = set(tokenize(ex.abstract))
        for f, table in tables.items():
            if f != fold_of[a]:
                table.add(words, abstract)
    probs = {f: table.probabilities(MIN_ARTICLES) for f, table in tables.items()}
    # word models: one per fold (trained on other folds' articles) and one on articles of all folds;
    # each article's words are described with the table of its own fold, which did not count it
    word_models = {}
    for f in range(-1, folds):
        chosen = [a for a in order if fold_of[a] != f][:WORD_MODEL_ARTICLES]
        word_models[f] = fit_word_model([training[a] for a in chosen], [probs[fold_of[a]] for a in chosen], seed)
        say(f"second stage: word model {f + 2}/{folds + 1}")
    tr_x, tr_t, tr_g = _candidate_set(
        [training[a] for a in stage2],
        [oof[a] for a in stage2],
        [probs[fold_of[a]] for a in stage2],
        [word_models[fold_of[a]] for a in stage2],
        selection,
    )
    va_x, va_t, va_g = _candidate_set(
        held_out, held_scores, [probs[-1]] * len(held_out), [word_models[-1]] * len(held_out), selection
    )
    say(f"second stage: {len(tr_t)} training and {len(va_t)} held-out candidates")
    params = {**STAGE2_PARAMS, "seed": seed, "num_threads": 1}
    train_set = lightgbm.Dataset(tr_x, _grades(tr_t, tr_g), group=np.unique(tr_g, return_counts=True)[1])
    valid_set = lightgbm.Dataset(
        va_x, _grades(va_t, va_g), group=np.unique(va_g, return_counts=True)[1], reference=train_set
    )
    booster = lightgbm.train(
        params,
        train_set,
        STAGE2_ROUNDS,
        valid_sets=[valid_set],
        callbacks=[lightgbm.early_stopping(STAGE2_EARLY_STOPPING, verbose=False)],
    )
    report = {
        "stage2_articles": len(stage2),
        "stage2_candidates": len(tr_t),
        "stage2_rounds": int(booster.current_iteration()),
        "word_table_size": len(probs[-1][0]),
        "word_model_articles": min(WORD_MODEL_ARTICLES, len(training)),
    }
    return Reranker(booster, *probs[-1], word_models[-1]), report
