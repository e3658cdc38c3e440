"""Score extraction on real article excerpts: P/R/F1 per relation, per split and per kind.

The repository keeps only what finds an excerpt again and scores it:
benchmarks/realworld/manifest.jsonl (url, the exact search query, rank, sha256
of the excerpt, outlet, kind of article, split) and gold.jsonl (facts written
by hand, in the format of the shared gold). The excerpts themselves are never
committed: fetch them again with the search tool (corpus "pages", the query,
the rank) into a folder as ID.txt, byte for byte, and point this script at it.

usage: python benchmarks/realworld.py EXCERPTS_DIR [--split SPLIT|all] [--by-kind] [--show]

Splits: dev, dev2 … dev12 are developed on; held-out, held-out2 … held-out7 are
only ever scored (each gathered after every rule then written, by people who
had not seen the rules).

An excerpt whose sha256 differs from the manifest's is scored all the same and
reported, since its gold may no longer fit it.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.build import build  # noqa: E402
from kg.check.evaluate import RELATIONS, format_report, score  # noqa: E402

HERE = REPO / "benchmarks" / "realworld"
CORE = ("holdsOffice", "heldIn", "partnersWith")
SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "held-out", "held-out2", "held-out3", "held-out4", "held-out5", "held-out6", "held-out7")


def read_manifest(path: Path = HERE / "manifest.jsonl") -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def article_text(entry: dict, excerpt: bytes) -> str:
    """The excerpt as an article of kg's format: a header block with what the manifest knows."""
    header = [f"url: {entry['url']}"]
    if entry.get("published"):
        header.append(f"published: {entry['published']}")
    return "\n".join(header) + "\n\n" + excerpt.decode("utf-8")


def write_sources(entries: list[dict], excerpts: Path, folder: Path) -> list[str]:
    """The excerpts of these entries as articles in folder; the ids whose bytes changed."""
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for entry in entries:
        data = (excerpts / f"{entry['id']}.txt").read_bytes()
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            changed.append(entry["id"])
        (folder / f"{entry['id']}.txt").write_text(article_text(entry, data), encoding="utf-8")
    return changed


def score_entries(entries: list[dict], excerpts: Path, gold: Path, work: Path, name: str):
    sources, out = work / name / "sources", work / name / "out"
    changed = write_sources(entries, excerpts, sources)
    report = build(sources, out, viewer=False)
    return score(report.graph, gold, {e["id"] for e in entries}), changed


def summary_line(label: str, n: int, report) -> str:
    rel = report.relations
    parts = [f"{r} {rel[r].f1:.2f}" for r in RELATIONS if r in rel]
    p, r, f1 = report.micro
    return f"{label:22s} {n:4d}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}   " + "  ".join(parts)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("excerpts", type=Path)
    parser.add_argument("--split", default="all", choices=[*SPLITS, "all"])
    parser.add_argument("--by-kind", action="store_true", help="also score each kind of article on its own")
    parser.add_argument("--show", action="store_true", help="list misses and false positives")
    parser.add_argument("--gold", type=Path, default=HERE / "gold.jsonl")
    args = parser.parse_args(argv)
    manifest = [e for e in read_manifest() if (args.excerpts / f"{e['id']}.txt").is_file()]
    if not manifest:
        parser.error(f"no excerpt of the manifest in {args.excerpts}")
    splits = list(SPLITS) if args.split == "all" else [args.split]
    with tempfile.TemporaryDirectory() as tmp:
        for split in splits:
            entries = [e for e in manifest if e["split"] == split]
            if not entries:
                continue  # a split not gathered here (yet)
            report, changed = score_entries(entries, args.excerpts, args.gold, Path(tmp), split)
            print(f"== {split}: {len(entries)} excerpts from {len({e['outlet'] for e in entries})} outlets"
                  + (f" ({len(changed)} differ from their sha256: {', '.join(changed)})" if changed else ""))
            print(format_report(report, args.show), end="")
            if args.by_kind:
                by_kind = defaultdict(list)
                for entry in entries:
                    by_kind[entry["kind"]].append(entry)
                for kind, group in sorted(by_kind.items()):
                    kind_report, _ = score_entries(group, args.excerpts, args.gold, Path(tmp), f"{split}-{kind}")
                    print(summary_line(kind, len(group), kind_report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
