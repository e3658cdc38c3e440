"""Stage: named events, the venues and places after "tại", and who hosts.

A named event opens with a capitalised head from kg/extract/data/events.json
("Hội nghị", "Lễ hội", "Tọa đàm"…) and runs until a verb or preposition that
ends a name ("được", "đã", "diễn ra", "tại", "với"…). A bare head ("Lễ hội
diễn ra …") refers back to the last event with that head; one someone holds
("tiến hành Hội đàm tại …") with nothing earlier to refer to is an event of its
own, unless the head names only a kind of gathering ("tổ chức hội nghị"); so is
one named by its day ("tại buổi hội đàm ngày 19/11"). A head in lower case counts
only where the sentence holds it. The head of an act ("Lễ khởi công", "buổi gặp
mặt") is named by the act's object in any case. Visits ("chuyến thăm chính thức
Lào") are events held in their destination; signings told by their verb ("đã ký
kết Biên bản ghi nhớ …") and receptions ("đã tiếp ông A") are held where their
clause opens.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache

from . import lexicon
from .gazetteer import UNIT_NUMBER_AFTER, load_gazetteer
from .prescan import Prescan

# A dotted unit abbreviation and the capitalised name it shortens are one word of a name ('Lễ hội
# Thanh niên TP.HCM', 'Hội chợ Du lịch TP. Đà Nẵng'): the dot ends no name.
_DOTTED_UNIT = (r"(?:" + lexicon.alternation([w for w in lexicon.unit_words("city", "district", "commune_abbreviations")
                                              if w.endswith(".") and len(w) > 2]) + r") ?" + lexicon.UPPER + r"[\w']*")
_TOKEN = re.compile(r'"[^"\n]{1,200}"|' + _DOTTED_UNIT + r'|[^\W\d_][\w\']*(?:-[^\W\d_][\w\']*)*|\d+(?:[/.,]\d+)*|[-,()…;:.!?]')
MAX_TOKENS = 30


@dataclass(frozen=True)
class EventMention:
    start: int
    end: int
    name: str  # "" for a bare head (anaphor)
    head: str
    held: bool = False  # a bare head someone holds ('tiến hành Hội đàm tại …'): an event of its own
    by_verb: bool = False  # told by its verb ('đã tiếp ông A', 'đã ký kết Biên bản …'): held where its clause opens


@dataclass(frozen=True)
class Visit:
    """'chuyến thăm chính thức Lào': a visit, named by its words, held in its destination."""

    start: int
    end: int
    name: str
    place: object  # gazetteer Place of the destination
    one_day: bool = False  # a greeting call ('thăm, chúc Tết tỉnh X'): a single day dates it


@dataclass(frozen=True)
class Location:
    start: int  # of "tại"
    end: int
    name: str  # venue name, or "" when the location is a gazetteer place
    place: object = None  # gazetteer Place (the place itself, or the venue's container)
    containers: tuple = ()
    kind: str = "Venue"  # of a named location: a venue, or a "Place" named with its unit ("phường X")


def _lex() -> dict:
    return lexicon.events()


def _head_regex() -> re.Pattern:
    return re.compile(r"(?<![\w])(" + lexicon.alternation(_lex()["heads"]) + r")(?![\w])")


def _stop_regex() -> re.Pattern:
    return re.compile(r"(?:" + lexicon.alternation(_lex()["name_stops"]) + r")(?![\w])")


_HEAD = _head_regex()
_STOP = _stop_regex()
_VENUE = re.compile(r"(?:(?:" + lexicon.alternation(lexicon.events()["venue_prefixes_to_drop"]) + r") )?(" + lexicon.alternation(lexicon.events()["venue_heads"]) + r")(?![\w])")
# "tại thủ đô Phnom Penh", "tại bang Victoria": a capital's or a foreign region's unit word before its name, too.
_UNIT = re.compile(rf"(?:{lexicon.unit_alternation('province', 'city', 'district', 'commune', 'capital', 'foreign')})(?= )")


def find_events(text: str, start: int, end: int, taken: list) -> list[EventMention]:
    found = []
    pos = start
    skip = _merged(taken + _quoted(text, start, end) + _bracketed(text, start, end))
    while True:
        m = _ANY_HEAD_SCAN.search(text, pos, end)
        if not m:
            # a quoted title read with the kind right before it ('triển lãm "X"') inside a name found
            # already ('Hội chợ triển lãm "X"') is that name's event, not a second one
            quoted = [q for q in _quoted_events(text, start, end, taken)
                      if all(q.start != e.start and not e.start <= q.start < q.end <= e.end for e in found)]
            return sorted(_with_ceremonies(text, start, found + quoted), key=lambda e: e.start)
        head = m.group(1)
        if _in_merged(m.start(), skip) or _is_reference(text, m.start()) or _is_organ(text, m.start()) \
                or _is_venue_part(text, m.start()) or _is_series(text, m.start()):
            pos = m.end()
            continue
        acts = head.lower() in _act_heads()
        name_end = _name_end(text, m.end(), end, acts, audience=head.lower() in _audience_heads(), about=head.lower() in _about_heads())
        name_end = max(name_end, _edition_year_end(text, m.end(), end), _held_act_end(text, start, m, end))
        name_end = _past_acronym_and_edition(text, name_end, end) if name_end > m.end() else name_end
        name_end = _cut_at_a_title(text, m.end(), name_end, taken)
        name_end = m.end() if _goods_after_lower_head(text, head, m.end()) else name_end
        name = text[m.start() : name_end] if name_end > m.end() else ""
        if _is_presidium(text, m.start(), name):
            pos = m.end()
            continue
        held = _held(text, start, m.start(), head) or (not name and _stands_alone(head) and bool(_DATED.match(text, m.end(), end)))
        held = held or _subject_after_the_lead_day(text, start, m.start(), end)
        if not (_head_ok(head) or held or _numbered(text, head, m.start(), name_end) or _TAKES_PLACE_NEXT.match(text, max(name_end, m.end()), end)
                or (name and _attended(text, start, m.start())) or _LEAD_PARTICIPLE.fullmatch(text, start, m.start())):
            pos = m.end()
            continue
        if _held_by_several(text, start, m.start()) or (not name and head in _NAMED_ONLY) or _predicate_noun(text, start, m.start(), head):
            pos = m.end()
            continue
        if name and not held and _generic(name, head):
            name, head = "", _head_named(name, head)  # a generic name refers back, as a bare head does
        alone = held and not name and _stands_alone(head)
        start_at = _english_name_start(text, start, m.start(), head, name)
        if start_at < m.start():
            name = text[start_at:name_end] if name_end > m.end() else text[start_at : m.end()]
            alone = False
        found.append(EventMention(start_at, max(name_end, m.end()), name.strip(), _canonical(head), alone))
        pos = max(name_end, m.end())


_NAMED_ONLY = frozenset(_lex()["named_only_heads"])


def _predicate_noun(text: str, start: int, at: int, head: str) -> bool:
    """'Diễn đàn này là hội nghị quốc tế lớn nhất được tổ chức tại Seoul', 'Đây là hội chợ đầu tiên …':
    a lower-case head after 'là' says what kind of thing the subject is, among all those held at the
    place it compares with; it is no event of its own ('Tiếp theo là Hội nghị X', in capitals, is)."""
    return head[0].islower() and _PREDICATE.search(text, max(start, at - 3), at) is not None


def _cut_at_a_title(text: str, pos: int, name_end: int, taken: list) -> int:
    """'Phát biểu tại Hội thảo, Thứ trưởng Bộ Ngoại giao A nhấn mạnh …', 'nhân dịp tham dự Diễn đàn X,
    Thủ tướng Chính phủ Y đã …': a title after a comma (one the sentence's persons took, or a
    capitalised office) opens the clause's subject, the one who acts at the event, not more of the
    name; the name ends at the comma (a bare head then refers back to the event named before)."""
    cuts = [a - 2 for a, _ in taken if pos <= a - 2 < name_end and text[a - 2 : a] == ", "]
    comma = text.find(", ", pos, name_end)
    while comma >= 0 and not cuts:
        if _TITLE_AFTER_COMMA.match(text, comma + 2, name_end):
            cuts.append(comma)
        comma = text.find(", ", comma + 2, name_end)
    return min(cuts) if cuts else name_end


_HELD_ACT = re.compile(r" (?:" + lexicon.alternation(_lex()["held_acts"]) + r")(?= \w)")


def _held_act_end(text: str, start: int, m: re.Match, end: int) -> int:
    """'diễn ra Hội nghị đánh giá kết quả hợp tác …': the end of a name a held act opens (see held_acts), else the head's."""
    act = _HELD_ACT.match(text, m.end(), end)
    if act is None or not _ORGANISED.search(text[max(0, m.start() - 32) : m.start()]):
        return m.end()
    return _name_end(text, act.end(), end, acts=True)


# "tại lễ Bế mạc Diễn đàn X": the ceremony's own word in capitals after a lower-case "lễ" (no
# head of its own: "lễ" alone is too common a noun) names the ceremony of the event that follows.
_CEREMONY_BEFORE = re.compile(r"(?<![\w])lễ ([Kk]hai mạc|[Bb]ế mạc) $")


def _with_ceremonies(text: str, start: int, found: list) -> list:
    out = []
    for e in found:
        m = _CEREMONY_BEFORE.search(text, max(start, e.start - 14), e.start) if e.name else None
        out.append(replace(e, start=m.start(), name=text[m.start() : e.end], head="Lễ " + m.group(1).lower()) if m else e)
    return out


# "Hội nghị năm 2020 dự kiến tổ chức tại …": a head dated by its year alone is that year's edition,
# named so, not the article's event the bare head would refer back to.
_EDITION_YEAR = re.compile(r" năm (?:19|20)\d\d(?![\w/])")


# "Diễn đàn Tỉnh trưởng hành lang kinh tế … mở rộng (GMS) năm 2017 tại thành phố Côn Minh", "Hội nghị
# Cấp cao … (ACMECS) lần thứ 10", "Hội thi thể thao … toàn quốc lần thứ XI (khu vực I) năm 2019": the
# name's acronym, or the region of a national contest's round, in brackets, then its edition, are the
# name's own words; the venue after them is the event's.
_ACRONYM_THEN_EDITION = re.compile(
    r" \( ?(?:[A-Z][A-Z0-9&]{1,11}|khu vực [IVXLC\d]{1,4}) ?\)(?: năm (?:19|20)\d\d| lần thứ (?:\d{1,3}|[IVXLC]{1,6}|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))(?![\w])")


def _past_acronym_and_edition(text: str, pos: int, end: int) -> int:
    m = _ACRONYM_THEN_EDITION.match(text, pos, end)
    return m.end() if m else _past_acronym_then_words_and_edition(text, pos, end)


# "Ngày hội văn hóa, thể thao và du lịch (VHTT&DL) các dân tộc vùng Đông Bắc lần thứ XI": after the
# acronym in brackets the name goes on, with words none of which is a stop word, to its edition.
_ACRONYM = re.compile(r" \( ?[A-Z][A-Z0-9&]{1,11} ?\)")
_EDITION_AFTER_WORDS = re.compile(r"((?: [^\W\d_][\w-]*){1,8}?)(?: năm (?:19|20)\d\d| lần thứ (?:\d{1,3}|[IVXLC]{1,6}))(?![\w])")


def _past_acronym_then_words_and_edition(text: str, pos: int, end: int) -> int:
    a = _ACRONYM.match(text, pos, end)
    m = _EDITION_AFTER_WORDS.match(text, a.end(), end) if a else None
    if m is None:
        return pos
    words = list(_TOKEN.finditer(text, m.start(1), m.end(1)))
    if any(_STOP.match(text, w.start(), end) or _HEAD.match(text, w.start(), end) for w in words):
        return pos
    return m.end()


def _edition_year_end(text: str, pos: int, end: int) -> int:
    m = _EDITION_YEAR.match(text, pos, end)
    return m.end() if m else pos


# "HĐND các tỉnh nói trên đã tổ chức kỳ họp thứ nhất": councils left unnamed each held their own
# session, on their own days: no one event, nor one place or date of it.
_SEVERAL_HOLDERS = re.compile(
    rf"(?<![\w])(?:các|những) (?:{lexicon.unit_alternation('province', 'city', 'district', 'commune')}|địa phương)"
    r"(?: nói trên| trên| này)? (?:(?:đã|sẽ|đều|cùng|đồng loạt) )*(?:tổ chức|khai mạc|tiến hành) $")


# "đoàn dự chương trình giao lưu âm nhạc …": a lower-case head someone attends ("dự", "tham dự") is an
# event taking place, as one someone holds is; only the head's own name is read so (no bare head).
_ATTENDED = re.compile(r"(?<![\w])dự $")


def _attended(text: str, start: int, pos: int) -> bool:
    return _ATTENDED.search(text, max(start, pos - 4), pos) is not None


def _held_by_several(text: str, start: int, pos: int) -> bool:
    return _SEVERAL_HOLDERS.search(text, max(start, pos - 60), pos) is not None


ENGLISH_NAME_WORDS = 4
_ENGLISH_TAIL = re.compile(r"(?: (?:19|20)\d\d)?")


def _english_name_start(text: str, start: int, pos: int, head: str, name: str) -> int:
    """'lượng khách đến Vietnam Food Festival 2024': before a head that closes an English name, up to
    ENGLISH_NAME_WORDS capitalised words (the run opened after a lower-case word or a mark, none of them
    a stop word) are the start of the name, when nothing but a year follows the head ('Lễ Khai Mạc
    Festival Hoa' names its festival after the head)."""
    if head not in _english_order_heads() or (name and not _ENGLISH_TAIL.fullmatch(name[len(head):])):
        return pos
    at = pos
    for _ in range(ENGLISH_NAME_WORDS):
        m = _ENGLISH_WORD.search(text, start, at)
        if not m or m.end() != at or not m.group(1)[0].isupper() or _STOP.match(m.group(1).lower()):
            break
        at = m.start(1)
    if at == pos:
        return pos
    before = text[start:at].rstrip(" ")
    if before and before[-1].isalpha() and not before.split()[-1][0].islower():
        return pos  # the run goes on to the left past what we read: no name's start we know
    return at


_ENGLISH_WORD = re.compile(r"([^\W\d_][\w']*) $")


@cache
def _english_order_heads() -> frozenset[str]:
    return frozenset(_lex().get("english_order_heads", ()))


# "Hội nghị lần này", "Hội nghị này": the article's own event, pointed at.
_DEICTIC = re.compile(r" (?:lần này|này)(?![\w])")


def bare_names(text: str, mentions) -> list[str]:
    """The names bare heads that referred back were written with: 'Hội nghị', 'Hội nghị lần
    này' (the head as the lexicon writes it, so 'hội nghị' and 'Hội nghị' are one name)."""
    names = []
    for e in mentions:
        deictic = _DEICTIC.match(text, e.end)
        name = e.head + (deictic.group(0) if deictic else "")
        if name not in names:
            names.append(name)
    return names


@cache
def _generic_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in _lex()["generic_heads"])


def is_generic_head(head: str) -> bool:
    """'Hội nghị', 'Chương trình', 'Lễ': heads too generic to say alone which event they are."""
    return head.lower() in _generic_heads()


def _stands_alone(head: str) -> bool:
    """'hai bên tiến hành Hội đàm', 'tổ chức Lễ công bố': the head tells what is done, the article's
    own talks or ceremony; a bare 'tổ chức hội nghị' or 'tổ chức Lễ' says nothing of which one."""
    return head.lower() not in _generic_heads()


_NAME_WORD = re.compile(r"\S+")


def _generic(name: str, head: str) -> bool:
    """'Lễ Bế mạc' (a head written with capitals), 'Chương trình nghệ thuật' (one of the most generic
    heads, never_lower_case, and words of its kind only): no name of its own."""
    if name.lower() in _heads_lower():
        return True
    if head not in _lex()["never_lower_case"]:
        return False  # 'Buổi lễ ký kết diễn ra …' is the signing of the article
    words = _NAME_WORD.findall(name[len(head):])
    return bool(words) and all(w.islower() and w in _descriptor_words() for w in words)


def _head_named(name: str, head: str) -> str:
    """'Lễ Bế mạc' is the head 'Lễ bế mạc' (what it refers back to), else the head found."""
    return _heads_lower().get(name.lower(), head)


def is_head(words: str) -> bool:
    """The words are a head alone, in any case ('lễ hội', 'Đại hội'): a name that names nothing more."""
    return words.lower() in _heads_lower()


@cache
def _heads_lower() -> dict[str, str]:
    return {h.lower(): h for h in _lex()["heads"]}


@cache
def _descriptor_words() -> frozenset[str]:
    return frozenset(w for d in _lex()["descriptors"] for w in d.split())


_CLAUSE_END = re.compile(r"[.;:!?,\n(]")
NAMED_REACH = 80
# Where the phrase turns to what happened ("Hội nghị X được tổ chức lần đầu tiên vào năm 1996"):
# a year after this verb dates one edition, often a past one, not the event the article names.
_TOLD_AS_HELD = re.compile(r" (?:(?:đã|sẽ|đang|được|dự kiến) )?(?:diễn ra|tổ chức|khai mạc|dự kiến)(?![\w])")


def names_in(doc) -> tuple[str, ...]:
    """The events an article's title and text name, each with the rest of its phrase ('Ngày Văn
    hóa X tại Cần Thơ năm 2024': the year after the place is still the event's), in order."""
    found = []
    for text in (doc.title or "", doc.text):
        named = [e for e in find_events(text, 0, len(text), []) if e.name]
        for e, nxt in zip(named, named[1:] + [None]):
            stop = _CLAUSE_END.search(text, e.end, e.end + NAMED_REACH)
            end = min(stop.start() if stop else e.end, nxt.start if nxt else len(text))
            told = _TOLD_AS_HELD.search(text, e.end, end)
            end = told.start() if told else end
            found.append(text[e.start : max(end, e.end)])
    return tuple(found)


def _lower_case_heads() -> list[str]:
    never = set(_lex()["never_lower_case"])
    return [h[0].lower() + h[1:] for h in _lex()["heads"] if h[0].isupper() and h not in never]


def _lower_case_openings() -> str:
    """'chương trình' before 'nghệ thuật': a head too generic in lower case but for the words after it."""
    return "".join(rf"|{re.escape(head.lower())}(?= (?:{lexicon.alternation(words)})(?![\w]))"
                   for head, words in _lex()["lower_case_openings"].items())


# Searched over every sentence, several times: grouped by first letter (same matches, fewer tries).
_ANY_HEAD = re.compile(r"(?<![\w])(" + lexicon.cased_alternation(_lex()["heads"] + _lower_case_heads()) + _lower_case_openings() + r")(?![\w])")
_ANY_HEAD_SCAN = Prescan(_ANY_HEAD)  # the same matches; an article's heads found once, each sentence bisects them
_ORGANISED = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_lex()["organising_verbs"]) + r")(?: (?:long trọng|trọng thể|thành công))? $")
# "Ngày 18/9, tại cửa khẩu X, huyện Y, lễ kết nghĩa … đã được tổ chức": the subject after the lead location.
_LEAD_LOCATION = re.compile(r"(?:[^;.]{0,40}, )?[Tt]ại [^;.]{1,100}, $")
# "Diễn ra từ ngày 4 đến 6/11 (…), ngày hội có …": the subject the leading participle of taking place
# is told of, an event in lower case too (a bare head refers back to the event named before).
_LEAD_PARTICIPLE = re.compile(r"(?:Diễn ra|Được tổ chức|Kéo dài) [^;,]{1,100}(?: \([^()]{1,60}\))?, ")
# "lễ khai mạc lễ hội X (có tên gọi mới là …) diễn ra tại": an aside in brackets may come between.
_TAKES_PLACE_NEXT = re.compile(r"(?: \([^()\n]{1,120}\))? (?:(?:đã|sẽ|đang) )?(?:diễn ra|được tổ chức)(?![\w])")


_HAS_SESSION = re.compile(r"(?<![\w])có $")
_VERB_HEADS = frozenset(h.lower() for h in _lex()["verb_heads"])
_AS_VERB = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_lex()["verb_markers"]) + r") $")


def _held(text: str, start: int, pos: int, head: str = "") -> bool:
    """What someone holds ('tổ chức hội nghị …', 'tiến hành Hội đàm'), a head told as a verb ('đã
    hội đàm với …'), or the subject after the lead location of the sentence from ``start`` ('Sáng
    5/3, tại X, lễ kết nghĩa …') is an event taking place. A head in lower case is an event only
    so, or named before 'diễn ra'; else it is a common noun."""
    if _ORGANISED.search(text[max(0, pos - 32) : pos]):
        return True
    if head.lower().startswith("buổi") and _HAS_SESSION.search(text, max(0, pos - 8), pos):
        return True  # 'đã có buổi hội đàm với …': a session someone has is one taking place
    if head.lower() in _VERB_HEADS and _AS_VERB.search(text, max(0, pos - 16), pos):
        return True
    return pos - start < 160 and bool(_LEAD_LOCATION.fullmatch(text, start, pos))


# "Sáng 9/1, lễ kết nghĩa cụm dân cư giữa … (…) đã được tổ chức tại …": the subject right after the
# day that leads the sentence, said later in its clause to be held, is an event taking place.
_LEAD_DAY = re.compile(r"(?:(?:Sáng|Chiều|Tối|Trưa) |Ngày )?\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?, ")
_HELD_LATER = re.compile(r"[^;:.]{0,240}? (?:(?:đã|sẽ) )?(?:được tổ chức|diễn ra)(?![\w])")


def _subject_after_the_lead_day(text: str, start: int, pos: int, end: int) -> bool:
    """The verb must be the subject's own: another event named before it is the one held ("Ngày 9/1, triển
    lãm của … được đánh giá cao tại Hội chợ Xuân diễn ra ở Hà Nội")."""
    if not _LEAD_DAY.fullmatch(text, start, pos):
        return False
    held, own = _HELD_LATER.match(text, pos, end), _ANY_HEAD.match(text, pos)
    return bool(held and own and _ANY_HEAD.search(text, own.end(), held.end()) is None)


_NUMBERED = re.compile(
    r" (?:lần )?thứ (?:\d{1,2}|[IVXLC]+|(?:[Mm]ười )?(?:[Nn]hất|[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín)|[Mm]ười)(?![\w])"
)
_PREDICATE = re.compile(r"(?<![\w])là $")


def _numbered(text: str, head: str, pos: int, name_end: int) -> bool:
    """'tại kỳ họp thứ 3', 'hội nghị lần thứ 8', 'tại kỳ họp thứ nhất': a numbered session is one event,
    whatever its capitals; not what something else is said to be ('… là hội nghị lần thứ 8')."""
    if _PREDICATE.search(text, max(0, pos - 4), pos):
        return False
    if head.lower() in _edition_heads():
        return _edition_of_its_kind(text, pos + len(head), name_end)
    return head.lower() in _numbered_heads() and _NUMBERED.match(text, pos + len(head), name_end) is not None


EDITION_KIND_WORDS = 4


def _edition_of_its_kind(text: str, pos: int, name_end: int) -> bool:
    """'hội thảo khoa học quốc tế lần thứ hai': a few lower-case words of its kind, then its edition."""
    m = _EDITION_NEXT.search(text, pos, name_end)
    words = text[pos : m.start()].split() if m else []
    return m is not None and len(words) <= EDITION_KIND_WORDS and all(w.isalpha() and w.islower() for w in words)


@cache
def _edition_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in _lex()["edition_heads"])


@cache
def _numbered_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in _lex()["numbered_sessions"])


@cache
def town_festival_heads() -> frozenset[str]:
    """Heads of festivals named after the town that holds them ('Festival Huế 2026')."""
    return frozenset(_lex()["town_festival_heads"])


def _canonical(head: str) -> str:
    """Lower-case heads are recorded as written in the lexicon, so anaphors find them."""
    return head if head[0].isupper() or head.startswith("cuộc gặp") else head[0].upper() + head[1:]


_QUOTE = re.compile(r'"[^"\n]*"')
_BRACKETS = re.compile(r"\([^()\n]{1,160}\)")


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted themes ('với chủ đề "…"'): the words inside are not events."""
    if text.find('"', start, end) < 0:  # most sentences quote nothing: no regex pass
        return []
    return [(m.start() + 1, m.end()) for m in _QUOTE.finditer(text, start, end)]


def _bracketed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'Lễ hội X (tên gọi mới là Y Festival)': an event named in brackets is another name of the
    one before, not an event of its own."""
    if text.find("(", start, end) < 0:  # most sentences bracket nothing: no regex pass
        return []
    return [(m.start(), m.end()) for m in _BRACKETS.finditer(text, start, end)]


# 'sự kiện "Giao lưu văn hóa …"', 'đồng tổ chức: "Diễn đàn …"': the quoted words name the event.
_QUOTED_EVENT_CUE = re.compile(r"(?<![\w])(?:[Ss]ự kiện|" + lexicon.alternation(_lex()["organising_verbs"]) + r")(?: :|:)? $")


def _quoted_events(text: str, start: int, end: int, taken: list) -> list[EventMention]:
    found = []
    if text.find('"', start, end) < 0:  # as in _quoted: nothing quoted, nothing to read
        return found
    for m in _QUOTE.finditer(text, start, end):
        name = m.group(0)[1:-1].strip()
        if not name or not name[0].isupper() or _inside(m.start(), taken):
            continue
        if _QUOTED_EVENT_CUE.search(text[max(start, m.start() - 24) : m.start()]):
            head = _ANY_HEAD.match(name)
            found.append(EventMention(m.start(), m.end(), name, _canonical(head.group(1)) if head else "Sự kiện"))
            continue
        head = _ANY_HEAD.match(name)
        if head and head.group(1)[0].isupper() and _QUOTED_HELD_NEXT.match(text, m.end(), end) \
                and not _THEME_BEFORE.search(text, max(start, m.start() - 24), m.start()):
            # '"Tuần lễ văn hóa Việt Nam – Nhật Bản" sẽ diễn ra từ …': the quoted name, opening with a
            # head, is the subject told to take place
            found.append(EventMention(m.start(), m.end(), name, _canonical(head.group(1))))
            continue
        kind = _KIND_BEFORE_TITLE.search(text, max(start, m.start() - 40), m.start())
        held = kind and (_TAKES_PLACE_NEXT.match(text, m.end(), end) or _AT_A_VENUE_NEXT.match(text, m.end(), end)
                         or _ORGANISED.search(text[max(0, kind.start() - 32) : kind.start()]))
        if held and not _inside(kind.start(), taken):
            # 'giải chạy "Tuy Hòa Marathon" sẽ diễn ra …', 'sẽ diễn ra chương trình nghệ thuật "…"': a kind
            # in lower case and its quoted title, said to take place
            found.append(EventMention(kind.start(), m.end(), text[kind.start() : m.end()], _canonical(kind.group(1))))
    return found


# right after a quoted name: its verb of taking place, of opening or of closing
_QUOTED_HELD_NEXT = re.compile(r"(?: \([^()\n]{1,120}\))? (?:(?:đã|sẽ|đang|được) )*(?:chính thức )?(?:diễn ra|được tổ chức|khai mạc|bế mạc)(?![\w])")
# a theme, a slogan or a message quoted: no name of the event, whatever it opens with
_THEME_BEFORE = re.compile(r"(?<![\w])(?:chủ đề|khẩu hiệu|thông điệp|tên gọi|tiêu đề)(?: là)?:? $")


# 'chương trình nghệ thuật "…" tại Quảng trường 2/9': a kind and its title at a venue named in capitals
# is a show put on there, however far back its verb stands
_AT_A_VENUE_NEXT = re.compile(r" tại (?:" + lexicon.alternation([h for h in lexicon.events()["venue_heads"] if h[0].isupper()]) + r")(?![\w])")


# a head in lower case and up to two words of its kind right before a quoted title ('giải chạy "…"')
_KIND_BEFORE_TITLE = re.compile(
    r"(?<![\w])(" + lexicon.alternation(sorted({h.lower() for h in _lex()["heads"]})) + r")(?: [^\W\d_]+){0,2} $")


_REFERENCE = re.compile(r"(?:Nghị quyết|nghị quyết|Chỉ thị|Kết luận|Văn kiện|văn kiện|tinh thần) $")


def _is_reference(text: str, pos: int) -> bool:
    """'Nghị quyết Đại hội XIII' names a resolution, not an event taking place."""
    return bool(_REFERENCE.search(text[max(0, pos - 12) : pos]))


_STANDING_ORGAN = re.compile(r"Ủy ban Thường vụ $")  # normalize writes "Uỷ" as "Ủy"
_PRESIDIUM = re.compile(r"Đoàn Chủ tịch $")


def _is_organ(text: str, pos: int) -> bool:
    """'Ủy ban Thường vụ Đại hội đại biểu nhân dân thành phố X' names a standing body of a congress
    (a council abroad), not an event taking place."""
    return bool(_STANDING_ORGAN.search(text[max(0, pos - 20) : pos]))


def _is_presidium(text: str, pos: int, name: str) -> bool:
    """'Đoàn Chủ tịch Đại hội đã điều hành …': the presidium of the congress told of, no event of its own;
    with the congress named ('Đoàn Chủ tịch Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII') the congress is one."""
    return not name and bool(_PRESIDIUM.search(text[max(0, pos - 16) : pos]))


_SERIES = re.compile(r"(?<![\w])(?:các|những|nhiều|mỗi) (?:kỳ |lần |mùa |dịp |đợt )?$")


def _is_series(text: str, pos: int) -> bool:
    """'tham gia tổ chức các kỳ Festival Huế', 'các Hội nghị xúc tiến đầu tư': editions or several
    events, not one taking place."""
    return bool(_SERIES.search(text, max(0, pos - 16), pos))


_VENUE_BEFORE = re.compile(r"(?<![\w])(?:" + lexicon.alternation(lexicon.events()["venue_heads"]) + r") $")
# 'Trung tâm Hội chợ - Triển lãm Bắc Giang', 'Trung tâm Hội nghị và Triển lãm X', 'Trung tâm Hội chợ
# Triển lãm Quốc gia', 'Trung tâm Văn hóa Triển lãm X': a venue named by two kinds of event (or culture
# and one) joined by a dash, 'và' or nothing; its second word opens no event either.
_VENUE_PAIR_BEFORE = re.compile(
    r"(?<![\w])(?:" + lexicon.alternation(lexicon.events()["venue_heads"]) + r") (?:"
    + lexicon.alternation(_lex()["heads"]) + r"|Văn hóa)(?: ?[-–] ?| và | )$"
)


# "Cung Quy hoạch, Hội chợ và Triển lãm tỉnh X", "Trung tâm Văn hóa, Thể thao và Du lịch huyện Y": a
# venue named by what it houses, "A, B và C" as a ministry is named; the comma is inside the name.
# Only a short name before the comma (one or two words, no place), and after it two capitalised
# words joined by "và" up to the unit word of the place that owns the venue, or the name's end.
# The hall of such a centre names the centre after its own head ("Hội trường Trung tâm Văn hóa, Thể
# thao và …"); a commune's centre is "… Thể thao và Học tập cộng đồng", the last item in lower case.
_ITEM = r"[^\W\d_]\w*(?: [^\W\d_]\w*)?"
_ENUMERATION_BEFORE = re.compile(rf"(?: Trung tâm)? {_ITEM}")
_ENUMERATION_AFTER = re.compile(
    rf", ({_ITEM}) và ({_ITEM}(?: cộng đồng)?)(?= (?:{lexicon.unit_alternation('province', 'city', 'district', 'commune')}) |[,;.()]|$)")


# Its 'Hội chợ', 'Triển lãm' open no event either.
_VENUE_LIST_BEFORE = re.compile(
    r"(?<![\w])(?:" + lexicon.alternation(lexicon.events()["venue_heads"]) + rf")( {_ITEM})(,) (?:{_ITEM} và )?$")


# Each of the three patterns above holds a venue head: without one before the event's head, none
# matches. Led by no lookbehind, this one lets the regex engine skip to the heads' first letters.
_ANY_VENUE_HEAD = re.compile(lexicon.cased_alternation(lexicon.events()["venue_heads"]))


def _is_venue_part(text: str, pos: int) -> bool:
    """'Trung tâm Hội nghị Quốc gia' is a venue: its 'Hội nghị' opens no event."""
    start = max(0, pos - 48)
    before = text[start:pos]
    if not _ANY_VENUE_HEAD.search(before):
        return False
    if _VENUE_BEFORE.search(before) or _VENUE_PAIR_BEFORE.search(before):
        return True
    listed = _VENUE_LIST_BEFORE.search(before)
    return listed is not None and _enumerated_name(text, start + listed.start(1), start + listed.start(2)) > 0


def _head_ok(head: str) -> bool:
    return head[0].isupper() or head.startswith("cuộc gặp")


def _merged(spans: list) -> tuple[list[int], list[int]]:
    """Spans as sorted, non-overlapping (starts, ends), so a whole article's brackets and quotes
    are looked up by bisection, never one by one per head."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(spans):
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _in_merged(pos: int, merged: tuple[list[int], list[int]]) -> bool:
    starts, ends = merged
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


def _inside(pos: int, spans: list) -> bool:
    return any(a <= pos < b for a, b in spans)


def _name_end(text: str, pos: int, end: int, acts: bool = False, audience: bool = False, about: bool = False) -> int:
    """End of the name that follows a head at ``pos`` (== pos for a bare head). After the head of an
    act (``acts``: 'Lễ khởi công', 'buổi gặp mặt') the name is the act's object, in any case ('buổi
    gặp mặt các nhà đầu tư Hàn Quốc'), up to a stop or the day it is dated by ('ngày 19/11'). After
    the head of a course (``audience``: 'Lớp tập huấn') 'cho' and whom it is for are in the name. After
    the head of a discussion (``about``: 'Tọa đàm') 'về' opens the name with its topic."""
    last = pos
    prev = ""  # the last token of the name so far
    has_between = topic = event_topic = False
    for i, m in enumerate(_TOKEN.finditer(text, pos, end)):
        tok, at = m.group(0), m.start()
        if i >= MAX_TOKENS or tok in "();:.…!?":
            break
        if tok in (",", "-"):
            if not _joins(text, m.end(), end, tok, named=last > pos, after_year=bool(_YEAR.fullmatch(prev))):
                break
            continue
        if (acts and _DATED.match(text, at - 1, end)) or _DAY_PART_DATED.match(text, at - 1, end):
            break
        opens = _opens_name(tok) or _plural_name(text, tok, m.end(), end) or (acts and tok not in _act_non_openers())
        event_topic = event_topic or _event_as_topic(text, tok, m.end(), end)
        topic = topic or event_topic or (last == pos and about and _topic_next(text, tok, m.end(), end))
        opens = opens or bool(_NOUN_LED_DESCRIPTOR.match(text, at, end) or _FULL_OPENER.match(text, at, end)) or (last == pos and (topic or _act_on_a_name(text, at, end)))
        opens = opens or (last == pos and (_named_up_to_year(text, at, end) or _titled_next(text, at, end)
                                           or _named_up_to_edition(text, at, end)))
        if (last == pos and not opens) or (_stops(text, tok, at, end, has_between) and not (audience and tok == "cho")
                                           and not (topic and tok == "và" and _topic_goes_on(text, m.end(), end))
                                           and not (event_topic and tok == "và" and _event_as_topic(text, "về", m.end(), end))):
            break
        if not opens and _YEAR.fullmatch(prev):
            break
        has_between = has_between or tok == "giữa"
        last, prev = m.end(), tok
    return last


LOWER_NAME_WORDS = 3  # lower-case words a name may open with before its capitalised part
NAMED_PART_WORDS = 5


def _named_up_to_year(text: str, pos: int, end: int) -> bool:
    """'Ngày hội cuối tuần Pháp ngữ 2024': a few lower-case words (no stop among them), then
    capitalised words, then the year, all in one clause: the whole run is the event's name,
    though its first word is no descriptor ('Hội nghị tại Hà Nội 2024' stops at 'tại')."""
    lower = named = 0
    for m in _TOKEN.finditer(text, pos, end):
        tok = m.group(0)
        if named and (_YEAR.fullmatch(tok) or tok == "năm"):
            return _YEAR.fullmatch(tok) is not None or bool(_NAMED_YEAR.match(text, m.end(), end))
        if tok[0].isupper() and lower or named and tok.islower():  # 'Pháp ngữ': the named part may go on in lower case
            named += 1
        elif tok[0].isalpha() and tok.islower():
            lower += 1
        else:
            return False
        if lower > LOWER_NAME_WORDS or named > NAMED_PART_WORDS or (tok.islower() and _STOP.match(text, m.start(), end)):
            return False
    return False


# "Lễ hội khinh khí cầu quốc tế lần thứ I năm 2022": lower-case words (no stop among them) up to the
# edition's "lần thứ" and its number: the whole run is the event's name, though no word is a descriptor.
EDITION_LOWER_WORDS = 5
_EDITION_NEXT = re.compile(r"lần thứ (?:\d{1,3}|[IVXLC]{1,6}|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\w])")


# "Diễn đàn thanh niên khu vực Tam giác phát triển Campuchia - Lào - Việt Nam lần thứ nhất": the lower-case
# words may go on with a named part (its words, dashes between them) before the edition, as before a year.
EDITION_NAMED_WORDS = 8


def _named_up_to_edition(text: str, pos: int, end: int) -> bool:
    lower = named = 0
    other_head = False  # 'lễ khai mạc lễ hội hoa Đà Lạt lần thứ 10': a second event's head among the lower words
    for m in _TOKEN.finditer(text, pos, end):
        tok = m.group(0)
        if lower and _EDITION_NEXT.match(text, m.start(), end):
            return True
        if named and tok == "-":
            continue
        if tok[0].isupper() and tok[0].isalpha() and lower:
            if other_head:
                return False
            named += 1
        elif not (tok[0].isalpha() and tok.islower()) or _STOP.match(text, m.start(), end):
            return False
        elif named:
            named += 1  # 'Tam giác phát triển': the named part goes on in lower case
        else:
            other_head = other_head or bool(_ANY_HEAD.match(text, m.start(), end))
            lower += 1
        if lower > EDITION_LOWER_WORDS or named > EDITION_NAMED_WORDS:
            return False
    return False


TITLE_KIND_WORDS = 3


_THEME_NEXT = re.compile(r"(?:(?:mang|với|có) )?(?:chủ đề|thông điệp|khẩu hiệu)(?![\w])")


def _titled_next(text: str, pos: int, end: int) -> bool:
    """'triển lãm ảnh "Huế - Sa-la-van: …"', 'chương trình nghệ thuật "Sắc màu …"', 'Triển lãm ảnh tư
    liệu "…"': a few words saying what kind of exhibition or show it is, then its quoted title: the
    whole run is the name. A theme told of the event ('Hội nghị mang chủ đề "…"') is no kind of it:
    the head stays bare."""
    if _THEME_NEXT.match(text, pos, end):
        return False
    for i, m in enumerate(_TOKEN.finditer(text, pos, end)):
        tok = m.group(0)
        if i and tok.startswith('"'):
            return tok[1:2].isupper()
        if i >= TITLE_KIND_WORDS or not (tok[0].isalpha() and tok.islower()) or _STOP.match(text, m.start(), end):
            return False
    return False


_NAMED_YEAR = re.compile(r" (?:19|20)\d\d(?![\w/])")


# A name that reached its year ("Festival Biển 2026") is complete: a lower-case word after it
# is the sentence going on ("… Festival Biển 2026 vẫn đông khách"), not more of the name.
_YEAR = re.compile(r"(?:19|20)\d\d")


# ' ngày 19/11', ' sáng 5/3': the day an act is dated by, after its head or its object.
_DATED = re.compile(r" (?:ngày|sáng|chiều|tối|trưa) \d")
# 'hội thảo "X" chiều 9/3 tại …': a part of the day and its date end any name (no name goes on with one).
_DAY_PART_DATED = re.compile(r" (?:sáng|trưa|chiều|tối|đêm) \d")


@cache
def _act_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in _lex()["act_heads"])


@cache
def _audience_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in _lex()["audience_heads"])


@cache
def _act_non_openers() -> frozenset[str]:
    return frozenset(_lex()["act_non_openers"])


@cache
def _about_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in _lex()["about_heads"])


_ABOUT_NON_TOPIC = re.compile(r"(?:" + lexicon.alternation(_lex()["about_non_topics"]) + r")(?![\w])")


def _topic_next(text: str, tok: str, pos: int, end: int) -> bool:
    """'Tọa đàm về công tác lãnh sự': 'về' and a topic in lower case; 'Hội thảo về nước' is going home."""
    nxt = _TOKEN.match(text, pos + 1, end) if tok == "về" and pos + 1 <= end else None
    return bool(nxt and nxt.group(0).islower() and not _ABOUT_NON_TOPIC.match(text, pos + 1, end))


def _event_as_topic(text: str, tok: str, pos: int, end: int) -> bool:
    """'Hội nghị về Lễ hội Hoa Ban', 'buổi họp báo về Tuần Văn hóa X': an event after 'về' is what the
    meeting is about, part of its name (its place is the meeting's, not the festival's)."""
    return tok == "về" and pos + 1 <= end and _HEAD.match(text, pos + 1, end) is not None and text[pos + 1].isupper()


_NAMED_ACT = re.compile(r"(?:" + lexicon.alternation(_lex()["named_acts"]) + r")(?![\w])")
NAMED_ACT_REACH = 8  # words from the act to the capitalised part of the name


def _act_on_a_name(text: str, pos: int, end: int) -> bool:
    """'giới thiệu môi trường đầu tư tỉnh Bến Tre': the act opens the name when a capitalised word
    follows before any stop or punctuation."""
    m = _NAMED_ACT.match(text, pos, end)
    return m is not None and (_capitalised_ahead(text, m.end(), end) or _act_objects_of_a_place(text, pos, end))


def _capitalised_ahead(text: str, pos: int, end: int) -> bool:
    """A capitalised word comes within reach, after lower-case words only (no stop among them)."""
    for i, t in enumerate(_TOKEN.finditer(text, pos, end)):
        tok = t.group(0)
        if tok == "-":
            continue  # 'kinh tế - xã hội'
        if i >= NAMED_ACT_REACH or not tok[0].isalpha():
            return False
        if tok[0].isupper():
            return True
        if _STOP.match(text, t.start(), end):
            return False
    return False


def _topic_goes_on(text: str, pos: int, end: int) -> bool:
    """'Tọa đàm về công tác lãnh sự và bảo hộ công dân': a second topic in lower case after 'và'."""
    nxt = _TOKEN.match(text, pos + 1, end) if pos + 1 <= end else None
    return bool(nxt and nxt.group(0).islower() and not _STOP.match(text, pos + 1, end) and not _HEAD.match(text, pos + 1, end))


def _opens_name(tok: str) -> bool:
    return tok[0].isupper() or tok[0].isdigit() or tok.startswith('"') or tok in _descriptor_openers()


def _plural_name(text: str, tok: str, pos: int, end: int) -> bool:
    """'Lễ công bố các Nghị quyết …': a plural word opens a name when a capitalised word follows; so
    does a noun of a place's old name ('Lễ hội thành Tuyên', 'Festival biển Nha Trang')."""
    opener = tok in ("các", "những") or tok in _proper_name_nouns() or tok in _goods_nouns()
    nxt = _TOKEN.match(text, pos + 1, end) if opener and pos + 1 <= end else None
    return bool(nxt and nxt.group(0)[0].isupper())


@cache
def _proper_name_nouns() -> frozenset[str]:
    return frozenset(_lex()["proper_name_nouns"])


@cache
def _goods_nouns() -> frozenset[str]:
    return frozenset(_lex()["goods_nouns"])


def _goods_after_lower_head(text: str, head: str, pos: int) -> bool:
    """'tổ chức hội chợ hàng Việt tại Svay Rieng': goods after a lower-case head name the kind of fair, no edition."""
    word = _TOKEN.match(text, pos + 1) if head[0].islower() and text[pos : pos + 1] == " " else None
    return word is not None and word.group(0) in _goods_nouns()


@cache
def _descriptor_openers() -> frozenset[str]:
    """Descriptors ("quốc tế", "thường niên"…) and their first words: they may open a name. A first
    word that is a noun of a place's old name ('thành' of 'thành lập') opens one only with the rest
    of its descriptor ('Đại hội thành lập Hội …', never 'Lễ hội thành công')."""
    descriptors = _lex()["descriptors"]
    return frozenset(descriptors) | {d.split()[0] for d in descriptors} - _proper_name_nouns()


_NOUN_LED = [d for d in _lex()["descriptors"] if " " in d and d.split()[0] in _lex()["proper_name_nouns"]]
_NOUN_LED_DESCRIPTOR = re.compile(r"(?:" + (lexicon.alternation(_NOUN_LED) if _NOUN_LED else "(?!)") + r")(?![\w])")
_GOODS = re.compile(r"(?:" + lexicon.alternation(_lex()["goods"]) + r")(?![\w])")
_FULL_OPENER = re.compile(r"(?:" + lexicon.alternation(_lex()["goods"] + _lex()["consulting_acts"]) + r")(?![\w])")


def _stops(text: str, tok: str, at: int, end: int, has_between: bool) -> bool:
    if tok == "với" and has_between:
        return False  # 'giữa tỉnh A với tỉnh B': the second side, as after 'và'
    if tok == "và":
        nxt = _TOKEN.match(text, at + 3, end) if at + 3 <= end else None  # the word after 'và '
        return not (has_between or _GOODS.match(text, at + 3, end) or _last_field_listed(text, at, end)
                    or (nxt and nxt.group(0)[0].isupper() and not _HEAD.match(text, at + 3, end))
                    or _runs_to_its_edition(text, at + 3, end))
    if tok == "tại" and names_its_edition(text, at, end):
        return False
    if tok == "vào" and _INVESTED_IN.match(text, at, end):
        return False
    return tok[0].islower() and bool(_STOP.match(text, at, end)) and not _ends_a_compound(text, tok, at)


# "Hội nghị Hợp tác và phát triển các tỉnh biên giới Việt Nam - Campuchia lần thứ 13": words after "và"
# that run on, with no word that stops a name, to the edition's number are one name with it.
_TO_EDITION = re.compile(r"((?:[^\W\d_]+(?: - | – | ))+?)lần thứ (?:[IVXLC]+|\d{1,2})(?![\w])")
_MOST_WORDS_TO_EDITION = 12


def _runs_to_its_edition(text: str, pos: int, end: int) -> bool:
    m = _TO_EDITION.match(text, pos, end)
    if m is None or not text[pos : pos + 1].islower():
        return False
    words = m.group(1).split()
    at = pos
    for word in words:
        at = text.index(word, at)
        if word[0].islower() and (word == "và" or _STOP.match(text, at, end)) or _HEAD.match(text, at, end):
            return False  # a word that ends a name, or another event's head ('… và tổ chức Lễ hội X lần thứ 5')
        at += len(word)
    return len(words) <= _MOST_WORDS_TO_EDITION


_INVESTED_IN = re.compile(r"(?<=đầu tư )vào (?:" + lexicon.alternation(_lex()["invested_in"]) + r") (?=\w)")


# 'Lễ hội Văn hóa Việt Nam tại Hàn Quốc lần thứ 5': the place before the edition's number is in the name.
_PLACE_OF_EDITION = re.compile(r"tại (?:[^\W\d_]+ ){1,4}lần thứ (?:[IVXLC]+|\d{1,2})(?![\w])")
# 'Lễ hội Việt Nam tại Aichi 2025', 'Những ngày Văn hóa Lào tại Việt Nam 2017', 'Tuần Văn hóa X tại tỉnh Y
# năm 2018': the place (its unit word, then capitalised words only) right before the edition's year is
# in the name, which ends with the year; a venue said elsewhere is where it is held.
_PLACE_OF_YEAR = re.compile(
    rf"tại (?:(?:{lexicon.unit_alternation('province', 'city', 'district', 'commune', 'capital', 'foreign')}) )?"
    rf"(?:{lexicon.UPPER}[\w.-]*[ -]){{1,4}}(?:năm )?(?:19|20)\d\d(?![\w/])")


def names_its_edition(text: str, at: int, end: int) -> bool:
    """The 'tại' at ``at`` names the place of an edition ('… tại Hàn Quốc lần thứ 5', '… tại Aichi 2025'): inside the name."""
    return bool(_PLACE_OF_EDITION.match(text, at, end) or _PLACE_OF_YEAR.match(text, at, end))


def _ends_a_compound(text: str, tok: str, at: int) -> bool:
    """'đồng bằng': a stop word that is the second half of a noun ('bằng' after 'đồng', 'Đồng' too: the
    region's name 'Đồng bằng sông Cửu Long' is capitalised)."""
    return any(c.endswith(" " + tok) and text[max(0, at - len(c) + len(tok)) : at].lower() == c[: -len(tok)]
               for c in _lex()["stop_compounds"])


_DASHED_FIELDS = lexicon.alternation(_lex()["dashed_fields"])
_DASHED_FIELD_AFTER = re.compile(rf"(?:{_DASHED_FIELDS})(?![\w])")
_DASHED_FIELD_BEFORE = re.compile(rf"(?<![\w])(?:{_DASHED_FIELDS}) ?$")


_FIELDS_LISTED_BEFORE = re.compile(rf"(?<![\w])(?:{_DASHED_FIELDS}), (?:{_DASHED_FIELDS}) $")


def _last_field_listed(text: str, at: int, end: int) -> bool:
    """'Ngày hội văn hóa, thể thao và du lịch …': 'và' before the last of the fields of work the name
    lists after a comma, as 'văn hóa, thể thao' and 'văn hóa - xã hội' are inside it."""
    return bool(_DASHED_FIELD_AFTER.match(text, at + 3, end) and _FIELDS_LISTED_BEFORE.search(text, max(0, at - 40), at))


# "nhân dịp tham dự Diễn đàn X, Thủ tướng Chính phủ Y đã …": a capitalised office title after the name's
# comma opens the clause's subject (the one who acts at the event), never more of the event's name.
_TITLE_AFTER_COMMA = re.compile(r"(?:Phó |Quyền )?(?:" + lexicon.alternation(lexicon.titles()["roles"]) + r")(?![\w])")


def _joins(text: str, pos: int, end: int, sep: str, named: bool = False, after_year: bool = False) -> bool:
    # 'Việt Nam - Nhật Bản', and 'Việt Nam -Nhật Bản' (the space after the dash left out)
    at = pos + 1 if text[pos : pos + 1] == " " else pos
    if sep == "-" and _DASHED_FIELD_AFTER.match(text, at, end) and _DASHED_FIELD_BEFORE.search(text, max(0, pos - 16), pos - 1):
        return True  # 'Hội đàm hợp tác kinh tế - thương mại giữa …'
    if sep == "," and (_listed_pair(text, pos - 1, at, end) or _act_objects_listed(text, pos - 1, at, end)):
        return True
    nxt = _TOKEN.match(text, at, end) if at <= end else None
    if nxt and sep == "," and nxt.group(0)[0].islower() and named:
        return _second_act_up_to_year(text, at, end, after_year)
    if not nxt or not (nxt.group(0)[0].isupper() or (sep == "-" and nxt.group(0)[0].isdigit())):
        return False
    return sep == "-" or not _HEAD.match(text, at, end)


# "cán bộ ngoại vụ các tỉnh, thành phố": the provinces and cities, all of them, as one phrase (no city
# named after it: "các tỉnh, thành phố Hà Nội …" lists places).
_PROVINCES_BEFORE = re.compile(r"(?<![\w])(?:các|những) tỉnh$")
_CITIES_AFTER = re.compile(r"thành phố(?![\w])")


def _all_cities_after(text: str, at: int, end: int) -> bool:
    """'thành phố' with no city's name after it (a capital, as _stops tests it: a character class
    of capitals would take in the lower-case letters with marks)."""
    m = _CITIES_AFTER.match(text, at, end)
    return bool(m) and not (text[m.end() : m.end() + 1] == " " and text[m.end() + 1 : m.end() + 2].isupper())


def _listed_pair(text: str, comma: int, at: int, end: int) -> bool:
    """The comma inside a pair the name lists: two fields of work ('nghiệp vụ lễ tân, lãnh sự', as
    with a dash) or 'các tỉnh, thành phố'."""
    if _DASHED_FIELD_AFTER.match(text, at, end) and _DASHED_FIELD_BEFORE.search(text, max(0, comma - 16), comma):
        return True
    return _all_cities_after(text, at, end) and bool(_PROVINCES_BEFORE.search(text, max(0, comma - 12), comma))


# 'Hội nghị giới thiệu tiềm năng, cơ hội đầu tư tỉnh X': the objects an act opening the name lists,
# a comma between them, ending with the unit and the name of the place they are of.
_ACT_OBJECTS_OF_A_PLACE = re.compile(
    r"(?:" + lexicon.alternation(_lex()["named_acts"]) + r")((?: [^\W\d_]+){1,3}, (?:[^\W\d_]+ ){1,4})"
    r"(?:" + lexicon.unit_alternation("province", "city", "district", "commune") + r") (?=\w)")
_NAMED_ACT_OBJECT_BEFORE = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_lex()["named_acts"]) + r")(?: [^\W\d_]+){1,3}$")


def _act_objects_of_a_place(text: str, pos: int, end: int) -> bool:
    m = _ACT_OBJECTS_OF_A_PLACE.match(text, pos, end)
    if m is None or not m.group(1).islower() or not text[m.end()].isupper():
        return False
    return not any(_STOP.match(text, w.start(), end) for w in _TOKEN.finditer(text, m.start(1), m.end(1)))


def _act_objects_listed(text: str, comma: int, at: int, end: int) -> bool:
    before = _NAMED_ACT_OBJECT_BEFORE.search(text, max(0, comma - 48), comma)
    return before is not None and _act_objects_of_a_place(text, before.start(), end)


SECOND_ACT_WORDS = 5
_SECOND_ACT = re.compile(r"(?:" + lexicon.alternation(_lex()["second_acts"]) + r")(?![\w])")


def _second_act_up_to_year(text: str, pos: int, end: int, after_year: bool = False) -> bool:
    """'Hội nghị gặp gỡ, ký kết hợp tác An Giang - Kampot - Takeo năm 2025': after a comma, a second
    act of the name (one of second_acts, a few lower-case words, no stop), its capitalised part and
    the year: the comma is inside the name. After a first act that reached its year ('Hội nghị tổng
    kết công tác năm 2025, triển khai nhiệm vụ năm 2026') the second needs no capitalised part."""
    lower = named = 0
    for i, m in enumerate(_TOKEN.finditer(text, pos, end)):
        tok = m.group(0)
        if i == 0 and not _SECOND_ACT.match(text, m.start(), end):
            return False
        if (named or after_year and lower) and (_YEAR.fullmatch(tok) or tok == "năm"):
            return _YEAR.fullmatch(tok) is not None or bool(_NAMED_YEAR.match(text, m.end(), end))
        if tok[0].isupper():
            named += 1
        elif tok == "-" and named:
            continue
        elif tok[0].isalpha() and tok.islower() and not named and not _STOP.match(text, m.start(), end):
            lower += 1
        else:
            return False
        if lower > SECOND_ACT_WORDS or named > NAMED_PART_WORDS:
            return False
    return False


# "tại X"; "…, địa điểm là X", "địa điểm tổ chức: X": the venue stated as the event's place; "ở X"
# and "trên X" only right after the event is said to take place, or "trên" a named river or street
# ('Giải đua thuyền truyền thống trên sông Bàn Thạch'; a venue needs its capitalised name); "trên sân
# khấu (chính) (của) X" before a capitalised venue wherever it stands ('… được tổ chức tối 30/4 trên sân
# khấu Quảng trường Y'): a show is staged on the stage of the venue named.
# "tại điểm cầu chính ở trụ sở X", "diễn ra tại hai điểm cầu: X và Y", "được kết nối từ X tới 63 điểm cầu": an online
# meeting's main bridge point, the first of its two or the one it is linked from, is where it is held (any other
# bridge point, 'tại điểm cầu tỉnh Z', is only where some attend).
_TAI = re.compile(r"(?<![\w])(?:[Tt]ại (?:điểm cầu chính (?:ở|tại)|hai điểm cầu:)(?= )|(?<=kết nối )từ(?: điểm cầu chính (?:ở|tại))?(?= [^.;]{1,60}? (?:tới|đến) )|trên sân khấu(?: chính)?(?: (?:của|tại))?(?= " + lexicon.UPPER + r")|[Tt]ại|[Đđ]ịa điểm(?: tổ chức)?(?: là|:)|(?:(?<=diễn ra )|(?<=tổ chức )|(?<=khai mạc )|(?<=bế mạc ))(?:ở|trên)"
                  r"|trên(?= (?:sông|tuyến đường|đường) )|(?<=\d )ở(?= )) ")
# "Lễ hội X sẽ diễn ra ngày 27/5 ở công viên Y", "khai mạc tối 25/4 ở bờ Nam sông Z": 'ở' after the verb and
# its day says where, as right after the verb.
_DAY_BEFORE_O = re.compile(r"(?<![\w])(?:diễn ra|tổ chức|khai mạc|bế mạc) (?:vào )?(?:(?:sáng|trưa|chiều|tối|đêm) )?(?:ngày )?"
                           r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})? $")


def find_locations(text: str, start: int, end: int, places: dict) -> list[Location]:
    locations = _venues_as_subject(text, start, end, places) + _places_after_a_bracket(text, start, end, places)
    if text.find("ại ", start, end) < 0 and text.find("ịa điểm", start, end) < 0 and text.find("ra ", start, end) < 0 \
            and text.find("chức ", start, end) < 0 and text.find("trên ", start, end) < 0 and text.find(" ở ", start, end) < 0 \
            and text.find("nối từ ", start, end) < 0:  # most sentences: no regex pass
        return locations
    for m in _TAI.finditer(text[start:end]):
        at = start + m.end()
        if m.group(0) == "ở " and text[at - 4 : at - 3].isdigit() and not _DAY_BEFORE_O.search(text, max(start, at - 60), at - 2):
            continue  # 'ở' after a day told of no event's taking place
        loc = _location_at(text, start + m.start(), at, end, places)
        if loc:
            locations.append(loc)
    return locations


# "lễ Bế mạc Diễn đàn X (MDEC 2018) ở thành phố Trà Vinh": after a name's bracket, "ở" and a place
# named with its unit word say where, as "tại" does.
_AT_AFTER_BRACKET = re.compile(rf"\) ở (?=(?:{lexicon.unit_alternation('province', 'city', 'district')}) )")


def _places_after_a_bracket(text: str, start: int, end: int, places: dict) -> list[Location]:
    if text.find(") ở ", start, end) < 0:  # most sentences: no regex pass
        return []
    found = []
    for m in _AT_AFTER_BRACKET.finditer(text, start, end):
        place, place_end = _place_at(text, m.end(), end, places)
        if place is not None and not _glued_to_a_name(text, place_end):
            found.append(Location(m.start() + 2, place_end, "", place, _containers(text, place_end, end, places)))
    return found


# "Sáng 17/4, Trụ sở UBND thành phố X là nơi diễn ra buổi hội đàm …": a venue that opens its clause
# and is said to be where the event takes place.
_PLACE_OF = re.compile(r" là nơi (?:(?:đã|sẽ) )?(?:diễn ra|tổ chức|đăng cai)(?![\w])")


def _venues_as_subject(text: str, start: int, end: int, places: dict) -> list[Location]:
    if text.find(" là nơi ", start, end) < 0:  # most sentences: no regex pass
        return []
    found = []
    for said in _PLACE_OF.finditer(text, start, end):
        opens = max(start, text.rfind(", ", start, said.start()) + 2)
        m = _VENUE.match(text, opens, said.start())
        if m is None or m.start(1) != opens or not text[opens].isupper():
            continue
        containers = _containers(text, said.start(), end, places)
        found.append(Location(opens, said.start(), text[opens:said.start()], None, containers))
    return found


# "Hội nghị được tổ chức trực tiếp tại điểm cầu Hội trường Tỉnh ủy, kết nối trực tuyến tới …": the
# point where it is held in person is its venue (any other bridge point is only connected).
_IN_PERSON_POINT = re.compile(r"điểm cầu (?=[^\W\d_])")
_IN_PERSON = re.compile(r"(?<![\w])trực tiếp $")


def _location_at(text: str, tai: int, pos: int, end: int, places: dict) -> Location | None:
    point = _IN_PERSON_POINT.match(text, pos, end)
    if point and _IN_PERSON.search(text, max(0, tai - 10), tai) and _VENUE.match(text, point.end(), end):
        pos = point.end()
    place, place_end = _place_at(text, pos, end, places)
    if place is not None and _glued_to_a_name(text, place_end):
        return None  # "tại Jeonnam-Gwangju": a pair of places, or a name the gazetteer knows only the start of
    if place is not None:
        return Location(tai, place_end, "", place, _containers(text, place_end, end, places))
    m = _VENUE.match(text, pos, end)
    if not m:
        return _named_spot(text, tai, pos, end, places) or _unnamed_venue_in(text, tai, pos, end, places)
    name_start = m.start(1)
    name_end = _venue_end(text, m.end(1), end, places)
    name = text[name_start:name_end].strip()
    if name == m.group(1) and (name[0].islower() or " " not in name):
        # "tại trụ sở, …", "tại Làng, …": a common noun, or one word a page capitalises for a venue
        # it named in full elsewhere, names no venue ("tại Phủ Chủ tịch" does)
        return None
    if all(w.isalpha() and w.islower() for w in name.split()):
        return None  # "tại trụ sở thành phố": the seat of some body, left unnamed ("quảng trường 3/2" is named)
    containers = _containers(text, name_end, end, places)
    return Location(tai, name_end, name, None, containers)


# "tại một khách sạn trên địa bàn phường Bãi Cháy": a venue left unnamed, then the place it is in.
_UNNAMED_VENUE = re.compile(r"một (?:[^\W\d_]+ ){1,3}?(?:trên địa bàn|ở|thuộc|tại) ")


def _unnamed_venue_in(text: str, tai: int, pos: int, end: int, places: dict) -> Location | None:
    m = _UNNAMED_VENUE.match(text, pos, end)
    if m is None or any(w[0].isupper() for w in text[pos : m.end()].split()):
        return None
    place, place_end = _place_at(text, m.end(), end, places)
    if place is None:
        return _named_spot(text, tai, m.end(), end, places)  # 'phường X' the gazetteer does not know
    if _glued_to_a_name(text, place_end):
        return None
    return Location(tai, place_end, "", place, _containers(text, place_end, end, places))


def _glued_to_a_name(text: str, pos: int) -> bool:
    return text.startswith("-", pos) and text[pos + 1 : pos + 2].isupper()


# Places of one level: two of them after one "tại" are both where the event is held.
_REGION_KINDS = frozenset(("Province", "City", "ForeignRegion"))


def second_place(text: str, loc: Location, end: int, places: dict) -> Location | None:
    """'diễn ra tại Thành phố Hồ Chí Minh và tỉnh Trà Vinh': the place joined to a location by "và",
    of the same level, is a second place where the event is held ('tại Hà Nội và Bộ trưởng …' is not)."""
    if loc.name:
        return _second_venue(text, loc, end, places)
    if loc.containers or loc.place is None or not text.startswith(" và ", loc.end):
        return None
    place, place_end = _place_at(text, loc.end + len(" và "), end, places)
    if place is None or place == loc.place:
        return None
    if place.kind != loc.place.kind and not {place.kind, loc.place.kind} <= _REGION_KINDS:
        return None
    return Location(loc.start, place_end, "", place, _containers(text, place_end, end, places))


# After a venue, the places it lies in: " thuộc phường X", ", thành phố Y".
_IN_PLACE = re.compile(r"(?: thuộc|,) ")
_SECOND_VENUE = re.compile(r",? và ")
_VENUE_CLOSES = re.compile(r"[(.;]|$")


def _second_venue(text: str, loc: Location, end: int, places: dict) -> Location | None:
    """'tại Quảng trường X thuộc phường Y, thành phố Z, và Trường Đại học W (cơ sở 2)': a second
    venue joined by "và" after the first and the places it lies in, closed by a bracket or the
    sentence's end ('… và Trường Đại học W tổ chức …' is a subject, not a venue)."""
    pos = loc.end
    while (m := _IN_PLACE.match(text, pos, end)) is not None:
        place, place_end = _place_at(text, m.end(), end, places)
        if place is None:
            break
        pos = place_end
    joined = _SECOND_VENUE.match(text, pos, end)
    if joined is None or not _VENUE.match(text, joined.end(), end):
        return None
    second = _location_at(text, joined.end(), joined.end(), end, places)
    if second is None or not second.name or not _VENUE_CLOSES.match(text[second.end : end].lstrip()):
        return None
    return replace(second, start=loc.start)


# "tại P.Rạch Giá", "tại X. Tân Hiệp": a ward's or commune's abbreviated unit word, glued or not.
_UNIT_ABBREVIATION = re.compile(r"(?:" + lexicon.alternation(lexicon.units()["commune_abbreviations"]) + r") ?(?=\w)")


# "tại thành phố biển Sầm Sơn", "tại huyện đảo Lý Sơn": what the unit is, between its word and its name.
_EPITHET = re.compile(rf"(?:{lexicon.alternation(lexicon.units()['epithets'])}) (?={lexicon.UPPER})")


def _place_at(text: str, pos: int, end: int, places: dict):
    unit = _UNIT.match(text, pos, end)
    abbreviation = None if unit else _UNIT_ABBREVIATION.match(text, pos, end)
    at = unit.end() + 1 if unit else abbreviation.end() if abbreviation else pos
    epithet = _EPITHET.match(text, at, end) if unit else None
    at = epithet.end() if epithet else at
    match = places.get(pos) or places.get(at)
    if match and not _commune_of_the_name(text, unit or abbreviation, match, end, places):
        return _the_one_in_its_container(text, match, end, places), match.end
    return None, pos


def _the_one_in_its_container(text: str, match, end: int, places: dict):
    """'tại huyện Phú Ninh, tỉnh Vân Nam (Trung Quốc)': of two places of one name (a Vietnamese and a
    Chinese district), the one the place told after it holds; without one, the best candidate."""
    first = match.places[0]
    after = _CONTAINER_AFTER.match(text, match.end, end)
    container = _place_at(text, after.end(), end, places)[0] if after else None
    if container is None or _lies_in(first, container):
        return first
    namesakes = [p for p in match.places[1:] + load_gazetteer().lookup(first.name)
                 if p.unit == first.unit and _lies_in(p, container)]
    return namesakes[0] if namesakes else first


def _lies_in(place, container) -> bool:
    if container.kind == "Country":
        return place.country == container.country or place.parent == container.key
    return any(a.key == container.key for a in load_gazetteer().ancestors(place))


_COMMUNE_WORDS = frozenset(w.lower() for w in lexicon.unit_words("commune") + lexicon.units()["commune_abbreviations"])
_CONTAINER_AFTER = re.compile(r", | \(")


def _commune_of_the_name(text: str, unit, match, end: int, places: dict) -> bool:
    """'xã Cát Hải, huyện Phù Cát': a commune named like a district or city the gazetteer knows
    elsewhere (it knows no commune), told inside another district or province, is not that district."""
    if unit is None or unit.group(0).strip().lower() not in _COMMUNE_WORDS or match.places[0].kind not in ("District", "City"):
        return False
    after = _CONTAINER_AFTER.match(text, match.end, end)
    if after is None:
        return False
    container, _ = _place_at(text, after.end(), end, places)
    namesake = match.places[0]
    if container is None or container == namesake or container.country != "VN":
        return False
    if container.kind == "District":
        return True
    return container.kind == "Province" and container.valid_until is not None and container.key != namesake.parent


_LOCAL_UNIT = re.compile(rf"(?:{lexicon.unit_alternation('district', 'commune')})(?= )")
_CITY_UNIT = re.compile(rf"(?:{lexicon.unit_alternation('city')})(?= )")
_WORD = re.compile(r"[^\W\d_][\w'-]*")
MAX_SPOT_WORDS = 5


def _named_spot(text: str, tai: int, pos: int, end: int, places: dict) -> Location | None:
    """A place the gazetteer does not know: 'tại phường Thành Vinh, tỉnh Nghệ An' (named with its
    unit), 'tại thành phố Mimasaka, tỉnh Okayama' (a city, with the known region it lies in) or
    'tại Dodamso, Suwon' (a capitalised name whose known container follows)."""
    unit = _LOCAL_UNIT.match(text, pos, end)
    named = unit or _CITY_UNIT.match(text, pos, end)
    at = named.end() + 1 if named else pos
    if _ANY_HEAD.match(text, at, end):
        return None  # "tại Hội nghị …, Hà Nội": an event, not a place
    name_end = _capitalised_run(text, at, end)
    if name_end == at:
        return None
    number = UNIT_NUMBER_AFTER.match(text, name_end, end) if unit else None
    name_end = number.end() if number else name_end  # "phường Móng Cái 1": the number is the ward's name
    containers = _containers(text, name_end, end, places)
    if not containers and not unit:
        return None  # a city the gazetteer does not know is a place only inside a known one
    return Location(tai, name_end, text[pos:name_end], None, containers, "Place" if named else "Venue")


def _capitalised_run(text: str, pos: int, end: int) -> int:
    """End of up to MAX_SPOT_WORDS capitalised words from pos (a known place inside, as in
    'phường Thành Vinh', is part of the name: containers come after a comma or a bracket)."""
    last = at = pos
    for _ in range(MAX_SPOT_WORDS):
        m = _WORD.match(text, at, end)
        if not m or not m.group(0)[0].isupper():
            break
        last = m.end()
        if text[last : last + 1] != " ":
            break
        at = last + 1
    return last


# "tại Trung tâm Hội nghị Quốc tế của thành phố Busan": the town the venue is of, no part of its name.
_OF_TOWN = r"| của(?= (?:thành phố|tỉnh|TP\.?|thủ đô|bang) [A-ZĐ])"
# A photo caption's number run into the venue ("… tại phố đi bộ X - Ảnh 1") is not the venue's; nor
# is a judgement of it ("… tại Quảng trường X rất ấn tượng": no venue's name holds "rất"); nor the
# time of day and the date told after it ("… diễn ra tại Nhà hát lớn Hà Nội tối 18/7", "… tối nay").
_VENUE_STOPS = re.compile(r"[,;()]| [-–] Ảnh(?![\w])|(?<!TP)(?<!Tp)\.(?:\s|$)"
                         r"| (?:sáng|chiều|trưa|tối|đêm|hôm)(?= (?:nay|qua|mai)(?![\w])| \d)| (?:rất|với|vào|do|từ|trong|và|lúc|ngày|đến|tới|nhằm|để|theo|cho|có|đã|sẽ|được|diễn ra|trước|sau|bên|thuộc|cạnh|gần|ở)(?![\w])"
                         + _OF_TOWN)
# A caption run into the text: "… tại Phủ Chủ tịch Sau lễ đón, …" (a new clause, not the venue).
_CLAUSE_OPENER = re.compile(r" (?:Sau|Trước|Tại|Trong) (?=\w)")


def _venue_end(text: str, pos: int, end: int, places: dict) -> int:
    m = _VENUE_STOPS.search(text, pos, end)
    while m:
        listed = _enumerated_name(text, pos, m.start()) if m.group(0) == "," else 0
        if not (listed or _second_kind_of_event(text, m, pos)):
            break
        m = _VENUE_STOPS.search(text, max(m.end(), listed), end)
    stop = m.start() if m else end
    for opener in _CLAUSE_OPENER.finditer(text, pos, stop):
        if text[opener.end()].islower():
            stop = opener.start()
            break
    return min(stop, pos + 120)


_EVENT_HEAD_BEFORE = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_lex()["heads"]) + r")$")


def _second_kind_of_event(text: str, stop: re.Match, pos: int) -> bool:
    """'tại Trung tâm Hội nghị và Triển lãm quốc tế X': the 'và' joins the two kinds of event the
    venue is named by, it does not end its name; so in 'tại Trung tâm lưu trữ và triển lãm ảnh …',
    where no capitalised word has come after the venue's head yet and an event's head follows in lower
    case. A capitalised head after a venue named by its unit ('tại Trung tâm Hội nghị tỉnh và Lễ trao
    giấy chứng nhận …') opens a second event held, not more of the venue."""
    if stop.group(0) != " và" or text[stop.end() : stop.end() + 1] != " ":
        return False
    if _EVENT_HEAD_BEFORE.search(text, max(0, stop.start() - 24), stop.start()) and _HEAD.match(text, stop.end() + 1):
        return True
    return _still_unnamed(text, pos, stop.start()) and text[stop.end() + 1].islower() and _ANY_HEAD.match(text, stop.end() + 1) is not None


def _still_unnamed(text: str, pos: int, at: int) -> bool:
    """After the venue's head (which ends at pos), lower-case words only: what it is, not yet its name."""
    words = text[pos:at].split()
    return bool(words) and all(w[0].islower() for w in words)


def _enumerated_name(text: str, pos: int, comma: int) -> int:
    """The end of the list "A, B và C" when the comma at ``comma`` is inside the venue's name that
    goes on from ``pos`` (its "và" inside the name too), else 0."""
    before = _ENUMERATION_BEFORE.fullmatch(text, pos, comma)
    after = _ENUMERATION_AFTER.match(text, comma)
    if before is None or after is None or _UNIT.match(text, pos + 1):
        return 0
    return after.end() if all(w[0].isupper() for w in (text[pos + 1], after.group(1), after.group(2))) else 0


_CONTAINER_OPENS = re.compile(r"\s*(?:,|\(|của(?= )|ở(?= ))\s*")


def _containers(text: str, pos: int, end: int, places: dict) -> tuple:
    """Places after a venue: ", thành phố X, tỉnh Y", " (TP X)" or " ở thành phố X" ('tại đại siêu thị
    Carrefour ở thành phố Verdun': what is "ở" a known place is where the venue lies)."""
    found = []
    while pos < end:
        m = _CONTAINER_OPENS.match(text, pos, end)
        if not m:
            break
        place, place_end = _place_at(text, m.end(), end, places)
        if place is None:
            break
        found.append(place)
        pos = place_end + (1 if text[place_end : place_end + 1] == ")" else 0)
    return tuple(found)


def _with_capitals(words: list[str]) -> list[str]:
    return words + [w[0].upper() + w[1:] for w in words]


def _visit_regex() -> re.Pattern:
    v = _lex()["visit"]
    alt = lexicon.alternation
    return re.compile(
        rf"(?<![\w])((?:(?:{alt(_with_capitals(v['nouns']))}) )?)(?:(?:{alt(v['motions'])}) )?"
        rf"({alt(_with_capitals(v['verbs']))})((?:(?:,| và)? (?:{alt(v['kinds'])})){{0,2}})"
        rf"(?: (?:{alt(v['before_place'])}))? (?:nước )?"
    )


_VISIT = _visit_regex()
_VISIT_VERBS = tuple(_with_capitals(_lex()["visit"]["verbs"]))
_VISIT_BLOCKER = re.compile(r"(?<![\w])(?<!lời )(?:" + lexicon.alternation(_with_capitals(_lex()["visit"]["blockers"])) + r")(?![\w])")
_BACKGROUND = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_with_capitals(_lex()["visit"]["background"])) + r") $")
_CLAUSE_MARK = re.compile(r"[,;:]")
DESTINATION_KINDS = ("Country", "Province", "ForeignRegion", "City")


def find_visits(text: str, start: int, end: int, places: dict) -> list[Visit]:
    """Visits told in text[start:end]. A headline or a caption (a line with no final stop) that tells
    one without its noun ('Đại sứ Lào thăm, làm việc tại Yên Bái') retells the trip the text reports,
    loosely: no visit of its own; 'Chuyến thăm chính thức Lào …' there still is one."""
    found = []
    if not any(text.find(verb, start, end) >= 0 for verb in _VISIT_VERBS):
        return found  # every visit names its verb ("thăm", "công tác"): most sentences have none
    for m in _VISIT.finditer(text, start, end):
        if not _told_as_visit(m) or _not_reported(text, start, m.start()) or (not m.group(1) and _headline(text, start, end)):
            continue
        place, place_start, place_end = _destination(text, m.end(), end, places)
        if place is None or place.kind not in DESTINATION_KINDS:
            continue
        name_start = m.start() if m.group(1) else m.start(2)
        name = text[name_start : m.end()] + text[place_start:place_end]
        found.append(Visit(name_start, place_end, name, place, _one_day(m.group(3))))
    return found


# "thăm, làm việc tại thủ đô Paris và thành phố Lyon, Cộng hòa Pháp": the stops of a visit, joined
# by "và" (or listed with commas, of one level), then the country that holds them.
_NEXT_STOP = re.compile(r",? và |, ")
_COUNTRY_AFTER = re.compile(r", | \(")


def _destination(text: str, pos: int, end: int, places: dict):
    """Where a visit told at ``pos`` goes, with the span that names it. A visit to several places is
    named and held by the country that holds them all, told after them; with none told, it is
    left out (None): its first stop alone is no destination, and its days are the whole trip's."""
    place, place_end = _place_at(text, pos, end, places)
    if place is None:
        return None, pos, pos
    stops, stops_end = _visit_stops(text, place, place_end, end, places)
    if len(stops) == 1:
        return place, pos, place_end
    after = _COUNTRY_AFTER.match(text, stops_end, end)
    country, country_end = _place_at(text, after.end(), end, places) if after else (None, stops_end)
    if country is None or country.kind != "Country" or any(s.country != country.country for s in stops):
        return None, pos, pos
    return country, after.end(), country_end


def _visit_stops(text: str, first, pos: int, end: int, places: dict):
    """The places listed from ``first`` on ('Paris và thành phố Lyon'); a larger unit after a comma
    ('thành phố X, tỉnh Y', 'Paris, Cộng hòa Pháp') holds them and ends the list."""
    stops = [first]
    while sep := _NEXT_STOP.match(text, pos, end):
        place, place_end = _place_at(text, sep.end(), end, places)
        if place is None or (sep.group(0) == ", " and place.kind != stops[-1].kind):
            break
        stops.append(place)
        pos = place_end
    return stops, pos


def _one_day(kinds: str) -> bool:
    return any(k in kinds for k in _lex()["visit"]["one_day_kinds"])


def _told_as_visit(m: re.Match) -> bool:
    """'chuyến thăm Lào', 'thăm chính thức Lào' are visits; a bare 'thăm Lào' is too loose
    (a stop on a tour, a courtesy), and 'công tác tại' is a visit only as 'chuyến công tác'."""
    if m.group(2).lower() in _lex()["visit"]["needs_noun"]:
        return bool(m.group(1))
    return bool(m.group(1) or m.group(3))


def _not_reported(text: str, start: int, pos: int) -> bool:
    """'mời Tổng thống sang thăm Lào', 'chào mừng Đoàn đến thăm …': an invitation, a wish or a
    welcome's restatement; 'sau chuyến thăm …': a time anchor, not the visit reported."""
    clause = max([start] + [m.end() for m in _CLAUSE_MARK.finditer(text, max(start, pos - 200), pos)])
    if _VISIT_BLOCKER.search(text, clause, pos) or _BACKGROUND.search(text[max(start, pos - 8) : pos]):
        return True
    return bool(_EXAMPLES.search(text, max(start, pos - 400), pos) or _TALLY.search(text, clause, pos))


# "những chuyến thăm như: chuyến thăm A …, chuyến thăm B …": a review's examples, not the news.
_EXAMPLES = re.compile(r"(?<![\w])(?:như|gồm|bao gồm)\s*:")
# "đã cử 31 đoàn công tác với 259 lượt người sang thăm, làm việc tại tỉnh X": a tally of many
# visits over a period, not one visit reported.
# (Two delegations may be one visit: "2 đoàn" is no tally.)
_TALLY = re.compile(r"(?<![\w])(?:(?:\d{2,}|nhiều|hàng chục|hàng trăm) đoàn|\d[\d.]* lượt)(?![\w])")


# --- receptions -------------------------------------------------------------------------


def _reception_regex() -> re.Pattern:
    r = _lex()["reception"]
    alt = lexicon.alternation
    # "có buổi tiếp", "chủ trì buổi tiếp", "đã tiếp"; never "trực tiếp", "đón tiếp", "kế tiếp".
    return re.compile(
        rf"(?<![\w])(?<!trực )(?<!đón )(?<!kế )(?<!Đọc )(?<!đọc )(?:buổi )?({alt(r['verbs'])}) "
        rf"((?:(?:{alt(r['honorifics'])}) )?)(?=\w)"
    )


_RECEPTION = _reception_regex()
_RECEPTION_SCAN = Prescan(_RECEPTION)  # the same matches, tried only where its verbs stand
_GUEST_STOP = re.compile(r"(?:" + lexicon.alternation(_lex()["reception"]["guest_stops"]) + r")(?![\w])")
_SEAT_WORD = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_lex()["reception"]["seat_words"]) + r")(?![\w])")
_RECEPTION_BLOCKER = re.compile(r"(?<![\w])(?:" + lexicon.alternation(_with_capitals(_lex()["reception"]["blockers"])) + r")(?![\w])")
_LEADERS = re.compile(r"(?<![\w])[Ll]ãnh đạo(?: [^\s,;]+){0,4} $")
MAX_GUEST_TOKENS = 16


def find_receptions(text: str, start: int, end: int, taken: list, hosts: list) -> list[EventMention]:
    """'… đã có buổi tiếp xã giao bà A, Tổng Lãnh sự …' → the event 'buổi tiếp xã giao bà A'.
    Someone receives: a title (``hosts``, title spans) or 'Lãnh đạo tỉnh' before the verb. Only a
    reception told as done: nothing planned, thanked for or quoted earlier in its clause."""
    found = []
    for m in _RECEPTION_SCAN.finditer(text, start, end):
        if _inside(m.start(), taken) or _reception_blocked(text, start, m.start()) or not _received_by(text, start, m.start(), hosts):
            continue
        if not text[m.end()].isupper() or _headline(text, start, end):
            continue
        guest_end = _guest_end(text, m.end(), end)
        name_end = _appositive_end(text, guest_end, end)
        name = "buổi " + text[m.start(1) : name_end]
        found.append(EventMention(m.start(), guest_end, name, "buổi tiếp", by_verb=True))
    return found


def _headline(text: str, start: int, end: int) -> bool:
    """A line with no final stop is a headline or a caption, retelling the reception of the lead."""
    return text[start:end].rstrip()[-1:] not in ".!?…;:\"'”)"


_APPOSITIVE = re.compile(r"(?:,| -| –) (?=[^\W\d_])")


def _appositive_end(text: str, pos: int, end: int) -> int:
    """'bà A - Tổng Lãnh sự Cuba tại …': the guest's title after the name is part of the
    reception's name, so it reads both ways ('buổi tiếp bà A', 'buổi tiếp Tổng Lãnh sự Cuba')."""
    m = _APPOSITIVE.match(text, pos, end)
    if not m or not text[m.end()].isupper():
        return pos
    return _guest_end(text, m.end(), end)


_GUESTS_VISIT = re.compile(r"(?<![\w])(?:đến|tới|sang|về) thăm(?:,| và)? làm việc(?![\w])")
_GUESTS_VISIT_SCAN = Prescan(_GUESTS_VISIT)  # asked of every sentence: found once an article, then bisected


def tells_a_visit(text: str, start: int, end: int) -> bool:
    """'… cùng đoàn công tác đến thăm và làm việc tại địa phương': the sentence tells a visit."""
    return _GUESTS_VISIT_SCAN.search(text, start, end) is not None


def _received_by(text: str, start: int, pos: int, hosts: list) -> bool:
    return any(start <= b <= pos for _, b in hosts) or bool(_LEADERS.search(text, max(start, pos - 60), pos))


def _reception_blocked(text: str, start: int, pos: int) -> bool:
    clause = max([start] + [m.end() for m in _CLAUSE_MARK.finditer(text, max(start, pos - 200), pos)])
    return text.count('"', start, pos) % 2 == 1 or bool(_RECEPTION_BLOCKER.search(text, clause, pos))


def _abbreviated_city(text: str, dot: int, end: int) -> bool:
    """The dot of 'TP. Hồ Chí Minh' abbreviates the city's unit: the name goes on after it."""
    return text[max(0, dot - 3) : dot] in (" TP", " Tp") and text[dot + 2 : dot + 3].isupper() and dot + 2 < end


def _guest_end(text: str, pos: int, end: int) -> int:
    """The guest's words: capitalised ones, joined by lower-case title words, until a stop."""
    last = pos
    for i, m in enumerate(_TOKEN.finditer(text, pos, end)):
        tok = m.group(0)
        if tok == "-" and _joins(text, m.end(), end, tok):
            continue  # 'Đoàn hữu nghị Fukuroi - Việt Nam'
        if tok == "." and _abbreviated_city(text, m.start(), end):
            continue  # 'Tổng Lãnh sự Trung Quốc tại TP. Hồ Chí Minh'
        if i >= MAX_GUEST_TOKENS or tok in ",;:.…!?()-" or tok.startswith('"'):
            break
        if tok[0].islower() and _GUEST_STOP.match(text, m.start(), end):
            if not (tok == "tại" and _SEAT_WORD.search(text, pos, m.start())):
                break
        last = m.end()
    return last


# --- signings told by their verb ----------------------------------------------------------


def _signing_regex() -> re.Pattern:
    sg = _lex()["signing"]
    alt = lexicon.alternation
    return re.compile(
        rf"(?<![\w])(?:(?:{alt(sg['done'])}) )+((?:{alt(sg['verbs'])}) )(?=(?:{alt(_with_capitals(sg['documents']))})(?![\w]))"
    )


_SIGNING = _signing_regex()


def find_signings(text: str, start: int, end: int, taken: list) -> list[EventMention]:
    """'Ngày 11/01/2023, tại thủ đô Viên Chăn, A và B đã ký kết Biên bản ghi nhớ …': the signing, named
    by its verb and the text signed ('ký kết Biên bản ghi nhớ …'), held where its clause opens (the
    'tại' after the text is what the text is about) and dated like any event. Only a signing told as
    done ('đã', 'vừa', 'chính thức'); nothing inside another event's name."""
    found = []
    if text.find("ký", start, end) < 0:  # no signing verb in the sentence: no regex pass
        return found
    for m in _SIGNING.finditer(text, start, end):
        if _inside(m.start(1), taken) or text.count('"', start, m.start()) % 2 == 1:
            continue
        name_end = _name_end(text, m.end(), end, acts=True)
        found.append(EventMention(m.start(1), name_end, text[m.start(1) : name_end], "Lễ ký kết", by_verb=True))
    return found


# --- council sessions told by their verb --------------------------------------------------

_ORDINAL = r"(?:thứ )?(\d{1,2}|[IVXLC]+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"
_COUNCIL_SESSION = re.compile(
    r"(?<![\w])(?:HĐND|Hội đồng nhân dân)(?: \(HĐND\))? (?=\w)"
    r"|( khóa [IVXLC]+)?(?:,? nhiệm kỳ \d{4} ?[-–] ?\d{4})? (?:đã )?(?:tiến hành )?họp [Kk]ỳ " + _ORDINAL + r"(?![\w])"
)


@dataclass(frozen=True)
class Session:
    """'HĐND tỉnh Hòa Bình khóa XVI … đã họp kỳ thứ nhất': the session 'kỳ họp thứ nhất HĐND tỉnh Hòa
    Bình khóa XVI', held in the council's province, dated like a one-day event."""

    start: int
    end: int
    name: str
    place: object
    one_day: bool = True


def find_sessions(text: str, start: int, end: int, places: dict) -> list[Session]:
    found = []
    if text.find("họp", start, end) < 0:
        return found
    council = None
    for m in _COUNCIL_SESSION.finditer(text, start, end):
        if m.group(0).startswith(("HĐND", "Hội đồng")):
            council = m
            continue
        session = _session(text, council, m, places) if council else None
        if session:
            found.append(session)
        council = None
    return found


def _session(text: str, council: re.Match, m: re.Match, places: dict) -> Session | None:
    """The council's place must run from its unit up to the term or the verb: nothing else between."""
    place, place_end = _place_at(text, council.end(), m.start(), places)
    if place is None or place_end != m.start() or place.kind not in ("Province", "City", "District"):
        return None
    where = text[council.end() : place_end]
    name = f"kỳ họp thứ {m.group(2)} HĐND {where}{m.group(1) or ''}"
    return Session(council.start(), m.end(), name, place)
