#!/usr/bin/env python3
"""Drive `kg serve` with concurrent clients and print throughput, latency and errors.

usage: python benchmarks/endpoint_load.py [--clients 20] [--killers 0] [--seconds 30] [SOURCES]

Builds SOURCES (default: sources/) into a temporary folder, starts a real
`kg serve` on a free loopback port, and has N client threads send the saved
queries (SPARQL 1.1 Protocol, JSON results) in a loop for the given time.
With --killers K, K of the N clients send instead, in a loop, the requests
that used to kill the engine (issue 14); their answers and the errors of the
others are reported apart, with the engine restarts kg serve logged.
All traffic stays on 127.0.0.1 and the loop stops by itself.
"""
from __future__ import annotations

import argparse
import collections
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from kg.build.builder import build
from kg.rdf.vocab import PREFIXES
from kg.store.query import saved_queries
from kg.store.serve import free_port


def wait_until_up(url: str) -> None:
    for _ in range(300):
        try:
            urllib.request.urlopen(url + "/", timeout=1).read()
            return
        except OSError:  # refused or timed out while it starts
            time.sleep(0.1)
    raise SystemExit("kg serve did not start")


# The three requests of issue 14 that each used to kill the engine behind the front.
KILLERS = [
    "ASK " + "{" * 3000 + "}" * 3000,
    "SELECT * WHERE { " + "?s ?p ?o . " * 200_000 + "}",
    "ASK { FILTER(" + "(" * 5000 + "true" + ")" * 5000 + ") }",
]


def client(url: str, queries: list[str], stop: float, latencies: list[float], errors: list[str], lock: threading.Lock) -> None:
    i = 0
    while time.monotonic() < stop:
        query = queries[i % len(queries)]
        i += 1
        request = urllib.request.Request(url + "/sparql", data=urllib.parse.urlencode({"query": query}).encode(),
                                         headers={"Accept": "application/sparql-results+json"})
        started = time.perf_counter()
        try:
            urllib.request.urlopen(request, timeout=30).read()
            with lock:
                latencies.append(time.perf_counter() - started)
        except Exception as exc:  # count every failure, whatever its kind
            with lock:
                errors.append(f"{exc.code} {exc.read()[:80]!r}" if isinstance(exc, urllib.error.HTTPError) else type(exc).__name__)


def killer(url: str, stop: float, answers: collections.Counter, lock: threading.Lock) -> None:
    """Send the killers in a loop, as a plain POST of the query; count the answers by status."""
    i = 0
    while time.monotonic() < stop:
        request = urllib.request.Request(url + "/sparql", data=KILLERS[i % len(KILLERS)].encode(),
                                         headers={"Content-Type": "application/sparql-query"})
        i += 1
        try:
            status = urllib.request.urlopen(request, timeout=30).status
        except urllib.error.HTTPError as error:
            status = error.code
        except Exception as exc:  # a dropped connection is an answer too, a bad one
            status = type(exc).__name__
        with lock:
            answers[status] += 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sources", nargs="?", default="sources")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--killers", type=int, default=0, help="How many of the clients send killer queries.")
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    # Every prefix the saved queries may use (place-ids.rq needs skos:, owl:, xsd:).
    prefixes = "".join(f"PREFIX {name}: <{namespace}>\n" for name, namespace in PREFIXES.items())
    queries = [prefixes + q.text for q in saved_queries()]
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryFile() as log:
        build(args.sources, tmp, viewer=False)
        port = free_port()
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "-o", tmp, "--port", str(port)], stderr=log)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(url)
            latencies, errors, killed, lock = [], [], collections.Counter(), threading.Lock()
            stop = time.monotonic() + args.seconds
            threads = [threading.Thread(target=killer, args=(url, stop, killed, lock)) for _ in range(args.killers)]
            threads += [threading.Thread(target=client, args=(url, queries, stop, latencies, errors, lock))
                        for _ in range(args.clients - args.killers)]
            started = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.monotonic() - started
        finally:
            proc.terminate()
            proc.wait(timeout=10)
        log.seek(0)
        restarts = log.read().decode(errors="replace").count("was restarted")
    report(args, elapsed, latencies, errors, killed, restarts)


def report(args, elapsed: float, latencies: list[float], errors: list[str], killed: collections.Counter, restarts: int) -> None:
    lat = sorted(latencies)
    p99 = lat[min(len(lat) - 1, int(0.99 * len(lat)))] if lat else float("nan")
    p50 = statistics.median(lat) if lat else float("nan")
    print(f"clients {args.clients - args.killers} sending saved queries, {elapsed:.1f} s, {len(lat)} answered, {len(errors)} errors")
    for kind, n in collections.Counter(errors).most_common(5):
        print(f"  {n} x {kind}")
    print(f"throughput {len(lat) / elapsed:.1f} queries/s, p50 {p50 * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms")
    if args.killers:
        answers = ", ".join(f"{status}: {n}" for status, n in sorted(killed.items(), key=str))
        print(f"killer clients {args.killers}: {sum(killed.values())} sent, answered {answers}")
    print(f"engine restarts: {restarts}")


if __name__ == "__main__":
    main()
