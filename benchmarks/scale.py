#!/usr/bin/env python3
"""A build at scale, and what it says about an archive: prints every figure issue 15 asks for.

usage: python benchmarks/scale.py N [--jobs J] [--corpus DIR] [--work DIR] [--keep]
       [--project 10000000] [--workers 8,64,512]

Generates N articles (tests/benchmarks/corpus.py, seeded; or reads --corpus),
then measures one clean `kg build` (wall time, peak RSS of the build process
and of its largest worker, the time split by stage as `kg build --timings`
prints it), the bytes on disk per byte of source text (graph.ttl, the store,
the cache), and a rebuild after one article's facts changed. From the
measured per-article costs it projects an archive of --project articles
extracted on W workers (--workers), stating what the projection assumes.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.benchmarks.corpus import write_corpus  # noqa: E402

# The stages the workers do (extraction, and extraction again of articles whose persons are kept apart).
PARALLEL_STAGES = ("extract (and read the cache)", "keep homonyms apart")


def folder_bytes(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def kg_build(src: Path, out: Path, jobs: int, *extra: str) -> dict:
    """One `kg build` process: wall seconds, peak RSS (MiB, GNU time), CPU seconds of it and
    its workers, and its stage timings."""
    cmd = [sys.executable, "-m", "kg.cli", "build", str(src), "-o", str(out), "-q", "--timings", "--jobs", str(jobs), *extra]
    cmd = ["/usr/bin/time", "-f", "RSS_KB %M CPU %U %S", *cmd]
    started = time.perf_counter()
    run = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if run.returncode:
        raise SystemExit(run.stderr)
    measured = re.search(r"RSS_KB (\d+) CPU ([\d.]+) ([\d.]+)", run.stderr)
    stages = {}
    for line in run.stdout.splitlines():
        seconds, _, stage = line.strip().partition(" s  ")
        stages[stage] = float(seconds)
    return {"wall": wall, "rss": int(measured[1]) / 1024, "cpu": float(measured[2]) + float(measured[3]),
            "stages": stages}


def report_build(label: str, run: dict) -> None:
    print(f"{label}: {run['wall']:.1f} s wall, {run['cpu']:.0f} s CPU (build and workers), peak RSS {run['rss']:.0f} MiB")
    for stage, seconds in run["stages"].items():
        print(f"    {seconds:8.2f} s  {stage}")


def disk(out: Path, text_bytes: int) -> dict[str, int]:
    parts = {"graph.ttl": folder_bytes(out / "graph.ttl"), "graph.html": folder_bytes(out / "graph.html"),
             "store": folder_bytes(out / "store"), "cache": folder_bytes(out / ".cache")}
    for name, size in parts.items():
        print(f"    {name:10s} {size / 1e6:9.1f} MB   {size / text_bytes:6.2f} bytes per byte of text")
    counted = parts["graph.ttl"] + parts["store"] + parts["cache"]
    print(f"    graph.ttl + store + cache: {counted / 1e6:.1f} MB, {counted / text_bytes:.2f} bytes per byte of text")
    return parts


def project(n: int, run: dict, parts: dict[str, int], jobs: int, archive: int, workers: list[int]) -> None:
    """An archive's build from this one's per-article costs."""
    extract_wall = sum(run["stages"].get(stage, 0.0) for stage in PARALLEL_STAGES)
    extract_cpu = extract_wall * jobs / n  # core-seconds per article: the workers were busy throughout
    serial = (run["wall"] - extract_wall) / n  # what one machine does after extraction, per article
    per_article = {name: size / n for name, size in parts.items()}
    print(f"\nprojection to {archive:,} articles (from {n:,}):")
    print(f"  measured per article: extraction (with homonyms' variants) {extract_cpu * 1e3:.1f} ms of one core; assembly (graph.ttl, page,"
          f" store, sums) {serial * 1e3:.2f} ms on the building machine")
    for w in workers:
        extraction = archive * extract_cpu / w
        print(f"  {w:5d} workers: extraction {extraction / 3600:7.2f} h, then assembly {archive * serial / 3600:6.2f} h"
              f" on one machine: {(extraction + archive * serial) / 3600:7.2f} h")
    gb = {name: archive * size / 1e9 for name, size in per_article.items()}
    print(f"  on disk: graph.ttl {gb['graph.ttl']:.0f} GB, store {gb['store']:.0f} GB (Oxigraph), cache {gb['cache']:.0f} GB")
    print("  assumes: articles like these (the generated corpus: ~1.7 KB, ~13 facts each); extraction spread"
          " evenly over the workers with no cost to ship articles and fragments (Dask, `--scheduler`); the"
          " assembly linear in articles, as the builds at two sizes show (compare the per-article figure); the"
          " store's per-quad size constant (Oxigraph's; a cluster store such as Virtuoso differs).")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--corpus", type=Path, help="articles already generated (else made in the work folder)")
    parser.add_argument("--work", type=Path, help="where the corpus and the build go (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--project", type=int, default=10_000_000)
    parser.add_argument("--workers", default="8,64,512")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-scale-"))
    try:
        src = args.corpus or work / "src"
        if not args.corpus:
            write_corpus(args.n, src)
        paths = sorted(src.glob("*.txt"))[: args.n]
        text_bytes = sum(p.stat().st_size for p in paths)
        print(f"corpus: {len(paths):,} articles, {text_bytes / 1e6:.1f} MB of text, jobs {args.jobs}")
        out = work / "out"
        shutil.rmtree(out, ignore_errors=True)
        run = kg_build(src, out, args.jobs, "--clean")
        report_build("clean build", run)
        parts = disk(out, text_bytes)
        first, second = paths[0], paths[1]
        kept = first.read_bytes()
        first.write_text(second.read_text(encoding="utf-8"), encoding="utf-8")  # now states other facts
        try:
            report_build("rebuild, one article's facts changed", kg_build(src, out, args.jobs))
        finally:
            first.write_bytes(kept)
        project(len(paths), run, parts, args.jobs, args.project, [int(w) for w in args.workers.split(",")])
    finally:
        if not args.keep and not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
