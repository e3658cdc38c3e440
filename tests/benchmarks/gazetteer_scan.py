"""Benchmark: scanning 1 MB of news-like text with the gazetteer.

The brief is "well under a second" for 1 MB; this reports the time instead of
asserting it (timing in a unit test would fail on a busy machine, not on a bug).

usage: python -m tests.benchmarks.gazetteer_scan [MEGABYTES]
"""
from __future__ import annotations

import random
import sys
import time

from kg.extract.gazetteer import load_gazetteer

FILLER = [
    "Hai bên đánh giá cao kết quả hợp tác trong thời gian qua, nhất là trong giáo dục, y tế và thương mại.",
    "Các đại biểu đã thảo luận về phương hướng, nhiệm vụ trọng tâm trong thời gian tới,",
    "nhằm giữ vững hòa bình, ổn định và thúc đẩy quan hệ hữu nghị truyền thống.",
]


def news_text(megabytes: float, seed: int = 7) -> str:
    """Filler sentences interleaved with place names of every family (deterministic)."""
    rng = random.Random(seed)
    names = sorted(p.name for p in load_gazetteer().places())
    parts, size = [], 0
    while size < megabytes * 1_000_000:
        part = f"Đoàn {rng.choice(names)} thăm {rng.choice(names)}. {rng.choice(FILLER)}\n"
        parts.append(part)
        size += len(part.encode())
    return "".join(parts)


def main(argv: list[str]) -> None:
    megabytes = float(argv[0]) if argv else 1.0
    start = time.perf_counter()
    gazetteer = load_gazetteer()
    loaded = time.perf_counter()
    text = news_text(megabytes)
    begin = time.perf_counter()
    matches = gazetteer.scan(text)
    took = time.perf_counter() - begin
    print(f"load {loaded - start:.3f} s; scan {len(text.encode()) / 1e6:.2f} MB: {took:.3f} s, {len(matches)} matches")


if __name__ == "__main__":
    main(sys.argv[1:])
