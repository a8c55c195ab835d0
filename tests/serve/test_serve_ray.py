"""`summarizer serve --ray`: the same application deployed on Ray Serve (a local Ray instance
started by the command) answers a summary request on 127.0.0.1."""

from __future__ import annotations

import httpx
import pytest
from serving import serve_process
from support import DATA

pytest.importorskip("ray.serve")

pytestmark = [pytest.mark.ray, pytest.mark.slow]


def test_ray_serve_deployment_answers_a_request(tiny_models, tmp_path):
    with serve_process(tiny_models, tmp_path / "ray-serve.log", "--ray", "--replicas", "1", timeout=300) as base:
        article = (DATA / "mistral_softbank_fr.txt").read_text(encoding="utf-8")
        response = httpx.post(f"{base}/v1/summarize", json={"text": article, "length": "short"}, timeout=300)
        assert response.status_code == 200, response.text
        payload = response.json()
        assert payload["summary"] and payload["source_language"] == "fr"
        assert "summarizer_requests_total" in httpx.get(f"{base}/metrics", timeout=30).text
