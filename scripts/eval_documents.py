"""Measure PDF and Word text extraction (summarizer.sources.documents) on OrangeSum validation articles.

Each article (title + body in paragraphs of two sentences) is written as a document with the same
builders the tests use (tests/make_documents.py: fpdf2, python-docx), read back with
``read_pdf``/``read_docx``, and compared with its source text:

* token F1: bag of lower-cased ``\\w+`` tokens (goal on single-column PDFs: >= 0.95);
* order: difflib ratio of the two word sequences (1.0 = the same words in the same order).

Layouts: ``pdf`` (single column), ``pdf-headers`` (running header and "Page N / M" footers on every
page, the article twice so it spans pages), ``pdf-2col`` (two columns, header and footers, twice),
``docx``. The article is repeated in the multi-page layouts so headers repeat; the reference is
repeated too.

Usage:
    python scripts/eval_documents.py [--data ../shared/data/orangesum/valid.jsonl] [--n 1500]
        [--layouts pdf,pdf-headers,pdf-2col,docx]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

from summarizer.sources.documents import read_docx, read_pdf

ROOT = Path(__file__).resolve().parents[1]


def _test_helper(name: str) -> ModuleType:
    """A helper module of tests/ (the document builders the tests use), loaded by its path."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_documents = _test_helper("make_documents")
make_docx, make_pdf, pdf_safe = _documents.make_docx, _documents.make_pdf, _documents.pdf_safe
sequence_ratio, token_f1 = _documents.sequence_ratio, _documents.token_f1
paragraphs = _test_helper("news_site").paragraphs

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "orangesum" / "valid.jsonl"
HEADER = "COMMUNIQUÉ DE PRESSE — Groupe Exemple SA — Direction de la communication"
LAYOUTS = ("pdf", "pdf-headers", "pdf-2col", "docx")


def extract(layout: str, record: dict) -> tuple[str, str]:
    """The extracted text and its reference for one article in one layout."""
    repeat = 2 if layout in ("pdf-headers", "pdf-2col") else 1
    paras = paragraphs(record["article"], 2) * repeat
    title = record["title"]
    if layout == "docx":
        return read_docx(make_docx(title, paras), "a.docx").text, title + " " + " ".join(paras)
    columns = 2 if layout == "pdf-2col" else 1
    framed = layout != "pdf"
    data = make_pdf(title, paras, columns=columns, header=HEADER if framed else None, page_numbers=framed)
    return read_pdf(data, "a.pdf").text, pdf_safe(title + " " + " ".join(paras))


def summary(values: list[float], goal: float) -> dict:
    ordered = sorted(values)
    return {
        "mean": round(statistics.fmean(values), 4),
        "min": round(ordered[0], 4),
        "p5": round(ordered[len(ordered) // 20], 4),
        "below_goal": sum(v < goal for v in values),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--n", type=int, default=1500, help="first N articles of the file")
    parser.add_argument("--layouts", default=",".join(LAYOUTS))
    parser.add_argument("--goal", type=float, default=0.95)
    args = parser.parse_args()
    lines = args.data.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()][: args.n]
    for layout in args.layouts.split(","):
        if layout not in LAYOUTS:
            parser.error(f"unknown layout {layout!r} (one of {', '.join(LAYOUTS)})")
        started = time.perf_counter()
        f1s, orders, worst = [], [], []
        for record in records:
            text, ref = extract(layout, record)
            f1s.append(token_f1(text, ref))
            orders.append(sequence_ratio(text, ref))
            worst.append((f1s[-1], record["id"]))
        result = {
            "layout": layout,
            "articles": len(records),
            "token_f1": summary(f1s, args.goal),
            "order_ratio": summary(orders, args.goal),
            "worst_f1": [{"id": i, "f1": round(f, 4)} for f, i in sorted(worst)[:3]],
            "seconds": round(time.perf_counter() - started, 1),
        }
        print(json.dumps(result, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
