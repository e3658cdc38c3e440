"""Read articles from disk into normalised ``Document``s.

An article is a UTF-8 text file, optionally starting with a header block of
``key: value`` lines (title, published, publisher, author, url) ended by a
blank line. Without a header, metadata comes from what the page itself shows
(a dateline such as "Thứ 3, 14/12/2021 | 14:18"). Page furniture (menus,
share bars, photo credits, "Liên kết website"…) is dropped from the body.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from itertools import islice
import os
from pathlib import Path

from .decoding import decode
from ..errors import SourceError
from .html import html_to_text, looks_like_html
from ..model import Document
from .text import clean_lines, normalize, separate_glued_words

HEADER_KEYS = ("title", "published", "publisher", "author", "url")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES)
# One news article is a few kilobytes; anything this big is a dump to split first.
MAX_ARTICLE_BYTES = 20 * 10**6

_FURNITURE_PATTERNS = [
    r"tất cả chuyên mục",
    r"trang chủ\b.*",  # a breadcrumb: "Trang chủ Hữu nghị Bốn phương …", "Trang chủ > Thời sự"
    r"liên kết website",
    r"ý kiến \(\d*\)",
    r"chia sẻ:?",
    r"chú thích ảnh",
    r"(ảnh|video|nguồn|đồ họa|clip)\s*:.*",
    r"a a",
    r"bình luận.*",
    r"các đơn vị thông tin của .*",
    r"(in bài|gửi bài|chia sẻ|bản in|lưu bài)( \| .*)?",
    r"theo .{1,40}$",
]
FURNITURE = re.compile(r"^(?:" + "|".join(_FURNITURE_PATTERNS) + r")$", re.IGNORECASE)
# A menu line that names the press releases and the small ads anywhere in it: looked for apart,
# its words first, for ".*" at the start made the regex engine walk every line back and forth.
_LINKS_MENU = re.compile(r"^.*\bthông cáo báo chí\b.*\brao vặt\b.*$", re.IGNORECASE)
_LINKS_MENU_WORDS = "thông cáo báo chí"


def is_furniture(line: str) -> bool:
    return (bool(FURNITURE.match(line)) or (_LINKS_MENU_WORDS in line.lower() and bool(_LINKS_MENU.match(line)))
            or _doubled(line))


def _doubled(line: str) -> bool:
    """'Khoảng 800 đại biểu dự hội nghị … Khoảng 800 đại biểu dự hội nghị …': a teaser of another
    article, its headline written twice in a row (the picture's text, then the link's), no sentence."""
    half = len(line) // 2
    return len(line) >= 41 and len(line) % 2 == 1 and line[half] == " " and line[:half] == line[half + 1:]


# "Thứ 3, 14/12/2021 | 14:18:25 [GMT +7] A A", "Ngày đăng : 17:57, 14/12/2021",
# "Thứ năm, 21 Tháng 12 2023 10:06"
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b")
_WORDY_DATE = re.compile(r"\b(\d{1,2}) tháng (\d{1,2}),? (\d{4})\b", re.IGNORECASE)
# "07:12 | 10/04/2023 GMT+7": the hour before the date, too.
_DATELINE = re.compile(
    r"^(?:(?:thứ \w+|chủ nhật)\b|\d{1,2}[/-]\d{1,2}[/-]\d{4}|\d{1,2}:\d{2}(?::\d{2})?\s*[|,-]?\s*\d{1,2}[/-]\d{1,2}[/-]\d{4})"
    r"|\b(?:ngày đăng|cập nhật|đăng lúc)\b"
    # "Q.CHÂU 09/06/2017 19:41": a byline, then the date and the hour closing the line
    r"|\b\d{1,2}[/-]\d{1,2}[/-]\d{4},?\s+\d{1,2}:\d{2}(?::\d{2})?$",
    re.IGNORECASE,
)
_TRAILING_FURNITURE = re.compile(r"\s*(?:\|\s*)?(?:\[?GMT ?\+ ?7\]?)?\s*(?:A A)?$")


def iter_sources(folder: str | Path) -> Iterator[Path]:
    """Article files under a folder, in a stable order."""
    root = Path(folder)
    if not root.is_dir():
        raise SourceError("not a folder of articles", path=str(root))
    yield from (Path(path) for path in sorted(_article_files(str(root)), key=lambda path: path.split(os.sep)))


def _article_files(folder: str) -> Iterator[str]:
    """Article files below a folder, found by os.scandir (its entries know their type: no
    stat per file); symbolic links to files count, links to folders are not followed."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                yield from _article_files(entry.path)
            elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES:
                yield entry.path


def load_document(path: str | Path, doc_id: str | None = None) -> Document:
    if isinstance(path, (str, os.PathLike)):  # else an article elsewhere (kg.sources.remote)
        path = Path(path)
    raw = read_text(path)
    return parse_document(raw, doc_id or path.stem, source_path=path.name)


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read file ({exc.strerror})", path=str(path)) from exc
    if not data.strip():
        raise SourceError("file is empty", path=str(path))
    if len(data) > MAX_ARTICLE_BYTES:
        raise SourceError(f"too large for one article ({len(data) / 1e6:.0f} MB > {MAX_ARTICLE_BYTES // 10**6} MB): "
                          "split it into articles", path=str(path))
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError("looks like a binary file, not article text", path=str(path))
    text = decode(data, str(path))
    if _mostly_control(text):
        raise SourceError("looks like a binary file, not article text", path=str(path))
    if not _LATIN.search(text[:20000]):
        raise SourceError("no Vietnamese (Latin-script) text in it: a binary file or a wrong encoding?", path=str(path))
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        return html_to_text(text, str(path))
    return text


_LATIN = re.compile(r"[A-Za-zÀ-ỹ]{2}")


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _mostly_control(text: str) -> bool:
    sample = text[:4096]
    control = len(_CONTROL.findall(sample))
    return control > max(2, len(sample) // 20)


def parse_document(raw: str, doc_id: str, source_path: str = "") -> Document:
    text = normalize(raw)
    header, body = split_header(text)
    lines = [line for line in clean_lines(separate_glued_words(body)).split("\n")]
    title = header.get("title") or guess_title(lines)
    published = parse_date(header.get("published", "")) or guess_date(lines)
    body_text = clean_lines("\n".join(join_wrapped_lines(drop_furniture(lines, title))))
    if not body_text.strip():
        raise SourceError("no article text after the header", path=source_path or doc_id)
    return Document(
        doc_id=doc_id,
        text=body_text,
        source_path=source_path,
        title=title,
        published=published,
        publisher=header.get("publisher"),
        author=header.get("author"),
        url=header.get("url"),
    )


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Leading ``key: value`` lines with known keys, up to the first blank line."""
    lines = text.lstrip("\n").split("\n")
    header: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            return (header, "\n".join(lines[i + 1 :])) if header else ({}, text)
        key, sep, value = line.partition(":")
        if not sep or key.strip().lower() not in HEADER_KEYS:
            return {}, text
        header[key.strip().lower()] = value.strip()
    return {}, text


def parse_date(text: str) -> dt.date | None:
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if m:
        return safe_date(int(m[1]), int(m[2]), int(m[3]))
    m = _NUMERIC_DATE.search(text) or _WORDY_DATE.search(text)
    return safe_date(int(m[3]), int(m[2]), int(m[1])) if m else None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def is_dateline(line: str) -> bool:
    # The length first: most lines are longer, and it costs no regex search.
    return (len(line) < 80 and (bool(_DATELINE.search(line)) or _byline_hour_date(line)) and parse_date(line) is not None
            and not _DATE_LEAD.match(line))


# "Thu Hà 16:31 13-06-2022", "PV | 09:05, 02/8/2019": a byline, then the hour and the date closing the line.
_HOUR_DATE_END = re.compile(r"^(.{1,40}?)\s*[|,-]?\s*\d{1,2}:\d{2}(?::\d{2})?,?\s*[|,-]?\s*\d{1,2}[/-]\d{1,2}[/-]\d{4}$")


def _byline_hour_date(line: str) -> bool:
    """The words before the hour are a byline only when each is capitalised: a sentence that
    closes on an hour and a date ("… bắt đầu lúc 8:00 14/12/2021") has lower-case words."""
    m = _HOUR_DATE_END.match(line)
    return bool(m) and all(word[0].isupper() for word in m[1].split() if word not in "|-,")


# "9/12/2021, Ông … tiếp …": a sentence that opens on its date, not a page's dateline.
_DATE_LEAD = re.compile(r"\d{1,2}[/-]\d{1,2}[/-]\d{4},\s+[^\W\d_]+\s+[^\W\d_]")
# A line that ends no sentence: what follows it, when it opens lower case (or the line ends
# on a comma), is the same sentence, cut by a page wrapped at a fixed width.
_OPEN_END = re.compile(r"[^.!?…:;\"'”)\]|]$")


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Lines a page broke inside a sentence, read as one ("… Đại sứ đã" + "thăm Thành phố …")."""
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line and (out[-1].endswith(",") or (line[0].islower() and _OPEN_END.search(out[-1]))):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return out


def guess_date(lines: list[str]) -> dt.date | None:
    """The earliest dateline near the top: a page's own 'today' comes later. The top is the
    first eight lines with text: a page that puts a blank line after each paragraph and its
    dateline under the lead and the byline has it below the eighth line of all."""
    dates = [parse_date(line) for line in islice((line for line in lines if line.strip()), 8) if is_dateline(line)]
    dates = [d for d in dates if d]
    return min(dates) if dates else None


def guess_title(lines: list[str]) -> str | None:
    """The headline: a line near the top that could be one, the one right above a dateline
    if any is (pages put the outlet's name, a slogan or a menu above the headline, and the
    headline's date under it), else the first."""
    candidates = [i for i, line in enumerate(lines[:6]) if line and _could_be_headline(line)]
    dated = [i for i in candidates if is_dateline(next((line for line in islice(lines, i + 1, None) if line), ""))]
    chosen = (dated or candidates or [None])[0]
    return None if chosen is None else lines[chosen].rstrip(":")


def _could_be_headline(line: str) -> bool:
    # A headline has no final full stop; a first line ending in one is a caption or body text.
    return (not is_furniture(line) and not is_dateline(line) and 15 <= len(line) <= 200
            and not line.endswith((".", "…", "!", "?")))


RELATED = re.compile(
    r"^(?:tin|bài|các tin|các bài|xem|đọc)( liên quan| cùng chuyên mục| khác| mới| đọc nhiều| thêm)\b.*$", re.IGNORECASE
)
SENTENCE_END = re.compile(r"[.!?…\"')\]]$")
# "- Bí thư Thành ủy tiếp đoàn đại biểu … (17-09-2007)": a linked headline closes with the day it was posted,
# in brackets; the bracket ends no sentence.
LINK_POSTED = re.compile(r"\(\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\)$")


def drop_furniture(lines: list[str], title: str | None) -> list[str]:
    """Drop menus, share bars, credits, and the headline lists after "Tin liên quan"."""
    kept = []
    in_related, last_link = False, None
    for line in lines:
        if RELATED.match(line):
            in_related = True
            continue
        if in_related and line and (not SENTENCE_END.search(line) or LINK_POSTED.search(line)):
            last_link = line  # a linked headline, not this article's text
            continue
        if in_related and line and last_link:
            kept.append(last_link)  # …unless body text follows it: then it heads the next news item
        in_related, last_link = False, None
        if is_furniture(line) or is_dateline(line):
            continue
        kept.append(line)
    return kept
