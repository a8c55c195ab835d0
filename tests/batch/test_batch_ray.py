"""``summarizer batch --engine ray``: the same records as the local engine, from a real local Ray.

The command starts its own local Ray instance (2 CPUs here), runs one CPU-only actor per CPU
with one torch thread each, and shuts Ray down at the end.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from support import DATA, tiny_model_args

from summarizer import cli

pytest.importorskip("ray")

pytestmark = [pytest.mark.ray, pytest.mark.slow]


def _records(path: Path) -> dict[str, dict]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_id = {r["id"]: r for r in records}
    assert len(by_id) == len(records)  # every id once
    return by_id


def test_ray_engine_matches_local_engine(tiny_models, tmp_path, capsys):
    import ray

    articles = [json.loads(line) for line in (DATA / "orangesum_sample.jsonl").read_text(encoding="utf-8").splitlines()]
    articles = sorted(articles, key=lambda a: len(a["article"]))[:2]
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in articles:
        (folder / f"{article['id']}.txt").write_text(article["article"], encoding="utf-8")
    (folder / "copie.txt").write_text(articles[0]["article"], encoding="utf-8")
    (folder / "vide.txt").write_text("   \n", encoding="utf-8")
    common = [
        *tiny_model_args(tiny_models),
        "--length",
        "short",
        "--num-beams",
        "1",
        "--batch-size",
        "1",
        "--no-cache",
    ]

    def run(argv: list[str]) -> tuple[int, str]:
        capsys.readouterr()
        code = cli.main(argv, stdin=io.StringIO(), stdout=io.StringIO())
        return code, capsys.readouterr().err

    code, err = run(["batch", str(folder), "-o", str(tmp_path / "local.jsonl"), *common])
    assert code == cli.EXIT_PARTIAL, err
    try:
        code, err = run(
            ["batch", str(folder), "-o", str(tmp_path / "ray.jsonl"), *common, "--engine", "ray", "--num-workers", "2"]
        )
    finally:
        if ray.is_initialized():  # the command shuts down the Ray it started; never leave one behind
            ray.shutdown()
            pytest.fail("summarizer batch --engine ray left Ray running")
    assert code == cli.EXIT_PARTIAL, err
    assert "ray engine" in err

    local = _records(tmp_path / "local.jsonl")
    remote = _records(tmp_path / "ray.jsonl")
    assert set(remote) == set(local) == {p.name for p in folder.iterdir()}
    for item_id, record in remote.items():
        assert list(record) == list(local[item_id])  # same fields, same order
        assert (record["error"] is None) == (local[item_id]["error"] is None)
        assert record["models"] == local[item_id]["models"]
    assert remote["vide.txt"]["error"] == local["vide.txt"]["error"]
    assert all(r["summary"] for r in remote.values() if r["error"] is None)
    # The duplicate text went through the models once; the other batches were spread over the actors.
    assert "3 done (1 cached, 2 summarized)" in err

    # Resume works the same: nothing left to do, the failed item is retried.
    code, err = run(
        ["batch", str(folder), "-o", str(tmp_path / "ray.jsonl"), *common, "--engine", "ray", "--num-workers", "2"]
    )
    assert code == cli.EXIT_PARTIAL
    assert "3 skipped, 1 failed" in err
    assert not ray.is_initialized()  # only bad items left: Ray was not even started
    assert _records(tmp_path / "ray.jsonl").keys() == remote.keys()
