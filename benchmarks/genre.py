#!/usr/bin/env python3
"""Score kg on the genre sets: articles we wrote on the model of real pages, with their gold.

usage: python benchmarks/genre.py [--split dev|held-out] [--show]

Each split is built in a temporary folder with the installed kg and scored by
kg's own scorer (the reference scorer's rules). See benchmarks/genre/README.md.
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from kg.build.builder import build
from kg.check.evaluate import format_report, score

HERE = Path(__file__).resolve().parent / "genre"
SPLITS = ("dev", "held-out")


def score_split(split: str, show: bool) -> str:
    with tempfile.TemporaryDirectory() as out:
        report = build(HERE / split / "articles", out, incremental=False)
        return format_report(score(report.graph, HERE / split / "gold.jsonl"), show=show)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS)
    parser.add_argument("--show", action="store_true", help="list misses and false positives")
    args = parser.parse_args()
    for split in [args.split] if args.split else SPLITS:
        print(f"== {split}\n{score_split(split, args.show)}")


if __name__ == "__main__":
    main()
