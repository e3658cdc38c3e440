"""Stage: partnerships between a Vietnamese province/city and a foreign region or city.

Only a clause that records a tie yields partnersWith. A signed text (memorandum,
agreement, minutes of talks, twinning — "kết nghĩa" —, a joint working group, an
established cooperation relationship) ties every Vietnamese side of its clause to
every foreign side; with only the foreign side named ("ký kết với tỉnh Gunma"),
the article's own province is the other. Talks ("hội đàm") and tie words
("hợp tác", "hữu nghị") are weaker: they tie only two sides the clause names
together ("giữa A và B", "hai tỉnh A - B", "A hội đàm với B"). A visit alone
does not, nor a planned signing ("dự kiến ký kết"), nor a wish ("mong muốn hợp
tác"). Places after "tại" (and the places that locate them) are venues, not
parties; a ward named like a province ("phường Long An", "P.Long An") is no
province; a place that only locates the one before it ("thành phố Kazanlak,
tỉnh Stara Zagora", "quận Ba Đình (Hà Nội)", the district and province of a twinned
village or commune) is no party; countries are too vague to be partners.
Two Vietnamese provinces are partners only where the text leaves no doubt: a signer
and each province it signed with ("ký kết … với từng tỉnh … là A, B, C"), or the
two an agreement is between ("thỏa thuận hợp tác giữa tỉnh A và tỉnh B"), or the two
that sign one together ("UBND tỉnh A và UBND tỉnh B đã ký kết chương trình hợp tác").
A group of our provinces counted once ("4 tỉnh A, B, C, D") may sign later by its count
("các Bí thư Tỉnh ủy 4 tỉnh và Bí thư Khu ủy X đã ký …"): each of them with the foreign signer.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from . import lexicon
from .gazetteer import REORGANISED, Place, load_gazetteer
from .prescan import Prescan


def _regex(words: list[str]) -> re.Pattern:
    # Case-insensitive: documents are often capitalised ("ký Biên bản ghi nhớ").
    return re.compile(r"(?<![\w])(?:" + lexicon.caseless_alternation(words) + r")(?![\w])", re.IGNORECASE)


_LEX = lexicon.events()
_TRIGGER = _regex(_LEX["partnership_triggers"])
_BLOCKER = _regex(_LEX["partnership_blockers"])
_TALKS = _regex(_LEX["partnership_talks"])
_MEETINGS = _regex(_LEX["partnership_meetings"])
_TIES = _regex(_LEX["partnership_ties"])
_TIE_BLOCKER = _regex(_LEX["partnership_tie_blockers"])
_TIE_CONTINUED = _regex(_LEX["partnership_tie_continued"])
# Any word that can state a tie: a sentence with none is skipped clause and all.
_ANY_TIE = _regex(_LEX["partnership_triggers"] + _LEX["partnership_talks"] + _LEX["partnership_ties"] + _LEX["partnership_meetings"]
                  + _LEX["partnership_ordinal_verbs"])
_BETWEEN = re.compile(r"(?<![\w])giữa(?![\w])")
# "hai tỉnh Thanh Hóa - Hủa Phăn", "ba tỉnh Long An, Tây Ninh và Svay Rieng": a group named as one.
_GROUP = re.compile(
    r"(?<![\w])(?:" + lexicon.alternation(_LEX["partnership_group_counts"]) + r") (?="
    + lexicon.alternation(_LEX["partnership_group_units"]) + r") ?(?=\w)", re.IGNORECASE)
# What may stand between the places of such a group: a comma, a dash, "và", unit words, "(Lào)", "các tỉnh".
_GROUP_GLUE = re.compile(
    r"(?:\s*(?:,|-|–|và|\([^()]{1,30}\))\s*)+(?:(?:các |những )?(?:" + lexicon.unit_alternation("province", "city", "district", "foreign", capitalised=True)
    + r") )?")
_IN_PARTICULAR = re.compile(r"(?<=\w) nói riêng(?![\w])")
# "Lào Cai (Việt Nam) và Vân Nam (Trung Quốc) là hai địa phương có quan hệ hữu nghị": the group before.
_NAMED_AS_GROUP = re.compile(
    r"(?<=[\w)]) là (?:" + lexicon.alternation(_LEX["partnership_group_counts"]) + r") (?:"
    + lexicon.alternation(_LEX["partnership_group_units"]) + r")(?![\w])", re.IGNORECASE)
_GROUP_UNIT = re.compile(r"(?:" + lexicon.alternation(_LEX["partnership_group_units"]) + r") ")
_WARD = re.compile(
    r"(?<![\w])(?:" + lexicon.unit_alternation("commune", capitalised=True) + r") $|(?<![\w])(?:"
    + lexicon.alternation(lexicon.units()["commune_abbreviations"]) + r") ?$")
_FORMER = re.compile(r" ?(?:" + lexicon.alternation(_LEX["partnership_former"]) + ")")
# "Ga Hà Khẩu", "cửa khẩu Lào Cai", "Trường Đại học Huế": a facility named after the place; "trấn
# Bằng Tường": a Chinese town (trấn, 镇) inside the city of its name, below the level of partners.
_FACILITY = re.compile(
    r"(?<![\w])(?:" + lexicon.alternation(_LEX["partnership_named_after"] + _LEX["venue_heads"]) + r") $", re.IGNORECASE)
_AREA_OF = re.compile(r"(?<![\w])vùng $", re.IGNORECASE)
# "Sở Ngoại vụ tỉnh A", "Bệnh viện Đa khoa tỉnh A", "Công ty cổ phần X của tỉnh A": a body the place names,
# which signs for itself.
_ORGANISATION = re.compile(
    r"(?<![\w])(?:" + lexicon.alternation(_LEX["partnership_organisations"]) + r")(?: (?!(?:"
    + lexicon.alternation(_LEX["partnership_organisation_stops"]) + r")(?![\w]))[\w.&-]+){0,5} $")
# "sau khi hợp nhất với tỉnh Hải Dương, thành phố đã ký …": the unit merged in signs nothing any more.
_MERGED_WITH = re.compile(
    r"(?<![\w])(?:hợp nhất|sáp nhập) (?:với|vào) (?:(?:" + lexicon.unit_alternation("province", "city", capitalised=True)
    + r") )?$", re.IGNORECASE)
# "Hai ngày 18 - 19/11 ở Paris, đoàn làm việc …": a place after "ở" is where things happen, no party.
_IN_PLACE = re.compile(
    r"(?<![\w])[Ởở] (?:(?:" + lexicon.unit_alternation("province", "city", "foreign", capitalised=True) + r") )?$")
_AT_NAME = re.compile(r"(?<![\w])[Tt]ại ((?:[\w'.-]+ ){0,3}[\w'.-]+), $")
# "tại Cung Hòa Bình, thủ đô Phnom Penh, …": a place named with its unit word that locates a named venue,
# set off by commas as an aside ("Tại buổi lễ, tỉnh A đã ký …" is the subject, no aside).
_AT_NAMED_VENUE = re.compile(
    r"(?<![\w])[Tt]ại ((?:" + lexicon.UPPER + r"[\w'.-]* ){0,3}" + lexicon.UPPER + r"[\w'.-]*), (?:"
    + lexicon.unit_alternation("province", "city", "foreign", "capital") + r") $")
# Between a place and the one that locates it: ", tỉnh Y", " (Y)", " - Y", " thuộc tỉnh Y".
# "phủ" is the unit of Japan's Osaka and Kyoto ("thuộc phủ Osaka"), lower-case only (the "Phủ" of "Phủ Lý" is a name).
_CONTAINER_GAP = re.compile(
    r"\s*(?:,|\(|-| thuộc )\s*(?:(?:" + lexicon.unit_alternation("province", "city", "foreign", capitalised=True) + r"|phủ) )?$")


@dataclass(frozen=True)
class Side:
    start: int
    end: int
    place: object  # gazetteer Place
    in_title: bool = False
    with_unit: bool = False  # named with its unit word ('huyện Hòa Vang'), not by a bare name
    county: bool = False  # a foreign county or city district, by the gazetteer or by the text's unit word


# "Sau hợp nhất, tỉnh tiếp tục kế thừa quan hệ hữu nghị giữa tỉnh Quảng Bình (cũ) với tỉnh Nakhon Phanom";
# "… tỉnh Bắc Giang (cũ) đã ký biên bản với thành phố Gyeongsan; văn bản này nay do tỉnh Bắc Ninh kế thừa".
_INHERITS = re.compile(r"(?<![\w])kế thừa(?![\w])", re.IGNORECASE)
# Asked of every sentence: an article's tie words (and its "kế thừa") found once, each sentence bisects them.
_ANY_TIE_SCAN = Prescan(_ANY_TIE)
_INHERITS_SCAN = Prescan(_INHERITS)


def may_tie(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] may state a tie: a tie word, or a merged unit's taking one over ("kế thừa")."""
    return _ANY_TIE_SCAN.search(text, start, end) is not None or _INHERITS_SCAN.search(text, start, end) is not None


# "A đã có quan hệ hợp tác với B và đang nỗ lực thúc đẩy hợp tác với C": a second predicate of the
# subject, told of its own; the tie of the first is not the effort of the second ('đã và đang', 'đang
# và sẽ' are one predicate's times; "đã ký kết và đang triển khai biên bản … với B": two verbs of one object).
_NEXT_PREDICATE = re.compile(r"(?<!đã)(?<!đang)(?<!ký kết)(?<!ký),? và (?:đang|sẽ) (?=\w)")


# "Hai bên đánh giá cao kết quả thực hiện Biên bản hợp tác giữa hai tỉnh A và B, thống nhất xây dựng thỏa
# thuận giai đoạn mới để ký kết": what the two agree to do next is a predicate of its own; its plan blocks no
# text they carry out already.
_AGREES = re.compile(r", (?:(?:và|đồng thời|cùng) )?(?:thống nhất|nhất trí)(?![\w])")


def _agreed_next(text: str, start: int, end: int):
    """The ", thống nhất …" after a clause that names a signed text and no plan, else None."""
    m = _AGREES.search(text, start, end) if text.find("hống nhất", start, end) >= 0 or text.find("hất trí", start, end) >= 0 else None
    if m is None or _TRIGGER.search(text, start, m.start()) is None or _BLOCKER.search(text, start, m.start()) is not None:
        return None
    return m


# "Là thành phố cửa khẩu đã kết nghĩa với huyện B (Trung Quốc), thành phố A tiếp tục …": a fronted phrase
# that tells a tie of the subject named right after its comma.
_FRONTED_END = re.compile(r"\)?, (?:(?:" + lexicon.unit_alternation("province", "city", "district", capitalised=True) + r") )?")


def _subject_of_fronted_tie(text: str, start: int, end: int, matches: list):
    """The Vietnamese place that is the subject after a fronted "Là …" phrase stating a tie, else None."""
    lo = bisect.bisect_left(matches, start, key=lambda m: m.start)
    for k in range(lo, len(matches)):
        match = matches[k]
        if match.start >= end:
            return None
        gap = text.rfind(",", start, match.start)
        if gap < 0 or not _FRONTED_END.fullmatch(text, gap - (text[gap - 1] == ")"), match.start):
            continue
        if match.places[0].country == "VN" and _ANY_TIE.search(text, start, gap):
            return match
        if match.places[0].country == "VN":
            return None
    return None


# "thành phố A kết nghĩa với huyện B từ năm 2013, thành phố C có quan hệ hữu nghị với thành phố D": pairs
# listed one after the other, each Vietnamese subject with its own partner after "với".
_NEXT_SUBJECT = re.compile(
    r", (?=(?:" + lexicon.unit_alternation("province", "city", "district", capitalised=True) + r") \w)")
_WITH = re.compile(r"(?<![\w])với(?![\w])")


def _next_subject(text: str, start: int, end: int, matches: list):
    """The comma before the second of pairs listed one after the other, each part a subject tied
    "với" its partner; None when the clause is no such list."""
    for m in _NEXT_SUBJECT.finditer(text, start, end):
        k = bisect.bisect_left(matches, m.end(), key=lambda x: x.start)
        if k == len(matches) or matches[k].start - m.end() > 12 or matches[k].places[0].country != "VN":
            continue
        if all(_WITH.search(text, a, b) and _ANY_TIE.search(text, a, b) for a, b in ((start, m.start()), (m.end(), end))):
            return m
    return None


def find_partners(text: str, start: int, end: int, matches: list, locations: list, titles: list, home,
                  not_parties: frozenset = frozenset()) -> list[tuple]:
    """(vietnamese place, foreign place) pairs stated in text[start:end], each predicate of its own;
    not_parties: the starts of place matches that name no party (a diplomat's seat, a place inside a
    person's name)."""
    subject = _subject_of_fronted_tie(text, start, end, matches) if text.startswith("Là ", start) else None
    if subject is not None:
        # Only the subject the fronted phrase tells of is tied; its predicate names others ("để thành phố C …").
        pairs = _clause_partners(text, start, subject.end, matches, locations, titles, home, not_parties)
        rest = find_partners(text, subject.start, end, matches, locations, titles, home, not_parties)
        return pairs + [p for p in rest if p not in pairs]
    cut = _NEXT_PREDICATE.search(text, start, end) if text.find(" và ", start, end) >= 0 else None
    agreed = _agreed_next(text, start, end)
    if agreed is not None and (cut is None or agreed.start() < cut.start()):
        cut = agreed
    listed = _next_subject(text, start, end, matches) if text.find(" với ", start, end) >= 0 else None
    if listed is not None and (cut is None or listed.start() < cut.start()):
        cut = listed
    if cut is None:
        return _clause_partners(text, start, end, matches, locations, titles, home, not_parties)
    pairs = _clause_partners(text, start, cut.start(), matches, locations, titles, home, not_parties)
    rest = find_partners(text, cut.end(), end, matches, locations, titles, home, not_parties)
    return pairs + [p for p in rest if p not in pairs]


def _clause_partners(text: str, start: int, end: int, matches: list, locations: list, titles: list, home,
                     not_parties: frozenset) -> list[tuple]:
    lo = bisect.bisect_left(matches, start, key=lambda m: m.start)
    if lo == len(matches) or matches[lo].start >= end:
        return []  # a clause that names no place states no partnership: skip its word searches
    clause = text[start:end]
    if _COUNTED_WITH_A_GROUP.search(clause):
        return []
    if _BLOCKER.search(clause) and not _ANNIVERSARY.search(clause):
        return _twins_named(text, start, end, matches, locations, titles, not_parties)
    respective = _respective_pairs(text, start, end, matches, locations, titles, not_parties) if _RESPECTIVELY.search(clause) else None
    if respective is not None:
        return respective
    pairs = _tied_partners(text, start, end, matches, locations, titles, home, not_parties)
    if _ORDINAL.search(clause) is None:
        return pairs
    sides = _sides(text, start, end, matches, locations, titles, not_parties)
    return pairs + [p for p in _earlier_partner(text, start, end, sides) if p not in pairs]


# "Huyện A, thành phố B và thành phố C lần lượt kết nghĩa với huyện D, thành phố E và huyện F", "A và B đã ký
# kết lần lượt với C và D": each of ours with the foreign side of its rank, never every one with every one; with
# the two lists of unequal length (a place the gazetteer does not know), which goes with which is a guess. One
# side named alone ("A đã lần lượt ký kết với B, C và D", "hai tỉnh A và B đã lần lượt ký …"): one after the other
# in time, the clause read as any other; so with one place on either side.
_RESPECTIVELY = re.compile(r"(?<![\w])lần lượt(?![\w])")
_TO_RESPECTIVELY = re.compile(r"[^,;:.]{0,40}")
_TO_FIRST_PARTNER = re.compile(r" (?:(?:các|những) )?(?:(?:" + lexicon.unit_alternation("province", "city", "district", "foreign", capitalised=True)
                               + r") )?")


def _respective_pairs(text: str, start: int, end: int, matches: list, locations: list, titles: list,
                      not_parties: frozenset) -> list[tuple] | None:
    """The pairs of rank of "A, B lần lượt … với C, D"; None unless the clause lists two sides or more on
    each side of "lần lượt … với" (the clause is then read as any other)."""
    m = _RESPECTIVELY.search(text, start, end)
    with_ = _WITH.search(text, m.start(), end)
    sides = _sides(text, start, end, matches, locations, titles, not_parties)
    before = [s for s in sides if s.end <= m.start()]
    if with_ is None or not before or not _TO_RESPECTIVELY.fullmatch(text, before[-1].end, m.start()):
        return None
    ours = _run_before(text, sides, before[-1].end)
    first = next((s for s in sides if s.start >= with_.end()), None)
    theirs = _run_after(text, sides, first.start) if first is not None and _TO_FIRST_PARTNER.fullmatch(text, with_.end(), first.start) else []
    if len(ours) < 2 or len(theirs) < 2:
        return None
    if len(ours) != len(theirs) or any(s.place.country != "VN" for s in ours) or any(s.place.country == "VN" for s in theirs) \
            or not (_TRIGGER.search(text, start, end) or _TIES.search(text, start, end)):
        return []
    return [(a.place, b.place) for a, b in zip(ours, theirs) if _of_one_level(a.place, b.place)]


# "… và 18 tỉnh/thành Việt Nam có quan hệ hợp tác với các tỉnh Nam Lào, trong đó có …": a count of
# localities tied with a group of another country's provinces tells no pair; the places the clause
# names (those attending, those counted) are no partners of each other.
_COUNTED_WITH_A_GROUP = re.compile(
    r"(?<![\w])\d+ tỉnh(?:/|, | , )thành(?: phố)?(?![\w])[^;.]{0,40}? có (?:mối )?quan hệ hợp tác với (?:các|những) ")


# "Quận B là địa phương thứ hai của Hàn Quốc kết thân với Gò Vấp, sau huyện C (tỉnh Gyeonggi)": the partners
# counted in the order they tied with A; the one named after "sau" tied with A before.
_ORDINAL = re.compile(
    r"(?<![\w])là (?:(?:địa phương|đối tác|thành phố|tỉnh|quận|huyện) )thứ (?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+)"
    r"(?: [^,;.]{0,40}?)? (?:" + lexicon.alternation(_LEX["partnership_ordinal_verbs"]) + r")(?: [^,;.]{0,30}?)? với (?=\w)")
_AFTER_EARLIER = re.compile(r", sau ")


def _earlier_partner(text: str, start: int, end: int, sides: list[Side]) -> list[tuple]:
    """A (ours, right after the count's "với") with the partner counted (right before its "là") and the one
    named right after its ", sau", each foreign; none unless the earlier one is named."""
    m = _ORDINAL.search(text, start, end)
    own = _side_at(text, sides, m.end())
    after = _AFTER_EARLIER.match(text, own.end) if own is not None else None
    earlier = _side_at(text, sides, after.end()) if after is not None else None
    if earlier is None or own.place.country != "VN":
        return []
    counted = [s for s in sides if s.end == m.start() - 1]
    return [(own.place, s.place) for s in counted + [earlier] if s.place.country != "VN" and _of_one_level(own.place, s.place)]


def _tied_partners(text: str, start: int, end: int, matches: list, locations: list, titles: list, home,
                   not_parties: frozenset) -> list[tuple]:
    clause = text[start:end]
    signed, talks = bool(_TRIGGER.search(clause)), bool(_TALKS.search(clause))
    ties = bool(_TIES.search(clause)) and not (_TIE_BLOCKER.search(clause) and not _TIE_CONTINUED.search(clause))
    meeting = bool(_MEETINGS.search(clause))
    if not (signed or talks or ties or meeting):
        return []
    sides = _sides(text, start, end, matches, locations, titles, not_parties)
    between = _between_pairs(text, start, end, sides, with_lead=signed)
    if between or not (signed or talks or ties):
        return between  # a standing meeting ties only the sides it is between
    free = [s for s in sides if not s.in_title]
    if signed:
        if _UNNAMED_VIETNAMESE.search(text, start, end) or _COUNTRY_BETWEEN.search(text, start, end):
            return _pairs(free, None)  # the Vietnamese side an unnamed group or the country: only the ones named are parties
        trigger = _TRIGGER.search(text, start, end).start()
        signer = _speakers_province(sides, trigger) or _speakers_point(text, start, trigger, matches) or (
            None if _organisation_signs(text, start, trigger) else home)
        return _pairs(free, signer) or _officials_signing(sides, trigger)
    if talks:
        return _pairs(free, None) or _officials_in_talks(text, start, end, sides, titles) or _two_named(text, start, end, sides, matches, titles, not_parties)
    if _UNNAMED_VIETNAMESE.search(text, start, end):
        return _pairs(free, None)  # "quan hệ hợp tác giữa các địa phương biên giới Việt Nam với X": no province named
    return (_group_pairs(text, start, end, free) or _two_named(text, start, end, sides, matches, titles, not_parties)
            or _related_with(text, start, end, free) or _relation_set_up(text, start, end, free)
            or _cooperated_since(text, start, end, free, home))


# "quan hệ hợp tác giữa tỉnh Gunma với một số địa phương của Việt Nam", "đã ký kết với hơn 20 tỉnh, thành
# Việt Nam", "hợp tác giữa các địa phương biên giới Việt Nam với Quảng Tây": the Vietnamese side an unnamed
# group (events.json, partnership_unnamed_*).
_UNNAMED_VIETNAMESE = re.compile(
    r"(?<![\w])(?:với|và|giữa) (?:(?:hơn |gần |trên )?\d+|" + lexicon.alternation(_LEX["partnership_unnamed_quantifiers"])
    + r") (?:" + lexicon.alternation(_LEX["partnership_unnamed_units"]) + r")(?: [\w]+){0,2}? (?:(?:của|tại|ở) )?Việt Nam(?![\w])")


# "kết quả hợp tác giữa Việt Nam với tỉnh Giang Tô", "quan hệ giữa tỉnh Chiba và Việt Nam": the Vietnamese side
# is the country itself, no province of ours (the article's own province stands in for none).
_COUNTRY_BETWEEN = re.compile(
    r"(?<![\w])giữa (?:nước )?Việt Nam (?:với|và) (?!Việt Nam)|(?<![\w])giữa [^,;.]{1,40}? (?:với|và) (?:nước )?Việt Nam(?![\w-])")


# "Ngày 5/3, Trường Cao đẳng Y tế … đã ký kết biên bản ghi nhớ với tỉnh B", "Công ty cổ phần Cao su A ký hợp đồng
# với tỉnh B": the subject that signs, right before the verb (after the clause's last comma), is a firm, a school,
# a chamber of commerce: it signs for itself, and the article's own province signs nothing.
_ORGANISATION_SUBJECT = re.compile(
    r"(?:(?:[Đđ]ại diện|[Ll]ãnh đạo) )?(?:" + lexicon.alternation(_LEX["partnership_organisations"]) + r")(?![\w])")


def _organisation_signs(text: str, start: int, trigger: int) -> bool:
    """Whether the subject right before the signing is a body that signs for itself; a clause after ";"
    opens on the space after it ("…; Hiệp hội A ký thỏa thuận với …")."""
    comma = text.rfind(", ", start, trigger)
    at = comma + 2 if comma >= 0 else start
    while at < trigger and text[at].isspace():
        at += 1
    return _ORGANISATION_SUBJECT.match(text, at) is not None


# "tại Hoa Kỳ, thành phố đã hợp tác với thành phố Pittsburgh (bang Pennsylvania) từ năm 2012": the news item's
# own unit, left unnamed, has cooperated with the partner since a year.
_COOPERATED_WITH = re.compile(
    r"(?<![\w])(?:[Tt]ỉnh|[Tt]hành phố) (?:đã |cũng )*(?:có quan hệ )?hợp tác với (?=\w)")
_SINCE_YEAR = re.compile(r"[^,;.]{0,50}? từ (?:năm )?\d{4}(?![\w])")


def _cooperated_since(text: str, start: int, end: int, sides: list[Side], home) -> list[tuple]:
    if home is None:
        return []
    for m in _COOPERATED_WITH.finditer(text, start, end):
        partner = _side_at(text, sides, m.end())
        if partner is not None and partner.place.country != "VN" and _SINCE_YEAR.match(text, partner.end, end):
            return _pairs([partner], home)
    return []


# "Bình Dương đã có quan hệ hữu nghị với 20 địa phương, trong đó có tỉnh Yamaguchi", "Thanh Hóa luôn
# dành sự quan tâm cho quan hệ hữu nghị, hợp tác toàn diện với tỉnh Hủa Phăn", "Kon Tum luôn coi trọng mối quan hệ
# với các tỉnh Nam Lào, trong đó có tỉnh Sê Kông": the relationship the subject has with the partner after "với"
# ("chưa có mối quan hệ" is a blocker).
_RELATION_WITH = re.compile(
    r"(?<![\w])(?:(?:mối )?quan hệ (?:giao lưu )?(?:hữu nghị|hợp tác|kết nghĩa|truyền thống|gắn bó)(?:,? (?:và )?(?:hữu nghị|hợp tác|toàn diện|đặc biệt"
    r"|truyền thống|tốt đẹp|lâu dài|chặt chẽ|gắn bó))*|duy trì hợp tác|mối quan hệ) với(?![\w])", re.IGNORECASE)


def _sought(verbs: str) -> re.Pattern:
    """One of the verbs, then up to two words, right before where the search ends."""
    return re.compile(r"(?<![\w])(?:" + verbs + r")(?: [\w]+){0,2} $", re.IGNORECASE)


# A relationship to be made or made more of is no tie the subject has.
_RELATION_SOUGHT = _sought("thúc đẩy|tăng cường|mở rộng|xây dựng|thiết lập|hướng tới|tiến tới|nâng|tìm kiếm|mong|muốn")
# From "với" to the partner: its unit word, or the number of partners and "trong đó có" (or "là").
_WITH_GAP = re.compile(
    r" (?:[^,;:]{0,60}(?:, trong đó có (?:các )?| là ))?(?:(?:các |những )?(?:" + lexicon.unit_alternation("province", "city", "foreign", capitalised=True)
    + r") )?")


def _related_with(text: str, start: int, end: int, sides: list[Side]) -> list[tuple]:
    """The one Vietnamese party before "quan hệ hữu nghị … với" and the partners right after it."""
    for m in _RELATION_WITH.finditer(text, start, end):
        if _RELATION_SOUGHT.search(text, max(start, m.start() - 30), m.start()):
            continue
        subject = {s.place for s in sides if s.end <= m.start() and s.place.country == "VN" and _may_be_party(s.place)}
        after = [s for s in sides if s.start >= m.end()]
        if len(subject) != 1 or not after or not _WITH_GAP.fullmatch(text, m.end(), after[0].start):
            continue
        partners = [s for s in _run_after(text, after, after[0].start) if s.place.country != "VN"]
        pairs = _pairs([s for s in sides if s.place in subject][:1] + partners, None)
        if pairs:
            return pairs
    return []


# "quan hệ hữu nghị mà tỉnh A (cũ) đã thiết lập với tỉnh B": the relationship a relative clause says the
# subject after "mà" set up with the partner after "với" (a tie it has, as a merged unit's heir may take over).
_RELATION_THAT = re.compile(
    r"(?<![\w])quan hệ (?:hữu nghị|hợp tác|kết nghĩa)(?:,? (?:và )?(?:hữu nghị|hợp tác|kết nghĩa))* mà ", re.IGNORECASE)
_SET_UP_WITH = re.compile(r"(?:" + _FORMER.pattern + r")? (?:đã |từng )?(?:thiết lập|xây dựng|ký kết|duy trì) với ")
# A unit word before a place that the place's match may leave out ("tỉnh Tochigi").
_UNIT_WORD = re.compile(r"(?:(?:" + lexicon.unit_alternation("province", "city", "foreign", capitalised=True) + r") )?")


def _side_at(text: str, sides: list[Side], pos: int) -> Side | None:
    """The side that starts at pos, or right after a unit word there."""
    return next((s for s in sides if s.start >= pos and _UNIT_WORD.fullmatch(text, pos, s.start)), None)


def _relation_set_up(text: str, start: int, end: int, sides: list[Side]) -> list[tuple]:
    """The one Vietnamese party right after "quan hệ hữu nghị mà" and the partner right after its
    "đã thiết lập với"."""
    for m in _RELATION_THAT.finditer(text, start, end):
        subject = _side_at(text, sides, m.end())
        if subject is None or subject.place.country != "VN" or not _may_be_party(subject.place):
            continue
        gap = _SET_UP_WITH.match(text, subject.end)
        partner = _side_at(text, sides, gap.end()) if gap is not None else None
        if partner is not None and partner.place.country != "VN":
            return _pairs([subject, partner], None)
    return []


# "A và thành phố kết nghĩa B (Nhật Bản) dự kiến tổ chức …": B named as A's twin, a tie that stands
# whatever the clause plans.
_TWIN_OF = re.compile(r" và (?:thành phố|tỉnh|địa phương) kết nghĩa (?:(?:" + lexicon.unit_alternation("foreign") + r") )?")


def _twins_named(text: str, start: int, end: int, matches: list, locations: list, titles: list,
                 not_parties: frozenset) -> list[tuple]:
    """The pairs "A và thành phố kết nghĩa B" of the clause."""
    if text.find(" kết nghĩa ", start, end) < 0:
        return []
    sides = _sides(text, start, end, matches, locations, titles, not_parties)
    pairs: list[tuple] = []
    for m in _TWIN_OF.finditer(text, start, end):
        twin = next((s for s in sides if s.start == m.end()), None)
        own = next((s for s in sides if s.end == m.start()), None)
        if twin is not None and own is not None and not own.in_title:
            pairs += [p for p in _pairs([own, twin], None) if p not in pairs]
    return pairs


# "Lãnh đạo tỉnh A tiếp Đoàn đại biểu tỉnh B. Tại đây, hai bên đã ký kết biên bản ghi nhớ …": the
# signers named only by their count, right before the verb of signing; the sentence before names them.
# "… hai tỉnh đang triển khai Thỏa thuận hợp tác giai đoạn 2016 - 2020", "hai tỉnh tiếp tục thực hiện hiệu quả Biên
# bản ghi nhớ hợp tác đã ký": the pair carrying out the text it signed; "… mà lãnh đạo hai Thủ đô đã ký".
_BOTH_SIGNED = re.compile(
    r"(?<![\w])(?:[Hh]ai|2|02) (?:bên|tỉnh|địa phương|thành phố|[Tt]hủ đô)(?: (?:đã|vừa|cùng|chính thức|tiến hành|đang"
    r"|tiếp tục))* (?:ký kết|ký|(?:triển khai|thực hiện)(?: hiệu quả)? (?i:(?:các |những )?(?:thỏa thuận|thoả thuận"
    r"|biên bản|kế hoạch|chương trình)(?: ghi nhớ)? hợp tác))(?![\w])")


# "… trao Thư ý định hợp tác về du lịch giữa hai địa phương", "… cụ thể hóa Biên bản hợp tác giữa hai tỉnh giai
# đoạn 2023 - 2027": a cooperation text of the two sides counted, named before or around it.
_TEXT_OF_BOTH = re.compile(
    r"(?<![\w])(?:thỏa thuận|thoả thuận|biên bản|bản ghi nhớ|kế hoạch|chương trình|thư ý định)(?: ghi nhớ)?(?: về)? hợp tác"
    r"(?: [^,;.]{0,60}?)? giữa (?:hai|2|02) (?:tỉnh|thành phố|địa phương|bên)(?![\w])", re.IGNORECASE)


# "Hai bên thống nhất sẽ xây dựng Kế hoạch hợp tác giữa hai địa phương": a text still to be made.
_TEXT_SOUGHT = _sought("sẽ|dự kiến|xây dựng|soạn thảo|chuẩn bị|nghiên cứu|đề xuất|đề nghị|hướng tới|tiến tới|mong muốn"
                       "|thống nhất|bàn|thảo luận|trao đổi về")


def both_signed(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] says "hai bên (đã) ký kết …" or names a cooperation text "giữa hai tỉnh"
    that is made, no plan nor wish about it."""
    if _BLOCKER.search(text[start:end]):
        return False
    if _BOTH_SIGNED.search(text, start, end) is not None:
        return True
    m = _TEXT_OF_BOTH.search(text, start, end)
    return m is not None and not _TEXT_SOUGHT.search(text, max(start, m.start() - 40), m.start())


def the_one_pair(text: str, start: int, end: int, matches: list, locations: list, titles: list,
                 not_parties: frozenset = frozenset(), home=None) -> list[tuple]:
    """The pair of text[start:end] when it names exactly one Vietnamese party and one foreign one
    (venues after "tại" and countries aside), the Vietnamese one home when it names none; with more,
    which two signed is a guess."""
    sides = [s for s in _sides(text, start, end, matches, locations, titles, not_parties) if _may_be_party(s.place)]
    vietnamese = list(dict.fromkeys(s.place for s in sides if s.place.country == "VN")) or ([home] if home else [])
    foreign = list(dict.fromkeys(s.place for s in sides if s.place.country != "VN"))
    if len(vietnamese) != 1 or len(foreign) != 1 or not _of_one_level(vietnamese[0], foreign[0]):
        return []
    return [(vietnamese[0], foreign[0])]


def _titled_before(sides: list[Side], pos: int) -> tuple[list, list]:
    """The Vietnamese and the foreign parties that officials' titles name before pos, each once."""
    titled = [s.place for s in sides if s.in_title and s.end <= pos and _may_be_party(s.place)]
    return ([p for p in dict.fromkeys(titled) if p.country == "VN"],
            [p for p in dict.fromkeys(titled) if p.country != "VN"])


def _speakers_province(sides: list[Side], trigger: int):
    """"Ông A, Chủ tịch UBND tỉnh Sơn La cho biết, tỉnh đã ký thỏa thuận … với tỉnh Hủa Phăn": the
    province that signed, left unnamed, is the one of the only official named before the signing, not
    the article's (a national conference's host city)."""
    vietnamese, foreign = _titled_before(sides, trigger)
    return vietnamese[0] if len(vietnamese) == 1 and not foreign else None


# "Phát biểu từ điểm cầu Hải Phòng, ông A cho biết, thành phố đã ký …": the one speaking from a
# province's bridge point of a national conference speaks for that province.
_FROM_POINT = re.compile(
    r"(?<![\w])từ điểm cầu (?:(?:" + lexicon.unit_alternation("province", "city", capitalised=True) + r") )?")


def _speakers_point(text: str, start: int, trigger: int, matches: list):
    """The Vietnamese province of the bridge point the signing's speaker speaks from, if the clause says."""
    point = _FROM_POINT.search(text, start, trigger)
    if point is None:
        return None
    k = bisect.bisect_left(matches, point.end(), key=lambda m: m.start)
    if k == len(matches) or matches[k].start != point.end():
        return None
    place = matches[k].places[0]
    return place if place.country == "VN" and place.kind == "Province" else None


def _officials_signing(sides: list[Side], trigger: int) -> list[tuple]:
    """"Chủ tịch UBND tỉnh Thanh Hóa A và Phó Thống đốc tỉnh Shizuoka B ký biên bản ghi nhớ": the two
    officials named before the signing stand for their provinces, one of each side; with more, a guess."""
    if any(not s.in_title for s in sides if s.end <= trigger):
        return []
    vietnamese, foreign = _titled_before(sides, trigger)
    if len(vietnamese) != 1 or len(foreign) != 1 or not _of_one_level(vietnamese[0], foreign[0]):
        return []
    return [(vietnamese[0], foreign[0])]


def _two_named(text: str, start: int, end: int, sides: list[Side], matches: list, titles: list,
               not_parties: frozenset) -> list[tuple]:
    """The pair behind "giữa hai tỉnh" among the parties, else among all the places named: "Làm việc tại
    tỉnh B, đoàn tỉnh A thống nhất nội dung hợp tác giữa hai tỉnh": the two provinces are counted, so the
    one visited is a side too, though "tại" names it as the venue."""
    if _BETWEEN_TWO.search(text, start, end) is None:
        return []
    return _two_named_before(text, start, end, sides) or _two_named_before(
        text, start, end, _sides(text, start, end, matches, [], titles, not_parties))


# "… đoàn tỉnh A thăm tỉnh B, góp phần thắt chặt quan hệ hữu nghị giữa hai tỉnh": the two sides named
# only by their count, after they were named in the clause.
_BETWEEN_TWO = re.compile(r"(?<![\w])giữa (?:hai|2|02) (?:tỉnh|thành phố|địa phương)(?![\w])", re.IGNORECASE)


def _two_named_before(text: str, start: int, end: int, sides: list[Side]) -> list[tuple]:
    """The pair behind "giữa hai tỉnh" when the clause names exactly one province or city of each side
    before it (officials standing for theirs); with more, which two is a guess."""
    m = _BETWEEN_TWO.search(text, start, end)
    if m is None:
        return []
    parties = [s for s in sides if s.end <= m.start() and _may_be_party(s.place)]
    vietnamese = {s.place for s in parties if s.place.country == "VN"}
    foreign = {s.place for s in parties if s.place.country != "VN"}
    if len(vietnamese) != 1 or len(foreign) != 1:
        return []
    return [(vietnamese.pop(), foreign.pop())]


# "(dự kiến tổ chức) kỷ niệm 10 năm thiết lập quan hệ hợp tác giữa A và B": a plan to celebrate
# a tie says the tie exists.
_ANNIVERSARY = re.compile(r"(?<![\w])kỷ niệm \d+ năm (?:[Nn]gày )?(?:thiết lập|ký kết|kết nghĩa)(?![\w])", re.IGNORECASE)
_TALKS_WITH = re.compile(r"(?: (?:với|cùng))(?= )")


def _officials_in_talks(text: str, start: int, end: int, sides: list[Side], titles: list) -> list[tuple]:
    """"Bí thư Tỉnh ủy Quảng Ninh hội đàm với Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây": the
    officials' provinces are the two sides of the talks, the last named before them and the first after."""
    for m in _TALKS.finditer(text, start, end):
        with_ = _TALKS_WITH.match(text, m.end())
        if with_ is None:
            continue
        parties = [s for s in sides if _may_be_party(s.place)]  # not "Văn Lâm" inside "Hà Văn Lâm"
        if _FRONTED_TALKS.fullmatch(text, start, m.end()):
            return _fronted_talks(text, parties, with_.end(), titles)
        before = [s for s in parties if s.end <= m.start()][-1:]
        after = [s for s in parties if s.start >= with_.end()][:1]
        pairs = _pairs(before + after, None)
        if before and after and len(pairs) == 1 and before[0].place.country != after[0].place.country:
            return pairs
    return []


# "Hội đàm với lãnh đạo tỉnh B, Bí thư Tỉnh ủy A khẳng định …", "Tại buổi hội đàm với đoàn tỉnh B, tỉnh A …": the
# talks fronted; the side after "với", and after its comma the subject that held them.
_FRONTED_TALKS = re.compile(r"(?:(?:Tại|Trong) (?:buổi |cuộc )?)?[Hh]ội đàm")
# After the comma, the subject: an official's title naming it ('Bí thư Tỉnh ủy A'), or its delegation or unit word
# ('lãnh đạo tỉnh A'); "…, ông X cho biết tỉnh A …" tells what a speaker said, no side of the talks.
_TO_COMMA = re.compile(r"[^,;.]{0,40}?, ")
_NAME_TO_COMMA = re.compile(r"(?:(?:ông|bà|đồng chí) )?(?:" + lexicon.UPPER + r"[\w-]* ){0,4}" + lexicon.UPPER + r"[\w-]*, ")
_DELEGATION = re.compile(r"(?:(?:[Ll]ãnh đạo|[Đđ]oàn(?: đại biểu)?) )?(?:(?:" + lexicon.unit_alternation("province", "city", capitalised=True) + r") )?")


def _fronted_talks(text: str, parties: list[Side], pos: int, titles: list) -> list[tuple]:
    after = [s for s in parties if s.start >= pos]
    if len(after) < 2:
        return []
    partner, subject = after[0], after[1]
    comma = _TO_COMMA.match(text, partner.end)
    if comma is None or comma.end() > subject.start or subject.place.country == partner.place.country:
        return []
    # "…, Bí thư Tỉnh ủy A", or after the official's name set off by commas: "…, ông X, Chủ tịch UBND tỉnh A"
    named = _NAME_TO_COMMA.match(text, comma.end())
    starts = {comma.end(), named.end()} if named is not None else {comma.end()}
    titled = any(t.start in starts and t.start <= subject.start < t.end for t in titles)
    if not titled and not _DELEGATION.fullmatch(text, comma.end(), subject.start):
        return []
    return _pairs([partner, subject], None)


def _sides(text: str, start: int, end: int, matches: list, locations: list, titles: list,
           not_parties: frozenset = frozenset()) -> list[Side]:
    """The places of the clause that may be a party, in order."""
    venues = _venue_spans(text, matches, locations)
    lo = bisect.bisect_left(matches, start, key=lambda m: m.start)
    hi = bisect.bisect_left(matches, end, key=lambda m: m.start)
    sides: list[Side] = []
    body_of = None  # the place a firm's or a school's name holds, and the ones that locate it
    holding = None  # the last place that only says where unnamed villages or communes are
    for k, match in enumerate(matches[lo:hi], lo):
        if body_of is not None and _locates_match(text, body_of, match):
            body_of = match
            continue  # "Phòng Thương mại … thành phố Kisarazu (tỉnh Chiba)": the body's city located, no party
        body_of = None
        if _UNNAMED_SMALL_UNITS_OF.search(text, max(start, match.start - 40), match.start) or (
                holding is not None and _GROUP_GLUE.fullmatch(text, holding.end, match.start)):
            holding = match
            continue  # "kết nghĩa với 23 bản thuộc ba tỉnh A, B và C": the provinces hold the villages, no parties
        holding = None
        if match.start in not_parties or any(a <= match.start < b for a, b in venues) or _is_ward(text, match) \
                or _named_venue_before(text, start, match) or _locates_an_unknown_city(text, matches, k) \
                or _locates_an_unknown_small_unit(text, matches, k) \
                or _IN_PLACE.search(text, max(start, match.start - 16), match.start) \
                or _MERGED_WITH.search(text, max(start, match.start - 30), match.start):
            continue
        place = _candidate(text, match)
        if place.kind == "City" and _AREA_OF.search(text, max(0, match.start - 8), match.start):
            continue  # "Liên hiệp xử lý nước thải vùng Paris": the area around a city, no party
        if place.kind == "Country" or (_geographic_region(place) and not _COUNTED_BEFORE.search(text, max(0, match.start - 24), match.start)):
            continue  # countries are too vague to be partners, a region no party unless its members are counted
        title = next((t for t in titles if t.start <= match.start < t.end), None)
        if title is not None and (title.seat is not None or title.country is not None):
            continue  # "Tổng Lãnh sự Việt Nam tại Nam Ninh": a seat, not a party
        if title is None and _ORGANISATION.search(text, max(start, match.start - 60), match.start):
            body_of = match
            continue  # a department, firm or hospital of the place signs for itself; an official's title stands for it
        county = place.unit in _DISTRICT_UNITS or _named_as_county(match)
        side = Side(match.start, match.end, place, title is not None, _with_unit(text, matches, k), county)
        if sides and _may_locate_after(sides[-1]) and _locates(text, sides[-1], side):
            continue
        sides.append(side)
    return sides


# "… với 23 bản thuộc ba tỉnh", "các thôn biên giới thuộc huyện A": villages or communes counted, not named,
# and the place after "thuộc" that holds them.
_UNNAMED_SMALL_UNITS_OF = re.compile(
    r"(?<![\w])(?:\d+|các|những|nhiều)(?: cặp)? (?:" + lexicon.alternation([w for ws in _LEX["partnership_small_units"].values() for w in ws]) + r")(?: [\w]+){0,3} thuộc (?:(?:"
    + lexicon.alternation(_LEX["partnership_group_counts"]) + r"|các|những) )?(?:(?:" + lexicon.unit_alternation(
        "province", "city", "district", "foreign", capitalised=True) + r") )?$")


def _locates_match(text: str, previous, match) -> bool:
    """Whether the place match right after previous ('…, tỉnh Chiba', ' (Chiba)') only says where previous is."""
    if match.start - previous.end >= 16 or not _CONTAINER_GAP.fullmatch(text, previous.end, match.start):
        return False
    inner, outer = previous.places[0], match.places[0]
    return inner.parent == outer.key or outer in load_gazetteer().ancestors(inner)


def _may_locate_after(side: Side) -> bool:
    """Whether a place right after the side may only say where it is: after a party, or after a district
    named as one ('quận Ba Đình (Hà Nội)': the city locates the district that is the side, it signs nothing)."""
    return _may_be_party(side.place) or (side.place.country == "VN" and side.place.kind == "District" and side.with_unit)


def _with_unit(text: str, matches: list, k: int) -> bool:
    """'huyện Hòa Vang', or 'Hòa Vang (Đà Nẵng)': named as the unit it is, by its unit word or
    by the province that holds it, not by a bare name that may be a person's."""
    match = matches[k]
    if match.surface != match.places[0].name:
        return True
    after = matches[k + 1] if k + 1 < len(matches) else None
    return (after is not None and after.start == match.end + 2 and text.startswith(" (", match.end)
            and after.places[0].key == match.places[0].parent)


def _venue_spans(text: str, matches: list, locations: list) -> list[tuple[int, int]]:
    """Each "tại …" phrase with the places that locate it ("tại Dodamso, Suwon")."""
    spans = []
    for loc in locations:
        stop = loc.end
        i = bisect.bisect_left(matches, stop, key=lambda m: m.start)
        while i < len(matches) and matches[i].places[0] in loc.containers and _CONTAINER_GAP.match(text, stop, matches[i].start):
            stop = matches[i].end
            i += 1
        stop = _second_venue_end(text, matches, i, stop)
        spans.append((loc.start, stop))
    return spans


# "tại Lào Cai - Việt Nam và Hà Khẩu - Trung Quốc": two venues, each with its country, the second as
# much a venue as the first.
_AND_GAP = re.compile(r"\)?\s*và\s*$")


def _second_venue_end(text: str, matches: list, i: int, stop: int) -> int:
    if i < len(matches) and matches[i].places[0].kind == "Country" and _CONTAINER_GAP.match(text, stop, matches[i].start):
        stop, i = matches[i].end, i + 1  # the first venue's country
    else:
        return stop
    if i + 1 >= len(matches) or not _AND_GAP.match(text, stop, matches[i].start):
        return stop
    country = matches[i + 1]
    if country.places[0].kind != "Country" or not _CONTAINER_GAP.match(text, matches[i].end, country.start):
        return stop
    return country.end


def _is_ward(text: str, match) -> bool:
    """'phường Long An', 'P.Long An', 'Ga Hà Khẩu': the name of something smaller than the place."""
    window = max(0, match.start - 24)
    return bool(_WARD.search(text, window, match.start) or _FACILITY.search(text, window, match.start))


def _named_venue_before(text: str, start: int, match) -> bool:
    """'tại Dodamso, Suwon', 'tại khách sạn Grand, Sapporo': a place locating a venue the gazetteer does not know."""
    if _AT_NAME.search(text, max(start, match.start - 60), match.start) is not None:
        return True
    return text.startswith(",", match.end) and _AT_NAMED_VENUE.search(text, max(start, match.start - 70), match.start) is not None


# "chính quyền thành phố Izumisano, tỉnh Osaka (Nhật Bản)", "thành phố Kaizuka thuộc phủ Osaka": a city the
# gazetteer does not know, named with its unit, then the region that locates it.
_UNKNOWN_CITY_BEFORE = re.compile(
    r"(?<![\w])(?:" + lexicon.unit_alternation("city") + r") ((?:[^\W\d_][\w'-]* ){0,2}[^\W\d_][\w'-]*)"
    r"(?:,|\s*\(| thuộc) ?(?:(?:" + lexicon.unit_alternation("province", "foreign", capitalised=True) + r"|phủ) )?$")


# "quận Haeundae (thành phố Busan)", "huyện Okcheon, tỉnh Chungcheong Bắc": a foreign district or county the
# gazetteer does not know, then the city or region that locates it.
_UNKNOWN_DISTRICT_BEFORE = re.compile(
    r"(?<![\w])(?:" + lexicon.unit_alternation("district", capitalised=True) + r") ((?:[^\W\d_][\w'-]* ){0,2}[^\W\d_][\w'-]*)"
    r"(?:,|\s*\(| thuộc| của) ?(?:(?:" + lexicon.unit_alternation("province", "city", "foreign", capitalised=True) + r") )?$")


def _locates_an_unknown_city(text: str, matches: list, k: int) -> bool:
    """'thành phố Izumisano, tỉnh Osaka', 'quận Haeundae (thành phố Busan)': the region or city only says
    where the city or district that signs is; it is no party (the unit it locates is, though no place of
    ours names it)."""
    match = matches[k]
    m = _UNKNOWN_CITY_BEFORE.search(text, max(0, match.start - 60), match.start)
    if m is None and match.places[0].country != "VN":
        m = _UNKNOWN_DISTRICT_BEFORE.search(text, max(0, match.start - 60), match.start)
    if m is None or not all(w[0].isupper() for w in m.group(1).split()):
        return False
    return not any(o.start < m.end(1) and m.start(1) < o.end for o in matches[max(0, k - 3) : k])


# "khóm Ka Tăng (thị trấn Lao Bảo, Hướng Hóa) và bản Đen Sa Vẳn (Sê Pôn, Savannakhet)", "xã Tân Lập, tỉnh
# Tây Ninh": a commune or village the gazetteer never names, then the places that locate it. "bản" of
# "văn bản", "biên bản", "ký (kết) bản Thỏa thuận" is a document.
_UNKNOWN_SMALL_UNIT_BEFORE = re.compile(
    r"(?<![\w])(?<!văn )(?<!iên )(?<!ký )(?<!kết )(?:" + lexicon.unit_alternation("commune", "hamlet") + r") ((?:[^\W_][\w'-]* ){0,3}[^\W_][\w'-]*)"
    r"(?:\s*\((?:[^()]{0,40}(?:,|-) )?|,(?: [^,()]{1,30},){0,2} )(?:(?:"
    + lexicon.unit_alternation("province", "city", "district", "foreign", capitalised=True) + r") )?$")


def _locates_an_unknown_small_unit(text: str, matches: list, k: int) -> bool:
    """'xã Tân Lập, tỉnh Tây Ninh và xã Trapeang Phlong, tỉnh Tboung Khmum': the provinces only say where
    the communes that are the sides are; a tie of two communes is none of their provinces'."""
    match = matches[k]
    m = _UNKNOWN_SMALL_UNIT_BEFORE.search(text, max(0, match.start - 90), match.start)
    if m is None or not all(w[0].isupper() or w.isdigit() for w in m.group(1).split()):
        return False
    return not any(o.start < m.end(1) and m.start(1) < o.end for o in matches[max(0, k - 4) : k])


# "Thành ủy Lạng Sơn", "Huyện ủy Hà Quảng": the committee says the level of the unit it leads; a province's
# is its "Tỉnh ủy", so a province named after one of these is the city or district of its name.
_COMMITTEE_LEVEL = re.compile(r"(?<![\w])(Thành ủy|Thành uỷ|Thị ủy|Thị uỷ|Huyện ủy|Huyện uỷ) $")
_LEVEL_OF = {"Thành": ("City",), "Thị": ("City", "District"), "Huyện": ("District",)}


def _candidate(text: str, match):
    """The match's place; "X (trước đây)" is the unit of that name that no longer exists; "Thành ủy X" the city X
    where X names a province too."""
    if _FORMER.match(text, match.end):
        former = [p for p in match.places if p.valid_until is not None]
        if former:
            return former[0]
    place = match.places[0]
    committee = _COMMITTEE_LEVEL.search(text, max(0, match.start - 10), match.start) if place.kind == "Province" else None
    if committee is not None and place.unit == "tỉnh":
        kinds = _LEVEL_OF[committee.group(1).split(" ", 1)[0]]
        return next((p for p in match.places if p.kind in kinds and p.country == "VN" and p.parent == place.key), place)
    return place


def _named_as_county(match) -> bool:
    """'huyện Okcheon': a foreign city the gazetteer lists as a city, named by the text as a county
    (Korea's gun), which a Vietnamese district named with its unit may tie with."""
    place = match.places[0]
    return place.country != "VN" and place.kind == "City" and match.surface.split(" ", 1)[0].lower() in _DISTRICT_UNITS


def _may_be_party(place) -> bool:
    return place.country != "VN" or place.kind in ("Province", "City")


# "với 3 địa phương Bắc Lào": a counted set of the region's provinces, each a known partner of the
# article's; "với các tỉnh Nam Lào" names none.
_COUNTED_BEFORE = re.compile(
    r"(?<![\w])(?:" + lexicon.alternation(_LEX["partnership_group_counts"]) + r") (?:"
    + lexicon.alternation(_LEX["partnership_group_units"]) + r")(?: vùng)? $", re.IGNORECASE)


def _geographic_region(place) -> bool:
    """'Nam Lào', 'Bắc Lào': a part of a country no administration governs signs nothing. Every
    first-level division has an ISO 3166-2 code; a first-level area without one is only geography."""
    return place.kind == "ForeignRegion" and not place.iso3166 and len(place.parent) == 2


def _locates(text: str, previous: Side, side: Side) -> bool:
    """'thành phố Kazanlak, tỉnh Stara Zagora': the second only says where the first is; 'thành phố Mông Tự
    (Vân Nam)': the province holding the city's prefecture, the level between left out, as the press does."""
    gap = text[previous.end : side.start]
    if len(gap) >= 16 or not _CONTAINER_GAP.fullmatch(gap):
        return False
    if previous.place.parent == side.place.key or side.place in load_gazetteer().ancestors(previous.place):
        return True
    return _STATED_IN.match(gap) is not None and _holds(side.place, previous.place)


# "thành phố Hitachi thuộc tỉnh Ibaraki": the text itself says the one holds the other (where the
# gazetteer knows no parent).
_STATED_IN = re.compile(r" thuộc ")


def _holds(region, city) -> bool:
    return city.kind == "City" and region.kind == "ForeignRegion" and city.country == region.country


def _between_pairs(text: str, start: int, end: int, sides: list[Side], with_lead: bool) -> list[tuple]:
    """Pairs within each "giữa A và/với B" (up to the next "giữa"); with_lead, also before the first one."""
    cuts = [m.start() for m in _BETWEEN.finditer(text, start, end)]
    if not cuts:
        return []
    bounds = list(zip([start] + cuts, cuts + [end]))
    pairs: list[tuple] = []
    for i, (a, b) in enumerate(bounds):
        # Officials stand for their province in "hội đàm giữa Bí thư Tỉnh ủy A và Bí thư Khu ủy B", not before it.
        group = [s for s in sides if a <= s.start < b and (i > 0 or not s.in_title)]
        if i == 0 and not with_lead:
            continue
        found = _pairs(group, None)
        pairs += [p for p in found if p not in pairs]
    complete = any(_pairs([s for s in sides if a <= s.start < b], None) for a, b in bounds[1:])
    return pairs if complete else []


def _group_pairs(text: str, start: int, end: int, sides: list[Side]) -> list[tuple]:
    """Pairs within a group named as one: "hai tỉnh A - B", "ba tỉnh A, B và C", "… nói chung, A và B nói riêng",
    "A và B là hai địa phương …"."""
    groups = [_run_after(text, sides, m.end()) for m in _GROUP.finditer(text, start, end)]
    groups += [_run_before(text, sides, m.start()) for m in _IN_PARTICULAR.finditer(text, start, end)]
    groups += [_run_before(text, sides, m.start()) for m in _NAMED_AS_GROUP.finditer(text, start, end)]
    groups += [_subject_before(text, start, sides, m.start()) for m in _TIES_ANNIVERSARY.finditer(text, start, end)]
    groups += [_subject_before(text, start, sides, m.start()) for m in _FURTHERS_TIES.finditer(text, start, end)]
    groups += [_dashed_pair(text, sides, m.end()) for m in _TIE_OF_PAIR.finditer(text, start, end)]
    groups += [_dashed_pair_before(text, sides, m.start()) for m in _HEADED_TIE.finditer(text, start, end)]
    groups += [_partner_of(text, sides, m) for m in _PARTNER_OF.finditer(text, start, end)]
    groups += [_partners_told(text, sides, m) for m in _PARTNER_OF_OURS.finditer(text, start, end)]
    pairs: list[tuple] = []
    for group in groups:
        pairs += [p for p in _pairs(group, None) if p not in pairs]
    return pairs


# "Quan hệ hữu nghị Thừa Thiên Huế - Sa-la-van ngày càng phát triển", "thúc đẩy hợp tác Đà Nẵng - Daegu": the
# pair written with a dash right after the tie it has.
_TIE_OF_PAIR = re.compile(
    r"(?<![\w])(?:quan hệ )?(?:hữu nghị|hợp tác|kết nghĩa)(?:,? (?:và )?(?:hữu nghị|hợp tác|đặc biệt|truyền thống|toàn diện))* (?=\w)",
    re.IGNORECASE)
_DASH = re.compile(r" ?[-–] ?")


def _dashed_pair(text: str, sides: list[Side], pos: int) -> list[Side]:
    """The two places "A - B" from pos on, each right after the other's dash (their unit words aside)."""
    first = _side_at(text, sides, pos)
    dash = _DASH.match(text, first.end) if first is not None else None
    second = _side_at(text, sides, dash.end()) if dash is not None else None
    return [first, second] if second is not None else []


# "TP.Hải Phòng - TP.Incheon: 30 năm hợp tác hữu nghị", "Lào Cai - Vân Nam: thắt chặt quan hệ hợp tác": a
# headline's dashed pair, then after its colon the tie it has.
_HEADED_TIE = re.compile(r": (?:[\w]+ ){0,4}(?:quan hệ |mối quan hệ )?(?:hợp tác|hữu nghị|kết nghĩa)(?![\w])", re.IGNORECASE)


_DASH_UNIT = re.compile(r" ?[-–] ?(?:(?:" + lexicon.unit_alternation("province", "city", "foreign", capitalised=True) + r")\.? ?)?")


def _dashed_pair_before(text: str, sides: list[Side], pos: int) -> list[Side]:
    """The two places "A - B" that end at pos, the second right after the first's dash."""
    second = next((s for s in sides if s.end == pos), None)
    first = next((s for s in reversed(sides) if second is not None and s.end < second.start), None)
    if first is None or not _DASH_UNIT.fullmatch(text, first.end, second.start):
        return []
    return [first, second]


# "Tỉnh Gyeonggi là đối tác quan trọng của tỉnh Bình Dương": the place before "là" is a partner of the place
# after "của"; "Hội đồng tỉnh Isère coi Lào Cai là đối tác quan trọng nhất": the subject regards the place
# after "coi" as its partner.
# "Tỉnh Gunma là địa phương đối tác tin cậy của tỉnh Phú Thọ": the kind of partner may come first.
_PARTNER = r" là (?:một )?(?:trong những )?(?:(?:địa phương|thành phố|tỉnh) )?(?:đối tác|người bạn)"
# "… là người bạn thân thiết, đối tác tin cậy của tỉnh B": the epithets may be two, joined by a comma.
_PARTNER_OF = re.compile(_PARTNER + r"(?:,? [\w]+){0,6}? của |(?<![\w])(?:coi|xem) (?=\w)")
_PARTNER_AFTER = re.compile(_PARTNER + r"(?![\w])")
_REGARDING = re.compile(r"(?: (?:luôn|đã|vẫn|cũng|đều|từ lâu))* ")
# "Doanh nghiệp Osaka coi Hà Nội là đối tác": the firms of a place are not the place.
_FIRMS_OF = re.compile(r"(?:[Dd]oanh nghiệp|[Cc]ông ty|[Nn]hà đầu tư|[Tt]ập đoàn)(?: (?:của )?(?:tỉnh|thành phố|TP\.?))? $")


def _partner_of(text: str, sides: list[Side], m: re.Match) -> list[Side]:
    if not m.group(0).startswith(" là"):
        partner = _side_at(text, sides, m.end())
        if partner is None or not _PARTNER_AFTER.match(text, partner.end):
            return []
        subject = [s for s in sides if s.end <= m.start()][-1:]
        if not subject or not _REGARDING.fullmatch(text, subject[0].end, m.start()) \
                or _FIRMS_OF.search(text, max(0, subject[0].start - 24), subject[0].start):
            return []
        return subject + [partner]
    subject = [s for s in sides if s.end == m.start() or (s.end == m.start() - 1 and text[s.end] == ")")]
    partner = _side_at(text, sides, m.end())
    return subject + [partner] if subject and partner is not None else []


# "… đại diện thành phố Daegu (Hàn Quốc), địa phương đối tác của Đà Nẵng", "các địa phương đối tác của Đà Nẵng
# như thành phố Daegu, tỉnh Kagawa", "20 địa phương đối tác của Đà Nẵng, trong đó có …": a partner named in
# passing, set off before its kind as an aside, or listed after the partners of ours are named; a firm's or a
# school's partner is no place's ("Đại học Kagawa, đối tác của …": the body is no side).
_PARTNER_OF_OURS = re.compile(
    r"(?<![\w])(?:(?:một )?(?:trong những )?(?:các |những |\d+ )?(?:địa phương|thành phố|tỉnh) )?đối tác"
    r"(?: (?!của )[\w]+){0,3}? của (?=\w)")
_APPOSED_BEFORE = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:,| [-–]) (?:là )?$")
_LISTED_AFTER = re.compile(r",? (?:như|là|gồm|gồm có)(?: các)? |, trong đó có (?:các )?")


def _partners_told(text: str, sides: list[Side], m: re.Match) -> list[Side]:
    """The place of ours right after "(địa phương) đối tác … của" and its foreign partners: the one set off right
    before the phrase, else those listed right after the place of ours."""
    own = _side_at(text, sides, m.end())
    if own is None or own.place.country != "VN" or not _may_be_party(own.place):
        return []
    before = [s for s in sides if s.end <= m.start()][-1:]
    if before and before[0].place.country != "VN" and _APPOSED_BEFORE.fullmatch(text, before[0].end, m.start()):
        return [before[0], own]
    listed = _LISTED_AFTER.match(text, own.end)
    partners = [s for s in _run_after(text, sides, listed.end()) if s.place.country != "VN"] if listed else []
    return [own] + partners if partners else []


# --- a counted group of our provinces named once, then referred to by its count ("4 tỉnh") -------

_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5}
# "các Bí thư Tỉnh ủy 4 tỉnh và Bí thư Khu ủy Quảng Tây đã ký …": the count alone, no name after it.
_COUNT_REFERS = re.compile(
    r"(?<![\w])(" + lexicon.alternation(_LEX["partnership_group_counts"]) + r") tỉnh(?= (?:và|đã|cùng|vừa)(?![\w]))")


def _count_of(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS.get(word.lower(), 0)


def counted_groups(text: str, start: int, end: int, matches: list, titles: list) -> dict[int, list]:
    """The groups of our provinces text[start:end] names after their count ("4 tỉnh Quảng Ninh, Lạng Sơn,
    Cao Bằng, Tuyên Quang"), by count: a group whose count is not the number of provinces named is left out."""
    if _GROUP.search(text, start, end) is None:
        return {}
    sides = _sides(text, start, end, matches, [], titles)
    groups = {}
    for m in _GROUP.finditer(text, start, end):
        run = [s.place for s in _run_after(text, sides, m.end())]
        count = _count_of(m.group(0).split(" ", 1)[0])
        if len(set(run)) == count and all(p.country == "VN" and p.kind == "Province" for p in run):
            groups[count] = list(dict.fromkeys(run))
    return groups


def group_signing(text: str, start: int, end: int, matches: list, locations: list, titles: list, groups: dict,
                  not_parties: frozenset = frozenset()) -> list[tuple]:
    """"Các Bí thư Tỉnh ủy 4 tỉnh và Bí thư Khu ủy Quảng Tây đã ký Biên bản hội đàm": each province of the
    group the article counted before, with the one foreign party that signs beside it; none when the
    clause names a province of ours itself (whose the count is, a guess)."""
    trigger = _TRIGGER.search(text, start, end)
    if trigger is None or _BLOCKER.search(text, start, end):
        return []
    refers = _COUNT_REFERS.search(text, start, trigger.start())
    group = groups.get(_count_of(refers.group(1))) if refers else None
    if not group:
        return []
    sides = [s for s in _sides(text, start, trigger.start(), matches, locations, titles, not_parties) if _may_be_party(s.place)]
    foreign = list(dict.fromkeys(s.place for s in sides if s.place.country != "VN"))
    if len(foreign) != 1 or any(s.place.country == "VN" for s in sides):
        return []
    return [(v, foreign[0]) for v in group if _of_one_level(v, foreign[0])]


# "A và B đang hướng đến kỷ niệm 20 năm hợp tác": the pair that celebrates the years of its tie.
_TIES_ANNIVERSARY = re.compile(
    r"(?<![\w])kỷ niệm \d+ năm (?:[Nn]gày )?(?:hợp tác|kết nghĩa|thiết lập quan hệ|quan hệ hợp tác|quan hệ hữu nghị)(?![\w])",
    re.IGNORECASE)
# "TP A và tỉnh B (Hàn Quốc) tiếp tục thúc đẩy hợp tác đa lĩnh vực": the pair that furthers its own tie;
# "tỉnh A và tỉnh B đã triển khai Kế hoạch hợp tác giai đoạn …": the pair that carries out its plan;
# "A và B đã hợp tác hơn 10 năm": the pair whose tie has lasted its years; "A và B có mối quan hệ hữu nghị lâu
# đời": the pair that has it; "tỉnh A và tỉnh B vẫn duy trì các
# cơ chế phối hợp …", "huyện A và huyện B duy trì cơ chế gặp gỡ định kỳ": the pair that keeps up its mechanisms.
_FURTHERS_TIES = re.compile(
    r"(?<![\w])(?:(?:thúc đẩy|tăng cường|đẩy mạnh|mở rộng|làm sâu sắc(?: hơn)?|củng cố|thắt chặt) "
    r"(?:mối |mạnh mẽ )?(?:quan hệ )?(?:hợp tác|hữu nghị|kết nghĩa)"
    r"|duy trì (?:các |những )?(?:cơ chế|hội nghị|giao ban|(?:mối )?quan hệ (?:hữu nghị|hợp tác|kết nghĩa))"
    r"|(?<!chưa )(?<!không )(?<!muốn )có (?:mối )?quan hệ (?:hữu nghị|hữu hảo|hợp tác|kết nghĩa|truyền thống|gắn bó)"
    r"|triển khai (?:các |những )?(?:kế hoạch|chương trình|thỏa thuận|thoả thuận) hợp tác"
    r"|đã (?:hợp tác|kết nghĩa) (?:hơn |gần |trong |được )?\d+ năm)(?![\w])", re.IGNORECASE)
# What may part that pair from its celebration: a few words of the verb, no clause or place.
_CELEBRATES = re.compile(r"(?: (?:\w+|\([^()]{1,30}\))){0,5} $")


def _subject_before(text: str, start: int, sides: list[Side], pos: int) -> list[Side]:
    """The places joined as the subject just before pos ('A và B đang hướng đến …'), two or more."""
    before = [s for s in sides if start <= s.end <= pos]
    if not before or not _CELEBRATES.fullmatch(text, before[-1].end, pos):
        return []
    run = _run_before(text, sides, before[-1].end)
    return run if len(run) >= 2 else []


def _run_after(text: str, sides: list[Side], pos: int) -> list[Side]:
    """The places one after the other from pos on, joined by commas, dashes or "và"."""
    run: list[Side] = []
    for side in (s for s in sides if s.start >= pos):
        glue = _GROUP_GLUE if run else _GROUP_UNIT
        if side.start != pos and not glue.fullmatch(text, pos, side.start):
            break
        run.append(side)
        pos = side.end
    return run


def _run_before(text: str, sides: list[Side], pos: int) -> list[Side]:
    """The places one after the other that end at pos."""
    run: list[Side] = []
    for side in reversed([s for s in sides if s.end <= pos]):
        if side.end != pos and not _GROUP_GLUE.fullmatch(text, side.end, pos):
            break
        run.insert(0, side)
        pos = side.start
    return run


def _pairs(sides: list[Side], home) -> list[tuple]:
    vietnamese = named = _vietnamese_parties(sides)
    foreign = list(dict.fromkeys(s.place for s in sides if s.place.country != "VN"))
    # "huyện Đắk Glong đã ký … với huyện Okcheon": a district that signs is its own side, not its province.
    if foreign and not vietnamese and home is not None and not _a_district_named(sides):
        vietnamese = [home]
    # "Thành phố Nha Trang và thành phố Vladivostok - trung tâm của vùng Primorsky - đã kết nghĩa": a
    # city ties with the foreign city, never with the region that holds it.
    holding = {f.parent for f in foreign if f.kind == "City"}
    # "hai tỉnh A - B …, thành phố C (of A) và thành phố D (of B) kết nghĩa": with both levels on both
    # sides, the province ties with the region, the city with the city.
    regions = holding & {f.key for f in foreign}
    both_levels = regions and {v.parent for v in vietnamese if v.kind == "City"} & {v.key for v in vietnamese}
    return [(v, f) for v in vietnamese for f in foreign if (_of_one_level(v, f) or (v in named and _city_and_city_district(v, f)))
            and not (v.kind == "City" and f.key in holding)
            and not (both_levels and v.kind == "Province" and f.kind == "City" and f.parent in regions)]


def _a_district_named(sides: list[Side]) -> bool:
    return any(s.place.country == "VN" and s.place.kind == "District" and s.with_unit for s in sides)


def _of_one_level(v, f) -> bool:
    """A foreign county ties with no province by itself, and a Vietnamese district only with a foreign
    city, county or district ('huyện Mường Khương và huyện Hà Khẩu', never 'huyện X và tỉnh Vân Nam',
    the province that only locates the county)."""
    if v.kind == "District":
        return f.kind == "City"
    return not (_a_county(f) and v.kind == "Province")


def _city_and_city_district(v, f) -> bool:
    """'UBND thành phố Đà Nẵng và chính quyền quận Suseong (thành phố Daegu)': a centrally run city the clause
    names ties with a foreign city's district ("quận", Korea's gu) by itself; a rural county ("huyện") it
    never does, nor does the article's city left unnamed (one of its districts may be the side)."""
    return v.unit == "thành phố" and f.unit == "quận"


def _a_county(place) -> bool:
    """'huyện Lục Xuân' (Vân Nam), 'huyện Bonghwa', 'quận Gwanak' (Seoul): a foreign county or city district
    ties with a Vietnamese city or district (which no province stands for), never with a province by itself."""
    return place.country != "VN" and place.unit in _DISTRICT_UNITS


# A foreign county or city district ('huyện Bonghwa', 'quận Yongsan'): a partner at the district level.
_DISTRICT_UNITS = ("huyện", "quận")


def _vietnamese_parties(sides: list[Side]) -> list:
    """Provinces; a city too when it is the side of a city-to-city tie or no province is named; with a
    foreign county or district, the Vietnamese districts named with their unit ('huyện Hòa Vang
    (thành phố Đà Nẵng) và huyện Bonghwa'): the province only locates its district there."""
    if any(s.place.country != "VN" and s.place.kind == "City" and s.county for s in sides):
        districts = [s.place for s in sides if s.place.country == "VN" and s.place.kind == "District" and s.with_unit]
        if districts:
            return list(dict.fromkeys(districts))
    own = [s.place for s in sides if s.place.country == "VN"]
    provinces = [p for p in own if p.kind == "Province"]
    foreign_city = any(s.place.country != "VN" and s.place.kind == "City" for s in sides)
    cities = [p for p in own if p.kind == "City"] if foreign_city or not provinces else []
    if foreign_city and not provinces and not cities:
        # "thị xã Phú Mỹ ký biên bản ghi nhớ với thành phố Monterey Park": a town with a foreign city,
        # no province or city of ours named that it might stand for.
        return list(dict.fromkeys(s.place for s in sides if s.place.country == "VN" and s.place.kind == "District" and s.with_unit))
    return list(dict.fromkeys(provinces + cities))


def inherited(text: str, start: int, end: int, matches: list, pairs: list, before: list, home) -> list[tuple]:
    """The ties a unit formed by a merger takes over in text[start:end] ("kế thừa"): those of the
    clause, else of the clause before (before), whose Vietnamese side no longer exists. The heir is
    the one new province the clause names, else the news item's own (home), if it is a new one."""
    if _INHERITS_SCAN.search(text, start, end) is None:
        return []
    lo = bisect.bisect_left(matches, start, key=lambda m: m.start)
    hi = bisect.bisect_left(matches, end, key=lambda m: m.start)
    named = {_candidate(text, m) for m in matches[lo:hi]} - {v for v, _ in pairs + before}
    heirs = [p for p in named if p.country == "VN" and p.kind == "Province"]
    heir = heirs[0] if len(heirs) == 1 else (home if not heirs else None)
    if heir is None or heir.valid_from is None:
        return []
    ended = [(v, f) for v, f in (pairs or before) if v.valid_until is not None and v.key != heir.key]
    return [(heir, f) for _, f in ended if _of_one_level(heir, f)]



# "tỉnh Quảng Nam trước đây", "tỉnh Bắc Kạn (cũ)", "tỉnh Hà Nam trước sáp nhập": the province as it was
# before 1 July 2025; "Trước khi sáp nhập, …": the clause tells of the provinces of that time.
_FORMER_AFTER = re.compile(r" ?(?:\((?:trước đây|cũ|trước (?:khi )?sáp nhập)\)|(?:trước đây|cũ|trước (?:khi )?sáp nhập)(?![\w]))")
_BEFORE_MERGER = re.compile(r"(?<![\w])[Tt]rước (?:khi )?sáp nhập(?![\w])")


def successors_of_former(text: str, start: int, end: int, matches: list, pairs: list, published, gazetteer) -> list[tuple]:
    """The ties a province formed on 2025-07-01 holds from the one that went into it: those of the
    clause whose Vietnamese side is a former province told as former ('tỉnh Quảng Nam trước đây'),
    in a text written after the merger. The former unit keeps its tie; a tie between two Vietnamese
    provinces is left to its sides."""
    if published is None or published < REORGANISED:
        return []
    lo = bisect.bisect_left(matches, start, key=lambda m: m.start)
    hi = bisect.bisect_left(matches, end, key=lambda m: m.start)
    whole_clause = _BEFORE_MERGER.search(text, start, end) is not None
    told_former = {_candidate(text, m) for m in matches[lo:hi] if whole_clause or _FORMER_AFTER.match(text, m.end)}
    heirs = []
    for v, f in pairs:
        if v in told_former and v.successor and f.country != "VN":
            heir = gazetteer.get(v.successor)
            if _of_one_level(heir, f):
                heirs.append((heir, f))
    return heirs


# --- ties between two Vietnamese provinces, told only in the two ways that leave no doubt -------

# "TP A đã lần lượt ký kết Chương trình hợp tác … với từng tỉnh trong nhóm 8 tỉnh X là B, C và D":
# one signer, a text signed with each of the provinces listed.
_WITH_EACH = re.compile(r"(?<![\w])với từng (?:tỉnh|thành phố|địa phương)(?![\w])[^.;:()]{0,80}? là ")
# "… thỏa thuận hợp tác giữa tỉnh A và tỉnh B giai đoạn …": the agreement of the pair.
_AGREEMENT_BETWEEN = re.compile(
    r"(?<![\w])(?:thỏa thuận|thoả thuận|bản ghi nhớ|biên bản ghi nhớ|chương trình|kế hoạch) hợp tác giữa (?=\w)", re.IGNORECASE)
_PROVINCE_AND = re.compile(r" và ")


def domestic_pairs(text: str, start: int, end: int, matches: list, locations: list, titles: list,
                   not_parties: frozenset = frozenset()) -> list[tuple]:
    """Pairs of Vietnamese provinces (and centrally run cities) in text[start:end]: a signer and each
    province it signed with ('ký kết … với từng tỉnh … là A, B, C'), or the two an agreement is
    between, each named with its unit word ('thỏa thuận hợp tác giữa tỉnh A và tỉnh B'), or the two that
    sign one together ('UBND tỉnh A và UBND tỉnh B đã ký kết chương trình hợp tác', 'UBND hai tỉnh A và B
    tổ chức lễ ký kết chương trình hợp tác')."""
    clause = text[start:end]
    if (_WITH_EACH.search(clause) is None and _AGREEMENT_BETWEEN.search(clause) is None
            and _SIGNED_TOGETHER.search(clause) is None and _GROUP.search(clause) is None) or _BLOCKER.search(clause):
        return []
    sides = _province_sides(text, start, end, matches, locations, titles, not_parties)
    found = (_signed_with_each(text, start, end, sides) + _agreement_pair(text, start, end, sides)
             + _signed_together(text, start, end, matches, sides))
    return found or _pair_signing(text, start, end, matches, sides)


def _province_sides(text: str, start: int, end: int, matches: list, locations: list, titles: list,
                    not_parties: frozenset) -> list[Side]:
    """The Vietnamese provinces of the clause that may be a party: no venue, no ward, no office's."""
    venues = _venue_spans(text, matches, locations)
    lo = bisect.bisect_left(matches, start, key=lambda m: m.start)
    hi = bisect.bisect_left(matches, end, key=lambda m: m.start)
    sides = []
    for k, match in enumerate(matches[lo:hi], lo):
        place = _candidate(text, match)
        if (place.country != "VN" or place.kind != "Province" or match.start in not_parties or _is_ward(text, match)
                or any(a <= match.start < b for a, b in venues) or any(t.start <= match.start < t.end for t in titles)):
            continue
        sides.append(Side(match.start, match.end, place, False, _with_unit(text, matches, k)))
    return sides


def _signed_with_each(text: str, start: int, end: int, sides: list[Side]) -> list[tuple]:
    each = _WITH_EACH.search(text, start, end)
    trigger = _TRIGGER.search(text, start, each.start()) if each else None
    if trigger is None:
        return []
    signers = {s.place for s in sides if s.end <= trigger.start()}
    listed = _run_after(text, sides, each.end())
    if len(signers) != 1 or len(listed) < 2:
        return []
    signer = signers.pop()
    return [(signer, s.place) for s in listed if s.place != signer]


def _agreement_pair(text: str, start: int, end: int, sides: list[Side]) -> list[tuple]:
    m = _AGREEMENT_BETWEEN.search(text, start, end)
    pair = _run_after(text, sides, m.end()) if m else []
    if len(pair) != 2 or not all(s.with_unit for s in pair) or not _PROVINCE_AND.fullmatch(text, pair[0].end, _unit_start(text, pair[1])):
        return []
    return [(pair[0].place, pair[1].place)] if pair[0].place != pair[1].place else []


# "UBND TPHCM và UBND tỉnh Đồng Tháp đã ký kết chương trình hợp tác …": the two provinces that are the
# subject of the signing of a cooperation text.
_SIGNED_TOGETHER = re.compile(
    r"(?<![\w])(?:(?:đã|vừa|cùng|chính thức|tiến hành) )*ký(?: kết)? (?:các |bản )?(?:thỏa thuận|thoả thuận|bản ghi nhớ"
    r"|biên bản ghi nhớ|biên bản|chương trình|kế hoạch)(?: ghi nhớ)? hợp tác(?![\w])", re.IGNORECASE)
# The body that signs for its province, right before the province's name ('UBND tỉnh', 'Tỉnh ủy').
_SIGNING_BODY = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Tỉnh ủy|Thành ủy|HĐND) $")
_SUBJECT_OPENS = re.compile(r"(?:.*, )?")


def _signed_together(text: str, start: int, end: int, matches: list, sides: list[Side]) -> list[tuple]:
    """Each pair of the provinces joined by "," and "và" as the subject right before the signing verb
    ('UBND tỉnh A và UBND tỉnh B đã ký kết …', 'A, B và C vừa ký biên bản hợp tác': one text, each a party
    to it), each named with its unit or its body, or three or more listed opening the clause (a bare
    name, or two, may be a person's, a street's or a firm's), in a clause that names no foreign place (a
    signer not of the run would leave the pairs a guess)."""
    m = _SIGNED_TOGETHER.search(text, start, end)
    if m is None or _foreign_named(matches, start, end):
        return []
    run = _subject_run(text, start, [s for s in sides if s.end <= m.start()], m.start())
    places = list(dict.fromkeys(s.place for s in run))
    if len(places) < 2 or len(places) < len(run):
        return []
    opens = _named_start(text, start, run[0])
    if not _SUBJECT_OPENS.fullmatch(text, start, opens):
        return []
    bare_list = len(run) >= 3 and not text[start:opens].strip()
    if not bare_list and not all(s.with_unit or _named_start(text, start, s) < s.start for s in run):
        return []
    return [(a, b) for i, a in enumerate(places) for b in places[i + 1 :]]


def _subject_run(text: str, start: int, before: list[Side], verb: int) -> list[Side]:
    """The sides right before the verb joined as one subject: 'A và B', 'A, B và C' (the last join a "và")."""
    if not before or text[before[-1].end : verb] != " ":
        return []
    run = [before[-1]]
    for side in reversed(before[:-1]):
        join = text[side.end : _named_start(text, start, run[0])]
        if join != (" và " if len(run) == 1 else ", "):
            break
        run.insert(0, side)
    return run if len(run) >= 2 else []


_UNIT_BEFORE = re.compile(r"(?<![\w])(?:" + lexicon.unit_alternation("province", "city", capitalised=True) + r") $")


def _named_start(text: str, start: int, side: Side) -> int:
    """Where the side's name starts with its unit word and the body that signs for it ('UBND tỉnh Cà Mau')."""
    unit = _UNIT_BEFORE.search(text, max(start, side.start - 12), side.start)
    at = unit.start() if unit else side.start
    body = _SIGNING_BODY.search(text, max(start, at - 20), at)
    return body.start() if body else at


def _foreign_named(matches: list, start: int, end: int) -> bool:
    lo = bisect.bisect_left(matches, start, key=lambda m: m.start)
    hi = bisect.bisect_left(matches, end, key=lambda m: m.start)
    return any(m.places[0].country != "VN" and m.places[0].kind != "Country" for m in matches[lo:hi])


# "UBND hai tỉnh A và B tổ chức lễ ký kết chương trình hợp tác …": the pair counted as one signs, a few
# words of the verb between them and the signing.
_PAIR_TO_SIGNING = re.compile(r"(?: [\w]+){0,4} $")
_NOT_SIGNING_YET = re.compile(r"(?<![\w])(?:chưa|không|sẽ|dự kiến|đề nghị|mong muốn|chứng kiến|hướng tới|tiến tới)(?![\w])")


def _pair_signing(text: str, start: int, end: int, matches: list, sides: list[Side]) -> list[tuple]:
    """The two provinces of "hai tỉnh A và B" right before the clause's signing, when the clause names no
    other party (a venue aside): with a third, who signed with whom is a guess."""
    m = _GROUP.search(text, start, end)
    if m is None or _count_of(m.group(0).split(" ", 1)[0]) != 2:
        return []
    pair = _run_after(text, sides, m.end())
    if len(pair) != 2 or pair[0].place == pair[1].place or not _PROVINCE_AND.fullmatch(text, pair[0].end, _unit_start(text, pair[1])):
        return []
    # the signing of a cooperation text itself, not any word of cooperation ("hai tỉnh A và B đề nghị tăng
    # cường quan hệ hợp tác", "… chưa có quan hệ hợp tác"), and no denial, plan or witness between
    signing = _SIGNED_TOGETHER.search(text, pair[1].end, end)
    if (signing is None or not _PAIR_TO_SIGNING.fullmatch(text, pair[1].end, signing.start())
            or _NOT_SIGNING_YET.search(text, pair[1].end, signing.start())):
        return []
    others = [s for s in sides if s not in pair]
    return [] if others or _foreign_named(matches, start, end) else [(pair[0].place, pair[1].place)]


def _unit_start(text: str, side: Side) -> int:
    """Where the unit word before the side's name starts ('tỉnh Cà Mau')."""
    unit = _GROUP_UNIT.search(text, max(0, side.start - 12), side.start)
    return unit.start() if unit and unit.end() == side.start else side.start


# --- ties of communes, towns, wards and villages, which the gazetteer never names ----------------

_SMALL = _LEX["partnership_small_units"]
_SMALL_WORDS = [w for words in _SMALL.values() for w in words]
_SMALL_COUNTRY = {w: "VN" for w in _SMALL["vietnamese"]} | {w: "" for w in _SMALL["either"] + _SMALL["foreign"]}
_NAME = lexicon.UPPER + r"[\w'-]*(?: (?:" + lexicon.UPPER + r"[\w'-]*|\d+)){0,3}"
# "xã Đàm Thủy", "P.Móng Cái 1", "bản Ka Túp 2", "Xã Dân Hóa" opening a clause; the "bản" of "văn bản",
# "biên bản", "ký (kết) bản …" is a document; the "xã" of "thị xã Cửa Lò" a district's unit word.
_SMALL_UNIT = re.compile(
    r"(?<![\w.])(?<!văn )(?<!iên )(?<!ký )(?<!kết )(?<!hị )(" + lexicon.alternation(_SMALL_WORDS + [w[0].upper() + w[1:] for w in _SMALL_WORDS])
    + r") ?(" + _NAME + ")")
_ANY_UNIT = "(?:" + lexicon.unit_alternation("province", "city", "district", "commune", "hamlet", "foreign", capitalised=True) + ") "
# What locates a small unit right after its name: "(huyện Trùng Khánh)", ", huyện Bua Lạ Pha, tỉnh Khăm Muồn (Lào)",
# " của thị trấn Lao Bảo", " thuộc huyện Sê Pôn".
_SMALL_ASIDE = re.compile(
    r"(?:\s*\([^()]{1,80}\)|, (?:" + _ANY_UNIT + r")?" + _NAME + r"|(?: của| thuộc) (?:" + _ANY_UNIT + r")?" + _NAME + r"){0,4}")
# Between the two: "và", "với", "kết nghĩa với", a dash; the body that acts for the second ("và chính quyền TP.").
_SMALL_JOIN = re.compile(
    r"(?: (?:và|với|(?:(?:đã|cũng|chính thức) )*kết nghĩa với)| ?[-–]) (?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|[Cc]hính quyền)"
    r"(?: nhân dân)? )?")
# The unit word before a foreign town or city (the words units.json defines for cities, districts and towns).
_CITY_UNIT = re.compile("(?:" + lexicon.alternation(lexicon.unit_words("city", "district", capitalised=True) + ["Thị trấn", "thị trấn"]) + ") ?")
# "Hai bên thống nhất sớm tổ chức lễ kết nghĩa giữa xã A và bản B", "tiến tới kết nghĩa …": a twinning to come.
_TWINNING_PLANNED = re.compile(
    r"(?<![\w])(?:sớm|tiến tới|hướng tới|chuẩn bị|nghiên cứu|kế hoạch|sẽ)(?: [\w]+){0,3} (?:kết nghĩa|ký)(?![\w])", re.IGNORECASE)


def small_unit_pairs(text: str, start: int, end: int, matches: list, home) -> tuple[list[tuple], set]:
    """(Vietnamese, foreign) pairs of communes, towns, wards or villages joined in a clause that signs or
    twins ("xã A (huyện B) và trấn C (huyện D) đã ký thỏa thuận kết nghĩa", "khóm A (…) và bản B (…) đã làm
    Lễ kết nghĩa", "UBND P.A và chính quyền TP.B đã ký biên bản …"): each side a place of its own, one of ours
    and one foreign, as the unit word or the places locating it say; and the places that only locate them
    (their districts and provinces, no parties)."""
    clause = text[start:end]
    if _TRIGGER.search(clause) is None or _BLOCKER.search(clause) or _TIE_BLOCKER.search(clause) or _TWINNING_PLANNED.search(clause):
        return [], set()
    for a in _SMALL_UNIT.finditer(text, start, end):
        aside = _SMALL_ASIDE.match(text, a.end(), end)
        join = _SMALL_JOIN.match(text, aside.end(), end)
        b_side = _second_side(text, join.end(), end, matches) if join is not None else None
        if b_side is None:
            continue
        b_end = _SMALL_ASIDE.match(text, b_side.end(), end).end() if isinstance(b_side, re.Match) else join.end()
        first = _small_place(text, a, aside.end(), matches, home)
        second = _small_place(text, b_side, b_end, matches, home) if isinstance(b_side, re.Match) else b_side
        pair = _one_of_each(first, second, home)
        if pair:
            return [pair], {p for m in _matches_in(matches, a.end(), b_end) for p in m.places} - set(pair)
    return [], set()


def _matches_in(matches: list, start: int, end: int) -> list:
    lo = bisect.bisect_left(matches, start, key=lambda m: m.start)
    hi = bisect.bisect_left(matches, end, key=lambda m: m.start)
    return matches[lo:hi]


def _second_side(text: str, pos: int, end: int, matches: list):
    """The small unit (its match) or the known foreign town or city that starts at pos."""
    b = _SMALL_UNIT.match(text, pos, end)
    if b is not None and not _known_foreign(matches, b.start(2)):
        return b
    unit = _CITY_UNIT.match(text, pos, end)
    return _known_foreign(matches, unit.end() if unit else pos)


def _known_foreign(matches: list, pos: int):
    """The foreign city or town whose name starts at pos ('Vizille', 'Đông Hưng'), if the gazetteer knows it."""
    k = bisect.bisect_left(matches, pos, key=lambda m: m.start)
    if k < len(matches) and matches[k].start == pos:
        place = matches[k].places[0]
        return place if place.country != "VN" and place.kind == "City" else None
    return None


def _small_place(text: str, m: re.Match, aside_end: int, matches: list, home):
    """The unit of m as a place: its country and its container from the places that locate it, else from
    its unit word; None when nothing says whose it is. A Vietnamese one is keyed by its province."""
    known = _known_foreign(matches, m.start(2))
    if known is not None:
        return known
    unit, name = lexicon.unit_canonical(m.group(1).lower() if m.group(1) != "P." else "phường"), m.group(2)
    unit = "phường" if unit == "p." else unit
    located = [x.places[0] for x in _matches_in(matches, m.end(), aside_end)]
    country = next((p.country for p in located), "") or _SMALL_COUNTRY.get(m.group(1).lower(), "")
    if not country:
        return unit, name  # whose it is, the other side may tell
    container = next((p for p in located if p.country == country and p.kind != "Country"), None)
    if country == "VN":
        province = container.parent if container is not None and container.kind == "District" else (
            container.key if container is not None else (home.key if home is not None else "vn"))
        return Place(f"{province}-{unit} {name}", name, "Commune", unit, "VN", province if province != "vn" else "", "", ())
    return Place(f"{country.lower()}-{unit} {name}", name, "Commune", unit, country, container.key if container else "", "", ())


def _one_of_each(first, second, home) -> tuple | None:
    """The pair when one side is ours and the other foreign; a side whose country no word told is ours
    when the other is foreign (the genre tells our ties)."""
    if isinstance(first, tuple) and isinstance(second, Place) and second.country != "VN":
        first = Place(f"{home.key if home else 'vn'}-{first[0]} {first[1]}", first[1], "Commune", first[0], "VN",
                      home.key if home else "", "", ())
    if not (isinstance(first, Place) and isinstance(second, Place)):
        return None
    if first.country == "VN" and second.country != "VN":
        return first, second
    if second.country == "VN" and first.country != "VN":
        return second, first
    return None
