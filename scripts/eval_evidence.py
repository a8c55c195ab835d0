"""Measure the evidence view on OrangeSum (French news with professional abstracts).

1. **Exactness, where the answer is known.** The extractive strategy (``--target-language fr``)
   builds each summary from whole article sentences, so each summary sentence has a known source:
   the article sentence with the same text. The script counts how often the evidence view's best
   support *is* that sentence.
2. **Unsupported share of human abstracts.** The abstracts are aligned with their articles the
   way the pipeline aligns a source-language summary; the script reports the share of abstract
   sentences marked unsupported and writes a random sample (``--sample``, seeded) with their best
   supports to a JSONL file for a person to judge.

Usage::

    python scripts/eval_evidence.py --data /work/shared/data/orangesum/valid.jsonl \
        [--limit N] [--sample 30] [--sample-out tests/output/evidence_sample.jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from summarizer import Summarizer
from summarizer.stages.evidence import align, sentence_offsets
from summarizer.text.clean import clean_article
from summarizer.text.sentences import split_paragraph_sentences, split_sentences


def _norm(text: str) -> str:
    return " ".join(text.split()).rstrip(".")


def exactness(records: list[dict], batch: int = 32) -> dict:
    """Share of extractive summary sentences whose best support is the article sentence they were copied from."""
    summarizer = Summarizer(strategy="extractive", target_language="fr", source_language="fr", check_facts=False)
    total = exact = unmatched = unsupported = failed = 0
    misses = []
    for pos in range(0, len(records), batch):
        chunk = records[pos : pos + batch]
        for record, result in zip(chunk, summarizer.summarize_many([r["article"] for r in chunk]), strict=True):
            if isinstance(result, Exception):
                failed += 1
                continue
            article_sentences = split_paragraph_sentences(result.article.split("\n\n"), "fr")
            for entry in result.evidence:
                answers = {i for i, s in enumerate(article_sentences) if _norm(s.text) == _norm(entry["sentence"])}
                if not answers:  # the summary's re-split did not give back an article sentence
                    unmatched += 1
                total += 1
                unsupported += entry["unsupported"]
                best = entry["supports"][0]["index"] if entry["supports"] else None
                if best in answers:
                    exact += 1
                elif len(misses) < 20:
                    misses.append({"id": record.get("id"), "sentence": entry["sentence"], "best": best})
    return {
        "articles": len(records) - failed,
        "failed": failed,
        "summary_sentences": total,
        "exact": exact,
        "exact_share": round(exact / total, 4) if total else None,
        "not_an_article_sentence_after_resplit": unmatched,
        "marked_unsupported": unsupported,
        "misses": misses,
    }


def human_abstracts(records: list[dict]) -> tuple[dict, list[dict]]:
    """Align each human abstract with its article; returns the counts and every sentence's entry."""
    entries = []
    for record in records:
        cleaned = clean_article(record["article"])
        sentences = split_paragraph_sentences(cleaned.paragraphs, "fr")
        if not sentences:
            continue
        offsets = sentence_offsets(cleaned.paragraphs, sentences)
        abstract = [s.text for s in split_sentences(" ".join(record["abstract"].split()), "fr")]
        for evidence in align(abstract, sentences, offsets, "fr"):
            entries.append({"id": record.get("id"), **evidence.to_dict()})
    marked = sum(e["unsupported"] for e in entries)
    return {
        "abstract_sentences": len(entries),
        "marked_unsupported": marked,
        "unsupported_share": round(marked / len(entries), 4) if entries else None,
    }, entries


def main(argv: list[str] | None = None) -> int:
    """Run both measurements and print one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="OrangeSum-style JSONL (article, abstract, id)")
    parser.add_argument("--limit", type=int, help="first N records only")
    parser.add_argument("--sample", type=int, default=30, help="abstract sentences to sample for a hand check")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--sample-out", type=Path, help="write the sample (JSONL) here")
    args = parser.parse_args(argv)

    lines = Path(args.data).read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()][: args.limit]
    started = time.perf_counter()
    report = {"data": args.data, "records": len(records), "extractive": exactness(records)}
    report["human_abstracts"], entries = human_abstracts(records)
    sample = random.Random(args.seed).sample(entries, min(args.sample, len(entries)))
    if args.sample_out:
        args.sample_out.parent.mkdir(parents=True, exist_ok=True)
        with args.sample_out.open("w", encoding="utf-8") as out:
            for entry in sample:
                out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    report["sample_unsupported"] = sum(e["unsupported"] for e in sample)
    report["seconds"] = round(time.perf_counter() - started, 1)
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
