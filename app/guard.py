"""What keeps the demo server safe from its clients: a request size limit, server-side upload
checks (type, size, rate per client), logs without request bodies, a private upload folder,
and model names instead of server paths in anything a client reads.

Nothing here imports Gradio; ``ui.py`` installs it.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import shutil
import tempfile
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from pathlib import Path
from typing import Any

from summarizer.asgi import BodyTooLarge, ClientGone, declared_over, read_body, replay
from summarizer.public import PathScrubber

log = logging.getLogger("summarizer.app")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

UPLOAD_PATH_SUFFIX = "/gradio_api/upload"
# Uploads one client address may make per minute.
UPLOADS_PER_MINUTE = 30
# Longest log message kept (characters); longer ones are cut, so no request body reaches the log.
LOG_MESSAGE_LIMIT = 1_000


# ---------------------------------------------------------------------- upload folder
_PARENT: list[str | None] = []  # where the first private folder was made (GRADIO_TEMP_DIR then)


def private_upload_dir() -> Path:
    """Make a fresh upload folder (mode 0700) for this server and point Gradio at it.

    Must run before the ``gr.Blocks`` is built (Gradio reads ``GRADIO_TEMP_DIR`` then and at
    launch). The folder is created inside ``GRADIO_TEMP_DIR`` as it was first found, else in
    the system temp folder, and is removed when the process exits.
    """
    if not _PARENT:
        _PARENT.append(os.environ.get("GRADIO_TEMP_DIR") or None)
    parent = _PARENT[0]
    if parent:
        Path(parent).mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="summarizer-demo-uploads-", dir=parent)).resolve()
    os.environ["GRADIO_TEMP_DIR"] = str(folder)
    atexit.register(shutil.rmtree, str(folder), ignore_errors=True)
    return folder


def remove_upload_dir(folder: Path) -> None:
    """Remove a folder made by :func:`private_upload_dir` now (also done at exit)."""
    shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------------- request guard
async def _reply(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


class RequestGuard:
    """ASGI middleware: refuse request bodies over ``max_body`` bytes (whatever Content-Length
    says), and check uploads server-side: every file must have an allowed suffix, and one
    client address may upload at most ``uploads_per_minute`` times a minute.

    Args:
        app: the ASGI app to protect.
        max_body: most bytes in one request body.
        upload_suffixes: allowed file name endings of uploads (lower case, with the dot).
        uploads_per_minute: upload requests allowed per client address per minute.
        document_suffixes: uploads (PDF, Word) that may be larger than ``max_body``...
        max_document_body: ...up to this many bytes (None: no exception to ``max_body``).
        upload_dir: the private upload folder: a call whose JSON names a file anywhere else (a server
            path probe) is refused here with one line, before Gradio sees it.
    """

    def __init__(
        self,
        app: ASGIApp,
        max_body: int,
        upload_suffixes: Iterable[str],
        uploads_per_minute: int = UPLOADS_PER_MINUTE,
        document_suffixes: Iterable[str] = (),
        max_document_body: int | None = None,
        upload_dir: str | Path | None = None,
    ) -> None:
        self.app = app
        self.upload_dir = Path(upload_dir).resolve() if upload_dir else None
        self.max_body = max_body
        self.document_suffixes = tuple(s.lower() for s in document_suffixes)
        self.max_document_body = max(max_body, max_document_body or 0)
        self.suffixes = tuple(s.lower() for s in upload_suffixes)
        self.uploads_per_minute = uploads_per_minute
        self._uploads: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        upload = scope.get("method") == "POST" and scope.get("path", "").endswith(UPLOAD_PATH_SUFFIX)
        limit = self.max_document_body if upload else self.max_body  # a document upload may be larger
        if declared_over(headers, limit):
            await _reply(send, 413, f"request body too large (limit {limit:,} bytes)")
            return
        try:
            body = await read_body(receive, limit)
        except ClientGone:
            return
        except BodyTooLarge:
            await _reply(send, 413, f"request body too large (limit {limit:,} bytes)")
            return
        if upload:
            problem = self._check_upload(scope, headers, body)
            if problem:
                status, text = problem
                await _reply(send, status, text)
                return
        elif self.upload_dir is not None and scope.get("method") == "POST" and b'"path"' in body:
            outside = _foreign_path(body, self.upload_dir)
            if outside:
                client = (scope.get("client") or ("?", 0))[0]
                log.warning("refused a call from %s naming a file outside the upload folder", client)
                await _reply(send, 403, "files must be uploaded first; server paths are not accepted")
                return
        await self.app(scope, replay(body, receive), send)

    def _check_upload(self, scope: Scope, headers: dict[bytes, bytes], body: bytes) -> tuple[int, str] | None:
        client = (scope.get("client") or ("?", 0))[0]
        now = time.monotonic()
        with self._lock:
            recent = self._uploads.setdefault(client, deque())
            while recent and now - recent[0] > 60:
                recent.popleft()
            if len(recent) >= self.uploads_per_minute:
                return 429, f"too many uploads (limit {self.uploads_per_minute} a minute); try again later"
            recent.append(now)
        names = _multipart_file_names(headers.get(b"content-type", b""), body)
        if names is None:
            return 400, "malformed upload"
        if not names:
            return 400, "no file in the upload"
        for name in names:
            if not name.lower().endswith(self.suffixes):
                return 415, f"file type not accepted; upload a {', '.join(self.suffixes)} file"
        documents = bool(self.document_suffixes) and all(
            name.lower().endswith(self.document_suffixes) for name in names
        )
        if len(body) > self.max_body and not documents:
            return 413, f"request body too large (limit {self.max_body:,} bytes)"
        return None


def _foreign_path(body: bytes, folder: Path) -> bool:
    """True when a JSON body names a file (a ``"path"`` of Gradio's file data) outside ``folder``."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return False  # not JSON: Gradio refuses it itself

    def paths(item: Any) -> Iterable[str]:
        if isinstance(item, dict):
            value = item.get("path")
            if isinstance(value, str) and value:
                yield value
            for child in item.values():
                yield from paths(child)
        elif isinstance(item, list):
            for child in item:
                yield from paths(child)

    for path in paths(data):
        if path.startswith(("http://", "https://")):
            return True
        if not Path(path).expanduser().resolve().is_relative_to(folder):
            return True
    return False


def _multipart_file_names(content_type: bytes, body: bytes) -> list[str] | None:
    """File names of the parts of a multipart/form-data body (None when it is not one)."""
    from email.message import Message as MimeHeaders

    mime = MimeHeaders()
    mime["content-type"] = content_type.decode("latin-1")
    boundary = mime.get_param("boundary")
    if mime.get_content_type() != "multipart/form-data" or not isinstance(boundary, str) or not boundary:
        return None
    names: list[str] = []
    for part in body.split(b"--" + boundary.encode("latin-1"))[1:]:
        head, _, _ = part.partition(b"\r\n\r\n")
        for line in head.decode("utf-8", errors="replace").split("\r\n"):
            if line.lower().startswith("content-disposition:"):
                disposition = MimeHeaders()
                disposition["content-disposition"] = line.split(":", 1)[1].strip()
                filename = disposition.get_param("filename", header="content-disposition")
                if filename is not None:
                    names.append(str(filename))
    return names


# ---------------------------------------------------------------------- logs
class TruncateLogs(logging.Filter):
    """Cut every log message (and traceback) to a few hundred characters, so a request body
    can never be copied into the log."""

    def __init__(self, limit: int = LOG_MESSAGE_LIMIT) -> None:
        super().__init__()
        self.limit = limit

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a record whose arguments do not format: keep the template only
            message = str(record.msg)
        if len(message) > self.limit:
            message = message[: self.limit] + f"… [{len(message) - self.limit:,} characters cut]"
        record.msg, record.args = message, ()
        if record.exc_info:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = text if len(text) <= 4 * self.limit else text[-4 * self.limit :]
        return True


_LOGGERS = ("", "uvicorn", "uvicorn.error", "uvicorn.access", "fastapi", "gradio", "httpx", "summarizer")


def install_log_filter() -> TruncateLogs:
    """Attach :class:`TruncateLogs` to the loggers and handlers a web server writes through."""
    log_filter = TruncateLogs()
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if log_filter not in logger.filters:
            logger.addFilter(log_filter)
        for handler in logger.handlers:
            if log_filter not in handler.filters:
                handler.addFilter(log_filter)
    return log_filter


# ---------------------------------------------------------------------- model names
def scrub(value: Any, models: Iterable[str]) -> Any:
    """``value`` (a result dict, a message) with every local model path replaced by its name
    (the same rule as the HTTP API's, :class:`summarizer.public.PathScrubber`)."""
    return PathScrubber(models)(value)
