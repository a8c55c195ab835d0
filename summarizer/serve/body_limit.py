"""The request body limit, as a plain ASGI middleware (answered 413 before any parsing).

A ``Content-Length`` above the limit is refused at once; a body sent without one (chunked) is
read up to the limit and refused as soon as it goes past it, so no request can make the server
buffer more than the limit.
"""

from __future__ import annotations

import json
from typing import Any

Scope = dict[str, Any]


class BodyLimit:
    """Refuse request bodies larger than ``max_bytes`` with 413 and a JSON error.

    Args:
        app: the ASGI application to protect.
        max_bytes: the largest body accepted.
    """

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(send)
            return
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            more = message.get("more_body", False)
            if size > self.max_bytes:
                await self._drain(receive, more)
                await self._refuse(send)
                return
            chunks.append(chunk)
        body, sent = b"".join(chunks), False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _drain(self, receive: Any, more: bool) -> None:
        """Read and drop a bounded rest of the body, so a client still sending gets the answer, not a reset."""
        dropped = 0
        while more and dropped <= self.max_bytes:
            message = await receive()
            dropped += len(message.get("body", b""))
            more = message.get("more_body", False) and message["type"] == "http.request"

    async def _refuse(self, send: Any) -> None:
        payload = json.dumps(
            {"error": "payload_too_large", "message": f"the request body is larger than {self.max_bytes:,} bytes"}
        ).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
        await send({"type": "http.response.start", "status": 413, "headers": [*headers, (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": payload})
