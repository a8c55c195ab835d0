"""The web demo in a real browser: ``summarizer demo`` on the tiny models, driven by Playwright
in Debian's headless Chromium (``apt-get install chromium``; Playwright's own download is not used).

Saves full-page screenshots under ``tests/output/`` for a person to look at.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import ROOT, demo_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
OUTPUT = ROOT / "tests" / "output"
EXAMPLE = ROOT / "app" / "examples" / "mistral_softbank_fr.txt"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's Chromium at /usr/bin/chromium (apt-get install chromium)"
    ),
]


@pytest.fixture(scope="module")
def demo_url(tiny_models: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``summarizer demo`` on the tiny models, as a subprocess on a free localhost port."""
    # --cache-size 0: the API calls below recompute; page and API agree because the models are deterministic
    with demo_server(tiny_models, tmp_path_factory.mktemp("demo"), "--cache-size", "0", "--length", "short") as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Debian Chromium through Playwright's sync API."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser, demo_url: str) -> Iterator[object]:
    """A fresh page on the demo, ready for input."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        page.goto(demo_url, wait_until="domcontentloaded")
        page.locator("#article textarea").wait_for(state="visible", timeout=30_000)
        yield page
    finally:
        context.close()


def test_paste_summarize_and_screenshot(page, demo_url: str) -> None:
    """Paste the example article, click Summarize: the page shows the same summary as the API."""
    from gradio_client import Client

    article = EXAMPLE.read_text(encoding="utf-8")
    page.locator("#article textarea").fill(article)
    page.locator("#summarize-button").click()
    # Progress is shown while the first request loads the models and runs the stages.
    page.get_by_text(re.compile(r"Loading models|Translating|Summarizing")).first.wait_for(timeout=20_000)
    summary_box = page.locator("#summary textarea")
    page.wait_for_function(
        "() => { const t = document.querySelector('#summary textarea'); return t && t.value.trim().length > 0; }",
        timeout=55_000,
    )
    shown = summary_box.input_value()
    assert shown.strip()
    page.locator("#timings").wait_for(state="visible")
    notes = page.locator("#notes").inner_text()
    assert "French (fr)" in notes
    assert "chunks" in notes  # the example is longer than the tiny model's window: map-reduce, said so

    expected = Client(demo_url, verbose=False).predict(article, api_name="/summarize")
    assert shown == expected["summary"]
    if expected["flags"]:
        assert page.locator("#flags mark").count() > 0
    with page.expect_download(timeout=10_000) as download:
        page.locator("#download").click()
    downloaded = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert downloaded.pop("timings") and expected.pop("timings")  # seconds differ from run to run
    assert downloaded == expected

    page.locator("#article textarea").evaluate("t => { t.scrollTop = 0; }")  # show the article's start
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / "demo_summary.png"), full_page=True)


def test_upload_html_fills_the_article(page, tmp_path: Path) -> None:
    """An uploaded .html file is reduced to its article text in the input box; no server path is read."""
    html = tmp_path / "article.html"
    body = "".join(
        f"<p>{line}</p>" for line in EXAMPLE.read_text(encoding="utf-8").splitlines() if len(line.split()) > 12
    )
    html.write_text(
        f"<!doctype html><html><head><title>Mistral</title></head><body><nav>Menu Accueil</nav>"
        f"<article><h1>Mistral AI</h1>{body}</article><footer>Mentions légales</footer></body></html>",
        encoding="utf-8",
    )
    page.locator("#upload input[type=file]").set_input_files(str(html))
    page.wait_for_function(
        "() => (document.querySelector('#article textarea')?.value || '').includes('SoftBank')", timeout=20_000
    )
    text = page.locator("#article textarea").input_value()
    assert "<p>" not in text and "Mentions légales" not in text


def test_full_translation_side_by_side(page, demo_url: str) -> None:
    """With "translate the whole article" ticked, source and translation show side by side, one row a paragraph."""
    from gradio_client import Client

    paragraphs = EXAMPLE.read_text(encoding="utf-8").split("\n\n")
    excerpt = "\n\n".join(paragraphs[:4])  # a short excerpt: the tiny random Marian model is slow
    page.locator("#article textarea").fill(excerpt)
    page.get_by_label("Also translate the whole article", exact=False).check()
    page.locator("#summarize-button").click()
    rows = page.locator("#sz-translation tbody tr")
    rows.first.wait_for(state="visible", timeout=55_000)

    expected = Client(demo_url, verbose=False).predict(excerpt, full_translation=True, api_name="/summarize")
    assert rows.count() == len(expected["paragraphs"]) >= 2
    first_source = rows.first.locator("td").nth(1).inner_text()
    assert first_source.strip() == expected["paragraphs"][0]["source"].strip()
    assert page.locator("#summary textarea").input_value() == expected["summary"]

    page.locator("#article textarea").evaluate("t => { t.scrollTop = 0; }")  # show the article's start
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / "demo_translation.png"), full_page=True)


def test_pick_example_then_empty_input_error(page) -> None:
    """Picking an example fills the box; summarizing an empty box shows a readable error, not a traceback."""
    page.locator("#example input").click()
    page.get_by_role("option", name="Pension reform", exact=False).click()
    page.wait_for_function(
        "() => (document.querySelector('#article textarea')?.value || '').includes('retraites')", timeout=20_000
    )
    page.locator("#article textarea").fill("   ")
    page.locator("#summarize-button").click()
    error = page.get_by_text("The article is empty", exact=False)
    error.first.wait_for(state="visible", timeout=20_000)
    assert "Traceback" not in page.content()
