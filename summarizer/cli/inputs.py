"""Reading the one article of ``summarize`` and ``translate``: a file, or ``-`` for stdin."""

from __future__ import annotations

import sys
from typing import TextIO


def read_input(source: str, max_chars: int | None, stdin: TextIO) -> str:
    """The validated article text of ``source`` (a path, or "-" for ``stdin``).

    Raises:
        InputError: missing, unreadable, binary, empty or oversized input.
    """
    from summarizer.inputs import read_file, read_text

    if source == "-":
        if stdin.isatty():  # a person at a terminal, not a pipe: say what we are waiting for
            print(
                "summarizer: reading the article from standard input: paste it, then press Ctrl-D "
                "(Ctrl-Z Enter on Windows); or pass a FILE (summarizer summarize --help)",
                file=sys.stderr,
                flush=True,
            )
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read()
        return read_text(data, "standard input", max_chars=max_chars)
    return read_file(source, max_chars=max_chars)


def add_input_argument(parser) -> None:
    """The positional ``FILE|-`` argument."""
    parser.add_argument(
        "input", nargs="?", default="-", metavar="FILE|-", help="article file (.txt/.md/.html) or - for stdin"
    )
