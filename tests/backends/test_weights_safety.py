"""Model folders that try to slip pickle weights or foreign files past the loader (issue 10, #2)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from summarizer.errors import ModelNotAvailableError, UnsafeCheckpointError
from summarizer.loading import resolve_model
from summarizer.options import GenerationOptions


class _Payload:
    """Unpickling this runs code: what ``weights_only=True`` must refuse."""

    def __reduce__(self):
        return (Path.touch, (Path("/tmp/summarizer-pickle-payload-ran"),))


def _folder_with_index(tiny_models: Path, tmp_path: Path, target: str, payload: object | None = None) -> Path:
    """A copy of the tiny Marian whose weights sit behind ``model.safetensors.index.json`` -> ``target``."""
    import torch
    from safetensors.torch import load_file

    folder = tmp_path / "model"
    shutil.copytree(tiny_models / "marian-fr-en", folder)
    state = load_file(folder / "model.safetensors")
    (folder / "model.safetensors").unlink()
    if payload is not None:
        torch.save({"x": payload}, folder / target)
    elif "/" not in target and not (folder / target).exists() and target != "missing.bin":
        torch.save(state, folder / target)  # pickle weights under an innocent name
    index = {"metadata": {}, "weight_map": dict.fromkeys(state, target)}
    (folder / "model.safetensors.index.json").write_text(json.dumps(index), encoding="utf-8")
    return folder


def test_index_pointing_to_pickle_is_refused(tiny_models, tmp_path):
    folder = _folder_with_index(tiny_models, tmp_path, "w.txt")
    with pytest.raises(UnsafeCheckpointError, match=r"w\.txt.*not safetensors.*--allow-pickle"):
        resolve_model(str(folder))


def test_safetensors_name_on_pickle_content_is_refused(tiny_models, tmp_path):
    folder = _folder_with_index(tiny_models, tmp_path, "w.txt")
    (folder / "model.safetensors.index.json").unlink()
    (folder / "w.txt").rename(folder / "model.safetensors")
    with pytest.raises(UnsafeCheckpointError, match=r"model\.safetensors.*not safetensors"):
        resolve_model(str(folder))


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("/etc/passwd", r"points outside the model folder, to /etc/passwd"),
        ("../../etc/passwd", r"points outside the model folder, to \.\./\.\./etc/passwd"),
        ("missing.bin", r"names missing\.bin, which does not exist"),
    ],
)
def test_index_pointing_outside_or_to_missing_file(tiny_models, tmp_path, target, message):
    folder = _folder_with_index(tiny_models, tmp_path, target)
    for allow in (False, True):
        with pytest.raises(ModelNotAvailableError, match=message) as info:
            resolve_model(str(folder), allow_pickle=allow)
        assert "\n" not in str(info.value)


def test_index_pointing_to_non_weights_file(tiny_models, tmp_path):
    folder = _folder_with_index(tiny_models, tmp_path, "config.json")
    with pytest.raises(UnsafeCheckpointError, match=r"config\.json"):
        resolve_model(str(folder))
    with pytest.raises(ModelNotAvailableError, match=r"config\.json is neither safetensors nor a torch file"):
        resolve_model(str(folder), allow_pickle=True)


def test_cli_names_the_file_in_one_line(tiny_models, tmp_path, capsys):
    from summarizer.cli import main

    folder = _folder_with_index(tiny_models, tmp_path, "/etc/passwd")
    article = tmp_path / "a.txt"
    article.write_text("Le gouvernement a annoncé une nouvelle mesure pour les entreprises.", encoding="utf-8")
    code = main(
        ["translate", str(article), "--translation-model", str(folder), "--backend", "torch", "--device", "cpu"]
    )
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert "/etc/passwd" in err and "Traceback" not in err and len(err.splitlines()) == 1


@pytest.mark.slow
def test_opted_in_pickle_loads_but_never_runs_code(tiny_models, tmp_path):
    from summarizer.backends.base import ModelSpec, load_backend

    folder = _folder_with_index(tiny_models, tmp_path, "w.txt")
    spec = ModelSpec(model=str(folder), role="translation", device="cpu", allow_pickle=True, threads=1)
    assert load_backend(spec, "torch").generate(["Bonjour."], GenerationOptions(max_new_tokens=5))

    marker = Path("/tmp/summarizer-pickle-payload-ran")
    marker.unlink(missing_ok=True)
    evil = _folder_with_index(tiny_models, tmp_path / "evil", "w.bin", payload=_Payload())
    spec = ModelSpec(model=str(evil), role="translation", device="cpu", allow_pickle=True, threads=1)
    with pytest.raises(ModelNotAvailableError, match="could not be loaded"):
        load_backend(spec, "torch")
    assert not marker.exists()
