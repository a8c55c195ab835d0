"""API keys (``Authorization: Bearer KEY``) and per-key rate limits.

Keys are held only as SHA-256 digests and compared in constant time
(:func:`hmac.compare_digest` against every stored digest, so the time taken says nothing about
which key nearly matched). Neither a key nor its digest is ever logged or sent back; the rate
limiter is keyed by the digest (or by the client address when the server asks for no key).
Rate limits use the :mod:`limits` library's moving window, kept in memory.
"""

from __future__ import annotations

import hmac
import math
import time
from dataclasses import dataclass

from summarizer.serve.settings import hash_key

BEARER = "bearer"


class AuthError(Exception):
    """A missing or wrong API key (answered 401)."""


class RateLimited(Exception):
    """Too many requests for one key (answered 429).

    Attributes:
        retry_after: whole seconds until the next request is allowed.
    """

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"rate limit exceeded: retry in {retry_after} s")
        self.retry_after = retry_after


@dataclass(frozen=True)
class KeyRing:
    """The accepted keys, as SHA-256 digests."""

    hashes: tuple[str, ...] = ()

    def identify(self, authorization: str | None) -> str:
        """The digest of the key in an ``Authorization`` header.

        Raises:
            AuthError: no ``Bearer`` key, or a key not in the ring.
        """
        scheme, _, key = (authorization or "").strip().partition(" ")
        key = key.strip()
        if scheme.lower() != BEARER or not key:
            raise AuthError("send the API key as `Authorization: Bearer KEY`")
        digest = hash_key(key)
        found = False
        for stored in self.hashes:  # no early exit: every digest is compared
            found |= hmac.compare_digest(digest, stored)
        if not found:
            raise AuthError("unknown API key")
        return digest


class RateLimiter:
    """``N`` requests per period and per caller (a moving window, in this process's memory).

    Args:
        rate: a :mod:`limits` rate such as ``"60/minute"``.
    """

    def __init__(self, rate: str) -> None:
        from limits import parse
        from limits.storage import MemoryStorage
        from limits.strategies import MovingWindowRateLimiter

        self.item = parse(rate)
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def hit(self, caller: str) -> None:
        """Count one request of ``caller``.

        Raises:
            RateLimited: the caller has used up its window (with the seconds to wait).
        """
        if self._limiter.hit(self.item, caller):
            return
        reset, _ = self._limiter.get_window_stats(self.item, caller)
        raise RateLimited(max(1, math.ceil(reset - time.time())))
