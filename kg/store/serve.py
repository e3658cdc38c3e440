"""`kg serve`: a SPARQL 1.1 Protocol endpoint over the built graph, plus the viewer.

The SPARQL engine is Oxigraph's own server (`oxigraph serve-read-only`, from
the `oxigraph` package) with a query time limit, run and restarted by
`backend.Backend`; this module is only the small front in front of it: it
serves the viewer and a query page, refuses updates, federated SERVICE calls
and queries over the limits of `limits.QueryLimits` (before they reach the
engine), and forwards the rest with their content negotiation (JSON, XML,
CSV, TSV results; Turtle, N-Triples, JSON-LD graphs). Every request gets an
HTTP answer, whatever happens behind.
"""
from __future__ import annotations

import hmac
import http.client
import json
import re
import signal
import sys
import urllib.error
import urllib.parse
import urllib.request
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Callable

from ..errors import QueryRefused, UsageError
from .backend import Backend, Generation, ServeError, free_port
from .limits import QueryLimits
from .query import UPDATE

__all__ = ["Front", "FrontServer", "QueryLimits", "ServeError", "cap_rows", "free_port", "serve"]

SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
# An oversized body is read and dropped up to this size before the 413, so that the
# client, still sending, gets the answer rather than a reset connection.
DRAIN_AT_MOST = 32 * 1024 * 1024
PLAIN = "text/plain; charset=utf-8"
TIME_LIMIT = "query stopped: it ran past the {} s time limit\n"
ENGINE_DIED = ("query stopped: the query engine died while answering it and is being restarted; "
               "send it again unless it is what killed the engine\n")
# Failures while connecting or sending (urllib wraps those in URLError): the engine cannot
# have read the whole query, so the query is not what killed it and may be sent again.
NOT_DELIVERED = (ConnectionRefusedError, ConnectionResetError, BrokenPipeError)
ENGINE_DOWN = "the query engine is restarting or has stopped; try again in a moment\n"


class Front(BaseHTTPRequestHandler):
    """Routes: / (query page), /viewer, /sparql and /query (SPARQL), /update (refused)."""

    backend: Backend
    viewer: Path | None = None
    timeout_s = 10
    max_rows = 10_000
    limits = QueryLimits()
    update_token = ""  # empty: read-only
    server_version = "kg-serve"
    # A client that stops sending or reading mid-request frees its thread after this.
    timeout = 60

    def log_message(self, fmt, *args):  # quiet by default: the CLI says where it listens
        pass

    def do_GET(self):  # noqa: N802 (http.server's naming)
        self._answer(self._get)

    def do_POST(self):  # noqa: N802
        self._answer(self._post)

    def _answer(self, route: Callable[[], None]) -> None:
        """Run a route so that the request gets an answer whatever goes wrong, never a closed connection."""
        self._answered = False
        try:
            route()
        except QueryRefused as refused:
            self._send(refused.status, f"{refused}\n".encode())
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client left: nobody to answer
        except Exception as error:  # a bug of ours still gets the client an answer
            if not self._answered:
                self._send(HTTPStatus.INTERNAL_SERVER_ERROR, f"internal error: {type(error).__name__}: {error}\n".encode())

    def _get(self):
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

    def _post(self):
        path = self.path.partition("?")[0]
        body = self._read_body()
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

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            raise QueryRefused("chunked request bodies are not accepted: send a Content-Length", status=411)
        length = self.headers.get("Content-Length") or "0"
        if not length.isdigit():
            raise QueryRefused(f"bad Content-Length: {length[:40]!r}", status=400)
        try:
            self.limits.check_body(int(length))
        except QueryRefused:
            self._drain(int(length))
            raise
        return self.rfile.read(int(length))

    def _drain(self, length: int) -> None:
        if length > DRAIN_AT_MOST:
            self.close_connection = True
            return
        while length > 0:
            chunk = self.rfile.read(min(length, 1 << 16))
            if not chunk:
                return
            length -= len(chunk)

    def _refuse_update(self, body: bytes = b"", ctype: str = ""):
        """Updates pass only with --allow-update and the right bearer token."""
        if not self.update_token:
            return self._send(HTTPStatus.FORBIDDEN, b"this endpoint is read-only: SPARQL Update is refused\n")
        given = (self.headers.get("Authorization") or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), self.update_token.encode()):
            return self._send(HTTPStatus.UNAUTHORIZED, b"updates need the server's token (Authorization: Bearer ...)\n")
        text = body.decode("utf-8", errors="replace")
        if ctype == "application/x-www-form-urlencoded":
            text = urllib.parse.parse_qs(text).get("update", [""])[0]
        self.limits.check(text)  # the same parser reads updates: the same nests kill it
        self._relay("/update", body, {"Content-Type": ctype or "application/sparql-update"}, text)

    def _forward_query(self, text: str, method: str, payload, ctype: str = ""):
        if not text.strip():
            return self._send(HTTPStatus.BAD_REQUEST, b"missing query\n")
        self.limits.check(text)
        if UPDATE.match(text):
            return self._refuse_update()
        if SERVICE.search(text):
            return self._send(HTTPStatus.FORBIDDEN, b"federated SERVICE calls are refused by this endpoint\n")
        headers = {"Accept": self.headers.get("Accept") or "application/sparql-results+json"}
        if ctype:
            headers["Content-Type"] = ctype
        if method == "GET":
            return self._relay(f"/query?{payload}", None, headers, text)
        self._relay("/query", payload, headers, text)

    def _relay(self, path: str, data: bytes | None, headers: dict, query: str) -> None:
        """Send to the engine; one retry when the request never reached it whole (the engine was going)."""
        for _ in range(2):
            generation = self.backend.ready(wait_s=self.timeout_s)
            if generation is None:
                return self._send(HTTPStatus.SERVICE_UNAVAILABLE, ENGINE_DOWN.encode())
            request = urllib.request.Request(generation.url + path, data=data, headers=headers,
                                             method="GET" if data is None else "POST")
            # Still "running" while a failure is told apart, so that a restart's log names this query.
            with self.backend.running(query):
                try:
                    return self._send(*self._fetch(request))
                except urllib.error.URLError as error:
                    if not isinstance(error.reason, NOT_DELIVERED):
                        return self._send_failure(error, generation)
                    generation.dead.wait(1)  # the engine is going: let the watcher see it and start the next
                except (OSError, http.client.HTTPException, ValueError) as error:
                    if self._answered:
                        raise  # the client went away while we answered: nothing to tell apart
                    return self._send_failure(error, generation)
        self._send(HTTPStatus.SERVICE_UNAVAILABLE, ENGINE_DOWN.encode())

    def _fetch(self, request: urllib.request.Request) -> tuple[int, bytes, str, dict | None]:
        """The engine's answer as (status, body, content type, extra headers)."""
        try:
            # Oxigraph stops a query at --timeout-s; a little more lets its own answer arrive first.
            with urllib.request.urlopen(request, timeout=self.timeout_s + 2) as answer:
                ctype = answer.headers.get("Content-Type", "text/plain")
                body, dropped = cap_rows(answer.read(), ctype, self.max_rows)
                return answer.status, body, ctype, {"X-KG-Truncated": str(self.max_rows)} if dropped else None
        except urllib.error.HTTPError as error:
            body = error.read() or error.reason.encode()
            if error.code == HTTPStatus.INTERNAL_SERVER_ERROR and b"cancelled" in body:  # Oxigraph's time limit
                return HTTPStatus.SERVICE_UNAVAILABLE, TIME_LIMIT.format(self.timeout_s).encode(), PLAIN, None
            return error.code, body, error.headers.get("Content-Type", "text/plain"), None

    def _send_failure(self, error: Exception, generation: Generation) -> None:
        """503 for a request the engine did not answer: it died under it, or the time ran out."""
        timed_out = isinstance(error, TimeoutError) or isinstance(getattr(error, "reason", None), TimeoutError)
        if not timed_out and generation.dead.wait(1):  # a reset: the watcher says at once if it was a death
            return self._send(HTTPStatus.SERVICE_UNAVAILABLE, ENGINE_DIED.encode())
        self._send(HTTPStatus.SERVICE_UNAVAILABLE, TIME_LIMIT.format(self.timeout_s).encode())

    def _send_viewer(self):
        if self.viewer is None or not self.viewer.is_file():
            return self._send(HTTPStatus.NOT_FOUND, b"no viewer: run kg build\n")
        self._send(HTTPStatus.OK, self.viewer.read_bytes(), "text/html; charset=utf-8")

    def _send(self, status, body: bytes, ctype: str = PLAIN, headers: dict | None = None):
        self._answered = True
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
          max_rows: int = 10_000, update_token: str = "", limits: QueryLimits = QueryLimits(), max_restarts: int = 10,
          log: Callable[[str], None] = lambda message: None) -> None:
    """Serve until interrupted; with an update_token, SPARQL Update is allowed to its bearer.

    Raises ServeError if the engine cannot start, or dies more than max_restarts times in a minute.
    """
    store = Path(output) / "store"
    if not store.is_dir():
        raise UsageError(f"no store in {output}: run kg build first")
    handler = type("BoundFront", (Front,), {"viewer": Path(output) / "graph.html", "timeout_s": timeout_s,
                                            "max_rows": max_rows, "update_token": update_token, "limits": limits})
    try:
        httpd = FrontServer((host, port), handler)
    except OSError as exc:
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    try:
        handler.backend = Backend(store, timeout_s, writable=bool(update_token), max_restarts=max_restarts,
                                  log=log, on_give_up=httpd.shutdown)
    except BaseException:
        httpd.server_close()
        raise
    _serve_forever(httpd, handler.backend, ready and (lambda: ready(f"http://{host}:{httpd.server_address[1]}")))


def _serve_forever(httpd: FrontServer, backend: Backend, ready: Callable[[], None] | None) -> None:
    # SIGTERM (the usual way a service is stopped) would end Python without running
    # `finally`, leaving the Oxigraph child running: turn it into a clean exit.
    previous = signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        if ready:
            ready()
        httpd.serve_forever()
    finally:
        signal.signal(signal.SIGTERM, previous)
        httpd.server_close()
        backend.stop()
    if backend.failure:
        raise backend.failure
