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


# demo_url: tests/app/conftest.py (one demo server for the API and browser tests)


@pytest.fixture(scope="module")
def extractive_server(tiny_models: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """``summarizer demo --strategy extractive --target-language fr``: no model runs, a real summary.
    Yields its URL and the folder with its log."""
    tmp = tmp_path_factory.mktemp("extractive")
    with demo_server(tiny_models, tmp, "--strategy", "extractive", "--target-language", "fr") as url:
        yield url, tmp


@pytest.fixture(scope="module")
def extractive_url(extractive_server: tuple[str, Path]) -> str:
    return extractive_server[0]


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
    title = "Mistral AI lève des fonds auprès de SoftBank"
    page.locator("#article textarea").fill(article)
    page.locator("#headline textarea, #headline input").fill(title)
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

    expected = Client(demo_url, verbose=False).predict(article, title=title, api_name="/summarize")
    assert shown == expected["summary"] and expected["source"]["title"] == title
    # The evidence card lists every summary sentence; those the article does not support are marked.
    assert page.locator("#sz-evidence .sz-sent").count() == len(expected["evidence"]) > 0
    unsupported = sum(e["unsupported"] for e in expected["evidence"])
    assert page.locator("#sz-evidence .sz-unsupported").count() == unsupported
    assert page.locator("#sz-evidence .sz-badge-warn", has_text="not found in the article").count() == unsupported
    if expected["flags"]:
        assert page.locator("#flags mark").count() > 0
    _check_flag_marks(page, expected)
    with page.expect_download(timeout=10_000) as download:
        page.locator("#download").click()
    downloaded = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert downloaded.pop("timings") and expected.pop("timings")  # seconds differ from run to run
    assert downloaded == expected

    page.locator("#article textarea").evaluate("t => { t.scrollTop = 0; }")  # show the article's start
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / "demo_summary.png"), full_page=True)


def _check_flag_marks(page, expected: dict) -> None:
    """Unverified names and figures of the English summary are marked in the page in two different
    colours, each with its reason on hover; a screenshot of the card is saved for a person to check."""
    in_summary = [f for f in expected["flags"] if f["output"] == "summary"]
    categories = {f["category"] for f in in_summary}
    # The tiny random models write numbers and capitalised non-words: both kinds of flag, every run.
    assert categories == {"figure", "entity"}, categories
    colours = {}
    for category, css in (("figure", "sz-flag"), ("entity", "sz-name")):
        marks = page.locator(f"#sz-flags mark.{css}[title]")
        assert marks.count() > 0, category
        flag = next(f for f in in_summary if f["category"] == category)
        mark = marks.filter(has_text=re.compile(f"^{re.escape(flag['text'])}$")).first
        assert mark.get_attribute("title") == flag["reason"]  # the reason, shown on hover
        colours[category] = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    assert colours["figure"] != colours["entity"], colours
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.locator("#sz-flags").screenshot(path=str(OUTPUT / "demo_flags.png"))


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
    page.wait_for_timeout(500)  # an error status would be drawn by now
    assert page.get_by_text("Error", exact=True).count() == 0  # no red badges on the output boxes


def _open(browser, url: str, width: int = 1400, height: int = 1000, scheme: str = "light"):
    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
    page = context.new_page()
    page.goto(f"{url}?__theme={scheme}", wait_until="domcontentloaded")
    page.locator("#article textarea").wait_for(state="visible", timeout=30_000)
    return context, page


def _summarize(page, article: str) -> None:
    page.locator("#article textarea").fill(article)
    page.locator("#summarize-button").click()
    page.locator("#sz-evidence .sz-sent").first.wait_for(state="visible", timeout=55_000)
    page.locator("#article textarea").evaluate("t => { t.scrollTop = 0; }")


def test_hovering_a_summary_sentence_highlights_its_source_in_the_article(browser, extractive_url: str) -> None:
    """Extractive summary: each summary sentence is an article sentence, so the highlight is known."""
    from gradio_client import Client

    article = EXAMPLE.read_text(encoding="utf-8")
    expected = Client(extractive_url, verbose=False).predict(article, api_name="/summarize")
    context, page = _open(browser, extractive_url)
    try:
        _summarize(page, article)
        sentences = page.locator("#sz-evidence .sz-sent")
        assert sentences.count() == len(expected["evidence"]) >= 3
        pane = page.locator("#sz-ev-article")
        for n in (1, len(expected["evidence"]) - 1):  # the last one lies below the pane's fold
            sentences.nth(n).hover()
            hit = pane.locator(".sz-asent.sz-hit")
            hit.first.wait_for(state="visible", timeout=5_000)
            entry = expected["evidence"][n]
            assert hit.count() == len(entry["supports"]) == 1
            assert hit.get_attribute("data-i") == str(entry["supports"][0]["index"])
            shown = hit.inner_text().removeprefix(str(entry["supports"][0]["index"] + 1))
            assert shown.strip() == entry["supports"][0]["text"]
            assert shown.strip().rstrip(".") == entry["sentence"].rstrip(".")
            # Scrolled to: the highlighted sentence is in the pane's visible area, below its sticky heading.
            page.wait_for_function(
                """() => { const pane = document.querySelector('#sz-ev-article');
                           const hit = pane.querySelector('.sz-hit');
                           const a = pane.getBoundingClientRect(), b = hit.getBoundingClientRect();
                           const head = pane.querySelector('h4').getBoundingClientRect();
                           return b.top >= head.bottom - 1 && b.bottom <= a.bottom + 1; }""",
                timeout=5_000,
            )
            assert sentences.nth(n).get_attribute("data-supports") == str(entry["supports"][0]["index"])
        OUTPUT.mkdir(parents=True, exist_ok=True)
        page.wait_for_timeout(600)
        page.screenshot(path=str(OUTPUT / "demo_evidence.png"), full_page=True)
    finally:
        context.close()


@pytest.mark.parametrize(("width", "scheme"), [(390, "light"), (390, "dark"), (1400, "dark")])
def test_page_fits_phone_and_dark_mode(browser, extractive_url: str, width: int, scheme: str) -> None:
    """No sideways scrolling on a phone; screenshots of each layout for a person to look at."""
    context, page = _open(browser, extractive_url, width=width, height=844 if width < 800 else 1000, scheme=scheme)
    try:
        _summarize(page, EXAMPLE.read_text(encoding="utf-8"))
        page.locator("#sz-evidence .sz-sent").nth(1).click()
        page.locator("#sz-ev-article .sz-hit").first.wait_for(state="visible", timeout=5_000)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        OUTPUT.mkdir(parents=True, exist_ok=True)
        page.wait_for_timeout(600)  # let the highlight and the smooth scroll finish
        page.screenshot(path=str(OUTPUT / f"demo_{width}_{scheme}.png"), full_page=True)
    finally:
        context.close()


def test_startup_log_names_the_cli_share_option(extractive_server: tuple[str, Path]) -> None:
    log = (extractive_server[1] / "demo.log").read_text(errors="replace")
    assert "Running on local URL:  http://127.0.0.1:" in log
    assert "--share" in log and "share=True" not in log  # the CLI's option, not Gradio's launch() hint


def test_url_field_refuses_a_loopback_address(page, demo_url: str) -> None:
    """The URL field wins over the text box; a default demo refuses addresses inside the machine,
    with a readable message (the demo's own address serves as one)."""
    page.locator("#article textarea").fill("Le chat dort sur le canapé du salon depuis ce matin.")
    page.locator("#url input, #url textarea").first.fill(demo_url)
    page.locator("#summarize-button").click()
    error = page.get_by_text("--allow-private-urls", exact=False)
    error.first.wait_for(state="visible", timeout=30_000)
    assert "loopback" in error.first.inner_text() and "Traceback" not in page.content()
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / "demo_url_refused.png"), full_page=True)


def _overlap(a: dict, b: dict) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


def test_phone_layout_label_summary_and_messages(browser, extractive_url: str) -> None:
    """At 390 px: the upload label clears its icon, the summary comes into view right under the
    button, and an error message appears at the bottom, not over the top of the page."""
    width, height = 390, 844
    context, page = _open(browser, extractive_url, width=width, height=height)
    try:
        label = page.locator("#upload label").bounding_box()
        icon = page.locator("#upload [data-testid=upload-icon]").bounding_box()
        assert label and icon and not _overlap(label, icon), (label, icon)

        _summarize(page, EXAMPLE.read_text(encoding="utf-8"))
        page.wait_for_timeout(800)  # the page scrolls to the result
        button = page.locator("#summarize-button").bounding_box()
        summary = page.locator("#summary").bounding_box()
        assert 0 <= summary["y"] < height * 0.8  # in view, not screens below
        assert summary["y"] - (button["y"] + button["height"]) < height / 2

        page.locator("#url input, #url textarea").first.fill(extractive_url)  # refused: a loopback address
        page.locator("#summarize-button").click()
        message = page.get_by_text("loopback", exact=False).first
        message.wait_for(state="visible", timeout=30_000)
        page.wait_for_timeout(800)  # the message slides in
        box = message.bounding_box()
        assert box["y"] > height / 2, box
        OUTPUT.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(OUTPUT / "demo_390_message.png"))
    finally:
        context.close()


def test_an_empty_submission_takes_the_previous_download_away(browser, extractive_url: str) -> None:
    context, page = _open(browser, extractive_url)
    try:
        _summarize(page, EXAMPLE.read_text(encoding="utf-8"))
        download = page.locator("#download")
        download.wait_for(state="visible", timeout=10_000)
        page.locator("#article textarea").fill("   ")
        page.locator("#summarize-button").click()
        page.get_by_text("The article is empty", exact=False).first.wait_for(state="visible", timeout=20_000)
        download.wait_for(state="hidden", timeout=5_000)
        # A new result brings it back.
        _summarize(page, EXAMPLE.read_text(encoding="utf-8"))
        download.wait_for(state="visible", timeout=10_000)
    finally:
        context.close()
