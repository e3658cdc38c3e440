#!/usr/bin/env python3
"""Soak: build a generated corpus in which 5% of the files are damaged, and account for every file.

usage: python benchmarks/soak.py [N] [--jobs J]     (default N: 10000)

Damage kinds: empty, binary, truncated mid-character (readable), Windows-1258
(readable), UTF-16 (readable), TCVN3 (refused), HTML page (readable), a name with
spaces and Vietnamese letters (readable). Prints articles read, skipped (with
each reason and count) and lost: files that should have been read but were not
(target: 0).
"""
from __future__ import annotations

import argparse
import collections
import os
import random
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.build.builder import build  # noqa: E402
from tests.benchmarks.corpus import write_corpus  # noqa: E402

TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES)) + "".join(c for c in parts if c in TONES))
    return "".join(out).encode("cp1258", errors="replace")


DAMAGE = {  # kind: (how, should it still be read?)
    "empty": (lambda text: b"", False),
    "binary": (lambda text: bytes(range(256)) * 8, False),
    "tcvn3": (lambda text: "Héi nghÞ ®èi ngo¹i toµn quèc ®· diÔn ra".encode("cp1252"), False),
    "truncated": (lambda text: text.encode("utf-8")[:-1] if text.encode("utf-8")[-1] > 127 else text.encode("utf-8")[:-2] + "ộ".encode()[:2], True),
    "windows-1258": (lambda text: cp1258(text), True),
    "utf-16": (lambda text: text.encode("utf-16"), True),
    "html": (lambda text: ("<!DOCTYPE html><html><head><title>Tin</title></head><body><article><p>"
                           + text.split("\n\n", 1)[-1].replace("\n", "</p><p>") + "</p></article></body></html>").encode("utf-8"), True),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int, nargs="?", default=10_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        paths = write_corpus(args.n, src)
        expected_read = set()
        for path in paths:
            if rng.random() < 0.05:
                kind = rng.choice(sorted(DAMAGE))
                damage, readable = DAMAGE[kind]
                target = path.with_suffix(".html") if kind == "html" else path
                target.write_bytes(damage(path.read_text(encoding="utf-8")))
                if target != path:
                    path.unlink()
                if readable:
                    expected_read.add(target.stem)
            else:
                expected_read.add(path.stem)
        odd = src / "bài viết số 1 (Hà Nội).txt"
        odd.write_text(paths[0].read_text(encoding="utf-8") if paths[0].exists() else "Hội nghị diễn ra.", encoding="utf-8")
        expected_read.add(odd.stem)
        problems = []
        started = time.perf_counter()
        report = build(src, Path(tmp) / "out", jobs=args.jobs, on_problem=problems.append)
        wall = time.perf_counter() - started
    read = {r.doc_id for r in report.results}
    reasons = collections.Counter(str(p).split(": ", 1)[-1].split(" (")[0][:60] for p in problems)
    print(f"{args.n + 1} files in {wall:.0f} s: {len(read)} read, {len(problems)} skipped, {len(expected_read - read)} lost")
    for reason, count in reasons.most_common():
        print(f"  skipped {count:5d}: {reason}")


if __name__ == "__main__":
    main()
