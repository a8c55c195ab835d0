"""``summarizer cache info|clear``: what the summarizer keeps on disk, and how to remove it.

Layout of the cache root (``$SUMMARIZER_CACHE``, else ``$XDG_CACHE_HOME/summarizer``, else
``~/.cache/summarizer``): ``ct2/`` holds CTranslate2 conversions (one folder per model and
quantization), ``batch/`` the batch result cache (``results.sqlite3``; the older
``$SUMMARIZER_CACHE_DIR`` names this folder directly), ``guard/`` the place-name tables of the
name guard. Model downloads are not here: they live
in the Hugging Face cache (``$HF_HOME``, ``~/.cache/huggingface``), managed with ``hf cache``.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from typing import Any, TextIO

# What each part holds; ``clear`` removes only these, never the root itself or anything else in it.
PARTS: dict[str, str] = {
    "ct2": "CTranslate2 conversions of the models (rebuilt on next use)",
    "batch": "batch result cache, results.sqlite3 (summaries are recomputed on next use)",
    "guard": "the name guard's place-name tables, prepared from the gazetteers (rebuilt on next use)",
}
BATCH_FILES = ("results.sqlite3", "results.sqlite3-wal", "results.sqlite3-shm")
DESCRIPTION = (
    "The cache root is $SUMMARIZER_CACHE, else $XDG_CACHE_HOME/summarizer, else ~/.cache/summarizer. "
    "ct2/ holds CTranslate2 conversions of the models (one folder per model and quantization); batch/ holds "
    "the batch result cache, results.sqlite3 (the older $SUMMARIZER_CACHE_DIR, if set, names this folder); "
    "guard/ the name guard's place-name tables. "
    "Downloaded models are not here: they are in the Hugging Face cache (~/.cache/huggingface; see `hf cache`)."
)


def _size(path: Path) -> tuple[int, int]:
    """(files, bytes) under ``path`` (0, 0 when it does not exist)."""
    if path.is_file():
        return 1, path.stat().st_size
    files = total = 0
    for item in path.rglob("*") if path.is_dir() else ():
        if item.is_file() and not item.is_symlink():
            files += 1
            total += item.stat().st_size
    return files, total


def _human(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{size:.1f} GB"


def cache_parts() -> dict[str, Path]:
    """Each part's folder (the batch one honours the older ``$SUMMARIZER_CACHE_DIR``)."""
    from summarizer.config import cache_dir

    return {name: cache_dir(name) for name in PARTS}


def cache_info() -> dict[str, Any]:
    """The cache root and, per part, its folder, file count and size in bytes."""
    from summarizer.config import cache_root

    parts = {}
    for name, folder in cache_parts().items():
        files, size = _size(folder)
        entries = sorted(p.name for p in folder.iterdir() if p.is_dir()) if name == "ct2" and folder.is_dir() else []
        parts[name] = {"path": str(folder), "files": files, "bytes": size, "holds": PARTS[name], "models": entries}
    return {"root": str(cache_root()), "parts": parts}


def clear_cache(parts: list[str]) -> dict[str, int]:
    """Remove the named parts; returns the bytes freed per part. Only the summarizer's own
    folders and files are removed (for ``batch``, only the SQLite files)."""
    freed = {}
    folders = cache_parts()
    for name in parts:
        folder = folders[name]
        _, size = _size(folder)
        if name == "batch":
            for file in BATCH_FILES:
                (folder / file).unlink(missing_ok=True)
        elif folder.is_dir():
            shutil.rmtree(folder)
        freed[name] = size
    return freed


def cmd_cache(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """``summarizer cache [info|clear]``."""
    from summarizer.cli.exits import EXIT_OK

    if args.cache_command == "clear":
        parts = list(PARTS) if args.part == "all" else [args.part]
        freed = clear_cache(parts)
        for name, size in freed.items():
            stdout.write(f"cleared {name}: {_human(size)} freed ({cache_parts()[name]})\n")
        return EXIT_OK
    info = cache_info()
    if args.format == "json":
        stdout.write(json.dumps(info, indent=2) + "\n")
        return EXIT_OK
    stdout.write(f"cache root: {info['root']}  (set SUMMARIZER_CACHE to move it)\n")
    for name, part in info["parts"].items():
        stdout.write(f"  {name + '/':<7} {_human(part['bytes']):>9}  {part['files']:>5} files  {part['holds']}\n")
        stdout.write(f"          {part['path']}\n")
        for model in part["models"]:
            stdout.write(f"          - {model}\n")
    stdout.write(
        "Clear with `summarizer cache clear [ct2|batch|guard|all]`. Downloaded models are in the Hugging Face cache "
        "(~/.cache/huggingface): see `hf cache ls` and `hf cache rm`.\n"
    )
    return EXIT_OK


def register(subparsers: Any, models_subparsers: Any = None) -> None:
    """Add ``summarizer cache info|clear``."""
    parser = subparsers.add_parser(
        "cache",
        help="show or clear the summarizer's cache (converted models, batch results)",
        description=DESCRIPTION,
    )
    parser.set_defaults(handler=cmd_cache, cache_command="info", format="text")
    actions = parser.add_subparsers(dest="cache_command", metavar="ACTION")
    info = actions.add_parser("info", help="where the cache is and what it holds (the default)")
    info.add_argument("--format", choices=("text", "json"), default="text")
    clear = actions.add_parser("clear", help="remove converted models and/or cached batch results")
    clear.add_argument("part", nargs="?", choices=(*PARTS, "all"), default="all", help="what to clear (default: all)")
