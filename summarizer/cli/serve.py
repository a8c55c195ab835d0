"""``summarizer serve``: the HTTP API (FastAPI on uvicorn, or on Ray Serve with ``--ray``).

The same model options as ``summarize``; the summary and language options become the defaults
of every request. Without ``--api-keys`` the server only binds a loopback address unless
``--insecure-no-auth`` says otherwise.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any, TextIO

from summarizer.cli.exits import EXIT_OK
from summarizer.cli.fetch_options import add_fetch_options, fetch_options_from_args
from summarizer.cli.options import add_summarizer_options, config_from_args, options_from_args
from summarizer.errors import UsageError


def register(subparsers: Any, models_subparsers: Any = None) -> None:
    """Add the ``serve`` subcommand."""
    from summarizer.serve import settings as defaults

    p = subparsers.add_parser(
        "serve",
        help="serve the HTTP API (summarize, translate, verify; OpenAPI at /docs)",
        description="Serve summaries over HTTP: POST /v1/summarize, /v1/translate, /v1/verify; "
        "GET /health, /ready, /metrics; OpenAPI schema at /openapi.json and docs at /docs.",
    )
    group = p.add_argument_group("server")
    group.add_argument(
        "--host", default=defaults.DEFAULT_HOST, help=f"address to bind (default: {defaults.DEFAULT_HOST})"
    )
    group.add_argument(
        "--port", type=int, default=defaults.DEFAULT_PORT, help=f"port (default: {defaults.DEFAULT_PORT})"
    )
    group.add_argument(
        "--api-keys", metavar="FILE", help="require `Authorization: Bearer KEY`: one key (or its SHA-256) per line"
    )
    group.add_argument(
        "--insecure-no-auth",
        action="store_true",
        help="allow a non-loopback --host without --api-keys (anyone can call)",
    )
    group.add_argument("--rate-limit", metavar="N/min", help="most requests per key (or client address) per minute")
    group.add_argument(
        "--max-body-kb",
        type=int,
        default=defaults.DEFAULT_MAX_BODY_BYTES // 1024,
        metavar="KB",
        help=f"largest request body (default: {defaults.DEFAULT_MAX_BODY_BYTES // 1024})",
    )
    group.add_argument(
        "--queue-size",
        type=int,
        default=defaults.DEFAULT_QUEUE_SIZE,
        metavar="N",
        help=f"most requests waiting for the models; beyond, 503 (default: {defaults.DEFAULT_QUEUE_SIZE})",
    )
    group.add_argument(
        "--max-batch",
        type=int,
        default=defaults.DEFAULT_MAX_BATCH,
        metavar="N",
        help=f"most requests merged into one pipeline call (default: {defaults.DEFAULT_MAX_BATCH})",
    )
    group.add_argument(
        "--batch-wait-ms",
        type=float,
        default=defaults.DEFAULT_BATCH_WAIT_MS,
        metavar="MS",
        help=f"how long a request waits for others to join its batch (default: {defaults.DEFAULT_BATCH_WAIT_MS:g})",
    )
    group.add_argument(
        "--request-strategies",
        default="extractive",
        metavar="LIST",
        help="strategies a request may choose besides the server's (comma-separated; default: extractive)",
    )
    ray = p.add_argument_group("Ray Serve")
    ray.add_argument(
        "--ray", action="store_true", help="deploy on Ray Serve (a local Ray instance unless --ray-address)"
    )
    ray.add_argument("--ray-address", metavar="ADDR", help="Ray cluster to join (auto, ray://HEAD:10001)")
    ray.add_argument("--replicas", type=int, metavar="N", help="replicas, one model copy each (default: 1)")
    ray.add_argument("--min-replicas", type=int, metavar="N", help="autoscaling: fewest replicas")
    ray.add_argument("--max-replicas", type=int, metavar="N", help="autoscaling: most replicas")
    ray.add_argument(
        "--replica-cpus", type=float, default=1.0, metavar="N", help="CPUs reserved per replica (default: 1)"
    )
    add_summarizer_options(p)
    add_fetch_options(p)
    p.set_defaults(handler=cmd_serve)


def settings_from_args(args: argparse.Namespace) -> Any:
    """The :class:`~summarizer.serve.ServeSettings` of parsed options (the exposure check included).

    Raises:
        UsageError: bad limits, an unreadable key file, or a public address without keys.
    """
    from summarizer.config import STRATEGIES
    from summarizer.serve.settings import ServeSettings, check_exposure, parse_rate_limit, read_api_keys

    keys = read_api_keys(args.api_keys) if args.api_keys else ()
    check_exposure(args.host, bool(keys), args.insecure_no_auth)
    strategies = tuple(s.strip() for s in args.request_strategies.split(",") if s.strip())
    unknown = [s for s in strategies if s not in STRATEGIES]
    if unknown:
        raise UsageError(f"--request-strategies: unknown {', '.join(unknown)}; choose from {', '.join(STRATEGIES)}")
    return ServeSettings(
        config=config_from_args(args),
        options=options_from_args(args),
        host=args.host,
        port=args.port,
        key_hashes=keys,
        rate_limit=parse_rate_limit(args.rate_limit) if args.rate_limit else None,
        max_body_bytes=args.max_body_kb * 1024,
        queue_size=args.queue_size,
        max_batch=args.max_batch,
        batch_wait_ms=args.batch_wait_ms,
        strategies=strategies,
        fetch_options=fetch_options_from_args(args),
    )


def cmd_serve(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """``summarizer serve``: run the HTTP API until interrupted."""
    settings = settings_from_args(args)
    try:
        import uvicorn

        from summarizer.serve.app import create_app
    except ImportError as exc:
        raise UsageError(f"the HTTP API needs {exc.name}: pip install 'fr-news-summarizer[serve]'") from None
    if args.ray:
        from summarizer.serve.ray_app import deployment_options, run_on_ray

        options = deployment_options(args.replicas, args.min_replicas, args.max_replicas, args.replica_cpus)
        print(f"summarizer: serving on Ray Serve at http://{settings.host}:{settings.port}", file=sys.stderr)
        run_on_ray(settings, options, address=args.ray_address)
        return EXIT_OK
    try:
        app = create_app(settings)
    except ImportError as exc:
        raise UsageError(f"the HTTP API needs {exc.name}: pip install 'fr-news-summarizer[serve]'") from None
    auth = "API keys required" if settings.auth_required else "no API key asked"
    print(f"summarizer: serving on http://{settings.host}:{settings.port} ({auth}; docs at /docs)", file=sys.stderr)
    level = logging.getLogger("summarizer").getEffectiveLevel()
    uvicorn.run(app, host=settings.host, port=settings.port, log_level=max(level, logging.INFO), access_log=False)
    return EXIT_OK
