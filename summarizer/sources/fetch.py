"""HTTP fetching for URLs and feeds, polite and bounded.

One :class:`Fetcher` (an ``httpx.Client``) serves a whole run. Every fetch is bounded: connect
and read timeouts, a total time limit (``timeout``, retries and waits included), a size limit,
at most ``max_redirects`` redirects (each hop checked by the SSRF guard and robots.txt), and a
content-type check before the body is read. 429 and 5xx answers are retried with exponential
backoff, honouring ``Retry-After``. ``robots.txt`` is obeyed (``respect_robots=False`` to opt
out), its ``Crawl-delay`` included. Requests to one host are spaced by ``host_delay`` seconds
and at most ``host_concurrency`` run at once, however many threads share the fetcher.
"""

from __future__ import annotations

import email.utils
import logging
import threading
import time
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from summarizer.errors import BlockedURLError, SourceError
from summarizer.redact import redact_url
from summarizer.sources.kinds import CONTENT_TYPES, article_kind
from summarizer.sources.netguard import OPT_IN, GuardedBackend, check_url, parse_networks
from summarizer.sources.unpack import Budget, accept_encoding, decode_body

log = logging.getLogger("summarizer")

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
ROBOTS_MAX_BYTES = 512 * 1024
# Types servers use when they do not know: the body is sniffed instead.
UNKNOWN_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream", "application/download"})
ARTICLE_KINDS = ("html", "text", "pdf", "docx")

Progress = Callable[[str], None]


def user_agent() -> str:
    """The User-Agent sent with every request: names the project and its version."""
    from summarizer import __version__

    return f"summarizer/{__version__} (French news summarizer; python-httpx; respects robots.txt)"


@dataclass(frozen=True)
class FetchOptions:
    """Limits and manners of fetching.

    Attributes:
        connect_timeout: seconds to open a connection.
        read_timeout: seconds to wait for the next bytes of an answer.
        timeout: total seconds for one URL, redirects, retries and waits included.
        max_bytes: largest body accepted.
        max_redirects: most redirects followed.
        retries: extra attempts after a 429 or 5xx answer or a dropped connection.
        backoff: first wait between attempts in seconds (doubled each time) when the server
            sends no ``Retry-After``.
        max_retry_after: longest ``Retry-After`` honoured (longer: give up at once).
        respect_robots: obey robots.txt.
        allow_private: fetch loopback, private, link-local and multicast addresses too.
        allowed_networks: networks fetched even with the guard on ("10.0.0.5/32"): trusted
            intranet hosts.
        host_delay: seconds between the starts of two requests to the same host.
        host_concurrency: most requests in flight to one host.
        workers: URLs fetched at once in batch (over all hosts).
        private_hint: how the caller allows a refused address, ending the refusal's message
            (the command line names its ``--allow-private-urls`` flag).
    """

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    timeout: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 1.0
    max_retry_after: float = 30.0
    respect_robots: bool = True
    allow_private: bool = False
    allowed_networks: tuple[str, ...] = ()
    host_delay: float = 1.0
    host_concurrency: int = 2
    workers: int = 8
    private_hint: str = OPT_IN

    def __post_init__(self) -> None:
        for name in ("connect_timeout", "read_timeout", "timeout"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")
        if self.max_bytes < 1 or self.max_redirects < 0 or self.retries < 0:
            raise ValueError("max_bytes must be positive, max_redirects and retries not negative")
        if self.host_delay < 0 or self.host_concurrency < 1 or self.workers < 1:
            raise ValueError("host_delay must not be negative, host_concurrency and workers at least 1")
        parse_networks(self.allowed_networks)


@dataclass
class Response:
    """A fetched document.

    Attributes:
        url: the URL asked for.
        final_url: the URL the body came from, after redirects.
        kind: "html", "text", "pdf", "docx" or "feed".
        content_type: the media type the server sent (without parameters).
        charset: the charset parameter of the Content-Type, if any.
        content: the body.
    """

    url: str
    final_url: str
    kind: str
    content_type: str
    charset: str | None
    content: bytes = field(repr=False)


class _HostSlot:
    """Politeness for one host: a concurrency limit and a minimum gap between request starts."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self.semaphore = threading.BoundedSemaphore(concurrency)
        self.delay = delay
        self.lock = threading.Lock()
        self.next_start = 0.0

    def wait_turn(self, deadline: float, url: str) -> None:
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_start)
            if start > deadline:
                raise SourceError(f"{url}: timed out waiting for its turn on a busy host")
            self.next_start = start + self.delay
        if start > now:
            time.sleep(start - now)


def _sniff(content: bytes, url: str) -> str | None:
    head = content[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") and article_kind(urlsplit(url).path) == "docx":
        return "docx"
    lower = head[:512].lower()
    if lower.startswith(b"<?xml") and (b"<rss" in lower or b"<feed" in lower or b"<opml" in lower or b"<rdf" in lower):
        return "feed"
    if lower.startswith((b"<!doctype html", b"<html")) or b"<body" in lower:
        return "html"
    return None


def _kind_of(media_type: str) -> str | None:
    return next((kind for kind, types in CONTENT_TYPES.items() if media_type in types), None)


def retry_after_seconds(value: str | None) -> float | None:
    """A ``Retry-After`` header (seconds or an HTTP date) in seconds from now; None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _reason(status: int) -> str:
    try:
        from http import HTTPStatus

        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


class Fetcher:
    """Fetches URLs within the limits of :class:`FetchOptions`; safe to share between threads.

    Args:
        options: limits and manners (default: :class:`FetchOptions` defaults).
        transport: an httpx transport to use instead of the guarded default (tests, proxies).
    """

    def __init__(self, options: FetchOptions | None = None, *, transport: httpx.BaseTransport | None = None) -> None:
        self.options = options or FetchOptions()
        opts = self.options
        self._allowed = parse_networks(opts.allowed_networks)
        if transport is None:
            transport = httpx.HTTPTransport(retries=0)
            if not opts.allow_private:
                # httpx has no public hook for the connection's address: give its pool a backend that
                # resolves, checks and connects to the checked address (see netguard).
                pool = getattr(transport, "_pool", None)
                if pool is None or not hasattr(pool, "_network_backend"):
                    raise RuntimeError("this httpx version cannot take the SSRF guard; pin httpx<1")
                pool._network_backend = GuardedBackend(self._allowed, opts.private_hint)
        self.client = httpx.Client(
            transport=transport,
            follow_redirects=False,
            timeout=httpx.Timeout(
                connect=opts.connect_timeout, read=opts.read_timeout, write=opts.read_timeout, pool=opts.timeout
            ),
            headers={
                "User-Agent": user_agent(),
                "Accept": "text/html,application/xhtml+xml,application/pdf,application/rss+xml,"
                "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
                "Accept-Language": "fr,en;q=0.8",
                # Only the encodings decoded within the size limit (summarizer.sources.unpack).
                "Accept-Encoding": accept_encoding(),
            },
        )
        self._hosts: dict[str, _HostSlot] = {}
        self._robots: dict[str, RobotFileParser | str | None] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ lifecycle
    def close(self) -> None:
        """Close the connections."""
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ politeness
    def _slot(self, url: str) -> _HostSlot:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = _HostSlot(self.options.host_concurrency, self.options.host_delay)
            return self._hosts[host]

    def _robots_for(self, url: str, deadline: float) -> RobotFileParser | str | None:
        """The parsed robots.txt of the URL's site; a string when the site must be treated as disallowed."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            if origin in self._robots:
                return self._robots[origin]
            origin_lock = self._robots_locks.setdefault(origin, threading.Lock())
        with origin_lock:  # one robots.txt request per site, however many threads ask at once
            with self._lock:
                if origin in self._robots:
                    return self._robots[origin]
            return self._read_robots(url, origin, deadline)

    def _read_robots(self, url: str, origin: str, deadline: float) -> RobotFileParser | str | None:
        robots_url = origin + "/robots.txt"
        parser: RobotFileParser | str | None
        try:
            budget = max(0.1, min(self.options.read_timeout, deadline - time.monotonic()))
            with self.client.stream("GET", robots_url, follow_redirects=True, timeout=budget) as response:
                status = response.status_code
                body = b""
                if status < 400:  # past ROBOTS_MAX_BYTES the rest is ignored (RFC 9309: at least 500 KiB)
                    encoding = response.headers.get("content-encoding", "")
                    limit = Budget(robots_url, ROBOTS_MAX_BYTES)
                    body = decode_body(response.iter_raw(), encoding, limit, truncate=True)
            if status >= 500:
                parser = f"its robots.txt is unavailable ({_reason(status)}), so the site is off limits"
            elif status >= 400:
                parser = None  # no robots.txt: everything allowed (RFC 9309)
            else:
                parser = RobotFileParser(robots_url)
                parser.parse(bytes(body[:ROBOTS_MAX_BYTES]).decode("utf-8", "replace").splitlines())
        except BlockedURLError:
            raise
        except (httpx.HTTPError, SourceError) as exc:
            parser = f"its robots.txt could not be read ({type(exc).__name__}), so the site is off limits"
        with self._lock:
            self._robots[origin] = parser
        if isinstance(parser, RobotFileParser):
            delay = parser.crawl_delay("summarizer")
            if delay:
                slot = self._slot(url)
                slot.delay = max(slot.delay, min(float(delay), 60.0))
        return parser

    def _check_robots(self, url: str, deadline: float) -> None:
        if not self.options.respect_robots:
            return
        robots = self._robots_for(url, deadline)
        if isinstance(robots, str):
            raise SourceError(f"{url}: {robots} (use --ignore-robots to fetch it anyway)")
        if robots is not None and not robots.can_fetch("summarizer", url):
            raise SourceError(
                f"{url}: robots.txt of {urlsplit(url).netloc} disallows it (use --ignore-robots to fetch it anyway)"
            )

    # ------------------------------------------------------------------ fetching
    def get(self, url: str, *, accept: Collection[str] = ARTICLE_KINDS, progress: Progress | None = None) -> Response:
        """Fetch ``url`` and return its body, or raise a :class:`SourceError` saying why not.

        Args:
            url: an http(s) URL.
            accept: the kinds of document wanted ("html", "text", "pdf", "docx", "feed").
            progress: called with short status lines ("connecting to ...", "downloaded 120 kB").

        Raises:
            BlockedURLError: not http(s), or a non-public address without ``allow_private``.
            SourceError: robots.txt disallows it, HTTP error, too many redirects, wrong content
                type, too large, timed out.
        """
        opts = self.options
        # The time limit runs from the first moment this fetch holds one of its host's slots:
        # waiting behind other fetches of a busy host (batch mode) is not this fetch hanging.
        deadline: float | None = None
        current = url.strip()
        seen = {current}
        redirects = 0
        attempt = 0
        while True:
            check_url(current, allow_private=opts.allow_private, allowed=self._allowed, hint=opts.private_hint)
            self._check_robots(current, deadline or time.monotonic() + opts.timeout)
            slot = self._slot(current)
            if progress:
                progress(f"connecting to {urlsplit(current).netloc}")
            with slot.semaphore:
                if deadline is None:
                    deadline = time.monotonic() + opts.timeout
                slot.wait_turn(deadline, url)
                outcome = self._attempt(url, current, accept, deadline, progress)
            if isinstance(outcome, Response):
                return outcome
            kind, value = outcome
            if kind == "redirect":
                redirects += 1
                if value in seen:
                    raise SourceError(f"{url}: redirect loop (back to {value})")
                if redirects > opts.max_redirects:
                    raise SourceError(f"{url}: too many redirects (more than {opts.max_redirects})")
                seen.add(value)
                current = value
                continue
            # kind == "retry": value is (the server's Retry-After or None, why)
            attempt += 1
            wait, why = value
            if wait is None:
                wait = opts.backoff * 2 ** (attempt - 1)
            if attempt > opts.retries:
                raise SourceError(f"{url}: {why} (gave up after {attempt} attempts)")
            if wait > opts.max_retry_after:
                raise SourceError(
                    f"{url}: {why}; the server asks to retry after {wait:.0f}s, more than the {opts.max_retry_after:.0f}s accepted"
                )
            if time.monotonic() + wait > deadline:
                raise SourceError(
                    f"{url}: {why}; retrying after {wait:.1f}s would pass the {opts.timeout:.0f}s time limit"
                )
            if progress:
                progress(f"{why}: retrying in {wait:.1f}s")
            log.info("%s: %s; retrying in %.1fs", redact_url(url), why, wait)
            time.sleep(wait)

    def _attempt(
        self, url: str, current: str, accept: Collection[str], deadline: float, progress: Progress | None
    ) -> Response | tuple[str, object]:
        """One request: a Response, ("redirect", next_url) or ("retry", (wait, why))."""
        opts = self.options
        try:
            with self.client.stream("GET", current) as response:
                status = response.status_code
                if status in (301, 302, 303, 307, 308):
                    location = response.headers.get("location")
                    if not location:
                        raise SourceError(f"{url}: {_reason(status)} without a Location header")
                    return "redirect", urljoin(current, location.strip())
                if status in RETRY_STATUSES:
                    wait = retry_after_seconds(response.headers.get("retry-after"))
                    return "retry", (wait, _reason(status))
                if status >= 400:
                    raise SourceError(f"{url}: {_reason(status)}")
                if status != 200:
                    raise SourceError(f"{url}: unexpected {_reason(status)}")
                media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                charset = response.charset_encoding
                kind = _kind_of(media_type)
                if kind is None and media_type not in UNKNOWN_TYPES:
                    raise SourceError(
                        f"{url}: unsupported content type {media_type} (expected a web page, PDF or Word file)"
                    )
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > opts.max_bytes:
                    raise SourceError(f"{url}: too large ({int(declared):,} bytes; limit {opts.max_bytes:,})")

                def raw_chunks() -> Iterator[bytes]:
                    for chunk in response.iter_raw():
                        if time.monotonic() > deadline:
                            raise SourceError(f"{url}: timed out (download not finished after {opts.timeout:.0f}s)")
                        yield chunk

                # The limit counts decoded bytes: a small compressed body may unpack to gigabytes.
                encoding = response.headers.get("content-encoding", "")
                content = decode_body(raw_chunks(), encoding, Budget(url, opts.max_bytes))
                final = str(response.url)
        except httpx.TimeoutException as exc:
            phase = "connecting" if isinstance(exc, httpx.ConnectTimeout) else "waiting for data"
            limit = opts.connect_timeout if isinstance(exc, httpx.ConnectTimeout) else opts.read_timeout
            raise SourceError(f"{url}: timed out {phase} (no answer within {limit:g}s)") from None
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as exc:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            return "retry", (None, f"connection failed ({message})")
        except httpx.HTTPError as exc:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise SourceError(f"{url}: {message}") from None
        if kind is None:
            kind = _sniff(content, final)
            if kind is None:
                raise SourceError(
                    f"{url}: unsupported content ({media_type or 'no content type'}, not a web page, PDF or Word file)"
                )
        if kind not in accept:
            sniffed = _sniff(content, final)
            kind = sniffed if sniffed in accept else kind
        if kind not in accept:
            wanted = " or ".join(sorted(accept))
            raise SourceError(f"{url}: wrong content type {media_type or kind} (expected {wanted})")
        if progress:
            progress(f"downloaded {len(content) / 1024:.0f} kB from {urlsplit(final).netloc}")
        return Response(url, final, kind, media_type, charset, content)
