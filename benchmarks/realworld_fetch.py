#!/usr/bin/env python3
"""Fetch the real-article excerpts again: what to look up, and a checked save of each.

The excerpts are never committed and a machine keeps none between sessions, so
scoring starts by finding them again with the search tool (corpus "pages"),
which only an agent or a person can call. This script does the rest:

  python benchmarks/realworld_fetch.py plan EXCERPTS_DIR [--split S] [--lists N] [--out DIR]
      the queries still to look up (one search each finds every excerpt
      gathered with it; ranks move, so an excerpt is matched by its url),
      held-out splits first, dealt into N lists for N people or helpers;
  python benchmarks/realworld_fetch.py save ID EXCERPTS_DIR < LITERAL
      stdin is the excerpt exactly as the search answer shows it, as its JSON
      string literal ("…\\n…", escapes as written, so nothing is retyped by
      hand): decoded, written as ID.txt only when its sha256 is the manifest's.

Copying by hand loses invisible differences (a non-breaking space, another
Unicode form of one letter): such an excerpt fails its sha256 and is not
saved; realworld.py scores what is there.
"""
from __future__ import annotations

import argparse
import hashlib
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


def save(ident: str, literal: str, excerpts: Path, manifest: list[dict]) -> Path:
    """Write the excerpt a JSON string literal holds, if it is byte for byte the one gathered."""
    entry = next((e for e in manifest if e["id"] == ident), None)
    if entry is None:
        raise SystemExit(f"{ident}: no such id in the manifest")
    data = json.loads(literal.strip()).encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    if digest != entry["sha256"]:
        raise SystemExit(f"{ident}: sha256 {digest[:12]}… of {len(data)} bytes is not the manifest's"
                         f" {entry['sha256'][:12]}…; not saved")
    excerpts.mkdir(parents=True, exist_ok=True)
    path = excerpts / f"{ident}.txt"
    path.write_bytes(data)
    return path


def main(argv: list[str], manifest: list[dict] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    plan = verbs.add_parser("plan")
    plan.add_argument("excerpts", type=Path)
    plan.add_argument("--split")
    plan.add_argument("--lists", type=int, default=1)
    plan.add_argument("--out", type=Path, help="write list1.txt … listN.txt here (default: print one list)")
    saving = verbs.add_parser("save")
    saving.add_argument("id")
    saving.add_argument("excerpts", type=Path)
    args = parser.parse_args(argv)
    manifest = read_manifest() if manifest is None else manifest
    if args.verb == "save":
        print(f"saved {save(args.id, sys.stdin.read(), args.excerpts, manifest)}")
        return 0
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
