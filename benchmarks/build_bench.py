#!/usr/bin/env python3
"""Build benchmark on a generated corpus: prints every figure issue 6 asks for.

usage: python benchmarks/build_bench.py N [--jobs J]

Generates N articles (tests/benchmarks/corpus.py, seeded), then measures:
extraction throughput (one core), end-to-end `kg build` wall time and peak
RSS, triples, incremental rebuilds (one article changed, one added),
saved-query latency over the store (median and max of 20 runs each),
viewer generation time; and the peers on the same data: the plain rdflib
in-memory path for the RDF stage, and underthesea's NER (if installed).
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.build import extract_results  # noqa: E402
from kg.fastrdf import nquads_to_ntriples, nquads_to_turtle, results_to_nquads  # noqa: E402
from kg.query import saved_queries  # noqa: E402
from kg.rdf import PREFIXES  # noqa: E402
from rdflib import Graph  # noqa: E402
from kg.store import open_store, query_store  # noqa: E402
from tests.benchmarks.corpus import write_corpus  # noqa: E402

PEER_SAMPLE = 500  # articles the peers run on (they are much slower)


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - started


def kg_build(src: Path, out: Path, jobs: int) -> tuple[float, str]:
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(src), "-o", str(out), "-q", "--jobs", str(jobs)],
                         capture_output=True, text=True)
    if run.returncode:
        raise SystemExit(run.stderr)
    return time.perf_counter() - started, run.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "src", Path(tmp) / "out"
        paths = write_corpus(args.n, src)
        size = sum(p.stat().st_size for p in paths)
        print(f"corpus: {args.n} articles, {size / 1e6:.1f} MB, jobs {args.jobs}")

        results, t_extract = timed(extract_results, src)
        print(f"extraction (1 core): {args.n / t_extract:.0f} articles/s, {size / 1e6 / t_extract:.2f} MB/s")

        wall, _ = kg_build(src, out, args.jobs)
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        triples = sum(1 for line in (out / "graph.ttl").read_text(encoding="utf-8").splitlines() if line.rstrip().endswith((" .", " ;", " ,")))
        print(f"kg build (clean): {wall:.1f} s wall, peak RSS {rss:.0f} MiB, ~{triples} Turtle statements")

        paths[0].write_text(paths[0].read_text(encoding="utf-8") + "\nBài viết đã được cập nhật.\n", encoding="utf-8")
        print(f"rebuild after one article changed: {kg_build(src, out, args.jobs)[0]:.1f} s")
        (src / "added.txt").write_text(paths[1].read_text(encoding="utf-8").replace("Sáng", "Chiều"), encoding="utf-8")
        print(f"rebuild after one article added: {kg_build(src, out, args.jobs)[0]:.1f} s")

        store = open_store(out / "store")
        for q in saved_queries():
            times = [timed(query_store, store, q.text)[1] * 1000 for _ in range(20)]
            print(f"query {q.name:28s} median {statistics.median(times):7.1f} ms, max {max(times):7.1f} ms")

        from kg.viewer import write_viewer
        from kg.viewer.index import TripleIndex
        import pyoxigraph as ox

        index = TripleIndex.parse((out / "graph.ttl").read_bytes(), ox.RdfFormat.TURTLE)
        print(f"viewer generation: {timed(write_viewer, index, Path(tmp) / 'v.html', limit=2000)[1]:.1f} s")

        sample = results[:PEER_SAMPLE]
        prefixes = {k: str(v) for k, v in PREFIXES.items()}
        _, ours = timed(lambda: nquads_to_turtle(results_to_nquads(sample), prefixes))
        _, peer = timed(lambda: rdflib_in_memory(results_to_nquads(sample)))
        print(f"RDF stage on {len(sample)} articles (facts → Turtle): ours {ours:.2f} s, rdflib in memory {peer:.2f} s, ratio {peer / ours:.1f}x")
        underthesea_peer([r.document.text for r in sample], size / args.n, t_extract / args.n)


def rdflib_in_memory(nquads: str) -> str:
    """The plain rdflib path for the same facts: an in-memory Graph, serialised by rdflib."""
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    graph.parse(data=nquads_to_ntriples(nquads), format="nt")
    return graph.serialize(format="turtle")


def underthesea_peer(texts: list[str], bytes_per_article: float, our_seconds_per_article: float) -> None:
    try:
        from underthesea import ner
    except ImportError:
        print("underthesea NER: not installed here (pip install underthesea), no ratio")
        return
    sample = texts[:50]
    chars = sum(len(t) for t in sample)
    _, seconds = timed(lambda: [ner(t) for t in sample])
    ours = bytes_per_article / our_seconds_per_article
    print(f"underthesea NER: {chars / seconds:.0f} chars/s; ours {ours:.0f} bytes/s, ratio {ours / (chars / seconds):.0f}x")


if __name__ == "__main__":
    main()
