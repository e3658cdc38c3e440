"""Stage: calendar dates in a sentence, the year they fall in, and the event each one dates.

Written forms: "Sáng 14/12", "ngày 05/03", "16.5", "19-5-2017", "4/8/23", "ngày 2 tháng 6 năm
2022"; ranges "từ ngày 2 đến 4/12", "từ ngày 3-5/2", "11-13.6.2021", "từ ngày 7/5 đến hết ngày
9/5/2024", "trong hai ngày 14 và 15-3"; "đến ngày 23/12/2023" an end; "cùng ngày" repeats the
last date seen.
A day and month with no year need a word that makes them a date ("ngày", "sáng", "từ", "(" …):
alone, "3/4" is as often a fraction.

Dates that are no event's: a document's ("Chỉ thị số 12, ngày 4/3/2021"), an anniversary's
span ("(2.9.1960 - 2.9.2020)"), a planned one ("dự kiến"), a lunar one ("13/9 âm lịch").

The year, when not written: that of a full date written within a week of the day elsewhere in
the article ("Sáng 2/1" beside "từ 29/12/2023 đến 3/1/2024"); else the page's date (a day
well after it belongs to the year before); else the year in the dated event's name ("… năm
2023"); else the latest year of the article's full dates. A term ("nhiệm kỳ 2021-2026") never
gives one.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from . import lexicon
from .prescan import Prescan

# d/m[/y] with one separator throughout; never the tail of a longer number or an ISO date.
_DMY = r"(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?"
_NOT_LONGER = r"(?![\d/]|[.-]\d)"
# The lookbehind after the first digit, not before it ("(?<![\d/.-])\d" reads the same): a pattern that
# opens with a digit lets the regex engine skip to the digits of a text instead of trying every place.
POINT = re.compile(r"(\d(?<![\d/.-]\d)\d?)" + _DMY.removeprefix(r"(\d{1,2})") + _NOT_LONGER)
# "Trong hai ngày 5 và 6/3", "vào 02 ngày 11 và 12/11/2022": the count of days says a span follows;
# so do evenings counted ("vào các tối 22 và 23/6").
# "Sau hai ngày làm việc (15 - 16/1), Hội nghị X đã bế mạc": the days counted as done, then the span in brackets.
_RANGE_PREFIX = (
    r"(?:(?:[Tt]rong|[Cc]ác|[Vv]ào)(?: các)?(?: (?:hai|ba|bốn|năm|sáu|bảy|\d{1,2}))? (?:ngày|tối|đêm):?,? \(?"
    r"|[Ss]au (?:hai|ba|bốn|năm|sáu|bảy|\d{1,2}) ngày(?: làm việc| diễn ra)? \()?"
    r"(?:[Tt]ừ )?(?:[Nn]gày )?"
)
# "thứ Bảy 8/6", "Chủ nhật, 18/10": the day of the week written before the date.
_WEEKDAY = r"(?:[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|\d)|[Cc]hủ [Nn]hật),? "
RANGE = re.compile(
    r"(?<![\w/.-])(?P<pre>" + _RANGE_PREFIX + r"(?:" + _WEEKDAY + r")?)(?P<d1>\d{1,2})(?:(?P<s1>[/.-])(?P<m1>\d{1,2})(?:(?P=s1)(?P<y1>\d{4}|\d{2}))?)?"
    r" ?(?P<conn>-|–|đến|tới|và|,) ?(?:hết )?(?:ngày )?(?:" + _WEEKDAY + r")?"
    r"(?P<d2>\d{1,2})(?P<s2>[/.-])(?P<m2>\d{1,2})(?:(?P=s2)(?P<y2>\d{4}|\d{2}))?" + _NOT_LONGER
)
# "từ ngày 28 tháng 11 đến ngày 2 tháng 12", "từ 10 đến ngày 11 tháng 12 năm 2025", "trong 2 ngày 7 và 8
# tháng 10 năm 2016": a span with its months spelled out, read as RANGE reads one with slashes.
WORDY_RANGE = re.compile(
    r"(?<![\w/.-])(?P<pre>" + _RANGE_PREFIX + r")(?P<d1>\d{1,2})(?: tháng (?P<m1>\d{1,2})(?:,? năm (?P<y1>\d{4}))?)?"
    r" ?(?P<conn>-|–|đến|tới|và) ?(?:hết )?(?:ngày )?(?P<d2>\d{1,2}) tháng (?P<m2>\d{1,2})(?:,? năm (?P<y2>\d{4}))?(?![\d/])"
)
# As POINT: the lookbehind after the first letter, so the engine skips to the N's and n's.
WORDY = re.compile(r"[Nn](?<![\w][Nn])gày (\d{1,2}) tháng (\d{1,2})(?:,? năm (\d{4}))?(?![\d/])")
# "đến hết ngày 15/12", "đến hết 15/12", and a bare "đến 15/12" after the verb of lasting ("kéo dài đến 15/12").
UNTIL = re.compile(r"(?<![\w])(?:(?:đến|tới) (?:hết (?:ngày )?|ngày )|(?:(?<=kéo dài )|(?<=mở cửa )|(?<=diễn ra )|(?<=trưng bày ))(?:đến|tới) )"
                   + _DMY + _NOT_LONGER)
# "cùng ngày" ("Cùng ngày, …" opening the sentence too), and "Ngay sau lễ đón, …" (what comes right after an event is on its day).
SAME_DAY = re.compile(r"\b[Cc]ùng ngày\b|(?<![\w])[Nn]gay sau (?:đó|(?:[Ll]ễ|[Bb]uổi|[Pp]hiên|[Cc]uộc|[Hh]ội)[^,;.()]{0,60}?)(?=,)")
_DAY_MONTH = re.compile(r"\d[/.-]\d|\d tháng \d")
LUNAR = re.compile(r"^[^()]{0,12}âm lịch|^\s*\(?\s*âm lịch")
LUNAR_PAREN = re.compile(r"\(tức[^)]*\)")
# What makes a bare day/month a date: the word just before it ("Sáng nay - 7/7": a dash after "nay" too).
CUE = re.compile(
    r"(?:(?<![\w])(?:ngày|hôm|sáng|chiều|trưa|tối|đêm|sớm|khuya|nay|qua|mai|từ|đến|tới|hết|vào|lúc|và"
    r"|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật) ?,? ?\(?|\(|(?<![\w])(?:nay|qua) [-–]) ?$",
    re.IGNORECASE,
)
PLANNED = re.compile(r"dự kiến")
PAREN = re.compile(r"\([^()\n]{0,120}\)")
YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# "tháng 11/2021"; never "hồi tháng 2/2019" ("back in February 2019") nor "từ tháng 4/2021" ("since
# April 2021", when a post or a rule began): times before the news.
MONTH_YEAR = re.compile(r"(?<!hồi )(?<![Tt]ừ )tháng (\d{1,2})[/.-](\d{4})(?!\d)")
# The page's own date as a machine writes it: "2025-10-12", or "2025-01" for a month.
PAGE_MARK = re.compile(r"(?<![\w-])(\d{4})-(\d{2})(?:-(\d{2}))?(?![\w-])")
PAGE_MARK_REACH = 400
ANCHOR_DAYS = 7
LATE_DAYS = 60


@cache
def _lex() -> dict:
    return lexicon.dates()


@cache
def _document_before() -> re.Pattern:
    """'… số 12, ngày ', 'Quyết định số 315-QĐ/TU ngày ', 'Kết luận ngày ', 'ban hành ngày ', 'được ký kết
    ngày ' (a text recalled by when it was signed): a document's date."""
    words = lexicon.alternation(_lex()["document_words"])
    return re.compile(
        r"(?:(?<![\w])[Ss]ố \S*\d\S*|(?<![\w])(?:" + words + r")(?: \S*\d\S*)?|(?<![\w])ban hành|(?<![\w])được ký(?: kết)?|(?<![\w])sinh|(?<![\w])từ trần)"
        r",? (?:vào )?(?:ngày )?$"
    )


@dataclass(frozen=True)
class Reference:
    """What fills in a year the text leaves out."""

    page: dt.date | None = None  # the page's date (published, or its dateline)
    page_is_day: bool = False  # False when the page shows only its month ("2025-01")
    anchors: tuple[dt.date, ...] = ()  # the full dates written in the article, sorted
    anchor_years: tuple[int, ...] = ()  # the years among them
    year: int | None = None  # the latest year of those: a last resort
    page_from_url: bool = False  # the page's month read from its address: weaker than a year the event is named with


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    first: dt.date | None
    last: dt.date | None  # end of a range or "đến ngày"
    kind: str  # point | range | until | same-day
    source: str = "text"  # where the year came from: text | anchor | page | guess | none
    parts: tuple = ()  # the (day, month) pairs as written, to read again in another year
    ahead: bool = False  # a day after the page's own: no day the news is told on


def reference_year(published: dt.date | None, text: str, event_names: tuple[str, ...] | Callable[[], tuple[str, ...]] = (),
                   url: str | None = None) -> Reference:
    """``event_names``: the events the article names, or what finds them (called only when
    needed: finding them costs a pass over the text); with no date of any year written, the
    year they are named with ("Lễ hội Hoa Ban 2019") is the last resort. ``url``: the page's
    address, whose month folder ('/chinh-tri/201810/…') dates a page that shows no date."""
    page, is_day = (published, True) if published else _page_mark(text)
    from_url = page is None and bool(url)
    if from_url:
        page, is_day = _url_month(url), False
    blocked = _anniversaries(text, 0, len(text))
    anchors = tuple(sorted(d for d in _full_dates(text, blocked)))
    years = [d.year for d in anchors] + [int(m[2]) for m in MONTH_YEAR.finditer(text) if 1 <= int(m[1]) <= 12]
    # The years event names carry are the last resort, which make_date reaches only for a page with no
    # date: finding those names costs a pass over every event of the text, spared where the page is dated.
    if years or page is not None:
        year = max(years) if years else None
    else:
        year = _named_year(event_names() if callable(event_names) else event_names)
    anchors = _of_the_news(anchors, page)
    return Reference(page, is_day, anchors, tuple(sorted({d.year for d in anchors})), year, from_url and page is not None)


HISTORY_YEARS = 1


def _of_the_news(anchors: tuple[dt.date, ...], page: dt.date | None) -> tuple[dt.date, ...]:
    """The full dates that may lend their year to a day written without one: with the page's date
    known, not a date of history ('mở màn Chiến dịch Điện Biên Phủ (13/3/1954)', 'thiết lập quan hệ
    vào ngày 20-2-2009'), years from the page, which would give '8/3' beside it the year 1954."""
    if page is None:
        return anchors
    return tuple(d for d in anchors if abs(d.year - page.year) <= HISTORY_YEARS)


def _named_year(names: tuple[str, ...]) -> int | None:
    """The year most of the article's event names carry ("Festival X 2015", "Tuần lễ Y năm
    2023"); none when two years are named equally often, or by a review ("tổng kết năm 2022")."""
    counts: dict[int, int] = {}
    for name in names:
        if not _REVIEW.search(name):
            for y in _NAME_YEAR.findall(name):
                counts[int(y)] = counts.get(int(y), 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _page_mark(text: str) -> tuple[dt.date | None, bool]:
    """'2025-10-12' near the top of the page; '2025-01' stands for the month's last day."""
    m = PAGE_MARK.search(text, 0, PAGE_MARK_REACH)
    if not m or not 1 <= int(m[2]) <= 12:
        return None, False
    year, month = int(m[1]), int(m[2])
    day = int(m[3]) if m[3] else calendar.monthrange(year, month)[1]
    date = _safe_date(year, month, day)
    return date, bool(date and m[3])


# A month folder of a news site's address: '/201810/', '/tin-moi/202404/', a blog's '/2016/04/'
# (never a post number).
URL_MONTH = re.compile(r"/((?:19|20)\d\d)/?(0[1-9]|1[0-2])/")


def _url_month(url: str) -> dt.date | None:
    """The last day of the month the page's address files it under, as a page dated by its month."""
    m = URL_MONTH.search(url)
    if not m:
        return None
    year, month = int(m[1]), int(m[2])
    return _safe_date(year, month, calendar.monthrange(year, month)[1])


def _full_dates(text: str, blocked: list) -> list[dt.date]:
    written = [(m, m[4], m[3], m[1]) for m in POINT.finditer(text)] + [(m, m[3], m[2], m[1]) for m in WORDY.finditer(text)]
    starts = [a for a, _ in blocked]  # sorted, not overlapping: found left to right
    found = []
    for m, year, month, day in written:
        i = bisect.bisect_right(starts, m.start()) - 1
        inside = i >= 0 and m.start() < blocked[i][1]
        # a planned day lends no year ('Giải năm sau dự kiến khởi tranh ngày 7-3-2027' beside 'Ngày 1-3')
        if year and len(year) == 4 and not inside and not _document_date(text, m.start()) and not _planned(text, 0, len(text), m):
            date = _safe_date(int(year), int(month), int(day))
            if date:
                found.append(date)
    return found


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def make_date(day: int, month: int, year: int | str | None, ref: Reference) -> tuple[dt.date | None, str]:
    """The date and where its year came from."""
    if year is not None:
        year = int(year)
        return _safe_date(year + 2000 if year < 100 else year, month, day), "text"
    anchored = _anchor_year(day, month, ref)
    if anchored:
        return _safe_date(anchored, month, day), "anchor"
    if ref.page:
        date = _safe_date(ref.page.year, month, day)
        if date and (date - ref.page).days > LATE_DAYS:  # "ngày 28/12" read on 5 January
            return _safe_date(ref.page.year - 1, month, day), "url" if ref.page_from_url else "page-before"
        return date, "url" if ref.page_from_url else "page"
    if ref.year:
        return _safe_date(ref.year, month, day), "guess"
    return None, "none"


def _anchor_year(day: int, month: int, ref: Reference) -> int | None:
    """The one year in which this day lies within a week of a full date of the article."""
    anchors, years = ref.anchors, set()
    week = dt.timedelta(days=ANCHOR_DAYS)
    # Few distinct years, each looked up by bisection: no pass over all anchors per date.
    for year in sorted({y + k for y in ref.anchor_years for k in (-1, 0, 1)}):
        date = _safe_date(year, month, day)
        i = bisect.bisect_left(anchors, date - week) if date else len(anchors)
        if i < len(anchors) and anchors[i] <= date + week:
            years.add(year)
    return years.pop() if len(years) == 1 else None



def with_year(mention: DateMention, year: int) -> DateMention:
    """The same day(s) read in the given year (a range's first day may fall in the year before)."""
    (d2, m2) = mention.parts[-1]
    last = _safe_date(year, m2, d2)
    if mention.kind == "range":
        d1, m1 = mention.parts[0]
        return replace(mention, first=_safe_date(year - 1 if m1 > m2 else year, m1, d1), last=last, source="name")
    return replace(mention, first=last, last=last if mention.kind == "until" else None, source="name")


# --- finding dates -------------------------------------------------------------------


def find_dates(text: str, start: int, end: int, ref: Reference, taken: list, previous: dt.date | None) -> list[DateMention]:
    found: list[DateMention] = []
    # Every written date has a day/month pair: most sentences have none, and are done at once.
    patterns = _patterns(text, start, end) if _DAY_MONTH.search(text, start, end) else ()
    blocked = _blocked(text, start, end, taken) if patterns else []
    for pattern, reader in patterns:
        for m in pattern.finditer(text, start, end):
            if _overlaps(m, blocked) or LUNAR.match(text, m.end(), end):
                continue
            mention = reader(m, ref, text)
            if mention and mention.source == "page-before":
                mention = _ahead_if_future(text, start, m.start(), mention)
            if mention is _ANNIVERSARY or (mention and _remembered_day(text, start, m, mention, ref)):
                blocked.append((m.start(), m.end()))
            elif mention and not _planned(text, start, end, m):
                found.append(mention)
                blocked.append((m.start(), m.end()))
    if ref.page_is_day:
        found = [replace(d, ahead=True) if d.first is not None and d.first > ref.page else d for d in found]
        found += _today(text, start, end, ref.page, found)
    if previous and (text.find("ùng ngày", start, end) >= 0 or text.find("gay sau ", start, end) >= 0):
        # The words SAME_DAY needs, looked for first: most sentences have neither.
        for m in SAME_DAY.finditer(text, start, end):
            found.append(DateMention(m.start(), m.end(), previous, None, "same-day"))
    return sorted(found, key=lambda d: d.start)


FUTURE = re.compile(r"(?<![\w])(?:sẽ|sắp)(?![\w])")
FUTURE_REACH = 60
# "Tối 15/12 tới, …", "ngày 27/11 tới đây", "ngày 5/6 sắp tới": the day itself is told as to come.
TO_COME = re.compile(r" ?\)? (?:tới đây|sắp tới)(?![\w])| tới(?=,)")


def _ahead_if_future(text: str, start: int, pos: int, mention: DateMention) -> DateMention:
    """A day well after the page was read in the year before ('ngày 28/12' on 5 January), unless
    the sentence tells it as to come ('Lễ hội sẽ diễn ra vào ngày 10/6' on 25 February): then the
    page's own year."""
    if not FUTURE.search(text, max(start, pos - FUTURE_REACH), pos) and not TO_COME.match(text, mention.end):
        return mention  # still 'page-before': the dated event's name may tell the page's year instead
    year = (mention.last or mention.first).year + 1
    return replace(with_year(mention, year), source="page")


def _patterns(text: str, start: int, end: int) -> list:
    """The readers worth running on this sentence (a cheap look for their words first)."""
    patterns = [(RANGE, _range)]
    if text.find("đến", start, end) >= 0 or text.find("tới", start, end) >= 0:
        patterns.append((UNTIL, _until))
    patterns.append((POINT, _point))
    if text.find(" tháng ", start, end) >= 0:
        patterns += [(WORDY_RANGE, _range), (WORDY, _wordy)]
    return patterns


_ANNIVERSARY = DateMention(0, 0, None, None, "anniversary")
TODAY = re.compile(r"(?<![\w])(?:[Hh]ôm|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm) (nay|qua)(?![\w])")
DAYS_BACK = {"nay": 0, "qua": 1}


def _today(text: str, start: int, end: int, page: dt.date, found: list) -> list[DateMention]:
    """'Hôm nay, …' with no date written beside it: the page's day; 'Tối qua, …' the day before.
    Not inside a quotation, where "today" is the speaker's."""
    out = []
    if text.find(" nay", start, end) < 0 and text.find(" qua", start, end) < 0:
        return out
    for m in TODAY.finditer(text, start, end):
        beside = any(m.end() <= d.start <= m.end() + 8 for d in found)
        if not beside and text.count('"', start, m.start()) % 2 == 0:
            day = page - dt.timedelta(days=DAYS_BACK[m[1]])
            out.append(DateMention(m.start(), m.end(), day, None, "point", "page", ((day.day, day.month),)))
    return out


# "lễ kỷ niệm Ngày sinh Cố Quốc vương X (5-12-1927)", "mít tinh kỷ niệm Quốc khánh (2/9/1945)": the
# day in brackets after what is remembered is that day, years before the page, not the ceremony's.
_REMEMBERED = re.compile(r"(?<![\w])(?:kỷ niệm|[Nn]gày sinh|thành lập|[Qq]uốc khánh|[Nn]gày truyền thống)(?![\w])")
REMEMBERED_REACH = 100


def _remembered_day(text: str, start: int, m: re.Match, mention: DateMention, ref: Reference) -> bool:
    if mention.source != "text" or ref.page is None or mention.first is None or mention.first.year > ref.page.year - 2:
        return False
    if not (text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"):
        return False
    return bool(_REMEMBERED.search(text, max(start, m.start() - REMEMBERED_REACH), m.start()))


def _blocked(text: str, start: int, end: int, taken: list) -> list:
    lunar = [(m.start(), m.end()) for m in LUNAR_PAREN.finditer(text, start, end)]
    return list(taken) + lunar + _anniversaries(text, start, end)


def _anniversaries(text: str, start: int, end: int) -> list:
    """'(03/02/1950 - 03/02/2020)', '(1955-2025)': spans of years, not days of an event."""
    spans = []
    for m in PAREN.finditer(text, start, end):
        years = [int(y) for y in YEAR.findall(m.group(0))]
        if years and max(years) - min(years) >= 2:
            spans.append((m.start(), m.end()))
    return spans


def _document_date(text: str, pos: int) -> bool:
    return bool(_document_before().search(text, max(0, pos - 70), pos))


_NEXT_CLAUSE = re.compile(r",| và ")


def _planned(text: str, start: int, end: int, m: re.Match) -> bool:
    """'dự kiến diễn ra vào ngày …', '… (dự kiến)': a date not yet certain. A 'dự kiến' after a comma
    or 'và' opens the next clause ('khai mạc ngày 28/8 và dự kiến bế mạc ngày 5/9'): the day before
    it is told as certain."""
    before = text[max(start, m.start() - 60) : m.start()]
    before = re.split(r"[.;]", before)[-1]
    after = PLANNED.search(text, m.end(), min(end, m.end() + 15))
    return bool(PLANNED.search(before) or (after and not _NEXT_CLAUSE.search(text, m.end(), after.start())))


def _overlaps(m: re.Match, spans: list) -> bool:
    return any(a < m.end() and m.start() < b for a, b in spans)


def _inside(pos: int, spans: list) -> bool:
    return any(a <= pos < b for a, b in spans)


def _cued(text: str, pos: int) -> bool:
    return bool(CUE.search(text, max(0, pos - 16), pos))


def _range(m: re.Match, ref: Reference, text: str) -> DateMention | None:
    d1, m1, y1, d2, m2, y2 = (m[g] for g in ("d1", "m1", "y1", "d2", "m2", "y2"))
    prefixed = bool(m["pre"])
    if not prefixed and not m1:
        return None  # "2 - 4/12" alone is too often a score or a page range
    if not (prefixed or (y2 and len(y2) == 4) or _cued(text, m.start())):
        return None
    if _document_date(text, m.start()):
        return None
    if y1 and y2:
        first, _ = make_date(int(d1), int(m1), y1, ref)
        last, _ = make_date(int(d2), int(m2), y2, ref)
        if first and last and (last.year - first.year >= 2 or (first.year != last.year and (d1, m1) == (d2, m2))):
            return _ANNIVERSARY
        source = "text"
    else:
        last, source = make_date(int(d2), int(m2), y2, ref)
        first = _first_of_range(int(d1), int(m1 or m2), last) if last else None
    parts = ((int(d1), int(m1 or m2)), (int(d2), int(m2)))
    if last is None and source == "none" and _valid_parts(parts):
        return DateMention(m.start(), m.end(), None, None, "range", source, parts)
    if not first or not last or first > last or (last - first).days > 92:
        return None
    if m["conn"] in ("và", ",") and (last - first).days != 1:
        return None  # "ngày 5/7 và 8/7": two days, not a span
    if m["conn"] == "," and (m1 or "gày" not in m["pre"]):
        return None  # "ngày 8, 9/11": two days after "ngày", the second with the month; no other list
    return DateMention(m.start(), m.end(), first, last, "range", source, parts)


def _first_of_range(day: int, month: int, last: dt.date) -> dt.date | None:
    """'từ 30/12 đến 2/1/2025': the first day falls in the year before when its month is later."""
    return _safe_date(last.year - 1 if month > last.month else last.year, month, day)


def _valid_parts(parts: tuple) -> bool:
    return all(_safe_date(2000, month, day) for day, month in parts)


def _until(m: re.Match, ref: Reference, text: str) -> DateMention | None:
    if _document_date(text, m.start()):
        return None
    date, source = make_date(int(m[1]), int(m[3]), m[4], ref)
    if date is None and not (source == "none" and _valid_parts(((int(m[1]), int(m[3])),))):
        return None
    return DateMention(m.start(), m.end(), date, date, "until", source, ((int(m[1]), int(m[3])),))


def _point(m: re.Match, ref: Reference, text: str) -> DateMention | None:
    day, month, year = int(m[1]), int(m[3]), m[4]
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if (not year or len(year) == 2) and not _cued(text, m.start()):
        return None
    if _document_date(text, m.start()):
        return None
    return _point_mention(m, day, month, year, ref)


def _wordy(m: re.Match, ref: Reference, text: str) -> DateMention | None:
    """'ngày 11 tháng 12 năm 2021'."""
    if _document_date(text, m.start()):
        return None
    return _point_mention(m, int(m[1]), int(m[2]), m[3], ref)


def _point_mention(m: re.Match, day: int, month: int, year, ref: Reference) -> DateMention | None:
    date, source = make_date(day, month, year, ref)
    if date is None and not (source == "none" and _valid_parts(((day, month),))):
        return None
    return DateMention(m.start(), m.end(), date, None, "point", source, ((day, month),))


# --- which event a date dates ----------------------------------------------------------

# Confidence of a date fact by how it was read: a stated span is surest, a day set at the
# head of the sentence least (the event it dates is the clause's, not always the one named).
SPAN, AFTER_EVENT, LEADING = 0.85, 0.8, 0.75

# What may come before a date at the head of its clause: a page's date stamp, a bullet (or the
# dash left of a dateline whose place was cut), an
# outlet's tag or a dateline ("(TTXVN) - ", "HÀ NỘI - "), a connective ("Trước đó, "), the verb
# of the event told after the date ("Khai mạc sáng nay (14/3), Triển lãm X …").
_LEAD_JUNK = re.compile(
    r"\s*(?:(?:[^\s,]{1,12} )?\d{4}-\d{2}(?:-\d{2})?\s+)?(?:[-–*•+]\s*)?(?:\([^()]{0,40}\)\s*)?"
    r"(?:[^\s,]{1,30}(?: [^\s,]{1,30}){0,2} ?[-–]\s*)?"
    r"(?:(?:[Tt]rước đó|[Ss]au đó|[Tt]iếp đó|[Tt]iếp theo|[Cc]ụ thể|[Đđ]ồng thời|[Tt]rong khi đó|[Nn]goài ra),? )?"
    r"(?:(?:[Kk]hai mạc|[Bb]ế mạc|[Kk]hai trương|[Dd]iễn ra|[Đđ]ược tổ chức|[Kk]éo dài) )?"
)
# "Diễn ra từ ngày 14 - 16/11 tại X, Lễ hội Y …": the span told first, as a participle of the event
# the main clause opens with (right after the first comma), is its span, as 'Khai mạc sáng 9/12, Hội
# chợ Z …' is its opening.
_PARTICIPLE_LEAD = re.compile(r"\s*(?:[Dd]iễn ra|[Đđ]ược tổ chức|[Kk]éo dài) ")
_OPENS_MAIN_CLAUSE = re.compile(r"[^,;]*, ")
# The words of a date phrase before its digits: "Vào 10h15 (giờ địa phương) ngày", "chiều nay (",
# "Đúng 8 giờ sáng nay (", "Hôm nay (" opening the sentence, "Cũng trong chiều 14/11" (a second item of the same day), "sáng Chủ nhật, ngày"
# (the day of the week before 'ngày', its comma inside the phrase).
_PHRASE_HEAD = re.compile(
    r"(?<![\w])(?:[Cc]ũng )?(?:(?:[Vv]ào|[Tt]rong|[Tt]ừ|[Đđ]ến|[Đđ]úng) )?(?:(?:[Ll]úc )?\d{1,2} ?(?:h|giờ|:) ?\d{0,2}(?: phút)? ?(?:\([^()]{0,30}\) ?)?)?"
    r"(?:(?:[Ss]áng sớm|[Cc]hiều tối|[Tt]ối muộn|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Kk]huya) )?"
    r"(?:(?:[Nn]gày hôm (?:nay|qua)|[Hh]ôm nay|[Hh]ôm qua|[Nn]gày mai|nay|qua|mai) ?(?:,|[-–])? ?)?(?:" + _WEEKDAY + r")?(?:[Nn]gày )?(?:" + _WEEKDAY + r")?\(? ?$"
)
# A date set off by a comma, or told before the venue: "Tối 28.10 tại Quảng trường X đã diễn ra …";
# so is a day still to come ("20h ngày 9/11 tới đây, tại …", "ngày 5/6 sắp tới tại …", "Ngày 27/11 tới, tỉnh …"),
# whose "tới đây" ends the phrase as a comma would ("Ngày 27/11 tới đây tỉnh sẽ tổ chức …").
_AFTER_PHRASE = re.compile(
    r" ?\)?(?: ?\([^()]{0,60}\))?(?:(?: (?:tới đây|sắp tới|tới))? ?(?:,| tại )| (?:tới đây|sắp tới) (?=\w))")
# "Tại Hội nghị X, sáng 14/12, …": the event that frames the clause is the one dated.
_FRAME = re.compile(r"(?:[Tt]ại|[Nn]hân|[Bb]ên lề|[Tt]rong khuôn khổ|[Tt]rong|[Tt]iếp tục|[Tt]iếp theo) (?:các |chương trình )?$")
# "Trong khuôn khổ Hội nghị X, chiều 12/12, Cục Y tổ chức Tọa đàm Z": a frame beside which another
# event is told, named after the day, dates that event (the one held within it), not the frame.
_BESIDE = re.compile(r"[Bb]ên lề|[Tt]rong khuôn khổ")


def _named_after(events: list, candidates: list, d: DateMention) -> bool:
    return any(events[i].name for i in candidates if events[i].start >= d.end)


# "Từ ngày 11-13/9, Phó Thủ tướng A thăm tỉnh X và dự Hội chợ Y": the days are the trip's; the
# event attended on it falls within them, its own first and last days are not told.
_TRIP_BETWEEN = re.compile(r"(?<![\w])(?:thăm|công tác)(?![\w])[^;.]*(?<![\w])và (?:tham )?dự $")
# "Ngày 5-11 (giờ địa phương), chuyên cơ chở Thủ tướng đã tới sân bay X, bắt đầu chuyến công tác tham dự Hội
# nghị Y": the day the trip begins (the delegation's arrival), not the day of the event it goes to attend.
_TRIP_BEGUN_BETWEEN = re.compile(r"(?<![\w])bắt đầu (?:chuyến|chương trình|đợt)(?![\w])[^;.]*(?<![\w])(?:tham )?dự $")
_FUTURE_AFTER = re.compile(r"^[^,;]{0,12}(?<![\w])(?:sẽ|dự kiến|sắp)(?![\w])")
# "Hội chợ do Bộ A, Bộ B và UBND tỉnh C phối hợp tổ chức, kéo dài …", "X, được Bộ Ngoại giao triển khai từ
# ngày …": who holds the event (bodies listed with commas, or the agent of 'được'), an aside.
ORGANISERS = r"(?:(?<![\w])do(?![\w])|(?<![\w])được (?=" + lexicon.UPPER + r"))(?:[^,;:()]|, (?=" + lexicon.UPPER + r")){0,120}?"
_DO_CHUNK = re.compile(ORGANISERS + r"(?<![\w])(?:tổ chức|đăng cai|chủ trì|triển khai)(?![\w])")
# "Đại hội X, nhiệm kỳ 2025 - 2030 diễn ra …", "Liên hoan X lần thứ XVI, năm 2022, diễn ra …": the
# term, the numbered session or the edition's year, part of the name.
_TERM = re.compile(
    r"(?<![\w])(?:nhiệm kỳ|giai đoạn) \d{4} ?[-–] ?\d{4}|(?<![\w])(?:khóa|lần thứ) (?:[IVXLC]+|\d{1,2})(?![\w])"
    r"|(?<![\w])năm (?:19|20)\d\d(?![\w])"
)
_WORD = re.compile(r"[^\W\d_]+|\d+")
# 'Festival X với chủ đề "…" sẽ diễn ra từ …', 'X mang chủ đề "…", diễn ra …', 'X mang thông điệp "…"
# khai mạc …': the theme, message or slogan, an aside, in straight or curly quotes ('mang chủ đề “…”').
THEME = re.compile(r"(?<![\w])(?:(?:với|mang) )?(?:chủ đề|thông điệp|khẩu hiệu):? (?:\"[^\"]{0,120}\"|“[^“”]{0,120}”)")
# 'Lễ hội X với chủ đề "…" chào mừng kỷ niệm 66 năm Ngày giải phóng Y sẽ diễn ra từ …': the occasion the
# event greets, an aside when the verb of taking place follows it (a date inside it is the occasion's).
_OCCASION = re.compile(r"(?<![\w])chào mừng(?: kỷ niệm)?(?: [^\W\d_]+| \d{1,3}){1,12}?"
                       r"(?= +(?:(?:sẽ|đã|dự kiến) )?(?:diễn ra|được tổ chức|khai mạc)(?![\w]))")
# 'Lễ hội X diễn ra tại TP Y và một số địa phương trong tỉnh từ …': more places of the venue, an aside
# ('… của Trung Quốc', '… tỉnh Lâm Đồng' are blanked as whose and as an address).
_MORE_PLACES = re.compile(r"(?<![\w])và (?:một số|các|nhiều) địa phương(?: khác)?(?: (?:trong|của|thuộc) (?:tỉnh|nước)(?![\w]))?")
# A year in a name: "Festival X 2015", "… lần thứ VI - 2015"; never the end of a span ("2010 - 2015").
_NAME_YEAR = re.compile(
    r"(?<![\d/.])(?<!\d[–-])(?<!\d [–-] )(?<!\d[–-] )(?<!\d [–-])(?<!nhiệm kỳ )(?<!giai đoạn )(?<!khóa )"
    r"\b((?:19|20)\d\d)\b(?! ?[–-] ?\d)"
)
_REVIEW = re.compile(r"tổng kết|sơ kết|đánh giá|nhiệm kỳ", re.IGNORECASE)
MAX_GAP = 160


@dataclass(frozen=True)
class Link:
    event: int  # index into the events given
    span: tuple[int, int]  # the date's
    relation: str  # startDate | endDate
    date: dt.date
    rule: str
    confidence: float


def link_dates(text: str, start: int, end: int, events: list, found: list[DateMention], venues: list, asides: list) -> list[Link]:
    """Which event of the clause text[start:end] each date dates, and as its start or its end.

    events have start, end, head and name; venues are the "tại …" spans (an event named
    inside one, "Trung tâm Hội nghị Quốc gia", is no event); asides are spans (places,
    venues) a date may stand behind: "Lễ hội diễn ra tại X từ ngày …".
    """
    candidates = [i for i, e in enumerate(events) if not _inside(e.start, venues)]
    links = []
    for d in found:
        if _leading(text, start, d):
            target, how, confidence = _leading_target(text, start, events, candidates, d), "lead", LEADING
        else:
            target, how, confidence = _trailing_target(text, events, candidates, d, asides), "after", AFTER_EVENT
            if target is None:
                target, how = _told_to_take_place(text, events, candidates, d, venues), "before"
        if target is None:
            continue
        links += _links(text, start, end, target, events[target], d, how, confidence)
        for i in joined_after(text, events, target) if how == "lead" else _subject_with(text, start, events, target, how):
            links += _shared_span(_links(text, start, end, i, events[i], d, how, confidence))
    return links


_AND = re.compile(r",? và ")


def _subject_with(text: str, clause_start: int, events: list, i: int, how: str) -> list[int]:
    """'Lễ hội A và Liên hoan B được tổ chức từ ngày 9 đến 14/3': A, told with B as the subject that
    opens the clause, takes place when B does."""
    if how != "after" or i == 0 or not events[i].name:
        return []
    a = events[i - 1]
    if a.name and _AND.fullmatch(text, a.end, events[i].start) and _LEAD_JUNK.fullmatch(text, clause_start, a.start):
        return [i - 1]
    return []


# "Trong ba ngày 14 - 16/4, … tổ chức A và B": the span is the series', a share of it each one's;
# the days an event is told to take itself ("B diễn ra trong hai ngày 15 - 16/4") are surer.
SHARED_SPAN_DISCOUNT = 0.05


def _shared_span(links: list[Link]) -> list[Link]:
    return [replace(link, confidence=round(link.confidence - SHARED_SPAN_DISCOUNT, 2))
            if link.rule.startswith("date-range-") else link for link in links]


def _links(text: str, start: int, end: int, i: int, e, d: DateMention, how: str, confidence: float) -> list[Link]:
    d, how = _in_name_year(d, e.name, how)
    d, how = _in_anniversary_year(text, d, e, how)
    d, how = _in_term_year(text, d, e, how)
    d, how = _in_clause_year(text, start, end, d, how)
    if d.kind in ("range", "until"):
        confidence = SPAN
    return [Link(i, (d.start, d.end), relation, date, f"date-{d.kind}-{how}", confidence)
            for relation, date in _relations(text, start, end, e, d)]


# "tổ chức Lễ khai mạc A và B", "Chương trình nghệ thuật khai mạc Festival X": events told together.
# an abbreviation of the first name in brackets may stand before the 'và' ('Hội nghị A lần thứ 6 (GMS6) và Hội nghị B').
_JOINED = re.compile(r"(?: \([^()\n.;]{1,40}\))?,? (?:và|khai mạc|và khai mạc) ")
# "diễn ra Hội nghị A (… the rest of its name …), đồng thời tổ chức Phiên họp B": held with A; so is
# "Hội chợ A chính thức khai mạc, đồng thời với Diễn đàn B" ('song song với B': alongside it).
_AT_THE_SAME_TIME = re.compile(r"[^;.!?\n]{0,200}, (?:và )?(?:đồng thời (?:tổ chức|diễn ra|khai mạc)|(?:đồng thời|song song) với) ")


def joined_after(text: str, events: list, i: int) -> list[int]:
    """The events told right after events[i] and joined to it ('A và B', 'A khai mạc B'): they
    happen where and when it does."""
    out = []
    while i + 1 < len(events) and events[i + 1].name and (
            _JOINED.fullmatch(text, events[i].end, events[i + 1].start)
            or _AT_THE_SAME_TIME.fullmatch(text, events[i].end, events[i + 1].start)):
        i += 1
        out.append(i)
    return out


def _leading(text: str, clause_start: int, d: DateMention) -> bool:
    """A date set off at the head of its clause: "Sáng 5/3, …", "…, chiều tối 04/11, Đoàn …"."""
    if not _AFTER_PHRASE.match(text, d.end):
        return False
    pre = text[clause_start : _phrase_start(text, clause_start, d)]
    # '… mở cửa từ 8h đến 22h hằng ngày, từ ngày 2/2 …': the days go on the hours told before them
    return bool(_LEAD_JUNK.fullmatch(pre)) or (pre.rstrip().endswith(",") and not _HOURS_BEFORE.search(pre))


def leads_its_clause(sentence_text: str, sentence_start: int, d: DateMention) -> bool:
    """A day set off by commas after a frame ('Nhân dịp …, chiều 9/8, …'): it leads the main clause."""
    pos = d.start - sentence_start
    head = _PHRASE_HEAD.search(sentence_text, max(0, pos - 60), pos)
    before = sentence_text[: head.start() if head else pos]
    return before.rstrip().endswith(",") and sentence_text.startswith(",", d.end - sentence_start)


def _phrase_start(text: str, clause_start: int, d: DateMention) -> int:
    head = _PHRASE_HEAD.search(text, max(clause_start, d.start - 60), d.start)
    return head.start() if head else d.start


def _leading_target(text: str, clause_start: int, events: list, candidates: list, d: DateMention) -> int | None:
    before = [i for i in candidates if events[i].end <= d.start]
    if before:
        e = events[before[-1]]
        framed = _FRAME.search(text, max(clause_start, e.start - 25), e.start)
        between = text[e.end : _phrase_start(text, clause_start, d)]
        # A day inside a framing visit or festival dates what happens in it ('Trong khuôn khổ chuyến
        # thăm …, ngày 28/2, hai bên đã hội đàm'), not the frame.
        within = d.kind in ("point", "same-day") and _multi_day(e)
        beside = framed is not None and _BESIDE.match(framed.group(0)) is not None and _named_after(events, candidates, d)
        if framed and _LEAD_JUNK.fullmatch(text[clause_start : framed.start()]) and not between.strip(" ,") and not (within or beside):
            return before[-1]
    participle = _PARTICIPLE_LEAD.fullmatch(text, clause_start, _phrase_start(text, clause_start, d))
    for i in (i for i in candidates if events[i].start >= d.end):
        e = events[i]
        between = text[d.end : e.start]
        if participle and not _OPENS_MAIN_CLAUSE.fullmatch(between):
            return None  # 'Diễn ra từ …, các đoàn biểu diễn tại Lễ hội X': the participle is of no event told
        if _reported_between(between) or (d.kind == "range" and _TRIP_BETWEEN.search(between)) or _TRIP_BEGUN_BETWEEN.search(between):
            return None
        if _before_event().search(between):
            continue  # "Ngày 6/4, ngay sau Lễ đón, …": not the one dated
        if _frames_what_came(between):
            return None  # "Ngày 14.11 đã diễn ra khai mạc giải đua nằm trong chuỗi sự kiện Lễ hội X": the day is the part's
        # A span leading the clause is the event's own days even when told to come ('Từ ngày 5 đến 7/12,
        # Hội chợ X sẽ diễn ra …'): no day of a report spans days; nor is a day after the page's ('Sáng 16-6,
        # giải chạy X sẽ diễn ra …' on 22 April).
        planned = _FUTURE_AFTER.match(text[e.end : e.end + 30]) and not (
            _opened_in_lead(text, clause_start, d) or d.kind == "range" or d.ahead)
        return None if planned else i
    return None


# "… khai mạc giải đua ghe ngo nằm trong chuỗi sự kiện Lễ hội X", "… hội thi thuộc khuôn khổ Festival Y": a
# frame the thing told before it lies within (a relative clause, after a noun, never the clause's opening
# "Trong khuôn khổ X, …").
_WITHIN_FRAME = re.compile(r"(?<![\w])(?:nằm trong|thuộc) (?:chuỗi (?:các )?(?:sự kiện|hoạt động|chương trình)|khuôn khổ|chương trình)(?: của)? $")


def _frames_what_came(between: str) -> bool:
    m = _WITHIN_FRAME.search(between)
    return m is not None and bool(between[: m.start()].strip(" ,"))


# "Ngày 16/8, trong không khí cả nước hướng tới kỷ niệm 80 năm Cách mạng Tháng Tám, Giải X khai mạc …":
# the mood of the day, set off by commas between the lead day and the event, frames it; its words
# ('hướng tới', 'chào mừng') report nothing.
_ATMOSPHERE_FRAME = re.compile(r", (?:trong|giữa) (?:bầu )?không khí [^;.:()]{1,200}, ")
_ATMOSPHERE_WORDS = frozenset({"hướng tới"})


def _reported_between(between: str) -> bool:
    said = {m.group(0) for m in _reporting().finditer(between)}
    return bool(said) and not (said <= _ATMOSPHERE_WORDS and _ATMOSPHERE_FRAME.fullmatch(between))


# "Khai mạc sáng nay (14/3), Triển lãm X sẽ mở cửa đến hết ngày 22/3": opened that day, whatever
# the clause says will follow.
_OPENED_LEAD = re.compile(r"(?:[Kk]hai mạc|[Kk]hai trương) $")


def _opened_in_lead(text: str, clause_start: int, d: DateMention) -> bool:
    return bool(_OPENED_LEAD.search(text, clause_start, _phrase_start(text, clause_start, d)))


def _trailing_target(text: str, events: list, candidates: list, d: DateMention, asides: list) -> int | None:
    """The event just before the date, when only words like "diễn ra", "được tổ chức vào" part them."""
    before = [i for i in candidates if events[i].end <= d.start]
    if not before:
        return None
    i = max(before, key=lambda i: events[i].end)
    gap_start = events[i].end
    if d.start - gap_start > MAX_GAP:
        return None
    return i if _light(_without(text, gap_start, d.start, asides)) else None


# "…, từ ngày 18 đến 25/3 sẽ diễn ra Triển lãm X": the days, then the verb of taking place, then the event.
_TAKES_PLACE_THEN = re.compile(r" (?:(?:sẽ|đã|đang) )?(?:diễn ra|được tổ chức) ")
# "…; sáng ngày 27/5 là Hội nghị toàn thể X": a time of day, its date, "là", the event: a slot of a
# programme. Never a bare day ("Ngày 2/9 là Quốc khánh": what the day is, remembered each year).
_SLOT_THEN = re.compile(r" (?:sẽ )?là ")
_TIME_OF_DAY_BEFORE = re.compile(r"(?<![\w])(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm)(?: ngày)? $")


def _told_to_take_place(text: str, events: list, candidates: list, d: DateMention, venues: list = ()) -> int | None:
    after = [i for i in candidates if events[i].start >= d.end]
    if not after:
        return None
    start = events[after[0]].start
    if _TAKES_PLACE_THEN.fullmatch(text, _venue_told_next(d.end, start, venues), start):
        return after[0]
    slot = _SLOT_THEN.fullmatch(text, d.end, start) and _TIME_OF_DAY_BEFORE.search(text, max(0, d.start - 12), d.start)
    return after[0] if slot else None


def _venue_told_next(pos: int, until: int, venues: list) -> int:
    """"tối 31/12 tại Nhà hát X sẽ diễn ra …": the venue right after the days, then the verb, is an
    aside; where the days end, else."""
    return next((b for a, b in venues if a == pos + 1 and b <= until), pos)


def _without(text: str, start: int, end: int, spans: list) -> str:
    """text[start:end] with the given spans and parentheses blanked."""
    chars = list(text[start:end])
    # The address read before its places are blanked: 'tỉnh Hokkaido, Nhật Bản' would leave 'tỉnh'.
    spans = [m.span() for m in _address().finditer(text, start, end)] + list(spans)
    for a, b in spans:
        for k in range(max(a, start), min(b, end)):
            chars[k - start] = " "
    gap = _on_a_place().sub(" ", _MORE_PLACES.sub(" ", _OCCASION.sub(" ", THEME.sub(" ", PAREN.sub(" ", "".join(chars))))))
    gap = _TERM.sub(" ", _DO_CHUNK.sub(" ", _honour_received().sub(" ", _OPENING_HOURS.sub(" ", gap))))
    return _LOCATED_IN.sub(" ", _whose().sub(" ", _address().sub(" ", gap)))


# 'Hội chợ X mở cửa từ 8h đến 22h hằng ngày, từ ngày 2/2 đến 13/2': the hours of each day a fair or
# an exhibition is open, told before its days, are an aside (no day in them).
_CLOCK = r"\d{1,2} ?(?:h|giờ|:) ?(?:\d{2})?(?: phút)?(?: (?:sáng|chiều|tối|đêm))?"
_OPENING_HOURS = re.compile(r"(?<![\w/.-])(?:từ )?" + _CLOCK + r" ?(?:đến|tới|-|–) ?" + _CLOCK
                            + r"(?: (?:hằng|hàng|mỗi) ngày)?(?![\w/.-])")
_HOURS_BEFORE = re.compile(_OPENING_HOURS.pattern + r",\s*$")


@cache
def _honour_received() -> re.Pattern:
    """' và đón nhận Huân chương Lao động hạng Nhất': the honour a ceremony receives, part of its name."""
    lex = _lex()
    return re.compile(r"(?<![\w])và (?:" + lexicon.alternation(lex["honour_verbs"]) + r") (?:"
                      + lexicon.alternation(lex["honours"]) + r")(?![\w])[^,;.()]{0,80}")


# 'tại Quảng trường X ở Quận 5 của Paris vào ngày …': "ở", "của" whose place was blanked place the venue, an aside too;
# so do 'tại' and whose community it is ('Tết Cộng đồng của người Việt Nam tại Lào diễn ra tối 12/1').
_COMMUNITY = r"(?: (?:cộng đồng|bà con|kiều bào|đồng bào))?(?: người)?"
_LOCATED_IN = re.compile(r"(?<![\w])(?:ở|tại|của" + _COMMUNITY + r")(?=  |\s*$)")


@cache
def _whose() -> re.Pattern:
    """'Chuyến thăm X của [Bộ trưởng] Trần Văn A từ ngày …': whose event it is (titles blanked); of
    one with stacked titles too ('của [Tổng Bí thư], [Chủ tịch nước X] Trần Văn A', commas left), or
    whose titles and name were all blanked."""
    word = lexicon.UPPER + r"[\w'-]*"
    # '… của cộng đồng người Khmer …', '… của đồng bào Khmer …': whose community, as _LOCATED_IN reads it
    return re.compile(r"(?<![\w])của" + _COMMUNITY + r"(?:[ ,]+" + word + r")+|(?<![\w])của(?=[ ,]*$)")


@cache
def _on_a_place() -> re.Pattern:
    """'Giải đua ghe diễn ra trên sông Hậu trong hai ngày …': the river, lake, bay or road it is held on, an aside."""
    word = lexicon.UPPER + r"[\w'.-]*"
    return re.compile(r"(?<![\w])trên (?:sông|hồ|vịnh|biển|đầm|tuyến đường|đường|phố) " + word + "(?: " + word + ")*")


@cache
def _address() -> re.Pattern:
    """', xã Duy Nhất, huyện Vũ Thư': the rest of an address, places the gazetteer may not know."""
    units = lexicon.unit_alternation("province", "city", "district", "commune")
    word = lexicon.UPPER + r"[\w'-]*"
    # 'Quận 5', 'phường 12': a unit numbered, as the cities of Vietnam and of France number theirs
    numbered = lexicon.alternation(lexicon.unit_words("district", "commune") + lexicon.unit_words("district", "commune", capitalised=True))
    return re.compile(r"(?<![\w])(?:(?:" + units + r") " + word + "(?: " + word + r")*|(?:" + numbered + r") \d{1,2}(?![\w/.,-]))")



def _light(gap: str) -> bool:
    words = [w.lower() for w in _WORD.findall(gap)]
    light = _light_words()
    i = 0
    while i < len(words):
        for k in (3, 2, 1):
            if " ".join(words[i : i + k]) in light:
                i += k
                break
        else:
            if not (words[i].isdigit() or _and_its_next_day(words, i)):
                return False
            i += 1
    return True


def _and_its_next_day(words: list[str], i: int) -> bool:
    """'khai mạc sáng 9/12 và bế mạc chiều 10/12', '… và kéo dài đến hết ngày 7/12': 'và' after a day,
    before a word that opens, closes or goes on with the event, leads to the event's next day."""
    if words[i] != "và" or not i or not words[i - 1].isdigit():
        return False
    rest = " ".join(words[i + 1 : i + 4]) + " "
    return any(rest.startswith(cue + " ") for cue in _next_day_cues())


@cache
def _next_day_cues() -> tuple[str, ...]:
    return tuple(c.lower() for kind in ("opening", "closing", "continuing") for c in _lex()[kind]) + ("kéo dài",)


# Years an event's own name or span of years overrides: a guess, none, or the month of the page's address
# (a page may be filed long after the festival it reports: 'Festival X lần thứ VI - 2015' under '/201612/').
WEAK_YEARS = ("guess", "none", "url")


def _in_name_year(d: DateMention, name: str, how: str) -> tuple[DateMention, str]:
    """With no page date nor full date near it, the year of "Festival X năm 2023" dates its days;
    so it does a day read in the year before the page's ('từ ngày 1 đến 4-6' on 19 March) when the
    name carries the page's own year ('… mời tham dự Festival X 2019'): an event still to come."""
    if not d.parts or not name or _REVIEW.search(name):
        return d, how
    years = _NAME_YEAR.findall(name)
    if not years:
        return d, how
    year = int(years[-1])
    if d.source in WEAK_YEARS or (d.source == "page-before" and year == (d.last or d.first).year + 1):
        return with_year(d, year), how + "-name-year"
    if d.source in ("page", "page-before") and year <= (d.last or d.first).year - STALE_PAGE_YEARS:
        # "Ngày 22/2, … Chương trình Gặp gỡ đầu xuân năm 2023" on a page of 2025 or later (a tag page, a
        # page's later date line): no event named for a year two before is held in the page's year
        return with_year(d, year), how + "-name-year"
    return d, how


# How many years before the page's own a named year must be to date the days: one year before is no
# proof ('Lễ trao giải X năm 2023' is held in January 2024).
STALE_PAGE_YEARS = 2


_CELEBRATION = re.compile(r"kỷ niệm \d+ năm", re.IGNORECASE)
_BRACKET_AFTER = re.compile(r" ?(\([^()\n]{0,120}\))")


def _in_anniversary_year(text: str, d: DateMention, e, how: str) -> tuple[DateMention, str]:
    """With no page date nor full date near it, 'Lễ kỷ niệm 110 năm Ngày thành lập tỉnh X
    (28/6/1909 - 28/6/2019)' is held in the year its span closes: that year dates its days."""
    if d.source not in WEAK_YEARS or not d.parts or not _CELEBRATION.search(getattr(e, "name", "") or ""):
        return d, how
    m = _BRACKET_AFTER.match(text, e.end)
    years = [int(y) for y in YEAR.findall(m.group(1))] if m else []
    if not years or max(years) - min(years) < 2:
        return d, how
    return with_year(d, max(years)), how + "-anniversary-year"


_TERM_YEARS = re.compile(r"(?<![\w])nhiệm kỳ ((?:19|20)\d\d) ?[-–] ?(?:19|20)\d\d(?!\d)")
_FIRST_SESSION = re.compile(r"(?<![\w])thứ nhất(?![\w])", re.IGNORECASE)
TERM_REACH = 40


def _in_term_year(text: str, d: DateMention, e, how: str) -> tuple[DateMention, str]:
    """With no page date nor full date near it, a congress or a term's first session ('Đại hội
    Đảng bộ tỉnh X lần thứ XVI, nhiệm kỳ 2015-2020', 'HĐND tỉnh X khóa XVI, nhiệm kỳ 2016 - 2021
    đã họp kỳ thứ nhất') is held in the term's first year: it opens the term. Any other meeting
    of a term may fall in any of its years."""
    if d.source not in WEAK_YEARS or not d.parts:
        return d, how
    name = getattr(e, "name", "") or ""
    if not (name.lower().startswith("đại hội") or _FIRST_SESSION.search(name)):
        return d, how
    m = _TERM_YEARS.search(text, e.start, min(len(text), e.end + TERM_REACH))
    return (with_year(d, int(m[1])), how + "-term-year") if m else (d, how)


# A year the clause tells the news in: "… nhân dịp Xuân Quý Mão 2023", "… lần thứ IX - năm 2016",
# "… kỷ niệm Quốc khánh (3/7/1991 - 3/7/2025)" (a span of years in brackets after what is
# celebrated: its last year, the anniversary's). Never a year of a written date (a document's, a day of history), of a term or a
# span told bare ("nhiệm kỳ 2021-2026", "năm học 2024-2025"), nor one told as a bound, a review or a
# plan ("từ năm 2019", "đến năm 2030", "tổng kết năm 2022", "kế hoạch năm 2024": often not the
# year the event is held in).
_CLAUSE_YEAR = re.compile(
    r"(?<![\d/.-])(?<!\d [–-] )(?<!\d[–-])((?:19|20)\d\d)(?!\d)(?! ?[–-] ?(?:19|20)?\d\d(?!\d))(?![/.-]\d)"
)
_NOT_THE_NEWS_YEAR = re.compile(
    r"(?<![\w])(?:từ|đến|tới|trước|sau|hồi|tổng kết|sơ kết|đánh giá|nhiệm vụ|kế hoạch|phương hướng|mục tiêu|"
    r"chỉ tiêu|giai đoạn|nhiệm kỳ|khóa|niên khóa|năm học|thành lập|ra đời|sinh)(?: (?:năm|tháng \d{1,2}))? $",
    re.IGNORECASE,
)
YEAR_LOOKBACK = 24
# "… được tổ chức lần đầu tiên vào năm 2009", "… từng diễn ra năm 2018": a past edition's year.
_PAST_EDITION = re.compile(r"(?<![\w])(?:lần đầu|từng|trước đây)(?![\w])")
PAST_EDITION_REACH = 40


def _in_clause_year(text: str, start: int, end: int, d: DateMention, how: str) -> tuple[DateMention, str]:
    """With no page date, no full date in the article and no year in the event's name, the one
    year the date's own clause tells the news in dates its days."""
    if d.source != "none" or not d.parts:
        return d, how
    years = set()
    spans = _anniversaries(text, start, end)
    for a, b in spans:  # a span beside a celebration only: "Hội nghị tổng kết (1972 - 2022)" celebrates nothing
        if _REMEMBERED.search(text, start, a):
            years.add(max(int(y) for y in YEAR.findall(text, a, b)))
    for m in _CLAUSE_YEAR.finditer(text, start, end):
        if (_inside(m.start(), spans) or _NOT_THE_NEWS_YEAR.search(text, max(start, m.start() - YEAR_LOOKBACK), m.start())
                or _PAST_EDITION.search(text, max(start, m.start() - PAST_EDITION_REACH), m.start())):
            continue
        years.add(int(m[1]))
    return (with_year(d, years.pop()), how + "-clause-year") if len(years) == 1 else (d, how)


# An opening or a closing ceremony: what it closes is the festival, not itself.
_CEREMONY_HEAD = re.compile(r"(?:lễ|phiên|đêm) (?:khai|bế) mạc")


def _relations(text: str, start: int, end: int, e, d: DateMention) -> list[tuple[str, dt.date]]:
    if d.first is None and d.last is None:
        return []
    if d.kind == "range":
        return [("startDate", d.first), ("endDate", d.last)]
    if d.kind == "until":
        return [("endDate", d.last)]
    cue = _cue(text, start, end, e, d)
    if cue == "closing" and _CEREMONY_HEAD.fullmatch((getattr(e, "head", "") or "").lower()):
        cue = "opening"  # 'Lễ bế mạc tối 16/11 khép lại ba ngày hội': the ceremony's own day, its start
    if cue == "closing" and _TRIP_ENDS.search(text, max(start, e.start - 50), e.start):
        return []  # "kết thúc chuyến tham dự Chương trình X": the guests' trip ends that day, not X
    if cue == "closing":
        return [("endDate", d.first)]
    if cue is None and (_held_that_day(text, start, e) or _its_day_in_brackets(text, e, d)):
        cue = "opening"
    if cue == "continuing" or (cue is None and _multi_day(e)):
        return []  # a day within a congress or a festival, not its first
    return [("startDate", d.first)]


# "Ngày 25/1, huyện X tổ chức liên hoan …": what someone holds on a day opens that day; a board
# ("ban tổ chức liên hoan", its organisers) holds nothing.
_HOLDS = re.compile(r"(?<![\w])(?<![Bb]an )(?:đã |sẽ |vừa )?tổ chức $")


def _held_that_day(text: str, start: int, e) -> bool:
    return bool(_HOLDS.search(text, max(start, e.start - 16), e.start))


# "…; Hội thi ẩm thực X (ngày 15/9); …": one day in brackets right after the name, the event's own
# day in a programme's list, even of a contest or a festival that may last longer. Only as an item of
# a list (the bracket closed before ";" or ","): in running text ("Lễ hội X (ngày 15/2) thu hút …", a
# year's review) the day says when the event falls, not that it opened then.
_OPEN_BRACKET_DAY = re.compile(r" ?\((?:ngày |vào |tối |sáng |chiều )?")


def _its_day_in_brackets(text: str, e, d: DateMention) -> bool:
    return bool(_OPEN_BRACKET_DAY.fullmatch(text, e.end, d.start)) and text[d.end : d.end + 2] in (");", "),")


_TRIP_ENDS = re.compile(r"(?<![\w])kết thúc(?: tốt đẹp)? chuyến (?:tham dự|dự|tham gia)(?![\w])[^,;.]{0,12}$")


def _cue(text: str, start: int, end: int, e, d: DateMention) -> str | None:
    """Whether the words beside the event make the day its opening, its closing or a later day."""
    # a leading date's own phrase may open with the cue ('Khai mạc sáng nay (14/3), Triển lãm X')
    before = text[max(start, min(_phrase_start(text, start, d), e.start) - 14) : e.start]
    # A name may run on over its verb ("Liên hoan X khai mạc"); a head's own word ("Lễ bế mạc") is no cue.
    inside = text[e.start + len(getattr(e, "head", "")) : e.end]
    after = text[e.end : min(end, max(d.end, e.end) + 90)]
    near = _nearest_cue(text[e.end : d.start]) if e.end <= d.start else None
    if near:
        return near  # 'Kỳ họp X khai mạc sáng 9/12 và bế mạc chiều 10/12': each day its own verb, the one just before it
    for kind in ("closing", "continuing", "opening"):
        if any(_cue_regex(kind).search(part) for part in (before, inside, after)):
            return kind
    return None


def _nearest_cue(gap: str) -> str | None:
    """The kind of the cue that ends last in the gap between an event and its day (of two ending
    together, 'đang diễn ra' and 'diễn ra', the order of _cue decides)."""
    ends = {kind: max((m.end() for m in _cue_regex(kind).finditer(gap)), default=-1) for kind in ("closing", "continuing", "opening")}
    last = max(ends.values())
    return next((kind for kind, at in ends.items() if at == last), None) if last >= 0 else None


def _multi_day(e) -> bool:
    """A congress, a festival, a visit (a mention with no head is a visit: "thăm chính thức Lào"),
    but not a greeting call ("thăm, chúc Tết tỉnh X"), which takes one day."""
    head = getattr(e, "head", None)
    if head is None:
        return not getattr(e, "one_day", False)
    heads = _multi_day_heads()
    name = (e.name or "").lower()
    if any(name.startswith(n + " ") for n in _one_day_names()):
        return False
    return head.lower() in heads or any(name.startswith(h + " ") for h in heads)


def multi_day_head(head: str) -> bool:
    """Whether events of this head usually last several days (a festival, a congress)."""
    return head.lower() in _multi_day_heads()


@cache
def _multi_day_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in _lex()["multi_day_heads"])


@cache
def _one_day_names() -> frozenset[str]:
    return frozenset(n.lower() for n in _lex()["one_day_names"])


@cache
def _light_words() -> frozenset[str]:
    return frozenset(_lex()["light_words"])


@cache
def _cue_regex(kind: str) -> re.Pattern:
    # "kết thúc nhiệm kỳ": a closing word before a term ends the term, not the event
    not_after = r"(?! (?:" + lexicon.alternation(_lex()["not_closing"]) + r")(?![\w]))" if kind == "closing" else ""
    return re.compile(r"(?<![\w])(?:" + lexicon.alternation(_lex()[kind]) + r")(?![\w])" + not_after, re.IGNORECASE)


@cache
def _reporting() -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + lexicon.alternation(_lex()["reporting_words"]) + r")(?![\w])")


@cache
def _before_event() -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + lexicon.alternation(_lex()["before_event_words"]) + r") $")


def settle(facts: list) -> list:
    """One start and one end per event: the surest reading wins; equally sure readings that disagree cancel."""
    best: dict = {}
    for f in facts:
        if f.relation in ("startDate", "endDate"):
            key = (f.subject.kind, f.subject.key, f.relation)
            conf, values = best.get(key, (0.0, set()))
            if f.evidence.confidence > conf:
                best[key] = (f.evidence.confidence, {f.object})
            elif f.evidence.confidence == conf:
                values.add(f.object)
    kept = []
    for f in facts:
        if f.relation in ("startDate", "endDate"):
            conf, values = best[(f.subject.kind, f.subject.key, f.relation)]
            if f.evidence.confidence < conf or len(values) > 1:
                continue
        kept.append(f)
    return kept


# --- plans changed ----------------------------------------------------------------

_DAYS = frozenset(("startDate", "endDate"))
# How far after a verb of changing its objects are read: 'thay đổi cả thời gian và địa điểm tổ chức'.
CHANGE_REACH = 40
# The turn that opens a change within the plan's own sentence: '…, nhưng do mưa lớn, Ban tổ chức đã lùi …'.
_TURN = re.compile(r"(?<![\w])(?:nhưng|[Tt]uy nhiên|song)(?![\w])")


@cache
def _plan_regex() -> re.Pattern:
    cues = _lex()["plan_cues"]
    return re.compile(rf"(?<![\w])(?:{lexicon.alternation(cues + [c[0].lower() + c[1:] for c in cues])})(?![\w])")


@cache
def _change_scan() -> Prescan:
    """The change words, tried only where their first letters stand (asked of every sentence)."""
    lex = _lex()
    verbs = lexicon.alternation(lex["change_verbs"])
    return Prescan(re.compile(rf"(?<![\w])(?:(?P<change>{verbs})|(?P<postpone>{lexicon.alternation(lex['postponing'])})"
                              rf"|(?P<cancel>{lexicon.alternation(lex['cancelling'])}))(?![\w])"))


@cache
def _change_object_regex(kind: str) -> re.Pattern:
    return re.compile(rf"(?<![\w])(?:{lexicon.alternation(_lex()['change_objects'][kind])})(?![\w])")


def changed_plan(text: str, start: int, end: int) -> tuple[int, frozenset[str]]:
    """Where a change of plan is told in text[start:end] and which relations of the plan it supersedes:
    'Ban tổ chức đã thay đổi thời gian và địa điểm' the days and the venue, 'đã hoãn' the days,
    'đã hủy bỏ' both; (-1, {}) when none is told ('thay đổi hình thức' changes neither)."""
    for m in _change_scan().finditer(text, start, end):
        if m.group("cancel"):
            return m.start(), _DAYS | {"heldIn"}
        if m.group("postpone"):
            return m.start(), _DAYS
        reach = text[m.end() : min(end, m.end() + CHANGE_REACH)]
        reach = re.split(r"[.;:()]", reach, maxsplit=1)[0]
        changed = (_DAYS if _change_object_regex("time").search(reach) else frozenset()) | (
            {"heldIn"} if _change_object_regex("place").search(reach) else frozenset())
        if changed:
            return m.start(), frozenset(changed)
    return -1, frozenset()


def superseded(facts: list, text: str, sentence, before) -> list:
    """Facts of a plan that ``sentence`` says was changed, left out: those told before the turn of
    the same sentence ('Theo kế hoạch, X diễn ra … tại A, nhưng … đã dời địa điểm …') or in the
    sentence ``before`` it when that one tells the plan; the new days and venue told after stay."""
    at, changed = changed_plan(text, sentence.start, sentence.end)
    if at < 0:
        return facts
    if _plan_regex().search(text, sentence.start, at):
        turn = [m.start() for m in _TURN.finditer(text, sentence.start, at)]
        if turn:
            return [f for f in facts if not (f.relation in changed and f.evidence.sentence_start == sentence.start
                                             and f.evidence.start < turn[-1])]
    if before is None or _plan_regex().search(text, before.start, before.end) is None:
        return facts
    return [f for f in facts if not (f.relation in changed and f.evidence.sentence_start == before.start)]
