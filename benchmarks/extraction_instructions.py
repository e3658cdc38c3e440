#!/usr/bin/env python3
"""Instructions extraction spends per article, counted by valgrind: the A/B figure of two
versions of kg on a busy machine, where CPU time drifts by tens of per cent between runs.

usage: python benchmarks/extraction_instructions.py ARTICLES_DIR [TREE ...]
(e.g. `python -m tests.benchmarks.corpus 100 C100` first; each TREE is a checkout of kg,
put first on the path, default: this one; needs Debian's valgrind)

Each tree runs benchmarks/extraction_speed.py twice under callgrind, on the folder and on
its first article alone; the difference is what the other articles cost, start-up and the
gazetteer's load left out. Counts are the same from run to run (a few parts in a thousand),
whatever else the machine does. Instructions are not time (a cache miss costs more than an
add), so a change that moves them by a few per cent is measured again by
extraction_speed.py on a quiet machine.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(tree: Path, folder: Path) -> int:
    """Instructions callgrind counts for extraction_speed.py of ``tree`` over ``folder``."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    script = tree / "benchmarks" / "extraction_speed.py"
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, str(script), str(folder)],
        env=env, capture_output=True, text=True, check=True)
    found = _COLLECTED.search(run.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output for {tree}:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def per_article(tree: Path, folder: Path) -> tuple[int, float]:
    """(articles counted, instructions per article) beyond the first article."""
    paths = sorted(folder.glob("*.txt"))
    if len(paths) < 2:
        raise SystemExit(f"{folder}: needs two articles or more")
    with tempfile.TemporaryDirectory() as one:
        shutil.copy(paths[0], one)
        spent = instructions(tree, folder) - instructions(tree, Path(one))
    return len(paths) - 1, spent / (len(paths) - 1)


def main(argv: list[str]) -> None:
    if not argv or shutil.which("valgrind") is None:
        raise SystemExit(__doc__ if argv else "usage: extraction_instructions.py ARTICLES_DIR [TREE ...]")
    folder = Path(argv[0])
    trees = [Path(t).resolve() for t in argv[1:]] or [Path(__file__).resolve().parents[1]]
    for tree in trees:
        count, each = per_article(tree, folder)
        print(f"{tree}: {each / 1e6:.2f} M instructions per article ({count} articles)")


if __name__ == "__main__":
    main(sys.argv[1:])
