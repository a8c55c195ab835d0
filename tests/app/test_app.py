"""The web demo without a browser: the ``summarize`` API endpoint through ``gradio_client``
(``summarizer demo`` on the tiny models), the in-process app on a fake summarizer, and the
pure helpers (examples, uploads, presets, HTML rendering, the ``demo`` subcommand).
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import jsonschema
import pytest
from support import ROOT, free_port

MAX_CHARS = 5_000  # the limit the shared demo server starts with (tests/app/conftest.py)
RESULT_FIELDS = {
    "summary",
    "summary_source",
    "source_language",
    "target_language",
    "strategy",
    "models",
    "translation",
    "paragraphs",
    "warnings",
    "notes",
    "flags",
    "timings",
    "chunks",
    "source",
    "article",
    "evidence",
    "sentence_links",
    "version",
    "schema_version",
}


# demo_url: tests/app/conftest.py (one demo server for the API and browser tests)


@pytest.fixture(scope="module")
def client(demo_url: str):
    from gradio_client import Client

    return Client(demo_url, verbose=False)


# ---------------------------------------------------------------------- the API on the tiny models
@pytest.mark.slow
def test_api_returns_the_result_json(client, orangesum_sample: list[dict]) -> None:
    """``/summarize`` returns ``Result.to_dict()``: every field, English summary of a French article."""
    article = orangesum_sample[2]["article"]
    result = client.predict(article, full_translation=True, api_name="/summarize")
    assert set(result) == RESULT_FIELDS
    schema = json.loads((ROOT / "docs" / "result.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(result)  # the demo's JSON is Result.to_dict()
    assert result["source"] is None  # pasted text: no page behind it
    assert isinstance(result["summary"], str) and result["summary"].strip()
    assert result["source_language"] == "fr" and result["target_language"] == "en"
    assert result["strategy"] == "summarize-translate"
    assert set(result["models"]) == {"summarization", "translation"}
    assert result["models"]["summarization"].endswith("barthez-fr")
    assert result["summary_source"] and result["summary_source"] != result["summary"]
    assert result["paragraphs"] and {"source", "translation"} <= set(result["paragraphs"][0])
    assert result["translation"]
    assert "total" in result["timings"] and "facts" in result["timings"]
    for flag in result["flags"]:
        assert {"text", "kind", "reason", "output", "start", "end"} <= set(flag)


@pytest.mark.slow
def test_api_documents_its_parameters(client) -> None:
    """The endpoint is named, takes the article and optional options with defaults."""
    endpoint = client.view_api(print_info=False, return_format="dict")["named_endpoints"]["/summarize"]
    params = {p["parameter_name"]: p for p in endpoint["parameters"]}
    assert list(params) == ["text", "preset", "length", "full_translation", "target_language", "title"]
    assert not params["text"]["parameter_has_default"] and params["title"]["parameter_default"] == ""
    assert params["length"]["parameter_default"] == "short"  # follows `summarizer demo --length short`
    assert params["target_language"]["parameter_default"] == "en"


@pytest.mark.slow
def test_api_takes_a_headline(client, orangesum_sample: list[dict]) -> None:
    """The optional headline is the result's source title; without one the result has no source."""
    record = orangesum_sample[0]
    titled = client.predict(record["article"], title="Un titre écrit pour le test", api_name="/summarize")
    assert titled["source"]["title"] == "Un titre écrit pour le test" and titled["source"]["kind"] == "text"
    assert client.predict(record["article"], api_name="/summarize")["source"] is None


@pytest.mark.slow
def test_api_errors_are_clear_and_the_app_keeps_serving(client, orangesum_sample: list[dict]) -> None:
    """Empty, oversized and bad-option requests fail with a one-line message; the next request works."""
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="The article is empty"):
        client.predict("", api_name="/summarize")
    with pytest.raises(AppError, match="The article is empty"):
        client.predict(" \n\t ", api_name="/summarize")
    with pytest.raises(AppError, match=r"too long: 6,000 characters.*up to 5,000"):
        client.predict("mot " * 1500, api_name="/summarize")
    with pytest.raises(AppError, match="unknown length 'huge'; choose from short, medium, long"):
        client.predict(orangesum_sample[0]["article"], length="huge", api_name="/summarize")
    with pytest.raises(AppError, match="presets cannot be chosen"):
        client.predict(orangesum_sample[0]["article"], preset="quality", api_name="/summarize")
    result = client.predict(orangesum_sample[0]["article"], api_name="/summarize")
    assert result["summary"].strip()
    assert result["source_language"] == "fr"


# ---------------------------------------------------------------------- in-process, fake summarizer
class FakeSummarizer:
    """Stands in for ``Summarizer``: counts loads and calls, echoes the first sentence."""

    instances: ClassVar[list[FakeSummarizer]] = []

    def __init__(self, preset: str | None) -> None:
        self.preset = preset
        self.loads = 0
        self.calls = 0
        FakeSummarizer.instances.append(self)

    def load(self, target_language: str | None = None) -> FakeSummarizer:
        self.loads += 1
        return self

    def summarize_many(self, texts, *, full_translation, length, target_language, on_stage=None):
        from summarizer import Result

        self.calls += 1
        if on_stage:
            on_stage("summarize")
        text = texts[0]
        first = text.split(".")[0].strip()
        return [
            Result(
                summary=f"EN[{length}] {first} in 2024",
                summary_source=f"{first} en 2024",
                source_language="fr",
                target_language=target_language,
                strategy="summarize-translate",
                models={"summarization": f"fake-{self.preset}"},
                translation="T" if full_translation else None,
                paragraphs=[{"source": text, "translation": "T"}] if full_translation else None,
                flags=[
                    {
                        "text": "2024",
                        "kind": "year",
                        "reason": "absent from the source",
                        "output": "summary",
                        "start": len(f"EN[{length}] {first} in "),
                        "end": len(f"EN[{length}] {first} in 2024"),
                    }
                ],
                timings={"facts": 0.0, "total": 0.01},
            )
        ]


@pytest.fixture
def fake_app() -> Iterator[tuple[str, object]]:
    """The real Blocks on a fake summarizer factory, launched in this process."""
    from app.ui import build_app, launch_app

    FakeSummarizer.instances.clear()
    demo = build_app(FakeSummarizer, max_chars=300)
    try:
        _, url, _ = launch_app(demo, port=free_port(), prevent_thread_lock=True, quiet=True)
        yield url, demo
    finally:
        demo.close()


def test_in_process_app_caches_summarizers_and_survives_errors(fake_app) -> None:
    """One Summarizer per preset, loaded once; errors do not stop the server."""
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    url, _ = fake_app
    client = Client(url, verbose=False)
    first = client.predict("Le chat dort. Il fait beau.", api_name="/summarize")
    assert first["summary"] == "EN[medium] Le chat dort in 2024"
    with pytest.raises(AppError, match="too long: 301 characters"):
        client.predict("a" * 301, api_name="/summarize")
    with pytest.raises(AppError, match="unknown preset 'nope'"):
        client.predict("Le chat dort.", preset="nope", api_name="/summarize")
    client.predict("Le chien court.", length="short", api_name="/summarize")
    client.predict("Le chat dort. Il fait beau.", api_name="/summarize")  # cached result
    client.predict("Le chat dort.", preset="crosslingual", api_name="/summarize")
    page = "<html><body><nav>Menu</nav><article><p>" + "Le chat dort sur le canapé du salon depuis ce matin. " * 3
    pasted = client.predict(page + "</p></article></body></html>", api_name="/summarize")
    assert pasted["summary"] == "EN[medium] Le chat dort sur le canapé du salon depuis ce matin in 2024"
    by_preset = {s.preset: s for s in FakeSummarizer.instances}
    assert len(FakeSummarizer.instances) == 2 and set(by_preset) == {"fast", "crosslingual"}
    assert by_preset["fast"].loads == 1 and by_preset["fast"].calls == 3
    assert by_preset["crosslingual"].loads == 1


def test_requests_are_queued_one_at_a_time(fake_app) -> None:
    """The page's button and the API share one model slot: concurrency limit 1."""
    _, demo = fake_app
    assert demo._queue.max_size == 16 and demo._queue.default_concurrency_limit == 1
    groups = {fn.name: fn.concurrency_id for fn in demo.fns.values() if fn.name in ("summarize", "summarize_page")}
    assert groups == {"summarize": "models", "summarize_page": "models"}


# ---------------------------------------------------------------------- helpers without a server
def test_examples_are_read_by_name_only() -> None:
    from app.service import EXAMPLES, DemoError, read_example

    assert len(EXAMPLES) == 3
    for name in EXAMPLES:
        assert len(read_example(name)) > 200
    assert "SoftBank" in read_example(next(iter(EXAMPLES)))
    with pytest.raises(DemoError, match="unknown example"):
        read_example("../../etc/passwd")
    assert (ROOT / "app" / "examples" / "ATTRIBUTION.md").is_file()


def test_uploads_are_read_only_from_gradio_upload_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.service import DemoError, read_upload

    uploads = tmp_path / "gradio"
    (uploads / "abc").mkdir(parents=True)
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(uploads))
    html = uploads / "abc" / "page.html"
    html.write_text(
        "<html><body><nav>Accueil</nav><article><p>"
        + "Le gouvernement a présenté mercredi un plan de cinq milliards d'euros pour l'intelligence artificielle. " * 3
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    text = read_upload(str(html))
    assert "cinq milliards" in text and "<p>" not in text
    outside = tmp_path / "secret.txt"
    outside.write_text("Le mot de passe est ici.", encoding="utf-8")
    with pytest.raises(DemoError, match="not uploaded through this page"):
        read_upload(str(outside))
    with pytest.raises(DemoError, match="not uploaded through this page"):
        read_upload(str(uploads / "abc" / ".." / ".." / "secret.txt"))
    binary = uploads / "abc" / "x.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(DemoError, match="binary"):
        read_upload(str(binary))
    broken = uploads / "abc" / "x.pdf"
    broken.write_bytes(b"%PDF-1.4")
    with pytest.raises(DemoError, match=r"x\.pdf is not a readable PDF"):
        read_upload(str(broken))
    other = uploads / "abc" / "x.png"
    other.write_bytes(b"\x89PNG\r\n")
    with pytest.raises(DemoError, match=r"upload a \.txt"):
        read_upload(str(other))
    big = uploads / "abc" / "big.txt"
    big.write_text("mot " * 100, encoding="utf-8")
    with pytest.raises(DemoError, match="too large"):
        read_upload(str(big), max_chars=50)


def test_presets_show_licenses_and_custom_models() -> None:
    from app.service import CUSTOM, CUSTOM_LABEL, SummarizerPool
    from summarizer.config import SummarizerConfig

    pool = SummarizerPool(SummarizerConfig())
    labels = dict((value, label) for label, value in pool.preset_choices())
    assert pool.presets_selectable and pool.default_choice == "fast"
    assert {"fast", "quality", "crosslingual"} <= set(labels)
    assert "NON-COMMERCIAL" in labels["crosslingual"] and "NON-COMMERCIAL" not in labels["fast"]
    custom = SummarizerPool(SummarizerConfig(summarization_model="/models/x", translation_model="/models/y"))
    assert not custom.presets_selectable
    assert custom.preset_choices() == [(CUSTOM_LABEL, CUSTOM)]
    assert custom.resolve_preset("") == CUSTOM == custom.resolve_preset(CUSTOM)
    assert SummarizerPool(SummarizerConfig(preset="quality")).default_choice == "quality"
    with pytest.raises(ValueError, match="unknown preset"):
        SummarizerPool(SummarizerConfig(preset="nope"))


def test_one_summarizer_per_preset_even_with_concurrent_requests() -> None:
    from app.service import SummarizerPool

    FakeSummarizer.instances.clear()
    pool = SummarizerPool(FakeSummarizer, cache_size=0)
    stages: list[str] = []
    threads = [
        threading.Thread(target=pool.summarize, args=(f"Article {i}. Fin.",), kwargs={"on_stage": stages.append})
        for i in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(FakeSummarizer.instances) == 1 and FakeSummarizer.instances[0].calls == 4
    assert stages.count("summarize") == 4


def test_render_marks_flags_and_escapes_model_text() -> None:
    from app import render

    result = {
        "summary": "<b>x</b> rose 12% to 5 billion",
        "flags": [
            {"text": "12%", "kind": "percent", "reason": "absent", "output": "summary", "start": 14, "end": 17},
            {"text": "9", "kind": "number", "reason": "bad offsets", "output": "summary", "start": 90, "end": 91},
        ],
        "timings": {"facts": 0.01, "total": 1.0},
        "source_language": "fr",
        "target_language": "en",
        "paragraphs": [{"source": "Un <p>", "translation": "One 12%"}, {"source": "Deux", "translation": ""}],
    }
    html = render.flags_html(result)
    assert '<mark class="sz-flag" title="absent">12%</mark>' in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html
    assert "2 figure(s) to check" in html
    table = render.paragraphs_html(
        {**result, "flags": [{"text": "12%", "output": "translation", "start": 4, "end": 7, "reason": "r"}]}
    )
    assert table.count("<tr>") == 3 and "Un &lt;p&gt;" in table and "<mark" in table and "not translated" in table
    assert "✓" in render.flags_html({**result, "flags": []})
    assert "not checked" in render.flags_html({**result, "timings": {"total": 1.0}})


def test_render_evidence_numbers_supports_marks_unsupported_and_escapes() -> None:
    from app import render

    article = "Un <b>chat</b> dort.\n\nLe chien aboie. Il pleut."
    result = {
        "article": article,
        "source_language": "fr",
        "evidence": [
            {
                "sentence": "Le chien <i>aboie</i>.",
                "translation": "The dog barks.",
                "supports": [
                    {"index": 1, "text": "Le chien aboie.", "start": 22, "end": 37, "paragraph": 1, "score": 1}
                ],
                "unsupported": False,
            },
            {"sentence": "Il neige à Rome.", "translation": None, "supports": [], "unsupported": True},
        ],
    }
    html = render.evidence_html(result)
    assert '<li class="sz-sent" tabindex="0" data-n="1" data-supports="1">' in html
    assert '<span class="sz-asent" data-i="1" id="sz-a-1"><sup class="sz-n">2</sup>Le chien aboie.</span>' in html
    assert "[2]" in html and "The dog barks." in html and "Le chien &lt;i&gt;aboie&lt;/i&gt;." in html
    assert 'class="sz-sent sz-unsupported"' in html and "not found in the article" in html
    assert "Un &lt;b&gt;chat&lt;/b&gt; dort." in html and "<b>chat</b>" not in html
    assert html.count("<p>") == 2  # one per article paragraph
    assert "1 of 2 sentence(s) not found" in html
    assert render.evidence_html({"article": article, "evidence": []}) == ""


def test_demo_subcommand_options() -> None:
    from app.cli import run_demo
    from summarizer.cli import build_parser, config_from_args

    args = build_parser().parse_args(["demo", "--summarization-model", "/m/s", "--backend", "torch", "--port", "8000"])
    assert args.handler is run_demo
    assert (args.host, args.port, args.share, args.preload, args.max_chars) == (
        "127.0.0.1",
        8000,
        False,
        False,
        200_000,
    )
    assert config_from_args(args).summarization_model == "/m/s"


def test_python_m_app_takes_the_same_options() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    for option in ("--preset", "--summarization-model", "--translation-model", "--host", "--port", "--share"):
        assert option in done.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "app", "--port", "0"], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert bad.returncode == 2 and "--port must be between" in bad.stderr
