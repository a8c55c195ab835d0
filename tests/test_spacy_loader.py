"""The guard imports spaCy without PyTorch unless PyTorch is in use (memory of the CTranslate2 path)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytest.importorskip("spacy")

PROBE = (
    "import sys; {before}"
    "from summarizer.guard.entities import ner_names;"
    "names = [n.text for n in ner_names('Arthur Mensch dirige Mistral AI à Paris.')];"
    "import thinc.compat as c;"
    "print('torch' in sys.modules, c.has_torch, '|'.join(names))"
)


def _run(before: str = "", **env: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(before=before)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().split(" ", 2)


@pytest.mark.slow  # a subprocess or a real server: seconds, not milliseconds
def test_ner_runs_without_loading_torch():
    torch_loaded, thinc_torch, names = _run()
    assert (torch_loaded, thinc_torch) == ("False", "False")
    assert "Arthur Mensch" in names.split("|") and "Paris" in names.split("|")


@pytest.mark.slow  # a subprocess or a real server: seconds, not milliseconds
def test_torch_stays_importable_after_the_guard_loaded():
    code = (
        "from summarizer.guard.entities import french_ner; french_ner();"
        "import torch; print(torch.tensor([2, 3]).sum().item())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "5"


@pytest.mark.slow  # a subprocess or a real server: seconds, not milliseconds
def test_spacy_sees_torch_when_the_process_already_uses_it():
    torch_loaded, thinc_torch, names = _run(before="import torch;")
    assert (torch_loaded, thinc_torch) == ("True", "True")
    assert "Arthur Mensch" in names.split("|")


@pytest.mark.slow  # a subprocess or a real server: seconds, not milliseconds
def test_opt_out_keeps_torch_for_spacy():
    torch_loaded, thinc_torch, _ = _run(SUMMARIZER_SPACY_WITH_TORCH="1")
    assert (torch_loaded, thinc_torch) == ("True", "True")
