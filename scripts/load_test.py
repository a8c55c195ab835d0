"""Load test of ``summarizer serve``: throughput, latency and memory at several numbers of
concurrent clients, beside one request at a time through the Python API in the same run.

Usage:
    python scripts/load_test.py --data FILE.jsonl --preset fast --clients 1,8,32,64 --duration 30
    python scripts/load_test.py --data tests/data/orangesum_sample.jsonl --tiny --clients 1,8 --duration 5  # smoke run

The script starts ``summarizer serve`` on 127.0.0.1 (a free port) with the models of ``--preset``
built as random-weight *architecture twins* from the real configurations
(``scripts/bench_twins.py``; ``--tiny``: the tests' tiny models), waits for ``/ready``, sends one
warm-up request, then for each client count runs that many clients for ``--duration`` seconds,
each posting the next article of ``--data`` to ``/v1/summarize`` as soon as its previous answer
came. Then it stops the server and runs the baseline: the same articles through
``Summarizer.summarize()`` one at a time, in this process, for ``--baseline-duration`` seconds.

Printed: one JSON line per run (``clients``, ``requests``, ``errors``, ``requests_per_s``,
``p50_s``/``p95_s``/``p99_s`` latency, ``server_peak_rss_mb`` over the run, ``mean_batch_size``
from the server's ``/metrics``, ``speedup_vs_one_client`` and ``speedup_vs_python_api``), then a
Markdown table. ``--soak-duration S`` adds one long run at ``--soak-clients`` (default 64) that
also prints the server's resident memory every ``--rss-every`` seconds, to see that it stays flat.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _script(name: str) -> Any:
    """A sibling script imported as a module (no ``sys.path`` change)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _rss_mb(pid: int) -> float:
    """Resident memory of process ``pid`` now (Linux ``/proc``), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class RssSampler:
    """Samples a process's resident memory every ``every`` seconds while active."""

    def __init__(self, pid: int, every: float = 0.5) -> None:
        self.pid, self.every = pid, every
        self.samples: list[tuple[float, float]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        started = time.monotonic()
        while not self._stop.is_set():
            with contextlib.suppress(OSError):
                self.samples.append((time.monotonic() - started, _rss_mb(self.pid)))
            self._stop.wait(self.every)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak(self) -> float:
        return round(max((mb for _, mb in self.samples), default=0.0), 1)


def _percentiles(latencies: list[float]) -> dict[str, float | None]:
    if len(latencies) < 2:
        value = round(latencies[0], 3) if latencies else None
        return {"p50_s": value, "p95_s": value, "p99_s": value}
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return {"p50_s": round(cuts[49], 3), "p95_s": round(cuts[94], 3), "p99_s": round(cuts[98], 3)}


def _metric(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0


async def _drive(base: str, articles: list[str], clients: int, duration: float, body: dict[str, Any]) -> dict[str, Any]:
    """``clients`` clients posting articles for ``duration`` seconds; counts, errors and latencies."""
    import httpx

    latencies: list[float] = []
    errors: dict[str, int] = {}
    counter = iter(range(10**9))
    deadline = time.monotonic() + duration
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=900, limits=limits) as http:

        async def client() -> None:
            while time.monotonic() < deadline:
                text = articles[next(counter) % len(articles)]
                started = time.monotonic()
                try:
                    response = await http.post("/v1/summarize", json={**body, "text": text})
                    status = str(response.status_code)
                except Exception as exc:
                    status = type(exc).__name__
                if status == "200":
                    latencies.append(time.monotonic() - started)
                else:
                    errors[status] = errors.get(status, 0) + 1

        started = time.monotonic()
        await asyncio.gather(*(client() for _ in range(clients)))
        elapsed = time.monotonic() - started
    return {
        "requests": len(latencies),
        "errors": sum(errors.values()),
        "error_kinds": errors,
        "elapsed_s": round(elapsed, 2),
        "requests_per_s": round(len(latencies) / elapsed, 3),
        **_percentiles(latencies),
    }


@contextlib.contextmanager
def _server(model_args: list[str], extra: list[str], log: Path):
    import httpx

    port = _free_port()
    command = [sys.executable, "-m", "summarizer", "serve", *model_args, *extra, "--port", str(port)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with log.open("wb") as sink:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 900
        while True:
            if process.poll() is not None:
                raise SystemExit(f"the server exited with {process.returncode}: see {log}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base}/ready", timeout=2).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise SystemExit(f"the server was not ready after 900 s: see {log}")
            time.sleep(0.5)
        yield base, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _baseline(model_args: argparse.Namespace, articles: list[str], duration: float, body: dict[str, Any]) -> dict:
    """One request at a time through the Python API, in this process."""
    from summarizer import Summarizer

    summarizer = Summarizer(
        summarization_model=model_args.summarization_model,
        translation_model=model_args.translation_model,
        backend=model_args.backend,
        device="cpu",
        threads=model_args.threads,
        length=body.get("length", "medium"),
    ).load()
    summarizer.summarize(articles[0])  # warm-up (the guard's NER model loads on first use)
    latencies: list[float] = []
    started = time.monotonic()
    n = 0
    while time.monotonic() - started < duration:
        t0 = time.monotonic()
        summarizer.summarize(articles[n % len(articles)])
        latencies.append(time.monotonic() - t0)
        n += 1
    elapsed = time.monotonic() - started
    rss = 0.0
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                rss = int(line.split()[1]) / 1024
    return {
        "run": "python-api-one-at-a-time",
        "clients": 1,
        "requests": n,
        "errors": 0,
        "elapsed_s": round(elapsed, 2),
        "requests_per_s": round(n / elapsed, 3),
        **_percentiles(latencies),
        "server_peak_rss_mb": round(rss, 1),
    }


def _table(lines: list[dict[str, Any]]) -> str:
    head = "| run | clients | requests | errors | req/s | p50 s | p95 s | p99 s | mean batch | peak RSS MB | vs 1 client | vs Python API |"
    rows = [head, "|" + "---|" * 12]
    for line in lines:
        cells = [
            line["run"],
            line["clients"],
            line["requests"],
            line["errors"],
            line["requests_per_s"],
            line["p50_s"],
            line["p95_s"],
            line["p99_s"],
            line.get("mean_batch_size", "—"),
            line["server_peak_rss_mb"],
            line.get("speedup_vs_one_client", "—"),
            line.get("speedup_vs_python_api", "—"),
        ]
        rows.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="JSONL file with an 'article' field per line")
    parser.add_argument("--preset", default="fast", help="preset whose architecture twins are served (default fast)")
    parser.add_argument("--tiny", action="store_true", help="the tests' tiny models instead of twins (smoke run)")
    parser.add_argument("--articles", type=int, default=64, help="distinct articles cycled through (default 64)")
    parser.add_argument("--clients", default="1,8,32,64", help="comma-separated client counts (default 1,8,32,64)")
    parser.add_argument("--duration", type=float, default=30, help="seconds per client count (default 30)")
    parser.add_argument(
        "--baseline-duration", type=float, help="seconds of the Python API baseline (default --duration)"
    )
    parser.add_argument("--soak-duration", type=float, default=0, help="add a long run of this many seconds")
    parser.add_argument("--soak-clients", type=int, default=64, help="clients of the long run (default 64)")
    parser.add_argument(
        "--rss-every", type=float, default=30, help="seconds between printed RSS samples of the long run"
    )
    parser.add_argument("--length", default="medium", choices=("short", "medium", "long"))
    parser.add_argument("--backend", default="auto", choices=("auto", "torch", "ctranslate2"))
    parser.add_argument(
        "--threads", type=int, default=os.cpu_count() or 1, help="inference threads (default: all CPUs)"
    )
    parser.add_argument("--serve-arg", action="append", default=[], help="extra `summarizer serve` option (repeatable)")
    parser.add_argument("--work", type=Path, help="cache folder of the twins (default $SUMMARIZER_CACHE/bench)")
    parser.add_argument("--log", type=Path, default=Path("load_test_server.log"), help="the server's log file")
    args = parser.parse_args(argv)

    import httpx

    from summarizer.config import cache_dir

    twins = _script("bench_twins")
    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [r["article"] for r in records if r.get("article")][: args.articles]
    tiny = Path(_script("make_tiny_models").build_all(ROOT / "tests" / ".tiny_models")) if args.tiny else None
    summ, trans = twins.preset_models(args.preset, args.data, args.work or cache_dir("bench"), tiny)
    args.summarization_model, args.translation_model = str(summ), str(trans) if trans else None
    model_args = ["--summarization-model", args.summarization_model, "--backend", args.backend, "--device", "cpu"]
    model_args += ["--translation-model", args.translation_model] if trans else []
    model_args += ["--threads", str(args.threads), "--length", args.length]
    body = {"length": args.length}
    clients = [int(c) for c in args.clients.split(",") if c.strip()]
    meta = {"preset": args.preset, "twins": not args.tiny, "backend": args.backend, "threads": args.threads}
    meta["cpus"] = os.cpu_count()
    print(json.dumps({"machine": meta, "articles": len(articles)}), flush=True)

    lines: list[dict[str, Any]] = []
    with _server(model_args, ["--queue-size", "4096", *args.serve_arg], args.log) as (base, pid):
        httpx.post(f"{base}/v1/summarize", json={**body, "text": articles[0]}, timeout=900)  # warm-up
        runs = [(n, args.duration, f"http-{n}-clients") for n in clients]
        if args.soak_duration:
            runs.append((args.soak_clients, args.soak_duration, f"http-{args.soak_clients}-clients-soak"))
        for n, duration, name in runs:
            before = httpx.get(f"{base}/metrics", timeout=30).text
            with RssSampler(pid) as rss:
                line = asyncio.run(_drive(base, articles, n, duration, body))
            after = httpx.get(f"{base}/metrics", timeout=30).text
            batches = _metric(after, "summarizer_batch_size_count") - _metric(before, "summarizer_batch_size_count")
            merged = _metric(after, "summarizer_batch_size_sum") - _metric(before, "summarizer_batch_size_sum")
            line = {"run": name, "clients": n, **line, "server_peak_rss_mb": rss.peak}
            line["mean_batch_size"] = round(merged / batches, 1) if batches else None
            if name.endswith("soak"):
                marks = [(round(t), round(mb)) for t, mb in rss.samples]
                step = max(1, int(args.rss_every / rss.every))
                line["rss_mb_every"] = marks[::step] + ([marks[-1]] if marks and len(marks) % step != 1 else [])
            lines.append(line)
            print(json.dumps(line), flush=True)
    baseline = _baseline(args, articles, args.baseline_duration or args.duration, body)
    print(json.dumps(baseline), flush=True)
    one = next((line for line in lines if line["clients"] == 1), None)
    for line in lines:
        if one and one["requests_per_s"]:
            line["speedup_vs_one_client"] = round(line["requests_per_s"] / one["requests_per_s"], 2)
        if baseline["requests_per_s"]:
            line["speedup_vs_python_api"] = round(line["requests_per_s"] / baseline["requests_per_s"], 2)
    print(_table([*lines, baseline]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
