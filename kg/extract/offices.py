"""Stage: pair persons with the titles next to them, then qualify the titles.

Slots, in the order they win:
1. "lần lượt là": "A, B và C, lần lượt là Bí thư Tỉnh ủy các tỉnh X, Y và Z".
2. title(s) right before a name: "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ NAME".
3. titles after a name, joined by "," or "-": "NAME, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh;"
   (a title that directly precedes another name belongs to that name).
A title with no place is qualified by (a) another title of the same person
that names a place of the right level, (b) the side marker of the sentence
("Về phía tỉnh X", "điểm cầu tỉnh X", "đoàn tỉnh X do…"), (c) the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import lexicon
from .context import UNNAMED_SIDE
from .gazetteer import load_gazetteer
from .persons import Name
from .titles import COMMUNE_KIND, CONSULATE, EMBASSY, NO_CONTEXT_PLACE, UNREAD_PLACE, as_written_district, SEAT_WORD, STOP_WORDS, Body, Title, find_titles, missions_in

# Between two titles of one person: a comma or dash, and maybe the first one's term or terms, bare or set off
# by commas ("khóa VIII", "…, khóa XIV, nhiệm kỳ 2020-2025, Phó Chủ tịch …",
# "nhiệm kỳ 2016-2021") or the person's year of birth or age ("A, 55 tuổi, Chủ tịch …", "A (55 tuổi), Chủ tịch …"); after a name in a photo caption, where the
# person stands ("A (bên trái), Giám đốc Sở …", "B (thứ hai từ phải), …"); or the person's rank set off by
# commas between the name and the post ("ông A, Đại tá, Chỉ huy trưởng Bộ CHQS tỉnh …").
CAPTION_PLACE = r"(?:\s*\((?:[^()]{0,20}\s)?(?:trái|phải|giữa)(?:\s[^()]{0,20})?\))?"
# "ông Lý Minh (Li Ming) - Tổng Lãnh sự …": a foreign name's romanised spelling in brackets after it.
NAME_ALIAS = r"(?:\s*\([A-Z][^\W\d_]*(?: [A-Z][^\W\d_]*){0,3}\))?"
LIST_GAP = re.compile(
    rf"^{CAPTION_PLACE}{NAME_ALIAS}"
    r"(?:\s*,?\s*(?:khóa [IVXLC]+|khóa \d+|nhiệm kỳ \d{4}\s*[-–]\s*\d{4})){0,2}"
    r"\s*(?:,\s*(?:sinh năm \d{4}|\d{2} tuổi|(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá))\s*|\(\s*(?:sinh năm \d{4}|\d{2} tuổi)\s*\)\s*)?(?:,|-|–|:|\()?\s*(?:(?:nguyên|cựu|hiện là|nay là|đồng thời là|kiêm|là|tân)\s+)?"
    # "Lê Văn A, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc": the rank of a minister-level post
    r"(?:(?:Bộ|Thứ) trưởng\s*,?\s+)?$")
# Personnel news: "bầu ông A, Phó Bí thư Tỉnh ủy giữ chức Chủ tịch HĐND tỉnh" (the present title
# may carry its term: "…, Phó Bí thư Tỉnh ủy khóa XIX, được bầu giữ chức …"), "Các ông A, B
# tái cử chức vụ Phó Chủ tịch UBND tỉnh", "… cũng được bầu tiếp tục giữ chức …". A few plain
# words may stand between the names and the verb, never a clause (no punctuation). The term and an
# aside in brackets come in either order ("Phó Bí thư Tỉnh ủy X (mới) nhiệm kỳ 2020 - 2025 giữ chức …").
# Party personnel news names who decided ("người vừa được Ban Bí thư điều động và chỉ định giữ chức …":
# the deciding body and the joined verbs count as one word each: "do được Ban Thường vụ Thành ủy điều động giữ chức …"), joins the verbs ("được điều động,
# chỉ định"; "được tín nhiệm, bầu giữ chức …") and names the committees the person joins before the post: "… tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy X" ("chỉ định vào Ban Chấp hành …, giữ chức …"; after the committees joined, "làm" alone: "chỉ định ông A vào Ban Chấp hành, Ban Thường vụ Huyện ủy và làm Phó Bí thư Huyện ủy X").
# Round-ups of a council's first session tell the post kept or taken in other words: "ông A (Phó Bí thư
# Tỉnh ủy) tiếp tục làm Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy B nhận nhiệm vụ Chủ tịch HĐND tỉnh", "tín
# nhiệm bà C, Phó Bí thư Tỉnh ủy, ở vị trí Chủ tịch HĐND tỉnh". Appointment news may name the post right
# after the passive verb: "bà D, Trưởng phòng X, được bổ nhiệm Phó Giám đốc Sở Công Thương".
# The verb may name the post as a position: "bà E, Trưởng Ban Dân vận Tỉnh ủy, đảm nhiệm cương vị Phó Chủ tịch HĐND tỉnh".
# A post is added to the person's: "Thượng tá G, Phó Chỉ huy trưởng Bộ CHQS tỉnh X, được giao thêm chức Tham mưu
# trưởng Bộ CHQS tỉnh X" ("được giao thêm nhiệm vụ …").
# A post is given as it is assigned: "ông F được giao làm Chủ tịch UBND phường X"; the passive verb may name
# it with "là" for "làm": "bà G, Phó Bí thư Tỉnh ủy, được chỉ định là Chủ tịch UBND tỉnh X".
# Police and army news tell a post taken with "nhận": "đại tá A về nhận chức vụ Giám đốc Công an tỉnh X",
# "trung tá B nhận nhiệm vụ mới với chức vụ Tham mưu trưởng …".
# A person taken in from another body is "tiếp nhận" as one moved is "điều động": "bà G, Bí thư Đảng ủy xã X,
# được tiếp nhận, bổ nhiệm giữ chức …", "ông H, Phó Chủ tịch UBND tỉnh Y, được tiếp nhận về Trung ương, bổ nhiệm làm …".
# Transfer decisions tell where the person goes to work, then the post there: "điều động ông A, Phó Giám đốc Sở Y,
# đến nhận công tác tại Sở Tư pháp và bổ nhiệm giữ chức …", "… về nhận công tác tại Sở Nội vụ kể từ ngày 1-5-2020;
# bổ nhiệm giữ chức …".
# The person's age or year of birth after the name, set off by a comma, the second comma often left out:
# "ông A, 48 tuổi, được bầu làm Chủ tịch …", "bà B, 55 tuổi được bổ nhiệm giữ chức …", "ông C, sinh năm 1975, được …".
AGE_ASIDE = r"\s*,\s*(?:\d{2} tuổi|sinh năm \d{4})"
APPOINTED_GAP = re.compile(
    r"^\)?(?:\s*,?\s+(?:nhiệm kỳ \d{4}\s*[-–]\s*\d{4}|khóa [IVXLC]+|khóa \d+)|\s*\([^()]{1,40}\)|" + AGE_ASIDE + r"){0,2}\)?\s*[,–-]?\s*"
    r"(?:(?:điều động|phân công|chỉ định|bổ nhiệm|tiếp nhận)(?:,| và) |(?:Bộ Chính trị|Ban Bí thư|Ban Thường vụ (?:Tỉnh ủy|Thành ủy)) |tín nhiệm, |[^\W\d_]+ ){0,8}?"
    r"(?:(?:điều động|tiếp nhận) (?:về|đến|sang) [^\W\d_]+(?: [^\W\d_]+){0,4}, (?:(?:chỉ định|bổ nhiệm|phân công) )?)?"
    r"(?:(?:đến|về|sang) nhận công tác(?: tại [A-ZĐ][^\W\d_]*(?: [^\W\d_]+){0,6}?)?(?: kể từ ngày \d{1,2}[-/.]\d{1,2}(?:[-/.]\d{4})?)?"
    r"\s*(?:,|;|và|,\s*và) (?:(?:chỉ định|bổ nhiệm|phân công) )?)?"
    r"(?P<joined>(?:tham gia|vào) (?:(?:Ban Chấp hành|Ban chấp hành|BCH)(?:,? (?:Ban Thường vụ|Ban thường vụ|BTV))?|Ban Thường vụ|BTV)"
    r"(?: (?:Đảng bộ|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy)(?: [^\W\d_]+){0,3}?)?(?: và|,) )?"
    r"(?:(?(joined)làm|(?!))|giữ|thôi làm|đảm nhiệm|đảm nhận|tái cử|trúng cử|đắc cử|bầu(?= lại)|tiếp tục làm|nhận nhiệm vụ(?: mới)?(?: là)?|ở (?:vị trí|cương vị)|(?<=được )bầu bổ sung|nhận(?= chức(?: vụ| danh)? )|(?<=được )(?:tái )?bổ nhiệm|(?:bầu(?: bổ sung)?|bổ nhiệm|cử|chỉ định|điều động(?: về| đến| sang)?|luân chuyển(?: về| đến| sang)?|phân công|hiệp thương|(?<=được )giao) làm|(?<=được )(?:bầu|bổ nhiệm|chỉ định) là|(?<=được )giao thêm(?: nhiệm vụ)?)"
    r"(?: lại)?(?:(?: với)? (?:các |những )?(?:chức(?: vụ| danh)?|(?<![\w])(?:cương vị|vị trí)))?\s*$")
# "thôi giữ chức", "miễn nhiệm chức vụ": the office named next is one the person no longer holds;
# "từng giữ chức", one they held before; so "đã giữ các chức vụ", "đã lần lượt đảm nhiệm các chức vụ": a career's
# posts in the plural are the ones a biography lists ("Trước khi giữ chức Bí thư Tỉnh ủy, ông A đã giữ các chức vụ …"),
# where one post after "đã giữ chức" may be the one held now.
LEFT_OFFICE = re.compile(r"\b(?:thôi|miễn nhiệm|nghỉ hưu|rời|từng|đã (?:lần lượt )?(?:giữ|đảm nhiệm|đảm nhận) (?:các|những))\b")
# "Bí thư Tỉnh ủy X Nguyễn Văn A", "Chủ tịch UBND tỉnh - Nguyễn Văn A", "Bí thư Tỉnh ủy X nhiệm kỳ
# 2020 - 2025 Nguyễn Văn A": the title's term may stand between it and the name; personnel news
# names the post first: "Chủ tịch UBND tỉnh X được chỉ định là ông A"; the country of a foreign
# place may stand aside, written with its style: "Thống đốc thành phố St. Petersburg, LB Nga, ông A", or
# in brackets: "Phó Thống đốc tỉnh Nakhon Phanom (Thái Lan) A".
# Who holds a post now: "Chủ tịch UBND tỉnh hiện nay là ông A"; who takes it for the new term: "Chủ tịch
# HĐND tỉnh khóa mới là ông A".
# A rank may stand where "ông" does: "Trưởng Công an huyện X, Thượng tá A".
BEFORE_NAME_GAP = re.compile(
    r"^(?:\s+(?:nhiệm kỳ \d{4}\s*[-–]\s*\d{4}|[Kk]hóa [IVXLC]+|[Kk]hóa \d+|(?:[Kk]hóa|nhiệm kỳ) mới(?= (?:là|được)\s)))?"
    r"(?:,\s*(?:LB|Liên bang|CHLB|Vương quốc|Cộng hòa) [A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,2}(?=,))?"
    r"(?:\s*\([A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,3}\))?"
    r"\s*(?:(?:(?:(?:đã |vừa )?được (?:bầu|chỉ định|bổ nhiệm)\s+|hiện nay |hiện |nay )?là\s+)?(?:(?:đồng chí|ông|bà|ngài)\s+)?|,\s*(?:đồng chí|ông|bà|ngài|(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá))\s+|\s[-–]\s(?:(?:đồng chí|ông|bà|ngài)\s+)?)$")
# "Cố vấn đặc biệt của Thủ tướng Nhật Bản A": A is the adviser (an aide, an envoy, a spouse, a
# representative of the office), not its holder; "sự tham dự của Thủ tướng A" is A's own.
OF_BEFORE = re.compile(r"(?:[Cc]ố vấn|[Tt]rợ lý|[Tt]hư ký|[Đđ]ặc phái viên|[Pp]hu nhân|[Đđ]ại diện)(?: [^\s,.;]+){0,2} của\s$")
# a bracket may close the title first: "A - Chủ tịch Liên hiệp … (DAFO), bà B": the title is A's
SEPARATED_BEFORE_NAME = re.compile(r"^(?:\s*\([^()]{1,40}\))?\s*[-–,]\s")
# "… các ông A (nguyên Ủy viên HĐND huyện) và B (nguyên …) là Phó Trưởng Ban Dân vận Huyện ủy, ông C được …",
# "ông A làm Chủ tịch Hội Nông dân, ông B làm …": a post told of the name (or its aside) before "là"/"làm"
# is that name's, never the one after the comma.
PREDICATE_OF_BEFORE = re.compile(r"^\)?\s+(?:là|làm)\s+$")
RESPECTIVELY = re.compile(r"^\s*,?\s*lần lượt là\s*$")
RESPECTIVELY_IN = re.compile(r"\blần lượt\b")
# "A, B và C"; in a list of ambassadors each name carries its country: "A (Mexico), B (Iran)"
NAME_LIST_GAP = re.compile(r"^(?:\s*\([^()]{1,40}\))?\s*(?:,|và|,\s*và)\s*(?:(?:đồng chí|ông|bà|ngài)\s+)?$")


@dataclass(frozen=True)
class Holding:
    name: Name
    title: Title
    rule: str
    context: str = "text"  # where the title's place came from: text | sibling | earlier | side | sentence | article


def pair(text: str, names: list[Name], titles: list[Title], places: dict | None = None,
         earlier_missions: frozenset = frozenset()) -> list[Holding]:
    """``earlier_missions``: the missions the sentence before (in the same paragraph) named, which a bare
    "Đại sứ quán" here is ("Đại sứ Việt Nam tại Pháp A tiếp đoàn. Bà B, Tham tán Công sứ Đại sứ quán, …")."""
    names = _without_aliases(text, names)
    items = sorted([*names, *titles], key=lambda x: x.start)
    holdings: list[Holding] = []
    claimed: set[int] = set()
    holdings += _respectively(text, items, claimed)
    holdings += _shared_title(text, items, claimed, places or {})
    holdings += _shared_in_brackets(text, items, claimed)
    holdings += _plural_copula(text, items, claimed)
    holdings += _appointed(text, items, claimed)
    holdings += _reelected(text, items, claimed)
    holdings += _decided_for(text, items, claimed)
    holdings += _acting_given_to(text, items, claimed)
    holdings += _titles_before(text, items, claimed)
    holdings += _deputies_listed(text, items)
    holdings += _titles_after(text, items, claimed)
    holdings = _without_a_foreign_region_after_vietnams_post(holdings)
    holdings = _without_a_second_sender(holdings)
    holdings = _with_sender_told(_with_mission(holdings, missions_in(text, places or {})))
    return _with_mission(holdings, set(earlier_missions), bare_only=True) if earlier_missions else holdings


def missions_told(text: str, titles: list[Title], places: dict) -> frozenset:
    """The missions a sentence names, by name ("Đại sứ quán Việt Nam tại Pháp") or by the head's
    title ("Đại sứ Việt Nam tại Pháp A")."""
    heads = {(MISSION_HEADS[t.base], t.country, t.seat) for t in titles
             if t.base in MISSION_HEADS and t.country is not None and t.seat is not None and not t.bodies}
    return frozenset(missions_in(text, places) | heads)


def _without_aliases(text: str, names: list[Name]) -> list[Name]:
    """"ông Ngô Minh (Wu Ming) - …": the bracketed spelling right after a name is the same person, no other."""
    return [n for k, n in enumerate(names) if not (
        k > 0 and text[names[k - 1].end : n.start] == " (" and text[n.end : n.end + 1] == ")")]


# Heads of a mission, by the mission they head; the ranks below serve in either kind.
MISSION_HEADS = {"Đại sứ": EMBASSY, "Đại sứ đặc mệnh toàn quyền": EMBASSY, "Đại biện": EMBASSY, "Đại biện lâm thời": EMBASSY,
                 "Tổng Lãnh sự": CONSULATE, "Lãnh sự": CONSULATE}
# A counsellor of a field ("Tham tán Thương mại", "Tham tán Phát triển") is a counsellor still.
MISSION_RANKS = frozenset(("Tham tán", "Tham tán Công sứ", "Công sứ", "Bí thư Thứ nhất")) | frozenset(
    r for r in lexicon.titles()["roles"] if r.startswith("Tham tán "))


def _with_mission(holdings: list[Holding], missions: set[tuple], bare_only: bool = False) -> list[Holding]:
    """"Đại diện Đại sứ quán Việt Nam tại Hàn Quốc gồm: Tham tán A và Bí thư Thứ nhất B", "Đại sứ C
    … tại Đại sứ quán Việt Nam tại Nhật Bản": a diplomat named by rank alone serves in the one
    mission of the person's country the sentence names (a Vietnamese name, Vietnam's; "đoàn Đại
    sứ quán Lào tại Bắc Kinh thăm Đại sứ A và Đại sứ quán Việt Nam tại Trung Quốc": A is Vietnam's)."""
    if not missions:
        return holdings
    by_side = {side: [m for m in missions if (m[1].country == "VN") == side] for side in (True, False)}
    out = []
    for h in holdings:
        own = by_side[h.name.vietnamese]
        out.append(_serving_in(h, *own[0], bare_only) if len(own) == 1 else h)
    return out


def _with_sender_told(holdings: list[Holding]) -> list[Holding]:
    """"… bổ nhiệm Đại sứ: ông A, Đại sứ đặc mệnh toàn quyền nước CHXHCN Việt Nam tại Brazil; ông B, Đại sứ
    tại Ai Cập; bà C, Đại sứ tại Hungary": appointment lists name the sending country on the first
    head's post and drop it from the next, each with its own seat. A head of a mission whose seat is
    read and whose country is not is of the one country the sentence's other heads are sent by, when
    the seat is abroad from it and the name looks of that country (a Vietnamese name, Vietnam's)."""
    senders = {h.title.country for h in holdings
               if h.title.base in MISSION_HEADS and h.title.country is not None and h.title.seat is not None}
    if len(senders) != 1:
        return holdings
    [sender] = senders
    out = []
    for h in holdings:
        t = h.title
        if (t.base in MISSION_HEADS and t.country is None and t.seat is not None and not t.bodies and not t.former
                and t.seat.country != sender.country and h.name.vietnamese == (sender.country == "VN")):
            h = replace(h, title=replace(t, country=sender))
        out.append(h)
    return out


# "Cùng đi với Đại sứ …, có …": the sentence lists who accompanies a mission's head.
COMPANIONS = re.compile(r"^(?:Cùng đi với|Tháp tùng) ")


def companions_of_mission(holdings: list[Holding], mission: tuple) -> list[Holding]:
    """"Cùng đi với Tổng Lãnh sự có bà A, Phó Tổng Lãnh sự", "Cùng đi với Ngài B, Đại sứ Mông Cổ tại Việt Nam,
    có bà C, Bí thư thứ nhất của Đại sứ quán": who accompanies the head, named by a rank of the mission
    alone, serves in the head's mission, whatever the look of the name (a Chinese diplomat's name read
    the Sino-Vietnamese way looks Vietnamese)."""
    return [_serving_in(h, *mission, any_side=True) for h in holdings]


def _serving_in(h: Holding, kind: str, country, seat, bare_only: bool = False, any_side: bool = False) -> Holding:
    t = h.title
    if t.country is not None or t.former or (not any_side and h.name.vietnamese != (country.country == "VN")):
        return h
    if [b.text for b in t.bodies] == [kind] and t.bodies[0].style == "embassy" and not t.places:
        # "Tham tán Công sứ Đại sứ quán": the mission named alone is the one the text names
        return replace(h, title=replace(t, country=country, seat=seat))
    if t.standalone != "diplomat" or t.bodies:
        return h
    if MISSION_HEADS.get(t.base) == kind:
        # "… đến chào Đại sứ quán Việt Nam tại Nga. Đại sứ A …": the one mission's head, even a sentence on
        return replace(h, title=replace(t, country=country, seat=seat))
    if bare_only:
        return h  # a rank alone a sentence on may be of any mission
    if t.base in MISSION_RANKS:
        body = Body(kind, "embassy")
        return replace(h, title=replace(t, bodies=(body,), country=country, seat=seat))
    return h


def _gap(text: str, a, b) -> str:
    return text[a.end : b.start]


def _respectively(text: str, items: list, claimed: set[int]) -> list[Holding]:
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, Title) or len(item.places) < 2 or i == 0:
            continue
        if not RESPECTIVELY.match(_gap(text, items[i - 1], item)):
            continue
        names = _name_list_before(text, items, i)
        if len(names) == len(item.places):
            claimed.add(id(item))
            for name, place in zip(names, item.places):
                out.append(Holding(name, replace(item, places=(place,)), "respectively-list"))
    return out


def _name_list_before(text: str, items: list, i: int) -> list[Name]:
    names: list[Name] = []
    j = i - 1
    while j >= 0 and isinstance(items[j], Name):
        names.insert(0, items[j])
        if j == 0 or not isinstance(items[j - 1], Name) or not NAME_LIST_GAP.match(_gap(text, items[j - 1], items[j])):
            break
        j -= 1
    return names


# A general's rank stands where an honorific would: "các đồng chí Ủy viên Bộ Chính trị: Đại tướng A, …".
HONORIFIC = r"(?:đồng chí|ông|bà|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá)"
SHARED_TITLE_BEFORE = re.compile(r"(?:^|\s)(?:[Cc]ác|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|\d)(?: đồng chí| ngài| ông| bà)?\s*$")
# "các Phó Chủ tịch UBND tỉnh: A, B", "… là các ông A, B", "… hiện tại là A, B", "… gồm: ông A", the
# elected of a session ("ba Phó Chủ tịch UBND tỉnh trúng cử gồm các ông A, B và bà C") (after
# the colon the honorific may be capitalised: "… gồm: Bà A, …")
SHARED_TITLE_GAP = re.compile(
    r"^(?:\s+(?:trong |của )?nhiệm kỳ(?: này| mới| \d{4}\s*[-–]\s*\d{4})\s*,?|\s+khóa (?:[IVXLC]+|\d+)\s*,?)?"
    rf"\s*(?::|(?:hiện (?:tại|nay) |được (?:bầu(?: bổ sung)?|chỉ định) |mới |trúng cử |tái cử )?(?:là|gồm)(?: các)?(?: (?:đồng chí|ông|bà))?:?)\s*(?:{HONORIFIC}\s+|(?<=:)\s*(?:Đồng chí|Ông|Bà)\s+)?$")
# The next name of such a list, after the titles of the one before: "ông A, Chủ tịch HĐND; ông B"
# (the titles of the one before may close on their term: "ông A, Phó Bí thư Thành ủy khóa XXI; bà B")
NEXT_IN_LIST_GAP = re.compile(rf"^(?:\s+khóa (?:[IVXLC]+|\d+))?\s*;\s*(?:và\s+)?(?:{HONORIFIC}\s+)?$")
# … or after the one before's titles in brackets: "các Phó Bí thư Tỉnh ủy gồm các ông: A (Chủ tịch
# HĐND tỉnh), B (Chủ tịch UBND tỉnh) và C (…)": the bracket closes each entry.
NEXT_AFTER_BRACKET_GAP = re.compile(rf"^\s*\)\s*(?:,|;|và|,\s*và)\s*(?:{HONORIFIC}\s+)?$")


def _shared_title(text: str, items: list, claimed: set[int], places: dict) -> list[Holding]:
    """'các Phó Chủ tịch UBND tỉnh: A, B và C': one title for every name listed."""
    out = []
    for i, item in enumerate(items[:-1]):
        if not isinstance(item, Title) or not SHARED_TITLE_BEFORE.search(text[max(0, item.start - 16) : item.start]):
            continue
        nxt = items[i + 1]
        if _plural_title_then_names(text, item, nxt):
            listed = _listed_names(text, items, i + 1, item)
            if len(listed) < 2:
                continue  # "các ủy viên Hội đồng tỉnh A": one name after a plural, whose the others, unknown
        elif not SHARED_TITLE_GAP.match(_gap(text, item, nxt)) or (isinstance(nxt, Title) and ":" not in _gap(text, item, nxt)):
            continue
        else:
            listed = _listed_names(text, items, i + 1, item) if isinstance(nxt, Name) else _titled_entries(text, items, i + 1)
            listed = _counted_entries(text, items, i, listed)
        if not listed:
            continue
        claimed.add(id(item))
        for name in listed:
            title = _with_country_after(text, name, item, places) if item.is_diplomatic and item.country is None else item
            if title is not None:
                out.append(Holding(name, title, "shared-title-list"))
    return out


# "Hai Ủy viên UBND xã được bầu bổ sung là Thiếu tá A, Chỉ huy trưởng Ban CHQS xã và Thiếu tá B, Trưởng
# Công an xã", "bầu bổ sung 2 Ủy viên UBND tỉnh là ông A, Giám đốc Công an tỉnh cùng ông B, Giám đốc Sở
# X": a counted post, then its holders each with their own titles, the last after "và" or "cùng". Taken
# only when the names listed are as many as the count says.
COUNT_BEFORE = re.compile(rf"(?:^|\s)(?P<count>\d|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm)\s$")
COUNTED_NEXT_GAP = re.compile(rf"^(?:\s+khóa (?:[IVXLC]+|\d+))?\s*[,;]?\s*(?:và|cùng(?: với)?)\s+(?:{HONORIFIC}\s+)?$")


def _counted_entries(text: str, items: list, i: int, listed: list[Name]) -> list[Name]:
    m = COUNT_BEFORE.search(text, max(0, items[i].start - 6), items[i].start)
    if m is None or not isinstance(items[i + 1], Name):
        return listed
    count = int(m["count"]) if m["count"].isdigit() else COUNT_WORDS[m["count"].lower()]
    if len(listed) >= count:
        return listed
    names, k = [items[i + 1]], i + 2
    while k < len(items) and len(names) < count:
        own = k
        while k < len(items) and isinstance(items[k], Title) and LIST_GAP.match(_gap(text, items[k - 1], items[k])):
            k += 1
        if k == own or k >= len(items) or not isinstance(items[k], Name):
            break  # an entry without its own titles, or no name next: no list of this kind
        gap = _gap(text, items[k - 1], items[k])
        if not (COUNTED_NEXT_GAP.match(gap) or NEXT_IN_LIST_GAP.match(gap)):
            break
        names.append(items[k])
        k += 1
    return names if len(names) == count else listed


def _plural_title_then_names(text: str, item: Title, nxt) -> bool:
    """"các ủy viên Hội đồng tỉnh A, B, C": a plural title written right before its holders' names."""
    return isinstance(nxt, Name) and _gap(text, item, nxt) == " "


COUNTRY_IN_BRACKETS = re.compile(r"\s*\(([^()]{1,40})\)")


def _with_country_after(text: str, name: Name, title: Title, places: dict) -> Title | None:
    """"… các Đại sứ tại Việt Nam: A (Mexico), B (Iran)": each ambassador's country in brackets
    ("(Liên bang Mexico)": the country may close the brackets after its style)."""
    m = COUNTRY_IN_BRACKETS.match(text, name.end)
    if m is None:
        return None
    inside = [places[at] for at in range(m.start(1), m.end(1)) if at in places]
    if len(inside) != 1 or inside[0].places[0].kind != "Country" or inside[0].end != m.end(1):
        return None
    return replace(title, country=inside[0].places[0])


def _titled_entries(text: str, items: list, k: int) -> list[Name]:
    """"các Ủy viên Bộ Chính trị: Phó Thủ tướng A; Đại tướng B, Bộ trưởng Bộ Công an": entries
    parted by ";", each a name with its titles before or after it; a new group ("; các Ủy viên
    Trung ương Đảng: …") ends the list."""
    names: list[Name] = []
    while k < len(items):
        j = k
        while j < len(items) and isinstance(items[j], Title) and (j == k or LIST_GAP.match(_gap(text, items[j - 1], items[j]))):
            j += 1
        if j >= len(items) or not isinstance(items[j], Name) or (j > k and not BEFORE_NAME_GAP.match(_gap(text, items[j - 1], items[j]))):
            break
        names.append(items[j])
        if j > k and _next_titled_before_name(text, items, j):
            k = j + 1  # "…: Bộ trưởng Y tế A, Bí thư Tỉnh ủy Lạng Sơn B": entries of title and name, parted by commas
            continue
        j += 1
        while j < len(items) and isinstance(items[j], Title) and LIST_GAP.match(_gap(text, items[j - 1], items[j])):
            j += 1
        if j >= len(items) or not NEXT_IN_LIST_GAP.match(_gap(text, items[j - 1], items[j])):
            break
        if SHARED_TITLE_BEFORE.search(text[max(0, items[j].start - 16) : items[j].start]):
            break
        k = j
    return names


# Between two entries "title name" of a list: a comma or "và".
TITLED_ENTRY_GAP = re.compile(r"^\s*(?:,|và|,\s*và)\s*$")


def _next_titled_before_name(text: str, items: list, j: int) -> bool:
    """After the name items[j], the next entry is a title (or titles) and a name, as this one was:
    a title after a comma that a name follows at once is that name's, not items[j]'s."""
    k = j + 1
    if k >= len(items) or not isinstance(items[k], Title) or not TITLED_ENTRY_GAP.match(_gap(text, items[j], items[k])):
        return False
    while k + 1 < len(items) and isinstance(items[k + 1], Title) and LIST_GAP.match(_gap(text, items[k], items[k + 1])):
        k += 1
    return k + 1 < len(items) and isinstance(items[k + 1], Name) and bool(PLAIN_BEFORE_NAME.match(_gap(text, items[k], items[k + 1])))


def _listed_names(text: str, items: list, i: int, shared: Title | None = None) -> list[Name]:
    """The names of a list starting at items[i]: "A, B và C", or "A, Title; B, Title; C".
    Under a shared title, an entry that names its own membership of a committee ("…: A, Phó Chủ
    tịch HĐND tỉnh; đồng chí B, Tỉnh ủy viên, …" after "các Ủy viên Ban Thường vụ Tỉnh ủy") is
    outside the list: the list ends before it."""
    names, prev = [items[i]], items[i]
    for later in items[i + 1 :]:
        gap = _gap(text, prev, later)
        if isinstance(later, Name) and (NAME_LIST_GAP.match(gap) or (prev is not names[-1] and (
                _next_entry(text, names[-1], gap) or _last_entry(text, names, prev, gap)))):
            names.append(later)
        elif isinstance(later, Title) and (LIST_GAP.match(gap) or (prev is names[-1] and PREVIOUS_TERM_POST_GAP.match(gap))):
            if shared is not None and later.membership and later.role != shared.role and len(names) > 1:
                names.pop()
                break
        else:
            break
        prev = later
    return names


# An entry may tell the post its person held the term before: "…: ông A, nhiệm kỳ trước là Phó Bí thư
# Thường trực Thành ủy; bà B, …" (that post is not the list's; the entry goes on).
PREVIOUS_TERM_POST_GAP = re.compile(r"^\s*,\s*(?:nhiệm kỳ|khóa) (?:trước|cũ) là\s+$")
# The last entry of a list parted by ";" may open with "và" alone: "…; bà B, Phó Bí thư Thành ủy khóa XXI
# và ông C, Trưởng Ban Tổ chức Thành ủy" (the honorific says a person, not a body, comes next).
LAST_ENTRY_GAP = re.compile(r"^(?:\s+khóa (?:[IVXLC]+|\d+))?\s+và\s+(?:đồng chí|ông|bà)\s+$")


def _last_entry(text: str, names: list[Name], prev, gap: str) -> bool:
    return len(names) > 1 and ";" in text[names[0].end : prev.start] and bool(LAST_ENTRY_GAP.match(gap))


def _next_entry(text: str, last: Name, gap: str) -> bool:
    """After the titles of the last name listed, the gap opens the next entry: a ";", or the
    bracket that the titles stood in closing ("A (Chủ tịch HĐND tỉnh), B")."""
    if NEXT_IN_LIST_GAP.match(gap):
        return True
    return bool(NEXT_AFTER_BRACKET_GAP.match(gap)) and text[last.end : last.end + 3].lstrip().startswith("(")


# "bầu ông A làm Chủ tịch UBND thành phố": "làm" alone needs the verb before the name; after the
# person's own titles (and their term) a comma may stand before it ("ông B, Bí thư Tỉnh ủy X, làm Bí thư
# Tỉnh ủy Y", "A, Phó Bí thư Tỉnh ủy khóa XIII làm Bí thư Tỉnh ủy khóa XIV").
# Merger news tells the post a leader takes in the merged unit with "sau sáp nhập làm": "A - Bí thư Tỉnh ủy
# X sau sáp nhập làm Chủ tịch UBND tỉnh Y" (the merger is the appointing: no other verb needed).
# "bầu ông A, Bí thư Huyện ủy X vào chức danh Phó Chủ tịch HĐND tỉnh" names the post the verb gives as "làm" does.
MADE_GAP = re.compile(r"^\)?(?:\s+(?:nhiệm kỳ \d{4}\s*[-–]\s*\d{4}|khóa [IVXLC]+|khóa \d+))?\s*,?\s*(?P<merged>sau (?:sáp nhập|hợp nhất),? )?"
                      r"(?:làm|vào (?:chức danh|chức vụ|vị trí|cương vị))\s*$")
# "Ban Thường vụ Tỉnh ủy giao ông A làm Bí thư Thành ủy": a post assigned, the verb right before the person.
MAKING_VERB = re.compile(r"\b(?:bầu|bổ nhiệm|cử|giới thiệu|chỉ định)\b(?:[^,.;]{0,30})$"
                         r"|(?<![\w])(?<!bàn )giao (?:cho )?(?:(?:đồng chí|ông|bà) )?$")
# Personnel news names the verb once for a whole list of appointments: "quyết định điều động, chỉ
# định ông A, …, giữ chức X; ông B, …, làm Y", "bầu đồng chí A làm Bí thư, đồng chí B, C làm Phó Bí thư".
# A list of posts in one sentence may open with "giữ chức": "Ông A giữ chức Chủ tịch HĐND tỉnh; bà B
# làm Phó Chủ tịch HĐND tỉnh".
APPOINTING_VERB = re.compile(r"\b(?:bầu|bổ nhiệm|chỉ định|điều động|phân công|giới thiệu|chuẩn y|cử|giữ chức)\b")
SENTENCE_END = re.compile(r"[.!?]\s|\n")
# "thôi giữ chức A để giữ chức B", "thôi làm A để nhận nhiệm vụ B" ("… để nhận nhiệm vụ mới là B"): B is the post taken in A's place;
# "… thôi làm A, để nhận công tác tại Ban Y với cương vị B": the body the person moves to, then B.
LEFT_FOR_GAP = re.compile(
    r"^(?:\s*,?\s+(?:nhiệm kỳ \d{4}\s*[-–]\s*\d{4}|khóa [IVXLC]+|khóa \d+))?\s*,?\s*để (?:đảm nhận |đảm nhiệm |nhận )?"
    r"(?:công tác tại [A-ZĐ][^\W\d_]*(?: [^\W\d_]+){0,8} với )?"
    r"(?:giữ (?:chức(?: vụ| danh)?|cương vị)|nhiệm vụ(?: mới)?(?: là)?|chức(?: vụ| danh)|cương vị)\s*$")
# "ông A - Bí thư Tỉnh ủy rời Ban Chấp hành, Ban Thường vụ Tỉnh ủy và thôi làm Bí thư Tỉnh ủy X", "bà B,
# Chủ tịch UBND tỉnh, do đến tuổi nghỉ hưu, thôi giữ chức …": a post left after a clause is still one the
# person left (no sentence's end, no other person between: a name nearer would own the gap).
LEFT_AFTER_CLAUSE_GAP = re.compile(
    r"^[^.;:()]{0,100}?(?:,| và) (?:được |đã |xin )?thôi (?:làm|giữ (?:chức(?: vụ| danh)?|cương vị))(?: các| những)?\s*$")
# "A, Ủy viên Ban Thường vụ Tỉnh ủy làm Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2020 - 2025":
# a post held from now for a term is a new one, whatever verb the sentence before told.
TERM_AFTER = re.compile(r"\s*,?\s*\(?(?:nhiệm kỳ \d{4}|khóa [IVXLC]+\b|khóa \d+)")


def _appointed(text: str, items: list, claimed: set[int]) -> list[Holding]:
    """A title after "giữ chức", "tái cử"…: it goes to the name (or list of names) before,
    past that name's own titles; after "thôi giữ chức" it is a former office."""
    out = []
    appointed: dict[int, list[Name]] = {}  # a new post → the names it went to
    left: dict[int, list[Name]] = {}  # a post left → the names that left it
    for i, item in enumerate(items):
        if not isinstance(item, Title) or i == 0 or id(item) in claimed:
            continue
        gap = _gap(text, items[i - 1], item)
        if isinstance(items[i - 1], Name):
            gap = UNREAD_HEAD_LEAD.sub("", gap, count=1)
        if id(items[i - 1]) in left and LEFT_FOR_GAP.match(gap):
            # "ông A thôi giữ chức Phó Chủ tịch UBND tỉnh để giữ chức Chủ tịch HĐND tỉnh": the post taken instead
            claimed.add(id(item))
            appointed[id(item)] = left[id(items[i - 1])]
            out += [Holding(name, item, "appointed-title") for name in appointed[id(item)]]
            continue
        if id(items[i - 1]) in appointed and (APPOINTED_GAP.match(gap) and ONE_MORE_POST.match(gap) or ALSO_IS_GAP.match(gap)):
            # "… giữ chức Phó Bí thư Tỉnh ủy X và được HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh": the same persons'
            claimed.add(id(item))
            appointed[id(item)] = appointed[id(items[i - 1])]
            out += [Holding(name, item, "appointed-title") for name in appointed[id(item)]]
            continue
        if id(items[i - 1]) in appointed and NEXT_POST_GAP.match(gap) and not _chain_before_a_name(text, items, i):
            # "… giữ chức Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố X": the posts listed after the verb
            claimed.add(id(item))
            appointed[id(item)] = appointed[id(items[i - 1])]
            out += [Holding(name, item, "appointed-title") for name in appointed[id(item)]]
            continue
        made_match = MADE_GAP.match(gap)
        made = bool(made_match)
        # "A, B lần lượt là X và Y": a post each, as after a verb of appointing
        respectively = bool(APPOINTED_GAP.match(gap) and RESPECTIVELY_IN.search(gap)) or bool(RESPECTIVELY.match(gap))
        if respectively:
            out += _respective_posts(text, items, i, claimed, former=bool(LEFT_OFFICE.search(gap)))
            continue  # "A và B lần lượt trúng cử chức danh X và Y": one post each, not X for both
        acting = item.role.startswith(ACTING) and bool(ACTING_TAKEN_GAP.match(gap))
        if not APPOINTED_GAP.match(gap) and not made and not acting and not LEFT_AFTER_CLAUSE_GAP.match(gap):
            continue
        if OTHERS_APPOINTED.search(gap) or DECISION_HANDED.search(gap):
            continue  # "Chủ tịch A chúc mừng các vị được bầu giữ chức …": the post is theirs, not A's
        first = j = _past_authority(text, items, i)
        while j > 0 and isinstance(items[j], Title) and (
                _continues_chain(text, items[j - 1], items[j]) or _aside_of(text, items[j - 1], items[j])):
            j -= 1
        if not isinstance(items[j], Name):
            continue
        j = _replacing(text, items, j) if j == i - 1 and "," not in ASIDE.sub("", gap) and not OWN_MOVE_GAP.match(gap) else j
        if j is None:
            continue
        names = _titled_names_before(text, items, j)
        if _negated(text, names[0].start, gap):
            continue  # "vì sao không bổ nhiệm ông A làm …", "ông A không được bầu giữ chức …": no post given
        if made and not made_match["merged"] and not _made_by_a_verb(text, items, names, item, own_titles=j < first):
            continue  # "làm" with no verb of appointing ("ông A làm việc", "thời ông A làm Chủ tịch")
        # "thay ông B (nghỉ hưu) giữ chức …": an aside in brackets tells of the one replaced, not of the post
        title = replace(item, former=True) if LEFT_OFFICE.search(ASIDE.sub("", gap)) else item
        claimed.add(id(item))
        if title.former:
            left[id(item)] = names
        else:
            appointed[id(item)] = names
        out += [Holding(name, title, "appointed-title") for name in names]
        if not title.former:
            out += [Holding(name, member, "appointed-title") for member in _standing_board_joined(text, items[i - 1].end, gap, title)
                    for name in names]
    return out


# An appointment told as not made: "vì sao chưa điều động, bổ nhiệm ông A làm Giám đốc Sở …", "đề nghị không
# bầu bà B giữ chức …" (the verb denied before the name), "ông C không được bầu giữ chức …", "bà D chưa
# được bổ nhiệm làm …" (denied after it): the post is not the person's.
NEGATED_BEFORE = re.compile(
    r"(?<![\w])(?:không|chưa|chẳng)\s+(?:được\s+|thể\s+|hề\s+)?(?:điều động|bổ nhiệm|bầu|chỉ định|cử|phân công|giới thiệu|luân chuyển|giao)"
    r"(?![\w])[^.;:!?]{0,40}$")
NEGATED_IN_GAP = re.compile(r"(?<![\w])(?:không|chưa|chẳng)(?![\w])")


def _negated(text: str, first: int, gap: str) -> bool:
    return bool(NEGATED_IN_GAP.search(gap) or NEGATED_BEFORE.search(text, max(0, first - 60), first))


# "Ông A, Bí thư Tỉnh ủy X, thay ông B (nghỉ hưu) giữ chức Bộ trưởng …", "bầu ông A thay ông B làm Chủ tịch …":
# the one replaced stands between the verb and the one who takes the post, as after "kế nhiệm" (who
# succeeds): "A kế nhiệm ông B giữ chức …". Not when the verb is told of
# the one replaced in a clause of their own ("A thay B, nguyên Bí thư Huyện ủy, người vừa được bầu giữ chức …").
ASIDE = re.compile(r"\([^()]*\)")
# "… thay cho ông B đã được Ban Thường vụ Tỉnh ủy điều động giữ chức Bí thư Đảng ủy xã Y": the one replaced
# told of their own move, done before ("đã được", "vừa được"): the post is B's.
OWN_MOVE_GAP = re.compile(r"^\s*(?:đã|vừa) được\s")
REPLACED_BEFORE = re.compile(rf"(?<![\w])(?:thay (?:cho )?|kế nhiệm )(?:{HONORIFIC}\s+)?$")


def _replacing(text: str, items: list, j: int) -> int | None:
    """The index of the name that takes a post, given the name items[j] right before the verb: the
    name before "thay" when items[j] is the one replaced (None when no such name is there)."""
    m = REPLACED_BEFORE.search(text, max(0, items[j].start - 30), items[j].start)
    if m is None:
        return j
    k = j - 1
    if k < 0 or text[items[k].end : m.start()].strip(" ,") != "":
        return None
    while k > 0 and isinstance(items[k], Title) and _continues_chain(text, items[k - 1], items[k]):
        k -= 1
    return k if isinstance(items[k], Name) else None


# "Đại tá A - Sư đoàn trưởng Sư đoàn 5 (Quân khu 7), được điều động, bổ nhiệm làm …", "bà B, Vụ trưởng
# Vụ Tổ chức cán bộ, Bộ Nội vụ, được bổ nhiệm …": a head's post this lexicon cannot read (a role ending in
# "trưởng", then its unit) between the person and the verb is the person's own; the new post is still theirs.
UNREAD_HEAD_LEAD = re.compile(
    r"^\s*(?:,|[-–])\s*(?:nguyên\s+)?(?:Phó\s+)?(?:[A-ZĐ][^\W\d_]* )?[^\W\d_]+ trưởng(?: [A-ZĐ][^\W\d_]*)(?: [^\W\d_]+| \d+){0,5}"
    r"(?: \([^()]{1,30}\))?(?:, (?:Bộ|Tổng cục|Bộ Tư lệnh|Quân khu) [^\W\d_]+(?: [^\W\d_]+){0,4})?(?=\s*,\s)")


# "ông A, Chủ tịch UBND tỉnh X, được Thủ tướng Chính phủ điều động giữ chức …" ("Đại tá B - Giám đốc Công an
# tỉnh Y - được Bộ trưởng Bộ Công an điều động …", the person's post set off by dashes): the authority that
# decided, named by its title alone, stands between the person and the new post and holds nothing here.
AUTHORITY_GAP = re.compile(r"^\s*[,–-]?\s*(?:đã |vừa )?được\s*$")


def _past_authority(text: str, items: list, i: int) -> int:
    """The index of the item before the new post at i, past the deciding authority's title."""
    prev = items[i - 1]
    if i >= 2 and isinstance(prev, Title) and AUTHORITY_GAP.match(_gap(text, items[i - 2], prev)):
        return i - 2
    return i - 1


# "… chỉ định tham gia Ban Thường vụ Tỉnh ủy, giữ chức Phó Bí thư Tỉnh ủy X": the person joins the
# standing board of the committee whose post they take (the board named alone is that committee's).
JOINED_BOARD = re.compile(r"\btham gia (?:(?:Ban Chấp hành|Ban chấp hành|BCH),? (?:và )?)?(?:Ban Thường vụ|Ban thường vụ|BTV)"
                          r"(?: (?P<committee>Tỉnh ủy|Thành ủy))?(?![\w])")
BOARD_OF = {"Tỉnh ủy": "Ban Thường vụ Tỉnh ủy", "Thành ủy": "Ban Thường vụ Thành ủy"}


def _standing_board_joined(text: str, at: int, gap: str, post: Title) -> list[Title]:
    m = JOINED_BOARD.search(gap)
    committee = post.bodies[-1].text if post.bodies and not post.membership else ""
    if m is None or committee not in BOARD_OF or m["committee"] not in (None, committee):
        return []
    board = next(spec for spec in lexicon.titles()["bodies"] if spec["canonical"] == BOARD_OF[committee])
    body = Body(board["canonical"], board["style"], board.get("level", ""))
    return [Title(start=at + m.start(), end=at + m.end(), written=m.group(0), role="Ủy viên", base="Ủy viên", bodies=(body,),
                  places=post.places, unit=post.unit, level=body.level)]


# An aside on the person between the name and the new post: "ông A, người từng giữ chức Bí thư Tỉnh ủy
# X, làm Phó Trưởng Ban …", "bà B, người đang là Giám đốc Sở Y tế, được bầu giữ chức …". The aside's own
# post is read by the verb it has (former after "từng"); the new post still goes to the name.
ASIDE_GAP = re.compile(
    r"^\s*,\s*(?:là )?người (?:đã |đang |hiện |vừa |từng |đã từng |nguyên )*"
    r"(?:giữ chức(?: vụ| danh)?|là|làm|đảm nhiệm(?: chức vụ| chức danh)?)\s+$")


def _aside_of(text: str, prev, title: Title) -> bool:
    gap = _gap(text, prev, title)
    return isinstance(prev, Name) and (ASIDE_GAP.match(gap) or SHARED_IN_BRACKETS_GAP.match(gap)) is not None


# Other persons named between a name and the verb of appointing, as its subject ("các vị được bầu");
# "được các đại biểu bầu" names who elected.
OTHERS_APPOINTED = re.compile(
    r"(?<![\w])(?:các|những) (?:vị|đồng chí|ông|bà|cán bộ|đại biểu|người)(?: (?:vừa|mới|đã))? được(?![\w])")
# "ông A, Phó Chủ tịch UBND tỉnh, trao quyết định tiếp nhận, bổ nhiệm cán bộ giữ chức …": A hands over or
# announces the decision (unless A is handed it: "được trao quyết định"), or the one appointed is
# an official left unnamed; either way the post is not A's.
DECISION_HANDED = re.compile(
    r"(?<![\w])(?<!được )(?:trao|công bố|đọc)(?![\w])"
    r"|(?<![\w])(?:bổ nhiệm|điều động|tiếp nhận|chỉ định|luân chuyển|bầu) (?:cán bộ|nhân sự)(?![\w])")


# Posts listed after one verb of appointing, a comma (or a dash) between them.
NEXT_POST_GAP = re.compile(r"^(?:\s*,?\s+(?:nhiệm kỳ \d{4}\s*[-–]\s*\d{4}|khóa [IVXLC]+|khóa \d+)){0,2}(?:\s*,\s*(?:kiêm\s+)?| kiêm |\s+[-–]\s+)$")


def _before_a_name(text: str, items: list, i: int) -> bool:
    """Whether the title at i stands right before a name, so is that name's ("…, Chủ tịch UBND tỉnh A")."""
    return i + 1 < len(items) and isinstance(items[i + 1], Name) and bool(BEFORE_NAME_GAP.match(_gap(text, items[i], items[i + 1])))


def _chain_before_a_name(text: str, items: list, i: int) -> bool:
    """Whether the titles listed from i on end right before a name: "A được bầu giữ chức Chủ tịch nước,
    Tổng Bí thư, Chủ tịch nước Lào B đã gửi thư mừng": after the first post, the list is the next
    subject's, B's, not more of A's."""
    while i + 1 < len(items) and isinstance(items[i + 1], Title) and LIST_GAP.match(_gap(text, items[i], items[i + 1])):
        i += 1
    return _before_a_name(text, items, i)


# After a new post, a second one for the same persons: "… (nhiệm kỳ 2025-2030) và được … bầu giữ chức …",
# or the one taken just before it: "được HĐND tỉnh bầu giữ chức A, sau khi được điều động giữ chức B".
# "… được giao làm Chủ tịch UBND phường X, đồng thời là Phó Bí thư Đảng ủy phường": a second post given with it.
ALSO_IS_GAP = re.compile(r"^(?:\s+(?:nhiệm kỳ \d{4}\s*[-–]\s*\d{4}|khóa [IVXLC]+|khóa \d+))?,?\s+đồng thời (?:là|kiêm)\s+$")
ONE_MORE_POST = re.compile(r"^(?:\s+(?:nhiệm kỳ \d{4}\s*[-–]\s*\d{4}|khóa [IVXLC]+|khóa \d+))?,?\s+(?:và|đồng thời|sau khi được)\s")


def _made_by_a_verb(text: str, items: list, names: list[Name], post: Title, own_titles: bool) -> bool:
    """"… làm <post>" is an appointment when a verb of appointing stands just before the names
    ("bầu 2 đồng chí: A và B làm …"), or earlier in the sentence for a list of appointments, or
    when the post is held for a term; "A, <own title> làm …" needs the verb in the sentence or
    the term."""
    first = names[0].start
    if not own_titles and MAKING_VERB.search(text, max(0, first - 40), first):
        return True
    if TERM_AFTER.match(text, post.end):
        return True
    lo = max(0, items[0].start - 80)
    ends = [m.end() for m in SENTENCE_END.finditer(text, lo, first)]
    opening = ends[-1] if ends else lo
    at_start = bool(ends) or lo == 0
    if APPOINTING_VERB.search(text, opening, first) is not None or (at_start and MERGER_OPENING.match(text, opening, first) is not None):
        return True
    close = SENTENCE_END.search(text, post.end)
    return _listed_posts(text, items, opening, close.start() if close else len(text)) >= 2


# Personnel news lists who took which post, one clause each: "Ông A làm Chủ tịch HĐND tỉnh; ông B làm
# Chủ tịch UBND tỉnh" (after the paragraph's place: "Tỉnh X: Ông A làm …"). Two such clauses joined by ";"
# are the list of appointments a verb would tell; one alone ("ông A làm Chủ tịch tỉnh nhiều năm") is not.
LISTED_POST_GAP = re.compile(r"^\s*(?:làm|giữ chức)\s*$")
LISTED_POST_OPENING = re.compile(r"(?:^|[;:])\s*(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)\s+$")


def _listed_posts(text: str, items: list, lo: int, hi: int) -> int:
    """The clauses "; ông A làm <title>" between lo and hi (the name, then its post right after it)."""
    count = 0
    for k in range(1, len(items)):
        name, title = items[k - 1], items[k]
        if not (isinstance(name, Name) and isinstance(title, Title) and lo <= name.start and title.end <= hi):
            continue
        if LISTED_POST_GAP.match(_gap(text, name, title)) and LISTED_POST_OPENING.search(text[lo : name.start]):
            count += 1
    return count


# Merger news opens with the merger and tells the posts in the merged unit with "làm": "Sau hợp nhất
# tỉnh X và tỉnh Y, ông A làm Chủ tịch UBND tỉnh Y": the merger is the appointing.
MERGER_OPENING = re.compile(r"\s*Sau (?:khi )?(?:sáp nhập|hợp nhất)(?![\w])[^.;:]{0,80},")


# Between one listed person's titles and the next name: "A, Tỉnh ủy viên và bà B", "A (Chủ tịch UBND tỉnh), B".
NEXT_NAME_GAP = re.compile(r"^\)?\s*(?:,|;|và|,\s*và)\s*(?:(?:đồng chí|ông|bà)\s+)?$")


def _titled_names_before(text: str, items: list, j: int) -> list[Name]:
    """The names before a new post, each maybe with its present titles: "các ông A, Chủ tịch HĐND
    tỉnh; B (Chủ tịch UBND tỉnh) và bà C (Phó Bí thư Tỉnh ủy), giữ chức …" (items[j] is the last name)."""
    names = _name_list_before(text, items, j + 1)
    k = items.index(names[0])
    while k > 0 and isinstance(items[k - 1], Title) and NEXT_NAME_GAP.match(_gap(text, items[k - 1], items[k])):
        t = k - 1
        while t > 0 and isinstance(items[t - 1], Title) and LIST_GAP.match(_gap(text, items[t - 1], items[t])):
            t -= 1
        if t == 0 or not isinstance(items[t - 1], Name) or not LIST_GAP.match(_gap(text, items[t - 1], items[t])):
            break
        names = _name_list_before(text, items, t) + names
        k = items.index(names[0])
    return names


def _respective_posts(text: str, items: list, i: int, claimed: set[int], former: bool) -> list[Holding]:
    """"A và B lần lượt trúng cử chức danh Chủ tịch HĐND và Chủ tịch UBND tỉnh X": the posts listed
    go to the names listed, in order, when they are as many; the place written once at the end
    qualifies each post of its level."""
    posts = [items[i]]
    for later in items[i + 1 :]:
        if not isinstance(later, Title) or not PLAIN_LIST_GAP.match(_gap(text, posts[-1], later)):
            break
        posts.append(later)
    if not isinstance(items[i - 1], Name):
        return []
    names = _name_list_before(text, items, i)
    if len(posts) < 2 or len(names) != len(posts):
        return []
    last = posts[-1]
    out = []
    for name, post in zip(names, posts):
        claimed.add(id(post))
        if not post.places and last.places and not post.qualified and _wanted_level(post) == _level_of(last.places[0]):
            post = replace(post, places=last.places, unit=last.unit)
        out.append(Holding(name, replace(post, former=True) if former else post, "respectively-posts"))
    return out


PLAIN_LIST_GAP = re.compile(r"^(?:, | và |, và )$")
PLAIN_BEFORE_NAME = re.compile(r"^ (?:(?:đồng chí|ông|bà) )?$")


def _deputies_listed(text: str, items: list) -> list[Holding]:
    """"Phó Chủ tịch UBND tỉnh A, B và C dự …": a post several hold at once (a deputy's, a
    member's) written once before a list of bare names is each one's. The first name took it
    already; none of the others may carry a title of its own, nor be of another nationality."""
    out = []
    for i, item in enumerate(items[:-2]):
        if not isinstance(item, Title) or not _held_by_several(item) or not isinstance(items[i + 1], Name):
            continue
        if not PLAIN_BEFORE_NAME.match(_gap(text, item, items[i + 1])):
            continue
        listed, k = [items[i + 1]], i + 2
        while k < len(items) and isinstance(items[k], Name) and PLAIN_LIST_GAP.match(_gap(text, items[k - 1], items[k])):
            listed.append(items[k])
            k += 1
        if len(listed) < 2 or any(n.vietnamese != listed[0].vietnamese for n in listed):
            continue
        if k < len(items) and isinstance(items[k], Title) and LIST_GAP.match(_gap(text, items[k - 1], items[k])):
            continue  # "…, B và C, Giám đốc Sở X": the last name's own title; the list is not one post's
        if text[listed[-1].end : listed[-1].end + 2].strip().startswith("("):
            continue
        out += [Holding(name, item, "title-before-names") for name in listed[1:]]
    return out


def _held_by_several(title: Title) -> bool:
    return title.role.startswith("Phó ") or title.membership or title.base == "Ủy viên"


# "các ông A, B và C (cùng giữ chức Phó Chủ tịch UBND tỉnh X) được bầu …": the post in brackets after a
# list of names is each one's.
SHARED_IN_BRACKETS_GAP = re.compile(r"^\s*\(\s*(?:cùng|đều) (?:giữ chức(?: vụ| danh)?|là)\s+$")


def _shared_in_brackets(text: str, items: list, claimed: set[int]) -> list[Holding]:
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, Title) or i == 0 or not isinstance(items[i - 1], Name) or id(item) in claimed:
            continue
        if not SHARED_IN_BRACKETS_GAP.match(_gap(text, items[i - 1], item)):
            continue
        claimed.add(id(item))
        out += [Holding(name, item, "shared-title-list") for name in _name_list_before(text, items, i)]
    return out


# "các ông A, B và bà C là các Phó Chủ tịch UBND tỉnh X": the plural "các" after "là" makes a post
# several hold at once each listed name's ("từng là các …": a former one).
PLURAL_COPULA_GAP = re.compile(r"^\s*,?\s*(?:hiện |đều |cùng |(?P<left>từng |nguyên ))?là (?:các|những)\s+$")


def _plural_copula(text: str, items: list, claimed: set[int]) -> list[Holding]:
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, Title) or i == 0 or not isinstance(items[i - 1], Name) or id(item) in claimed:
            continue
        gap = PLURAL_COPULA_GAP.match(_gap(text, items[i - 1], item))
        names = _name_list_before(text, items, i) if gap and _held_by_several(item) else []
        if len(names) < 2:
            continue
        claimed.add(id(item))
        title = replace(item, former=True) if gap["left"] else item
        out += [Holding(name, title, "shared-title-list") for name in names]
    return out


def _titles_before(text: str, items: list, claimed: set[int]) -> list[Holding]:
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, Name) or i == 0:
            continue
        j = i - 1
        if not isinstance(items[j], Title) or not (BEFORE_NAME_GAP.match(_gap(text, items[j], item))
                                                   or _set_off_by_commas(text, items, i)):
            continue
        if SEPARATED_BEFORE_NAME.match(_gap(text, items[j], item)) and _follows_a_name(text, items, j):
            continue  # "A - Bí thư Tỉnh ủy - ông B", "ông A, Giám đốc Sở X, ông B": the title is A's
        if SEPARATED_BEFORE_NAME.match(_gap(text, items[j], item)) and j > 0 and PREDICATE_OF_BEFORE.match(_gap(text, items[j - 1], items[j])):
            continue  # "bổ nhiệm ông A (nguyên …) là Phó Trưởng Ban Dân vận, ông B …": the post is A's, said of A
        if OF_BEFORE.search(text, max(0, items[j].start - 40), items[j].start):
            continue  # "Cố vấn của Thủ tướng Nhật Bản A": A is the adviser, not the prime minister
        if SEPARATED_BEFORE_NAME.match(_gap(text, items[j], item)) and AUTHORITY_OF.search(
                text, max(0, items[j].start - 30), items[j].start):
            continue  # "Theo Quyết định của Chủ tịch UBND tỉnh, ông A giữ chức …": who decided, not A
        if SEPARATED_BEFORE_NAME.match(_gap(text, items[j], item)) and ADDRESSED_OPENING.search(
                text, max(0, items[j].start - 40), items[j].start):
            continue  # "Báo cáo với Phó Thủ tướng, đồng chí A cho biết …": A speaks to the title's holder
        if SEPARATED_BEFORE_NAME.match(_gap(text, items[j], item)) and POST_TO_FILL.search(
                text, max(0, items[j].start - 30), items[j].start):
            # "Trong thời gian chờ kiện toàn chức vụ Bí thư Thành ủy X, đồng chí A, …": a post to fill, not
            # A's; it still says which committee A's own titles are of ("Phó Bí thư Thành ủy")
            claimed.add(id(items[j]))
            out.append(Holding(item, items[j], POST_TO_FILL_RULE))
            continue
        if _predicate_chain(text, items, j):
            continue  # "ông đã từng làm Phó Chủ tịch UBND tỉnh, Bí thư Thành ủy Đồng Hới": the titles are the subject's
        owned = _owned_by_name_before(text, items, j)
        while j >= 0 and isinstance(items[j], Title) and id(items[j]) not in claimed:
            claimed.add(id(items[j]))
            out.append(Holding(item, items[j], TITLE_BEFORE_RULE))
            if owned or j == 0 or not isinstance(items[j - 1], Title) or not LIST_GAP.match(_gap(text, items[j - 1], items[j])):
                break
            if AUTHORITY_OF.search(text, max(0, items[j - 1].start - 30), items[j - 1].start):
                break  # "Thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao A": not A's
            if SOMEONE_ELSES_BEFORE.search(text, max(0, items[j - 1].start - 12), items[j - 1].start):
                break  # "thay mặt Thủ tướng, Phó Thủ tướng A", "chứng kiến của hai Bí thư, Chủ tịch UBND tỉnh A"
            if _counterpart_in_frame(text, items[j - 1], item):
                break  # "Tại cuộc hội kiến với Phó Tỉnh trưởng tỉnh X, Thứ trưởng A khẳng định": the host is unnamed
            if BESIDE_IS_GAP.match(_gap(text, items[j - 1], items[j])) and BESIDE_BEFORE.search(
                    text, max(0, items[j - 1].start - 20), items[j - 1].start):
                break  # "Bên cạnh Thủ tướng là Bí thư Tỉnh ủy X A": A stands beside the prime minister
            if _national_executive(items[j - 1]) and _local_government(items[j]):
                break  # "chứng kiến của Phó Thủ tướng Chính phủ, Chủ tịch UBND TP Đà Nẵng A": two persons
            j -= 1
    return out


# No one is both a member of the government and a head of a province's or city's People's Committee or
# Council: such a post right before the local one is another person's, unnamed.
NATIONAL_EXECUTIVES = frozenset(("Thủ tướng", "Bộ trưởng"))
LOCAL_GOVERNMENTS = frozenset(("UBND", "HĐND"))


def _national_executive(title: Title) -> bool:
    return title.base in NATIONAL_EXECUTIVES and title.country is None and all(b.style == "national" for b in title.bodies)


def _local_government(title: Title) -> bool:
    return bool(title.bodies) and title.bodies[-1].text in LOCAL_GOVERNMENTS


# "Thị trưởng thành phố Lyon, Jean Dupont, cùng …": a full name set off by commas right after a title is
# its holder, unless a title follows the name (then "ông A, Giám đốc Sở X, B, Phó Giám đốc" lists names
# with their own titles after them).
APPOSITIVE_GAP = re.compile(r"^,\s$")
APPOSITIVE_END = re.compile(r",\s")


def _set_off_by_commas(text: str, items: list, i: int) -> bool:
    name = items[i]
    if not APPOSITIVE_GAP.match(_gap(text, items[i - 1], name)) or " " not in name.label:
        return False
    if not APPOSITIVE_END.match(text, name.end):
        return False
    if SHARED_TITLE_BEFORE.search(text, max(0, items[i - 1].start - 16), items[i - 1].start):
        return False  # "hai Phó Chủ tịch UBND tỉnh, A, …": which of the two A is, the text does not say
    after = items[i + 1] if i + 1 < len(items) else None
    return not (isinstance(after, Title) and LIST_GAP.match(_gap(text, name, after)))


# A sentence opening on whom one speaks to ("Báo cáo với Phó Thủ tướng, đồng chí A cho biết …",
# "Trao đổi với Bộ trưởng, ông B nói …"): the name after the comma is the speaker, not the title's holder.
ADDRESSED_OPENING = re.compile(
    r"(?:^|[.!?:]\s+|\n)(?:Báo cáo|Trao đổi|Chia sẻ|Phát biểu|Trò chuyện|Tâm sự|Giới thiệu) với\s$")


# "Bên cạnh Thủ tướng là Bí thư Tỉnh ủy X A", "Cùng với Chủ tịch nước là …": who stands or comes
# beside a title's holder, told by "là", is someone else; the earlier title is not the named one's.
BESIDE_BEFORE = re.compile(r"(?:^|[\s,(])(?:[Bb]ên cạnh|[Đđ]ứng cạnh|[Nn]gồi cạnh|[Cc]ùng với|[Đđ]i cùng|[Tt]háp tùng)\s$")
BESIDE_IS_GAP = re.compile(r"^\s*,?\s*là\s+$")


# A title after "làm", "giữ chức", "từng là" tells what the subject before it is or was: a capitalised
# run right after it is the rest of the office (a place the gazetteer lacks), not its holder.
PREDICATE_BEFORE = re.compile(r"(?<![\w])(?:làm|giữ chức(?: vụ)?|từng là|hiện là|nay là) $")


def _predicate_chain(text: str, items: list, j: int) -> bool:
    while j > 0 and isinstance(items[j - 1], Title) and LIST_GAP.match(_gap(text, items[j - 1], items[j])):
        j -= 1
    return PREDICATE_BEFORE.search(text, max(0, items[j].start - 12), items[j].start) is not None


# A post named as one to fill ("kiện toàn chức vụ …", "khuyết chức danh …"): whoever the next name is,
# the text does not say the post is theirs.
POST_TO_FILL = re.compile(r"(?:kiện toàn|khuyết|bổ sung)(?: chức vụ| chức danh| vị trí)?\s$")
POST_TO_FILL_RULE = "post-to-fill"  # a holding only while siblings take their place from it
# Whose authority, consent or invitation an act is done under: that office-holder is not named here.
# On whose behalf one acts, or a title counted in the plural: that title is someone else's, or
# several persons', never the one name after the list.
SOMEONE_ELSES_BEFORE = re.compile(r"(?<![\w])(?:[Tt]hay mặt|hai|ba|các|những|\d+)\s$")
# "Tại cuộc hội kiến với Phó Tỉnh trưởng tỉnh X, Thứ trưởng A khẳng định …": a sentence opening on a
# meeting with an unnamed title's holder, then the subject named right before its verb; the title in the
# opening is the counterpart's, not the subject's. With a comma after the name ("Tại buổi làm việc với
# Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X A, …") the whole chain is the counterpart's and stays.
MEETING_FRAME_BEFORE = re.compile(
    r"(?:^|[.!?:]\s+|\n)(?:Tại|Trong) (?:cuộc|buổi) (?:hội kiến|hội đàm|làm việc|gặp|gặp gỡ|tiếp|tiếp xúc|"
    r"điện đàm|trao đổi|tiếp kiến)(?: song phương| trực tuyến)?(?: với)?\s$")
NAME_THEN_CLAUSE = re.compile(r"\s*[,;(–-]")


def _counterpart_in_frame(text: str, title: Title, name: Name) -> bool:
    if not MEETING_FRAME_BEFORE.search(text, max(0, title.start - 40), title.start):
        return False
    return not NAME_THEN_CLAUSE.match(text, name.end)


AUTHORITY_OF = re.compile(r"(?:ủy quyền|đồng ý|chỉ đạo|chỉ thị|cho phép|phê duyệt|ủy nhiệm|[Qq]uyết định) của\s$")


# "Chủ tịch UBND tỉnh nhiệm kỳ trước A, Phó Bí thư Tỉnh ủy, được tín nhiệm bầu lại": the post of the
# term before is A's again once the clause says A was re-elected to it; without that, whose it is now, unknown.
PREVIOUS_TERM_GAP = re.compile(r"^\s+nhiệm kỳ (?:trước|cũ)\s+(?:(?:đồng chí|ông|bà)\s+)?$")
REELECTED_AFTER = re.compile(r"(?:\s*,[^;.,]{1,60}){0,3},?\s+(?:cũng |tiếp tục )?(?:được (?:tín nhiệm,? )?(?:bầu lại|tái cử)|tái cử|tái đắc cử)(?![\w])")


def _title_then_name(items: list, claimed: set[int]):
    """Each unclaimed title a name follows at once, with its index and that name."""
    for i, item in enumerate(items[:-1]):
        if isinstance(item, Title) and isinstance(items[i + 1], Name) and id(item) not in claimed:
            yield i, item, items[i + 1]


def _reelected(text: str, items: list, claimed: set[int]) -> list[Holding]:
    out = []
    for _, item, nxt in _title_then_name(items, claimed):
        if not item.former and PREVIOUS_TERM_GAP.match(_gap(text, item, nxt)) and REELECTED_AFTER.match(text, nxt.end):
            claimed.add(id(item))
            out.append(Holding(nxt, item, "reelected-title"))
    return out


# "phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh X nhiệm kỳ 2021-2026 đối với ông A" (after a
# colon the list may open with a capital: "đối với: Ông A, ông B và bà C")
FOR_NAME_GAP = re.compile(r"^(?:\s*,?\s*(?:nhiệm kỳ \d{4}\s*[-–]\s*\d{4}|khóa [IVXLC]+|khóa \d+))*\s*,?\s*đối với:?\s*(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s+$")
DECISION_BEFORE = re.compile(r"\b(?P<left>miễn nhiệm|cho thôi|thôi giữ|cách chức)|\b(?:bầu|phê chuẩn|bổ nhiệm|giao)\b")


def _decided_for(text: str, items: list, claimed: set[int]) -> list[Holding]:
    """A decision on an office "đối với ông A": held after a vote or an appointment, former
    after a dismissal; no verb, no fact."""
    out = []
    last_end, last_left = -1, False  # where the entry before ended, and whether its decision was a dismissal
    for i, item, nxt in _title_then_name(items, claimed):
        if not FOR_NAME_GAP.match(_gap(text, item, nxt)):
            continue
        verbs = list(DECISION_BEFORE.finditer(text, max(0, item.start - 200), item.start))
        if verbs:
            left = bool(verbs[-1].group("left"))
        elif last_end >= 0 and NEXT_DECISION_GAP.match(text, last_end, item.start):
            left = last_left  # "phê chuẩn kết quả bầu: X đối với ông A kể từ …; Y đối với ông B …": one verb for the list
        else:
            continue
        claimed.add(id(item))
        title = replace(item, former=True) if left else item
        # "bầu bổ sung chức danh X đối với ông A, Title; ông B, Title": one vote for each name listed
        listed = _listed_names(text, items, i + 1)
        out += [Holding(name, title, "decision-for-name") for name in listed]
        last_end, last_left = listed[-1].end, left
    return out


# Between one decision's entry and the next of its list: the rest of the entry (its date), then ";".
NEXT_DECISION_GAP = re.compile(r"[^.;:()]{0,40};\s*(?:và\s+)?$")


# "Thủ tướng giao quyền Chủ tịch UBND tỉnh X cho ông A": A is the acting chair.
ACTING_GIVEN = re.compile(r"(?<![\w])giao $")
# "ông A, Phó Chủ tịch UBND phường, được giao quyền Chủ tịch UBND phường X": the acting post the
# person is given, as after a verb of appointing (the verb "giao" alone gives no other post).
ACTING_TAKEN_GAP = re.compile(r"^\s*,?\s*(?:(?:đã|vừa) )?được giao\s*$")
GIVEN_TO_GAP = re.compile(r"^\s+cho\s+(?:đồng chí|ông|bà)\s+$")


# "cương vị Chủ tịch UBND tỉnh được giao cho ông A": the post handed to A, told from the post's side.
POST_NOUN_BEFORE = re.compile(r"(?<![\w])(?:cương vị|chức vụ|chức danh|vị trí) $")
POST_GIVEN_GAP = re.compile(r"^(?:\s+(?:nhiệm kỳ \d{4}\s*[-–]\s*\d{4}|khóa [IVXLC]+|khóa \d+))?\s+được giao cho\s+(?:đồng chí|ông|bà)\s+$")


def _acting_given_to(text: str, items: list, claimed: set[int]) -> list[Holding]:
    out = []
    for _, item, nxt in _title_then_name(items, claimed):
        gap = _gap(text, item, nxt)
        acting = item.role.startswith(ACTING) and ACTING_GIVEN.search(text, max(0, item.start - 5), item.start) and GIVEN_TO_GAP.match(gap)
        if acting or (POST_NOUN_BEFORE.search(text, max(0, item.start - 16), item.start) and POST_GIVEN_GAP.match(gap)):
            claimed.add(id(item))
            out.append(Holding(nxt, item, "acting-given-to" if acting else "post-given-to"))
    return out


ACTING = "Quyền "


def _owned_by_name_before(text: str, items: list, j: int) -> bool:
    """"A, Tổng Thanh tra Chính phủ, nguyên Phó Chủ tịch nước B": the titles after a name are that
    name's, only the one right before B is B's; unless A's own title stood before A ("Chủ tịch
    nước A, Thường trực Ban Bí thư - Trưởng Ban Tổ chức Trung ương B": the list is B's)."""
    while j > 0 and isinstance(items[j - 1], Title) and LIST_GAP.match(_gap(text, items[j - 1], items[j])):
        j -= 1
    if j == 0 or not isinstance(items[j - 1], Name) or not LIST_GAP.match(_gap(text, items[j - 1], items[j])):
        return False
    k = j - 1
    return not (k > 0 and isinstance(items[k - 1], Title) and BEFORE_NAME_GAP.match(_gap(text, items[k - 1], items[k])))


def _follows_a_name(text: str, items: list, j: int) -> bool:
    while j > 0 and isinstance(items[j - 1], Title) and LIST_GAP.match(_gap(text, items[j - 1], items[j])):
        j -= 1
    return j > 0 and isinstance(items[j - 1], Name) and bool(LIST_GAP.match(_gap(text, items[j - 1], items[j])))


# "bà A - Ủy viên Trung ương Đảng, Ủy viên Đảng đoàn Quốc hội, Ủy viên Ủy ban Thường vụ Quốc hội": a
# title this lexicon cannot read (a role before a body it lacks) is one more of the person's; the
# chain goes on past it. A role word must open it: any other words may be a clause or someone else.
# An aide's post named by whom the aide serves ("A - Trợ lý Bộ trưởng, Vụ trưởng Vụ Đông Bắc Á, giữ chức …")
# is such a title too, the role alone after it.
_ROLES_ALT = lexicon.alternation(sorted(lexicon.titles()['roles'], key=len, reverse=True))
UNREAD_TITLE_GAP = re.compile(
    rf"^(?:,|\s[-–])\s(?:(?:{_ROLES_ALT})(?: [^\W\d_]+){{1,6}}|Trợ lý (?:{_ROLES_ALT})(?: [^\W\d_]+){{0,6}})"
    r"\s*(?:,|[-–])\s*$")


def _continues_chain(text: str, prev, nxt) -> bool:
    gap = _gap(text, prev, nxt)
    if LIST_GAP.match(gap):
        return True
    m = UNREAD_TITLE_GAP.match(gap)
    return m is not None and not STOP_WORDS.intersection(gap.lower().split())


def _without_a_foreign_region_after_vietnams_post(holdings: list[Holding]) -> list[Holding]:
    """"Thủ tướng A, Thống đốc tỉnh Tochigi cùng đoàn …": a person told by a Vietnamese post
    before the name, then a foreign region's post after it: the two are listed side by side, the second
    a host named by title alone; no Vietnamese premier or provincial leader holds a foreign region's post."""
    vietnams = {id(h.name) for h in holdings if h.rule == TITLE_BEFORE_RULE and _a_vietnamese_post(h.title)}
    if not vietnams:
        return holdings
    return [h for h in holdings if not (h.rule == "name-then-titles" and id(h.name) in vietnams
                                        and not h.title.is_diplomatic and _foreign_region_post(h.title))]


TITLE_BEFORE_RULE = "title-before-name"


def _without_a_second_sender(holdings: list[Holding]) -> list[Holding]:
    """"Đại sứ Lào tại Việt Nam A, Đại sứ Việt Nam tại Lào cùng …": no one is the envoy of two countries;
    a mission of another sender after the name of one told by its mission before it is the next entry
    of the list, its holder left unnamed."""
    senders = {id(h.name): h.title.country for h in holdings
               if h.rule == TITLE_BEFORE_RULE and h.title.is_diplomatic and h.title.country is not None}
    return [h for h in holdings if not (h.rule == "name-then-titles" and h.title.is_diplomatic
                                        and h.title.country is not None and id(h.name) in senders
                                        and h.title.country != senders[id(h.name)])]


def _a_vietnamese_post(title: Title) -> bool:
    return not title.is_diplomatic and (_vietnams_national_post(title) or bool(title.places) and all(
        p.country == "VN" for p in title.places))


def _foreign_region_post(title: Title) -> bool:
    return bool(title.places) and all(p.country not in ("VN", "") for p in title.places)


def _titles_after(text: str, items: list, claimed: set[int]) -> list[Holding]:
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, Name):
            continue
        prev = item
        for nxt in items[i + 1 :]:
            if not isinstance(nxt, Title) or id(nxt) in claimed or not _continues_chain(text, prev, nxt):
                break
            claimed.add(id(nxt))
            out.append(Holding(item, nxt, "name-then-titles"))
            prev = nxt
    return out


def qualify(holdings: list[Holding], side, article) -> list[Holding]:
    """Give each unqualified title a place: sibling title, side, article."""
    by_person: dict[str, list[Holding]] = {}
    for h in holdings:
        by_person.setdefault(h.name.label, []).append(h)
    if any(x.title.places and x.title.places[0].kind == COMMUNE_KIND for x in holdings):
        article = replace(article, communes=())  # the sentence's own commune says whose its titles are, or that it is unknown
    out = []
    for h in holdings:
        title = _sibling_country(h.title, by_person[h.name.label])
        title = _committee_of_next_body(title, by_person[h.name.label])
        title = _national_front(title, by_person[h.name.label])
        context = "text"
        if not title.qualified and NO_CONTEXT_PLACE.isdisjoint(title.notes):
            place, context = _sibling_place(title, _siblings_of(h, by_person[h.name.label])), "sibling"
            if place is None and h.rule in NEW_POST_RULES:
                place = _own_council(title, by_person[h.name.label])
            if place is None and h.rule not in NEW_POST_RULES:
                place = _kept_post_place(title, by_person[h.name.label])
            if place is None:
                place, context = _commune_of_sentence(title, h, holdings), "sentence"
            if place is None and (side(h) is UNNAMED_SIDE or _beside_unread_region(title, by_person[h.name.label])):
                pass  # a delegation of a province the text never names, or a foreign one it names unread: whose, unknown
            elif place is None and not _a_diplomat(by_person[h.name.label]):
                place = _context_place(title, side(h), article)
                context = "side" if place is not None and place is side(h) else article.source
                if context != "side" and place is not None and _foreigner_at_home(h.name, place, article):
                    place = None
                if place is not None and _vietnamese_abroad(h.name, title, place):
                    place = None
            if place is not None and _unit_clash(title, place):
                place = _namesake_city(title, place, article)
            if place is not None and _board_beside_lower_posts(title, by_person[h.name.label]):
                place = None
            title = replace(title, places=(as_written_district(place, title.unit),)) if place else title
        out.append(Holding(h.name, title, h.rule, context))
    out = [_with_commune_of_siblings(_with_district_of_siblings(h, out), out) for h in out]
    return [_with_party_of_siblings(h, out) for h in out if h.rule != POST_TO_FILL_RULE]


def _with_district_of_siblings(h: Holding, holdings: list[Holding]) -> Holding:
    """"A, Phó Bí thư Huyện ủy, Phó Huyện trưởng" where the context gave the head's post its foreign
    district (the one the article names): the person's district committee is that district's too."""
    bodies = h.title.bodies
    if h.title.places or _wanted_level(h.title) != "district" or len(bodies) != 1 or bodies[0].style != "bare":
        return h
    for other in _siblings_of(h, holdings):
        if other.title.base in PREFECTS and other.title.places and _foreign_district(other.title.places[0]):
            return Holding(h.name, replace(h.title, places=other.title.places), h.rule, "sibling")
    return h


def _with_commune_of_siblings(h: Holding, holdings: list[Holding]) -> Holding:
    """"A, Phó Bí thư Đảng ủy, Chủ tịch UBND xã" where the context gave the commune's post its commune:
    the person's party committee, named alone, is that commune's too."""
    if h.title.places or _wanted_level(h.title) != "commune":
        return h
    for other in _siblings_of(h, holdings):
        if other.title.places and other.title.places[0].kind == COMMUNE_KIND and other.context != "text":
            place = _sibling_place(h.title, [other])
            if place is not None:
                return Holding(h.name, replace(h.title, places=(place,)), h.rule, "sibling")
    return h


# The unit a title writes names the kind of its place: a "tỉnh" is never a centrally run city
# ("thành phố Hà Nội"), nor the other way round; a Tỉnh ủy is a province's committee, a Thành ủy a city's.
_PROVINCE_UNIT, _CITY_UNIT = "tỉnh", "thành phố"
_UNIT_OF_COMMITTEE = {"Tỉnh ủy": _PROVINCE_UNIT, "Thành ủy": _CITY_UNIT}


def unit_clash_left(h: Holding, place) -> bool:
    """The holding's title was left without a place, and the context's ``place`` clashes with its unit word."""
    return not h.title.places and h.title.unit != "" and place is not None and _unit_clash(h.title, place)


def _unit_clash(title: Title, place) -> bool:
    """"Chủ tịch UBND tỉnh" in a sentence set in Hà Nội (a city) is not Hà Nội's: the province is unknown.
    Abroad, "Chủ tịch Hội đồng thành phố" beside "tỉnh Gyeonggi" is a city's, not the province's."""
    if place.country != "VN":
        return _foreign_unit_clash(title, place)
    if _city_committee(title, (TOWN_COMMITTEE,)) and place.unit != TOWN_UNIT:
        return True
    if place.kind != "Province":
        return False
    written = title.unit or next((_UNIT_OF_COMMITTEE.get(b.text, b.unit) for b in reversed(title.bodies)
                                  if b.text in _UNIT_OF_COMMITTEE or b.unit), "")
    if written not in (_PROVINCE_UNIT, _CITY_UNIT):
        return False
    return (place.unit == _PROVINCE_UNIT) != (written == _PROVINCE_UNIT)


def _namesake_city(title: Title, province, article):
    """"phía Lạng Sơn có bà A, Ủy viên BTV Thành ủy, Phó Chủ tịch UBND thành phố" in an article about
    thành phố Lạng Sơn: a city's title the context gives a province of the same name as the city the
    article is about is that city's (a provincial capital named after its province), never the province's."""
    city = article.district
    if (city is None or city.kind != "City" or province.kind != "Province" or city.parent != province.key
            or city.name != province.name or not (_city_unit(title) or _city_committee(title, (CITY_PARTY_COMMITTEE,)))):
        return None
    return city


# A Vietnamese Thị ủy is a town's ("thị xã") party committee: never a province's, a city's or a
# district's ("Phó Bí thư Thị ủy" in an article about thành phố Lạng Sơn is not that city's).
TOWN_COMMITTEE, TOWN_UNIT = "Thị ủy", "thị xã"


# "Chủ tịch Hội đồng tỉnh Meuse" in an article set in "vùng Grand Est": a "tỉnh" (a French département, a
# Russian oblast) is not the "vùng" (a region, a krai) around it, whose council the context would give it.
_REGION_UNIT = "vùng"


def _foreign_unit_clash(title: Title, place) -> bool:
    written = lexicon.unit_canonical(title.unit) if title.unit else ""
    return ((written == _CITY_UNIT and place.kind == "ForeignRegion") or (written == _PROVINCE_UNIT and place.kind == "City")
            or (written == _PROVINCE_UNIT and place.unit == _REGION_UNIT))


def _with_party_of_siblings(h: Holding, holdings: list[Holding]) -> Holding:
    """"Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Pha Bang": a Central
    Committee that names no party is that of the country of the person's foreign province."""
    last = h.title.bodies[-1] if h.title.bodies else None
    if last is None or last.style != "party" or last.party or h.title.country is not None:
        return h
    for other in holdings:
        place = other.title.places[0] if other.name.label == h.name.label and other.title.places else None
        party = lexicon.titles()["ruling_parties"].get(place.country) if place is not None else None
        if party and place.country != "VN":
            bodies = h.title.bodies[:-1] + (replace(last, party=party),)
            return Holding(h.name, replace(h.title, bodies=bodies), h.rule, h.context)
    return h


# A new post ("… giữ chức Phó Bí thư Thành ủy Đà Nẵng") says nothing of where the person's
# present titles are: they take no place from it.
NEW_POST_RULES = frozenset(("appointed-title", "decision-for-name", "respectively-posts"))


def _beside_unread_region(title: Title, holdings: list[Holding]) -> bool:
    """"Bí thư, Tỉnh trưởng tỉnh Chăm-pa-sak" (a spelling the gazetteer lacks): the secretary is of the
    region named unread beside it, never of another the context names."""
    return any(UNREAD_PLACE in h.title.notes and h.title.unit not in _COMMUNE_UNIT_WORDS
               for h in holdings if h.title is not title)


_COMMUNE_UNIT_WORDS = frozenset(lexicon.unit_words("commune"))


def _siblings_of(h: Holding, holdings: list[Holding]) -> list[Holding]:
    same = [s for s in holdings if s.rule == h.rule]
    return same + [s for s in holdings if s.rule != h.rule and s.rule not in NEW_POST_RULES and h.rule not in NEW_POST_RULES]


def _a_diplomat(holdings: list[Holding]) -> bool:
    """"bà A - Tham tán, Trưởng ban Hợp tác, Đại sứ quán Canada tại Việt Nam": a diplomat's other
    titles are the mission's, never those of the province the article is about. A former envoy's
    are not ("ông B - nguyên Đại sứ Việt Nam tại Nga, Chủ tịch Hội Hữu nghị Việt - Nga tỉnh"): the
    post left says nothing of where the present ones are."""
    return any(h.title.is_diplomatic and h.title.country is not None and not h.title.former for h in holdings)


def _foreigner_at_home(name: Name, place, article) -> bool:
    """A foreign delegate of an article about foreign regions ("Sụ-căn Bun-nhông, Phó Bí thư
    Tỉnh ủy"): no Vietnamese province is theirs unless a side marker says so."""
    return not name.vietnamese and place.country == "VN" and bool(article.foreign)


def _vietnamese_abroad(name: Name, title: Title, place) -> bool:
    """A Vietnamese name beside a foreign delegation's side marker holds no party or
    council office of that foreign province: the context does not say whose it is."""
    return name.vietnamese and place.country != "VN" and title.level == "province"


def with_delegation_country(holdings: list[Holding], country_of) -> list[Holding]:
    """"đoàn đại biểu Campuchia do A - Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng dẫn đầu": a national
    title that names no country, held by the leader of a foreign country's delegation, is that
    country's (``country_of``: the holding's delegation country or None)."""
    out = []
    for h in holdings:
        t = h.title
        country = country_of(h) if t.country is None and not t.places and not t.former and t.is_national else None
        if country is not None and not h.name.vietnamese and not any(b.style == "party" for b in t.bodies) \
                and t.standalone != "party":
            h = Holding(h.name, replace(t, country=country), h.rule, h.context)
        out.append(h)
    return out


def without_heads_of_a_wider_unit(holdings: list[Holding]) -> list[Holding]:
    """"ông A, Phó Bí thư Đảng ủy, Trấn trưởng trấn Khúc Thủy": the head of a foreign town, county or
    commune (titles.json, unit_heads, below a province) whose own unit's name was not read is no head of
    the province or country the article or its siblings supply: left out ("Trấn trưởng tỉnh Vân Nam" is none)."""
    return [h for h in holdings if not (h.title.role in _LOCAL_UNIT_HEADS and h.title.places
                                        and all(p.kind in _WIDER_KINDS for p in h.title.places))]


_LOCAL_UNIT_HEADS = frozenset(head for head, units in lexicon.titles()["unit_heads"]["units"].items()
                              if not set(units) & {"tỉnh", "thành phố"})
_WIDER_KINDS = frozenset(("Province", "ForeignRegion", "Country"))


def without_foreigners_in_national_posts(holdings: list[Holding]) -> list[Holding]:
    """"Tháng 10, Thủ tướng Sok Vanna thăm Việt Nam", "Tổng Bí thư Bun-mi Xổm-phu chứng kiến lễ ký": a
    national post that names no country (Vietnam's, read alone) held by a name no Vietnamese name is, is a
    foreign leader's post, whose country the text leaves to the reader: left out, never Vietnam's. A body
    whose own name says its country ("Ban Chấp hành Đảng Nhân dân Campuchia") is no Vietnamese body."""
    return [h for h in holdings if h.name.vietnamese or not _vietnams_national_post(h.title)]


def _vietnams_national_post(title: Title) -> bool:
    return (title.is_national and title.country is None and not title.places and not title.former
            and all(not b.party and (b.text in _VIETNAMS_NATIONAL_BODIES or b.text.startswith(_MINISTRY_WORD))
                    for b in title.bodies)
            and _foreign_country_of(title) is None)  # "Bộ Chính trị Đảng Nhân dân Cách mạng Lào" is no ministry


def _national_bodies() -> frozenset:
    """The national bodies' names: a body listed with its own canonical name, or, listed without one
    ("Văn phòng Chủ tịch nước|Văn phòng Chính phủ|…"), each name its pattern spells out word for word."""
    names = set()
    for b in lexicon.titles()["bodies"]:
        if b.get("style") != "national":
            continue
        names.update([b["canonical"]] if b["canonical"] else
                     (alt for alt in _top_alternatives(b["pattern"]) if not _REGEX_SIGN.search(alt)))
    return frozenset(names)


def _top_alternatives(pattern: str) -> list[str]:
    """A pattern's alternatives at its top level, those inside a group left in their alternative."""
    out, depth, last = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and (i == 0 or pattern[i - 1] != "\\"):
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[last:i])
            last = i + 1
    return out + [pattern[last:]]


_REGEX_SIGN = re.compile(r"[\\\[\](){}?*+^$.]")
_VIETNAMS_NATIONAL_BODIES = _national_bodies()
_MINISTRY_WORD = "Bộ "


def _sibling_country(title: Title, siblings: list[Holding]) -> Title:
    """'Tổng Bí thư, Chủ tịch nước Trung Quốc X': the country qualifies both titles. So does a foreign
    party named on a sibling ('Phó Chủ tịch Quốc hội, Trưởng Ban Đối ngoại Trung ương Đảng Nhân dân
    Cách mạng Lào'); a Politburo told beside them is that of the country's ruling party; and a national
    body's post written first ('Ủy viên Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng Trung Quốc') takes
    the country of a sibling that is no diplomat's post (whose country is the sender's or the host's)."""
    if title.country is not None or title.places or _foreign_country_of(title) is not None:
        return title
    last = title.bodies[-1] if title.bodies else None
    # a foreign country's chamber ('Chủ tịch Đảng Nhân dân Campuchia, Chủ tịch Thượng viện X') too: its holder's country
    of_state = (last is not None and (last.style == "national" or last.text in _UPPER_AND_LOWER_HOUSES) and not title.unit
                and _PARTY_WORD not in last.text)
    standalone = title.standalone in ("party", "government", "country")
    if not standalone and not of_state and not _national_body_post(title):
        return title
    lenders = (h.title for h in siblings if h.title is not title and (standalone or not h.title.is_diplomatic))
    country = next(filter(None, map(_foreign_country_of, lenders)), None)
    if country is None:
        return title
    if not of_state or last.text not in _OF_A_PARTY:
        return replace(title, country=country)
    party = lexicon.titles()["ruling_parties"].get(country.country)
    return replace(title, bodies=title.bodies[:-1] + (replace(last, text=f"{last.text} {party}"),)) if party else title


_UPPER_AND_LOWER_HOUSES = frozenset(("Thượng viện", "Hạ viện", "Thượng Nghị viện", "Hạ Nghị viện"))


def _foreign_country_of(title: Title):
    if title.country is not None and title.country.country != "VN":
        return title.country
    named = title.bodies[-1].text if title.bodies else ""
    code = next((c for c, party in _FOREIGN_PARTIES.items() if named.endswith(party)), None)
    if code is None and title.places and title.places[0].country not in ("VN", ""):
        code = title.places[0].country  # "…, Bí thư Tỉnh ủy Vân Nam": a foreign province's holder
    return load_gazetteer().get(code.lower()) if code else None


_PARTY_WORD = "Đảng"
_OF_A_PARTY = frozenset(b["canonical"] for b in lexicon.titles()["bodies"] if isinstance(b, dict) and b.get("of_a_party"))
_FOREIGN_PARTIES = {c: p for c, p in lexicon.titles()["ruling_parties"].items() if c != "VN" and not c.startswith("_")}


def _national_body_post(title: Title) -> bool:
    """A current post in a national body of state, not of a party: 'Ủy viên Quân ủy Trung ương'."""
    return bool(title.bodies) and not title.former and not title.unit and all(b.style == "national" for b in title.bodies)


def _sibling_place(title: Title, siblings: list[Holding]):
    for h in siblings:
        other = h.title
        if other is title or not other.places:
            continue
        if _city_committee(title) and other.places[0].kind == "City":
            return other.places[0]  # "Bí thư Thành ủy, Chủ tịch UBND TP Hà Tiên": the city's committee
        if _city_unit(title) and other.places[0].kind == "City" and other.places[0].country == "VN":
            return other.places[0]  # "Bí thư Thành ủy Móng Cái, Chủ tịch HĐND thành phố": that city's council
        if _wanted_level(title) == "district" and _foreign_district(other.places[0]):
            return other.places[0]  # "Bí thư Huyện ủy, Huyện trưởng huyện Viêng Xay": the Lao district's committee
        if _level_of(other.places[0]) == _wanted_level(title) or (
            _wanted_level(title) == "province" and _level_of(other.places[0]) == "region"
        ) or (_bare_party_committee(title) and _level_of(other.places[0]) == "region"):
            # "Phó Bí thư Đảng ủy, Tỉnh trưởng tỉnh Vân Nam": a Chinese province's party committee
            return other.places[0]
    return None


def _board_of_no_committee(title: Title) -> bool:
    """"UVTV", "Ủy viên Ban Thường vụ": a standing board whose committee is not written, read as the
    province's (the unit the lexicon gives it)."""
    if title.membership:
        return bool(title.unit and not title.bodies)
    return any(b.unit for b in title.bodies)


def _board_beside_lower_posts(title: Title, holdings: list[Holding]) -> bool:
    """"UVTV, Bí thư Huyện ủy X": a standing board named by neither committee, beside a district's
    or a commune's post, may be the province's board or the district's own: which, unknown."""
    if not _board_of_no_committee(title):
        return False
    levels = (_level_of(h.title.places[0]) if h.title.places else _wanted_level(h.title) for h in holdings)
    return any(level in ("district", "commune") for level in levels)


def _foreign_district(place) -> bool:
    """A foreign place named after "huyện" (a Lao or Chinese district), typed a city by the gazetteer."""
    return place.country != "VN" and place.unit == PREFECTS["Huyện trưởng"]


def _kept_post_place(title: Title, holdings: list[Holding]):
    """"phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh X nhiệm kỳ 2021-2026 đối với ông A, Phó Bí thư
    Tỉnh ủy, Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021": A's own titles name the post A is elected to
    again, so they are of the new post's place (of its level)."""
    for new in holdings:
        if new.rule not in NEW_POST_RULES or new.title.former or not new.title.places:
            continue
        kept = any(h.rule not in NEW_POST_RULES and not h.title.former and not h.title.places and _same_post(h.title, new.title)
                   and not _unit_clash(h.title, new.title.places[0]) for h in holdings)
        if kept and _level_of(new.title.places[0]) == _wanted_level(title):
            return new.title.places[0]
    return None


def _commune_of_sentence(title: Title, h: Holding, holdings: list[Holding]):
    """"A làm Bí thư Đảng ủy, Chủ tịch HĐND phường X; B làm Phó Bí thư Đảng ủy, Chủ tịch UBND phường":
    the one commune a sentence names is that of its other commune posts, the new posts' if named by a
    new post, the present ones' if by a present one. A deputy given the acting post of the same body
    ("A, Phó Chủ tịch UBND phường, được giao quyền Chủ tịch UBND phường X") is that commune's deputy."""
    if _wanted_level(title) != "commune":
        return None
    naming = [x for x in holdings if x.title.places and x.title.places[0].kind == COMMUNE_KIND and not x.title.former]
    if len({x.title.places[0] for x in naming}) != 1:
        return None
    new = h.rule in NEW_POST_RULES
    if any((x.rule in NEW_POST_RULES) == new or _acting_in_own_body(x, h) for x in naming):
        return naming[0].title.places[0]
    return None


def _acting_in_own_body(acting: Holding, h: Holding) -> bool:
    return (acting.name.label == h.name.label and acting.title.role.startswith(ACTING) and h.title.role.startswith("Phó ")
            and acting.title.bodies == h.title.bodies and acting.title.unit == h.title.unit)


def without_one_post_placed_twice(qualified: list[Holding]) -> list[Holding]:
    """"A - Giám đốc Sở Công Thương và B - Giám đốc Sở Công Thương tỉnh Lâm Đồng": a post one person holds,
    its place written for B, is not A's there too; A's own place, the text leaves out (no office)."""
    return [replace(h, title=replace(h.title, places=())) if _held_by_another_there(h, qualified) else h
            for h in qualified]


def _held_by_another_there(h: Holding, holdings: list[Holding]) -> bool:
    title = h.title
    if h.context == "text" or not title.places or _held_by_several(title) or title.former:
        return False
    return any(x.context == "text" and x.name.label != h.name.label and x.title.places[:1] == title.places[:1]
               and not x.title.former and _same_post(x.title, title) for x in holdings)


def _same_post(a: Title, b: Title) -> bool:
    return (a.role, [x.text for x in a.bodies]) == (b.role, [x.text for x in b.bodies])


# A council elects its officers from its own delegates: "bà A, nguyên Phó Chủ tịch UBND tỉnh X, nay là
# Phó Chủ tịch HĐND tỉnh Y, giữ chức Trưởng Ban Văn hóa - Xã hội HĐND tỉnh" is a committee of Y's council,
# whatever other province the sentence names.
COUNCIL = "HĐND"


def _own_council(title: Title, holdings: list[Holding]):
    if not title.bodies or not title.bodies[-1].text.endswith(COUNCIL):
        return None
    held = {h.title.places[0] for h in holdings if not h.title.former and h.title.places and h.title.bodies
            and h.title.bodies[-1].text.endswith(COUNCIL) and _level_of(h.title.places[0]) == _wanted_level(title)}
    return held.pop() if len(held) == 1 else None


# The party committee of a city, of either level; a Chinese city's ("市委") is written Thị ủy too:
# "Phó Bí thư Thị ủy, Thị trưởng thành phố Đông Hưng".
CITY_PARTY_COMMITTEE = "Thành ủy"
CITY_COMMITTEES = frozenset((CITY_PARTY_COMMITTEE, TOWN_COMMITTEE))


def _city_committee(title: Title, committees=CITY_COMMITTEES) -> bool:
    """The title's body is a city's party committee or its standing board ("Ban Thường vụ Thành ủy")."""
    return bool(title.bodies) and any(title.bodies[-1].text.endswith(c) for c in committees)


def _city_unit(title: Title) -> bool:
    return bool(title.unit) and lexicon.unit_canonical(title.unit) == _CITY_UNIT


# Since the 2025 reorganisation a province's party committee is its Tỉnh ủy (a city's, its Thành
# ủy): a "Đảng ủy" of a place alone is a commune's or ward's ("Bí thư Đảng ủy, Chủ tịch HĐND
# phường X"), never the province the article is about; so is its standing board named alone ("Ủy
# viên Ban Thường vụ Đảng ủy").
COMMUNE_COMMITTEES = frozenset(("Đảng ủy", "Ban Thường vụ Đảng ủy"))


def _bare_party_committee(title: Title) -> bool:
    return not title.unit and len(title.bodies) == 1 and title.bodies[0].text in COMMUNE_COMMITTEES


# "Bí thư Đảng ủy, Giám đốc Sở Tài chính tỉnh X", "Bí thư Đảng ủy, Chính ủy Quân khu IV": a party
# committee named alone, right before the person's post in an organisation, is that organisation's
# own committee. Before a post of a place's People's Committee, Council, Fatherland Front or (in China)
# People's Government ("Bí thư Đảng ủy, Chủ tịch UBND phường X", "Ủy viên Ban Thường vụ Đảng ủy, Chủ
# tịch Ủy ban MTTQ Việt Nam phường X") it is the place's, which _sibling_place reads.
_PLACE_GOVERNMENT = frozenset(("UBND", "HĐND", "Ủy ban MTTQ Việt Nam", "Chính phủ nhân dân"))
_JOINED_POSTS = frozenset((", ", " - ", " – "))


# "Ủy viên Bộ Chính trị, Chủ tịch Ủy ban MTTQ Việt Nam", "Bí thư Trung ương Đảng, Chủ tịch UBMTTQ Việt Nam": the
# Front's committee written with the country's name and no unit word, held by a member of the Politburo or the
# Secretariat, is the national one whose president sits there, never the province's the article is about; a
# province's Front chairman is named with "tỉnh" ("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh").
_FRONT = "Ủy ban MTTQ Việt Nam"
_NATIONAL_FRONT = Body("Ủy ban Trung ương MTTQ Việt Nam", "national")
# a member of the Politburo, a secretary of the Central Committee, the Secretariat's standing member
_LEADERSHIP_POSTS = frozenset((("Ủy viên", ("Bộ Chính trị",)), ("Bí thư", ("Ban Chấp hành Trung ương Đảng",)),
                               ("Thường trực Ban Bí thư", ())))


def _national_front(title: Title, holdings: list[Holding]) -> Title:
    if title.places or title.unit or [b.text for b in title.bodies] != [_FRONT] or not title.written.endswith("Việt Nam"):
        return title
    leader = any(not h.title.former and (h.title.role, tuple(b.text for b in h.title.bodies)) in _LEADERSHIP_POSTS
                 for h in holdings)
    return replace(title, bodies=(_NATIONAL_FRONT,), level="") if leader else title


def _committee_of_next_body(title: Title, holdings: list[Holding]) -> Title:
    if not _bare_party_committee(title) or title.places or title.membership:
        return title
    nxt = next((h.title for h in holdings if 0 < h.title.start - title.end <= 3), None)
    if nxt is None or nxt.membership or not nxt.bodies or not (nxt.places or nxt.is_national):
        return title
    if any(b.text in _PLACE_GOVERNMENT or b.style in ("party", "bare") for b in nxt.bodies):
        return title
    return replace(title, bodies=title.bodies + nxt.bodies, places=nxt.places, unit=nxt.unit,
                   level=nxt.level, country=nxt.country)


def _wanted_level(title: Title) -> str:
    if title.unit in lexicon.unit_words("district"):
        return "district"
    if title.unit in lexicon.unit_words("commune") or _bare_party_committee(title):
        return "commune"
    level = title.level or ("region" if title.standalone == "region" else "")
    return "province" if level in ("province", "region") else level


def _level_of(place) -> str:
    if place.kind == COMMUNE_KIND:
        return "commune"
    if place.kind in ("District", "City") and place.country == "VN":
        return "district"
    if place.kind == "Province" or place.kind in ("ForeignRegion", "City"):
        return "province" if place.country == "VN" else "region"
    return ""


# Bodies whose own name says their country ("Ủy ban Mặt trận Lào xây dựng đất nước"): with no unit word
# after them, a province's only where its delegation's side says which (side_only in titles.json).
_SIDE_ONLY_BODIES = frozenset(b["canonical"] for b in lexicon.titles()["bodies"] if b.get("side_only"))


def _context_place(title: Title, side_place, article):
    if _national_branch(title):
        # "Đoàn tỉnh Mondulkiri do ngài A, Phó Chủ tịch Đảng Nhân dân Campuchia tỉnh, …": a foreign party's
        # branch is that of the foreign province whose side it is; without one, which province, unknown
        return side_place if side_place is not None and side_place.kind == "ForeignRegion" else None
    if title.standalone == "region" or title.level == "region":
        # A foreign role (Tỉnh trưởng, Thống đốc…) is never the home province's.
        if _city_unit(title) and (side_place is None or side_place.kind == "Country" and side_place.country != "VN"):
            # "Phía Đức có bà A, Chủ tịch Hội đồng thành phố và ông B, Thị trưởng Wernigerode": a foreign city's
            # council is that of the one foreign city the sentence names, else of the one the article names
            country = side_place.country if side_place is not None else ""
            cities = [c for c in article.cities if c.country == (country or c.country)]
            return cities[0] if len(cities) == 1 else None if cities else _only_foreign_region(title, article, country)
        if side_place is not None:
            unit = PREFECTS.get(title.base)
            return side_place if side_place.country != "VN" and (unit is None or side_place.unit == unit) else None
        if not title.unit and title.bodies and title.bodies[-1].text in _SIDE_ONLY_BODIES:
            return None
        if article.regions and title.base not in MAYORS:
            # "ông A - Tỉnh trưởng tỉnh X; ông B - Phó Tỉnh trưởng": the one foreign region the sentence names,
            # whatever other ones the article names
            return _only_foreign_region(title, replace(article, foreign=article.regions))
        return _only_foreign_region(title, article)
    if _of_a_vietnamese_city(title, side_place):
        return side_place
    wanted = _wanted_level(title)
    if wanted == "province" and _friendship_association_unplaced(title):
        # "tại Hà Nội, ông A, Chủ tịch Hội hữu nghị Việt - Séc": with no unit word after it, the national
        # association; a province's only where its delegation's side says which ("Về phía tỉnh X có …")
        return side_place if side_place is not None and _level_of(side_place) == "province" else None
    if wanted == "commune":
        return _commune_of_context(title, article.communes)
    if wanted not in ("province", "district"):
        return None
    if side_place is not None:
        if _level_of(side_place) == wanted or (wanted == "province" and _level_of(side_place) == "region"):
            return side_place
        if wanted == "province" and _level_of(side_place) == "district":
            return article.province
        if wanted == "district" and side_place.country != "VN":
            # "Đoàn huyện Hà Khẩu (Vân Nam) do ông A, Phó Bí thư Huyện ủy, Huyện trưởng dẫn đầu": a foreign
            # side's county committee is its county's, never the Vietnamese district the article is about
            if _foreign_district(side_place):
                return side_place
            # "Phía Trùng Khánh có …": a foreign namesake (Chongqing) read for the district the article is about
            return article.district if article.district is not None and article.district.name == side_place.name else None
    if wanted == "district":
        return article.district
    if article.district is not None and not title.unit and _a_council(title):
        # "HĐND huyện đã bầu ông A giữ chức Chủ tịch UBND": in an article about a district, a council's
        # post named without its unit word may be the district's or the province's: whose, unknown
        return None
    return article.province


_VIETNAMS_FRIENDSHIP = re.compile(r"Hội [Hh]ữu nghị Việt ")


def _friendship_association_unplaced(title: Title) -> bool:
    return not title.unit and bool(title.bodies) and _VIETNAMS_FRIENDSHIP.match(title.bodies[-1].text) is not None


def _a_council(title: Title) -> bool:
    return bool(title.bodies) and title.bodies[-1].text in ("UBND", "HĐND")


def _commune_of_context(title: Title, communes: tuple):
    """A bare commune title ("Chủ tịch UBND xã", "Bí thư Đảng ủy phường") is of the commune of its unit
    word the context names (see context.communes_at). A party committee named alone ("Bí thư Đảng ủy,
    Hiệu trưởng") may be an organisation's: only a sibling title says it is a commune's."""
    return next((c for c in communes if c.unit == title.unit), None) if title.unit else None


def _national_branch(title: Title) -> bool:
    """A national body's title followed by a bare province word: the body's branch in a province."""
    return (not title.level and not title.standalone and title.unit in lexicon.unit_words("province")
            and bool(title.bodies) and {b.style for b in title.bodies} <= {"national", "party"})


def _of_a_vietnamese_city(title: Title, side_place) -> bool:
    """"Đoàn Móng Cái do A, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố dẫn đầu": the city's
    committee and council are those of the city whose side it is, not its province's."""
    if side_place is None or side_place.kind != "City" or side_place.country != "VN":
        return False
    return _city_unit(title) or _city_committee(title, (CITY_PARTY_COMMITTEE,))


# A mayor heads a city; a governor (Tỉnh trưởng, Thống đốc, Thủ hiến) a province or state.
MAYORS = frozenset(("Thị trưởng",))
# A Châu trưởng heads a "châu" (a Chinese autonomous prefecture: "châu Hồng Hà"), a Huyện trưởng a
# "huyện" (a Lao or Chinese district: "huyện Viêng Xay"), by its unit word: never the province around it.
PREFECTS = {"Châu trưởng": "châu", "Huyện trưởng": "huyện", "Chánh huyện": "huyện", "Chẩu mường": "huyện", "Quận trưởng": "quận"}


def _only_foreign_region(title: Title, article, country: str = ""):
    """"Tỉnh trưởng Sok Pheap" in an article that names one foreign province, and no other
    foreign place of that level: the governor is that province's (of ``country``, when given)."""
    mayor = title.base in MAYORS or _city_unit(title)
    unit = PREFECTS.get(title.base)
    # A group of provinces ("Nam Lào", no code of its own) has no governor; a prefect heads a
    # prefecture (no code either), not the province around it.
    regions = [p for p in article.foreign if p.country != "VN" and p.country == (country or p.country)
               and (p.unit == unit if unit else _headed_by_a_mayor(p) if mayor else p.kind == "ForeignRegion" and p.iso3166)]
    return regions[0] if len(regions) == 1 else None


def _headed_by_a_mayor(place) -> bool:
    """A city, or a city that is a first-level region ("thành phố Daegu", "thành phố Busan"): a mayor's."""
    return place.kind == "City" or (place.kind == "ForeignRegion" and lexicon.unit_canonical(place.unit) == _CITY_UNIT)


# Where a title's place came from when only the article or the sentence around it said so.
GUESSED = frozenset(("article", "sentence", "outlet"))


def recall(h: Holding, known: dict) -> Holding:
    """"Đặng Văn A, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Hà Giang" early in an article, "Bí thư
    Tỉnh ủy Đặng Văn A" later in an article about a congress elsewhere: the person's own title
    keeps the place the text gave it before, over the place the context would guess."""
    key = _held_key(h)
    if h.context in GUESSED and key in known:
        return Holding(h.name, replace(h.title, places=(known[key],)), h.rule, "earlier")
    if h.context not in GUESSED and h.title.places and not h.title.former:
        known.setdefault(key, h.title.places[0])
    return _recalled_country(h, known, (h.name.label, COUNTRY_KEY))


COUNTRY_KEY = "country"


def _recalled_country(h: Holding, known: dict, key: tuple) -> Holding:
    """"Phó Thủ tướng Campuchia A" early in an article, "Phó Thủ tướng A" later: a national post that
    names no country is of the country the text gave the same person's national post before, not
    Vietnam's, however the post was written then ("Phó Thủ tướng Chính phủ Lào A", "Phó Thủ tướng A")."""
    if not h.title.is_national or h.title.former:
        return h
    if h.title.country is None:
        if h.title.bodies and _PARTY_WORD in h.title.bodies[-1].text:
            return h  # "Trưởng Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào": its party says whose it is
        return Holding(h.name, replace(h.title, country=known[key]), h.rule, "earlier") if key in known else h
    if h.title.country.country != "VN":
        known.setdefault(key, h.title.country)
    return h


def _held_key(h: Holding) -> tuple:
    return (h.name.label, h.title.role, tuple(b.text for b in h.title.bodies), h.title.unit)


def without_seatless(facts: list) -> list:
    """"Tổng Lãnh sự Hàn Quốc A" in a headline, "A - Tổng Lãnh sự Hàn Quốc tại TP Hồ Chí Minh" in
    the text: a diplomat's office without its seat is the same office told short, not a second one."""
    seated: dict = {}
    for f in facts:
        if f.relation == "holdsOffice" and SEAT_WORD in f.object.label:
            seated.setdefault(f.subject.key, set()).add(f.object.label.split(SEAT_WORD, 1)[0])
    return [f for f in facts if not (
        f.relation == "holdsOffice" and SEAT_WORD not in f.object.label and f.object.label in seated.get(f.subject.key, ()))]



# --- a national body's roster ----------------------------------------------------------
# "Ủy ban Dân tộc hiện có 5 Thứ trưởng, Phó Chủ nhiệm: A, B, C, D và E", "Bộ này hiện do Bộ trưởng A
# đứng đầu, cùng 5 Thứ trưởng là B, C, D, E và F": bare titles whose body is the sentence's subject
# (or the one ministry the sentence before named, for "Bộ này"). Only when the count the text gives is
# the count of names listed, so no name outside the list is taken in.
COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
ROSTER_ROLES = r"(?:Thứ trưởng|Phó Chủ nhiệm|Phó Chủ tịch|Phó Tổng Giám đốc|Phó Tổng Kiểm toán Nhà nước|Phó Thống đốc)"
ROSTER = re.compile(
    r"(?:^|, )(?P<body>(?:Bộ|Ủy ban|Uỷ ban|Ngân hàng|Văn phòng)(?: [^\s,.;:]+){1,8}?)"
    r" hiện (?:có|do (?P<head_role>Bộ trưởng|Chủ nhiệm|Thống đốc|Tổng Kiểm toán Nhà nước) (?P<head>[^,.;:]+?) đứng đầu, cùng(?: với)?)"
    rf" (?P<count>\d+|{'|'.join(COUNT_WORDS)}) (?P<roles>{ROSTER_ROLES}(?:, {ROSTER_ROLES})?)(?: là:?|:) "
    r"(?P<list>[^.;:()]+?)\.?$")
ROSTER_SEPARATOR = re.compile(r"^(?:, | và |, và )$")
THIS_BODY = re.compile(r"^(?:Bộ|Ủy ban|Uỷ ban) này$")


def roster(text: str, start: int, end: int, names: list[Name], bodies_before: list[Body]) -> list[Holding]:
    """The holdings a roster sentence text[start:end] lists (see ROSTER); ``names`` are the sentence's names."""
    m = ROSTER.search(text[start:end])
    if m is None:
        return []
    body = _roster_body(m.group("body"), bodies_before)
    lo, hi = start + m.start("list"), start + m.end("list")
    listed = [n for n in names if lo <= n.start and n.end <= hi]
    count = m.group("count")
    if body is None or not listed or len(listed) != (int(count) if count.isdigit() else COUNT_WORDS[count]):
        return []
    if not _only_names(text, listed, lo, hi):
        return []
    role = m.group("roles").split(", ")[-1]
    holdings = [Holding(n, t, "roster") for n in listed if (t := _national_title(role, body, n.start)) is not None]
    heads = [n for n in names if m.group("head") and (n.start, n.end) == (start + m.start("head"), start + m.end("head"))]
    if heads and (t := _national_title(m.group("head_role"), body, start + m.start("head_role"))) is not None:
        holdings.insert(0, Holding(heads[0], t, "roster"))
    return holdings


def _roster_body(written: str, bodies_before: list[Body]) -> str | None:
    if not THIS_BODY.match(written):
        return written
    ministries = {b.text for b in bodies_before if b.style == "national" and b.text.split(" ", 1)[0] == written.split(" ", 1)[0]}
    return ministries.pop() if len(ministries) == 1 else None


def _only_names(text: str, listed: list[Name], lo: int, hi: int) -> bool:
    """The list is its names and nothing else: separators between them, nothing before or after."""
    ends = [lo] + [n.end for n in listed]
    starts = [n.start for n in listed] + [hi]
    gaps = [text[a:b] for a, b in zip(ends, starts)]
    return gaps[0] == "" and gaps[-1] == "" and all(ROSTER_SEPARATOR.match(g) for g in gaps[1:-1])


def _national_title(role: str, body: str, at: int) -> Title | None:
    """"Thứ trưởng" + "Bộ Y tế" read as one title, when that is a national body's post; placed at ``at``."""
    written = f"{role} {body}"
    found = find_titles(written, 0, len(written), {})
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(written)) or not found[0].is_national:
        return None
    if not all(b.style == "national" for b in found[0].bodies) or not found[0].bodies:
        return None
    return replace(found[0], start=at, end=at + len(role))
