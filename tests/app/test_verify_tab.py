"""The demo's Verify tab: the ``verify`` API endpoint through ``gradio_client`` on a 127.0.0.1
server (no model is loaded: verification needs none) gives the same JSON as the Python API and
the CLI; the page's HTML marks flagged spans and carries each sentence's evidence."""

from __future__ import annotations

import html
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import DATA, ROOT, free_port

from summarizer import verify
from summarizer.cli.main import main

FRENCH = (DATA / "flores200_sample.fra").read_text(encoding="utf-8").splitlines()
ENGLISH = (DATA / "flores200_sample.eng").read_text(encoding="utf-8").splitlines()
ARTICLE = "\n\n".join(FRENCH[:12])
FLAGGED = f"{ENGLISH[5]} {ENGLISH[10].replace('28 other', '82 other')}"


class _NoModels:
    """A summarizer factory that must never be called: the Verify tab needs no model."""

    def __call__(self, preset: str | None) -> object:
        raise AssertionError("the Verify tab must not load a summarizer")


@pytest.fixture(scope="module")
def verify_url() -> Iterator[str]:
    from app.ui import build_app, launch_app

    demo = build_app(_NoModels(), max_chars=20_000)
    try:
        _, url, _ = launch_app(demo, port=free_port(), prevent_thread_lock=True, quiet=True)
        assert url.startswith("http://127.0.0.1:")
        yield url
    finally:
        demo.close()


def test_demo_api_cli_and_python_give_the_same_json(verify_url: str, tmp_path) -> None:
    from gradio_client import Client

    client = Client(verify_url, verbose=False)
    from_demo = client.predict(ARTICLE, FLAGGED, api_name="/verify")
    from_api = verify(ARTICLE, FLAGGED).to_dict()
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = io.StringIO()
    code = main(["verify", str(article), "--summary-text", FLAGGED, "--format", "json"], stdout=out)
    assert from_demo == from_api == json.loads(out.getvalue())
    import jsonschema

    schema = json.loads((ROOT / "docs" / "verify.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(from_demo)
    assert code == 4 and from_demo["supported"] is False
    assert [f["text"] for f in from_demo["flags"]] == ["82"]


def test_demo_api_errors_are_one_clear_line(verify_url: str) -> None:
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    client = Client(verify_url, verbose=False)
    with pytest.raises(AppError, match="summary is empty"):
        client.predict(ARTICLE, "   ", api_name="/verify")
    with pytest.raises(AppError, match="unknown source language 'xx'"):
        client.predict(ARTICLE, ENGLISH[5], "xx", api_name="/verify")
    assert client.predict(ARTICLE, ENGLISH[5], api_name="/verify")["supported"] is True  # still serving


def test_page_marks_flagged_spans_and_shows_evidence_on_hover() -> None:
    from app.verify_tab import render_verification

    data = verify(ARTICLE, FLAGGED + ' <b>"Sweden"</b> is big.').to_dict()
    page = render_verification(data)
    assert '<mark class="sz-flag"' in page and ">82</mark>" in page
    assert 'title="82: the article says' in page
    assert f'title="article sentence 6: {html.escape(FRENCH[5], quote=True)}"' in page
    assert '<b>"Sweden"' not in page and "&lt;b&gt;" in page  # summary text is escaped
    assert page.startswith('<div class="sz-verify"><p><b>Flagged</b>')
    assert page.count("<details>") == 3  # one per sentence, for touch screens
    assert f"<blockquote>article sentence 6: {html.escape(FRENCH[5])}</blockquote>" in page


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs Debian's Chromium at /usr/bin/chromium")
def test_verify_tab_in_a_browser(verify_url: str) -> None:
    """Paste, click Verify: the flagged figure is highlighted and the JSON can be downloaded
    (screenshot in tests/output/verify_tab.png for a person to look at)."""
    from playwright.sync_api import sync_playwright

    output = ROOT / "tests" / "output"
    output.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox", "--disable-gpu"], headless=True
        )
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(verify_url)
            page.get_by_role("tab", name="Verify").click()
            page.locator("#verify-article textarea").fill(ARTICLE)
            page.locator("#verify-summary textarea").fill(FLAGGED)
            page.locator("#verify-button").click()
            mark = page.locator("#verify-report mark.sz-flag").first
            mark.wait_for(timeout=60_000)
            assert mark.inner_text() == "82"
            assert mark.get_attribute("title").startswith("82: the article says")
            assert "Flagged" in page.locator("#verify-report").inner_text()
            page.screenshot(path=str(output / "verify_tab.png"), full_page=True)
        finally:
            browser.close()
