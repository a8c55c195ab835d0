"""The SSRF guard: non-public addresses are refused by resolution alone (nothing is sent to
them), redirects to them too; ``allow_private`` (``--allow-private-urls``) lets the local server through."""

from __future__ import annotations

import socket

import pytest

from summarizer import sources
from summarizer.errors import BlockedURLError
from summarizer.sources.fetch import Fetcher, FetchOptions
from summarizer.sources.netguard import GuardedBackend, check_url


@pytest.fixture
def no_connections(monkeypatch):
    """Fail the test if anything tries to open a socket connection."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"a connection was attempted: {args}")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/", "loopback"),
        ("http://127.8.9.10:8080/admin", "loopback"),
        ("http://[::1]/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://10.0.0.1/", "private"),
        ("http://172.16.5.4/", "private"),
        ("https://192.168.1.10/", "private"),
        ("http://[fd00::1]/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[fe80::1]/", "link-local"),
        ("http://224.0.0.1/", "multicast"),
        ("http://0.0.0.0:6379/", "unspecified"),
        ("http://100.64.0.1/", "reserved"),
    ],
)
def test_non_public_addresses_are_refused_without_traffic(url, reason, no_connections):
    with pytest.raises(BlockedURLError) as info:
        sources.load(url)
    message = str(info.value)
    # A Python caller is told the Python way to allow it, not a command-line flag.
    assert reason in message and "FetchOptions(allow_private=True)" in message and message.startswith("refused")
    assert "--allow-private-urls" not in message


def test_localhost_is_refused_by_resolution(no_connections):
    with pytest.raises(BlockedURLError, match=r"localhost .*loopback"):
        sources.load("http://localhost:8080/")


def test_a_name_resolving_to_a_private_address_is_refused(monkeypatch, no_connections):
    real = socket.getaddrinfo

    def fake_dns(host, *args, **kwargs):
        if host == "intranet.example":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.20.30.40", 80))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake_dns)
    with pytest.raises(BlockedURLError, match=r"intranet\.example \(10\.20\.30\.40\) is a private address"):
        sources.load("http://intranet.example/wiki")


def test_dns_rebinding_is_caught_at_connection_time(monkeypatch):
    """The name resolves to a public address when checked, then to loopback: the connection is refused."""
    answers = iter(["93.184.216.34", "127.0.0.1"])
    real = socket.getaddrinfo

    def rebinding_dns(host, port, *args, **kwargs):
        if host == "rebind.example":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding_dns)
    refused = r"refused connection to rebind\.example \(127\.0\.0\.1\)"
    with (
        Fetcher(FetchOptions(respect_robots=False, retries=0)) as fetcher,
        pytest.raises(BlockedURLError, match=refused),
    ):
        fetcher.get("http://rebind.example/article.html")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a.pdf", "gopher://127.0.0.1:70/"])
def test_only_http_and_https(url, no_connections):
    with pytest.raises(BlockedURLError, match="only http and https"):
        check_url(url)


def test_the_connection_itself_is_guarded(no_connections):
    with pytest.raises(BlockedURLError, match=r"refused connection to 10\.0\.0\.1"):
        GuardedBackend().connect_tcp("10.0.0.1", 80, timeout=1)


def test_the_local_server_is_refused_by_default(site):
    path = f"/news/{site.articles[0]['id']}.html"
    with pytest.raises(BlockedURLError, match="loopback"):
        sources.load(site.url(path))
    assert site.hits[path] == []


def test_allow_private_lets_the_local_server_through(site):
    record = site.articles[0]
    with Fetcher(FetchOptions(allow_private=True, host_delay=0)) as fetcher:
        article = sources.load(site.url(f"/news/{record['id']}.html"), fetcher=fetcher)
    assert article.title == record["title"].strip()


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://10.1.2.3/internal", "private"),
        ("http://127.0.0.2:{port}/news/x.html", "loopback"),
        ("http://[::1]:{port}/", "loopback"),
    ],
)
def test_redirects_to_non_public_addresses_are_refused(site, target, reason):
    port = site.base.rsplit(":", 1)[1]
    path = f"/redirect-{abs(hash(target))}"
    site.extra[path] = lambda h: site.send(h, 302, "", headers={"Location": target.format(port=port)})
    # Only the test server's own address is trusted, as an operator would trust one intranet host.
    options = FetchOptions(allowed_networks=("127.0.0.1/32",), host_delay=0)
    with Fetcher(options) as fetcher, pytest.raises(BlockedURLError) as info:
        sources.load(site.url(path), fetcher=fetcher)
    assert reason in str(info.value) and "FetchOptions(allow_private=True)" in str(info.value)
    assert len(site.hits[path]) == 1
