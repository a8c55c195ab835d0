"""Walking an input folder (batch inputs) without being led out of it: links leaving the folder, FIFOs,
sockets and devices are reported (each gets an error record), never read by accident."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


def walk_folder(folder: Path, follow_symlinks: bool = False) -> list[tuple[Path, str | None]]:
    """Every non-hidden entry under ``folder``, recursively, sorted by relative path, each with
    None (read it) or the error that gets it an error record.

    Hidden files and folders (".git", ".DS_Store") are skipped. A symbolic link leading out of
    ``folder`` (or nowhere), a FIFO, a socket or a device gets an error record;
    ``follow_symlinks`` reads what links point to, wherever it is (each folder once).
    """
    root = folder.resolve()
    found: list[tuple[Path, str | None]] = []
    seen_dirs: set[Path] = {root}
    for base, dirs, files in os.walk(folder, followlinks=follow_symlinks):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in list(dirs):
            path = Path(base) / name
            if path.is_symlink():
                problem = _link_problem(path, root, follow_symlinks)
                real = path.resolve()
                if problem or real in seen_dirs or (not follow_symlinks and real.is_relative_to(root)):
                    dirs.remove(name)  # inside the tree: reached by its real path; outside: refused
                    if problem:
                        found.append((path, problem))
                    continue
                seen_dirs.add(real)
        for name in files:
            if name.startswith("."):
                continue
            path = Path(base) / name
            problem = _link_problem(path, root, follow_symlinks) if path.is_symlink() else None
            problem = problem or _special_file(path)
            found.append((path, problem))
    return sorted(found, key=lambda entry: entry[0].relative_to(folder).as_posix())


def _link_problem(path: Path, root: Path, follow: bool) -> str | None:
    """Why a symbolic link inside the input folder is not read (None: it is)."""
    try:
        target = path.resolve(strict=True)
    except RuntimeError:  # Python < 3.13 reports a loop this way
        return f"{path}: symbolic link loop (the link leads back to itself)"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"{path}: symbolic link loop (the link leads back to itself)"
        return f"{path}: broken symbolic link (its target does not exist)"
    if not follow and not target.is_relative_to(root):
        return f"{path}: symbolic link to {target}, outside the input folder; skipped (--follow-symlinks reads it)"
    return None


def _special_file(path: Path) -> str | None:
    """Why an entry is not a regular file (a FIFO, socket or device), else None."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"{path}: cannot read ({exc.strerror or exc})"
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device")):
        if test(mode):
            return f"{path} is {kind}, not a regular file; skipped"
    if stat.S_ISBLK(mode):
        return f"{path} is a device, not a regular file; skipped"
    return None
