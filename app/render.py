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
    warnings = "".join(f"<li>{escape(str(w))}</li>" for w in result.get("warnings") or [])
    out = f'<div class="sz-card sz-meta" id="sz-notes"><h4>Details</h4><ul>{"".join(facts)}{models}</ul>'
    if warnings:
        out += f"<h4>Notes</h4><ul>{warnings}</ul>"
    return out + "</div>"


def timings_html(result: dict[str, Any]) -> str:
    """Seconds per stage, total last."""
    timings = dict(result.get("timings") or {})
    total = timings.pop("total", None)
    parts = [f"{escape(stage)} {seconds:.2f} s" for stage, seconds in timings.items()]
    if total is not None:
        parts.append(f"<b>total {total:.2f} s</b>")
    return f'<div class="sz-meta" id="sz-timings">Timings: {" · ".join(parts)}</div>'


def presets_html(presets: list[Any], active: str, custom_models: dict[str, str] | None = None) -> str:
    """A small table of the presets with their models and licenses; NON-COMMERCIAL marked."""
    rows = []
    if custom_models is not None:
        models = "<br>".join(f"{escape(r)}: <code>{escape(str(m))}</code>" for r, m in custom_models.items() if m)
        rows.append(
            f"<tr><td><b>custom (local models)</b> ✔</td><td>{models or '—'} (licenses: see the model cards)</td></tr>"
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
