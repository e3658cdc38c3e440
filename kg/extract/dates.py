"""Stage: calendar dates in a sentence, with the year filled in.

"Sáng 14/12" takes its year from the article's date (a day that would fall
well after publication belongs to the year before); "từ ngày 2 đến 4/12" is a
range; "đến ngày 23/12/2023" an end; "cùng ngày" repeats the last date seen.
Lunar dates ("13/9 âm lịch") are not solar dates and are skipped.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_DM = r"(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?"
RANGE = re.compile(
    r"(?:[Tt]ừ |[Tt]rong (?:hai |ba |các )?)?(?:ngày )?(\d{1,2})(?:[/-](\d{1,2}))?"
    r"(?: (?:đến|-|và) |-|–)(?:ngày )?" + _DM
)
UNTIL = re.compile(r"(?:đến|tới) (?:hết )?ngày " + _DM)
POINT = re.compile(r"(?<![\d/])" + _DM + r"(?![\d/])")
SAME_DAY = re.compile(r"\bcùng ngày\b")
_DAY_MONTH = re.compile(r"\d[/-]\d")
LUNAR = re.compile(r"^[^()]{0,12}âm lịch|^\s*\(?\s*âm lịch")
LUNAR_PAREN = re.compile(r"\(tức[^)]*\)")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    first: dt.date
    last: dt.date | None  # end of a range or "đến ngày"
    kind: str  # point | range | until | same-day


def reference_year(published: dt.date | None, text: str) -> tuple[int | None, dt.date | None]:
    if published:
        return published.year, published
    years = [int(y) for y in re.findall(r"\b\d{1,2}/(\d{4})\b", text)]
    return (max(years), None) if years else (None, None)


def make_date(day: int, month: int, year: int | None, ref: tuple) -> dt.date | None:
    ref_year, published = ref
    inferred = year is None
    year = year or ref_year
    if not year:
        return None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if inferred and published and (date - published).days > 60:
        return make_date(day, month, year - 1, (None, None))  # "ngày 28/12" read on 5 January
    return date


def find_dates(text: str, start: int, end: int, ref: tuple, taken: list, previous: dt.date | None) -> list[DateMention]:
    found: list[DateMention] = []
    # Every written date has a day/month pair: most sentences have none, and are done at once.
    patterns = ((RANGE, _range), (UNTIL, _until), (POINT, _point)) if _DAY_MONTH.search(text, start, end) else ()
    blocked = list(taken) + [(m.start(), m.end()) for m in LUNAR_PAREN.finditer(text, start, end)] if patterns else []
    for pattern, reader in patterns:
        for m in pattern.finditer(text, start, end):
            if _overlaps(m, blocked) or LUNAR.match(text, m.end(), end):
                continue
            mention = reader(m, ref)
            if mention:
                found.append(mention)
                blocked.append((m.start(), m.end()))
    if previous:
        for m in SAME_DAY.finditer(text, start, end):
            found.append(DateMention(m.start(), m.end(), previous, None, "same-day"))
    return sorted(found, key=lambda d: d.start)


def _overlaps(m: re.Match, spans: list) -> bool:
    return any(a < m.end() and m.start() < b for a, b in spans)


def _range(m: re.Match, ref: tuple) -> DateMention | None:
    day1, month1, day2, month2, year = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
    if not m.group(0).lstrip().lower().startswith(("từ", "ngày", "trong")) and not month1:
        return None  # "2 - 4/12" alone is too often a score or a page range
    last = make_date(int(day2), int(month2), int(year) if year else None, ref)
    first = make_date(int(day1), int(month1 or month2), last.year if last else None, ref) if last else None
    if not first or not last or first > last:
        return None
    return DateMention(m.start(), m.end(), first, last, "range")


def _until(m: re.Match, ref: tuple) -> DateMention | None:
    date = make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None, ref)
    return DateMention(m.start(), m.end(), date, date, "until") if date else None


def _point(m: re.Match, ref: tuple) -> DateMention | None:
    day, month = int(m.group(1)), int(m.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    date = make_date(day, month, int(m.group(3)) if m.group(3) else None, ref)
    return DateMention(m.start(), m.end(), date, None, "point") if date else None
