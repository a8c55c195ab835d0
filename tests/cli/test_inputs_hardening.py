"""Input limits and encodings (issue 10, #3 and #4): bounded reads, devices refused, no mojibake."""

from __future__ import annotations

import io
import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT

from summarizer.cli import main
from summarizer.errors import InputError
from summarizer.inputs import input_warnings, read_file

# No model: the extractive strategy with a French summary of a French article.
NO_MODEL = ["--strategy", "extractive", "--target-language", "fr", "--source-language", "fr", "--format", "json"]


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def _cli(args: list[str], stdin_path: str | None = None) -> subprocess.CompletedProcess:
    """The real CLI in a subprocess under a 1 GiB address-space limit."""
    with open(stdin_path or "/dev/null", "rb") as stdin:
        return subprocess.run(
            [sys.executable, "-m", "summarizer", *args],
            stdin=stdin,
            capture_output=True,
            text=True,
            preexec_fn=_limit_memory,
            timeout=120,
            cwd=ROOT,
        )


def _one_line_error(process: subprocess.CompletedProcess, *needles: str) -> None:
    assert process.returncode == 1, process.stderr[-2000:]
    err = process.stderr.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1, err[-2000:]
    assert process.stdout == ""
    for needle in needles:
        assert needle in err


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_device_file_is_refused_at_once(device):
    _one_line_error(_cli(["summarize", device]), device, "is a device")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_endless_stdin_stops_at_the_limit(device):
    _one_line_error(_cli(["summarize", "-"], stdin_path=device), "standard input is too large", "--max-chars")


def test_huge_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: 2 GB on paper, nothing on disk
        handle.truncate(2 << 30)
    _one_line_error(_cli(["summarize", str(big)]), str(big), "too large")


def test_directory_is_refused(tmp_path):
    _one_line_error(_cli(["summarize", str(tmp_path)]), "is a directory")


def _summarize_bytes(tmp_path: Path, data: bytes, capsys) -> dict:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    assert main(["summarize", str(path), *NO_MODEL]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def test_utf8_with_one_bad_byte_stays_utf8_with_a_warning(tmp_path, example_article, capsys):
    data = example_article.encode("utf-8")
    cut = data.index("é".encode())  # one Windows-1252 "é" pasted into a UTF-8 file
    data = data[:cut] + b"\xe9" + data[cut + 2 :]
    result = _summarize_bytes(tmp_path, data, capsys)
    assert "Ã" not in result["summary"]
    assert any("UTF-8 with 1 invalid byte sequence(s), replaced with U+FFFD" in w for w in result["warnings"])
    text = read_file(tmp_path / "article.txt")
    assert "Ã" not in text and text.count("\ufffd") == 1


@pytest.mark.parametrize(("encoding", "name"), [("utf-16", "UTF-16-LE"), ("utf-32", "UTF-32-LE")])
def test_bom_marked_utf16_and_utf32_are_decoded(tmp_path, example_article, capsys, encoding, name):
    result = _summarize_bytes(tmp_path, example_article.encode(encoding), capsys)
    assert result["summary"][:60] in example_article and "é" in result["summary"]
    assert any(f"decoded as {name} (byte order mark)" in w for w in result["warnings"])


def test_windows_1252_is_detected_and_reported(tmp_path, example_article, capsys):
    data = example_article.replace("’", "'").encode("cp1252")
    result = _summarize_bytes(tmp_path, data, capsys)
    assert result["summary"][:60] in example_article and "é" in result["summary"]
    assert any("decoded as cp1252" in w for w in result["warnings"])


def test_plain_utf8_has_no_encoding_warning(tmp_path, example_article, capsys):
    result = _summarize_bytes(tmp_path, example_article.encode("utf-8"), capsys)
    assert not any("decoded" in w or "UTF-8" in w for w in result["warnings"])
    assert input_warnings(read_file(tmp_path / "article.txt")) == []


def test_stdin_limit_in_process(capsys):
    class Stdin(io.TextIOWrapper):
        pass

    stdin = Stdin(io.BytesIO(b"Le gouvernement a vot\xc3\xa9 la loi. " * 40_000))
    assert main(["summarize", "-", *NO_MODEL, "--max-chars", "1000"], stdin=stdin) == 1
    err = capsys.readouterr().err
    assert "standard input is too large" in err and len(err.strip().splitlines()) == 1


def test_utf16_without_bom_is_still_refused_as_binary(tmp_path, example_article):
    path = tmp_path / "a.txt"
    path.write_bytes(example_article.encode("utf-16-le"))
    with pytest.raises(InputError, match="binary"):
        read_file(path)
