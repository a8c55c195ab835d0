"""The request body limit, as a plain ASGI middleware (answered 413 before any parsing).

The reading itself (:mod:`summarizer.asgi`) is shared with the demo's request guard.
"""

from __future__ import annotations

import json
from typing import Any

from summarizer.asgi import BodyTooLarge, ClientGone, declared_over, read_body, replay

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
        if declared_over(dict(scope.get("headers") or []), self.max_bytes):
            await self._refuse(send)
            return
        try:
            body = await read_body(receive, self.max_bytes)
        except ClientGone:
            return
        except BodyTooLarge:
            await self._refuse(send)
            return
        await self.app(scope, replay(body, receive), send)

    async def _refuse(self, send: Any) -> None:
        payload = json.dumps(
            {"error": "payload_too_large", "message": f"the request body is larger than {self.max_bytes:,} bytes"}
        ).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
        await send({"type": "http.response.start", "status": 413, "headers": [*headers, (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": payload})
