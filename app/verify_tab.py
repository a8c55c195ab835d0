"""The demo's "Verify" tab and its ``verify`` API endpoint: check any summary against its article.

Paste or upload the article and the summary; the summary comes back with its flagged spans
highlighted and, on hover (or tap), the article sentence each sentence comes from; the JSON is
``summarizer.verify(...).to_dict()``, the same as ``summarizer verify --format json``.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import gradio as gr

from summarizer.errors import SummarizerError, one_line

from .downloads import JsonFiles

FLAG_STYLE = "background:#ffd6d6;border-bottom:2px solid #c00"
UNSUPPORTED_STYLE = "background:#fff1c2"


def verify_json(
    article: str, summary: str, source_language: str | None = None, summary_language: str | None = None
) -> dict[str, Any]:
    """Check ``summary`` against ``article`` (no model): the JSON of ``summarizer verify --format json``.

    Args:
        article: the source article (plain text).
        summary: the summary or translation to check.
        source_language: the article's ISO 639-1 code ("" or None: detected).
        summary_language: the summary's code ("" or None: detected).
    """
    from summarizer.verify import verify

    try:
        result = verify(
            article or "",
            summary or "",
            source_language=source_language or None,
            summary_language=summary_language or None,
        )
    except SummarizerError as exc:
        raise gr.Error(one_line(exc), print_exception=False) from None
    return result.to_dict()


def render_verification(data: dict[str, Any]) -> str:
    """The summary as HTML: each sentence titled with its supporting article sentence (hover), flagged
    spans marked and titled with their reason, the flags listed, and one details element per
    sentence that opens on its article sentences (tap); all text escaped."""
    flags_by_sentence: dict[int, list[dict[str, Any]]] = {}
    for flag in data["flags"]:
        flags_by_sentence.setdefault(flag["sentence"], []).append(flag)
    parts, taps = [], []
    for n, sentence in enumerate(data["sentences"]):
        text, start = sentence["text"], sentence["start"]
        spans = sorted(
            (f for f in flags_by_sentence.get(n, []) if f["category"] != "unsupported"), key=lambda f: f["start"]
        )
        pieces, at = [], 0
        for flag in spans:
            lo, hi = flag["start"] - start, flag["end"] - start
            if lo < at or hi > len(text):
                continue
            pieces.append(html.escape(text[at:lo]))
            title = html.escape(flag["reason"], quote=True)
            pieces.append(
                f'<mark class="sz-flag" style="{FLAG_STYLE}" title="{title}">{html.escape(text[lo:hi])}</mark>'
            )
            at = hi
        pieces.append(html.escape(text[at:]))
        evidence = sentence["evidence"]
        unsupported = any(f["category"] == "unsupported" for f in flags_by_sentence.get(n, []))
        hint = "; ".join(f"article sentence {e['index'] + 1}: {e['text']}" for e in evidence)
        if unsupported:
            hint = "no sentence of the article says this" + (f" (closest: {hint})" if hint else "")
        style = "cursor:help" + (f";{UNSUPPORTED_STYLE}" if unsupported else "")
        tip = html.escape(hint, quote=True)
        marked = "".join(pieces)
        parts.append(f'<span class="sz-sentence" style="{style}" title="{tip}">{marked}</span>')
        # the same on tap (touch screens show no titles): a details element per sentence
        shown = "".join(
            f"<blockquote>article sentence {e['index'] + 1}: {html.escape(e['text'])}</blockquote>" for e in evidence
        )
        note = "<p>no sentence of the article says this; the closest:</p>" if unsupported else ""
        taps.append(f'<li><details><summary style="{style}">{marked}</summary>{note}{shown}</details></li>')
    verdict = "Supported" if data["supported"] else "Flagged"
    counts = data["counts"]
    head = (
        f"<p><b>{verdict}</b>: {counts['supported_sentences']} of {counts['sentences']} sentence(s) supported, "
        f"{counts['flags']} flag(s). Hover over (or tap) a sentence to see where it comes from.</p>"
    )
    reasons = "".join(f"<li>{html.escape(f['reason'])}</li>" for f in data["flags"])
    flags = f"<p>Flags:</p><ul>{reasons}</ul>" if reasons else ""
    sources = f"<p>Where each sentence comes from (tap to open):</p><ol>{''.join(taps)}</ol>"
    return f'<div class="sz-verify">{head}<p>{" ".join(parts)}</p>{flags}{sources}</div>'


def build_verify_tab(load_upload: Callable[[str | None], Any], files: JsonFiles) -> None:
    """Add the "Verify" tab's components and the ``verify`` API endpoint to the current Blocks.

    Args:
        load_upload: the page's upload reader (a file path in, the text for a Textbox out).
        files: where the downloadable JSON files go (the last few are kept).
    """
    with gr.Tab("Verify", elem_id="verify-tab"):
        gr.Markdown(
            "Check any English summary or translation against its French article (or any pair of "
            "languages), with no model: every figure and name must be in the article, and each "
            "sentence is linked to the article sentence it comes from."
        )
        with gr.Row(equal_height=False):
            with gr.Column():
                article = gr.Textbox(label="Article", lines=10, max_lines=18, elem_id="verify-article")
                article_file = gr.File(label="…or upload the article", type="filepath", height=90)
                summary = gr.Textbox(label="Summary or translation", lines=4, max_lines=10, elem_id="verify-summary")
                summary_file = gr.File(label="…or upload the summary", type="filepath", height=90)
                button = gr.Button("Verify", variant="primary", elem_id="verify-button")
            with gr.Column():
                report = gr.HTML(elem_id="verify-report")
                download = gr.DownloadButton("Download the verification (JSON)", visible=False)
                with gr.Accordion("Verification as JSON", open=False):
                    raw = gr.JSON()

        def page(article_text: str, summary_text: str) -> list[Any]:
            data = verify_json(article_text, summary_text)
            return [render_verification(data), gr.DownloadButton(value=files.write(data), visible=True), data]

        article_file.upload(load_upload, article_file, article, api_visibility="private")
        summary_file.upload(load_upload, summary_file, summary, api_visibility="private")
        button.click(page, [article, summary], [report, download, raw], api_visibility="private")
        gr.api(verify_json, api_name="verify")  # inside the tab: gr.Tabs holds tabs only
