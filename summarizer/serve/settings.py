"""What one server allows: address, keys, limits and batching, validated once.

Nothing here imports FastAPI: the command line checks its options (and refuses an open,
key-less server on a public address) before any web library is loaded.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.config import PipelineOptions, SummarizerConfig
from summarizer.errors import UsageError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024  # a 200,000-character article, JSON-escaped, fits
DEFAULT_QUEUE_SIZE = 256
DEFAULT_MAX_BATCH = 32
DEFAULT_BATCH_WAIT_MS = 10.0
_HEX_DIGEST = re.compile(r"^(?:sha256:)?([0-9a-fA-F]{64})$")
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(s|sec|second|m|min|minute|h|hour)\s*$")
_PER = {"s": "second", "sec": "second", "second": "second", "m": "minute", "min": "minute", "minute": "minute"}
_PER.update({"h": "hour", "hour": "hour"})


@dataclass(frozen=True)
class ServeSettings:
    """Everything a server needs besides its models' configuration.

    Attributes:
        config: what the models are (the ``summarize`` model options).
        options: the default per-request options (length, target language, fact check...).
        host: address to bind.
        port: TCP port.
        key_hashes: SHA-256 hex digests of the accepted API keys (empty: no key asked).
        rate_limit: per-key (or per-client address without keys) limit such as ``"60/minute"``; None: none.
        max_body_bytes: largest request body accepted (413 beyond).
        queue_size: most requests waiting for the models (503 beyond).
        max_batch: most requests merged into one pipeline call.
        batch_wait_ms: how long the first request of a batch waits for others to join it.
        strategies: the strategies a request may ask for (the server's own is always allowed).
        fetch_options: limits for ``url`` inputs (a :class:`summarizer.sources.fetch.FetchOptions`;
            None: its defaults, private and loopback addresses refused).
        preload: load the models at start (``/ready`` answers 503 until they are loaded).
    """

    config: SummarizerConfig = field(default_factory=SummarizerConfig)
    options: PipelineOptions = field(default_factory=PipelineOptions)
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    key_hashes: tuple[str, ...] = ()
    rate_limit: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    queue_size: int = DEFAULT_QUEUE_SIZE
    max_batch: int = DEFAULT_MAX_BATCH
    batch_wait_ms: float = DEFAULT_BATCH_WAIT_MS
    strategies: tuple[str, ...] = ("extractive",)
    fetch_options: Any = None
    preload: bool = True

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "queue_size", "max_batch"):
            if getattr(self, name) < 1:
                raise UsageError(f"{name.replace('_', '-')} must be at least 1")
        if self.batch_wait_ms < 0:
            raise UsageError("batch wait must not be negative")
        if not 0 <= self.port <= 65535:
            raise UsageError(f"--port must be between 0 and 65535, not {self.port}")
        if self.rate_limit is not None:
            parse_rate_limit(self.rate_limit)

    @property
    def auth_required(self) -> bool:
        """Whether requests must carry an API key."""
        return bool(self.key_hashes)


def parse_rate_limit(value: str) -> str:
    """``"60/min"`` -> ``"60/minute"`` (the :mod:`limits` notation).

    Raises:
        UsageError: for anything but ``N/s``, ``N/min`` or ``N/hour`` with N at least 1.
    """
    match = _RATE.match(value or "")
    if not match or int(match.group(1)) < 1:
        raise UsageError(f"--rate-limit {value!r}: write N/min (or N/s, N/hour) with N at least 1, e.g. 60/min")
    return f"{int(match.group(1))}/{_PER[match.group(2)]}"


def hash_key(key: str) -> str:
    """The SHA-256 hex digest of an API key (how keys are compared and may be stored)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def read_api_keys(path: str | Path) -> tuple[str, ...]:
    """The SHA-256 digests of the keys in ``path``: one key per line, or its SHA-256 hex digest
    (64 hex digits, optionally ``sha256:`` first); blank lines and ``#`` comments are skipped.

    Raises:
        UsageError: the file cannot be read or holds no key (the keys themselves are never shown).
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"--api-keys {path}: cannot read it ({type(exc).__name__})") from None
    hashes = []
    for line in lines:
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        digest = _HEX_DIGEST.match(entry)
        hashes.append(digest.group(1).lower() if digest else hash_key(entry))
    if not hashes:
        raise UsageError(f"--api-keys {path}: no key in the file (one key or SHA-256 digest per line)")
    return tuple(dict.fromkeys(hashes))


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` keeps the server on this machine (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_exposure(host: str, auth_required: bool, insecure_no_auth: bool) -> None:
    """Refuse a key-less server on an address other machines can reach.

    Raises:
        UsageError: ``host`` is not a loopback address, no ``--api-keys`` are given and
            ``--insecure-no-auth`` was not passed.
    """
    if is_loopback(host) or auth_required or insecure_no_auth:
        return
    raise UsageError(
        f"--host {host} lets other machines reach the server: give --api-keys FILE "
        "(or --insecure-no-auth to serve without keys anyway)"
    )
