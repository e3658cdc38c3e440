#!/usr/bin/env python3
"""Drive `kg serve` with concurrent clients and print throughput, latency and errors.

usage: python benchmarks/endpoint_load.py [--clients 20] [--seconds 30] [SOURCES]

Builds SOURCES (default: sources/) into a temporary folder, starts a real
`kg serve` on a free loopback port, and has N client threads send the saved
queries (SPARQL 1.1 Protocol, JSON results) in a loop for the given time.
All traffic stays on 127.0.0.1 and the loop stops by itself.
"""
from __future__ import annotations

import argparse
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
                errors.append(type(exc).__name__)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sources", nargs="?", default="sources")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    prefixes = "PREFIX kg: <https://w3id.org/kg-vn/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" \
               "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n" \
               "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
    queries = [prefixes + q.text for q in saved_queries()]
    with tempfile.TemporaryDirectory() as tmp:
        build(args.sources, tmp, viewer=False)
        port = free_port()
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "-o", tmp, "--port", str(port)], stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(url)
            latencies, errors, lock = [], [], threading.Lock()
            stop = time.monotonic() + args.seconds
            threads = [threading.Thread(target=client, args=(url, queries, stop, latencies, errors, lock)) for _ in range(args.clients)]
            started = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.monotonic() - started
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    lat = sorted(latencies)
    p99 = lat[min(len(lat) - 1, int(0.99 * len(lat)))] if lat else float("nan")
    print(f"clients {args.clients}, {elapsed:.1f} s, {len(lat)} answered, {len(errors)} errors")
    print(f"throughput {len(lat) / elapsed:.1f} queries/s, p50 {statistics.median(lat) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms")


if __name__ == "__main__":
    main()
