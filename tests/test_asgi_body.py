"""The shared request-body reader of the HTTP API and the demo (summarizer.asgi)."""

from __future__ import annotations

import asyncio

import pytest

from summarizer.asgi import BodyTooLarge, ClientGone, declared_over, read_body, replay


def messages(*chunks: bytes, gone: bool = False):
    """A ``receive`` that sends ``chunks`` as one chunked body (or a disconnect after them)."""
    queue = [
        {"type": "http.request", "body": c, "more_body": i < len(chunks) - 1 or gone} for i, c in enumerate(chunks)
    ]
    if gone:
        queue.append({"type": "http.disconnect"})
    taken: list[dict] = []

    async def receive():
        message = queue.pop(0) if queue else {"type": "http.disconnect"}
        taken.append(message)
        return message

    return receive, taken


def test_a_chunked_body_within_the_limit_is_read_whole_and_replayed_once():
    receive, _ = messages(b"ab", b"cd", b"e")
    body = asyncio.run(read_body(receive, 5))
    assert body == b"abcde"
    again = replay(body, receive)
    first, second = asyncio.run(again()), asyncio.run(again())
    assert first == {"type": "http.request", "body": b"abcde", "more_body": False}
    assert second["type"] == "http.disconnect"


def test_a_body_past_the_limit_is_refused_and_a_bounded_rest_drained():
    receive, taken = messages(*[b"x" * 4] * 50)
    with pytest.raises(BodyTooLarge):
        asyncio.run(read_body(receive, 10))
    # it stops after the limit plus at most as much again: never the whole 200 bytes
    assert 10 < sum(len(m.get("body", b"")) for m in taken) <= 2 * 10 + 4 + 4
    assert len(taken) < 50


def test_a_client_that_goes_away_is_told_apart_from_a_large_body():
    receive, _ = messages(b"ab", gone=True)
    with pytest.raises(ClientGone):
        asyncio.run(read_body(receive, 100))


@pytest.mark.parametrize(
    ("header", "over"), [(None, False), (b"10", False), (b"11", True), (b"-1", True), (b"1e3", True)]
)
def test_declared_length_over_the_limit_or_malformed(header, over):
    headers = {} if header is None else {b"content-length": header}
    assert declared_over(headers, 10) is over
