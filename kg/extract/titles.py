"""Stage: office titles (role + body + place qualifier) as typed mentions.

A title is read as ROLE [BODY [BODY]] [QUALIFIER], all from data
(kg/extract/data/titles.json): "Phó Bí thư Thường trực | Tỉnh ủy | Quảng Ninh",
"Chủ tịch | UBND | tỉnh Nghệ An", "Tổng Lãnh sự | Nhật Bản tại TP. Hồ Chí Minh",
"Tỉnh trưởng | tỉnh Xiêng Khoảng". A title without its place ("Bí thư Tỉnh ủy")
keeps ``places=()`` and is qualified later from context.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from . import events, lexicon
from .gazetteer import Place
from .persons import OCEANS
from .prescan import Prescan

UNIT_RE = re.compile(
    rf"(?:của )?({lexicon.unit_alternation('province', 'city', 'district', 'foreign', 'capital')})(?=[ :;,.)]|$)"
)
# "các tỉnh: A, B": written-out unit words only (no abbreviation is plural).
LIST_UNIT_RE = re.compile(
    rf"(?:của )?các ({lexicon.unit_alternation('province', 'city', 'district', written_out=True)})(?::)? ")
STOP_WORDS = frozenset(
    "của tại và với cùng đã đang sẽ có được là cho trong về khi thì mà này đó các những nhằm để theo từ "
    "đến dự tham làm do như nhưng cũng vừa phát chủ trì tiếp thăm".split()
)
TERM_RE = re.compile(r" khóa ([IVXLC]+|\d+)\b")


@dataclass(frozen=True)
class Body:
    text: str  # canonical ("UBND", "Tỉnh ủy", "Sở Ngoại vụ")
    style: str  # bare | unit | national | party | embassy | foreign (a foreign country's, named after it) | named (its name says whose)
    level: str = ""
    expanded: str = ""
    party: str = ""
    unit: str = ""  # the unit a bare body is read as of, not written ("Ban Thường vụ": the province's)


@dataclass(frozen=True)
class Title:
    start: int
    end: int
    written: str
    role: str  # "Phó Bí thư Thường trực", "Chủ tịch", "Tỉnh ủy viên"…
    base: str  # "Bí thư"
    bodies: tuple[Body, ...] = ()
    places: tuple = ()  # gazetteer Places, several for "các tỉnh A, B và C"
    unit: str = ""
    seat: object = None  # "tại Y" for diplomats and representative offices
    country: object = None
    term: str = ""
    former: bool = False
    membership: bool = False
    standalone: str = ""  # party | government | region | country | diplomat
    level: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def qualified(self) -> bool:
        return bool(self.places) or self.is_national or (self.country is not None and self.is_diplomatic)

    @property
    def is_diplomatic(self) -> bool:
        return self.standalone == "diplomat" or any(b.style == "embassy" for b in self.bodies)

    @property
    def is_national(self) -> bool:
        styles = {b.style for b in self.bodies}
        if self.level == "national" or self.standalone in ("party", "government", "country"):
            return not self.places
        # "Phó Chủ tịch Đảng Nhân dân Campuchia tỉnh": a unit word after the body names its branch there
        return bool(styles) and styles <= {"national", "party"} and not self.unit


_NOT_AFTER_LETTER = r"(?<![^\W\d_])"


def _role_regex() -> re.Pattern:
    lex = lexicon.titles()
    roles = lexicon.caseless_alternation(lex["roles"] + _abbreviated_roles())
    formers = lexicon.caseless_alternation(lex["former_markers"])
    return re.compile(
        # Not inside a word; a digit may stand glued before it ("ảnh 3Ủy viên …": a caption's number).
        # "Đại sứ quán", "Tổng Lãnh sự quán" are missions, not their heads.
        # "Ban Bí thư Trung ương Đảng" is the Secretariat, no secretary's title; "Văn phòng Lãnh sự
        # Nhật Bản tại Đà Nẵng" is an office, no consul.
        # "phụ trách" before the body ("Phó Chủ tịch Phụ trách UBND tỉnh") is part of the role.
        # "nhận nhiệm vụ Trưởng Ban …": a lower-case "vụ" is a syllable of another word ("nhiệm vụ", "dịch
        # vụ"), never a ministry's department head ("Vụ trưởng").
        rf"{_NOT_AFTER_LETTER}(?<!Ban )(?<!ban )(?<!Văn phòng )(?<!văn phòng )(?P<former>(?:{formers}) )?(?P<acting>Quyền )?(?P<deputy>Phó )?(?!(?-i:vụ ))(?P<role>{roles})(?! quán)(?P<standing> Thường trực| TT(?= (?:Tỉnh ủy|Thành ủy|Huyện ủy|UBND|HĐND))| dự khuyết| chuyên trách| phụ trách(?= (?:UBND|Ủy ban nhân dân|Sở) ))?(?![\w])",
        re.IGNORECASE,
    )


def _abbreviations(section: str) -> list[str]:
    """The written forms of an abbreviation table of titles.json (its "_comment" aside)."""
    return [k for k in lexicon.titles().get(section, {}) if not k.startswith("_")]


def _abbreviated_roles() -> list[str]:
    return _abbreviations("role_abbreviations")


def _membership_patterns() -> str:
    titles = sorted(lexicon.titles()["membership_titles"], key=lambda m: -len(m["pattern"]))
    return "|".join(f"(?:{m['pattern']})" for m in titles)


def _membership_regex() -> re.Pattern:
    formers = lexicon.alternation(lexicon.titles()["former_markers"])
    return re.compile(rf"(?<![\w])(?P<former>(?:{formers}) )?(?P<title>{_membership_patterns()})(?![\w])")


def _candidate_regex() -> re.Pattern:
    """Where a title can start: a role or a membership title, in any case.

    The two share one lookbehind (a membership title also wants no digit before
    it), and the former markers are grouped by first letter: the same matches as
    ROLE|MEMBERSHIP, for fewer tries at each word of the text."""
    role = _ROLE.pattern.removeprefix(_NOT_AFTER_LETTER)
    formers = lexicon.caseless_alternation(lexicon.titles()["former_markers"])
    membership = rf"(?<![\d_])(?:(?:{formers}) )?(?:{_membership_patterns()})(?![\w])"
    return re.compile(rf"{_NOT_AFTER_LETTER}(?:{role}|{membership})", re.IGNORECASE)


def _literal_bodies() -> list[tuple[re.Pattern, dict]]:
    out = []
    for body in lexicon.titles()["bodies"]:
        if "{" not in body["pattern"]:
            out.append((re.compile(rf"(?:{body['pattern']})(?![\w])", re.IGNORECASE), body))
    out.sort(key=lambda pb: -max(len(alt) for alt in pb[1]["pattern"].split("|")))
    return out


_ROLE = _role_regex()
_MEMBERSHIP = _membership_regex()
_LOWER_MEMBERSHIPS = "|".join(alt for spec in lexicon.titles()["membership_titles"] for alt in spec["pattern"].split("|")
                              if alt[:1].islower()) or "(?!)"
# Where a title can start: cheap to find, so the full parse runs only there.
_CANDIDATE = _candidate_regex()
_CANDIDATE_SCAN = Prescan(_CANDIDATE)  # the same matches, the regex tried only where a title's first letters stand
_BODIES = _literal_bodies()


def _one_regex(bodies: list[tuple[re.Pattern, dict]]) -> re.Pattern:
    """The bodies' patterns as one alternation, in their order: the regex engine tries them
    as the loop did (first match wins) without a Python call per pattern."""
    return re.compile("|".join(f"(?P<b{i}>{p.pattern})" for i, (p, _) in enumerate(bodies)), re.IGNORECASE)


_ANY_BODY = _one_regex(_BODIES)
_BARE_BODIES = [(p, spec) for p, spec in _BODIES if spec["style"] == "bare"]
_ANY_BARE_BODY = _one_regex(_BARE_BODIES)


def _dept_abbreviations() -> list[str]:
    return _abbreviations("department_abbreviations")


_DEPT_FULL = {k.upper(): lexicon.titles()["department_abbreviations"][k] for k in _dept_abbreviations()}


_DEPT = re.compile(
    r"(Sở|Bộ) (" + lexicon.alternation(lexicon.titles()["departments"] + _dept_abbreviations()) + r")(?![\w])", re.IGNORECASE
)
_MINISTRY_SHORT = re.compile(
    r"(" + lexicon.alternation(lexicon.titles()["departments"] + _dept_abbreviations()) + r")(?![\w])"
)
# "Hội hữu nghị Việt Nam - Nhật Bản": a friendship association is often written in lower case up to the countries.
# "Hội người Thái gốc Việt tỉnh Udon Thani", "Hội người Việt Nam tại Lào": a community's association
# is named by its people, in lower case before them (or capitalised: "Hội Người Việt Nam tại Hàn Quốc").
_UNDER_SEAT = " tại "
_ASSOCIATION_HEADS = frozenset(("Hội", "Hiệp hội"))
_NAMED_HEAD = re.compile(r"(Ban|ban|Hiệp hội|Hội|Ủy ban|UB|Tổng cục|Cục|Vụ) (?=" + lexicon.UPPER + r"|hữu nghị Việt |(?<=Hội )người " + lexicon.UPPER + r")")
# "Cục Lãnh sự", "Tổng cục Du lịch", "Vụ ASEAN": a department of a ministry or of the government, the country's.
_NATIONAL_HEADS = frozenset(("Cục", "Tổng cục", "Vụ"))
# "UB Kiểm tra TƯ": news shortens "Ủy ban" before a committee's name; the name spells it out.
_HEAD_WORD = {"UB": "Ủy ban"}
# "Ban Tổ chức Festival Tràng An", "Ban Chỉ đạo Đại hội": an event's committee, no province's body.
_EVENT_COMMITTEE = re.compile(r"Ban (?:Tổ chức|Chỉ đạo) (?=" + lexicon.UPPER + r")")
# "Phó Trưởng Ban Tổ chức hội nghị", "Ban Tổ chức lễ hội": the committee of an event named only by its
# kind, in lower case; which event's, the title does not say (nor is it the article's province's body).
_EVENT_KINDS = lexicon.alternation(sorted({head.lower() for head in lexicon.events()["heads"] + lexicon.events()["back_reference_heads"]}))
# "Trưởng Ban Chỉ đạo các Hội chợ quốc gia", "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh X":
# a committee named by the plural of what it steers; its name runs past what a body's name reads, so
# no body at all rather than the bare "Ban Chỉ đạo" of the article's province.
_UNNAMED_EVENT_COMMITTEE = re.compile(rf"Ban (?:Tổ chức|Chỉ đạo) (?:(?:{_EVENT_KINDS})(?![\w])|(?:các|những) )")
# "Chánh Văn phòng Trung ương (Đảng)": the office of the party's Central Committee, its chief's
# role written with the office's name ("Văn phòng"), as for a province's "Chánh Văn phòng Tỉnh ủy".
_OFFICE_CHIEF_BEFORE = re.compile(r"Chánh Văn phòng $", re.IGNORECASE)
_CENTRAL_OFFICE = re.compile(r"Trung ương(?: Đảng)?(?![\w])")
# "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh": a province's one office serves its deputies and its council;
# the chief's role names "Văn phòng", and the office's name runs on past "Đoàn ĐBQH".
_JOINT_OFFICE = re.compile(r"(?:Đoàn ĐBQH|Đoàn đại biểu Quốc hội) và (?:HĐND|Hội đồng nhân dân)(?![\w])", re.IGNORECASE)
_JOINT_OFFICE_BODY = "Đoàn ĐBQH và HĐND"
_CENTRAL_PARTY = "Trung ương Đảng"
_MINISTER_BEFORE = re.compile(r"(?:Bộ|Thứ) trưởng $", re.IGNORECASE)
_PARTY = "Đảng "


def _party_spellings() -> list[str]:
    """The names a party is written by after "Đảng": the lexicon's parties (any case) and their abbreviations."""
    names = lexicon.titles()["party_names"] + _abbreviations("party_abbreviations")
    return [n.removeprefix(_PARTY) for n in names if not n.startswith(_PARTY + "Cộng sản")]


def _communist_parties() -> list[str]:
    """The communist parties the lexicon names, after "Đảng": "Cộng sản Trung Quốc"."""
    return [n.removeprefix(_PARTY) for n in lexicon.titles()["party_names"] if n.startswith(_PARTY + "Cộng sản")]


# A communist party the lexicon names is read as far as its name goes ("… Đảng Cộng sản Trung Quốc Lâm
# Chí Cường": the name after it is the holder's); another one, as far as its capitalised words run.
_PARTY_SUFFIX = re.compile(rf" ((?:{lexicon.alternation(_communist_parties())})(?![\w])|Cộng sản(?: [A-ZĐ][\w]*)+"
                           rf"|(?i:{lexicon.alternation(_party_spellings())}))(?![\w])")
# "Tổng Bí thư Đảng Nhân dân Mông Cổ", "Chủ tịch Đảng Lao động Triều Tiên": a foreign party named
# after a role is the body the role heads (the Vietnamese party's leaders keep their own forms).
_FOREIGN_PARTY = re.compile(
    rf"{_PARTY}(?i:{lexicon.alternation([p for p in _party_spellings() if _PARTY + p != lexicon.titles()['ruling_parties']['VN']])})(?![\w])")


# "Theo quyết định của Bộ Tư lệnh Quân khu 5, Thượng tá A …": the command itself (a body, "Bộ Tư lệnh"), no
# commander's post starts inside its name.
_COMMAND_BODY = re.compile(r"(?<=Bộ )Tư lệnh(?![\w])")


def find_titles(text: str, start: int, end: int, places: dict) -> list[Title]:
    """Every title in text[start:end]; ``places`` maps offsets to PlaceMatches."""
    found: list[Title] = []
    pos = start
    for candidate in _CANDIDATE_SCAN.finditer(text, start, end):
        if candidate.start() < pos or _COMMAND_BODY.match(text, candidate.start()):
            continue
        title = _title_at(text, candidate.start(), end, places) or _of_association_named(text, start, candidate.start(), end, places)
        if title:
            found.append(title)
            pos = title.end
    found = _with_deputies_after(text, _with_lone_heads(text, _with_bare_secretaries(text, found)), end)
    found = _with_departments_named_before(text, found, start, end)
    return _with_roles_a_body_has(text, found, start, end, places)


# "ông A, Giám đốc Sở Ngoại vụ; bà B, Phó Giám đốc Sở; …": a department's post written with "Sở" alone
# is of the one department the sentence named before it.
_BARE_DEPARTMENT = re.compile(r"(?<![\w])(?P<role>(?:Phó )?Giám đốc) Sở(?=[,;.)]| và | cùng |$)")
_DEPARTMENT = "Sở "


def _with_departments_named_before(text: str, found: list[Title], start: int, end: int) -> list[Title]:
    if _DEPARTMENT.rstrip() not in text[start:end]:
        return found
    out = list(found)
    for m in _BARE_DEPARTMENT.finditer(text, start, end):
        if any(t.start <= m.start() < t.end for t in found):
            continue
        before = [t for t in found if t.end <= m.start() and not t.former and not t.membership
                  and len(t.bodies) == 1 and t.bodies[0].text.startswith(_DEPARTMENT)]
        if len({t.bodies[0].text for t in before}) != 1:
            continue
        role = m.group("role")
        out.append(replace(before[-1], start=m.start(), end=m.end(), written=m.group(0), role=role,
                           base=role.removeprefix("Phó "), term=""))
    return sorted(out, key=lambda t: t.start)


# "Đại hội thành lập Hội Hữu nghị Việt Nam - Hàn Quốc tỉnh X … . Đại hội bầu …; ông A được bầu làm Chủ tịch
# Hội": the bare "Hội" is the one association the paragraph named before it (two named, which, unknown).
_BARE_ASSOCIATION = re.compile(r" Hội(?=\s*(?:[.,;:!?)]|$))")  # "Chủ tịch Hội đồng …" is no bare association
_ASSOCIATION_AT = re.compile(r"(?<![\w])Hội (?=" + lexicon.UPPER + r"|[Hh]ữu nghị Việt |người " + lexicon.UPPER + r")")


def _of_association_named(text: str, start: int, pos: int, end: int, places: dict) -> Title | None:
    start = text.rfind("\n", 0, start) + 1  # the paragraph's start
    m = _ROLE.match(text, pos, end)
    bare = _BARE_ASSOCIATION.match(text, m.end(), end) if m and not m.group("standing") and not m.group("acting") else None
    if bare is None or not (m.group("deputy") or m.group("role"))[0].isupper():
        return None
    named: dict[str, Title] = {}
    deputy, base = _deputy_and_role(m)
    role = ("Phó " if deputy else "") + base
    for a in _ASSOCIATION_AT.finditer(text, start, m.start()):
        body, body_end = _body_at(text, a.start() - 1, end, places) if text[a.start() - 1 : a.start()] == " " else (None, 0)
        if body is None:
            return None  # an association this cannot read: the bare "Hội" may be that one
        at = Title(start=a.start(), end=body_end, written=text[a.start() : body_end], role=role, base=base,
                   bodies=(body,), level=body.level)
        named.setdefault(body.text, _qualify(text, at, end, places))
    if len(named) != 1:
        return None
    (named_before,) = named.values()
    return replace(named_before, start=m.start(), end=bare.end(), written=text[m.start() : bare.end()],
                   former=bool(m.group("former")))


# "UBND tỉnh X có Chủ tịch A và ba Phó Chủ tịch gồm các ông B, C": a body told with its posts, each
# written bare after "có" (the first) or after "và" or a comma, maybe counted ("ba Phó Chủ tịch").
_HAS_POSTS = re.compile(r"\s+có\s+")
_NEXT_POST = re.compile(r"(?:\s*,\s*|\s+và\s+)(?:(?:một|hai|ba|bốn|năm|sáu|bảy|tám|\d{1,2}|các) )?")
_BODY_LOOKBACK = 60


def _with_roles_a_body_has(text: str, found: list[Title], start: int, end: int, places: dict) -> list[Title]:
    added: list[Title] = []
    for has in _HAS_POSTS.finditer(text, start, end):
        body_title = _body_ending_at(text, has.start(), start, end, places)
        pos = has.end()
        while body_title is not None:
            post = _bare_post_at(text, pos, end, places, found)
            if post is None:
                break
            added.append(replace(body_title, start=post[0], end=post[1], written=text[post[0] : post[1]],
                                 role=post[2], base=post[3]))
            nxt = _NEXT_POST.match(text, _past_name(text, post[1], end), end)
            pos = nxt.end() if nxt else end
    return sorted(found + added, key=lambda t: t.start) if added else found


def _body_ending_at(text: str, at: int, start: int, end: int, places: dict) -> Title | None:
    """The literal body (with its place) whose text ends right at ``at``, as a head's title of it."""
    for p in range(max(start + 1, at - _BODY_LOOKBACK), at):
        if text[p - 1] != " " or not text[p].isupper():
            continue
        body, body_end = _body_at(text, p - 1, end, places)
        if body is None or body.style in _PARTY_STYLES:
            continue
        title = _qualify(text, Title(start=p, end=body_end, written=text[p:body_end], role="", base="",
                                     bodies=(body,), level=body.level), end, places)
        if title.end == at and title.places:
            return title
    return None


def _bare_post_at(text: str, pos: int, end: int, places: dict, found: list[Title]):
    """A role written alone at ``pos`` (no body after it, no title found there): (start, end, role, base)."""
    m = _ROLE.match(text, pos, end)
    if m is None or m.group("former") or m.group("acting") or not (m.group("deputy") or m.group("role"))[0].isupper():
        return None
    if any(t.start <= m.start() < t.end for t in found) or _body_at(text, _body_start(m), end, places)[0] is not None:
        return None
    deputy, base = _deputy_and_role(m)
    standing = " Thường trực" if (m.group("standing") or "").strip().lower() in ("thường trực", "tt") else ""
    if m.group("standing") and not standing:
        return None
    return m.start(), m.end(), ("Phó " if deputy else "") + base + standing, base


_NAME_WORDS = re.compile(r"(?:\s+(?:ông|bà|đồng chí))?(?:\s+" + lexicon.UPPER + r"[^\W\d_]*){1,5}")


def _past_name(text: str, pos: int, end: int) -> int:
    """After the name written right after a post, if one is ("Chủ tịch A và …")."""
    m = _NAME_WORDS.match(text, pos, end)
    return m.end() if m else pos


# Laos and Cambodia: "Bí thư, Tỉnh trưởng tỉnh Hủa Phăn": the provincial party secretary is also
# the governor, and the press writes the two titles with the province once, on the second; or joins
# them by "kiêm" ("Bí thư kiêm Tỉnh trưởng tỉnh Champasak").
_BARE_SECRETARY = re.compile(r"(?<![\w])([Pp]hó )?[Bb]í thư(?: Tỉnh ủy)?(?:\s*[,–-]\s*| kiêm )$")


def _with_bare_secretaries(text: str, found: list[Title]) -> list[Title]:
    """A governor's province may be named before ("Đoàn tỉnh Sê Kông do ông A, Bí thư, Tỉnh
    trưởng làm trưởng đoàn"): the secretary then waits, like the governor, for a foreign place."""
    out: list[Title] = []
    for title in found:
        committee = _committee_of(title)
        if committee:
            m = _BARE_SECRETARY.search(text, max(0, title.start - 24), title.start)
            if m and (not out or out[-1].end <= m.start()):
                out.append(_secretary_of(text, m, title, committee))
        out.append(title)
    return out


_SHARED_BODY_ROLES = lexicon.titles()["shared_body_roles"]["roles"]
_LONE_HEAD = re.compile(rf"(?<![\w])(?P<deputy>Phó )?(?P<role>{lexicon.alternation(_SHARED_BODY_ROLES)})(?:\s*,\s*| kiêm )$")
_JOINED_ROLES = _SHARED_BODY_ROLES + lexicon.titles()["shared_body_roles"]["joined_roles"]
# "Phó Chủ tịch kiêm Tổng Thư ký Ủy ban Trung ương MTTQ", "Phó Chủ tịch - Tổng Thư ký Hội X": the Front's and
# the associations' secretary-general is one of their vice-chairs, the body written once, on the second.
_JOINED_HEAD = re.compile(rf"(?<![\w])(?P<deputy>Phó )?(?P<role>{lexicon.alternation(_JOINED_ROLES)})(?: kiêm |\s+[-–]\s+)$")


def _with_lone_heads(text: str, found: list[Title]) -> list[Title]:
    """"Chỉ huy trưởng, Chính ủy Bộ CHQS tỉnh X", "Phó Chỉ huy trưởng kiêm Tham mưu trưởng Ban Chỉ huy Phòng
    thủ khu vực 2": a head of one organisation written alone before
    another head's title of it shares that title's body; never a party committee's ("Giám đốc, Bí thư
    Đảng ủy …" is no director of the committee), nor the same post twice ("Giám đốc, Phó Giám đốc Sở X":
    two posts, not one person's)."""
    out: list[Title] = []
    for title in found:
        if title.base in _JOINED_ROLES and title.bodies and not _a_party_body(title):
            m = _LONE_HEAD.search(text, max(0, title.start - 24), title.start) if title.base in _SHARED_BODY_ROLES else None
            m = m or _JOINED_HEAD.search(text, max(0, title.start - 24), title.start)
            if m and m.group("role") != title.base and (not out or out[-1].end <= m.start()):
                role = (m.group("deputy") or "") + m.group("role")
                end = m.start() + len(role)
                out.append(replace(title, start=m.start(), end=end, written=text[m.start() : end], role=role,
                                   base=m.group("role")))
        out.append(title)
    return out


# "Chủ tịch UBND tỉnh X (mới) cùng 5 Phó Chủ tịch gồm: …", "Giám đốc Sở Y cùng các Phó Giám đốc": the
# deputies counted right after their head's title are of the head's body.
_DEPUTIES_AFTER = re.compile(r"(?: mới)? cùng (?:các|\d{1,2}|hai|ba|bốn|năm|sáu|bảy) (Phó )")


def _with_deputies_after(text: str, found: list[Title], end: int) -> list[Title]:
    out: list[Title] = []
    for i, title in enumerate(found):
        out.append(title)
        if title.role != title.base or not title.bodies or not title.qualified:
            continue  # a head's own post, of a named body ("Phó Chủ tịch … cùng các Phó Chủ tịch" is no head's)
        m = _DEPUTIES_AFTER.match(text, title.end, end)
        if m is None or not text.startswith(title.base, m.end()) or text[m.end() + len(title.base) : m.end() + len(title.base) + 1].isalpha():
            continue
        if i + 1 < len(found) and found[i + 1].start < m.end() + len(title.base):
            continue  # the deputies' own title is written out
        start, stop = m.start(1), m.end() + len(title.base)
        out.append(replace(title, start=start, end=stop, written=text[start:stop], role="Phó " + title.base, term=""))
    return out


def _a_party_body(title: Title) -> bool:
    return any(b.style in ("party", "bare") for b in title.bodies)


# "Phó Bí thư, Chủ tịch UBND tỉnh": a province's (or district's) council or committee head is
# the party committee's secretary too; the committee of a "thành phố" is its Thành ủy.
_PROVINCE_COUNCILS = frozenset(("UBND", "HĐND"))


def _committee_of(title: Title) -> str:
    """The party committee a bare "Bí thư" before this title is the secretary of, if any."""
    if title.standalone == "region" and (not title.places or title.places[0].country != "VN"):
        return "Tỉnh ủy"
    if not title.bodies or title.bodies[-1].text not in _PROVINCE_COUNCILS:
        return ""
    unit = lexicon.unit_canonical(title.unit) if title.unit else (title.places[0].unit if title.places else "")
    return _COMMITTEES.get(unit, "")


_COMMITTEES = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "quận": "Quận ủy", "thị xã": "Thị ủy"}
_UNIT_OF_COMMITTEE = {committee: unit for unit, committee in _COMMITTEES.items()}
# "Phó Bí thư, Chủ tịch UBND xã": a commune's or ward's committee is its Đảng ủy.
_COMMITTEES.update(dict.fromkeys(lexicon.unit_words("commune", written_out=True), "Đảng ủy"))


def with_place_named_after_committee(title: Title, name: str, end: int, text: str, lookup, at) -> Title | None:
    """"Bí thư Huyện ủy Kim Bình": a committee named after a place the gazetteer reads only with its unit
    word ("huyện Kim Bình"); the committee's unit gives it. None when no one place of that unit has the name."""
    unit = _UNIT_OF_COMMITTEE.get(title.bodies[-1].text) if title.bodies else None
    found = [p for p in lookup(f"{unit} {name}", at) if p.unit == unit and p.country != "VN"] if unit else []
    if len(found) != 1:
        return None
    return replace(title, places=(found[0],), unit=unit, end=end, written=text[title.start : end])


def _secretary_of(text: str, m: re.Match, head: Title, committee: str) -> Title:
    role = "Phó Bí thư" if m.group(1) else "Bí thư"
    spec = next(spec for _, spec in _BODIES if spec["canonical"] == committee)
    body = Body(spec["canonical"], spec["style"], spec.get("level", ""))
    end = m.start() + len(m.group(0).rstrip(" ,–-"))
    foreign = head.standalone == "region" and not head.places
    return Title(start=m.start(), end=end, written=text[m.start() : end], role=role, base="Bí thư", bodies=(body,),
                 places=head.places, level="region" if foreign else spec.get("level", "province"))


# Some papers write every title in lower case but its body as named: "ông A - phó bí thư Tỉnh ủy, chủ
# tịch UBND tỉnh X", "ủy viên Ban Chấp hành Trung ương Đảng". A lower-case role is a title only with such
# a capitalised body right after it ("chủ tịch" alone, "các giám đốc doanh nghiệp" are not).
_CAPITALISED_BODY = re.compile(r" " + lexicon.UPPER)


# "Lục Công Sứ": a role of several words written with every word capitalised ("Công sứ" is written
# so), right after a capitalised word, is a person's middle and given names.
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![^\W\d_])" + lexicon.UPPER + r"[^\W\d_]* $")


def _given_names(text: str, m: re.Match) -> bool:
    role = m.group("role")
    words = role.split()
    if m.group("former") or m.group("acting") or m.group("deputy") or len(words) < 2 or role in lexicon.titles()["roles"]:
        return False
    return all(w[0].isupper() for w in words) and _CAPITALISED_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None


def _title_at(text: str, pos: int, end: int, places: dict) -> Title | None:
    m = _MEMBERSHIP.match(text, pos, end)
    if m and (text[m.start("title")].isupper() or _lower_case_membership(m)):
        return _membership_title(text, m, end, places)
    m = _ROLE.match(text, pos, end)
    if not m or _given_names(text, m):
        return None
    if (m.group("deputy") or m.group("role"))[0].isupper():
        return _role_title(text, m, end, places)
    if _CAPITALISED_BODY.match(text, m.end(), end):
        title = _role_title(text, m, end, places)
        if title is not None and title.bodies:
            return title
    # "phó tỉnh trưởng tỉnh Bo Kẹo": a foreign governor in lower case, when the province is named
    if lexicon.titles()["standalone_roles"].get(_deputy_and_role(m)[1]) != "region":
        return None
    title = _role_title(text, m, end, places)
    return title if title is not None and title.places else None


def _lower_case_membership(m: re.Match) -> bool:
    """"ủy viên Ban Thường vụ Tỉnh ủy": a membership in lower case, its body capitalised; or a form the
    lexicon writes in lower case itself ("huyện ủy viên", as council news writes it)."""
    if re.fullmatch(_LOWER_MEMBERSHIPS, m.group("title")):
        return True
    first, _, rest = m.group("title").partition(" ")
    rest = rest.removeprefix("viên ")
    return first.islower() and rest[:1].isupper()


def _membership_title(text: str, m: re.Match, end: int, places: dict) -> Title | None:
    spec = _membership_spec(text, m.start("title"), m.end("title"))
    title = Title(
        start=m.start(), end=m.end(), written=m.group(0), role=spec["canonical"], base=spec["canonical"],
        former=bool(m.group("former")), membership=True, level=spec["level"], unit=spec.get("unit", ""),
    )
    if spec.get("central_committee"):
        party = _PARTY_SUFFIX.match(text, title.end, end) if title.written.endswith(" Đảng") else None
        if party:  # "UVTƯ Đảng NDCM Lào": that party's Central Committee, a body of its own
            body = Body(_CENTRAL_COMMITTEE, "party", party=_canonical_party(_PARTY + party.group(1)))
            return replace(title, end=party.end(), written=text[title.start : party.end()], role=_MEMBER, base=_MEMBER,
                           bodies=(body,), membership=False, level="")
    if spec.get("body"):  # "UVTV Thành ủy": as "Ủy viên Ban Thường vụ Thành ủy" is read, the role and its body
        title = replace(title, role=_MEMBER, base=_MEMBER, bodies=(_body_of(spec["body"]),), membership=False)
    if spec.get("term"):
        t = TERM_RE.match(text, title.end, end)
        if t:
            title = replace(title, end=t.end(), term=t.group(1), written=text[title.start : t.end()])
    if spec["level"] == "national":
        return title
    return _qualify(text, title, end, places)


_CENTRAL_COMMITTEE, _MEMBER = "Ban Chấp hành Trung ương Đảng", "Ủy viên"


def _membership_spec(text: str, start: int, end: int) -> dict:
    """The spec whose pattern reads text[start:end], read in place: a pattern may look at the words after."""
    for spec in lexicon.titles()["membership_titles"]:
        found = re.compile(spec["pattern"]).match(text, start)
        if found and found.end() == end:
            return spec
    raise LookupError(text[start:end])  # unreachable: the regex is built from these patterns


def _role_title(text: str, m: re.Match, end: int, places: dict) -> Title | None:
    deputy, base = _deputy_and_role(m)
    standing = (m.group("standing") or "").strip()
    standing = "Thường trực" if standing.lower() in ("thường trực", "tt") else standing
    # "Phó Chủ tịch phụ trách UBND tỉnh", "Phó Giám đốc phụ trách Sở": the deputy who runs the body, a post of its own
    standing = "phụ trách" if standing.lower() == "phụ trách" else standing
    # "Quyền Bộ trưởng": acting, an office of its own until the appointment
    pos = _body_start(m)
    doubled = _HEAD_OF_A_BAN.match(text, pos, end) if base == _HEAD else None
    if doubled:  # "Trưởng ban Ban Tuyên giáo" is "Trưởng ban Tuyên giáo": the Ban is named after the role
        standing, pos = "ban Thường trực" if doubled.group(1) else standing, doubled.end()
    role = ("Quyền " if m.group("acting") else "") + ("Phó " if deputy else "") + base + (f" {standing}" if standing else "")
    division = _DIVISION.match(text, pos, end) if base == _DIVISION_HEAD and not standing else None
    if division:  # "Trưởng phòng Quản lý thương mại, Sở Công Thương": the division is named in the role
        role, pos = f"{role} {division.group(1)}", division.end(1) + (1 if division.group(2) else 0)
    abroad = _division_abroad(text, pos, end, places) if base == _DIVISION_HEAD and not standing and not division else None
    if abroad:  # "Trưởng phòng Hợp tác quốc tế tỉnh Jeollanam": the division of the foreign unit after it
        role, pos = f"{role} {abroad.group(1)}", abroad.end(1)
    bodies: list[Body] = []
    for _ in range(2):  # "Trưởng Ban Tuyên giáo | Tỉnh ủy"
        under = bool(bodies) and text.startswith(_UNDER, pos)  # "Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội"
        body, body_end = _body_at(text, pos + len(_UNDER) - 1 if under else pos, end, places)
        if under and (body is None or body.style != "national"):
            return None  # a body under one the text names and this lexicon does not know: whose, unknown
        if not body:
            break
        bodies.append(replace(body, text=_UNDER.strip() + " " + body.text) if under else body)
        pos = body_end
    if len(bodies) == 1 and bodies[0].text.partition(" ")[0] in _NATIONAL_HEADS and text.startswith(", Bộ ", pos, end):
        ministry, ministry_end = _body_at(text, pos + 1, end, places)
        if ministry is not None and ministry.style == "national" and ministry.text.startswith("Bộ "):
            bodies, pos = [*bodies, ministry], ministry_end  # "Cục trưởng Cục Lãnh sự, Bộ Ngoại giao": its ministry
    if base == _MEMBER_OF_ASSEMBLY and any(b.style == "national" for b in bodies):
        return None  # "nghị sĩ Quốc hội": a Vietnamese deputy is an "đại biểu"; a foreign one's country, unsaid
    if len(bodies) == 1 and bodies[0].text in lexicon.titles()["council_committees"]["names"]:
        bodies.append(_body_of(_COUNCIL))  # "Phó Trưởng Ban Pháp chế": the council's committee
    standalone = lexicon.titles()["standalone_roles"].get(base, "") or ("region" if abroad else "")
    first_secretary = standalone == "diplomat" and bodies and bodies[0].style in _PARTY_STYLES
    if first_secretary:
        # "Bí thư thứ nhất Tỉnh ủy" (Cuba): a foreign party committee's first secretary, no embassy's
        # (a Vietnamese province's committee has a "Bí thư"), so of a foreign region
        standalone, bodies = "", [replace(bodies[0], level="region")]
    if not bodies and base == _SECRETARY and not m.group("standing"):
        committee, pos = _committee_of_province_after(text, pos, end, places)
        bodies = [committee] if committee else []
    state_ministry = _state_ministry_at(text, _body_start(m), end, places) if base in _MINISTERS else None
    if state_ministry:  # "Bộ trưởng Quốc vụ bang Sachsen-Anhalt": a German state's minister, not a country's
        role, bodies, pos, standalone = f"{role} {state_ministry.group(1)}", [], state_ministry.end(1), "region"
    elif base in _MINISTERS and _a_state_ministry(text, _body_start(m), end):
        return None  # a state the gazetteer lacks: whose minister, unknown (not the country's)
    if not bodies and base == _CHAIR and _of_a_vietnamese_unit(text, pos, end, places):
        bodies = [_body_of(_PEOPLES_COMMITTEE)]  # "Chủ tịch tỉnh Hà Giang" is the chair of its People's Committee
    elif not bodies and base == _CHAIR and _of_a_foreign_unit(text, pos, end, places):
        standalone = "region"  # "Phó Chủ tịch vùng Occitanie", "Chủ tịch huyện Đắc Chưng" (Lào): the unit's head
    if not bodies and base in _HEADS_OF_A_UNITS_OFFICE and _UNIT_AFTER.match(text, pos, end):
        # "Phó Chánh Thanh tra tỉnh": the role names the office (the unit's Thanh tra), the unit whose
        office = _HEADS_OF_A_UNITS_OFFICE[base]
        role, bodies = role.replace(" " + office, "", 1), [Body(office, "unit", "province")]
    if not bodies and not standalone and base in _DELEGATION_HEADS["roles"]:
        led = _delegation_body(text, m.start(), pos, end, places)
        bodies = [led] if led else []
    hamlet = _hamlet_after(text, m.start(), pos, end) if not bodies and not standalone and base == _HEAD else None
    if hamlet:  # "Trưởng bản Đen Sa Vẳn", "Trưởng khóm Ka Tăng": a village's head, its name read from the text
        place, name_end = hamlet
        return Title(start=m.start(), end=name_end, written=text[m.start() : name_end], role=role, base=base,
                     places=(place,), unit=place.unit, former=bool(m.group("former")), standalone="region")
    if not bodies and not standalone:
        return None
    portfolio = _PORTFOLIO.match(text, pos, end) if standalone == "region" and not bodies else None
    if portfolio:  # "Phó Tỉnh trưởng phụ trách kinh tế tỉnh X": the deputy of the province, whatever the portfolio
        pos = portfolio.end()
    gloss = _GLOSS.match(text, pos, end) if standalone == "region" and not bodies else None
    if gloss:  # "Chẩu mường (Huyện trưởng) huyện Tà Ôi": the local title glossed, then its unit
        pos = gloss.end()
    title = Title(
        start=m.start(), end=pos, written=text[m.start() : pos], role=role, base=base,
        bodies=tuple(bodies), former=bool(m.group("former")), standalone=standalone,
        level=bodies[-1].level if bodies else "",
    )
    title = _qualify(text, title, end, places)
    heads = base if standalone == "region" and not bodies else bodies[0].text if len(bodies) == 1 else ""
    if heads in _UNIT_HEADS and not title.places and title.country is None:
        unread = _unit_unread_after(text, m.start(), pos, end, heads)
        if unread:  # "A, Quận trưởng quận Suseong": a unit the gazetteer lacks, its name read from the text
            place, name_end = unread
            return _copy(title, end=name_end, written=text[m.start() : name_end], places=(place,), unit=place.unit)
    return None if title.is_diplomatic and _post_cut_short(text, title, end) else title


# "A, Quận trưởng quận Suseong", "B - Xã trưởng xã Trapeang Phlong": a foreign unit's head whose role names
# its unit (titles.json, unit_heads), the unit's name the capitalised words after the role's own unit word
# where the gazetteer reads none. Only set off after the holder's name ("ông A B, ", "bà C - "), where no
# name follows the title ("Tại Seoul, Quận trưởng quận Suseong Kim Ho": left out); a middle name among the
# words starts a name after it, and a family name may where the words run on into lower-case ones: left out too.
_UNIT_HEADS = {head: re.compile(rf" ({lexicon.alternation(units)}) ")
               for part in ("units", "bodies") for head, units in lexicon.titles()["unit_heads"][part].items()}
_UNIT_WORD = re.compile(lexicon.UPPER + r"[^\W\d_]*(?:-[^\W\d_]+)*(?![\w'])")
_AFTER_A_NAME = re.compile(rf"(?<![\w])(?:{lexicon.alternation(lexicon.titles()['honorifics'])})"
                           rf"(?: {lexicon.UPPER}[^\W\d_]*(?:-[^\W\d_]+)*){{1,5}}\s*[,–-]\s*$")


def _unit_unread_after(text: str, start: int, pos: int, end: int, head: str):
    unit = _UNIT_HEADS[head].match(text, pos, end)
    if unit is None or not _AFTER_A_NAME.search(text, max(0, start - 40), start):
        return None
    words = [w.group(0) for w in _capitalised_words(text, unit.end(), end, _UNIT_WORD)]
    if not words or len(words) > _LONGEST_HAMLET_NAME or any(w in _MIDDLE_NAMES for w in words[1:]):
        return None
    name_end = unit.end() + len(" ".join(words))
    if any(w in lexicon.surnames() for w in words[1:]) and not _WORDS_END.match(text, name_end, end):
        return None  # "trấn Hữu Nghị Quan." ends there; "quận Yuseong Kim Min phát biểu" may run on into a name
    return unread_unit(unit.group(1), text[unit.end() : name_end]), name_end


def unread_unit(unit: str, name: str) -> Place:
    """A foreign unit the gazetteer lacks, named by its unit word and the name the text gives it."""
    return Place(key=f"{unit} {name}", name=name, kind=UNREAD_UNIT_KIND, unit=unit, country="",
                 parent="", iso3166="", aliases=())


def _capitalised_words(text: str, at: int, end: int, word_re: re.Pattern) -> list[re.Match]:
    """The capitalised words from at, one space apart (no all-caps abbreviation among them)."""
    words = []
    while (word := word_re.match(text, at, end)) is not None and not _all_caps(word.group(0)):
        words.append(word)
        if text[word.end() : word.end() + 1] != " ":
            break
        at = word.end() + 1
    return words


UNREAD_UNIT_KIND = "UnreadUnit"


# "Trưởng bản Na Phàu", "Phó Trưởng thôn Tân Lập", "Trưởng cụm bản Huổi Hốc": the head of a village (or of a
# cluster of villages) the gazetteer never names, its name the capitalised words after the unit word, up to
# four. Where a middle name ("Văn", "Thị") stands in the words, the word before it starts the holder's name
# ("Trưởng thôn Đông Xá Lê Văn A"). Set off after a name ("A, Trưởng bản Đen Sa Vẳn thông tin"), the title
# ends where its words end; elsewhere a name may follow it unmarked ("Trưởng thôn Đông Xá Lê Hải"), so the
# words must end at punctuation or a middle name must say where the name starts, else the title is left out.
_HAMLET = re.compile(rf" ((?:cụm )?(?:{lexicon.unit_alternation('hamlet')})) ")
_HAMLET_WORD = re.compile(lexicon.UPPER + r"[^\W\d_]*(?![\w'-])")
_LONGEST_HAMLET_NAME = 4
_SET_OFF = re.compile(r"[,–-]\s*$")
_WORDS_END = re.compile(r"\s*(?:[,;.:()]|$)")


def _hamlet_after(text: str, start: int, pos: int, end: int):
    unit = _HAMLET.match(text, pos, end)
    if unit is None:
        return None
    words = _capitalised_words(text, unit.end(), end, _HAMLET_WORD)
    middle = next((k for k in range(len(words) - 1) if words[k + 1].group(0) in _MIDDLE_NAMES), None)
    if middle is not None:
        words = words[:middle]  # "Trưởng thôn Lê Văn A": no village named, a person
    elif not (_SET_OFF.search(text, max(0, start - 3), start) or (words and _WORDS_END.match(text, words[-1].end()))):
        return None
    if not words or len(words) > _LONGEST_HAMLET_NAME:
        return None
    name = text[words[0].start() : words[-1].end()]
    return Place(key=f"{unit.group(1)} {name}", name=name, kind=HAMLET_KIND, unit=unit.group(1), country="",
                 parent="", iso3166="", aliases=()), words[-1].end()


HAMLET_KIND = "Hamlet"


# A diplomat's post read only in part: its seat a word the gazetteer lacks ("Đại sứ Việt Nam tại X"),
# or a rank's field this lexicon lacks before the mission ("Tham tán Y tế Đại sứ quán …"). The part
# read is another post (the ambassador to a country, a counsellor of no field): whose, unknown.
_UNREAD_SEAT = re.compile(r" tại [A-ZĐ]")
_UNREAD_FIELD = re.compile(r"(?: [^\W\d_]+){1,4} (?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán) ")


def _post_cut_short(text: str, title: Title, end: int) -> bool:
    if title.seat is None and _UNREAD_SEAT.match(text, title.end, end):
        return True
    return title.country is None and not title.bodies and _UNREAD_FIELD.match(text, title.end, end) is not None


# "Đoàn đại biểu Bộ Chỉ huy BĐBP tỉnh X do Đại tá A, TUV, Chỉ huy trưởng làm Trưởng đoàn": a command's head
# written alone, as the leader of that command's delegation, heads the body the delegation names.
_DELEGATION_HEADS = lexicon.titles()["delegation_heads"]
_DELEGATION_OPENING = re.compile(r"(?<![\w])[Đđ]oàn(?: đại biểu| công tác)?(?= )")
_LEADS_IT = re.compile(r"\s*(?:làm [Tt]rưởng đoàn|dẫn đầu)(?![\w])")
_DELEGATION_LED_BY = re.compile(
    rf" (?:{lexicon.unit_alternation('province', 'city')}) [^\W\d_]+(?: [^\W\d_]+){{0,3}}(?:\s*\([^()]{{1,30}}\))? do ")
_CLAUSE_BREAK = re.compile(r"[.;:]")


def _delegation_body(text: str, start: int, pos: int, end: int, places: dict) -> Body | None:
    if not _LEADS_IT.match(text, pos, end):
        return None
    opening = None
    for opening in _DELEGATION_OPENING.finditer(text, max(0, start - 200), start):
        pass
    if opening is None or _CLAUSE_BREAK.search(text, opening.end(), start):
        return None
    body, body_end = _body_at(text, opening.end(), start, places)
    if body is None or body.text not in _DELEGATION_HEADS["bodies"] or not _DELEGATION_LED_BY.match(text, body_end, start):
        return None
    return body


_SECRETARY = "Bí thư"
# A member of a foreign assembly: of a unit's council ("Nghị sĩ Hội đồng tỉnh Shizuoka"), or of a country's
# chamber, named with the country ("Hạ nghị sĩ Nhật Bản", standalone).
_MEMBER_OF_ASSEMBLY = "Nghị sĩ"
_PARTY_STYLES = frozenset(("bare", "party"))
# A division of a department is named in sentence case, then the department (after a comma or not):
# "Trưởng phòng Quản lý thương mại, Sở Công Thương", "Phó Trưởng phòng Lãnh sự Sở Ngoại vụ tỉnh X". With no
# department after it, whose division it is, unknown: no title.
_DIVISION_HEAD = "Trưởng phòng"
_DIVISION = re.compile(r" (" + lexicon.UPPER + r"[^\W\d_]*(?: [a-zà-ỹđ][^\W\d_]*){0,6})(,)?(?= Sở )")
# … abroad a province's or city's government has divisions of its own, named before the unit: "Trưởng phòng
# Hợp tác quốc tế tỉnh Jeollanam" (a Vietnamese province's divisions are its departments').
_DIVISION_ABROAD = re.compile(r" (" + lexicon.UPPER + r"[^\W\d_]*(?: [a-zà-ỹđ][^\W\d_]*){1,6})(?= (?:tỉnh|thành phố) )")


def _division_abroad(text: str, pos: int, end: int, places: dict) -> re.Match | None:
    m = _DIVISION_ABROAD.match(text, pos, end)
    unit = _UNIT_WORD_THEN_NAME.match(text, m.end(), end) if m else None
    match = (places.get(unit.end()) or places.get(m.end() + 1)) if unit else None
    if match is None or match.places[0].country in ("VN", "") or match.places[0].kind not in ("ForeignRegion", "City"):
        return None
    return m
# A role that names its office itself ("Chánh Thanh tra": the head of the Thanh tra), followed by the unit
# whose office it is: "Chánh Thanh tra tỉnh", "Phó Chánh Thanh tra thành phố Huế".
_HEADS_OF_A_UNITS_OFFICE = {"Chánh Thanh tra": "Thanh tra"}
_UNIT_AFTER = re.compile(rf" (?:{lexicon.unit_alternation('province', 'city', 'district', written_out=True)})(?![\w])")
# "Trưởng ban Ban Tuyên giáo", "Phó Trưởng ban Thường trực Ban Tổ chức": the role says "ban", the
# body that follows is named in full (the role's "ban" opens no second body).
_HEAD = "Trưởng"
_HEAD_OF_A_BAN = re.compile(r" [Bb]an( [Tt]hường trực)?(?= Ban )")
_CHAIR, _PEOPLES_COMMITTEE, _COUNCIL = "Chủ tịch", "UBND", "HĐND"
_UNIT_THEN_NAME = re.compile(rf" ({lexicon.unit_alternation('province', 'city', 'district', 'commune', written_out=True)}) ")


def _of_a_vietnamese_unit(text: str, pos: int, end: int, places: dict) -> bool:
    """"Chủ tịch tỉnh Thanh Hóa", "Phó Chủ tịch huyện Mường Tè": the press names the People's
    Committee's chair by the unit alone; abroad the same words name other offices, so only a
    Vietnamese place the gazetteer knows, right after its unit word, says so."""
    m = _UNIT_THEN_NAME.match(text, pos, end)
    if m is None:
        return False
    # the gazetteer may read "tỉnh Hà Giang" as a whole, or the name after the unit
    match = places.get(m.end()) or places.get(pos + 1)
    if match is None:
        return False
    place = match.places[0]
    return place.country == "VN" and place.kind in ("Province", "District", "City")


_LOCAL_STYLES = frozenset(("bare", "unit"))
_PORTFOLIO = re.compile(rf" phụ trách(?: [a-zà-ỹđ]+){{1,4}}(?= (?:{lexicon.unit_alternation('province', 'city', 'foreign', written_out=True)}) )")
# A foreign unit's head under the local word, glossed in brackets by the Vietnamese one before its
# unit: "Chẩu mường (Huyện trưởng) huyện Tà Ôi". The gloss is the same office, told twice: it is read
# past, and names no second one. A gloss that ends with the unit word ("Phó Chẩu mường (Phó Chủ tịch
# huyện) Sê Pôn") is itself the title with its place, and is left to be read as one.
_REGION_HEADS = [role for role, kind in lexicon.titles()["standalone_roles"].items() if kind == "region"]
_GLOSS = re.compile(rf" \((?:Phó )?(?:{lexicon.alternation(_REGION_HEADS)})\)(?= )")
# A federal state's government has ministers of its own: "Bộ trưởng Quốc vụ bang Sachsen-Anhalt", "Bộ
# trưởng Kinh tế bang Bayern" (the field written without "Bộ", the state after it with its unit word).
_MINISTERS = frozenset(("Bộ trưởng", "Thứ trưởng"))
# A state's portfolio may join two fields: "Bộ trưởng Thương mại và Công nghiệp bang New South Wales".
_STATE_FIELD = lexicon.alternation(lexicon.titles()["departments"])
_STATE_MINISTRY = re.compile(rf" (Quốc vụ|(?:{_STATE_FIELD})(?:(?:,| và) (?:{_STATE_FIELD}))?) (?:bang|tiểu bang) ")
# … or its ministry named in full, of fields this lexicon lacks: "Bộ trưởng Bộ Công nghiệp cơ bản và Nước
# bang Tasmania" (no country's "Bộ Công nghiệp", the words after it cut off).
_STATE_MINISTRY_NAMED = re.compile(rf" (Bộ {lexicon.UPPER}[^\W\d_]*(?: [^\W\d_]+){{0,6}}?) (?:bang|tiểu bang) ")


def _a_state_ministry(text: str, pos: int, end: int) -> re.Match | None:
    return _STATE_MINISTRY.match(text, pos, end) or _STATE_MINISTRY_NAMED.match(text, pos, end)


def _state_ministry_at(text: str, pos: int, end: int, places: dict) -> re.Match | None:
    m = _a_state_ministry(text, pos, end)
    match = places.get(m.end()) if m else None
    if match is None or match.places[0].country == "VN" or match.places[0].kind != "ForeignRegion":
        return None
    return m


# Abroad the press names a region's or a district's elected head by its unit alone ("Phó Chủ tịch vùng
# Occitanie", "Chủ tịch huyện Đắc Chưng" of a Lao district); a foreign province or city has heads of
# its own name (Tỉnh trưởng, Thị trưởng), and "Chủ tịch tỉnh" abroad may be a council's or a party's.
# China's autonomous regions too: "Chủ tịch Khu tự trị dân tộc Choang Quảng Tây" heads its government
# (the unit word capitalised as the region's name starts with it).
_FOREIGN_CHAIRED_UNITS = frozenset(("vùng", "huyện", "khu tự trị"))
_CHAIRED_PROVINCES = frozenset(lexicon.titles()["chaired_provinces"]["countries"])  # … and the provinces of these
_UNIT_WORD_THEN_NAME = re.compile(rf" ({lexicon.unit_alternation('province', 'district', 'foreign', written_out=True)}|Khu tự trị) ")


def _of_a_foreign_unit(text: str, pos: int, end: int, places: dict) -> bool:
    m = _UNIT_WORD_THEN_NAME.match(text, pos, end)
    match = (places.get(m.end()) or places.get(pos + 1)) if m else None
    if match is None:
        return False
    place = _as_written_county(match, match.places[0])
    if place.country == "VN" or place.unit != m.group(1).lower():
        return False
    return place.unit in _FOREIGN_CHAIRED_UNITS or (place.unit == "tỉnh" and place.country in _CHAIRED_PROVINCES)


def _body_of(canonical: str) -> Body:
    spec = next(spec for _, spec in _BODIES if spec["canonical"] == canonical)
    return Body(spec["canonical"], spec["style"], spec.get("level", ""), spec.get("expanded", ""))


def _committee_of_province_after(text: str, pos: int, end: int, places: dict) -> tuple[Body | None, int]:
    """"Bí thư Phú Thọ", "Bí thư Hà Nội": a party secretary named by the province alone is the
    secretary of its Tỉnh ủy (a centrally run city's Thành ủy). The place is read later, as for
    any title; a capitalised word after it that is no family name may be a person's given name
    ("Bí thư Hà Giang Sơn"), and no place then."""
    match = places.get(pos + 1) if text[pos : pos + 1] == " " else None
    province = match.places[0] if match else None
    if province is None or province.kind != "Province" or province.country != "VN" or match.surface != province.name:
        return _committee_of_unit_after(text, pos, end, places), pos
    nxt = re.compile(r" ([^\W\d_]+)").match(text, match.end, end)
    if nxt and nxt.group(1)[0].isupper() and nxt.group(1) not in lexicon.surnames():
        return None, pos
    canonical = "Thành ủy" if province.unit == "thành phố" else "Tỉnh ủy"
    spec = next(spec for _, spec in _BODIES if spec["canonical"] == canonical)
    return Body(canonical, spec["style"], spec.get("level", "")), pos


def _committee_of_unit_after(text: str, pos: int, end: int, places: dict) -> Body | None:
    """"Bí thư quận Hồng Bàng", "Bí thư huyện Mường Tè", "Bí thư tỉnh Nghệ An": a party secretary
    named by the unit and its place is the secretary of that unit's party committee (Quận ủy,
    Huyện ủy, Tỉnh ủy…), when the place is a Vietnamese one of the unit written."""
    m = _UNIT_THEN_NAME.match(text, pos, end)
    match = (places.get(m.end()) or places.get(pos + 1)) if m else None
    if match is None:
        return None
    place = match.places[0]
    if place.country != "VN" or place.kind not in ("Province", "District", "City"):
        return None
    if lexicon.unit_canonical(m.group(1)) != place.unit or place.unit not in _COMMITTEES:
        return None
    return _body_of(_COMMITTEES[place.unit])


def _deputy_and_role(m: re.Match) -> tuple[bool, str]:
    """"PCT" is "Phó Chủ tịch": an abbreviation carries its deputy ("Phó GĐ", one written before it)."""
    abbreviated = _abbreviation_of(m.group("role"))
    if abbreviated:
        return bool(abbreviated[0] or m.group("deputy")), abbreviated[1]
    return bool(m.group("deputy")), _canonical_role(m.group("role"))


@cache  # asked of every role found (twice): a scan of the abbreviations; roles are few words, written a few ways
def _abbreviation_of(written: str) -> list[str] | None:
    table = lexicon.titles().get("role_abbreviations", {})
    return table.get(written) or next((v for k, v in table.items() if k.lower() == written.lower() and k[0] != "_"), None)


def _body_start(m: re.Match) -> int:
    """Where the body is read: after the role, or, for "Phó Ban", at its "Ban"."""
    abbreviated = None if m.group("deputy") else _abbreviation_of(m.group("role"))
    shared = abbreviated[2] if abbreviated and len(abbreviated) > 2 else ""
    return m.end() - len(shared) - 1 if shared and not m.group("standing") else m.end()


@cache  # as _abbreviation_of: a scan of the lexicon's roles per call
def _canonical_role(written: str) -> str:
    for role in lexicon.titles()["roles"]:
        if role.lower() == written.lower():
            return role
    return written


def _body_at(text: str, pos: int, end: int, places: dict) -> tuple[Body | None, int]:
    if pos >= end or text[pos] != " ":
        return None, pos
    pos += 1
    m = _FOREIGN_PARTY.match(text, pos, end)
    if m:
        return Body(_canonical_party(m.group(0)), "national"), m.end()
    m = _MINISTRY_SHORT.match(text, pos, end)
    if m and _MINISTER_BEFORE.search(text, max(0, pos - 12), pos):  # "Thứ trưởng Công an" = of Bộ Công an
        return Body(f"Bộ {_canonical_dept(m.group(1))}", "national"), m.end()
    m = _CENTRAL_OFFICE.match(text, pos, end)
    if m and _OFFICE_CHIEF_BEFORE.search(text, max(0, pos - 17), pos):  # "Chánh Văn phòng Trung ương"
        p = _PARTY_SUFFIX.match(text, m.end(), end) if m.group(0).endswith(_PARTY.strip()) else None
        party = _canonical_party(_PARTY + p.group(1)) if p else ""
        if party and party != lexicon.titles()["ruling_parties"]["VN"]:
            # "Chánh Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào": that party's office, read to its end
            return Body(f"Trung ương {party}", "national"), p.end()
        return Body(_CENTRAL_PARTY, "national"), m.end()
    m = _JOINT_OFFICE.match(text, pos, end)
    if m and _OFFICE_CHIEF_BEFORE.search(text, max(0, pos - 17), pos):
        return Body(_JOINT_OFFICE_BODY, "unit", "province"), m.end()
    m = _ANY_BODY.match(text, pos, end)
    if m and not _a_unit_then_a_name(text, m):
        spec = _BODIES[int(m.lastgroup[1:])][1]
        if spec.get("unit_after") and _ANOTHER_KIND.match(text, m.end(), end):
            return None, pos - 1  # "Ủy viên Hội đồng tư vấn": not the unit's council
        return _literal_body(text, m, spec, end)
    m = _DEPT.match(text, pos, end)
    if m:
        dept = _canonical_dept(m.group(2))
        style = "national" if m.group(1) == "Bộ" else "unit"
        return Body(f"{m.group(1)} {dept}", style, "province" if style == "unit" else ""), m.end()
    zone = _zone_board(text, pos, end, places)
    if zone:
        return zone
    m = _NAMED_HEAD.match(text, pos, end)
    if m and _UNNAMED_EVENT_COMMITTEE.match(text, pos, end):
        return None, pos - 1
    committee = _assembly_committee(text, m, end, places) if m else None
    if committee:
        return committee
    committee = _event_committee(text, m, end) if m else None
    if committee:
        return committee
    if m:
        name_end = _named_end(text, m.end(), end, places)
        if _FRIENDSHIP.match(text, m.start(), end):
            name_end = _last_capitalised_end(text, m.end(), name_end)
        if m.group(1) in _ASSOCIATION_HEADS and text.startswith(_UNDER_SEAT, name_end):
            # "Hội người Việt Nam tại Lào", "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam": the seat is part
            # of the name, not read here; the name cut before it is another association
            return None, pos - 1
        if name_end > m.end():
            head = _HEAD_WORD.get(m.group(1), m.group(1).capitalize())
            name = head + text[m.end(1) : name_end]  # "Trưởng ban Dân vận": Ban Dân vận
            front = _FRONT_AFTER.match(text, name_end, end) if m.group(1) in ("Ban", "ban") else None
            if front and all(word[0].islower() for word in (front["more"] or "").replace(",", " ").split()):
                return Body(f"{name}{front['more'] or ''} {_FRONT_BODY}", "unit", "province"), front.end()
            if name.endswith(_CENTRAL_LETTERS):
                name = name[:-2] + "Trung ương"  # "Ban Tuyên giáo TW" is Ban Tuyên giáo Trung ương
            if text[m.end() : name_end] == "Trung ương":
                return None, pos - 1  # "Ủy ban Trung ương" of what? the text left the body out
            if name == _STATE_COMMITTEE:
                return None, pos - 1  # "Ủy ban Nhà nước về …" the lexicon cannot read: a national committee, never a province's
            central = _CENTRAL_NAME.match(text, m.end(), name_end)  # "Ủy ban T.Ư Mặt trận Lào xây dựng đất nước"
            if name.endswith((" Trung ương", " " + _CENTRAL_SHORT, " Trung ương Đoàn", _OF_THE_GOVERNMENT)) or m.group(1) in _NATIONAL_HEADS or _EVENT_COMMITTEE.match(name) or (
                _of_a_party(name)) or central or (_ends_with_country(text, m.end(), name_end, places) and not _FRIENDSHIP.match(name)):
                # "Ban Tuyên giáo và Dân vận Trung ương", "Ban Tôn giáo Chính phủ", "Cục Lãnh sự", "Ban Chấp
                # hành Đảng Nhân dân Campuchia": no province's, unless named
                return Body(name, "national"), name_end
            if _FOREIGN_FRIENDSHIP.match(name) and _NO_UNIT_AFTER.match(text, name_end, end):
                return Body(name, "named"), name_end  # "Hội Hữu nghị Lào - Việt Nam": named in full, of no unit
            if name in _OF_A_COMMITTEE or _FOREIGN_FRIENDSHIP.match(name):
                # whose committee, the text must say; "Hội Hữu nghị Fukuroi - Việt Nam" is the other
                # country's association, of no Vietnamese province the article names
                return Body(name, "unit"), name_end
            return Body(name, "unit", "province"), name_end
    return None, pos - 1


# A board named after the Government is the country's ("Ban Tôn giáo Chính phủ", "Ban Cơ yếu Chính phủ"), as
# one named after the centre is: a minister's deputy who heads it is no guest province's official.
_OF_THE_GOVERNMENT = " Chính phủ"


# "Trưởng ban Tổ chức Festival Huế lần thứ X", "Phó Trưởng Ban Tổ chức Lễ hội Cà phê Buôn Ma Thuột năm 2023":
# an event's committee is named by the whole name of its event, its place and its edition included (the
# place is the event's, no province's body); the name ends on its last capitalised word or number, not on
# the verb the sentence goes on with ("… năm 2018 phát biểu").
_NAME_TAIL = re.compile(r"(?: [^\W\d_]*[a-zà-ỹđ][^\W\d_]*)+$")
_ANY_CASE_EVENT_COMMITTEE = re.compile(r"[Bb]an (?:Tổ chức|Chỉ đạo) (?=" + lexicon.UPPER + r")")


def _event_committee(text: str, m: re.Match, end: int):
    committee = _ANY_CASE_EVENT_COMMITTEE.match(text, m.start(), end)
    if not committee:
        return None
    at = committee.end()
    mention = next((e for e in events.find_events(text, at, end, []) if e.start == at), None)
    if mention is None or not mention.name:
        return None
    name_end = at + len(_NAME_TAIL.sub("", text[at : mention.end]))
    if " " not in text[at:name_end]:
        return None  # the event's kind alone ("Ban Tổ chức Hội nghị"): read as before
    return Body(m.group(1).capitalize() + text[m.end(1) : name_end], "national"), name_end


# "Chủ tịch UBND tỉnh Đoàn Văn A": a unit word in lower case, then a capitalised word, is the unit and a
# person's name, not a body that starts with the unit's word ("Tỉnh đoàn", the province's Youth Union).
_LOWER_UNIT_WORD = re.compile(rf"(?:{lexicon.unit_alternation('province', 'city', 'district', written_out=True)}) (?=\w)")


def _a_unit_then_a_name(text: str, m: re.Match) -> bool:
    unit = _LOWER_UNIT_WORD.match(text, m.start(), m.end())
    return unit is not None and text[unit.end()].isupper()


_CENTRAL_NAME = re.compile(r"(?:Trung ương|T\.Ư|TƯ|TW) " + lexicon.UPPER)
# A state committee ("Ủy ban Nhà nước về người Việt Nam ở nước ngoài"), its name cut where it goes on in lower case.
_STATE_COMMITTEE = "Ủy ban Nhà nước"
# "Hội Hữu nghị Việt Nam - Nhật Bản bày tỏ …": a friendship association's name ends with its countries.
_FRIENDSHIP = re.compile(r"Hội [Hh]ữu nghị ")
_FOREIGN_FRIENDSHIP = re.compile(r"Hội [Hh]ữu nghị (?!Việt )")
_NO_UNIT_AFTER = re.compile(rf"(?! (?:của )?(?:{lexicon.unit_alternation('province', 'city', 'district', 'foreign', written_out=True)})(?![\w]))")
_WORD = re.compile(r"[^\W\d_][\w']*")


def _last_capitalised_end(text: str, pos: int, end: int) -> int:
    last = pos
    for m in _WORD.finditer(text, pos, end):
        if m.group(0)[0].isupper():
            last = m.end()
    return last


# "Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp tỉnh Thanh Hóa": a province's board of its
# economic zone, named after the place the zone is in (that place is the zone's name, not the office's).
_ZONE_BOARD = re.compile(r"Ban [Qq]uản lý (?:các )?[Kk]hu (?:kinh tế|công nghiệp|chế xuất)(?: cửa khẩu)?")
_MORE_ZONES = re.compile(r" và các [Kk]hu (?:công nghiệp|chế xuất)(?![\w])")


# "Khu kinh tế Vân Phong", "Khu kinh tế Đông Nam Nghệ An": a zone named by a few capitalised words that
# no family name opens and that no person's name follows (then where the zone's name ends, unknown).
_CAPITALISED_WORDS = re.compile(r"(?: " + lexicon.UPPER + r"[^\W\d_]*){1,7}(?![\w])")
_LONGEST_ZONE_NAME = 4


def _zone_name_end(text: str, at: int, end: int) -> int:
    run = _CAPITALISED_WORDS.match(text, at, end)
    if run is None:
        return at
    words = run.group(0).split()
    surnames = lexicon.surnames()
    if len(words) > _LONGEST_ZONE_NAME or words[0] in surnames or any(w in surnames for w in words[1:-1]):
        return at
    return run.end()


def _zone_board(text: str, pos: int, end: int, places: dict) -> tuple[Body, int] | None:
    m = _ZONE_BOARD.match(text, pos, end)
    if m is None:
        return None
    at = m.end()
    named = places.get(at + 1) if text[at : at + 1] == " " else None
    if named is not None and named.places[0].kind in ("District", "City") and named.surface == named.places[0].name:
        at = named.end
    else:
        at = _zone_name_end(text, at, end)
        province = _province_ending(places, m.end(), at)
        if province is not None:  # "Khu kinh tế Đông Nam Nghệ An": the province ends the zone's name and is the office's
            return Body(text[pos : province.start - 1], "bare", "province"), province.start - 1
    more = _MORE_ZONES.match(text, at, end)
    at = more.end() if more else at
    return Body(text[pos:at], "unit", "province"), at


def _province_ending(places: dict, start: int, end: int):
    """The match of a Vietnamese province that ends text[start:end] after a word of its own, if any."""
    match = next((p for p in places.values() if start < p.start - 1 and p.end == end), None)
    if match is None or match.places[0].kind != "Province" or match.places[0].country != "VN":
        return None
    return match


# "Chủ nhiệm Ủy ban Kiểm tra": the inspection committee of a party committee the text names
# ("… Tỉnh ủy", "… Đảng ủy UBND tỉnh"); alone, no province's. So is "Ban Tổ chức" alone: a party
# committee's board is written with its committee ("Trưởng Ban Tổ chức Tỉnh ủy"); "Phó Trưởng Ban Tổ
# chức" after a director's post is an event's organising committee, of no province.
_OF_A_COMMITTEE = frozenset(("Ủy ban Kiểm tra", "Ban Tổ chức"))


# "Ủy ban Kế hoạch, Tài chính và Kiểm toán của Quốc hội (Lào)", "Ủy ban Văn hóa-Giáo dục-Thanh thiếu
# niên và Nhi đồng của Quốc hội": a committee of a national assembly, its name up to "của Quốc hội"
# (commas and "và" inside it), the assembly's country after it.
# Written also without "của" and with the assembly capitalised ("Ủy ban Kinh tế và Tài chính Quốc Hội"):
# Vietnam's National Assembly, unless a country follows ("Ủy ban Chính sách Quốc hội Nhật Bản").
_OF_ASSEMBLY = " của Quốc hội"
_ASSEMBLY_AT = re.compile(r" (của )?Quốc [Hh]ội(?![\w])")
_ASSEMBLY_COMMITTEE_NAME = re.compile(lexicon.UPPER + r"[^\W\d_]*(?:(?: |-|, | và )[^\W\d_]+){0,11}")
_NOT_IN_A_COMMITTEE_NAME = frozenset(STOP_WORDS - {"và"})


def _assembly_committee(text: str, m: re.Match, end: int, places: dict) -> tuple[Body, int] | None:
    if m.group(1) != "Ủy ban":
        return None
    at = _ASSEMBLY_AT.search(text, m.end(), min(end, m.end() + 90))
    name = _ASSEMBLY_COMMITTEE_NAME.fullmatch(text, m.end(), at.start()) if at and at.start() > m.end() else None
    if name is None or _NOT_IN_A_COMMITTEE_NAME.intersection(name.group(0).replace(",", " ").split()):
        return None
    following = places.get(at.end() + 1) if text.startswith(" ", at.end()) else None
    if not at.group(1) and following is not None and any(p.kind == "Country" for p in following.places):
        return None  # a foreign assembly's committee, named with its country
    return Body(f"Ủy ban {name.group(0)}{_OF_ASSEMBLY}", "national"), at.end()


def _of_a_party(name: str) -> bool:
    return any(name.lower().endswith(" " + party.lower()) for party in lexicon.titles()["party_names"])


# "Ủy viên Bộ Chính trị (Trung ương) Đảng Cộng sản Trung Quốc": a foreign party's politburo, named with
# the party; the Vietnamese party's goes without saying ("Ủy viên Bộ Chính trị").
_OF_PARTY_AFTER = re.compile(rf" (?:Ban Chấp hành Trung ương |Trung ương )?{_PARTY}({_PARTY_SUFFIX.pattern[1:]})")


def _as_listed(pattern: str, written: str) -> str:
    """"Trưởng ban Nội chính Trung ương": the body's name as the lexicon spells it ("Ban …")."""
    return next((alt for alt in pattern.split("|") if alt.lower() == written.lower()), written)


# A lowercase word after a body that only a unit word may follow ("Hội đồng tư vấn"), no unit word itself
# ("Hội đồng thành phố", "Hội đồng của tỉnh X").
_ANOTHER_KIND = re.compile(rf" (?!(?:của )?(?:{lexicon.unit_alternation('province', 'city', 'district', 'commune', 'foreign', written_out=True)})(?![\w]))[a-zà-ỹđ]")


def _literal_body(text: str, m: re.Match, spec: dict, end: int) -> tuple[Body, int]:
    canonical = spec["canonical"] or _as_listed(spec["pattern"], m.group(0))
    body_end = m.end()
    party = ""
    if canonical.endswith(" Trung ương") and _OF_THE_YOUTH_UNION.match(text, body_end, end):
        # "Trưởng Ban Tổ chức Trung ương Đoàn": the Youth Union's commission, not the Party's
        return Body(canonical + " Đoàn", "national"), body_end + len(" Đoàn")
    if spec.get("of_a_party"):
        p = _OF_PARTY_AFTER.match(text, body_end, end)
        named = _canonical_party(_PARTY + p.group(1)) if p else ""
        if named and named != lexicon.titles()["ruling_parties"]["VN"]:
            return Body(f"{canonical} {named}", spec["style"], spec.get("level", "")), p.end()
    if spec["style"] == "party":
        p = _PARTY_SUFFIX.match(text, body_end, end)
        if p:
            party = _canonical_party("Đảng " + p.group(1))
            body_end = p.end()
    short = _BRACKETED_SHORT.match(text, body_end, end)
    if short and any(short.group(1) in alt.split() for alt in spec["pattern"].split("|")):
        body_end = short.end()  # "Ủy ban nhân dân (UBND) tỉnh X": the body's own abbreviation, then its place
    return Body(canonical, spec["style"], spec.get("level", ""), spec.get("expanded", ""), party, spec.get("unit", "")), body_end


# A body written out, then its abbreviation in brackets, as a page introduces it.
_BRACKETED_SHORT = re.compile(r" \(([A-ZĐ][A-ZĐ&]{1,9})\)")


@cache  # a scan of the lexicon per call; the same parties are written again and again
def _canonical_party(written: str) -> str:
    """"Đảng Nhân dân cách mạng Lào" is the party of the lexicon, "… Cách mạng Lào"; "Đảng NDCM Lào" too."""
    abbreviated = {k.lower(): v for k, v in lexicon.titles()["party_abbreviations"].items() if not k.startswith("_")}
    written = abbreviated.get(written.lower(), written)
    return next((p for p in lexicon.titles()["party_names"] if p.lower() == written.lower()), written)


@cache  # as _canonical_party: a scan of the lexicon's departments per call
def _canonical_dept(written: str) -> str:
    full = _DEPT_FULL.get(written.upper())
    if full:
        return full  # "Bộ GD&ĐT" is Bộ Giáo dục và Đào tạo
    for dept in lexicon.titles()["departments"]:
        if dept.lower() == written.lower():
            return dept
    return written


# A board of the Fatherland Front's committee, named with it, a comma between them or not: "Trưởng Ban Công tác
# Phụ nữ, Ủy ban MTTQ Việt Nam tỉnh X", "Phó Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh X" (since 2025 the mass
# organisations' work is done in the Front's boards): the board is the Front's, of the place after it, never a
# province's own board.
_FRONT_BODY = "Ủy ban MTTQ Việt Nam"
_FRONT_NAMES = r"(?:Ủy ban MTTQ Việt Nam|Ủy ban Mặt trận Tổ quốc Việt Nam|Ủy ban MTTQ|UBMTTQ Việt Nam|UBMTTQVN|UBMTTQ)(?![\w])"
_FRONT_AT = re.compile(_FRONT_NAMES)
# the board's name may run on past a comma in lower case: "Ban Dân chủ - Pháp luật và Giám sát, phản biện xã hội"
_FRONT_AFTER = re.compile(r"(?P<more>, [a-zà-ỹđ][^\W\d_]*(?: [a-zà-ỹđ][^\W\d_]*){0,4})?,? " + _FRONT_NAMES)


def _named_end(text: str, pos: int, end: int, places: dict) -> int:
    """End of an organisation name like 'Hữu nghị Việt Nam - Lào' (max 8 words)."""
    words = 0
    last = pos
    joined = False  # a word of a proper name joined to the one before by a dash: past the limit, the name runs on
    fields = False  # a department named by fields parted by commas: a longer name
    for m in _NAME_TOKEN.finditer(text, pos, end):
        word, at = m.group(0), m.start()
        central = _CENTRAL_END.match(text, at, end) if words >= 1 else None
        if central:
            return central.end()  # "Ban Tuyên giáo T.Ư", "Ủy ban Kiểm tra TƯ": the name ends with the centre
        if words >= 1 and (word == "Ban" or _FRONT_AT.match(text, at, end)):
            break  # "Phó Trưởng ban Thường trực Ban Chỉ đạo Đại hội", "Trưởng Ban Công tác Phụ nữ Ủy ban MTTQ": a second body begins
        dashed = text.endswith(" - ", 0, at) and word[:1].isupper()  # "Vườn quốc gia Phong Nha - Kẻ Bàng"
        if word == "," and text.endswith(_MINISTRY_DEPT_HEAD, 0, pos) and _FIELD_AFTER_COMMA.match(text, at, end):
            fields = True
            continue  # "Vụ Văn hóa, Giáo dục": a ministry department named by its fields, a comma between them
        if (words >= (_LONGEST_FIELDS_NAME if fields else 8) and not (dashed or joined)) or _stops_name(text, word, at, end, places) or _NAME_BREAK.search(text, last, at):
            break
        joined = dashed or (joined and word[:1].isupper() and words < 11)
        closing = _closing_party_or_country(text, at, end, places)
        if closing:
            return closing  # "Ban Nghiên cứu Chính sách Đảng Dân chủ Tự do Nhật Bản Suzuki A": the body ends there
        if text.endswith("Trung ương", pos, last) and words >= 2:
            if _OF_THE_YOUTH_UNION.match(text, last, end):
                return last + len(" Đoàn")  # "Ban Quốc tế Trung ương Đoàn (Thanh niên …)": the Youth Union's
            break  # "Ban Nội chính Trung ương Phan Đình A": the name of a central body ends there
        if word in "-,":
            continue
        words += 1
        last = at + len(word)
    return last


# "Trung ương Đoàn" is the Youth Union's central committee: "Phó Trưởng ban Quốc tế Trung ương Đoàn Thanh niên
# Cộng sản Hồ Chí Minh", "Ban Tổ chức Trung ương Đoàn TNCS Hồ Chí Minh", "Ban Thanh niên trường học Trung ương Đoàn".
_OF_THE_YOUTH_UNION = re.compile(r" Đoàn(?= Thanh niên| TNCS|[,.;:)]|$)")
# A ministry's department ("Vụ") named by fields parted by commas, each field a word of the ministries'
# and departments' names ("Vụ Văn hóa, Giáo dục", "Vụ Khoa học, Giáo dục, Tài nguyên và Môi trường"); a
# comma before any other word ("Vụ Văn hóa, Bộ Ngoại giao") ends the department's name.
_MINISTRY_DEPT_HEAD = "Vụ "
_FIELDS = sorted({f for d in lexicon.titles()["departments"] for f in re.split(r", | và | - ", d)}
                 | set(lexicon.titles()["department_fields"]["fields"]), key=len, reverse=True)
_FIELD_AFTER_COMMA = re.compile(r", (?:" + "|".join(map(re.escape, _FIELDS)) + r")(?![\w])")
_LONGEST_FIELDS_NAME = 12
_CENTRAL_SHORT = "T.Ư"
# "TƯ" and "TW" are the other short forms of "Trung ương" news writes; spelt out in the body's name.
_CENTRAL_END = re.compile(r"(?:T\.Ư|TƯ|TW)(?![\w.])")
_CENTRAL_LETTERS = (" TƯ", " TW")
_PARTY_NAME_AT = re.compile(rf"(?i:{lexicon.alternation(lexicon.titles()['party_names'])})(?![\w])")


def _ends_with_country(text: str, start: int, end: int, places: dict) -> bool:
    """'Ủy ban Chính sách Quốc hội Nhật Bản', 'Ủy ban Hòa bình và Đoàn kết Lào': a body named with its
    country is that country's, no province's."""
    for w in _NAME_TOKEN.finditer(text, start, end):  # a body's name is a few words: cheap
        match = places.get(w.start())
        if match is not None and match.end == end and any(p.kind == "Country" for p in match.places):
            return True
    return False


def _closing_party_or_country(text: str, at: int, end: int, places: dict) -> int:
    """Where a foreign body's name ends with its party or country and a name follows at once: after them.
    A party named in full ends the name wherever; a country only before a capitalised word (the holder)."""
    m = _PARTY_NAME_AT.match(text, at, end) if text.startswith(_PARTY, at) else None  # every party name opens so
    if m:
        return m.end()
    match = places.get(at)
    if match is None or match.places[0].kind != "Country" or match.end >= end:
        return 0
    nxt = text[match.end : match.end + 2]
    return match.end if len(nxt) == 2 and nxt[0] == " " and nxt[1].isupper() else 0
# A word of a body's name; "T.Ư" is one ("Ủy ban T.Ư Mặt trận Lào xây dựng đất nước").
# A word may carry a number after a hyphen: "Ban Chỉ đạo phòng, chống dịch COVID-19".
_NAME_TOKEN = re.compile(r"T\.Ư(?![\w])|[^\W\d_][\w']*(?:-\d+(?![\w]))?|-|,")
_TERM_AT = re.compile(r"nhiệm kỳ |khóa (?:[IVXLC]+|\d+)\b")
_NAME_BREAK = re.compile(r"[;:.()\[\]\n]")


_UNDER = " thuộc "


# The verbs that close a title told inside a clause ("đoàn do ông A, Chủ tịch Hội Hữu nghị X dẫn
# đầu", "… Chủ tịch Ủy ban Y chứng kiến lễ ký"), and the verbs of speech that close the speaker's
# title before what is said ("PGS.TS A, Phó Chủ tịch Hội Di sản Văn hóa Việt Nam khẳng định: …",
# "…, Trưởng ban Chỉ đạo Tây Bắc nhấn mạnh: …"): never words of an organisation's name.
_CLOSING_VERB = re.compile(r"(?:dẫn đầu|chứng kiến|khẳng định|nhấn mạnh|bày tỏ|cảm ơn)(?![\w])")


# "Ban Chỉ đạo phòng, chống tham nhũng", "… phòng, chống thiên tai": the paired verbs of prevention and
# control are written with a comma between them, inside the body's name.
_PREVENT_AND_CONTROL = re.compile(r"(?<=[Pp]hòng), (?=chống )")


# "chủ" stops a name as the verb "chủ trì" (the board's head chairs …), not inside one: "Ban Dân chủ - Pháp luật".
_MASTER, _MASTER_VERB = "chủ", " trì"


def _stops_name(text: str, word: str, at: int, end: int, places: dict) -> bool:
    if word == "," and _PREVENT_AND_CONTROL.match(text, at, end):
        return False
    if word == "," or word == _UNDER.strip() or _TERM_AT.match(text, at, end):
        return True  # "Ủy ban Kiểm tra nhiệm kỳ 2025-2030": the term is no part of the name
    if _CLOSING_VERB.match(text, at, end):
        return True
    if word.lower() in STOP_WORDS and not (word == "và" and text[at + 3 : at + 4].isupper()) and not (
            word == _MASTER and not text.startswith(_MASTER_VERB, at + len(word))):
        return True
    if UNIT_RE.match(text, at, end) or _is_body_or_role(text, at, end) or _COMMUNE_UNIT_AT.match(text, at, end):
        return True
    match = places.get(at)
    return bool(match and any(p.kind != "Country" for p in match.places)) and not _an_oceans_name(text, at)


# "Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương": the gazetteer reads a province ("Thái Bình") inside an ocean's name.
_OCEAN_AT = re.compile(lexicon.alternation(sorted(OCEANS)) + r"(?![\w])")


def _an_oceans_name(text: str, at: int) -> bool:
    return _OCEAN_AT.match(text, at) is not None


# "Ban CHQS xã và Thiếu tá A", "Ban Xây dựng Đảng Đảng ủy xã trúng cử …": a commune's unit word ends a
# body's name (the commune's name, or none, follows); in "xã hội" (society), "xã giao", "xã viên", "xã
# luận" it is a syllable of another word, never a unit.
_COMMUNE_UNIT_AT = re.compile(rf"(?:{lexicon.unit_alternation('commune')})(?=$|[ :;,.)])(?! (?:hội|giao|viên|luận)\b)")


def _is_body_or_role(text: str, at: int, end: int) -> bool:
    return _ANY_BARE_BODY.match(text, at, end) is not None


def _qualify(text: str, title: Title, end: int, places: dict) -> Title:
    """Read what follows a title: a place (or list of places), a seat, a term."""
    pos = title.end
    if title.bodies and title.bodies[-1].text == _DELEGATION:
        constituency = _CONSTITUENCY.match(text, pos, end)
        if constituency:  # "Trưởng đoàn ĐBQH khu vực bầu cử số 14": no province's delegation
            return _copy(title, notes=title.notes + (OWN_CONSTITUENCY,), end=constituency.end(),
                         written=text[title.start : constituency.end()])
        unit_of_election = _ELECTORAL_UNIT.match(text, pos, end)  # "Trưởng đoàn ĐBQH khóa XIV đơn vị tỉnh X"
        pos = unit_of_election.end() if unit_of_election else pos
    portfolio = _PORTFOLIO.match(text, pos, end) if title.bodies and title.bodies[-1].style in _LOCAL_STYLES else None
    if portfolio:  # "Phó Bí thư Tỉnh ủy phụ trách công tác tư tưởng tỉnh X": the committee of the province after it
        pos = portfolio.end()
    found, unit, pos = _place_after(text, pos, end, places, title)
    if portfolio and not found:
        return title  # a portfolio, then no place: nothing of the title after all
    if found:
        pos = _own_country_before_a_name(text, pos, end, places, found[0])
    # The changes are collected and made in one replace(): a frozen dataclass is slow to copy.
    changes: dict = {}
    if not found and (_unread_commune(text, pos, end, unit) or _unread_foreign_unit(text, pos, end, unit, title)
                      if unit else _unread_unit(text, pos, end, title)):
        changes["notes"] = title.notes + (UNREAD_PLACE,)
    if found and found[0].kind == "Country" and title.standalone in ("diplomat", "country", "party", "government") or (
        found and found[0].kind == "Country" and any(b.style in ("embassy", "national", "party", "foreign") for b in title.bodies)
    ):
        changes["country"] = found[0]
    elif found:
        changes.update(places=tuple(found), unit=unit)
    elif unit:
        changes["unit"] = unit
    elif title.is_diplomatic:  # "các Đại sứ … tại Việt Nam: A (Mexico), B (Iran)": countries follow
        mission = _mission_after(text, pos, end, places, title.base)
        if mission:  # "Tổng Lãnh sự, Tổng Lãnh sự quán Nhật Bản tại TP Hồ Chí Minh"
            changes["country"], pos, kind = mission
            if title.base not in _MISSION_HEAD_ROLES and not title.bodies:
                # "Tham tán Thương mại, Đại sứ quán Canada": a rank serves in the mission named
                changes["bodies"] = (Body(kind, "embassy"),)
    if found or (title.is_diplomatic and not unit):  # what follows a place, or a diplomat: "tại Y"
        seat, pos2 = _seat_after(text, pos, end, places)
        if seat:
            changes["seat"] = seat
            pos = pos2
    written = text[title.start : pos]
    if not changes and pos == title.end and written == title.written:
        return title  # nothing follows the title: the common case
    return _copy(title, **changes, end=pos, written=written)


def _own_country_before_a_name(text: str, pos: int, end: int, places: dict, place) -> int:
    """"Tỉnh trưởng tỉnh Chăm-pa-sắc Lào Bun Mi …", "… TP Thượng Hải Trung Quốc Trần Nhã Cầm": the place's own
    country written bare after it, then the holder's name: the country ends the title, never starts the name."""
    if place.kind == "Country" or not place.country or text[pos : pos + 1] != " ":
        return pos
    match = places.get(pos + 1)
    if match is None or match.places[0].kind != "Country" or match.places[0].country != place.country:
        return pos
    nxt = text[match.end : match.end + 2]
    return match.end if len(nxt) == 2 and nxt[0] == " " and nxt[1].isupper() else pos


def _copy(title: Title, **changes) -> Title:
    """dataclasses.replace(title, **changes) without its checks and __init__ (a Title has no
    __post_init__): most titles found are copied once here, and replace() cost more than the rest."""
    new = object.__new__(Title)
    new.__dict__.update(title.__dict__, **changes)
    return new


_DELEGATION = "Đoàn ĐBQH"
# A delegation named by its numbered constituency (a foreign assembly's: Laos numbers its
# provinces' constituencies) is no Vietnamese province's, nor the place of its holder's other titles.
_CONSTITUENCY = re.compile(r" khu vực bầu cử số \d+(?![\w])")
OWN_CONSTITUENCY = "constituency"
# "Bí thư Đảng ủy phường Hòa Khánh Bắc Mới": a commune named in words whose end is not read is still
# named, so the title takes no other commune from the context; a family name after the unit word
# is the holder's ("Chủ tịch UBND xã Lê Văn A"), whose commune the context tells. So is a unit abbreviated
# in a way no unit word reads, glued to its name: "Chủ tịch UBND H.Minh Hóa (Quảng Bình)", "Q.Bình Thạnh"
# (a district's, not the province's after it).
UNREAD_PLACE = "unread place"
NO_CONTEXT_PLACE = frozenset((OWN_CONSTITUENCY, UNREAD_PLACE))
_ABBREVIATED_UNIT = re.compile(rf" [A-ZĐ]{{1,2}}\.{lexicon.UPPER}")
_COMMUNE_UNITS = frozenset(lexicon.unit_words("commune"))


# "Ông A, tân Chủ tịch UBND "siêu phường" ở Thanh Hóa": the unit told in a quoted description, not named; the
# post is that unit's, not the province's the page is about.
_QUOTED_UNIT = re.compile(
    rf' ["“][^"”]{{0,20}}(?<![\w])(?:{lexicon.unit_alternation("commune", "district", written_out=True)})(?![\w])[^"”]{{0,20}}["”]')


def _unread_unit(text: str, pos: int, end: int, title: Title) -> bool:
    return bool(title.bodies) and title.bodies[-1].style == "unit" and (
        _ABBREVIATED_UNIT.match(text, pos, end) is not None or _QUOTED_UNIT.match(text, pos, end) is not None)


def _unread_commune(text: str, pos: int, end: int, unit: str) -> bool:
    if unit not in _COMMUNE_UNITS or text[pos : pos + 1] != " ":
        return False
    word = _COMMUNE_WORD.match(text, pos + 1, end)
    return word is not None and not _all_caps(word.group(0)) and word.group(0) not in lexicon.surnames()


def _unread_foreign_unit(text: str, pos: int, end: int, unit: str, title: Title) -> bool:
    """"Bí thư, Tỉnh trưởng tỉnh Chăm-pa-sak": a foreign region in a spelling the gazetteer lacks is still
    named, so the title takes no other province from the context: a name transliterated with hyphens
    (no Vietnamese person's name has them), or any name after a foreign region's role but a family name.
    So is a district written so ("Phó Chủ tịch UBND huyện Xay Chăm Pon"): every Vietnamese district the
    gazetteer reads, and a holder's name after the unit word opens with a family name."""
    if unit in _COMMUNE_UNITS or text[pos : pos + 1] != " ":
        return False
    word = _FOREIGN_WORD.match(text, pos + 1, end)
    if word is None or _all_caps(word.group(0)):
        return False
    named = title.standalone == "region" or unit in _DISTRICT_UNITS and word.group(0) not in _HONORIFIC_WORDS
    return "-" in word.group(0) or named and word.group(0) not in lexicon.surnames()


_DISTRICT_UNITS = frozenset(lexicon.unit_words("district"))
_HONORIFIC_WORDS = frozenset(h for h in lexicon.titles()["honorifics"] if " " not in h)


_FOREIGN_WORD = re.compile(lexicon.UPPER + r"[^\W\d_]*(?:-[^\W\d_]+)*(?![\w'])")
_ELECTORAL_UNIT = re.compile(r"(?: khóa [IVXLC]+)?,? đơn vị(?= )")


def _as_written_county(match, place):
    """"Huyện trưởng huyện Haenam": a foreign town the data list as a city, written as the county it is
    (Korea's gun, a Lao muang named after its town): the office is the county's, by the unit written."""
    if place.country != "VN" and place.unit == _CITY_UNIT and match.surface.split(" ", 1)[0].lower() == _COUNTY_UNIT:
        return replace(place, unit=_COUNTY_UNIT)
    return place


_CITY_UNIT, _COUNTY_UNIT = "thành phố", "huyện"


def as_written_district(place, unit: str):
    """"Chủ tịch HĐND huyện Chơn Thành" in 2016: a district the data know by the unit it was raised to
    later (thị xã, thành phố), written as the one it was then, holds the office of the unit written."""
    if place.country != "VN" or place.kind != "District" or place.unit == unit:
        return place
    ranks = _DISTRICT_RANKS
    return replace(place, unit=unit) if unit in ranks and place.unit in ranks and ranks[unit] < ranks[place.unit] else place


_DISTRICT_RANKS = {"huyện": 0, "thị xã": 1, "thành phố": 2}


def _place_after(text: str, pos: int, end: int, places: dict, title: Title):
    glued = places.get(pos - len(_COUNTRY_WORD) + 1) if title.base.endswith(" nước") else None
    if glued is not None and glued.places[0].kind == "Country":
        return (glued.places[0],), "", glued.end  # "Chủ tịch nước CHDCND Lào": the gazetteer read "nước CHDCND Lào"
    if pos >= end or text[pos] != " ":
        return (), "", pos
    at = pos + 1
    m = LIST_UNIT_RE.match(text, at, end)
    if m:
        first = m.start(1) if m.start(1) in places else m.end()  # "các tỉnh A": the match may include "tỉnh"
        listed, list_end = _place_list(text, first, end, places)
        if listed:
            return listed, lexicon.unit_canonical(m.group(1)), list_end
    match = places.get(at)  # the gazetteer may know "TP Hồ Chí Minh" as a whole
    if match:
        return (_as_written_county(match, _committee_place(match.places, title)),), "", match.end
    country = _country_after(text, at, end, places)
    if country:
        return (country.places[0],), "", country.end
    m = UNIT_RE.match(text, at, end)
    unit = ""
    if m:
        unit = lexicon.units()["canonical"].get(m.group(1), m.group(1).lower())
        at = m.end() + 1
        glued = _glued_after(text, m, places)  # "Hội đồng TP.Yongin"
        if glued is not None and _of_unit(glued.places, unit) is not None:
            return (_of_unit(glued.places, unit),), unit, glued.end
        if at > end or at - 1 >= len(text) or text[at - 1] != " ":
            return (), unit, m.end()
    match = places.get(at)
    if match:
        place = _of_unit(match.places, unit)
        if place is not None:
            return (as_written_district(place, unit),), unit, match.end
    if not m:
        return (_foreign_city_after(text, at, places) or _capitalised_foreign_unit(text, at, places)
                or _commune_after(text, pos + 1, end, places))
    return (), unit, m.end()


# "Chủ tịch HĐND Thành phố Thượng Hải", "Thống đốc Tỉnh Gunma": a foreign place after its unit word
# capitalised as part of its name (a bare "Thành phố" after a body is Ho Chi Minh City: left to the rules for it).
_CAPITALISED_UNIT_WORD = re.compile(r"(Thành phố|Tỉnh|Bang) ")


def _capitalised_foreign_unit(text: str, at: int, places: dict):
    m = _CAPITALISED_UNIT_WORD.match(text, at)
    match = places.get(m.end()) if m else None
    if match is None:
        return None
    unit = m.group(1).lower()
    place = _of_unit(match.places, unit)
    return ((place,), unit, match.end) if place is not None and place.country not in ("VN", "") else None


_CITY_COMMITTEE = "Thành ủy"


def _committee_place(candidates, title: Title):
    """"Ủy viên Ban Thường vụ Thành ủy Lạng Sơn": a province ("tỉnh") has a Tỉnh ủy, so a Thành ủy
    named after it is the committee of its namesake city (thành phố Lạng Sơn), when there is one."""
    named = title.bodies[-1].text if title.bodies else title.role
    if not named.endswith(_CITY_COMMITTEE) or candidates[0].unit != "tỉnh":
        return candidates[0]
    return next((p for p in candidates if p.kind == "City" and p.country == "VN"), candidates[0])


# "Thị trưởng thị Bằng Tường", "Phó Chủ tịch Chính hiệp thị Bằng Tường": a Chinese city (市) written
# after "thị", a word no unit list holds (it starts "thị trường", "thị xã"…): only before a foreign city.
_CITY_WORD = "thị "


def _foreign_city_after(text: str, at: int, places: dict):
    if not text.startswith(_CITY_WORD, at):
        return None
    match = places.get(at + len(_CITY_WORD))
    city = next((p for p in match.places if p.kind == "City" and p.country not in ("VN", "")), None) if match else None
    return ((city,), "thành phố", match.end) if city is not None else None


# "Chủ tịch UBND Phường Hắc Dịch", "Bí thư Đảng ủy Xã Tân Lập": portals of communes often write their
# own unit word capitalised after the body; it names the ward or commune all the same.
COMMUNE_RE = re.compile(rf"({lexicon.unit_alternation('commune', capitalised=True)})(?=[ :;,.)]|$)")
_COMMUNE_WORD = re.compile(lexicon.UPPER + r"[^\W\d_]*(?![\w'-])")
COMMUNE_KIND = "Commune"
_MIDDLE_NAMES = frozenset(("Văn", "Thị"))


def _commune_after(text: str, at: int, end: int, places: dict):
    """"Chủ tịch HĐND phường Phú An": the gazetteer knows no commune, so the office's place is
    read from the text, a two-word name (the common form since the 2025 reorganisation). A
    commune's title never takes the province's place from the context: "Chủ tịch HĐND phường"
    keeps its unit and waits for a sibling title that names the ward."""
    m = COMMUNE_RE.match(text, at, end)
    if not m:
        return _abbreviated_commune_after(text, at, end, places)
    unit = m.group(1).lower()
    known = places.get(m.end() + 1)  # a foreign town the gazetteer knows by its unit word: "Thị trưởng thị trấn Vizille"
    if known is not None and known.places[0].unit == unit and known.places[0].country != "VN":
        return (known.places[0],), unit, known.end
    name_end = _commune_name_end(text, m.end() + 1, end, places) if text[m.end() : m.end() + 1] == " " else None
    if name_end is None:
        return (), unit, m.end()
    name = text[m.end() + 1 : name_end]
    place = _commune_place(unit, name)
    return (place,), unit, name_end


# "Chủ tịch UBND P.Móng Cái 1", "UBND X. Tân Hiệp": a ward's or commune's unit word abbreviated, glued to
# its name or not; the name is read as after the written-out word.
_COMMUNE_ABBREVIATION = re.compile(rf"({lexicon.alternation(lexicon.units()['commune_abbreviations'])}) ?(?={lexicon.UPPER})")


def _abbreviated_commune_after(text: str, at: int, end: int, places: dict):
    m = _COMMUNE_ABBREVIATION.match(text, at, end)
    name_end = _commune_name_end(text, m.end(), end, places) if m else None
    if name_end is None:
        return (), "", at - 1
    unit = lexicon.unit_canonical(m.group(1))
    return (_commune_place(unit, text[m.end() : name_end]),), unit, name_end


def communes_named(text: str, places: dict) -> list[tuple[int, Place]]:
    """Every Vietnamese commune or ward the text names after its unit word ("HĐND xã Cao Phong",
    "phường Hội An Tây"), with where: the places an article's bare commune titles may be of."""
    out = []
    for m in COMMUNE_RE.finditer(text):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        found, _, _ = _commune_after(text, m.start(), min(len(text), m.end() + 80), places)
        if found and found[0].kind == COMMUNE_KIND:
            out.append((m.start(), found[0]))
    return out


def _commune_name_end(text: str, at: int, end: int, places: dict) -> int | None:
    """End of a commune's two-word name; none where the words run on, unless a person's name
    (a family name first) follows: "Chủ tịch UBND xã Hòa Bình Lê Văn A"."""
    first = _COMMUNE_WORD.match(text, at, end)
    second = first and text[first.end() : first.end() + 1] == " " and _COMMUNE_WORD.match(text, first.end() + 1, end)
    if not second or _all_caps(first.group(0)) or _all_caps(second.group(0)) or second.group(0) in _MIDDLE_NAMES:
        return None  # "UBND xã Lê Văn A": a person's name, the commune's left out
    numbered = _NUMBER_AFTER.match(text, second.end(), end) or _number_before_a_name(text, second.end(), end)
    if numbered:  # "phường Móng Cái 1": the 2025 reorganisation numbered the parts of a split town
        return numbered.end(1)
    third = _word_after(text, second, end)
    if _ends_name(third):
        return second.end()
    # "phường Hội An Tây", "xã Tân Phú Đông": a direction makes a third word of the name; so does any
    # capitalised word when no family name opens the three ("phường Ô Chợ Dừa", "phường Tân Sơn Nhất")
    # and none of them is a unit word or a place of its own ("phường Bến Nghé Quận 1")
    fourth = _word_after(text, third, len(text))  # read past ``end``, where a person's name may be thought to start
    if not _ends_name(fourth):
        return None
    if third.group(0) in _DIRECTIONS:
        return third.end()
    plain = fourth is None and first.group(0) not in lexicon.surnames() and third.start() not in places
    return third.end() if plain and not _CAPITALISED_UNIT.match(text, third.start(), end) else None


_CAPITALISED_UNIT = re.compile(rf"(?:{lexicon.unit_alternation('province', 'city', 'district', 'commune', capitalised=True)})(?![\w])")


# A ward's number ends its name only where the name ends: at punctuation, the end, or "và"
# ("phường Móng Cái 1 và …"); "xã Hòa Bình 2 năm liền" is a count, not a name.
_NUMBER_AFTER = re.compile(r" ([1-9]\d?)(?=$|[,;.:)]| và | -| –| \()")
# … or where the holder's name follows the title ("Chủ tịch UBND phường Móng Cái 1 Trần Văn A"): a family name
# right after the number, as after a commune's two words.
_NUMBER_THEN_WORD = re.compile(r" ([1-9]\d?) (?=\w)")


def _number_before_a_name(text: str, at: int, end: int) -> re.Match | None:
    m = _NUMBER_THEN_WORD.match(text, at, end)
    nxt = m and _COMMUNE_WORD.match(text, m.end(), end)
    return m if nxt and nxt.group(0) in lexicon.surnames() else None


_DIRECTIONS = frozenset(("Đông", "Tây", "Nam", "Bắc", "Trung"))


def _word_after(text: str, word: re.Match, end: int) -> re.Match | None:
    return _COMMUNE_WORD.match(text, word.end() + 1, end) if text[word.end() : word.end() + 1] == " " else None


def _ends_name(nxt: re.Match | None) -> bool:
    """What follows a commune's name ends it: no capitalised word, an abbreviation, or a person's family name."""
    return nxt is None or _all_caps(nxt.group(0)) or nxt.group(0) in lexicon.surnames()


def _all_caps(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _commune_place(unit: str, name: str) -> Place:
    return Place(key=f"{unit} {name}", name=name, kind=COMMUNE_KIND, unit=unit, country="VN", parent="", iso3166="", aliases=())


def _glued_after(text: str, m: re.Match, places: dict):
    """The place glued to an abbreviated unit word ("TP.Yongin"): the unit read may end before the dot."""
    dot = m.end() - 1 if m.group(1).endswith(".") else m.end()
    if text[dot : dot + 1] != "." or lexicon.unit_canonical(text[m.start(1) : dot + 1]) == text[m.start(1) : dot + 1]:
        return None
    return places.get(dot + 1)


_PROVINCIAL = ("Province", "ForeignRegion")


def _of_unit(candidates, unit: str):
    """The place a unit word names: "tỉnh Đồng Văn" is no district's (the name after "tỉnh"
    belongs to a person: "Phó Chủ tịch UBND tỉnh Đồng Văn Hải")."""
    if unit != "tỉnh":
        return candidates[0]
    return next((p for p in candidates if p.kind in _PROVINCIAL), None)


# "Thủ tướng nước CHDCND Lào", "Đại sứ nước Cộng hòa Ấn Độ", "Đại sứ Cộng hòa Liên bang Đức", "Đại sứ Nhà nước Israel",
# "Đại sứ CH Ba Lan" ("CH" short for "Cộng hòa", "CHLB" for "Cộng hòa Liên bang"), "Đại sứ nước Cộng hòa
# Xã hội chủ nghĩa Việt Nam" (however its words are capitalised, "Nước Cộng hòa Ireland" too):
# the country's style before a name the gazetteer knows without it.
_COUNTRY_WORD = "nước "
# The Arab and Islamic republics carry it too: "Cộng hòa Ả Rập Ai Cập", "Cộng hòa Hồi giáo Iran".
_COUNTRY_STYLE = re.compile(r"(?:[Nn]ước |[Nn]hà nước )?(?:(?:Cộng hòa|Vương quốc|Liên bang|CHLB|CH)(?: Liên bang| [Xx]ã hội [Cc]hủ nghĩa| Ả [Rr]ập| [Hh]ồi giáo)? )?")


def _country_after(text: str, at: int, end: int, places: dict):
    """The country after its style; the gazetteer may know the style too ("nước | Cộng hòa
    Dân chủ Nhân dân Lào"), so the place is looked up after "nước" first."""
    m = _COUNTRY_STYLE.match(text, at, end)
    after_word = text.startswith(_COUNTRY_WORD, at, end) or text.startswith(_COUNTRY_WORD.capitalize(), at, end)
    for start in (at + len(_COUNTRY_WORD) if after_word else None, m.end()):
        match = places.get(start) if start is not None and start > at else None
        if match and match.places[0].kind == "Country":
            return match
    return None


_MISSION = re.compile(r", (Tổng Lãnh sự quán|Lãnh sự quán|Đại sứ quán|Văn phòng Đại diện) ")
# After a rank, the head's title stands for the mission: "Tham tán Thương mại, Tổng lãnh sự Hàn
# Quốc tại TP Hồ Chí Minh" is a counsellor of the consulate general, not its head.
_MISSION_AFTER_RANK = re.compile(r", (Tổng [Ll]ãnh sự(?: quán)?|[Ll]ãnh sự quán|Đại sứ quán|Văn phòng Đại diện) ")
# Those who head a mission (its head's title names no mission); all other diplomats hold a rank in one.
_MISSION_HEAD_ROLES = frozenset(("Đại sứ", "Đại sứ đặc mệnh toàn quyền", "Đại biện", "Đại biện lâm thời",
                                 "Tổng Lãnh sự", "Lãnh sự", "Lãnh sự danh dự"))


def _mission_after(text: str, pos: int, end: int, places: dict, base: str):
    """A diplomat named by rank, then the mission: the mission's country is theirs."""
    m = (_MISSION if base in _MISSION_HEAD_ROLES else _MISSION_AFTER_RANK).match(text, pos, end)
    match = places.get(m.end()) if m else None
    if match is None or match.places[0].kind != "Country":
        return None
    kind = CONSULATE if m.group(1).lower().startswith("tổng lãnh sự") else m.group(1)
    return match.places[0], match.end, kind


def _place_list(text: str, pos: int, end: int, places: dict):
    """"các tỉnh A, B và C": the list ends with its last place, not on the separator after it ("…, và ông D")."""
    found, last = [], pos
    while pos < end:
        match = places.get(pos)
        if not match:
            break
        found.append(match.places[0])
        pos = last = match.end
        sep = re.compile(r",? và |, ").match(text, pos, end)
        if not sep:
            break
        pos = sep.end()
    return (found, last) if len(found) > 1 else ([], pos)


# "tại TP Hồ Chí Minh", "tại TP.Đà Nẵng": an abbreviated unit may be glued to the name.
SEAT_WORD = " tại "  # between a mission's country and its seat, in its office's label too
_SEAT = re.compile(rf"({SEAT_WORD})(?:(?:{lexicon.unit_alternation('province', 'city')})(?: |(?<=\.)))?")


_MISSION_NAMED = re.compile(r"(?:Tổng Lãnh sự quán|Lãnh sự quán|Đại sứ quán) $")
EMBASSY, CONSULATE = "Đại sứ quán", "Tổng Lãnh sự quán"


def missions_in(text: str, places: dict) -> set[tuple]:
    """The missions a sentence names: (its kind, its country, its seat), "Đại sứ quán Việt Nam
    tại Hàn Quốc" → (Đại sứ quán, Việt Nam, Hàn Quốc); a mission whose seat is not said is none."""
    found = set()
    for at, match in places.items():
        kind = _MISSION_NAMED.search(text, max(0, at - 20), at)
        if kind is None or match.places[0].kind != "Country":
            continue
        seat, _ = _seat_after(text, match.end, len(text), places)
        if seat is not None:
            found.add((EMBASSY if kind.group(0).startswith("Đại sứ") else CONSULATE, match.places[0], seat))
    return found


def _seat_after(text: str, pos: int, end: int, places: dict):
    m = _SEAT.match(text, pos, end)
    if not m:
        return None, pos
    # "tại Vương quốc Thụy Điển": a country may be written with its style
    match = places.get(m.end(1)) or places.get(m.end()) or _country_after(text, m.end(1), end, places)
    return (match.places[0], match.end) if match else (None, pos)
