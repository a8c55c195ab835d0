"""The demo server against hostile clients (issue 10, #9): private upload folder, server-side
upload checks, request size limit, logs without bodies, no server paths, bounded loaded models."""

from __future__ import annotations

import gc
import http.client
import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import ROOT, free_port, tiny_model_args, wait_until_up

# Every test here talks to a real demo server (started once for the module): the full tier.
pytestmark = pytest.mark.slow

MAX_CHARS = 5_000
ARTICLE = "Le gouvernement a annoncé mardi une nouvelle aide de 300 millions d'euros pour les agriculteurs. " * 3


class Server:
    def __init__(self, url: str, process: subprocess.Popen, log: Path, parent: Path) -> None:
        self.url, self.process, self.log, self.parent = url, process, log, parent

    def request(self, path: str, body: bytes | None = None, headers: dict | None = None) -> tuple[int, bytes]:
        req = urllib.request.Request(self.url + path, data=body, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=60) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    def upload(self, name: str, content: bytes) -> tuple[int, bytes]:
        boundary = "xyzBOUNDARYxyz"
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n"
            ).encode()
            + content
            + f"\r\n--{boundary}--\r\n".encode()
        )
        return self.request("/gradio_api/upload", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})


@pytest.fixture(scope="module")
def server(tiny_models: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """``summarizer demo`` with default server options, on the tiny models given by absolute path."""
    port = free_port()
    parent = tmp_path_factory.mktemp("shared_tmp")
    log = parent.parent / "demo-hardening.log"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False", "GRADIO_TEMP_DIR": str(parent)}
    command = [sys.executable, "-m", "summarizer", "demo", *tiny_model_args(tiny_models.resolve())]
    command += ["--num-beams", "1", "--length", "short", "--max-chars", str(MAX_CHARS), "--port", str(port)]
    with log.open("wb") as sink:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/", process, log)
        yield Server(url, process, log, parent)
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)


def _private_folders(parent: Path) -> list[Path]:
    return [p for p in parent.iterdir() if p.name.startswith("summarizer-demo-uploads-")]


def test_uploads_go_to_a_private_folder_and_planted_files_cannot_be_read(server):
    (folder,) = _private_folders(server.parent)
    assert folder.stat().st_mode & 0o077 == 0  # only the server's user
    planted = server.parent / "planted" / "secret.txt"  # in the shared temp folder, as another process could
    planted.parent.mkdir()
    planted.write_text("TOP SECRET planted by another process", encoding="utf-8")
    status, body = server.request(f"/gradio_api/file={planted}")
    assert status in (403, 404) and b"TOP SECRET" not in body
    status, body = server.upload("article.txt", ARTICLE.encode())
    assert status == 200, body
    (stored,) = json.loads(body)
    assert Path(stored).resolve().is_relative_to(folder.resolve())


@pytest.mark.parametrize("name", ["payload.exe", "image.png", "archive.txt.zip", "noext"])
def test_upload_of_other_types_is_refused_server_side(server, name):
    status, body = server.upload(name, b"MZ\x90\x00binary")
    assert status == 415 and b"file type not accepted" in body


def _post_chunked(server: Server, path: str, chunks: list[bytes], headers: dict[str, str]) -> int:
    """POST ``chunks`` with chunked transfer encoding (no Content-Length to trust); the status."""
    conn = http.client.HTTPConnection(server.url.removeprefix("http://"), timeout=60)
    try:
        conn.putrequest("POST", path)
        for name, value in {**headers, "Transfer-Encoding": "chunked"}.items():
            conn.putheader(name, value)
        conn.endheaders()
        for chunk in chunks:
            conn.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        conn.send(b"0\r\n\r\n")
        return conn.getresponse().status
    finally:
        conn.close()


def test_request_bodies_are_size_limited(server):
    limit = 8 * MAX_CHARS + 64 * 1024
    # A declared size over the limit is refused before the body is read.
    conn = http.client.HTTPConnection(server.url.removeprefix("http://"), timeout=60)
    conn.putrequest("POST", "/gradio_api/call/summarize")
    conn.putheader("Content-Type", "application/json")
    conn.putheader("Content-Length", "50000000")
    conn.endheaders()
    response = conn.getresponse()
    assert response.status == 413 and b"too large" in response.read()
    conn.close()
    # Chunked, with no Content-Length to trust: counted as it arrives.
    chunks = [b"x" * 65536] * (limit // 65536 + 2)
    assert _post_chunked(server, "/gradio_api/call/summarize", chunks, {"Content-Type": "application/json"}) == 413
    # Just under the limit is let through (and refused by Gradio as bad JSON, not by size).
    status, _ = server.request("/gradio_api/call/summarize", b"{" * (limit - 10), {"Content-Type": "application/json"})
    assert status != 413


def test_malformed_requests_do_not_copy_bodies_into_the_log(server):
    before = server.log.stat().st_size
    body = json.dumps({"data": ["y" * 90_000], "fn_index": 99, "session_hash": "abc"}).encode()
    status, _ = server.request("/gradio_api/queue/join", body, {"Content-Type": "application/json"})
    assert status >= 400
    server.request("/gradio_api/call/summarize", b"{" + b"y" * 90_000, {"Content-Type": "application/json"})
    grown = server.log.stat().st_size - before
    assert grown < 20_000, server.log.read_text(errors="replace")[-2000:]
    assert "y" * 2_000 not in server.log.read_text(errors="replace")


def test_clients_see_model_names_not_server_paths(server, tiny_models):
    absolute = str(tiny_models.resolve())
    status, config = server.request("/config")
    assert status == 200 and absolute.encode() not in config and b"barthez-fr" in config
    from gradio_client import Client

    result = Client(server.url + "/", verbose=False).predict(ARTICLE, api_name="/summarize")
    assert result["models"] == {"summarization": "barthez-fr", "translation": "marian-fr-en"}
    assert absolute not in json.dumps(result)


def _rss_mb(pid: int, field: str = "VmRSS") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise AssertionError(f"no {field} for {pid}")


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_uploaded_bombs_are_refused_and_memory_returns_to_idle(server, tmp_path, kind):
    import make_bombs

    build = make_bombs.docx_bomb if kind == "docx" else make_bombs.pdf_bomb
    bomb = build(tmp_path / f"bomb.{kind}", 1024 * make_bombs.MB)
    before = _rss_mb(server.process.pid)
    # Reset the server's peak RSS (VmHWM) so the peak below is this request's (Linux: clear_refs 5).
    Path(f"/proc/{server.process.pid}/clear_refs").write_text("5")
    log_before = server.log.stat().st_size
    status, stored = server.upload(bomb.name, bomb.read_bytes())
    assert status == 200, stored
    (path,) = json.loads(stored)
    body = json.dumps({"data": [{"path": path, "meta": {"_type": "gradio.FileData"}}]}).encode()
    status, answer = server.request("/gradio_api/call/load_upload", body, {"Content-Type": "application/json"})
    assert status == 200, answer
    status, events = server.request(f"/gradio_api/call/load_upload/{json.loads(answer)['event_id']}")
    assert b"event: error" in events and b"unpacks to more than 50 MB" in events, events
    assert str(tmp_path).encode() not in events and b"Traceback" not in events
    after = _rss_mb(server.process.pid)
    assert after < before + 100, f"server RSS {before:.0f} -> {after:.0f} MB"
    assert _rss_mb(server.process.pid, "VmHWM") < before + 300, "the bomb's peak"
    assert "Traceback" not in server.log.read_text(errors="replace")[log_before:]


@pytest.mark.parametrize("path", ["/etc/passwd", "../../etc/passwd", "https://example.org/a.docx"])
def test_server_path_probes_are_refused_in_one_log_line(server, path):
    log_before = server.log.stat().st_size
    body = json.dumps({"data": [{"path": path, "meta": {"_type": "gradio.FileData"}}]}).encode()
    status, answer = server.request("/gradio_api/call/load_upload", body, {"Content-Type": "application/json"})
    assert status == 403 and b"server paths are not accepted" in answer
    added = server.log.read_text(errors="replace")[log_before:]
    assert "Traceback" not in added and "root:" not in added


def test_too_many_uploads_from_one_client_are_refused(server):
    statuses = [server.upload(f"a{i}.txt", ARTICLE.encode())[0] for i in range(32)]
    assert statuses[-1] == 429 and statuses.count(200) <= 30


def test_upload_folder_is_removed_when_the_server_stops(server):
    (folder,) = _private_folders(server.parent)
    server.process.send_signal(signal.SIGTERM)
    server.process.wait(timeout=30)
    assert not folder.exists()


def test_at_most_n_model_sets_stay_loaded_and_evicted_ones_are_freed(tiny_models):
    from app.service import SummarizerPool
    from summarizer import Summarizer

    def factory(preset):
        return Summarizer(
            summarization_model=str(tiny_models / "barthez-fr"),
            translation_model=str(tiny_models / "marian-fr-en"),
            device="cpu",
            backend="torch",
            threads=1,
            length="short",
        )

    pool = SummarizerPool(factory, presets_selectable=True, max_loaded=2, cache_size=0)
    seen = {}
    for preset in ("fast", "quality", "crosslingual"):
        pool.summarize(ARTICLE, preset=preset)
        summarizer = pool.summarizer(preset)
        seen[preset] = weakref.ref(summarizer.backend(str(tiny_models / "barthez-fr"), "summarization").model)
        del summarizer
    assert pool.loaded_keys() == ["quality", "crosslingual"]
    gc.collect()
    assert seen["fast"]() is None  # the evicted set's model is gone from memory
    assert seen["crosslingual"]() is not None
