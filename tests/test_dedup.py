"""Near-duplicate detection on real articles: distinct articles stay apart, syndicated variants
(built by the same generators as scripts/eval_dedup.py) join their original."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from summarizer.dedup import DEFAULT_THRESHOLD, NearDuplicates, jaccard, shingles

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def variants():
    spec = importlib.util.spec_from_file_location("eval_dedup", ROOT / "scripts" / "eval_dedup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.VARIANTS


def test_distinct_articles_are_never_merged(orangesum_sample):
    index = NearDuplicates()
    assert [index.add(r["id"], r["article"]) for r in orangesum_sample] == [None] * len(orangesum_sample)
    assert len(index) == len(orangesum_sample)


def test_syndicated_variants_join_their_original(orangesum_sample, variants):
    index = NearDuplicates()
    for record in orangesum_sample:
        index.add(record["id"], record["article"])
    rng = random.Random(1)
    merged = total = 0
    for record in orangesum_sample[1:]:  # the first one has two sentences only: its variants are other texts
        others = [r for r in orangesum_sample if r["id"] != record["id"]]
        for name, make in variants.items():
            match = index.find(make(record, rng, others))
            total += 1
            assert match is None or match.representative == record["id"], (name, record["id"])
            merged += match is not None
    assert merged / total >= 0.95


def test_first_of_a_group_is_the_representative(orangesum_sample):
    record = orangesum_sample[4]
    copy = "Par la rédaction avec AFP\n\n" + record["article"].replace("'", "’") + "\n\nLire aussi : la météo"
    index = NearDuplicates()
    assert index.add("a", record["article"]) is None
    match = index.add("b", copy)
    assert match is not None and match.representative == "a" and match.similarity >= DEFAULT_THRESHOLD
    assert index.add("c", orangesum_sample[5]["article"]) is None
    assert len(index) == 2


def test_shingles_ignore_case_accents_quotes_and_spacing():
    a = shingles("L'État a dit : « non »,  vraiment.")
    b = shingles('l’etat A DIT: "non"\nvraiment')
    assert a == b and jaccard(a, b) == 1.0


@pytest.mark.parametrize("threshold", [0, -0.1, 1.5])
def test_threshold_must_be_in_range(threshold):
    with pytest.raises(ValueError, match=r"threshold must be in \(0, 1\]"):
        NearDuplicates(threshold)
