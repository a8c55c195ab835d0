"""Reading evaluation data: JSON Lines records and line-aligned text files, with one-line errors."""

from __future__ import annotations

import importlib
import json
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from summarizer.errors import InputError, ModelNotAvailableError, SummarizerError, UnsupportedLanguageError

# Errors that would fail every item the same way: an evaluation stops at once instead of scoring empty output.
FATAL_ERRORS = (ModelNotAvailableError, UnsupportedLanguageError)
EVAL_EXTRA = "pip install 'fr-news-summarizer[eval]'"


def require(module: str, package: str) -> ModuleType:
    """Import a scoring library of the ``[eval]`` extra.

    Raises:
        SummarizerError: it is not installed (the message says how to install it).
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise SummarizerError(f"scoring needs {package}, which is not installed: {EVAL_EXTRA}") from None


def read_jsonl(path: str | Path, fields: Sequence[str], limit: int | None = None) -> list[dict[str, Any]]:
    """Read JSON Lines records that must each have the string ``fields``.

    Args:
        path: the file (UTF-8, one JSON object per line; blank lines are skipped).
        fields: fields every record must have, with a string value.
        limit: read at most this many records.

    Returns:
        The records, in file order.

    Raises:
        InputError: unreadable file, invalid JSON, or a record without one of ``fields``
            (the message names the file, the line and the field).
    """
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    records: list[dict[str, Any]] = []
    with handle:
        for number, line in enumerate(handle, 1):
            if limit is not None and len(records) >= limit:
                break
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path} line {number}: not valid JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise InputError(f"{path} line {number}: expected a JSON object, got {type(record).__name__}")
            for name in fields:
                if not isinstance(record.get(name), str):
                    problem = "missing field" if name not in record else "field is not a string:"
                    raise InputError(
                        f"{path} line {number}: {problem} {name!r} (each record needs {', '.join(map(repr, fields))})"
                    )
            records.append(record)
    if not records:
        raise InputError(f"{path} has no records")
    return records


def read_lines(path: str | Path) -> list[str]:
    """Read a line-aligned text file the way the ``sacrebleu`` command does (trailing whitespace stripped).

    Raises:
        InputError: when the file cannot be read or decoded.
    """
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="\n") as handle:
            return [line.rstrip() for line in handle]
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
