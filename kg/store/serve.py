"""`kg serve`: a SPARQL 1.1 Protocol endpoint over the built graph, plus the viewer.

The SPARQL engine is Oxigraph's own server (`oxigraph serve-read-only`, from
the `oxigraph` package) with a query time limit; this module is only the small
front in front of it: it serves the viewer and a query page, refuses updates
and federated SERVICE calls, and forwards queries with their content
negotiation (JSON, XML, CSV, TSV results; Turtle, N-Triples, JSON-LD graphs).
"""
from __future__ import annotations

import contextlib
import hmac
import json
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

from ..errors import KGError, UsageError
from .query import UPDATE

SERVICE = __import__("re").compile(r"\bSERVICE\b", __import__("re").IGNORECASE)
FORWARDED_HEADERS = ("Content-Type", "Content-Length")


class ServeError(KGError):
    """The endpoint could not start."""

    exit_code = 7


def free_port(host: str = "127.0.0.1") -> int:
    with contextlib.closing(socket.socket()) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def start_oxigraph(store: Path, timeout_s: int, writable: bool = False) -> tuple[subprocess.Popen, str]:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists() and not shutil.which("oxigraph"):
        raise ServeError("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    cmd = [exe, "serve" if writable else "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}",
           "--timeout-s", str(timeout_s), "--union-default-graph"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    _wait_until_up(proc, url)
    return proc, url


def _wait_until_up(proc: subprocess.Popen, url: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServeError(f"oxigraph exited: {proc.stderr.read().decode(errors='replace')[-500:]}")
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    proc.kill()
    raise ServeError("oxigraph did not start in time")


class Front(BaseHTTPRequestHandler):
    """Routes: / (query page), /viewer, /sparql and /query (SPARQL), /update (refused)."""

    backend = ""
    viewer: Path | None = None
    timeout_s = 10
    max_rows = 10_000
    update_token = ""  # empty: read-only
    server_version = "kg-serve"

    def log_message(self, fmt, *args):  # quiet by default: the CLI says where it listens
        pass

    def do_GET(self):  # noqa: N802 (http.server's naming)
        path, _, query = self.path.partition("?")
        if path in ("/", "/index.html"):
            return self._send(HTTPStatus.OK, _query_page().encode(), "text/html; charset=utf-8")
        if path == "/viewer":
            return self._send_viewer()
        if path in ("/sparql", "/query"):
            params = urllib.parse.parse_qs(query)
            return self._forward_query(params.get("query", [""])[0], "GET", query)
        if path == "/update":
            return self._refuse_update()
        self._send(HTTPStatus.NOT_FOUND, b"not found: try /, /viewer or /sparql\n")

    def do_POST(self):  # noqa: N802
        path = self.path.partition("?")[0]
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if path == "/update" or ctype == "application/sparql-update":
            return self._refuse_update(body, ctype)
        if path not in ("/sparql", "/query"):
            return self._send(HTTPStatus.NOT_FOUND, b"not found\n")
        if ctype == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body.decode("utf-8", errors="replace"))
            if "update" in form:
                return self._refuse_update(body, ctype)
            return self._forward_query(form.get("query", [""])[0], "POST", body, ctype)
        return self._forward_query(body.decode("utf-8", errors="replace"), "POST", body, ctype or "application/sparql-query")

    def _refuse_update(self, body: bytes = b"", ctype: str = ""):
        """Updates pass only with --allow-update and the right bearer token."""
        if not self.update_token:
            return self._send(HTTPStatus.FORBIDDEN, b"this endpoint is read-only: SPARQL Update is refused\n")
        given = (self.headers.get("Authorization") or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), self.update_token.encode()):
            return self._send(HTTPStatus.UNAUTHORIZED, b"updates need the server's token (Authorization: Bearer ...)\n")
        request = urllib.request.Request(f"{self.backend}/update", data=body, method="POST")
        request.add_header("Content-Type", ctype or "application/sparql-update")
        self._relay(request)

    def _forward_query(self, text: str, method: str, payload, ctype: str = ""):
        if not text.strip():
            return self._send(HTTPStatus.BAD_REQUEST, b"missing query\n")
        if UPDATE.match(text):
            return self._refuse_update()
        if SERVICE.search(text):
            return self._send(HTTPStatus.FORBIDDEN, b"federated SERVICE calls are refused by this endpoint\n")
        url = f"{self.backend}/query" + (f"?{payload}" if method == "GET" else "")
        data = None if method == "GET" else payload
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Accept", self.headers.get("Accept") or "application/sparql-results+json")
        if ctype:
            request.add_header("Content-Type", ctype)
        self._relay(request)

    def _relay(self, request):
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s + 5) as answer:
                ctype = answer.headers.get("Content-Type", "text/plain")
                body, dropped = cap_rows(answer.read(), ctype, self.max_rows)
                self._send(answer.status, body, ctype, {"X-KG-Truncated": str(self.max_rows)} if dropped else None)
        except urllib.error.HTTPError as error:
            self._send(error.code, error.read() or error.reason.encode(), error.headers.get("Content-Type", "text/plain"))
        except (urllib.error.URLError, OSError) as error:
            # Oxigraph drops the connection of a query that runs past --timeout-s.
            message = f"query stopped: it ran past the {self.timeout_s} s time limit or failed ({error})\n"
            self._send(HTTPStatus.SERVICE_UNAVAILABLE, message.encode())

    def _send_viewer(self):
        if self.viewer is None or not self.viewer.is_file():
            return self._send(HTTPStatus.NOT_FOUND, b"no viewer: run kg build\n")
        self._send(HTTPStatus.OK, self.viewer.read_bytes(), "text/html; charset=utf-8")

    def _send(self, status, body: bytes, ctype: str = "text/plain; charset=utf-8", headers: dict | None = None):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)


class FrontServer(ThreadingHTTPServer):
    # socketserver's default backlog of 5 drops connections under a burst of clients,
    # which then wait 1-3 s to retry.
    request_queue_size = 256
    daemon_threads = True


def cap_rows(body: bytes, ctype: str, max_rows: int) -> tuple[bytes, bool]:
    """At most max_rows solutions; JSON says so with "truncated": true, every format with a header."""
    kind = ctype.split(";")[0].strip()
    if kind == "application/sparql-results+json":
        data = json.loads(body)
        rows = data.get("results", {}).get("bindings", [])
        if len(rows) <= max_rows:
            return body, False
        data["results"]["bindings"] = rows[:max_rows]
        data["truncated"] = True
        return json.dumps(data, ensure_ascii=False).encode("utf-8"), True
    if kind in ("text/csv", "text/tab-separated-values"):
        lines = body.split(b"\n")
        if len([line for line in lines if line.strip()]) - 1 <= max_rows:
            return body, False
        return b"\n".join(lines[: max_rows + 1]) + b"\n", True
    return body, False


def _query_page() -> str:
    return resources.files("kg.viewer").joinpath("query.html").read_text("utf-8")


def serve(output: Path, host: str = "127.0.0.1", port: int = 8000, timeout_s: int = 10, ready=None,
          max_rows: int = 10_000, update_token: str = "") -> None:
    """Serve until interrupted; with an update_token, SPARQL Update is allowed to its bearer."""
    store = Path(output) / "store"
    if not store.is_dir():
        raise UsageError(f"no store in {output}: run kg build first")
    proc, backend = start_oxigraph(store, timeout_s, writable=bool(update_token))
    handler = type("BoundFront", (Front,), {"backend": backend, "viewer": Path(output) / "graph.html",
                                            "timeout_s": timeout_s, "max_rows": max_rows, "update_token": update_token})
    try:
        httpd = FrontServer((host, port), handler)
    except OSError as exc:
        proc.terminate()
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    # SIGTERM (the usual way a service is stopped) would end Python without running
    # `finally`, leaving the Oxigraph child running: turn it into a clean exit.
    previous = signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        if ready:
            ready(f"http://{host}:{httpd.server_address[1]}")
        httpd.serve_forever()
    finally:
        signal.signal(signal.SIGTERM, previous)
        httpd.server_close()
        proc.terminate()
        proc.wait(timeout=10)
