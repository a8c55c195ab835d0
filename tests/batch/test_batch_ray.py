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
    assert "3 done (2 summarized, 0 cached, 1 duplicates)" in err

    # Resume works the same: nothing left to do, the failed item is retried.
    code, err = run(
        ["batch", str(folder), "-o", str(tmp_path / "ray.jsonl"), *common, "--engine", "ray", "--num-workers", "2"]
    )
    assert code == cli.EXIT_PARTIAL
    assert "3 skipped, 1 failed" in err
    assert not ray.is_initialized()  # only bad items left: Ray was not even started
    assert _records(tmp_path / "ray.jsonl").keys() == remote.keys()


def _worker_pids() -> list[tuple[int, str]]:
    """(pid, process title) of the live Ray actors running SummarizeWorker."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            title = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            continue
        if title.startswith("ray::SummarizeWorker"):
            found.append((int(entry.name), title))
    return found


def test_a_killed_actor_is_replaced_and_its_items_are_done_once(tiny_models, tmp_path, capsys):
    """kill -9 one actor mid-run: Ray restarts it and retries its batch; every id is done once, in the same run."""
    import os
    import signal
    import threading
    import time

    import ray

    articles = [json.loads(line) for line in (DATA / "orangesum_sample.jsonl").read_text(encoding="utf-8").splitlines()]
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in articles[:8]:
        (folder / f"{article['id']}.txt").write_text(article["article"], encoding="utf-8")
    output = tmp_path / "ray.jsonl"
    killed: list[tuple[int, str]] = []
    stop = threading.Event()

    def killer() -> None:
        deadline = time.monotonic() + 240
        while not stop.is_set() and time.monotonic() < deadline:
            busy = [w for w in _worker_pids() if ".run" in w[1]]
            if busy:
                os.kill(busy[0][0], signal.SIGKILL)
                killed.append(busy[0])
                return
            time.sleep(0.05)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    common = [*tiny_model_args(tiny_models), "--length", "short", "--num-beams", "1", "--batch-size", "1"]
    try:
        capsys.readouterr()
        code = cli.main(
            ["batch", str(folder), "-o", str(output), *common, "--no-cache", "--engine", "ray", "--num-workers", "2"],
            stdin=io.StringIO(),
            stdout=io.StringIO(),
        )
        err = capsys.readouterr().err
    finally:
        stop.set()
        thread.join(timeout=5)
        if ray.is_initialized():
            ray.shutdown()
    assert killed, "no busy actor was seen to kill"
    assert code == cli.EXIT_OK, err
    records = _records(output)  # every id once
    assert set(records) == {p.name for p in folder.iterdir()}  # ids relative to the input folder
    assert all(r["error"] is None and r["summary"] for r in records.values()), [r["error"] for r in records.values()]
