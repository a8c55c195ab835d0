"""`summarizer serve` refuses unsafe or invalid settings before it binds anything (no model, no port)."""

from __future__ import annotations

import hashlib
import io

import pytest

from summarizer.cli import main
from summarizer.errors import UsageError
from summarizer.public import PathScrubber, public_name
from summarizer.serve.auth import AuthError, KeyRing, RateLimited, RateLimiter
from summarizer.serve.settings import check_exposure, is_loopback, parse_rate_limit, read_api_keys


def run(args: list[str], capsys) -> tuple[int, str]:
    status = main(["serve", *args], stdin=io.StringIO(""), stdout=io.StringIO())
    return status, capsys.readouterr().err


def test_public_address_without_keys_refuses_to_start(capsys):
    status, err = run(["--host", "0.0.0.0", "--port", "1"], capsys)
    assert status == 2
    assert "--api-keys" in err and "--insecure-no-auth" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--rate-limit", "lots"], "--rate-limit"),
        (["--rate-limit", "0/min"], "--rate-limit"),
        (["--queue-size", "0"], "queue-size"),
        (["--request-strategies", "magic"], "--request-strategies"),
        (["--port", "70000"], "--port"),
    ],
)
def test_bad_limits_are_usage_errors(args, says, capsys):
    status, err = run([*args, "--port", "1"] if "--port" not in args else args, capsys)
    assert status == 2
    assert says in err


def test_key_file_without_keys_is_refused_without_showing_its_content(tmp_path, capsys):
    keys = tmp_path / "keys.txt"
    keys.write_text("# comment only\n\n", encoding="utf-8")
    status, err = run(["--api-keys", str(keys), "--port", "1"], capsys)
    assert status == 2 and "no key in the file" in err


def test_keys_are_read_plain_or_as_sha256_and_compared_by_digest(tmp_path):
    digest = hashlib.sha256(b"second-key").hexdigest()
    keys = tmp_path / "keys.txt"
    keys.write_text(f"first-key\n# a comment\nsha256:{digest.upper()}\n", encoding="utf-8")
    ring = KeyRing(read_api_keys(keys))
    assert ring.identify("Bearer first-key") == hashlib.sha256(b"first-key").hexdigest()
    assert ring.identify("bearer   second-key") == digest
    for header in (None, "", "Bearer", "Basic first-key", "Bearer first-key2", f"Bearer {digest}"):
        with pytest.raises(AuthError):
            ring.identify(header)


def test_rate_limit_counts_per_caller_and_says_when_to_retry():
    limiter = RateLimiter(parse_rate_limit("2/min"))
    limiter.hit("a")
    limiter.hit("a")
    limiter.hit("b")
    with pytest.raises(RateLimited) as caught:
        limiter.hit("a")
    assert 1 <= caught.value.retry_after <= 60


def test_loopback_addresses():
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.5.0.1", "::1", "[::1]", "localhost"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "192.168.1.10", "::", "example.org"))
    check_exposure("0.0.0.0", True, False)
    check_exposure("0.0.0.0", False, True)
    with pytest.raises(UsageError):
        check_exposure("::", False, False)


def test_local_model_folders_are_named_not_located(tmp_path):
    folder = tmp_path / "models" / "barthez"
    folder.mkdir(parents=True)
    assert public_name(str(folder)) == "barthez"
    assert public_name("moussaKam/barthez-orangesum-abstract") == "moussaKam/barthez-orangesum-abstract"
    scrub = PathScrubber([str(folder), "Helsinki-NLP/opus-mt-fr-en", None])
    result = {"models": {"summarization": str(folder), "translation": "Helsinki-NLP/opus-mt-fr-en"}}
    result["warnings"] = [f"{folder} replaced by the extractive summarizer"]
    assert scrub(result) == {
        "models": {"summarization": "barthez", "translation": "Helsinki-NLP/opus-mt-fr-en"},
        "warnings": ["barthez replaced by the extractive summarizer"],
    }
