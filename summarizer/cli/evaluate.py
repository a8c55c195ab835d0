"""``summarizer evaluate``: ROUGE on a JSONL test set, BLEU/chrF on line-aligned files.

A thin shell over :mod:`summarizer.evaluation`: parse, build the Summarizer, run, print.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from summarizer.cli.exits import EXIT_OK
from summarizer.cli.options import add_summarizer_options, build_summarizer
from summarizer.errors import UsageError
from summarizer.evaluation.compare import COMPARE_SYSTEMS

log = logging.getLogger("summarizer")

SUMMARIZATION_EPILOG = """\
Each record needs "article" and "abstract" string fields ("id" is used when present), as in
OrangeSum; a "title" field (the headline) is given to the summarizer unless --no-titles. Records the summarizer cannot handle count as empty summaries and are listed.
Lead-1 and Lead-2 are computed on the same records with the same cleaning and sentence
splitting, beside published and earlier-measured figures. For French references, pass
--target-language fr (no translation). Example:
  summarizer evaluate summarization --data valid.jsonl --strategy extractive --target-language fr
"""

TRANSLATION_EPILOG = """\
Files are line-aligned (e.g. FLORES-200 devtest.fra / devtest.eng). BLEU and chrF are
sacreBLEU's corpus scores with default settings; the signature says exactly which. With
--hypotheses no model runs: the file is scored as the `sacrebleu` command would score it.
Examples:
  summarizer evaluate translation --source devtest.fra --reference devtest.eng
  summarizer evaluate translation --reference devtest.eng --hypotheses output.txt
"""


def register(subparsers: Any, models_subparsers: Any = None) -> None:
    """Add ``evaluate summarization`` and ``evaluate translation`` to the CLI."""
    parser = subparsers.add_parser("evaluate", help="score summaries (ROUGE) or translations (BLEU, chrF)")
    suites = parser.add_subparsers(dest="evaluate_command", metavar="SUITE", required=True)

    p = suites.add_parser(
        "summarization",
        help="ROUGE-1/2/L of summaries of a JSONL test set (article/abstract)",
        epilog=SUMMARIZATION_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--data", required=True, metavar="FILE.jsonl", help="JSONL records with article and abstract")
    p.add_argument("--limit", type=int, metavar="N", help="score the first N records only")
    p.add_argument("--predictions", metavar="FILE", help="save the summaries as JSONL (id, summary), input order")
    p.add_argument("--batch-size", type=int, default=16, metavar="N", help="articles per model call (default 16)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="report format (default: text)")
    p.add_argument(
        "--compare",
        nargs="+",
        default=[],
        choices=COMPARE_SYSTEMS,
        metavar="SYSTEM",
        help="also score these systems on the same records, with the run's gain over each "
        f"(paired bootstrap): {', '.join(COMPARE_SYSTEMS)}",
    )
    p.add_argument(
        "--no-titles",
        action="store_true",
        help="do not give the summarizer the records' title field (headline); score the article text alone",
    )
    add_summarizer_options(p)
    p.set_defaults(handler=cmd_evaluate_summarization)

    p = suites.add_parser(
        "translation",
        help="sacreBLEU BLEU and chrF of translations of line-aligned files",
        epilog=TRANSLATION_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--source", metavar="FILE", help="source sentences, one per line (translated by the model)")
    p.add_argument("--reference", required=True, metavar="FILE", help="reference translations, one per line")
    p.add_argument("--hypotheses", metavar="FILE", help="score these translations instead of running a model")
    p.add_argument("--save-hypotheses", metavar="FILE", help="write the model's translations, one per line")
    p.add_argument("--limit", type=int, metavar="N", help="score the first N lines only")
    p.add_argument(
        "--batch-size",
        type=int,
        default=64,
        metavar="N",
        help="lines translated together: their sentences are pooled into length-sorted batches (default 64)",
    )
    p.add_argument("--format", choices=("text", "json"), default="text", help="report format (default: text)")
    add_summarizer_options(p)
    p.set_defaults(handler=cmd_evaluate_translation)


@contextmanager
def _progress(total: int, unit: str) -> Iterator[Callable[[int], None] | None]:
    """A tqdm bar on stderr when it is a terminal, else nothing."""
    if not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit=unit, file=sys.stderr, dynamic_ncols=True) as bar:
        yield bar.update


def _check_counts(args: argparse.Namespace) -> None:
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be at least 1")
    if args.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")


def _emit(report: Any, fmt: str, stdout: TextIO) -> None:
    if fmt == "json":
        stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        stdout.write(report.format() + "\n")


def _warn_language(summarizer: Any, references: list[str]) -> None:
    """Warn when the summaries will not be in the references' language (ROUGE would be meaningless)."""
    from summarizer.text.language import detect_language

    found = detect_language(" ".join(references[:20])).language
    target = summarizer.options.target_language
    if found and found != target:
        log.warning(
            "the references look like '%s' but summaries will be in '%s': pass --target-language %s to compare like with like",
            found,
            target,
            found,
        )


def cmd_evaluate_summarization(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """``summarizer evaluate summarization``."""
    from summarizer.evaluation.data import read_jsonl
    from summarizer.evaluation.summarization import evaluate_summarization, write_predictions

    _check_counts(args)
    records = read_jsonl(args.data, ("article", "abstract"), args.limit)
    summarizer = build_summarizer(args)
    _warn_language(summarizer, [r["abstract"] for r in records])
    with _progress(len(records), "article") as progress:
        report = evaluate_summarization(
            summarizer,
            records,
            data=args.data,
            batch_size=args.batch_size,
            compare=args.compare,
            progress=progress,
            titles=not args.no_titles,
        )
    if args.predictions:
        write_predictions(args.predictions, report)
    _emit(report, args.format, stdout)
    return EXIT_OK


def cmd_evaluate_translation(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """``summarizer evaluate translation``."""
    from summarizer.errors import InputError
    from summarizer.evaluation.data import read_lines
    from summarizer.evaluation.translation import (
        TranslationReport,
        evaluate_translation,
        published_translation,
        translation_scores,
    )
    from summarizer.presets import get_preset

    _check_counts(args)
    if args.hypotheses is None and args.source is None:
        raise UsageError("give --source (to run the translation model) or --hypotheses (to score a file)")
    references = read_lines(args.reference)
    if args.hypotheses is not None:
        hypotheses = read_lines(args.hypotheses)
        if len(hypotheses) != len(references):
            raise InputError(
                f"{args.hypotheses} has {len(hypotheses)} lines but {args.reference} has {len(references)}"
            )
        if args.limit is not None:
            hypotheses, references = hypotheses[: args.limit], references[: args.limit]
        model = args.translation_model or (get_preset(args.preset).translation_model if args.preset else None)
        report = TranslationReport(
            reference=args.reference,
            lines=len(hypotheses),
            scores=translation_scores(hypotheses, references),
            model=model,
            published=published_translation(model),
            hypotheses_file=args.hypotheses,
            hypotheses=hypotheses,
        )
        _emit(report, args.format, stdout)
        return EXIT_OK
    sources = read_lines(args.source)
    if len(sources) != len(references):
        raise InputError(f"{args.source} has {len(sources)} lines but {args.reference} has {len(references)}")
    if args.limit is not None:
        sources, references = sources[: args.limit], references[: args.limit]
    summarizer = build_summarizer(args)
    with _progress(len(sources), "line") as progress:
        report = evaluate_translation(
            summarizer,
            sources,
            references,
            reference_name=args.reference,
            source_language=args.source_language,
            batch_size=args.batch_size,
            progress=progress,
        )
    if args.save_hypotheses:
        with open(args.save_hypotheses, "w", encoding="utf-8") as handle:
            handle.writelines(line + "\n" for line in report.hypotheses)
    _emit(report, args.format, stdout)
    return EXIT_OK
