"""Sentence and chunk token counts with a real tokenizer, and a check that chunks fit the window.

Usage:
    python scripts/token_counts.py [--tokenizer DIR] [--data valid.jsonl] [--n 100] [--window N]

Default tokenizer: the real ``Helsinki-NLP/opus-mt-tc-big-fr-en`` files in the shared data folder
(``tokenizers/opus-mt-tc-big-fr-en``). Articles: the project's example article
(``tests/data/mistral_softbank_fr.txt``) and the first ``--n`` OrangeSum validation articles,
cleaned and split into sentences as the pipeline does. Each article is also packed into chunks of
at most the model's input window (``--window``, default: the tokenizer's and config's limit, as
the backends compute it) and every chunk is re-counted as the text the model would receive.
Prints one JSON line per article set and exits 1 if any chunk exceeds the window.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def _stats(values: list[int]) -> dict[str, float]:
    values = sorted(values)
    return {
        "mean": round(statistics.fmean(values), 1),
        "median": values[len(values) // 2],
        "p95": values[min(len(values) - 1, int(0.95 * len(values)))],
        "max": values[-1],
    }


def measure(articles: list[str], tokenizer, window: int) -> dict:
    """Token counts of the articles' sentences, whole texts and chunks; chunks re-counted."""
    from summarizer.text.chunking import pack_chunks
    from summarizer.text.clean import clean_article
    from summarizer.text.sentences import split_paragraph_sentences

    def count(texts):
        return [len(ids) for ids in tokenizer(list(texts))["input_ids"]] if texts else []

    sentence_counts: list[int] = []
    article_counts: list[int] = []
    chunk_counts: list[int] = []
    chunks_per_article: list[int] = []
    over = 0
    for article in articles:
        sentences = [s.text for s in split_paragraph_sentences(clean_article(article).paragraphs, "fr")]
        counts = count(sentences)
        sentence_counts += counts
        article_counts += count([" ".join(sentences)])
        chunks = pack_chunks(sentences, window, token_counts=counts)
        real = count([c.text for c in chunks])
        chunk_counts += real
        chunks_per_article.append(len(chunks))
        over += sum(1 for n in real if n > window)
    return {
        "articles": len(articles),
        "sentences": len(sentence_counts),
        "window": window,
        "sentence_tokens": _stats(sentence_counts),
        "sentences_over_window": sum(1 for n in sentence_counts if n > window),
        "article_tokens": _stats(article_counts),
        "articles_over_window": sum(1 for n in article_counts if n > window),
        "chunks_per_article": _stats(chunks_per_article),
        "chunk_tokens": _stats(chunk_counts),
        "chunks_over_window": over,
    }


def main(argv: list[str] | None = None) -> int:
    import bench_twins

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokenizer", type=Path, help="model/tokenizer folder (default: real tc-big files)")
    parser.add_argument("--data", type=Path, help="OrangeSum JSONL (default: shared orangesum/valid.jsonl)")
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--window", type=int, help="input window (default: the tokenizer's and config's limit)")
    args = parser.parse_args(argv)
    from transformers.utils import logging as hf_logging

    from summarizer.backends.base import input_window, load_tokenizer

    hf_logging.set_verbosity_error()
    folder = args.tokenizer or bench_twins.tc_big_dir()
    tokenizer = load_tokenizer(folder)
    config = (
        json.loads((folder / "config.json").read_text(encoding="utf-8")) if (folder / "config.json").is_file() else {}
    )
    window = args.window or input_window(tokenizer, argparse.Namespace(**config))
    data = args.data or (bench_twins.shared_data() or Path(".")) / "orangesum" / "valid.jsonl"
    example = (ROOT / "tests" / "data" / "mistral_softbank_fr.txt").read_text(encoding="utf-8")
    validation = [r["article"] for r in bench_twins.records(data)[: args.n]]
    bad = 0
    for name, articles in (("example article", [example]), (f"orangesum valid[:{args.n}]", validation)):
        line = {"set": name, "tokenizer": str(folder), **measure(articles, tokenizer, window)}
        bad += line["chunks_over_window"]
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
