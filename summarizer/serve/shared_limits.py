"""One rate limit for every replica of a Ray Serve deployment.

Each replica of ``summarizer serve --ray`` is its own process, so a limiter in its memory would give
a key ``N`` requests per period from *each* replica. Instead the command starts one small Ray actor
(no CPU reserved) that keeps the counts with the same :class:`~summarizer.serve.auth.RateLimiter`,
and every replica asks it before serving a request (one actor call, about a millisecond). The actor
belongs to the command: it lives as long as the deployment it started.

If the actor cannot be reached (a node lost, a timeout), a replica counts on its own until it can
be reached again, and logs it: requests keep being served and limited, only per replica.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from summarizer.serve.auth import RateLimited, RateLimiter

ACTOR = "summarizer-rate-limits"
NAMESPACE = "summarizer"
TIMEOUT_S = 5.0  # how long a replica waits for the shared counts before counting on its own

log = logging.getLogger(__name__)


class RateCounts:
    """The shared counts (the actor's class; a plain class, so that Ray stays an optional import)."""

    def __init__(self, rate: str) -> None:
        self.limiter = RateLimiter(rate)

    def hit(self, caller: str) -> int:
        """Count one request of ``caller``: 0 when allowed, else the seconds until it is."""
        try:
            self.limiter.hit(caller)
        except RateLimited as exc:
            return exc.retry_after
        return 0


def start_shared_counts(rate: str) -> Any:
    """Start the actor that keeps ``rate`` for the deployment (a previous deployment's is replaced).

    Returns:
        The actor's handle (keep it: the actor lives as long as its owner holds it or runs).
    """
    import ray

    with contextlib.suppress(ValueError):  # ValueError: none yet
        ray.kill(ray.get_actor(ACTOR, namespace=NAMESPACE))  # the deployment it counted for is replaced too
    actor = ray.remote(num_cpus=0)(RateCounts).options(name=ACTOR, namespace=NAMESPACE)
    return actor.remote(rate)


class SharedRateLimiter:
    """:class:`~summarizer.serve.auth.RateLimiter`'s ``hit``, counted by the deployment's shared actor.

    Args:
        rate: the same rate the actor keeps (used on this replica alone while the actor is unreachable).
    """

    def __init__(self, rate: str) -> None:
        self._local = RateLimiter(rate)
        self._actor: Any = None
        self._alone = False

    def hit(self, caller: str) -> None:
        """Count one request of ``caller`` across the deployment.

        Raises:
            RateLimited: the caller has used up its window (with the seconds to wait).
        """
        import ray

        try:
            if self._actor is None:
                self._actor = ray.get_actor(ACTOR, namespace=NAMESPACE)
            retry_after = ray.get(self._actor.hit.remote(caller), timeout=TIMEOUT_S)
        except Exception as exc:  # any Ray failure: keep serving, limited on this replica
            self._actor = None
            if not self._alone:
                log.warning("shared rate limit unreachable (%s); counting on this replica", type(exc).__name__)
                self._alone = True
            self._local.hit(caller)
            return
        if self._alone:
            log.warning("shared rate limit reachable again")
            self._alone = False
        if retry_after:
            raise RateLimited(retry_after)
