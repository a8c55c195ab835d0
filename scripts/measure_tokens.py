"""Token counts of real articles with the real tokenizers, and a check that chunks fit the window.

Loads the real BARThez (default preset's summarizer) and opus-mt-tc-big-fr-en (quality preset's
translator) tokenizers from ``tests/data/tokenizers/`` with the project's loader, cleans and
splits the example article and N OrangeSum validation articles as the pipeline does, and prints
one JSON line per tokenizer: sentence and article token counts, and for each window the number
of chunks and the largest chunk, re-tokenized (its real count, not the packer's estimate).

Usage:
    python scripts/measure_tokens.py [--data ../shared/data/orangesum/valid.jsonl] [--n 100]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# name -> (folder, the model's real input window, what the folder's missing config.json would say)
TOKENIZERS = {
    "barthez": (
        ROOT / "tests" / "data" / "tokenizers" / "barthez",
        1024,
        {"model_type": "mbart", "tokenizer_class": "BarthezTokenizer"},
    ),
    "opus-mt-tc-big-fr-en": (ROOT / "tests" / "data" / "tokenizers" / "opus-mt-tc-big-fr-en", 512, {}),
}
WINDOWS = (1024, 512, 256, 128, 64)


def _articles(data: Path, n: int) -> list[tuple[str, str]]:
    out = [("example", (ROOT / "tests" / "data" / "mistral_softbank_fr.txt").read_text(encoding="utf-8"))]
    with data.open(encoding="utf-8") as handle:
        for line in handle:
            if len(out) > n:
                break
            record = json.loads(line)
            out.append((record["id"], record["article"]))
    return out


def _stats(values: list[int]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "n": len(values),
        "mean": round(statistics.fmean(values), 1),
        "p50": ordered[len(ordered) // 2],
        "p95": ordered[int(len(ordered) * 0.95)],
        "max": ordered[-1],
    }


def main(argv: list[str] | None = None) -> int:
    from summarizer.backends.tokenizers import load_tokenizer_info
    from summarizer.text.chunking import pack_chunks
    from summarizer.text.clean import clean_article
    from summarizer.text.sentences import split_paragraph_sentences

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "orangesum" / "valid.jsonl"))
    parser.add_argument("--n", type=int, default=100)
    args = parser.parse_args(argv)
    articles = _articles(Path(args.data), args.n)
    prepared = []
    for ident, text in articles:
        cleaned = clean_article(text)
        sentences = [s.text for s in split_paragraph_sentences(cleaned.paragraphs, "fr")]
        prepared.append((ident, sentences))
    failures = 0
    for name, (folder, real_window, hints) in TOKENIZERS.items():
        info = load_tokenizer_info(folder, **hints)
        tokenizer = info.tokenizer

        def count(texts, tokenizer=tokenizer):
            return [len(ids) for ids in tokenizer(list(texts))["input_ids"]] if texts else []

        sentence_counts: list[int] = []
        article_counts: list[int] = []
        example: dict = {}
        per_window: dict[int, dict] = {}
        for ident, sentences in prepared:
            counts = count(sentences)
            sentence_counts += counts
            whole = count([" ".join(sentences)])[0]
            article_counts.append(whole)
            if ident == "example":
                example = {"sentences": len(sentences), "tokens": whole, "sentence_tokens": _stats(counts)}
            for window in WINDOWS:
                chunks = pack_chunks(sentences, window, token_counts=counts)
                real = count([c.text for c in chunks])
                entry = per_window.setdefault(
                    window, {"articles_chunked": 0, "chunks": 0, "max_chunk_tokens": 0, "over_window": 0}
                )
                entry["chunks"] += len(chunks)
                entry["articles_chunked"] += len(chunks) > 1
                entry["max_chunk_tokens"] = max(entry["max_chunk_tokens"], max(real))
                entry["over_window"] += sum(r > window for r in real)
                if ident == "example":
                    example[f"chunks_at_{window}"] = real
        failures += sum(e["over_window"] for e in per_window.values())
        print(
            json.dumps(
                {
                    "tokenizer": name,
                    "loaded_with": info.method,
                    "real_window": real_window,
                    "articles": len(prepared),
                    "example": example,
                    "sentence_tokens": _stats(sentence_counts),
                    "article_tokens": _stats(article_counts),
                    "sentences_over_real_window": sum(c > real_window for c in sentence_counts),
                    "chunking": {str(w): e for w, e in per_window.items()},
                },
                ensure_ascii=False,
            )
        )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
