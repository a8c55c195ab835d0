"""`summarizer serve` as an integrator meets it: endpoints and their JSON, keys, limits, errors,
the same output as the command line, and requests that arrive together answered in one batch.

Two servers per module, both on 127.0.0.1 with the tiny models: ``server`` asks for API keys and
rate-limits each key; ``tight`` has a one-request waiting line, one request per batch, a 4 KB body
limit and may fetch loopback URLs (the tests' news site).
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import io
import json
from pathlib import Path

import httpx
import pytest
from serving import metric, serve_process
from support import DATA, TWO_STORIES, tiny_model_args

from summarizer import Summarizer
from summarizer.cli import main

pytestmark = pytest.mark.slow

KEY = "test-key-one"
HASHED_KEY = "test-key-two"  # stored in the key file as its SHA-256 digest
RATE = 30


def auth(key: str = KEY) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def without_timings(payload: dict) -> dict:
    return {k: v for k, v in payload.items() if k != "timings"}


def named(payload: dict, folder: Path) -> dict:
    """A local result as a client sees it: the models of ``folder`` by their name, wherever they appear; no timings."""
    return json.loads(json.dumps(without_timings(payload)).replace(str(folder) + "/", ""))


@pytest.fixture(scope="module")
def articles(orangesum_sample) -> list[str]:
    return [record["article"] for record in orangesum_sample[:4]]


@pytest.fixture(scope="module")
def server(tiny_models, tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    keys = folder / "keys.txt"
    keys.write_text(f"{KEY}\n{hashlib.sha256(HASHED_KEY.encode()).hexdigest()}\n", encoding="utf-8")
    options = ["--api-keys", str(keys), "--rate-limit", f"{RATE}/min", "--batch-wait-ms", "300", "--max-batch", "8"]
    with serve_process(tiny_models, folder / "serve.log", *options) as base:
        yield base


@pytest.fixture(scope="module")
def tight(tiny_models, tmp_path_factory):
    folder = tmp_path_factory.mktemp("tight")
    options = ["--queue-size", "1", "--max-batch", "1", "--max-body-kb", "4", "--allow-private-urls"]
    with serve_process(tiny_models, folder / "serve.log", *options) as base:
        yield base


@pytest.fixture(scope="module")
def alone(tiny_models):
    """The Python API with the server's configuration: what each article gets when run alone."""
    return Summarizer(
        summarization_model=str(tiny_models / "barthez-fr"),
        translation_model=str(tiny_models / "marian-fr-en"),
        backend="torch",
        device="cpu",
        threads=1,
        num_beams=1,
    )


def cli_json(tiny_models, source: str, *options: str) -> dict:
    out = io.StringIO()
    args = ["summarize", source, "--format", "json", *tiny_model_args(tiny_models), "--num-beams", "1", *options]
    assert main(args, stdin=io.StringIO(""), stdout=out) == 0
    return json.loads(out.getvalue())


def assert_clean_error(response: httpx.Response, status: int) -> dict:
    """An error answer: the status, JSON with a code and one-line message, no traceback or server path."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) >= {"error", "message"} and "\n" not in body["message"]
    assert "Traceback" not in response.text and "/work" not in response.text and ".py" not in response.text
    return body


def test_health_ready_docs_and_openapi(server):
    assert httpx.get(f"{server}/health").json() == {"status": "ok"}
    ready = httpx.get(f"{server}/ready").json()
    assert ready["ready"] is True and ready["models"] == ["barthez-fr", "marian-fr-en"]  # names, not server paths
    schema = httpx.get(f"{server}/openapi.json").json()
    assert {"/v1/summarize", "/v1/translate", "/v1/verify", "/health", "/ready", "/metrics"} <= set(schema["paths"])
    result = schema["components"]["schemas"]["Result"]["properties"]
    assert {"summary", "summary_source", "flags", "evidence", "source", "version"} <= set(result)
    request = schema["components"]["schemas"]["SummarizeRequest"]["properties"]
    assert {"text", "url", "length", "target_language", "strategy", "evidence"} <= set(request)
    assert "swagger" in httpx.get(f"{server}/docs").text.lower()


def test_summary_is_the_json_of_summarize_format_json(server, tiny_models, tmp_path):
    article = (DATA / "mistral_softbank_fr.txt").read_text(encoding="utf-8")
    response = httpx.post(
        f"{server}/v1/summarize", json={"text": article, "length": "short"}, headers=auth(), timeout=120
    )
    assert response.status_code == 200, response.text
    cli = cli_json(tiny_models, str(DATA / "mistral_softbank_fr.txt"), "--length", "short")
    assert without_timings(response.json()) == named(cli, tiny_models)  # the CLI's JSON, local model folders named
    assert response.json()["summary"] and str(tiny_models) not in response.text


def test_requests_arriving_together_are_batched_and_each_gets_its_own_output(server, articles, alone, tiny_models):
    def post(text: str) -> httpx.Response:
        return httpx.post(f"{server}/v1/summarize", json={"text": text}, headers=auth(), timeout=300)

    before = httpx.get(f"{server}/metrics", headers=auth()).text
    with concurrent.futures.ThreadPoolExecutor(len(articles)) as pool:
        responses = list(pool.map(post, articles))
    assert [r.status_code for r in responses] == [200] * len(articles)
    for response, text in zip(responses, articles, strict=True):
        assert without_timings(response.json()) == named(alone.summarize(text).to_dict(), tiny_models)
    after = httpx.get(f"{server}/metrics", headers=auth()).text
    batches = metric(after, "summarizer_batch_size_count") - metric(before, "summarizer_batch_size_count")
    singles = metric(after, 'summarizer_batch_size_bucket{le="1.0"}') - metric(
        before, 'summarizer_batch_size_bucket{le="1.0"}'
    )
    assert batches < len(articles)  # fewer pipeline calls than requests
    assert batches - singles >= 1  # a summarizer_batch_size observation above 1


def test_per_request_options_and_evidence_switch(server, articles, alone):
    body = {"text": articles[0], "length": "long", "strategy": "extractive", "evidence": False, "fact_check": False}
    response = httpx.post(f"{server}/v1/summarize", json=body, headers=auth(), timeout=120)
    assert response.status_code == 200, response.text
    payload = response.json()
    assert payload["strategy"] == "extractive" and payload["evidence"] == [] and payload["sentence_links"] is None
    assert payload["flags"] == []
    expected = Summarizer(config=alone.config.__class__(**{**alone.config.__dict__, "strategy": "extractive"}))
    expected = expected.summarize(articles[0], options=alone.call_options(length="long", check_facts=False))
    assert payload["summary"] == expected.summary


def test_a_title_steers_the_extractive_summary(server):
    body = {"text": TWO_STORIES, "strategy": "extractive", "target_language": "fr", "fact_check": False}
    summaries = []
    for title in ("Lyon construira trois lignes de tramway", None):
        response = httpx.post(f"{server}/v1/summarize", json={**body, "title": title}, headers=auth(), timeout=120)
        assert response.status_code == 200, response.text
        summaries.append(response.json()["summary"])
        assert response.json()["source"] == ({"kind": "text", "title": title} | _EMPTY_SOURCE if title else None)
    assert "tramway" in summaries[0] and "tramway" not in summaries[1]


_EMPTY_SOURCE = {"date": None, "author": None, "site_name": None, "url": None, "canonical_url": None, "paywall": False}


def test_translate_is_what_the_python_api_translates(server, alone):
    text = "Le gouvernement a annoncé une hausse de 3 % des retraites.\n\nLa réforme sera votée en mars."
    response = httpx.post(f"{server}/v1/translate", json={"text": text}, headers=auth(), timeout=120)
    assert response.status_code == 200, response.text
    assert response.json() == {"translation": alone.translate(text), "target_language": "en"}


@pytest.mark.parametrize("summary", ["Revenue reached €385 million.", "Revenue reached €358 million."])
def test_verify_answers_the_json_of_summarizer_verify(server, summary):
    from summarizer.verify import verify

    article = "Le chiffre d'affaires atteint 385 millions d'euros. Le groupe emploie 1 200 personnes."
    response = httpx.post(
        f"{server}/v1/verify", json={"article": article, "summary": summary}, headers=auth(), timeout=60
    )
    assert response.status_code == 200, response.text
    expected = verify(article, summary).to_dict()
    assert response.json() == expected
    assert expected["supported"] is (summary == "Revenue reached €385 million.")


def test_without_a_key_401_with_a_key_200(server):
    body = {"text": "Le gouvernement a annoncé une hausse."}
    for headers in ({}, auth("wrong-key"), {"Authorization": KEY}, {"Authorization": f"Basic {KEY}"}):
        response = httpx.post(f"{server}/v1/translate", json=body, headers=headers, timeout=60)
        assert assert_clean_error(response, 401)["error"] == "unauthorized"
        assert response.headers["WWW-Authenticate"] == "Bearer"
        assert KEY not in response.text
    assert httpx.get(f"{server}/metrics").status_code == 401
    assert httpx.get(f"{server}/metrics", headers=auth(HASHED_KEY)).status_code == 200  # key stored as its digest
    assert httpx.post(f"{server}/v1/translate", json=body, headers=auth(), timeout=60).status_code == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": "Un article.", "url": "https://example.org/a"}, "text"),
        ({"text": "Un article.", "length": "huge"}, "length"),
        ({"text": "Un article.", "colour": "blue"}, "colour"),
        ({"text": "Un article.", "target_language": "English!"}, "target_language"),
        ({"text": "Un article.", "strategy": "crosslingual"}, "strategy"),
        ({"text": "   \n "}, "text"),
        ({"url": "http://127.0.0.1:9/article.html"}, "url"),
    ],
)
def test_invalid_requests_are_422_naming_the_field(server, body, field):
    response = httpx.post(f"{server}/v1/summarize", json=body, headers=auth(), timeout=60)
    assert assert_clean_error(response, 422)["field"] == field


def test_malformed_json_is_422_without_a_field(server):
    response = httpx.post(
        f"{server}/v1/summarize", content=b'{"text": "Un', headers={**auth(), "Content-Type": "application/json"}
    )
    body = assert_clean_error(response, 422)
    assert body["error"] == "validation_error" and "field" not in body


def test_loopback_urls_are_refused_like_the_cli_refuses_them(server):
    response = httpx.post(f"{server}/v1/summarize", json={"url": "http://127.0.0.1:9/a"}, headers=auth(), timeout=60)
    assert "loopback" in assert_clean_error(response, 422)["message"]


def test_rate_limit_answers_429_with_retry_after(server):
    statuses = []
    for _ in range(RATE + 1):
        response = httpx.post(f"{server}/v1/translate", content=b"{}", headers=auth(HASHED_KEY), timeout=30)
        statuses.append(response.status_code)
    assert 429 in statuses, statuses  # the key's budget (a few requests of other tests used it too) runs out
    first = statuses.index(429)
    assert set(statuses[:first]) == {422} and first >= RATE - 5
    assert assert_clean_error(response, 429)["error"] == "rate_limited"
    assert 1 <= int(response.headers["Retry-After"]) <= 60


def test_body_over_the_limit_is_413_declared_or_streamed(tight):
    big = json.dumps({"text": "Le marché progresse. " * 400}).encode()
    response = httpx.post(f"{tight}/v1/summarize", content=big, headers={"Content-Type": "application/json"})
    assert assert_clean_error(response, 413)["error"] == "payload_too_large"

    def chunks():
        yield from (big[i : i + 1000] for i in range(0, len(big), 1000))

    response = httpx.post(f"{tight}/v1/summarize", content=chunks(), headers={"Content-Type": "application/json"})
    assert_clean_error(response, 413)


def test_full_waiting_line_is_503_with_retry_after(tight, articles):
    def post(text: str) -> httpx.Response:
        return httpx.post(f"{tight}/v1/summarize", json={"text": text[:3000]}, timeout=300)

    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        responses = list(pool.map(post, [articles[i % len(articles)] for i in range(6)]))
    statuses = sorted(r.status_code for r in responses)
    assert 503 in statuses and 200 in statuses and set(statuses) <= {200, 503}
    busy = next(r for r in responses if r.status_code == 503)
    assert assert_clean_error(busy, 503)["error"] == "busy"
    assert int(busy.headers["Retry-After"]) >= 1


def test_url_input_is_fetched_like_the_cli_fetches_it(tight, tiny_models):
    from news_site import NewsSite

    site = NewsSite().start()
    try:
        url = site.url(f"/news/{site.articles[0]['id']}.html")
        response = httpx.post(f"{tight}/v1/summarize", json={"url": url}, timeout=120)
        assert response.status_code == 200, response.text
        cli = cli_json(tiny_models, url, "--allow-private-urls")
    finally:
        site.close()
    assert response.json()["source"]["url"] == url
    assert without_timings(response.json()) == named(cli, tiny_models)
