"""``summarizer serve``: the HTTP API for integrators.

One module per job: :mod:`~summarizer.serve.settings` (what the server allows),
:mod:`~summarizer.serve.auth` (API keys and per-key rate limits), :mod:`~summarizer.serve.body_limit`
(request body size), :mod:`~summarizer.serve.metrics` (Prometheus), :mod:`~summarizer.serve.batcher`
(requests arriving together become one pooled model call), :mod:`~summarizer.serve.service`
(the models and the work; model names, never server paths, come from :mod:`summarizer.public`), :mod:`~summarizer.serve.schemas` (typed requests and answers),
:mod:`~summarizer.serve.app` (the FastAPI routes) and :mod:`~summarizer.serve.ray_app` (the same
application on Ray Serve). FastAPI, uvicorn and prometheus_client come with the ``serve`` extra.
"""

from __future__ import annotations

from summarizer.serve.settings import ServeSettings

__all__ = ["ServeSettings"]
