#!/usr/bin/env python3
"""Minimal reproduction, for Oxigraph upstream: deep nesting in a SPARQL query kills the process.

usage: python benchmarks/oxigraph_nesting_repro.py

Needs only `pip install pyoxigraph oxigraph` (no kg). Two cases:

1. pyoxigraph, in the main thread (8 MiB stack): `Store().query()` of a query
   with a few thousand nested braces or parentheses, followed by a stray `]`.
   The stray token makes the query invalid, so a parser with a depth limit (or
   any parser that does not recurse per level) would raise SyntaxError, and
   evaluation cannot start: a crash here is the SPARQL parser recursing.
2. `oxigraph serve` on an empty store: one POST of the same invalid query with
   3,000 nested braces aborts the whole server ("thread ... has overflowed its
   stack"): its request threads have Rust's default 2 MiB stack. (On a loaded
   store, valid queries nested ~600 deep already do.)

Each case runs in a child process, so this script survives and reports.
"""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from importlib.metadata import version

NESTS = {
    "braces": lambda n: "ASK " + "{" * n + "}" * n + " ]",
    "parentheses": lambda n: "ASK { FILTER(" + "(" * n + "true" + ")" * n + ") } ]",
}
PARSE_ONLY = "import sys, pyoxigraph\ntry:\n    pyoxigraph.Store().query(sys.stdin.read())\nexcept SyntaxError as e:\n    print('SyntaxError', str(e)[:60])\n"


def in_pyoxigraph(query: str) -> str:
    run = subprocess.run([sys.executable, "-c", PARSE_ONLY], input=query, capture_output=True, text=True)
    if run.returncode < 0:
        return f"process killed by {signal.Signals(-run.returncode).name}"
    return run.stdout.strip() or run.stderr.strip()[-200:]


def in_server(depth: int) -> str:
    exe = shutil.which("oxigraph")
    if not exe:
        return "oxigraph (the server) is not installed"
    with tempfile.TemporaryDirectory() as store:
        proc = subprocess.Popen([exe, "serve", "--location", store, "--bind", "127.0.0.1:7979"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            _wait_up("http://127.0.0.1:7979")
            query = NESTS["braces"](depth).encode()  # invalid: only the parser ever sees it
            request = urllib.request.Request("http://127.0.0.1:7979/query", data=query,
                                             headers={"Content-Type": "application/sparql-query"})
            try:
                urllib.request.urlopen(request, timeout=10).read()
            except (urllib.error.URLError, ConnectionError):
                pass  # the answer, if any, does not matter: whether the server lives does
            time.sleep(0.5)
            if proc.poll() is None:
                return "server still running"
            last = proc.stderr.read().decode(errors="replace").strip().splitlines()
            return f"server died ({signal.Signals(-proc.returncode).name}): " + " / ".join(last[-2:])
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()


def _wait_up(url: str) -> None:
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    raise SystemExit("the oxigraph server did not start")


def main() -> None:
    print(f"pyoxigraph {version('pyoxigraph')}, oxigraph {version('oxigraph')}, Python {sys.version.split()[0]}")
    for name, make in NESTS.items():
        for depth in (1000, 5000):
            print(f"pyoxigraph, {depth} nested {name} + a stray ']': {in_pyoxigraph(make(depth))}")
    for depth in (1000, 3000):
        print(f"oxigraph serve, one POST of {depth} nested braces + a stray ']': {in_server(depth)}")


if __name__ == "__main__":
    main()
