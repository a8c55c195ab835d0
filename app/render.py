"""HTML for the demo's outputs: summaries with unverified figures and names marked (in two
colours, the reason on hover), the guard's list,
the side-by-side translation, notes, details and timings.

Pure functions of a result dict (``Result.to_dict()``); every piece of article or model text
is HTML-escaped here, so nothing a model writes can inject markup into the page.
"""

from __future__ import annotations

from html import escape
from typing import Any

OUTPUT_NAMES = {
    "summary": "summary",
    "summary_source": "source-language summary",
    "translation": "full translation",
}
MAX_LISTED_FLAGS = 25
LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "nl": "Dutch"}

CSS = """
.sz-summary textarea { font-size: 1.15rem !important; line-height: 1.55 !important; }
.sz-card { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 10px 14px;
  background: var(--background-fill-secondary); color: var(--body-text-color); }
.sz-card h4 { margin: 0 0 6px 0; font-size: 0.95rem; }
.sz-card p, .sz-card li { line-height: 1.5; }
.sz-card ul { margin: 4px 0 0 1.1rem; padding: 0; }
.sz-ok { color: var(--body-text-color-subdued); }
mark.sz-flag { background: #fde68a; color: #1f2937; padding: 0 2px; border-radius: 3px;
  border-bottom: 2px solid #d97706; }
mark.sz-name { background: #ddd6fe; color: #1f2937; padding: 0 2px; border-radius: 3px;
  border-bottom: 2px dashed #6d28d9; }
.sz-legend mark { font-size: 0.85em; }
table.sz-aligned { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.sz-aligned th, table.sz-aligned td { border: 1px solid var(--border-color-primary); padding: 6px 8px;
  vertical-align: top; text-align: left; line-height: 1.45; color: var(--body-text-color); overflow-wrap: anywhere; }
table.sz-aligned code { font-size: 0.85em; }
table.sz-aligned th { background: var(--background-fill-secondary); }
table.sz-aligned .sz-n { width: 2.5rem; color: var(--body-text-color-subdued); }
.sz-meta { font-size: 0.9rem; color: var(--body-text-color); }
.sz-meta code { font-size: 0.85rem; }
.sz-card h4 + ul { margin-bottom: 0; }
.sz-card ul + h4 { margin-top: 12px; }
/* The evidence view: summary sentences beside the article they come from. */
.sz-evidence { display: grid; grid-template-columns: minmax(0, 1fr); gap: 12px; }
.sz-evidence h4 { margin: 0 0 6px 0; font-size: 0.95rem; color: var(--body-text-color); }
.sz-ev-summary, .sz-ev-article { border: 1px solid var(--border-color-primary); border-radius: 8px;
  padding: 10px 14px; background: var(--background-fill-secondary); color: var(--body-text-color); }
.sz-ev-help { font-size: 0.85rem; color: var(--body-text-color); opacity: 0.8; margin: 0 0 8px 0; }
ol.sz-sents { margin: 0; padding-left: 1.4rem; }
.sz-sent { padding: 6px 8px; margin: 0 0 6px 0; border-radius: 6px; cursor: pointer; line-height: 1.5;
  border: 1px solid transparent; }
.sz-sent:hover, .sz-sent:focus, .sz-sent.sz-active { border-color: var(--color-accent); outline: none;
  background: var(--background-fill-primary); }
.sz-sent-src { display: block; font-size: 0.85rem; color: var(--body-text-color-subdued); margin-top: 2px; }
.sz-refs { font-size: 0.8rem; color: var(--color-accent); font-weight: 600; white-space: nowrap; }
.sz-unsupported .sz-sent-text { text-decoration: underline wavy #d97706; text-underline-offset: 3px; }
.sz-badge-warn { font-size: 0.78rem; background: #fde68a; color: #1f2937; border-radius: 4px; padding: 0 5px;
  white-space: nowrap; }
.sz-ev-article { position: relative; max-height: 460px; overflow-y: auto; line-height: 1.55; padding-top: 0; }
.sz-ev-article h4 { position: sticky; top: 0; z-index: 1; margin: 0 -14px 6px -14px; padding: 10px 14px 6px 14px;
  background: var(--background-fill-secondary); border-bottom: 1px solid var(--border-color-primary); }
/* Empty output cards take no room (no gap under the summary before the first result). */
#flags:has(.prose:empty), #evidence:has(.prose:empty), #notes:has(.prose:empty), #timings:has(.prose:empty) {
  display: none; }
.sz-ev-article p { margin: 0 0 10px 0; }
.sz-asent { border-radius: 3px; transition: background-color 0.2s; }
.sz-asent sup.sz-n { font-size: 0.7rem; color: var(--color-accent); font-weight: 600; margin-right: 2px; }
.sz-ev-article .sz-asent.sz-hit { background: #c7d2fe; color: #1e1b4b !important; box-shadow: 0 0 0 2px #c7d2fe; }
.sz-ev-article .sz-asent.sz-hit sup.sz-n { color: #1e1b4b !important; }
@media (max-width: 760px) { .sz-ev-article { max-height: 60vh; } }
/* The upload box's label floats over its top edge: keep the drop zone's icon and text below it. */
#upload .upload-container { padding-top: 2.4rem; }
/* Messages (errors, warnings) slide in at the bottom, not over the page's top, where the summary is
   after the page scrolls to it; on a phone they span the width. (Outside @media: Gradio keeps a plain
   rule as written, so it reaches the message layer, which lies outside the page's container.) */
.toast-wrap { top: auto !important; bottom: 12px !important; }
"""


def language_name(code: str | None) -> str:
    """'fr' -> 'French (fr)'; unknown codes are shown as they are."""
    if not code:
        return "unknown"
    name = LANGUAGE_NAMES.get(code)
    return f"{name} ({code})" if name else code


def _spans(text: str, flags: list[dict[str, Any]], output: str, base: int = 0) -> list[tuple[int, int, dict]]:
    """Non-overlapping (start, end, flag) spans of ``flags`` for ``output`` within ``text``,
    whose offsets in the full output start at ``base``."""
    spans = []
    for flag in flags:
        if flag.get("output") != output:
            continue
        start, end = int(flag.get("start", -1)) - base, int(flag.get("end", -1)) - base
        figure = str(flag.get("text", ""))
        if not (0 <= start < end <= len(text)) or text[start:end] != figure:
            continue  # not in this piece (or offsets do not match): listed, not marked
        spans.append((start, end, flag))
    spans.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int, dict]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _mark_class(flag: dict[str, Any]) -> str:
    """Figures and names are marked in two colours."""
    return "sz-name" if flag.get("category") == "entity" else "sz-flag"


def highlight(text: str | None, flags: list[dict[str, Any]], output: str, base: int = 0) -> str:
    """``text`` as HTML with each flagged figure of ``output`` wrapped in ``<mark>``."""
    if not text:
        return ""
    parts, pos = [], 0
    for start, end, flag in _spans(text, flags, output, base):
        parts.append(escape(text[pos:start]))
        title = escape(str(flag.get("reason", "not supported by the article")), quote=True)
        parts.append(f'<mark class="{_mark_class(flag)}" title="{title}">{escape(text[start:end])}</mark>')
        pos = end
    parts.append(escape(text[pos:]))
    return "".join(parts).replace("\n", "<br>")


def flags_html(result: dict[str, Any]) -> str:
    """The fact-guard card: the summary with unverified figures marked, and the list of flags."""
    flags = result.get("flags") or []
    if "facts" not in (result.get("timings") or {}):
        return '<div class="sz-card sz-ok">Figures were not checked (fact guard off).</div>'
    if not flags:
        checked = "figure and name" if "entities" in (result.get("timings") or {}) else "figure"
        return (
            f'<div class="sz-card sz-ok" id="sz-flags">✓ Every {checked} in the outputs appears in the article.</div>'
        )
    grouped: dict[tuple[str, str, str, str, str], int] = {}
    for flag in flags:
        key = tuple(str(flag.get(k, "")) for k in ("text", "output", "kind", "reason", "category"))
        grouped[key] = grouped.get(key, 0) + 1
    items = []
    for (text, output, kind, reason, category), count in list(grouped.items())[:MAX_LISTED_FLAGS]:
        times = f" ×{count}" if count > 1 else ""
        mark = _mark_class({"category": category})
        items.append(
            f'<li><mark class="{mark}">{escape(text)}</mark>{times} '
            f"<small>({escape(OUTPUT_NAMES.get(output, output))}, {escape(kind)})</small>: {escape(reason)}</li>"
        )
    if len(grouped) > MAX_LISTED_FLAGS:
        items.append(f"<li>… and {len(grouped) - MAX_LISTED_FLAGS} more (all are in the JSON result)</li>")
    marked = highlight(result.get("summary"), flags, "summary")
    body = f"<p>{marked}</p>" if marked and any(f.get("output") == "summary" for f in flags) else ""
    names = sum(f.get("category") == "entity" for f in flags)
    figures = len(flags) - names
    counts = " and ".join(
        part for part in (f"{figures} figure(s)" if figures else "", f"{names} name(s)" if names else "") if part
    )
    legend = (
        '<p class="sz-legend"><mark class="sz-flag">figure</mark> <mark class="sz-name">name</mark> '
        "<small>hover a mark for the reason</small></p>"
    )
    return (
        f'<div class="sz-card" id="sz-flags"><h4>⚠ {counts} to check: not supported by the article'
        f"</h4>{legend}{body}<ul>{''.join(items)}</ul></div>"
    )


def paragraphs_html(result: dict[str, Any]) -> str:
    """The full translation as a two-column table aligned paragraph by paragraph with the source."""
    pairs = result.get("paragraphs") or []
    if not pairs:
        return '<div class="sz-card sz-ok">No full translation (the article is already in the target language).</div>'
    flags = result.get("flags") or []
    # Offsets of translation flags refer to the joined translation ("\n\n" between non-empty paragraphs).
    rows, base = [], 0
    for n, pair in enumerate(pairs, 1):
        source, translation = pair.get("source", ""), pair.get("translation", "")
        marked = highlight(translation, flags, "translation", base) if translation else "<em>(not translated)</em>"
        if translation:
            base += len(translation) + 2
        rows.append(f'<tr><td class="sz-n">{n}</td><td>{escape(source)}</td><td>{marked}</td></tr>')
    src = escape(language_name(result.get("source_language")))
    tgt = escape(language_name(result.get("target_language")))
    return (
        f'<table class="sz-aligned" id="sz-translation"><thead><tr><th class="sz-n">¶</th><th>Source — {src}</th>'
        f"<th>Translation — {tgt}</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def notes_html(result: dict[str, Any]) -> str:
    """Detected language, strategy, models, chunks and warnings."""
    models = "".join(
        f"<li>{escape(role)}: <code>{escape(str(model))}</code></li>"
        for role, model in (result.get("models") or {}).items()
    )
    facts = [
        f"<li>Detected language: <b>{escape(language_name(result.get('source_language')))}</b> → summary in "
        f"<b>{escape(language_name(result.get('target_language')))}</b></li>",
        f"<li>Strategy: <code>{escape(str(result.get('strategy', '')))}</code></li>",
    ]
    if (result.get("chunks") or 1) > 1:
        facts.append(f"<li>Summarized in {int(result['chunks'])} chunks and combined (long article)</li>")
    source = result.get("source") or {}
    if source:
        described = ", ".join(
            escape(str(source[key])) for key in ("title", "site_name", "author", "date") if source.get(key)
        )
        link = source.get("canonical_url") or source.get("url") or ""
        if link.startswith(("http://", "https://")):
            described += (
                f' — <a href="{escape(link)}" rel="noopener noreferrer nofollow" target="_blank">{escape(link)}</a>'
            )
        facts.insert(0, f"<li>Source ({escape(str(source.get('kind') or ''))}): {described or 'no metadata'}</li>")
    warnings = "".join(f"<li>{escape(str(w))}</li>" for w in result.get("warnings") or [])
    notes = "".join(f"<li>{escape(str(n))}</li>" for n in result.get("notes") or [])
    out = f'<div class="sz-card sz-meta" id="sz-notes"><h4>Details</h4><ul>{"".join(facts)}{models}</ul>'
    if warnings:
        out += f"<h4>To check</h4><ul>{warnings}</ul>"
    if notes:
        out += f"<h4>Notes</h4><ul>{notes}</ul>"
    return out + "</div>"


def timings_html(result: dict[str, Any]) -> str:
    """Seconds per stage, total last."""
    timings = dict(result.get("timings") or {})
    total = timings.pop("total", None)
    parts = [f"{escape(stage)} {seconds:.2f} s" for stage, seconds in timings.items()]
    if total is not None:
        parts.append(f"<b>total {total:.2f} s</b>")
    return f'<div class="sz-meta" id="sz-timings">Timings: {" · ".join(parts)}</div>'


def presets_html(
    presets: list[Any], active: str, custom_models: dict[str, str] | None = None, custom_label: str = "custom"
) -> str:
    """A small table of the presets with their models and licenses; NON-COMMERCIAL marked. ``custom_models``
    (role -> model) is what runs instead of a preset, shown first as ``custom_label``."""
    rows = []
    if custom_models is not None:
        models = "<br>".join(f"{escape(r)}: <code>{escape(str(m))}</code>" for r, m in custom_models.items() if m)
        rows.append(
            f"<tr><td><b>{escape(custom_label)}</b> ✔</td><td>{models or '—'} (licenses: see the model cards)</td></tr>"
        )
    for info in presets:
        name = f"<b>{escape(info.name)}</b>" + (" ✔" if info.name == active else "")
        models = "<br>".join(
            f"{escape(role)}: <code>{escape(model)}</code> — "
            + (f"<b>{escape(lic)}</b>" if "NON-COMMERCIAL" in lic else escape(lic))
            for role, model, lic in info.models
        )
        rows.append(f"<tr><td>{name}<br><small>{escape(info.strategy)}</small></td><td>{models}</td></tr>")
    return (
        '<table class="sz-aligned" id="sz-presets"><colgroup><col style="width: 28%"><col></colgroup>'
        "<thead><tr><th>preset</th><th>models and licenses</th></tr>"
        f"</thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _article_html(article: str, supports: dict[int, dict[str, Any]]) -> str:
    """The cleaned article, one ``<p>`` per paragraph, each supporting sentence wrapped in a
    numbered ``<span class="sz-asent" data-i=...>`` (offsets from the evidence)."""
    spans = sorted(supports.values(), key=lambda s: int(s["start"]))
    paragraphs, pos, para_start = [], 0, 0
    for para in article.split("\n\n"):
        para_end = para_start + len(para)
        parts, pos = [], para_start
        for span in spans:
            start, end = int(span["start"]), int(span["end"])
            if not (para_start <= start < end <= para_end) or start < pos or article[start:end] != span["text"]:
                continue
            parts.append(escape(article[pos:start]))
            number = int(span["index"]) + 1
            parts.append(
                f'<span class="sz-asent" data-i="{int(span["index"])}" id="sz-a-{int(span["index"])}">'
                f'<sup class="sz-n">{number}</sup>{escape(article[start:end])}</span>'
            )
            pos = end
        parts.append(escape(article[pos:para_end]))
        paragraphs.append(f"<p>{''.join(parts)}</p>")
        para_start = para_end + 2
    return "".join(paragraphs)


def evidence_html(result: dict[str, Any]) -> str:
    """The evidence view: the summary sentence by sentence, each with the numbers of the article
    sentences that support it (or marked unsupported), beside the cleaned article in which those
    sentences are numbered. Hovering, focusing or clicking a summary sentence highlights and scrolls
    to its supports (the script is :data:`EVIDENCE_JS`)."""
    evidence = result.get("evidence") or []
    article = result.get("article") or ""
    if not evidence or not article:
        return ""
    supports: dict[int, dict[str, Any]] = {}
    items = []
    for n, entry in enumerate(evidence, 1):
        for support in entry.get("supports") or []:
            supports.setdefault(int(support["index"]), support)
        indices = [int(s["index"]) for s in entry.get("supports") or []]
        shown = entry.get("translation") or entry.get("sentence") or ""
        source = (
            f'<span class="sz-sent-src" lang="{escape(str(result.get("source_language") or ""), quote=True)}">'
            f"{escape(entry['sentence'])}</span>"
            if entry.get("translation")
            else ""
        )
        if entry.get("unsupported"):
            badge = (
                '<span class="sz-badge sz-badge-warn" title="No article sentence shares most of its words: check it against the article">'
                "⚠ not found in the article</span>"
            )
        elif indices:
            badge = f'<span class="sz-refs">[{",".join(str(i + 1) for i in indices)}]</span>'
        else:
            badge = ""
        classes = "sz-sent sz-unsupported" if entry.get("unsupported") else "sz-sent"
        items.append(
            f'<li class="{classes}" tabindex="0" data-n="{n}" data-supports="{" ".join(map(str, indices))}">'
            f'<span class="sz-sent-text">{escape(shown)}</span> {badge}{source}</li>'
        )
    unsupported = sum(bool(e.get("unsupported")) for e in evidence)
    summary_line = (
        f"{unsupported} of {len(evidence)} sentence(s) not found in the article: check them."
        if unsupported
        else "Every sentence is supported by the article."
    )
    return (
        '<div class="sz-evidence" id="sz-evidence">'
        '<div class="sz-ev-summary"><h4>Where each sentence comes from</h4>'
        f'<p class="sz-ev-help">Hover or tap a sentence to highlight its sources in the article below; '
        f"[n] is the article's sentence n. {summary_line}</p>"
        f'<ol class="sz-sents">{"".join(items)}</ol></div>'
        '<div class="sz-ev-article" id="sz-ev-article" tabindex="0" aria-label="The article, cleaned">'
        f"<h4>The article (cleaned)</h4>{_article_html(article, supports)}</div></div>"
    )


# Delegated listeners (the evidence card is replaced on every result): highlight the supports of
# the hovered, focused or clicked summary sentence and scroll the article pane to the first one.
EVIDENCE_JS = """
<script>
(() => {
  function show(sentence, reveal) {
    const box = sentence.closest('.sz-evidence');
    if (!box) return;
    box.querySelectorAll('.sz-hit').forEach((el) => el.classList.remove('sz-hit'));
    box.querySelectorAll('.sz-sent.sz-active').forEach((el) => el.classList.remove('sz-active'));
    sentence.classList.add('sz-active');
    const pane = box.querySelector('.sz-ev-article');
    let first = null;
    for (const i of (sentence.dataset.supports || '').split(' ').filter(Boolean)) {
      const target = box.querySelector('.sz-asent[data-i="' + i + '"]');
      if (target) { target.classList.add('sz-hit'); first = first || target; }
    }
    if (first && pane) {
      const head = pane.querySelector('h4');
      const offset = (head ? head.offsetHeight : 0) + 12;  // keep it clear of the sticky heading
      pane.scrollTo({ top: Math.max(0, first.offsetTop - offset), behavior: 'smooth' });
      if (reveal) pane.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }
  const pick = (event) => event.target.closest && event.target.closest('.sz-sent');
  document.addEventListener('mouseover', (e) => { const s = pick(e); if (s) show(s, false); });
  document.addEventListener('focusin', (e) => { const s = pick(e); if (s) show(s, false); });
  document.addEventListener('click', (e) => { const s = pick(e); if (s) show(s, true); });
})();
</script>
"""
