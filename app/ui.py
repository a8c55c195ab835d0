"""The Gradio Blocks page and its ``summarize`` API endpoint.

``build_app(...)`` returns the Blocks (queue configured, nothing launched) so tests and other
programs can launch it themselves; ``launch_app(...)`` adds the theme, CSS and upload size limit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import gradio as gr

from summarizer.config import DEFAULT_MAX_CHARS, PipelineOptions, SummarizerConfig
from summarizer.errors import SummarizerError, one_line
from summarizer.options import LENGTHS
from summarizer.public import public_name
from summarizer.sources.article import MAX_TITLE_CHARS

from . import guard, render
from .downloads import JsonFiles
from .service import (
    CUSTOM,
    DOCUMENT_MAX_BYTES,
    DOCUMENT_SUFFIXES,
    EXAMPLES,
    UPLOAD_SUFFIXES,
    DemoError,
    SummarizerPool,
    read_example,
    read_upload,
)
from .verify_tab import build_verify_tab

log = logging.getLogger("summarizer.app")

TITLE = "summarizer — French news in, short English summaries out"
CONCURRENCY_ID = "models"  # the page's button and the API endpoint share one model slot
STAGES = {
    "load": "Loading models (first request only)…",
    "translate": "Translating…",
    "summarize": "Summarizing…",
    "check": "Checking figures and names…",
}
INTRO = """# summarizer
Paste a French news article (or upload one, or pick an example) and get a short **English summary**,
written by open-weights models running on this machine. Figures in the outputs that the article
does not support are **highlighted**: check them before you quote the summary."""


def request_limit(max_chars: int) -> int:
    """Largest request body accepted: an article of ``max_chars`` characters (4 bytes each, JSON
    escaping can double that) plus room for the other fields and multipart headers."""
    return 8 * max_chars + 64 * 1024


def _user_error(exc: BaseException | str) -> gr.Error:
    """A ``gr.Error`` with a one-line message for the reader (no traceback in the page)."""
    message = one_line(exc)
    return gr.Error(message, print_exception=False)


def build_app(
    summarizer: SummarizerConfig | Callable[[str | None], Any] | SummarizerPool | None = None,
    *,
    options: PipelineOptions | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    full_translation: bool = False,
    presets_selectable: bool | None = None,
    preload: bool = False,
    cache_size: int = 32,
    queue_size: int = 16,
    fetch_options: Any = None,
    max_loaded_models: int = 2,
) -> gr.Blocks:
    """Build the demo page.

    Args:
        summarizer: the :class:`SummarizerConfig` (as the CLI builds it), a factory
            ``f(preset_or_None) -> Summarizer``, or a ready :class:`SummarizerPool` (which then
            keeps its own ``options``, ``max_chars``, ``presets_selectable`` and ``cache_size``).
        options: the defaults of every request (length, target language...).
        max_chars: largest article accepted (characters); larger ones get a friendly error.
        full_translation: whether "translate the whole article" starts ticked.
        presets_selectable: let readers switch presets (default: unless models or a strategy
            were given explicitly, in which case the page shows "custom (local models)").
        preload: load the start-up models now instead of on the first request.
        cache_size: how many recent results to keep in memory (0: none).
        queue_size: most requests waiting in the queue; more are turned away.
        fetch_options: limits for the URL field (:class:`summarizer.sources.fetch.FetchOptions`;
            default: its defaults, private and loopback addresses refused).
        max_loaded_models: most model sets (presets) kept loaded at once; the least recently
            used one is released beyond it.

    Returns:
        The ``gr.Blocks``, queued (one request at a time), not launched. ``demo.pool`` is the
        :class:`SummarizerPool` it uses; ``demo.upload_dir`` its private upload folder (made
        here, removed at exit: Gradio stores uploads there and the page reads nothing else).
    """
    upload_dir = guard.private_upload_dir()
    if isinstance(summarizer, SummarizerPool):
        pool = summarizer
    else:
        pool = SummarizerPool(
            summarizer,
            options=options,
            max_chars=max_chars,
            presets_selectable=presets_selectable,
            cache_size=cache_size,
            fetch_options=fetch_options,
            max_loaded=max_loaded_models,
        )
    if preload:
        pool.preload()
    json_files = JsonFiles("summarizer-demo-", "summary")
    config = pool.config or SummarizerConfig()
    custom_models = (
        None
        if pool.presets_selectable
        else {
            "summarization": public_name(config.summarization_model or ""),
            "translation": public_name(config.translation_model or ""),
            "strategy": config.strategy or "",
        }
    )

    def private(value: Any) -> Any:
        """Model paths of this server replaced by model names."""
        return guard.scrub(value, pool.model_refs)

    def run(
        text: Any,
        preset: str | None,
        length: str | None,
        full: bool,
        target: str | None,
        on_stage=None,
        title: str | None = None,
    ) -> dict:
        try:
            result = pool.summarize(
                text,
                preset=preset,
                length=length,
                full_translation=bool(full),
                target_language=target,
                on_stage=on_stage,
                title=title,
            )
        except (DemoError, SummarizerError, ValueError) as exc:
            raise _user_error(private(str(exc))) from None
        except Exception as exc:
            log.exception("summarizing failed")
            raise gr.Error(
                f"Something went wrong while summarizing ({type(exc).__name__}); the server log has the details.",
                print_exception=False,
            ) from None
        return private(result.to_dict())

    def summarize(
        text: str,
        preset: str = pool.default_choice,
        length: str = pool.defaults["length"],
        full_translation: bool = full_translation,
        target_language: str = pool.defaults["target_language"],
        title: str = "",
    ) -> dict:
        """Summarize one article; returns the result as JSON (the `summarizer summarize --format json` object).

        Args:
            text: the article as plain text (an HTML page is reduced to its article text).
            preset: a preset name from `summarizer models`, or "" for the demo's default.
            length: "short", "medium" or "long".
            full_translation: also translate the whole article, paragraph by paragraph.
            target_language: language of the summary: "en", "fr", "de" or "es".
            title: the article's headline, or "" (it steers the extractive choice).
        """
        return run(text, preset, length, full_translation, target_language, title=title)

    def fetch(url: str, progress: Callable[[str], None] | None = None) -> Any:
        try:
            return pool.fetch(url, progress=progress)
        except (DemoError, SummarizerError) as exc:
            raise _user_error(exc) from None

    def summarize_url(
        url: str,
        preset: str = pool.default_choice,
        length: str = pool.defaults["length"],
        full_translation: bool = full_translation,
        target_language: str = pool.defaults["target_language"],
    ) -> dict:
        """Fetch a news page (or a PDF/Word file) and summarize its article; returns the result as JSON,
        with the page's title, date, author, site and canonical URL in "source".

        Args:
            url: the article's web address (http or https).
            preset: a preset name from `summarizer models`, or "" for the demo's default.
            length: "short", "medium" or "long".
            full_translation: also translate the whole article, paragraph by paragraph.
            target_language: language of the summary: "en", "fr", "de" or "es".
        """
        return run(fetch(url), preset, length, full_translation, target_language)

    def summarize_page(
        text: str,
        headline: str,
        url: str,
        preset: str,
        length: str,
        full: bool,
        target: str,
        progress: gr.Progress = gr.Progress(),
    ) -> tuple:
        steps = 5 if full else 4  # load, translate/summarize stages, the guard
        done = [0]

        def on_stage(stage: str) -> None:
            done[0] += 1
            progress(min(done[0] / (steps + 1), 0.95), desc=STAGES.get(stage, stage))

        source: Any = text
        if isinstance(url, str) and url.strip():  # a web address wins over the text box
            progress(0.0, desc="Fetching the page…")
            source = fetch(url, progress=lambda status: progress(0.05, desc=f"Fetching: {status}…"))
        progress(0.1 if source is not text else 0.0, desc="Cleaning the article…")
        result = run(source, preset, length, full, target, on_stage=on_stage, title=headline)
        target_name = render.language_name(result["target_language"])
        source_name = render.language_name(result["source_language"])
        return (
            gr.Textbox(value=result["summary"], label=f"Summary — {target_name}"),
            render.flags_html(result),
            gr.Textbox(
                value=result["summary_source"] or "",
                label=f"Summary in the source language — {source_name}",
                visible=bool(result["summary_source"]) and result["summary_source"] != result["summary"],
            ),
            render.notes_html(result),
            render.timings_html(result),
            gr.DownloadButton(value=json_files.write(result), visible=True),
            result,
            gr.Column(visible=bool(full)),
            render.paragraphs_html(result) if full else "",
            render.evidence_html(result),
            source.text if source is not text else gr.Textbox(),
        )

    def check_article(text: str, headline: str, url: str, *rest: Any) -> list[Any]:
        """Page-side validation: an empty or oversized article gets its message under the
        article box, and nothing runs (no error badges on the outputs). A web address in the
        URL field stands in for the article (it is fetched and checked when summarizing)."""
        verdict = gr.validate(True, "")
        if not (isinstance(url, str) and url.strip()):
            try:
                pool.check_text(text)
            except DemoError as exc:
                verdict = gr.validate(False, str(exc))
        return [verdict, *(gr.validate(True, "") for _ in (headline, url, *rest))]

    def load_example(name: str | None) -> Any:
        if not name:
            return gr.Textbox()
        try:
            return read_example(name, pool.max_chars)
        except (DemoError, SummarizerError) as exc:
            raise _user_error(exc) from None

    def load_upload(path: str | None) -> Any:
        if not path:
            return gr.Textbox()
        try:
            return read_upload(path, pool.max_chars, folder=upload_dir)
        except (DemoError, SummarizerError) as exc:
            raise _user_error(exc) from None

    with gr.Blocks(title=TITLE, analytics_enabled=False, delete_cache=(3600, 3600)) as demo:
        gr.Markdown(INTRO)
        with gr.Tabs():
            with gr.Tab("Summarize", elem_id="summarize-tab"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=5):
                        headline = gr.Textbox(
                            label="Headline (optional: it steers the faithful summary's choice of sentences)",
                            max_lines=1,
                            max_length=MAX_TITLE_CHARS,
                            elem_id="headline",
                        )
                        article = gr.Textbox(
                            label="Article",
                            lines=14,
                            max_lines=22,
                            autoscroll=False,
                            placeholder="Paste a news article here (French, or another language with a translation route)…",
                            elem_id="article",
                        )
                        url = gr.Textbox(
                            label="…or a web address (the page is fetched and its article summarized)",
                            placeholder="https://…",
                            max_lines=1,
                            elem_id="url",
                        )
                        with gr.Row(equal_height=True):
                            example = gr.Dropdown(
                                choices=list(EXAMPLES),
                                value=None,
                                label="…or pick an example",
                                elem_id="example",
                                scale=3,
                            )
                            upload = gr.File(
                                label=f"…or upload a file ({', '.join(UPLOAD_SUFFIXES)})",
                                file_types=list(UPLOAD_SUFFIXES),
                                type="filepath",
                                height=140,
                                elem_id="upload",
                                scale=2,
                            )
                        preset = gr.Dropdown(
                            choices=pool.preset_choices(),
                            value=pool.default_choice,
                            label="Models (preset)",
                            info=pool.presets_note,
                            interactive=pool.presets_selectable,
                            elem_id="preset",
                        )
                        with gr.Row():
                            length = gr.Radio(list(LENGTHS), value=pool.defaults["length"], label="Summary length")
                            target = gr.Dropdown(
                                list(pool.target_languages),
                                value=pool.defaults["target_language"],
                                label="Summary language",
                            )
                        full = gr.Checkbox(
                            value=full_translation,
                            label="Also translate the whole article (side by side with the source)",
                        )
                        with gr.Accordion("Presets, models and licenses", open=False):
                            gr.HTML(
                                render.presets_html(
                                    list(pool.presets.values()),
                                    pool.default_choice if pool.presets_selectable else CUSTOM,
                                    custom_models,
                                    pool.custom_label,
                                )
                            )
                            gr.Markdown(
                                "Licenses marked **NON-COMMERCIAL** forbid commercial use of the model's outputs."
                            )
                        with gr.Row():
                            button = gr.Button("Summarize", variant="primary", elem_id="summarize-button", scale=3)
                            clear = gr.ClearButton(value="Clear", scale=1)
                        gr.Markdown(
                            f"Up to {pool.max_chars:,} characters per article. Requests are served one at a time; "
                            "the first one loads the models."
                        )
                    with gr.Column(scale=6):
                        summary = gr.Textbox(
                            label="Summary",
                            lines=4,
                            max_lines=14,
                            interactive=False,
                            buttons=["copy"],
                            elem_id="summary",
                            elem_classes=["sz-summary"],
                        )
                        flags = gr.HTML(elem_id="flags")
                        summary_source = gr.Textbox(
                            label="Summary in the source language",
                            lines=3,
                            max_lines=10,
                            interactive=False,
                            buttons=["copy"],
                            elem_id="summary-source",
                            visible=False,
                        )
                        evidence = gr.HTML(elem_id="evidence")
                        notes = gr.HTML(elem_id="notes")
                        timings = gr.HTML(elem_id="timings")
                        download = gr.DownloadButton("Download the result (JSON)", visible=False, elem_id="download")
                        with gr.Accordion("Result as JSON", open=False):
                            raw = gr.JSON(elem_id="raw")
                with gr.Column(visible=False) as translation_box:
                    gr.Markdown("### Full translation, paragraph by paragraph")
                    translation = gr.HTML(elem_id="translation")
            build_verify_tab(
                load_upload, JsonFiles("summarizer-verify-", "verification")
            )  # no model: outside the model slot

        outputs = [
            summary,
            flags,
            summary_source,
            notes,
            timings,
            download,
            raw,
            translation_box,
            translation,
            evidence,
            article,
        ]
        example.change(load_example, example, article, api_visibility="private", queue=False)
        upload.upload(load_upload, upload, article, api_visibility="private")
        # A new submission takes the previous result's download away first (an empty or refused one
        # brings no new result, and the old file must not pass for its answer); a result brings it back.
        button.click(lambda: gr.DownloadButton(visible=False), None, download, api_visibility="private", queue=False)
        button.click(
            summarize_page,
            [article, headline, url, preset, length, full, target],
            outputs,
            api_visibility="private",
            concurrency_id=CONCURRENCY_ID,
            scroll_to_output=True,
            show_progress_on=[summary],  # one progress indicator, not one per output box
            validator=check_article,
        )
        clear.add(
            [
                article,
                headline,
                url,
                example,
                upload,
                summary,
                flags,
                summary_source,
                notes,
                timings,
                raw,
                translation,
                evidence,
            ]
        )
        gr.api(summarize, api_name="summarize", concurrency_id=CONCURRENCY_ID)
        gr.api(summarize_url, api_name="summarize_url", concurrency_id=CONCURRENCY_ID)

    demo.queue(default_concurrency_limit=1, max_size=queue_size)
    demo.pool = pool  # type: ignore[attr-defined]
    demo.upload_dir = upload_dir  # type: ignore[attr-defined]
    return demo


def launch_app(
    demo: gr.Blocks,
    *,
    host: str = "127.0.0.1",
    port: int = 7860,
    share: bool = False,
    prevent_thread_lock: bool = False,
    quiet: bool = False,
) -> tuple[Any, str, str]:
    """Launch the demo with its theme, CSS, an upload size limit (``max_chars``, or 20 MB for PDF/Word
    files), a request body limit, server-side upload checks and logs that never hold request bodies."""
    from starlette.middleware import Middleware

    pool: SummarizerPool = demo.pool  # type: ignore[attr-defined]
    guard.install_log_filter()
    limits = Middleware(
        guard.RequestGuard,
        max_body=request_limit(pool.max_chars),
        upload_suffixes=UPLOAD_SUFFIXES,
        document_suffixes=DOCUMENT_SUFFIXES,
        max_document_body=DOCUMENT_MAX_BYTES + 64 * 1024,
        upload_dir=demo.upload_dir,
    )
    return demo.launch(
        app_kwargs={"middleware": [limits]},
        server_name=host,
        server_port=port,
        share=share,
        prevent_thread_lock=prevent_thread_lock,
        quiet=quiet,
        max_file_size=max(4 * pool.max_chars, DOCUMENT_MAX_BYTES),
        footer_links=["api"],
        theme=gr.themes.Default(primary_hue="indigo"),
        css=render.CSS,
        head=render.EVIDENCE_JS,
    )
