"""The demo's download files: the last few are kept, valid JSON, and the page's temp folders go
away with the page or, at the latest, when the process exits (they used to pile up in the temp
directory, one per page built and one file per verification)."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from support import ROOT

from app.downloads import JsonFiles


def _folders(prefix: str) -> set[Path]:
    """Temp folders named ``prefix*`` (the upload folder, removed at exit, is not a download folder)."""
    return {p for p in Path(tempfile.gettempdir()).glob(prefix + "*") if "-uploads-" not in p.name}


def test_keeps_only_the_most_recent_files() -> None:
    files = JsonFiles("summarizer-test-downloads-", "verification", keep=3)
    paths = [Path(files.write({"n": n, "text": "déficit de 3,5 %"})) for n in range(5)]
    assert [p.exists() for p in paths] == [False, False, True, True, True]
    assert json.loads(paths[-1].read_text(encoding="utf-8")) == {"n": 4, "text": "déficit de 3,5 %"}
    assert paths[-1].name == "verification-00005.json"
    assert sorted(p.name for p in files.folder.iterdir()) == [p.name for p in paths[2:]]


def test_folder_is_removed_with_its_owner() -> None:
    files = JsonFiles("summarizer-test-downloads-", "summary")
    folder = files.folder
    files.write({"ok": True})
    del files
    gc.collect()
    assert not folder.exists()


def test_folder_is_removed_when_the_process_exits() -> None:
    script = "from app.downloads import JsonFiles; f = JsonFiles('summarizer-test-downloads-', 'x'); "
    script += "f.write({'a': 1}); print(f.folder)"
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT)
    folder = Path(run.stdout.strip())
    assert folder.name.startswith("summarizer-test-downloads-")
    assert not folder.exists()


def test_the_demo_keeps_its_downloads_in_two_folders_of_its_own() -> None:
    from app.ui import build_app

    before = _folders("summarizer-verify-") | _folders("summarizer-demo-")
    demo = build_app(lambda preset: None, max_chars=20_000)
    made = (_folders("summarizer-verify-") | _folders("summarizer-demo-")) - before
    demo.close()
    assert sorted(folder.name.split("-")[1] for folder in made) == ["demo", "verify"]
