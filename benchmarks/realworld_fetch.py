#!/usr/bin/env python3
"""Find the real-article pages again: what to look up, one search-tool query for each.

  python benchmarks/realworld_fetch.py plan EXCERPTS_DIR [--split S] [--lists N] [--out DIR]
      the queries still to look up (one search each finds every page gathered
      with it; ranks move, so a page is matched by its url), held-out splits
      first, dealt into N lists for N readers.

Until the session of 2026-12-02 (fourth) each excerpt was then saved as a file
for benchmarks/realworld.py to score. The search tool's terms say its material
is never to be copied verbatim, so no copy is made any more: the plan now only
says where to read each page again (its sha256 in the manifest tells whether a
page read is the one gathered), and the real-article figures in the README are
the last ones measured from copies. benchmarks/genre/ carries the pages'
constructions in articles we wrote.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realworld import read_manifest  # noqa: E402  (the scorer's own reader of the manifest)


def missing(entries: list[dict], excerpts: Path) -> list[dict]:
    return [e for e in entries if not (excerpts / f"{e['id']}.txt").is_file()]


def by_query(entries: list[dict]) -> list[tuple[str, list[dict]]]:
    """Queries and what each finds, those with held-out excerpts first (the figures that matter)."""
    found = defaultdict(list)
    for entry in entries:
        found[entry["query"]].append(entry)
    first = lambda q: (not any(e["split"].startswith("held-out") for e in found[q]), q)  # noqa: E731
    return [(q, found[q]) for q in sorted(found, key=first)]


def plan_text(queries: list[tuple[str, list[dict]]]) -> str:
    lines = []
    for query, entries in queries:
        lines.append(f"QUERY {json.dumps(query, ensure_ascii=False)}")
        lines += [f"  {e['id']}  rank-when-gathered {e['rank']}  {e['url']}" for e in entries]
    return "\n".join(lines) + "\n"


def main(argv: list[str], manifest: list[dict] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    plan = verbs.add_parser("plan")
    plan.add_argument("excerpts", type=Path)
    plan.add_argument("--split")
    plan.add_argument("--lists", type=int, default=1)
    plan.add_argument("--out", type=Path, help="write list1.txt … listN.txt here (default: print one list)")
    args = parser.parse_args(argv)
    manifest = read_manifest() if manifest is None else manifest
    todo = [e for e in missing(manifest, args.excerpts) if args.split in (None, e["split"])]
    queries = by_query(todo)
    print(f"{len(todo)} excerpts missing, {len(queries)} queries to look up", file=sys.stderr)
    if args.out is None:
        sys.stdout.write(plan_text(queries))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for n in range(args.lists):
        (args.out / f"list{n + 1}.txt").write_text(plan_text(queries[n::args.lists]), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
