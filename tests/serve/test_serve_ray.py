"""`summarizer serve --ray`: the same application deployed on Ray Serve (a local Ray instance
started by the command) answers a summary request on 127.0.0.1."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time

import httpx
import pytest
from support import DATA, ROOT, free_port, tiny_model_args

pytest.importorskip("ray.serve")

pytestmark = [pytest.mark.ray, pytest.mark.slow]


def test_ray_serve_deployment_answers_a_request(tiny_models, tmp_path):
    port = free_port()
    log = tmp_path / "ray-serve.log"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONUNBUFFERED": "1", "RAY_USAGE_STATS_ENABLED": "0"}
    command = [sys.executable, "-m", "summarizer", "serve", "--ray", "--replicas", "1", *tiny_model_args(tiny_models)]
    command += ["--num-beams", "1", "--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as sink:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            assert process.poll() is None, log.read_text(errors="replace")[-3000:]
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base}/ready", timeout=5).status_code == 200:
                    break
            assert time.monotonic() < deadline, log.read_text(errors="replace")[-3000:]
            time.sleep(1)
        article = (DATA / "mistral_softbank_fr.txt").read_text(encoding="utf-8")
        response = httpx.post(f"{base}/v1/summarize", json={"text": article, "length": "short"}, timeout=300)
        assert response.status_code == 200, response.text
        payload = response.json()
        assert payload["summary"] and payload["source_language"] == "fr"
        assert "summarizer_requests_total" in httpx.get(f"{base}/metrics", timeout=30).text
    finally:
        process.send_signal(signal.SIGINT)  # the command stops Serve and its local Ray instance
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
