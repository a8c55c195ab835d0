"""Prometheus metrics of one server: requests by endpoint and status, latency, batch sizes,
queue depth and model load times (text format at ``GET /metrics``).

Each server owns its own :class:`prometheus_client.CollectorRegistry`, so several servers in
one process (tests, embedding programs) never mix their figures.
"""

from __future__ import annotations

import time
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128)
OTHER = "other"


class Metrics:
    """The server's collectors, in a registry of their own."""

    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "summarizer_requests", "HTTP requests answered", ["endpoint", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "summarizer_request_seconds",
            "Time from request to answer",
            ["endpoint"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.batch_size = Histogram(
            "summarizer_batch_size",
            "Requests merged into one pipeline call",
            buckets=BATCH_BUCKETS,
            registry=self.registry,
        )
        self.queue_depth = Gauge("summarizer_queue_depth", "Requests waiting for the models", registry=self.registry)
        self.model_load = Gauge(
            "summarizer_model_load_seconds", "Seconds taken to load each model", ["model"], registry=self.registry
        )

    def render(self) -> bytes:
        """The Prometheus text exposition of every collector."""
        return generate_latest(self.registry)


class MetricsMiddleware:
    """ASGI middleware counting every HTTP answer by endpoint and status, and timing it.

    Args:
        app: the application.
        metrics: where to count.
        endpoints: the known paths; any other path is counted as ``other`` (bounded label values).
    """

    def __init__(self, app: Any, metrics: Metrics, endpoints: frozenset[str]) -> None:
        self.app = app
        self.metrics = metrics
        self.endpoints = endpoints

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        endpoint = scope.get("path", "") if scope.get("path", "") in self.endpoints else OTHER
        status = 500
        started = time.perf_counter()

        async def sending(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            self.metrics.requests.labels(endpoint, str(status)).inc()
            self.metrics.latency.labels(endpoint).observe(time.perf_counter() - started)
