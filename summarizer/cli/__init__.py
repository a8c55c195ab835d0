"""The command line: ``summarizer summarize|translate|batch|verify|evaluate|models`` (and ``demo`` when
the web demo is installed). A thin shell over the public API: parse, map options to
:class:`~summarizer.config.SummarizerConfig` / :class:`~summarizer.config.PipelineOptions`,
call, print.

- :mod:`~summarizer.cli.main`: the parser and the one error boundary (``main``).
- :mod:`~summarizer.cli.options`: option groups shared by the subcommands; options -> config.
- :mod:`~summarizer.cli.fetch_options`: the options for URLs and feeds -> ``FetchOptions``.
- one module per subcommand: :mod:`~summarizer.cli.summarize`, :mod:`~summarizer.cli.translate`,
  :mod:`~summarizer.cli.batch`, :mod:`~summarizer.cli.evaluate`, :mod:`~summarizer.cli.models`,
  :mod:`~summarizer.cli.convert` (``models convert``), :mod:`~summarizer.cli.check` (``models check``),
  :mod:`~summarizer.cli.verify`.

Exit status: 0 success, 1 error, 2 usage error, 3 some batch items failed, 4 ``verify`` flagged
something, 130 interrupted.
"""

from summarizer.cli.exits import EXIT_ERROR, EXIT_FLAGGED, EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE
from summarizer.cli.fetch_options import add_fetch_options, fetch_options_from_args
from summarizer.cli.main import build_parser, main
from summarizer.cli.options import (
    add_language_options,
    add_model_options,
    add_summarizer_options,
    add_summary_options,
    build_summarizer,
    config_from_args,
    options_from_args,
)
from summarizer.errors import UsageError

__all__ = [
    "EXIT_ERROR",
    "EXIT_FLAGGED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "EXIT_USAGE",
    "UsageError",
    "add_fetch_options",
    "add_language_options",
    "add_model_options",
    "add_summarizer_options",
    "add_summary_options",
    "build_parser",
    "build_summarizer",
    "config_from_args",
    "fetch_options_from_args",
    "main",
    "options_from_args",
]
