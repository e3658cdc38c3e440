#!/usr/bin/env python3
"""Build benchmark on a generated corpus: prints every figure issue 6 asks for.

usage: pip install -e '.[bench]' && python benchmarks/build_bench.py N [--jobs J]

Generates N articles (tests/benchmarks/corpus.py, seeded), then measures:
extraction throughput on one core; end-to-end `kg build` wall time and peak
RSS; rebuilds after one article's text changed (same facts), after one
article's facts changed and after one was added, each checked byte-identical
to a clean build of the same sources; saved-query latency over the store
(bound to one entity as `kg query --saved NAME --bind …` runs them: median and
max of 20 runs; and the full listings, median and max of 3); the viewer page;
and the peers on the same data: the plain rdflib in-memory path for the RDF
stage and underthesea's NER (the `bench` extra installs it), each as a ratio.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rdflib import Graph  # noqa: E402

from kg.build.builder import VIEWER_LIMIT, extract_file  # noqa: E402
from kg.build.cache import CACHE_DIR, ResultCache  # noqa: E402
from kg.build.dataset import Assembly, Dataset, results_to_nquads  # noqa: E402
from kg.build.fragment import article_fragment  # noqa: E402
from kg.rdf.quads import nquads_to_ntriples  # noqa: E402
from kg.extract.gazetteer import load_gazetteer  # noqa: E402
from kg.build.state import load_state  # noqa: E402
from kg.rdf.vocab import DEFAULT_BASE  # noqa: E402
from kg.store.query import saved_queries  # noqa: E402
from kg.rdf.vocab import PREFIXES  # noqa: E402
from kg.store.embedded import open_store, query_store  # noqa: E402
from tests.benchmarks.corpus import write_corpus  # noqa: E402
from tests.benchmarks.query_values import FINDERS  # noqa: E402

PEER_SAMPLE = 500  # articles the peers run on (they are much slower)
OUTPUTS = ("graph.ttl", "graph.html")


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - started


def kg_build(src: Path, out: Path, jobs: int, *extra: str) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one `kg build` process, measured by GNU time if present."""
    cmd = [sys.executable, "-m", "kg.cli", "build", str(src), "-o", str(out), "-q", "--jobs", str(jobs), *extra]
    if Path("/usr/bin/time").exists():  # GNU time: the peak RSS of this one process
        cmd = ["/usr/bin/time", "-f", "RSS_KB %M", *cmd]
    started = time.perf_counter()
    run = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if run.returncode:
        raise SystemExit(run.stderr)
    rss = [line for line in run.stderr.splitlines() if line.startswith("RSS_KB ")]
    return wall, (int(rss[-1].split()[1]) / 1024 if rss else float("nan"))


def same_as_clean(src: Path, out: Path, scratch: Path, jobs: int) -> str:
    clean = scratch / "clean"
    shutil.rmtree(clean, ignore_errors=True)
    kg_build(src, clean, jobs, "--clean")
    same = all((out / n).read_bytes() == (clean / n).read_bytes() for n in OUTPUTS)
    return "byte-identical to a clean build" if same else "DIFFERENT from a clean build"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        src, out = scratch / "src", scratch / "out"
        paths = write_corpus(args.n, src)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        size, chars = sum(p.stat().st_size for p in paths), sum(len(t) for t in texts)
        print(f"corpus: {args.n} articles, {size / 1e6:.1f} MB ({chars / 1e6:.1f} M characters), jobs {args.jobs}")

        sample, t_extract = timed(extraction, paths)
        print(f"extraction (1 core): {args.n / t_extract:.0f} articles/s, {size / 1e6 / t_extract:.2f} MB/s, "
              f"{chars / t_extract:,.0f} characters/s")

        wall, rss = kg_build(src, out, args.jobs)
        quads = sum(1 for _ in open(out / "graph.ttl", "rb"))
        print(f"kg build (clean): {wall:.1f} s wall, peak RSS {rss:.0f} MiB ({quads:,} Turtle lines)")
        rebuilds(src, out, paths, scratch, args.jobs)
        queries(out)

        print(f"viewer page (default view, from the build's kept sums, layout computed): {viewer_seconds(out):.1f} s")
        rdf_peer(sample)
        underthesea_peer([r.document.text for r in sample], chars / t_extract)


def extraction(paths: list[Path]) -> list:
    """Extract every article as a build's worker does (results not kept: a build keeps
    none); returns the first PEER_SAMPLE results for the peers."""
    load_gazetteer()  # loaded once per process, as in a build: not part of the throughput
    sample = []
    for path in paths:
        result = extract_file(path)
        if len(sample) < PEER_SAMPLE:
            sample.append(result)
    return sample


def viewer_seconds(out: Path) -> float:
    cache = ResultCache(out)
    state = load_state(out / CACHE_DIR, DEFAULT_BASE)
    dataset = Dataset(state, lambda e: cache.turtle(e.key), lambda k: cache.get(k)[1].view)
    state.view.evidence.clear()  # as in a clean build: evidence gathered and every node made again
    state.view.json.clear()
    return timed(dataset.page, VIEWER_LIMIT)[1]


def rebuilds(src: Path, out: Path, paths: list[Path], scratch: Path, jobs: int) -> None:
    first, second, third = paths[0], paths[1], paths[2]
    first.write_text(first.read_text(encoding="utf-8") + "\nBài viết đã được cập nhật.\n", encoding="utf-8")
    wall, rss = kg_build(src, out, jobs)
    print(f"rebuild, one article's text changed (same facts): {wall:.1f} s, {rss:.0f} MiB")
    first.write_text(second.read_text(encoding="utf-8"), encoding="utf-8")  # now states other facts
    wall, rss = kg_build(src, out, jobs)
    print(f"rebuild, one article's facts changed: {wall:.1f} s, {rss:.0f} MiB")
    (src / "added.txt").write_text(third.read_text(encoding="utf-8").replace("Sáng", "Chiều"), encoding="utf-8")
    wall, rss = kg_build(src, out, jobs)
    print(f"rebuild, one article added: {wall:.1f} s, {rss:.0f} MiB; {same_as_clean(src, out, scratch, jobs)}")


def queries(out: Path) -> None:
    store = open_store(out / "store")
    for q in saved_queries():
        bindings = {p: query_store(store, FINDERS[p]).rows[0][0] for p in q.parameters}
        bound = [timed(query_store, store, q.text, bindings)[1] * 1000 for _ in range(20)]
        full = [timed(query_store, store, q.text)[1] * 1000 for _ in range(3)]
        what = ", ".join(f"{k}={v}" for k, v in bindings.items()) or "no parameter"
        print(f"query {q.name:27s} bound: median {statistics.median(bound):7.1f} ms, max {max(bound):7.1f} ms ({what}); "
              f"full listing: median {statistics.median(full):7.0f} ms, max {max(full):7.0f} ms")


def rdf_peer(sample) -> None:
    def ours(results):  # the RDF stage alone: the fragments' share of the viewer is the viewer's stage
        return Assembly(article_fragment(r, viewer=False) for r in results).turtle()

    # The peer is given the facts already as N-Quads text (made outside its timing): it
    # pays only for rdflib's Graph and serialiser, so the ratio errs in rdflib's favour.
    small, nquads = results_to_nquads(sample[:50]), results_to_nquads(sample)
    ours(sample[:50]), rdflib_in_memory(small)  # one warm-up run each: caches and imports are not the stage
    t_ours = statistics.median(timed(ours, sample)[1] for _ in range(3))
    t_peer = statistics.median(timed(rdflib_in_memory, nquads)[1] for _ in range(3))
    print(f"RDF stage on {len(sample)} articles (facts -> Turtle, median of 3): ours {t_ours:.2f} s, "
          f"rdflib in memory {t_peer:.2f} s, ratio {t_peer / t_ours:.1f}x")


def rdflib_in_memory(nquads: str) -> str:
    """The plain rdflib path for the same facts: an in-memory Graph, serialised by rdflib."""
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    graph.parse(data=nquads_to_ntriples(nquads), format="nt")
    return graph.serialize(format="turtle")


def underthesea_peer(texts: list[str], our_chars_per_second: float) -> None:
    try:
        from underthesea import ner
    except ImportError:
        print("underthesea NER: not installed (pip install -e '.[bench]'), no ratio")
        return
    sample = texts[:100]
    ner(sample[0])  # loads its model: not part of the throughput
    count = sum(len(t) for t in sample)
    _, seconds = timed(lambda: [ner(t) for t in sample])
    theirs = count / seconds
    print(f"underthesea NER (1 core, {len(sample)} articles): {theirs:,.0f} characters/s; "
          f"ours {our_chars_per_second:,.0f} characters/s, ratio {our_chars_per_second / theirs:.0f}x")


if __name__ == "__main__":
    main()
