"""The wheel as a user gets it: built from this checkout, installed into a new virtual
environment, used from a folder outside the repository.

The new environment sees the test environment's installed dependencies through a ``.pth`` line
(so nothing is downloaded), but not this checkout: ``summarizer`` must come from the wheel.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from support import ROOT, free_port, wait_until_up

import summarizer

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this checkout (no build isolation: hatchling is a test dependency)."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with the wheel installed; returns its ``bin`` folder."""
    root = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(root)], check=True, timeout=300)
    python = root / "bin" / "python"
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # Dependencies from this environment (a path line adds a folder; its own .pth files, such as
    # this checkout's editable install, are not processed).
    Path(purelib, "test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return root / "bin"


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["HF_HUB_OFFLINE"] = "1"
    return env


def test_the_wheel_ships_one_top_level_package_with_its_data_and_licenses(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert top == {"summarizer"}
    assert wheel.name.startswith(f"fr_news_summarizer-{summarizer.__version__}-")
    for needed in (
        "summarizer/presets.toml",
        "summarizer/app/cli.py",
        "summarizer/app/examples/ATTRIBUTION.md",
        "summarizer/data/ranker.json",
        "summarizer/data/RANKER_CARD.md",
        "summarizer/sources/__init__.py",
        "summarizer/sources/fetch.py",
        "summarizer/sources/netguard.py",
        "summarizer/sources/documents.py",
        "summarizer/sources/feeds.py",
        "summarizer/dedup.py",
    ):
        assert needed in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert not [n for n in names if n.startswith("tests/") or ".tiny_models" in n or "__pycache__" in n]


def test_installed_wheel_works_outside_the_repository(venv: Path, tmp_path: Path) -> None:
    cli = str(venv / "summarizer")
    run = {"cwd": tmp_path, "env": _env(), "capture_output": True, "text": True, "timeout": 300}
    located = subprocess.run(
        [
            venv / "python",
            "-c",
            "import summarizer, importlib.util; print(summarizer.__file__, importlib.util.find_spec('app'))",
        ],
        **run,
    )
    assert str(venv.parent) in located.stdout and located.stdout.strip().endswith("None"), located.stdout

    version = subprocess.run([cli, "--version"], **run)
    assert version.returncode == 0 and version.stdout.strip() == f"summarizer {summarizer.__version__}"

    models = subprocess.run([cli, "models"], **run)
    assert models.returncode == 0 and "moussaKam/barthez-orangesum-abstract" in models.stdout

    article = ROOT / "tests" / "data" / "mistral_softbank_fr.txt"
    summary = subprocess.run(
        [cli, "summarize", str(article), "--strategy", "extractive", "--target-language", "fr", "--format", "json"],
        **run,
    )
    assert summary.returncode == 0, summary.stderr
    import json

    result = json.loads(summary.stdout)
    assert result["version"] == summarizer.__version__
    assert "Mistral" in result["summary"] and result["source_language"] == "fr"

    # A Word file goes through the installed package's summarizer/sources/ (python-docx), metadata kept.
    from make_documents import make_docx

    paragraphs = [p for p in article.read_text(encoding="utf-8").split("\n") if p.strip()]
    document = tmp_path / "communique.docx"
    document.write_bytes(make_docx("Mistral AI et SoftBank", paragraphs, author="Service presse"))
    word = subprocess.run(
        [cli, "summarize", str(document), "--strategy", "extractive", "--target-language", "fr", "--format", "json"],
        **run,
    )
    assert word.returncode == 0, word.stderr
    source = json.loads(word.stdout)["source"]
    assert source["title"] == "Mistral AI et SoftBank" and source["author"] == "Service presse"


def test_installed_demo_serves_summarize_on_localhost(venv: Path, tmp_path: Path) -> None:
    from gradio_client import Client

    port = free_port()
    log = tmp_path / "demo.log"
    command = [str(venv / "summarizer"), "demo", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--strategy", "extractive", "--target-language", "fr"]
    with log.open("wb") as sink:
        process = subprocess.Popen(command, cwd=tmp_path, env=_env(), stdout=sink, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_until_up(url, process, log, timeout=180)
        article = (ROOT / "tests" / "data" / "mistral_softbank_fr.txt").read_text(encoding="utf-8")
        result = Client(url, verbose=False).predict(article, api_name="/summarize")
        assert "Mistral" in result["summary"] and result["version"] == summarizer.__version__
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
