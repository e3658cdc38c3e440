"""Stage: what an article is about, so unqualified titles can be qualified.

"Bí thư Tỉnh ủy" at "điểm cầu tỉnh Quảng Ninh" is "Bí thư Tỉnh ủy Quảng
Ninh"; in an article about Ba Chẽ district, "Bí thư Huyện ủy" is Ba Chẽ's and
"Tỉnh ủy viên" is Quảng Ninh's (the district's province, from the gazetteer).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from ..sources.text import fold
from . import lexicon

# Phrases that put the following persons on one side: "Về phía tỉnh X có",
# "Tại điểm cầu tỉnh X", "đoàn đại biểu (cấp cao) tỉnh X do … làm trưởng đoàn".
# The delegation may be a body's of the place: "Đoàn công tác Chính quyền Nhân dân tỉnh Hồ Bắc", "Đoàn đại
# biểu Bộ Chỉ huy Quân sự (Bộ CHQS) tỉnh Bò Kẹo".
_DELEGATION_BODY = (r"(?:UBND|HĐND|Hội đồng|Chính quyền(?: [Nn]hân dân)?|Bộ Chỉ huy Quân sự|Bộ CHQS|Bộ Chỉ huy BĐBP|Bộ Chỉ huy Bộ đội Biên phòng|BĐBP|Công an|Tỉnh ủy|Thành ủy|Huyện ủy|Châu ủy)"
                    r"(?: \([^()]{1,16}\))? ")
SIDE_MARKERS = re.compile(
    r"(?:[Vv]ề phía|[Pp]hía|điểm cầu|[Đđ]oàn(?: đại biểu| công tác)?(?: cấp cao)?|[Đđ]oàn)"
    rf" (?:{_DELEGATION_BODY}(?=(?:{lexicon.unit_alternation('province', 'city', 'district', 'foreign')}) ))?"
    rf"(?:(?:{lexicon.unit_alternation('province', 'city', 'district', 'committee', 'foreign')}) )?$"
)
# "…, tỉnh Luông Pha Bang có các đồng chí: A, …": the place introduces the persons listed.
SIDE_AFTER = re.compile(r" có (?:các đồng chí|đồng chí|các ông|ông|bà)\b")
RECEIVING = re.compile(r"(?:tiếp(?: xã giao| thân mật| chào xã giao)?|đón(?: tiếp)?|với|tiễn|hội kiến|gặp(?: gỡ| mặt)?)\s*$", re.IGNORECASE)
CONTINUATION = re.compile(r"^(?:Cùng đi(?: có)?|Cùng tham gia đoàn|Tháp tùng)")


@dataclass(frozen=True)
class ArticleContext:
    province: object = None  # home Vietnamese province (gazetteer Place)
    district: object = None  # home district, when the article is about one
    foreign: tuple = ()  # foreign regions the article names
    source: str = "article"  # where the province comes from: article (its news item) | sentence | outlet
    cities: tuple = ()  # the foreign cities the sentence itself names
    regions: tuple = ()  # the foreign regions the sentence itself names
    communes: tuple = ()  # the communes the sentence's bare commune titles are of, one per unit word at most


# Up to five words, a country's style counting as one, its initials in brackets too, and so an aside in
# brackets: "Tổng Lãnh sự nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào tại X", "Đại Hàn Dân Quốc (Hàn Quốc) tại X".
_STYLE = r"Cộng hòa(?: [Dd]ân chủ [Nn]hân dân| [Xx]ã hội [Cc]hủ nghĩa| [Nn]hân dân| [Ll]iên bang)?(?: \([A-ZĐ]{2,8}\))?"
_SEAT_BEFORE = re.compile(
    r"(?:[Ll]ãnh sự|[Đđ]ại sứ|[Đđ]ại biện|[Tt]ham tán|[Pp]hái đoàn (?:[Nn]goại giao|[Tt]hường trực)|Trung tâm Văn hóa)(?: quán)?"
    rf"(?: (?:{_STYLE}|\([^()]{{1,20}}\)|[^\s,.;:]+)){{0,5}}"
    r" tại (?:(?:TP\.?|Tp\.?|thành phố|Thành phố) ?)?$")


def is_diplomatic_seat(text: str, start: int) -> bool:
    """The place at ``start`` is where a diplomat or a mission serves: "… Tổng Lãnh sự Nhật Bản tại X",
    "Phái đoàn Ngoại giao Hoa Kỳ tại X" (a 'phái đoàn' alone is any delegation: it stays), or a country's
    cultural centre abroad: "Trung tâm Văn hóa Hàn Quốc tại Việt Nam"."""
    return _SEAT_BEFORE.search(text, max(0, start - 60), start) is not None


# "huyện Phú Ninh, tỉnh Vân Nam (Trung Quốc)", "thành phố X (Lào)": a Vietnamese unit's name
# followed at once by a foreign region or country that contains it names a foreign namesake.
_PARENT_UNIT = rf"(?:{lexicon.unit_alternation('province', 'city', capitalised=True)}|bang|nước) "
_PARENT_GAP = re.compile(rf"\s*\(\s*(?:{_PARENT_UNIT})?|,?\s*{_PARENT_UNIT}")


def foreign_namesake(text: str, match, following) -> bool:
    """The Vietnamese district or city at ``match`` is told as inside the foreign place of the
    next match, ``following`` ("huyện X, tỉnh Vân Nam", "huyện X (Trung Quốc)"): not Vietnam's."""
    place = match.places[0]
    if following is None or place.country != "VN" or place.kind not in ("District", "City") or match.surface == place.name:
        return False  # a bare name may be a pair's ("Hội An - Nhật Bản") or a list's
    if any(p.country != "VN" for p in match.places):
        return False  # a foreign candidate of that name: the gazetteer's ranking decides
    return _PARENT_GAP.fullmatch(text, match.end, following.start) is not None and following.places[0].country != "VN"


def foreign_namesakes(text: str, matches: list) -> frozenset:
    """The starts of every mention of a Vietnamese district or city the article once tells as
    inside a foreign place (`foreign_namesake`): an article about the namesake abroad means it
    by the bare name too ("bên phía Phú Ninh")."""
    keys = {m.places[0].key for m, after in zip(matches, matches[1:] + [None]) if foreign_namesake(text, m, after)}
    return frozenset(m.start for m in matches if m.places[0].key in keys) if keys else frozenset()


_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


# "ông Ishikawa Haruto", "bà Hà Giang": what an honorific of one person opens is that person's
# name, never a place ("các đồng chí Lào" are comrades of a country: not one of these words).
_PERSON_HONORIFICS = frozenset(("ông", "Ông", "bà", "Bà", "ngài", "Ngài"))


# "Hiệp định Paris", "Công ước Viên", "Hiệp ước Bali": the place names a treaty, not where the news is.
_TREATY_BEFORE = re.compile(r"(?<![\w])(?:Hiệp định|Hiệp ước|Công ước|Nghị định thư) $")


def inside_a_name(text: str, match) -> bool:
    """"Lê Hà Nam", "ông Ishikawa Haruto": a bare place name right after a family name or a
    person's honorific is a person's name; one right after "Hiệp định", a treaty's."""
    if _TREATY_BEFORE.search(text, max(0, match.start - 16), match.start):
        return True
    before = _WORD_BEFORE.search(text, max(0, match.start - 12), match.start)
    if before is None or match.surface != match.places[0].name:
        return False
    return before.group(1) in lexicon.surnames() or before.group(1) in _PERSON_HONORIFICS or _ends_a_name(text, match)


# "Ông Lê Văn Hoài Vinh: …" (an interview's answer): the last word of a name an honorific opens.
_NAME_AFTER_HONORIFIC = re.compile(
    r"(?<![\w])(?:" + "|".join(sorted(_PERSON_HONORIFICS)) + r")((?: [^\W\d_][\w'-]*){1,3}) $")


def _ends_a_name(text: str, match) -> bool:
    """Whether capitalised words that an honorific opens run up to the place: the place ends the name."""
    m = _NAME_AFTER_HONORIFIC.search(text, max(0, match.start - 40), match.start)
    return m is not None and all(w[0].isupper() for w in m.group(1).split())


# "hồ Hòa Bình", "sông Hồng", "thủy điện Sơn La": a lake, river or dam named after a province is a
# feature's name, not the province a sentence speaks of.
_FEATURE_BEFORE = re.compile(r"(?<![\w])(?:hồ|sông|suối|thác|núi|đèo|vịnh|đầm|thủy điện|thuỷ điện) $")


def named_after_a_feature(text: str, match) -> bool:
    """A bare place name right after a lower-case word for a natural feature or a dam, or inside an
    ocean's name ("Tập đoàn Xây dựng Thái Bình Dương", "châu Á - Thái Bình Dương": not Thái Bình)."""
    if match.surface == match.places[0].name and _FEATURE_BEFORE.search(text, max(0, match.start - 11), match.start) is not None:
        return True
    return any(_inside(text, match, ocean) for ocean in lexicon.OCEANS)


def _inside(text: str, match, name: str) -> bool:
    at = text.find(name, max(0, match.end - len(name)), match.start + len(name))
    return at != -1 and at <= match.start and match.end <= at + len(name)


# "phường Bạc Liêu", "xã Cao Phong", "Phường Hội An": since the 2025 reorganisation many wards and communes
# bear the name of a former province, district or town; the ward is not that place.
_COMMUNE_BEFORE = re.compile(rf"(?<![\w])(?:(?:{lexicon.unit_alternation('commune', capitalised=True)}) "
                             rf"|(?:{lexicon.alternation(lexicon.units()['commune_abbreviations'])}) ?)$")


def named_as_a_commune(text: str, match) -> bool:
    """A bare place name right after a commune's unit word: the commune's name."""
    return match.surface == match.places[0].name and _COMMUNE_BEFORE.search(text, max(0, match.start - 12), match.start) is not None


# A career's past posts ("Tháng 5/2009 - 9/2014, ông là Phó Chủ tịch UBND tỉnh X", "Từ năm 2004 đến
# năm 2010", "sinh năm 1965, quê ở tỉnh X"): a biography's places say where someone was, not
# what the news is about.
# Each opens on a literal ("/" of the first month, a word), so the engine skips to those.
_BIOGRAPHY = (
    re.compile(r"(?<=\d)/(?:19|20)\d\d ?[-–] ?(?:(?:[Tt]háng )?\d{1,2}/)?(?:19|20)\d\d(?![\d/])"),
    re.compile(r"(?:[Tt]ừ năm (?:19|20)\d\d (?:đến|-|–) (?:năm )?(?:19|20)\d\d(?!\d)|sinh năm (?:19|20)\d\d|quê (?:ở|quán)(?![\w]))"),
)
_SENTENCE_MARK = re.compile(r"[.!?\n]")


def biography_spans(text: str) -> list[tuple[int, int]]:
    """The sentences that tell a career's past posts or a person's birth and home town."""
    spans: list[tuple[int, int]] = []
    found = sorted((m for regex in _BIOGRAPHY for m in regex.finditer(text)), key=lambda m: m.start())
    for m in found:
        if (spans and m.start() < spans[-1][1]) or (m[0][0] != "/" and m.start() and text[m.start() - 1].isalnum()):
            continue
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        stop = _SENTENCE_MARK.search(text, m.end())
        spans.append((start, stop.start() if stop else len(text)))
    return spans


def sentence_context(local_places: dict, gazetteer, item: ArticleContext, skipped=()) -> ArticleContext:
    """The province of a sentence's unqualified titles. A sentence that names one Vietnamese
    province speaks of it, whatever the news item's ("Hội nghị … tỉnh Lai Châu đã bầu đồng chí
    A, Bí thư Tỉnh ủy"); one that names several leaves the titles' province unknown; one
    that names none is the news item's. Places inside the ``skipped`` spans (a consul's title,
    a person's name) say where a foreigner serves or who someone is: they do not count."""
    named = {}
    for match in local_places.values():
        if any(a <= match.start < b for a, b in skipped):
            continue
        province = _named_province(match, gazetteer)
        if province is not None:
            named[province.key] = province
    # "… tỉnh Khánh Hòa mới, sau khi hợp nhất với tỉnh Ninh Thuận": a former province named beside the
    # one it went into in 2025 is that one's past, no second province
    named = {key: p for key, p in named.items() if p.successor not in named}
    if not named or (len(named) == 1 and item.province is not None and item.province.key in named):
        return item
    if len(named) > 1:
        return ArticleContext(None, None, item.foreign, "sentence")
    (province,) = named.values()
    district = item.district if item.district is not None and _province_of(item.district, gazetteer) == province else None
    return ArticleContext(province, district, item.foreign, "sentence")


_DISTRICT_UNIT_BEFORE = re.compile(rf"(?<![\w])(?:{lexicon.unit_alternation('district', 'city')}) $")


def article_context(matches: list, gazetteer, text: str = "", prefer: ArticleContext | None = None) -> ArticleContext:
    """The province (and district) named most; of two named as often, ``prefer``'s (the whole page's)."""
    provinces: Counter = Counter()
    districts: Counter = Counter()
    foreign: list = []
    first_seen: dict = {}
    for i, match in enumerate(matches):
        place = match.places[0]
        first_seen.setdefault(place.key, i)
        if place.country == "VN" and place.kind == "Province":
            provinces[place.key] += 1
        elif place.country == "VN" and place.kind in ("District", "City") and (
                match.surface != place.name or _DISTRICT_UNIT_BEFORE.search(text, max(0, match.start - 10), match.start)):
            # Only "huyện X"/"thành phố X" count: bare district names are often parts of personal names. The
            # unit may be one the data no longer give it ("huyện Chơn Thành" in 2016, a thị xã since 2022).
            districts[place.key] += 1
            parent = _province_of(place, gazetteer)
            if parent:
                provinces[parent.key] += 1
                first_seen.setdefault(parent.key, i)
        elif place.kind != "Country" and place not in foreign:
            foreign.append(place)
    province = _most_common(provinces, first_seen, gazetteer, prefer.province if prefer else None)
    district = _most_common(districts, first_seen, gazetteer, prefer.district if prefer else None)
    return ArticleContext(province, district, tuple(foreign))


# A province's paper, portal or television names it in its host: "baoquangninh.vn",
# "yenbai.gov.vn", "songoaivu.binhdinh.gov.vn", "tinhuybinhphuoc.vn", "truyenhinhthanhhoa.vn".
# Shorter folded names ("hue") are too often parts of other words to be read inside a host.
_SHORTEST_OUTLET_NAME = 5


def outlet_province(url: str | None, gazetteer, at=None):
    """The one Vietnamese province (in force on ``at``) the host of ``url`` names, if any."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = host.split(".")[:-1]  # the top-level domain names no place
    if not labels:
        return None
    found = {}
    for province in gazetteer.provinces_of_vietnam(at):
        name = fold(province.name).replace(" ", "").replace("-", "").removeprefix("thanhpho")
        if len(name) >= _SHORTEST_OUTLET_NAME and any(name in label.replace("-", "") for label in labels):
            found[name] = province
    # "thuathienhue" holds "hue": a name inside a longer one found is not a second province.
    kept = [p for n, p in found.items() if not any(n != m and n in m for m in found)]
    return kept[0] if len(kept) == 1 else None


def publisher_province(publisher: str | None, gazetteer, at=None):
    """The one Vietnamese province a publisher's name names ("Báo Phú Thọ", "Cổng thông tin
    điện tử HĐND tỉnh Ninh Bình", "Đài Phát thanh và Truyền hình Bắc Giang"), if any."""
    if not publisher:
        return None
    named = {m.places[0].key: m.places[0] for m in gazetteer.scan(publisher, at)
             if m.places[0].country == "VN" and m.places[0].kind == "Province"}
    return next(iter(named.values())) if len(named) == 1 else None


def with_outlet(whole: ArticleContext, url: str | None, gazetteer, at=None, publisher: str | None = None) -> ArticleContext:
    """An article whose text names no Vietnamese province is about its outlet's ("Phó Chủ
    tịch UBND tỉnh" on a province's portal); the province then comes from the host, or else
    from the publisher's name."""
    if whole.province is not None:
        return whole
    province = outlet_province(url, gazetteer, at) or publisher_province(publisher, gazetteer, at)
    return whole if province is None else replace(whole, province=province, source="outlet")


# The line taken whole in a lookahead (no backtracking into it): a long line fails at once, not
# after trying each of its 160 first lengths.
HEADLINE = re.compile(r"^(?=([^\n]{8,160}))\1(?<![.!?…:;,\"')\]])$", re.MULTILINE)


def item_starts(text: str) -> list[int]:
    """Where each news item of a page begins: at headline-like lines (no final punctuation)."""
    starts = [0]
    for m in HEADLINE.finditer(text):
        if m.start() > 0 and len(m.group(0).split()) >= 3:
            starts.append(m.start())
    return starts


def place_headings(text: str, matches: list) -> list[int]:
    """Where a section headed by a place alone begins ("Bạc Liêu" on its own line, then that
    province's news): a round-up of several provinces' sessions, one section each."""
    return [m.start for m in matches
            if m.places[0].kind == "Province" and (m.start == 0 or text[m.start - 1] == "\n")
            and (m.end == len(text) or text[m.end] == "\n")]


# A round-up's entry opens with its province and a colon, often after a bullet: "* Bạc Liêu: bầu
# ông A …", "- Tỉnh Cà Mau: …". What follows the colon, to the end of that line, is that province's.
_BULLET = re.compile(r"(?:[*•+–-]\s*)?(?:[Tt]ỉnh |[Tt]hành phố |TP\.? ?)?$")
_PLACE_THEN_COLON = re.compile(r"\s*:")


def bullet_place_sections(text: str, matches: list) -> list[int]:
    """Where each "* Province: …" line of a round-up begins, and where the line after it begins
    (the province's section is that one line: the page's own paragraphs follow)."""
    starts = []
    for m in matches:
        if m.places[0].kind != "Province" or not _PLACE_THEN_COLON.match(text, m.end):
            continue
        line = text.rfind("\n", 0, m.start) + 1
        if not _BULLET.fullmatch(text, line, m.start):
            continue
        starts.append(line)
        after = text.find("\n", m.end)
        if after != -1:
            starts.append(after + 1)
    return starts


# A round-up's paragraph may open with its province instead: "Tại Quảng Bình, …", "Ở tỉnh Bình Phước, …".
_PARAGRAPH_OPENING = re.compile(r"(?:Tại|Ở) (?:tỉnh |thành phố |TP\.? ?)?$")
_PLACE_THEN_COMMA = re.compile(r"\s*,")


def place_paragraph_sections(text: str, matches: list) -> list[int]:
    """Where each paragraph of a round-up that opens with its own province ("Tại Quảng Bình, …")
    begins, and where the paragraph after it begins (it starts a section of its own). Only a page
    with two such openings, of two provinces, is a round-up: one "Tại Hà Nội, …" tells where a
    delegation went, not whose the paragraph's titles are."""
    found = []
    for m in matches:
        if m.places[0].kind != "Province" or m.places[0].country != "VN" or not _PLACE_THEN_COMMA.match(text, m.end):
            continue
        line = text.rfind("\n", 0, m.start) + 1
        if _PARAGRAPH_OPENING.fullmatch(text, line, m.start):
            found.append((line, m.places[0].key))
    if len({key for _, key in found}) < 2:
        return []
    return _section_bounds(text, [line for line, _ in found])


# A sentence ends at a full stop before a space, or at the line's end ("TP. Đông Hà" may cut one
# short: its provinces are then missed, never borrowed from the next sentence).
_FIRST_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n|$")
_FEWEST_ROUND_UP_PROVINCES = 3


def province_paragraph_sections(text: str, matches: list, gazetteer) -> list[int]:
    """Where each paragraph of a round-up begins whose first sentence names one province ("Cùng
    ngày, HĐND tỉnh Quảng Trị khóa VIII họp …. Ông A, Phó Bí thư Tỉnh ủy, …"), and where the
    paragraph after it begins. A round-up opens three paragraphs or more on as many provinces,
    each once: a page that comes back to a province is one province's news with its guests. The
    paragraphs that follow one on the same province ("Cũng tại kỳ họp này, bà B … tỉnh X") go on
    with its news: one section."""
    found: list[list] = []  # [first line, last line, province]
    for line in [0] + [m.end() for m in re.finditer(r"\n", text)]:
        stop = _FIRST_SENTENCE_END.search(text, line).start()
        named = {p.key for m in matches if line <= m.start < stop and (p := _named_province(m, gazetteer)) is not None}
        if len(named) == 1:
            key = named.pop()
            if found and found[-1][2] == key:
                found[-1][1] = line
            else:
                found.append([line, line, key])
    keys = [key for _, _, key in found]
    if len(set(keys)) < _FEWEST_ROUND_UP_PROVINCES or len(set(keys)) < len(keys):
        return []
    starts = []
    for first, last, _ in found:
        after = text.find("\n", last)
        starts += [first] if after == -1 else [first, after + 1]
    return starts


def _section_bounds(text: str, lines: list[int]) -> list[int]:
    """Each section's start and the start of the paragraph after it."""
    starts = []
    for line in lines:
        starts.append(line)
        after = text.find("\n", line)
        if after != -1:
            starts.append(after + 1)
    return starts


def _named_province(match, gazetteer):
    """The Vietnamese province a place match names (itself, or the province of its district or city)."""
    place = match.places[0]
    if place.country != "VN" or place.kind not in ("Province", "District", "City"):
        return None
    if place.kind != "Province" and match.surface == place.name:
        return None  # a bare district name is often part of a person's name
    return place if place.kind == "Province" else _province_of(place, gazetteer)


def item_contexts(text: str, matches: list, gazetteer, whole: ArticleContext) -> list[tuple[int, ArticleContext]]:
    """One context per news item; an item that names no province keeps the article's (``whole``)."""
    starts = sorted(set(item_starts(text)) | set(place_headings(text, matches)) | set(bullet_place_sections(text, matches))
                    | set(place_paragraph_sections(text, matches)) | set(province_paragraph_sections(text, matches, gazetteer)))
    out = []
    for start, end in zip(starts, starts[1:] + [len(text) + 1]):
        inside = [m for m in matches if start <= m.start < end]
        ctx = article_context(inside, gazetteer, text, prefer=whole)  # "… tại tỉnh Quảng Ninh, … đoàn tỉnh Phú Thọ": a tie is the page's
        source = "article" if ctx.province is not None else whole.source
        out.append((start, ArticleContext(ctx.province or whole.province, ctx.district or whole.district, whole.foreign, source)))
    return out


def communes_at(named: list, text: str, at: int) -> tuple:
    """The commune of each unit word ("xã", "phường") that a bare commune title at ``at`` is of
    ("Bí thư Đảng ủy xã, Chủ tịch HĐND xã A" in the news of a session of "HĐND xã Cao Phong"): the one
    its paragraph named before it; where the paragraph named none, the one the article names. A
    paragraph or article that names two of the unit leaves it unknown. ``named``: (start, commune)."""
    paragraph = text.rfind("\n", 0, at) + 1
    out = []
    for unit in sorted({p.unit for _, p in named}):
        of_unit = [(start, p) for start, p in named if p.unit == unit]
        before = {p.key: p for start, p in of_unit if paragraph <= start < at}
        candidates = before or {p.key: p for _, p in of_unit}
        if len(candidates) == 1:
            out.append(next(iter(candidates.values())))
    return tuple(out)


def context_at(contexts: list[tuple[int, ArticleContext]], position: int) -> ArticleContext:
    current = contexts[0][1]
    for start, ctx in contexts:
        if start > position:
            break
        current = ctx
    return current


def _most_common(counter: Counter, first_seen: dict, gazetteer, preferred=None):
    if not counter:
        return None
    key = min(counter, key=lambda k: (-counter[k], preferred is None or k != preferred.key, first_seen.get(k, 0)))
    return gazetteer.get(key)


def _province_of(place, gazetteer):
    for ancestor in gazetteer.ancestors(place):
        if ancestor.kind == "Province":
            return ancestor
    return None


# Every SIDE_MARKERS match holds one of these ("[Pp]hía", "[Đđ]oàn", "điểm cầu"): a text with none
# is no side, without the regex tried at each of its positions.
_SIDE_MARKER_WORDS = ("hía", "oàn", "điểm cầu")


def _marks_side(text: str, sentence_start: int, match) -> bool:
    """A side marker ends the sentence's text before the place ``match`` (a delegation led by
    someone, "… đoàn tỉnh X do", marks its side even after a receiving verb)."""
    before = text[sentence_start : match.start]
    if not any(w in before for w in _SIDE_MARKER_WORDS):
        return False
    led_by = bool(LED_BY.match(text, match.end))
    m = SIDE_MARKERS.search(before)
    # "tiếp đoàn tỉnh X", "làm việc với đoàn tỉnh X": the hosts are not X's; but "tiếp đoàn tỉnh X
    # do ông A … dẫn đầu": the one who leads the delegation is.
    return bool(m) and (led_by or not RECEIVING.search(before[: m.start()]))


# "… đoàn tỉnh Hồ Bắc (Trung Quốc) do": the delegation's leader follows.
# "… đoàn huyện X, tỉnh Vân Nam (Trung Quốc) do": the region, then the country in brackets.
LED_BY = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:,? (?:nước |Vương quốc )?[^\W\d_]+(?: [^\W\d_]+){0,3})?"
                    r"(?:\s*\([^()]{1,30}\))?\s*(?:,\s*)?do ")


def side_place(text: str, sentence_start: int, position: int, places: dict):
    """The place named by the last side marker before ``position`` in the sentence."""
    last = _last_side(text, sentence_start, position, places)
    return last[1] if last else None


def _last_side(text: str, sentence_start: int, position: int, places: dict):
    candidates = [
        (start, match.places[0])
        for start, match in places.items()
        if sentence_start <= start < position
        and match.places[0].kind != "Country"
        and (_marks_side(text, sentence_start, match) or SIDE_AFTER.match(text, match.end))
    ]
    if not candidates:
        return None
    last = max(candidates, key=lambda c: c[0])
    # "đoàn châu Hồng Hà, tỉnh Vân Nam (Trung Quốc) do …": the region after the delegation's place is
    # the one containing it; the delegation is the first's.
    before = [m for m in places.values() if sentence_start <= m.start < last[0]]
    inner = max(before, key=lambda m: m.start) if before else None
    if inner is not None and inner.places[0].kind != "Country" and _contains(last[1], inner.places[0]) \
            and _PARENT_GAP.fullmatch(text, inner.end, last[0]) is not None:
        return (inner.start, inner.places[0])
    return last


def _contains(outer, inner) -> bool:
    """``outer`` is the unit right above ``inner`` (a prefecture's province, a district's)."""
    return inner.parent == outer.key


# "Nhân dịp đoàn tỉnh X dự …, Đoàn đại biểu tỉnh do ông A, Bí thư Tỉnh ủy làm trưởng đoàn hội kiến …":
# the bare delegation is the page's own province, never named (a reader knows it); neither the
# other side named before it, nor the place the meeting is held in, is the leader's. Alone in its
# sentence ("đoàn công tác của thành phố do …") it is the province the article is about, as before.
UNNAMED_SIDE = object()
_UNNAMED_DELEGATION = re.compile(
    rf"(?<![\w])[Đđ]oàn(?: đại biểu| công tác)?(?: cấp cao)?(?: của)? (?:{lexicon.unit_alternation('province', 'city')}) do ")


# "… tiếp Đoàn tỉnh X do ông A làm Trưởng đoàn, cùng dự có ông B, Phó Chủ tịch UBND tỉnh": once the
# delegation's leader is told, those who "also attend" or "also receive" are the hosts, not X's (and
# the sentence's other places are the guests': the hosts' stays unknown).
_LEADER_TOLD = re.compile(r"(?<![\w])(?:làm [Tt]rưởng đoàn|dẫn đầu)(?![\w])")
_HOSTS_JOIN = re.compile(r"(?<![\w])(?:[Cc]ùng (?:dự|tham dự|tiếp|đón|tiếp đón)|[Tt]ham dự|[Dd]ự) có(?![\w])")


def _side_closed(text: str, side_start: int, position: int) -> bool:
    leader = _LEADER_TOLD.search(text, side_start, position)
    return leader is not None and _HOSTS_JOIN.search(text, leader.end(), position) is not None


# "… đón đoàn đại biểu Campuchia do Đại tướng A - Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng dẫn đầu":
# a delegation of a country, then its leader's titles up to "dẫn đầu"/"làm trưởng đoàn".
_COUNTRY_DELEGATION = re.compile(
    r"(?<![\w])[Đđ]oàn(?: đại biểu| công tác)?(?: cấp cao)?(?: (?:Quân đội|Bộ Quốc phòng|Chính phủ|Quốc hội))?"
    r"(?: của)?(?: nước| Vương quốc)? $")
_COUNTRY_LED_BY = re.compile(r"(?:\s*\([^()]{1,30}\))?\s*,?\s*do ")


def delegation_country(text: str, sentence_start: int, position: int, places: dict):
    """The foreign country whose delegation is led by the person whose title is at ``position``
    (the title between the delegation's "do" and the "dẫn đầu" that closes its leader), if any."""
    found = None
    for start, match in places.items():
        place = match.places[0]
        if not sentence_start <= start < position or place.kind != "Country" or place.country == "VN":
            continue
        led = _COUNTRY_LED_BY.match(text, match.end)
        if led is None or led.end() > position or not _COUNTRY_DELEGATION.search(text, max(sentence_start, start - 60), start):
            continue
        close = _LEADER_TOLD.search(text, led.end())
        if close is None or close.start() < position or re.search(r"[;.]", text[led.end():close.start()]):
            continue
        found = place
    return found


# "Trong khuôn khổ chuyến thăm Campuchia, đoàn đã hội kiến Chủ tịch Quốc hội A": whom a visit to a
# country meets, under a national title that names no country, is that country's.
_VISIT_BEFORE = re.compile(r"(?:[Cc]huyến|[Đđ]oàn) (?:thăm|công tác)(?: chính thức| cấp nhà nước| hữu nghị)?"
                           r"(?: và làm việc)?(?: chính thức)? (?:tại |tới |đến )?$")
_MEETS = re.compile(r"(?<![\w])(?:hội kiến|hội đàm|gặp gỡ|gặp|chào xã giao|chào)(?![\w])")


def visited_country(text: str, sentence_start: int, position: int, places: dict):
    """The one foreign country a visit told earlier in the sentence goes to, when a meeting verb
    stands between it and the title at ``position``; two countries named leave it unknown."""
    countries = {m.places[0].key: (start, m) for start, m in places.items()
                 if sentence_start <= start < position and m.places[0].kind == "Country" and m.places[0].country != "VN"}
    if len(countries) != 1:
        return None
    ((start, match),) = countries.values()
    if not _VISIT_BEFORE.search(text, max(sentence_start, start - 50), start):
        return None
    return match.places[0] if _MEETS.search(text, match.end, position) else None


def side_of(text: str, sentence_start: int, position: int, places: dict):
    """The side place before ``position``, or UNNAMED_SIDE when a delegation of a place it never
    names follows another side's."""
    last = _last_side(text, sentence_start, position, places)
    if last is not None and _side_closed(text, last[0], position):
        return UNNAMED_SIDE  # the hosts' place is often never written beside them: whose, unknown
    bare = None
    for bare in _UNNAMED_DELEGATION.finditer(text, sentence_start, position):
        pass
    if bare is not None and last is not None and last[0] < bare.start():
        return UNNAMED_SIDE
    unread = _unread_delegation(text, sentence_start, position, places)
    if unread is not None and (last is None or last[0] < unread):
        return UNNAMED_SIDE
    return last[1] if last else None


# "… tiếp đoàn đại biểu HĐND tỉnh Khăm-muồn do ông A, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn": a delegation of
# a foreign region transliterated with hyphens in a spelling the gazetteer lacks (no Vietnamese place is
# written so): its leader's posts are that region's, unread, never the hosts' nor the page's province.
_UNREAD_DELEGATION = re.compile(
    rf"(?<![\w])[Đđ]oàn(?: đại biểu| công tác)?(?: cấp cao)?(?: của)?(?: (?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Tỉnh ủy))?"
    rf" (?:{lexicon.unit_alternation('province', 'district', 'city')}) "
    rf"(?P<name>{lexicon.UPPER}[^\W\d_]*-[^\W\d_]+(?:[- ][^\W\d_]+)*?)(?:\s*\([^()]{{1,30}}\))?\s*,?\s*do ")


def _unread_delegation(text: str, sentence_start: int, position: int, places: dict) -> int | None:
    found = None
    for m in _UNREAD_DELEGATION.finditer(text, sentence_start, position):
        if m.start("name") not in places:
            found = m.start()
    return found
