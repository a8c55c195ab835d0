"""`summarizer serve --ray`: the same application deployed on Ray Serve (a local Ray instance
started by the command, two replicas) answers a summary request on 127.0.0.1, and its rate limit
counts a key's requests once for the whole deployment, not once per replica."""

from __future__ import annotations

import httpx
import pytest
from serving import serve_process
from support import DATA

pytest.importorskip("ray.serve")

pytestmark = [pytest.mark.ray, pytest.mark.slow]


def test_ray_serve_deployment_answers_a_request(tiny_models, tmp_path):
    options = ("--ray", "--replicas", "2", "--rate-limit", "4/min")
    with serve_process(tiny_models, tmp_path / "ray-serve.log", *options, timeout=300) as base:
        article = (DATA / "mistral_softbank_fr.txt").read_text(encoding="utf-8")
        response = httpx.post(f"{base}/v1/summarize", json={"text": article, "length": "short"}, timeout=300)
        assert response.status_code == 200, response.text
        payload = response.json()
        assert payload["summary"] and payload["source_language"] == "fr"
        assert "summarizer_requests_total" in httpx.get(f"{base}/metrics", timeout=30).text
        # Two requests so far; Serve spreads the next ones over both replicas, and still only two
        # more are served within the minute (one replica's own count would have allowed up to four).
        pair = {"article": article, "summary": "SoftBank envisage d'investir dans Mistral AI."}
        answers = [httpx.post(f"{base}/v1/verify", json=pair, timeout=60) for _ in range(6)]
        assert [a.status_code for a in answers] == [200, 200, 429, 429, 429, 429], answers[-1].text
        assert answers[-1].json()["error"] == "rate_limited" and int(answers[-1].headers["Retry-After"]) >= 1
