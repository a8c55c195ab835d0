"""The FastAPI application: routes, the error answers, and the order of the middlewares.

``create_app(settings)`` builds a complete server (models load in the background at start);
``uvicorn`` or Ray Serve runs it. Every error answer is JSON ``{"error", "message", "field"}``:
no traceback or server path reaches a client (unexpected failures are logged, and answered
with a generic 500).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from summarizer import Result, __version__
from summarizer.errors import (
    InputError,
    ModelNotAvailableError,
    OptionError,
    SourceError,
    SummarizerError,
    UnsupportedLanguageError,
    one_line,
)
from summarizer.serve.auth import AuthError, KeyRing, RateLimited, RateLimiter
from summarizer.serve.batcher import QueueFull
from summarizer.serve.body_limit import BodyLimit
from summarizer.serve.metrics import Metrics, MetricsMiddleware
from summarizer.serve.schemas import (
    ErrorResponse,
    Health,
    Readiness,
    SummarizeRequest,
    TranslateRequest,
    TranslateResponse,
    VerifyRequest,
)
from summarizer.serve.service import SummaryService
from summarizer.serve.settings import ServeSettings
from summarizer.sources.article import with_title

log = logging.getLogger("summarizer.serve")

SUMMARIZE, TRANSLATE, VERIFY = "/v1/summarize", "/v1/translate", "/v1/verify"
ENDPOINTS = frozenset({SUMMARIZE, TRANSLATE, VERIFY, "/health", "/ready", "/metrics", "/openapi.json", "/docs"})
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": what}
    for status, what in {
        401: "missing or unknown API key",
        413: "request body too large",
        422: "invalid request (the field is named)",
        429: "rate limit exceeded (see Retry-After)",
        503: "the server is busy (see Retry-After)",
    }.items()
}


class ApiError(Exception):
    """An error answer: HTTP status, short code, one-line message, the field at fault, extra headers."""

    def __init__(
        self, status: int, code: str, message: str, field: str | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field, self.headers = status, code, message, field, headers


def _answer(error: ApiError, details: list[dict[str, Any]] | None = None) -> JSONResponse:
    body = ErrorResponse(error=error.code, message=error.message, field=error.field, details=details)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=error.status, headers=error.headers)


def pipeline_error(exc: SummarizerError, field: str, public: Callable[[str], str] = str) -> ApiError:
    """The answer for an article the pipeline refused or failed on (``field``: the input's name)."""
    if isinstance(exc, SourceError):
        return ApiError(422, "source_error", public(one_line(exc, 300)), "url")
    if isinstance(exc, InputError):
        return ApiError(422, "input_error", public(one_line(exc, 300)), field)
    if isinstance(exc, UnsupportedLanguageError):
        return ApiError(422, "unsupported_language", public(one_line(exc, 300)), field)
    if isinstance(exc, OptionError):
        return ApiError(422, "option_error", public(one_line(exc, 300)))
    if isinstance(exc, ModelNotAvailableError):
        log.error("model not available: %s", exc)
        return ApiError(503, "model_unavailable", "the server's models are not available; see the server log")
    log.error("pipeline failed: %s", exc)
    return ApiError(500, "generation_error", "the models failed on this input; see the server log")


def _validation_answer(exc: RequestValidationError) -> JSONResponse:
    details = []
    for err in exc.errors():
        location = [str(part) for part in err.get("loc", ()) if part != "body"]
        if err.get("type") == "json_invalid":  # its location is a character offset, not a field
            location = []
        details.append({"field": ".".join(location) or None, "message": err.get("msg", "invalid")})
    first = details[0] if details else {"field": None, "message": "invalid request"}
    message = f"{first['field']}: {first['message']}" if first["field"] else str(first["message"])
    return _answer(ApiError(422, "validation_error", message, first["field"]), details)


def _one_input(text: str | None, url: str | None) -> None:
    if (text is None) == (url is None):
        raise ApiError(422, "validation_error", "give the article as `text` or as `url` (one of them)", "text")


def create_app(settings: ServeSettings, service: SummaryService | None = None, limiter: Any = None) -> Any:
    """The HTTP application of ``settings`` (an ASGI app: FastAPI wrapped in its metrics and body-limit middlewares).

    Args:
        settings: what the server loads and allows.
        service: the models and batcher (default: built from ``settings``).
        limiter: what counts ``settings.rate_limit`` (anything with RateLimiter's ``hit``; default: a
            :class:`~summarizer.serve.auth.RateLimiter` in this process's memory).
    """
    metrics = service.metrics if service is not None else Metrics()
    service = service or SummaryService(settings, metrics)
    keys = KeyRing(settings.key_hashes)
    if limiter is None and settings.rate_limit:
        limiter = RateLimiter(settings.rate_limit)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        service.start()
        yield
        service.stop()

    app = FastAPI(
        title="summarizer",
        version=__version__,
        description="Summaries, translations and checks of news articles, on this server's own models.",
        lifespan=lifespan,
    )
    app.state.service = service

    def caller(request: Request, authorization: Annotated[str | None, Header()] = None) -> str:
        """Who is calling (key digest, or client address without keys); enforces the key and the rate limit."""
        if keys.hashes:
            try:
                who = keys.identify(authorization)
            except AuthError as exc:
                raise ApiError(401, "unauthorized", str(exc), headers={"WWW-Authenticate": "Bearer"}) from None
        else:
            who = request.client.host if request.client else "unknown"
        if limiter is not None:
            try:
                limiter.hit(who)
            except RateLimited as exc:
                raise ApiError(429, "rate_limited", str(exc), headers={"Retry-After": str(exc.retry_after)}) from None
        return who

    guarded = [Depends(caller)]

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _answer(exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return _validation_answer(exc)

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return _answer(ApiError(exc.status_code, code, str(exc.detail), headers=exc.headers))

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return _answer(ApiError(500, "internal_error", "internal error; see the server log"))

    async def queued(call: Any) -> Any:
        try:
            return await call
        except QueueFull as exc:
            raise ApiError(503, "busy", str(exc), headers={"Retry-After": str(exc.retry_after)}) from None

    async def article_of(text: str | None, url: str | None) -> Any:
        _one_input(text, url)
        try:
            if url is not None:
                return await run_in_threadpool(service.fetch, url)
            return await run_in_threadpool(service.read_text, text or "")
        except SummarizerError as exc:
            raise pipeline_error(exc, "text", service.public) from None

    @app.post(SUMMARIZE, response_model=Result, responses=ERRORS, dependencies=guarded, summary="Summarize one article")
    async def summarize(request: SummarizeRequest) -> JSONResponse:
        """The JSON of ``summarizer summarize --format json`` for the article."""
        try:
            options = service.call_options(
                length=request.length,
                source_language=request.source_language,
                target_language=request.target_language,
                full_translation=request.full_translation,
                check_facts=request.fact_check,
                check_entities=request.entity_check,
            )
            service.summarizer(request.strategy)
        except OptionError as exc:
            raise ApiError(422, "validation_error", one_line(exc), "strategy") from None
        article = with_title(await article_of(request.text, request.url), request.title)
        outcome = await queued(service.summarize(article, request.strategy, options))
        if isinstance(outcome, SummarizerError):
            raise pipeline_error(outcome, "text", service.public)
        payload = service.public(outcome.to_dict())
        if not request.evidence:
            payload["evidence"], payload["sentence_links"] = [], None
        return JSONResponse(payload)

    @app.post(
        TRANSLATE,
        response_model=TranslateResponse,
        responses=ERRORS,
        dependencies=guarded,
        summary="Translate one text",
    )
    async def translate(request: TranslateRequest) -> TranslateResponse:
        """The text translated sentence by sentence, paragraphs kept (what ``summarizer translate`` prints)."""
        article = await article_of(request.text, request.url)
        text = article if isinstance(article, str) else article.text
        outcome = await queued(service.translate(text, request.source_language, request.target_language))
        if isinstance(outcome, SummarizerError):
            raise pipeline_error(outcome, "text", service.public)
        target = request.target_language or settings.options.target_language
        return TranslateResponse(translation=service.public(outcome), target_language=target)

    @app.post(
        VERIFY,
        responses=ERRORS,
        dependencies=guarded,
        summary="Check a summary or translation against its article",
    )
    async def verify(request: VerifyRequest) -> JSONResponse:
        """The JSON of ``summarizer verify --format json``: each summary sentence, its evidence, and the flags."""
        outcome = await queued(
            service.verify(request.article, request.summary, request.source_language, request.summary_language)
        )
        if isinstance(outcome, SummarizerError):
            raise pipeline_error(outcome, "article", service.public)
        return JSONResponse(service.public(outcome))

    @app.get("/health", response_model=Health, summary="Liveness")
    async def health() -> Health:
        """200 while the process answers."""
        return Health()

    @app.get("/ready", response_model=Readiness, responses={503: {"model": Readiness}}, summary="Models loaded")
    async def ready() -> JSONResponse:
        """200 once the models are loaded, 503 before (or when loading failed, with why)."""
        ok = service.ready.is_set()
        body = Readiness(ready=ok, models=service.loaded_models(), message=service.load_error)
        return JSONResponse(body.model_dump(exclude_none=True), status_code=200 if ok else 503)

    @app.get("/metrics", summary="Prometheus metrics", response_class=Response, dependencies=guarded)
    async def prometheus() -> Response:
        """The server's metrics in the Prometheus text format."""
        return Response(metrics.render(), media_type=metrics.content_type)

    return MetricsMiddleware(BodyLimit(app, settings.max_body_bytes), metrics, ENDPOINTS)
