#!/usr/bin/env python3
"""Extraction throughput on one core, in CPU time: the figure to compare two versions of kg.

usage: python benchmarks/extraction_speed.py ARTICLES_DIR
(e.g. `python -m tests.benchmarks.corpus 3000 C3K` first; run two versions interleaved,
`PYTHONPATH=OTHER python benchmarks/extraction_speed.py C3K`, on a busy machine CPU time
is steadier than wall time)

As a build's worker does it: the gazetteer loaded once (not counted), then each
article read and extracted; results are not kept.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from kg.build.builder import extract_file
from kg.extract.gazetteer import load_gazetteer


def main(folder: str) -> None:
    paths = sorted(Path(folder).glob("*.txt"))
    size = sum(p.stat().st_size for p in paths)
    load_gazetteer()
    start = time.process_time()
    for path in paths:
        extract_file(path)
    spent = time.process_time() - start
    print(f"{len(paths)} articles, {size / 1e6:.2f} MB, {spent:.1f} s CPU: {size / 1e6 / spent:.2f} MB/s")


if __name__ == "__main__":
    main(sys.argv[1])
