"""The same HTTP application on Ray Serve: one model copy per replica, replicas spread over a
Ray cluster (a local one by default), requests batched within each replica as on one machine.
A rate limit is counted once for the whole deployment (:mod:`summarizer.serve.shared_limits`).

The application is built on each replica from the server's settings (a builder given to
``serve.ingress``), so models load where they run and nothing heavy travels from the driver.
"""

from __future__ import annotations

import os
from typing import Any

from summarizer.errors import UsageError
from summarizer.serve.app import create_app
from summarizer.serve.settings import ServeSettings

DEPLOYMENT = "summarizer"
_OWNED: list[Any] = []  # actors this process started for its deployment (held so that they live)


class SummarizerReplica:
    """One replica of the Ray Serve deployment (its routes come from :func:`create_app`)."""


def deployment_options(
    replicas: int | None, min_replicas: int | None, max_replicas: int | None, cpus: float
) -> dict[str, Any]:
    """``serve.deployment`` options: a fixed number of replicas, or autoscaling bounds.

    Raises:
        UsageError: both a fixed count and bounds, or bounds out of order.
    """
    options: dict[str, Any] = {"name": DEPLOYMENT, "ray_actor_options": {"num_cpus": cpus}}
    if min_replicas is None and max_replicas is None:
        options["num_replicas"] = replicas or 1
        return options
    if replicas is not None:
        raise UsageError("give --replicas N or --min-replicas/--max-replicas, not both")
    low, high = min_replicas or 1, max_replicas or max(min_replicas or 1, 1)
    if low < 0 or high < 1 or low > high:
        raise UsageError("--min-replicas must be at most --max-replicas (and --max-replicas at least 1)")
    options["autoscaling_config"] = {"min_replicas": low, "max_replicas": high}
    return options


def build_application(settings: ServeSettings, options: dict[str, Any]) -> Any:
    """The Ray Serve application (``Deployment.bind()``) serving ``create_app(settings)``."""
    from ray import serve

    def build() -> Any:  # a plain function: Ray Serve calls it on each replica to build the app there
        from summarizer.serve.shared_limits import SharedRateLimiter

        return create_app(settings, limiter=SharedRateLimiter(settings.rate_limit) if settings.rate_limit else None)

    ingress = serve.ingress(build)(SummarizerReplica)
    return serve.deployment(ingress, **options).bind()


def run_on_ray(settings: ServeSettings, options: dict[str, Any], *, address: str | None, blocking: bool = True) -> Any:
    """Start (or join) Ray, start Serve's HTTP proxy on ``settings.host:settings.port`` and deploy.

    Args:
        settings: the server's settings.
        options: from :func:`deployment_options`.
        address: a Ray cluster to join (``auto``, ``ray://host:10001``); None starts a local instance.
        blocking: wait (logging Serve's status) until interrupted.

    Returns:
        The deployment's handle (when not blocking).

    Raises:
        UsageError: Ray Serve is not installed.
    """
    try:
        import ray
        from ray import serve
    except ImportError:
        raise UsageError("Ray Serve is not installed: pip install 'fr-news-summarizer[ray]'") from None
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
    serve.start(http_options={"host": settings.host, "port": settings.port})
    if settings.rate_limit:  # one count for all the replicas; the actor lives as long as this process
        from summarizer.serve.shared_limits import start_shared_counts

        _OWNED.append(start_shared_counts(settings.rate_limit))
    return serve.run(build_application(settings, options), name=DEPLOYMENT, route_prefix="/", blocking=blocking)
