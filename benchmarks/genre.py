#!/usr/bin/env python3
"""Score kg on the genre sets: articles we wrote on the model of real pages, with their gold.

usage: python benchmarks/genre.py [--split dev|held-out] [--show | --by-dozen]

Each split is built in a temporary folder with the installed kg and scored by
kg's own scorer (the reference scorer's rules). With --by-dozen, each dozen
(the ids' two-letter prefix) is built alone and given one line: micro P, R, F1
and F1 per relation (the README's per-dozen table). See benchmarks/genre/README.md.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from kg.build.builder import build
from kg.check.evaluate import format_report, score

HERE = Path(__file__).resolve().parent / "genre"
SPLITS = ("dev", "held-out")
DOZEN_RELATIONS = ("holdsOffice", "heldIn", "partnersWith", "startDate")


def score_split(split: str, show: bool) -> str:
    with tempfile.TemporaryDirectory() as out:
        report = build(HERE / split / "articles", out, incremental=False)
        return format_report(score(report.graph, HERE / split / "gold.jsonl"), show=show)


def dozens(split: str) -> list[str]:
    return sorted({path.stem[:2] for path in (HERE / split / "articles").glob("*.txt")})


def score_dozen(split: str, dozen: str) -> str:
    """One dozen built alone: predictions of other articles would count as its false positives."""
    articles = sorted((HERE / split / "articles").glob(f"{dozen}*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "sources"
        sources.mkdir()
        for path in articles:
            shutil.copy(path, sources)
        report = build(sources, Path(tmp) / "out", incremental=False, viewer=False)
        result = score(report.graph, HERE / split / "gold.jsonl", {p.stem for p in articles})
    p, r, f1 = result.micro
    per_relation = [f"{result.relations[rel].f1:.3f}" if rel in result.relations else "-" for rel in DOZEN_RELATIONS]
    return " ".join([split, dozen, str(len(articles)), f"{p:.3f}", f"{r:.3f}", f"{f1:.3f}", *per_relation])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS)
    parser.add_argument("--show", action="store_true", help="list misses and false positives")
    parser.add_argument("--by-dozen", action="store_true", help="one line per dozen, each built alone")
    args = parser.parse_args()
    splits = [args.split] if args.split else SPLITS
    if args.by_dozen:
        print("split dozen articles P R F1 " + " ".join(DOZEN_RELATIONS))
        for split in splits:
            for dozen in dozens(split):
                print(score_dozen(split, dozen), flush=True)
        return
    for split in splits:
        print(f"== {split}\n{score_split(split, args.show)}")


if __name__ == "__main__":
    main()
