#!/usr/bin/env python3
"""Score kg on the genre sets: articles we wrote on the model of real pages, with their gold.

usage: python benchmarks/genre.py [--split dev|held-out] [--show | --by-dozen] [--as-pages]

Each split is built in a temporary folder with the installed kg and scored by
kg's own scorer (the reference scorer's rules). With --by-dozen, each dozen
(the ids' two-letter prefix) is built alone and given one line: micro P, R, F1
and F1 per relation (the README's per-dozen table). With --as-pages, each article is
first rewritten as the raw text of a web page (no header block: the outlet's name as a
masthead, a menu, the title, a dateline, a share bar, a byline, related links), the form
the seed articles and most real pages come in, to see that reading a page loses nothing.
See benchmarks/genre/README.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
from pathlib import Path

from kg.build.builder import build
from kg.check.evaluate import format_report, score

HERE = Path(__file__).resolve().parent / "genre"
SPLITS = ("dev", "held-out")
DOZEN_RELATIONS = ("holdsOffice", "heldIn", "partnersWith", "startDate")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
MENUS = ("Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao", "Tất cả chuyên mục",
         "Chính trị > Đối ngoại", "Tin tức - Sự kiện")
BYLINES = ("Minh Anh", "PV", "Thu Hà - Quốc Tuấn")
RELATED = ("Bình luận (0)", "Tin liên quan", "Tăng cường công tác thông tin đối ngoại năm mới",
           "Nhiều hoạt động văn hóa đặc sắc dịp cuối năm")


def as_page(article: str, seed: str) -> str:
    """A header-block article as a page's raw text would carry it (the same every time for one seed)."""
    head, _, body = article.partition("\n\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    day, pick = dt.date.fromisoformat(meta["published"]), random.Random(seed)
    hour, minute = pick.randint(6, 22), pick.randint(0, 59)
    dateline = pick.choice([
        f"{WEEKDAYS[day.weekday()]}, {day:%d/%m/%Y} {hour:02d}:{minute:02d} (GMT+7)",
        f"{WEEKDAYS[day.weekday()]}, {day.day}/{day.month}/{day.year} | {hour:02d}:{minute:02d}:05 [GMT +7] A A",
        f"Cập nhật: {hour:02d}:{minute:02d}, {day:%d/%m/%Y}",
        f"{day:%d/%m/%Y} {hour:02d}:{minute:02d}"])
    paragraphs = [line for line in body.splitlines() if line.strip()]
    masthead = [meta["publisher"]] if meta.get("publisher") else []
    lines = [*masthead, pick.choice(MENUS), meta["title"], dateline, paragraphs[0], "Chia sẻ", *paragraphs[1:],
             pick.choice(BYLINES), *RELATED]
    return "\n".join(lines) + "\n"


def articles_of(split: str, folder: Path, pages: bool, dozen: str = "") -> Path:
    """The split's articles (one dozen's, if given) copied into folder, as pages if asked."""
    folder.mkdir()
    for path in sorted((HERE / split / "articles").glob(f"{dozen}*.txt")):
        text = path.read_text(encoding="utf-8")
        (folder / path.name).write_text(as_page(text, path.stem) if pages else text, encoding="utf-8")
    return folder


def score_split(split: str, show: bool, pages: bool = False) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        report = build(articles_of(split, Path(tmp) / "sources", pages), Path(tmp) / "out", incremental=False)
        return format_report(score(report.graph, HERE / split / "gold.jsonl"), show=show)


def dozens(split: str) -> list[str]:
    return sorted({path.stem[:2] for path in (HERE / split / "articles").glob("*.txt")})


def score_dozen(split: str, dozen: str, pages: bool = False) -> str:
    """One dozen built alone: predictions of other articles would count as its false positives."""
    articles = sorted((HERE / split / "articles").glob(f"{dozen}*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        sources = articles_of(split, Path(tmp) / "sources", pages, dozen)
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
    parser.add_argument("--as-pages", action="store_true", help="each article rewritten as a web page's raw text first")
    args = parser.parse_args()
    splits = [args.split] if args.split else SPLITS
    if args.by_dozen:
        print("split dozen articles P R F1 " + " ".join(DOZEN_RELATIONS))
        for split in splits:
            for dozen in dozens(split):
                print(score_dozen(split, dozen, args.as_pages), flush=True)
        return
    for split in splits:
        print(f"== {split}\n{score_split(split, args.show, args.as_pages)}")


if __name__ == "__main__":
    main()
