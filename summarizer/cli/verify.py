"""``summarizer verify``: check a summary or translation against its article (no model needed).

One pair: ``summarizer verify ARTICLE SUMMARY`` (or ``--summary-text``) prints a report, or the
JSON of :meth:`summarizer.verify.Verification.to_dict` with ``--format json``; many pairs:
``--pairs TABLE -o OUT`` (resumable, one record per pair, per-pair errors). Exit status 0 when
everything is supported, 4 when something is flagged (see :mod:`summarizer.cli.exits`).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from summarizer.cli.batch import _prefixed, _sigterm_as_interrupt
from summarizer.cli.exits import EXIT_FLAGGED, EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL
from summarizer.cli.fetch_options import add_fetch_options, fetch_options_from_args
from summarizer.cli.inputs import read_input
from summarizer.cli.options import add_model_options, build_summarizer
from summarizer.errors import UsageError

FORMATS = ("text", "json")
DESCRIPTION = """\
Check a summary or translation (from anywhere: a colleague, a wire service, a chat assistant)
against its source article, with no model: every figure and name must be in the article, and
each sentence is linked to the article sentence(s) it comes from, across languages too.

ARTICLE is a file (.txt/.md/.html/.pdf/.docx), an http(s) URL or - (stdin); SUMMARY a file or -,
or give it with --summary-text. --pairs checks a whole table of pairs into OUT (resumable).
Across languages, evidence is found with no model; with --translation-model or --preset the
article is translated first and evidence is found in one language.
"""
EPILOG = """\
exit status: 0 every sentence supported and nothing flagged, 4 something flagged (figure, name
or unsupported sentence), 1 error (bad input), 2 usage error, 130 interrupted; with --pairs: 0 all
pairs checked, 3 some pairs failed (see their 'error' field).
"""


def register(subparsers: Any, models_subparsers: Any = None) -> None:
    """Add the ``verify`` subcommand."""
    p = subparsers.add_parser(
        "verify",
        help="check a summary or translation against its article: figures, names, evidence (no model)",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("article", nargs="?", metavar="ARTICLE", help="article file, http(s) URL, or - for stdin")
    p.add_argument("summary", nargs="?", metavar="SUMMARY", help="summary file, or - for stdin")
    p.add_argument("--summary-text", metavar="TEXT", help="the summary itself, instead of SUMMARY")
    p.add_argument("--source-language", metavar="CODE", help="the article's language (default: detected)")
    p.add_argument("--summary-language", metavar="CODE", help="the summary's language (default: detected)")
    p.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    p.add_argument("--no-names", action="store_true", help="check figures only, not names")
    batch = p.add_argument_group("many pairs")
    batch.add_argument("--pairs", metavar="TABLE", help="JSONL/CSV/TSV/Parquet table of pairs, or - for JSONL on stdin")
    batch.add_argument("-o", "--output", metavar="OUT", help="with --pairs: output file, .jsonl, .csv or .parquet")
    batch.add_argument("--article-column", default="article", metavar="NAME", help="default: article")
    batch.add_argument("--summary-column", default="summary", metavar="NAME", help="default: summary")
    batch.add_argument("--id-column", metavar="NAME", help="default: id, else the row number")
    batch.add_argument("--overwrite", action="store_true", help="start over instead of resuming into OUT")
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress display and no final report")
    add_model_options(p, summarization=False)  # --translation-model or --preset: translate the article first
    add_fetch_options(p)
    p.set_defaults(handler=cmd_verify)


def cmd_verify(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """``summarizer verify``: one pair (report or JSON) or a table of pairs (``--pairs``)."""
    if args.max_chars is not None and args.max_chars < 1:
        raise UsageError("--max-chars must be at least 1")
    if args.pairs is not None:
        return _cmd_pairs(args, stdin)
    if args.output is not None:
        raise UsageError("-o/--output goes with --pairs")
    if args.article is None:
        raise UsageError("give ARTICLE and SUMMARY (or --summary-text), or --pairs TABLE -o OUT")
    if (args.summary is None) == (args.summary_text is None):
        raise UsageError("give the summary once: SUMMARY (a file or -) or --summary-text")
    if args.article == "-" and args.summary == "-":
        raise UsageError("standard input (-) can be read only once: give the article or the summary as a file")
    from summarizer.verify import verify

    article = read_input(args.article, args.max_chars, stdin, fetch_options_from_args(args))
    summary = args.summary_text if args.summary_text is not None else _read_summary(args.summary, args, stdin)
    translate = _translator(args)
    result = verify(
        article,
        summary,
        source_language=args.source_language,
        summary_language=args.summary_language,
        translate=translate,
        max_chars=args.max_chars,
        names=not args.no_names,
    )
    for warning in result.warnings:
        print(f"summarizer: warning: {warning}", file=sys.stderr)
    if args.format == "json":
        stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        stdout.write(format_report(result.to_dict()) + "\n")
    return EXIT_OK if result.supported else EXIT_FLAGGED


def _translator(args: argparse.Namespace) -> Any:
    """``Summarizer.translate_many`` when ``--translation-model`` or ``--preset`` is given, else None
    (models load only when a pair's languages differ)."""
    if args.translation_model is None and args.preset is None:
        return None
    return build_summarizer(args).translate_many


def _read_summary(source: str, args: argparse.Namespace, stdin: TextIO) -> str:
    from summarizer.sources.text import read_file, read_stream, read_text

    if source == "-":
        data = read_stream(getattr(stdin, "buffer", stdin), "standard input", args.max_chars)
        return read_text(data, "summary (standard input)", html=False, max_chars=args.max_chars)
    return read_file(source, max_chars=args.max_chars)


def format_report(data: dict[str, Any]) -> str:
    """The readable report of a verification (its ``to_dict()``): a verdict, then each summary
    sentence with its supporting article sentences and the flags it carries."""
    counts = data["counts"]
    verdict = "SUPPORTED" if data["supported"] else "FLAGGED"
    how = {"crosslingual": "across languages, no model", "same-language": "same language", "translation": "translated"}
    lines = [
        f"{verdict}: {counts['supported_sentences']} of {counts['sentences']} summary sentence(s) supported, "
        f"{counts['flags']} flag(s) ({counts['figure_flags']} figure, {counts['entity_flags']} name, "
        f"{counts['unsupported_flags']} unsupported sentence)",
        f"article: {data['source_language']}, {len(data['article_sentences'])} sentences; summary: "
        f"{data['summary_language']} (evidence {how.get(data['method'], data['method'])})",
    ]
    for n, sentence in enumerate(data["sentences"]):
        mark = "ok" if sentence["supported"] else "!!"
        lines += ["", f"[{n + 1}] {mark} {sentence['text']}"]
        arrow = (
            "<-"
            if sentence["supported"]
            or not any(f["sentence"] == n and f["category"] == "unsupported" for f in data["flags"])
            else "closest, not supporting:"
        )
        for link in sentence["evidence"]:
            lines.append(f"     {arrow} article sentence {link['index'] + 1} (score {link['score']}): {link['text']}")
        for flag in data["flags"]:
            if flag["sentence"] == n:
                label = {"figure": "figure", "entity": "name", "unsupported": "unsupported"}[flag["category"]]
                lines.append(f"     !! {label}: {flag['reason']}")
    return "\n".join(lines)


def _cmd_pairs(args: argparse.Namespace, stdin: TextIO) -> int:
    from summarizer.batch import make_progress
    from summarizer.batch.pairs import run_pairs
    from summarizer.batch.report import BatchInterrupted
    from summarizer.errors import InputError
    from summarizer.verify import language_code

    if args.output is None:
        raise UsageError("--pairs needs -o/--output OUT (.jsonl, .csv or .parquet)")
    try:  # one bad option, not one error record per pair
        language_code(args.source_language, "source")
        language_code(args.summary_language, "summary")
    except InputError as exc:
        raise UsageError(str(exc)) from None
    if args.article is not None or args.summary is not None or args.summary_text is not None:
        raise UsageError("--pairs reads the pairs from its table: give no ARTICLE, SUMMARY or --summary-text")
    progress = make_progress(args.quiet, sys.stderr)
    try:
        with _sigterm_as_interrupt():  # like Ctrl-C: what is done is saved
            report = run_pairs(
                args.pairs,
                args.output,
                article_column=args.article_column,
                summary_column=args.summary_column,
                id_column=args.id_column,
                source_language=args.source_language,
                summary_language=args.summary_language,
                max_chars=args.max_chars,
                overwrite=args.overwrite,
                progress=progress,
                stdin=stdin,
                translate=_translator(args),
                names=not args.no_names,
            )
    except BatchInterrupted as exc:
        print(_prefixed(exc.report.format()), file=sys.stderr)
        return EXIT_INTERRUPTED
    if not args.quiet:
        print(_prefixed(report.format()), file=sys.stderr)
    return EXIT_PARTIAL if report.failed else EXIT_OK
