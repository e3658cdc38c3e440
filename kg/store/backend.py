"""Oxigraph's SPARQL server as a supervised child process of `kg serve`.

The front forwards every query to it. If it dies anyway (a crash nobody
foresaw, an out-of-memory kill), a watcher thread sees it at once (it is
blocked in `wait()` on the child), the requests in flight are told so, and a
new server is started on the same store. Too many restarts in a minute mean
something is wrong with the store or the machine, not one query: the watcher
then gives up and the server stops with that error.
"""
from __future__ import annotations

import collections
import contextlib
import itertools
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from ..errors import KGError

# Oxigraph's threads get the 2 MiB Rust default; its parser and its evaluator recurse
# on every nesting level and on long UNION / MINUS / operator chains, and overflow it
# (an abort of the whole server) with queries of a few KiB. 64 MiB of stack, reserved
# but only used as deep as a query goes, takes every query under the size limit.
THREAD_STACK_BYTES = 64 * 1024 * 1024
QUERY_IN_LOG = 200  # characters of the running query a restart log line shows
STDERR_KEPT = 2000  # characters of the dead server's last words


class ServeError(KGError):
    """The endpoint could not start, or had to stop."""

    exit_code = 7


def free_port(host: str = "127.0.0.1") -> int:
    with contextlib.closing(socket.socket()) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@dataclass
class Generation:
    """One run of the child: requests sent to it learn from `dead` that it died under them."""

    proc: subprocess.Popen
    url: str
    dead: threading.Event = field(default_factory=threading.Event)
    stderr_tail: collections.deque = field(default_factory=lambda: collections.deque(maxlen=STDERR_KEPT))


class Backend:
    """The running Oxigraph server, its watcher, and the queries in flight on it."""

    def __init__(self, store: Path, timeout_s: int, writable: bool = False, max_restarts: int = 10,
                 log: Callable[[str], None] = lambda message: None, on_give_up: Callable[[], None] = lambda: None):
        self.store, self.timeout_s, self.writable = store, timeout_s, writable
        self.max_restarts, self.log, self.on_give_up = max_restarts, log, on_give_up
        self.failure: ServeError | None = None
        self._ready = threading.Event()
        self._stopping = False
        self._restarts: collections.deque[float] = collections.deque()
        self._in_flight: dict[int, str] = {}
        self._ids = itertools.count()
        self._lock = threading.Lock()
        self._spawning = threading.Lock()
        self.current = self._spawn()
        self._ready.set()
        threading.Thread(target=self._watch, name="kg-serve-watcher", daemon=True).start()

    def ready(self, wait_s: float) -> Generation | None:
        """The running server, waiting up to wait_s while it restarts; None if it does not come back."""
        return self.current if self._ready.wait(wait_s) and not self.failure else None

    @contextlib.contextmanager
    def running(self, query: str) -> Iterator[None]:
        """Mark a query as in flight, so that a restart can say what was running."""
        key = next(self._ids)
        with self._lock:
            self._in_flight[key] = query
        try:
            yield
        finally:
            with self._lock:
                del self._in_flight[key]

    def stop(self) -> None:
        self._stopping = True
        with self._spawning:  # a restart under way finishes first, or its new child would be orphaned
            proc = self.current.proc
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()

    def _watch(self) -> None:
        while True:
            generation = self.current
            code = generation.proc.wait()
            if self._stopping:
                return
            self._ready.clear()
            running = self._running_queries()  # before `dead` lets the requests in flight answer and go
            generation.dead.set()
            self.log(f"the query engine (oxigraph) died ({_exit_reason(code)}){_last_words(generation, code)}; "
                     f"running: {running}")
            if not self._restart():
                return

    def _restart(self) -> bool:
        """Start a new server; a start that fails counts as one more death, up to the storm limit."""
        while True:
            if self._count_restart() > self.max_restarts:
                return self._give_up(f"the query engine died {len(self._restarts)} times within a minute "
                                     f"(more than --max-restarts {self.max_restarts}): stopping")
            try:
                with self._spawning:
                    if self._stopping:
                        return False
                    self.current = self._spawn()
                break
            except ServeError as error:
                self.log(f"the query engine did not start again: {error}")
        self._ready.set()
        self.log(f"the query engine was restarted ({len(self._restarts)} restart(s) in the last minute)")
        return True

    def _count_restart(self) -> int:
        now = time.monotonic()
        self._restarts.append(now)
        while now - self._restarts[0] > 60:
            self._restarts.popleft()
        return len(self._restarts)

    def _give_up(self, message: str) -> bool:
        self.failure = ServeError(message)
        self._ready.set()  # waiting requests wake up, see the failure and answer 503
        self.on_give_up()
        return False

    def _running_queries(self) -> str:
        with self._lock:
            queries = list(self._in_flight.values())
        if not queries:
            return "no query"
        return "; ".join(repr(_truncate(" ".join(q.split()))) for q in queries)

    def _spawn(self) -> Generation:
        exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
        if not Path(exe).exists():
            raise ServeError("the oxigraph server is not installed (pip install oxigraph)")
        port = free_port()
        cmd = [exe, "serve" if self.writable else "serve-read-only", "--location", str(self.store),
               "--bind", f"127.0.0.1:{port}", "--timeout-s", str(self.timeout_s), "--union-default-graph"]
        env = dict(os.environ, RUST_MIN_STACK=str(THREAD_STACK_BYTES))
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        generation = Generation(proc, f"http://127.0.0.1:{port}")
        # Read stderr all along: a full pipe would block the server, and its last line says why it died.
        threading.Thread(target=_drain, args=(proc, generation.stderr_tail), daemon=True).start()
        _wait_until_up(generation)
        return generation


def _drain(proc: subprocess.Popen, tail: collections.deque) -> None:
    for line in iter(proc.stderr.readline, b""):
        tail.extend(line.decode(errors="replace"))


def _wait_until_up(generation: Generation, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if generation.proc.poll() is not None:
            time.sleep(0.1)  # let the drain thread read its last words
            raise ServeError(f"oxigraph exited: {''.join(generation.stderr_tail)[-500:]}")
        try:
            urllib.request.urlopen(f"{generation.url}/query?query=ASK%7B%7D", timeout=1).read()
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.05)
    generation.proc.kill()
    raise ServeError("oxigraph did not start in time")


def _last_words(dead: Generation, code: int) -> str:
    """The server's last line on stderr ("... has overflowed its stack"); a SIGKILL leaves none of its own."""
    words = "".join(dead.stderr_tail).strip().splitlines()
    return f": {words[-1]}" if words and code != -signal.SIGKILL else ""


def _exit_reason(code: int) -> str:
    return f"killed by signal {-code}" if code < 0 else f"exit code {code}"


def _truncate(text: str) -> str:
    return text if len(text) <= QUERY_IN_LOG else text[:QUERY_IN_LOG] + f"... ({len(text)} characters)"
