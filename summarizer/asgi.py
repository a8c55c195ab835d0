"""Reading ASGI request bodies under a size limit: shared by the HTTP API and the demo.

A ``Content-Length`` above the limit is refused at once; a body sent without one (chunked) is
read up to the limit and refused as soon as it goes past it, so no request can make a server
buffer more than the limit.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

Receive = Callable[[], Awaitable[Any]]


class BodyTooLarge(Exception):
    """The request body is larger than the limit (a bounded rest of it has been read and dropped)."""


class ClientGone(Exception):
    """The client went away before its request body was read."""


def declared_over(headers: Mapping[bytes, bytes], limit: int) -> bool:
    """Whether the request's ``Content-Length`` (header names in lower case) is malformed or over ``limit``."""
    declared = headers.get(b"content-length")
    return declared is not None and (not declared.isdigit() or int(declared) > limit)


async def read_body(receive: Receive, limit: int) -> bytes:
    """Read a request body of at most ``limit`` bytes.

    Raises:
        ClientGone: the client went away.
        BodyTooLarge: the body is larger than ``limit``; a bounded rest has then been read and
            dropped, so a client still sending gets the answer, not a reset.
    """
    chunks: list[bytes] = []
    size, more = 0, True
    while more:
        message = await receive()
        if message["type"] != "http.request":  # the client went away
            raise ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        more = message.get("more_body", False)
        if size > limit:
            dropped = 0
            while more and dropped <= limit:
                message = await receive()
                dropped += len(message.get("body", b""))
                more = message.get("more_body", False) and message["type"] == "http.request"
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives the application the body already read, then the client's own messages."""
    sent = False

    async def again() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return again
