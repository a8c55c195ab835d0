"""The typed requests and answers of the HTTP API (pydantic models: validation and the OpenAPI schema).

The summary answer is the project's own :class:`summarizer.Result` dataclass — the schema of
``summarize --format json`` — so the OpenAPI document shows the same fields a user gets from
the command line, the batch output and the demo's download.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from summarizer.config import LENGTHS, STRATEGIES
from summarizer.sources.article import MAX_TITLE_CHARS

Length = Literal[LENGTHS]  # type: ignore[valid-type]
StrategyName = Literal[STRATEGIES]  # type: ignore[valid-type]
LANGUAGE = r"^[a-z]{2,3}$"


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SummarizeRequest(_Request):
    """One article (its ``text`` or its ``url``) and how to summarize it; unset options take the server's defaults."""

    text: str | None = Field(None, description="the article (plain text, Markdown or HTML); or give `url`")
    url: str | None = Field(None, description="an http(s) address to fetch the article from; or give `text`")
    title: str | None = Field(
        None,
        max_length=MAX_TITLE_CHARS,
        description="the article's headline (a page's own is read from it); steers the extractive choice",
    )
    length: Length | None = Field(None, description="summary length")
    source_language: str | None = Field(None, pattern=LANGUAGE, description="force the source language (ISO 639-1)")
    target_language: str | None = Field(None, pattern=LANGUAGE, description="summary language (ISO 639-1)")
    strategy: StrategyName | None = Field(None, description="how models are combined (among those the server offers)")
    full_translation: bool | None = Field(None, description="also translate the whole article")
    fact_check: bool | None = Field(None, description="check figures (and names) against the article")
    entity_check: bool | None = Field(None, description="with fact_check, also check names")
    evidence: bool = Field(
        True, description="include the evidence view (`evidence`, `sentence_links`); false leaves them empty"
    )


class TranslateRequest(_Request):
    """One text (or the article at ``url``) to translate sentence by sentence, paragraphs kept."""

    text: str | None = Field(None, description="the text; or give `url`")
    url: str | None = Field(None, description="an http(s) address to fetch the article from; or give `text`")
    source_language: str | None = Field(None, pattern=LANGUAGE, description="force the source language")
    target_language: str | None = Field(None, pattern=LANGUAGE, description="output language (default: the server's)")


class TranslateResponse(BaseModel):
    """The translation, paragraphs separated by blank lines (what ``summarizer translate`` prints)."""

    translation: str
    target_language: str


class VerifyRequest(_Request):
    """An article and a summary (or translation) of it to check."""

    article: str = Field(..., description="the source article")
    summary: str = Field(..., description="the summary or translation to check against it")
    source_language: str | None = Field(
        None, pattern=LANGUAGE, description="the article's language (default: detected)"
    )
    summary_language: str | None = Field(
        None, pattern=LANGUAGE, description="the summary's language (default: detected)"
    )


class ErrorResponse(BaseModel):
    """Every error answer: a short code, a one-line message, and the request field at fault when there is one."""

    error: str
    message: str
    field: str | None = None
    details: list[dict[str, Any]] | None = None


class Health(BaseModel):
    """Liveness: the process answers."""

    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    """Whether the models are loaded and requests are served at full speed."""

    ready: bool
    models: list[str]
    message: str | None = None
