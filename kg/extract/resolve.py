"""Stage: mentions → entities with stable keys and fully qualified labels.

An office's label always names its organisation and place ("Bí thư Tỉnh ủy
Quảng Ninh", "Tỉnh trưởng tỉnh Hủa Phăn", "Tổng Lãnh sự Nhật Bản tại Thành
phố Hồ Chí Minh"); a title that cannot be qualified yields no office at all,
so no bare "Bí thư Tỉnh ủy" is ever shared by two provinces.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ..model import Entity
from . import lexicon
from .titles import SEAT_WORD, Title

VIETNAM = "VN"
PLACE_KINDS = {"Country": "Country", "Province": "Province", "District": "District", "ForeignRegion": "ForeignRegion"}


# Where an event's name turns to its purpose: "Hội nghị Đối ngoại toàn quốc | triển khai thực
# hiện Nghị quyết …". The ordinal and the year stay: they tell one session from the next.
_EVENT_PURPOSE = re.compile(r" (?:triển khai|quán triệt|nhằm|về việc|với chủ đề|để) ")


# Words a name of one event has in one article and not in the next: "tỉnh" before the
# province ("… tỉnh Nghệ An" / "… Nghệ An"; "thành phố" stays: a city and its province
# may share a name and hold their own congresses) and "năm" before the year.
_EVENT_KEY_OPTIONAL = re.compile(r"\b(?:tỉnh|năm)\s+(?=(\w))")


def event_entity(name: str) -> Entity:
    """One event however articles name it: keyed by its name up to its purpose, without
    the words one article writes and the next leaves out, so the names of one conference
    in several articles meet in one node (each name a label use, the others altLabels).
    Two sessions of one body keep their ordinals or years apart; two unnumbered events of
    one name in different years are one node (known limit)."""
    return Entity("Event", event_key(name), name)


@lru_cache(maxsize=4096)  # an article names its events again and again, and the key is the name's alone
def event_key(name: str) -> str:
    head = _EVENT_PURPOSE.split(name, maxsplit=1)[0]
    return " ".join(_EVENT_KEY_OPTIONAL.sub(_before_name_or_year, head).split()).casefold()


def _before_name_or_year(match: re.Match) -> str:
    """The word goes when a name (capital) or a year follows: "tỉnh Nghệ An", "năm 2024"."""
    after = match.group(1)
    return "" if after.isupper() or after.isdigit() else match.group(0)


def person_entity(label: str, also: str | None = None) -> Entity:
    """A person by the label of their name; ``also``: another way the page wrote it."""
    return Entity("Person", label, label, frozenset((also,)) if also else frozenset())


@cache
def place_entity(place, gazetteer) -> Entity:
    kind = _place_kind(place)
    alts = {a for a in place.aliases if a != place.name}
    unit = unit_of(place)
    if unit:
        alts.add(f"{unit} {place.name}")
    props: list[tuple[str, object]] = []
    if place.iso3166:
        props.append(("iso3166", place.iso3166))
    if place.wikidata:
        props.append(("sameAs", place.wikidata))
    parent = gazetteer.get(place.parent) if place.parent else None
    if parent is not None:
        props.append(("locatedIn", place_entity(parent, gazetteer)))
    return Entity(kind, f"{place.key}", place.name, frozenset(alts), tuple(props))


def _place_kind(place) -> str:
    if place.kind == "City":
        return "District" if place.country == VIETNAM else "ForeignRegion"
    return PLACE_KINDS.get(place.kind, "Place")


def unit_of(place) -> str:
    if place.unit:
        return place.unit
    return lexicon.units()["of_kind"].get(place.kind, "")


def with_unit(place) -> str:
    """"tỉnh Quảng Ninh", "thành phố Hạ Long"; "Thành phố Hồ Chí Minh" already says its unit."""
    unit = unit_of(place)
    if not unit or place.name.lower().startswith(unit.lower() + " "):
        return place.name
    return f"{unit} {place.name}"


def _qualifier(body, place) -> str:
    """"Tỉnh ủy Quảng Ninh" (a bare body), "UBND tỉnh Quảng Ninh" (a body of a unit)."""
    return place.name if body.style == "bare" else with_unit(place)


def party_of(country) -> str:
    code = country.country if country is not None else VIETNAM
    return lexicon.titles()["ruling_parties"].get(code or VIETNAM, "")


def office_entity(title: Title, gazetteer) -> Entity | None:
    """The office a title names; titles that differ only in where they stand give one office,
    so it is made once per process for each (the same titles recur in every article)."""
    key = (title.written, title.role, title.base, title.bodies, title.places, title.unit, title.seat, title.country,
           title.term, title.former, title.membership, title.standalone, title.level)
    if key not in _OFFICES:
        if len(_OFFICES) > 50_000:
            _OFFICES.clear()
        _OFFICES[key] = _office_entity(title, gazetteer)
    return _OFFICES[key]


_OFFICES: dict[tuple, Entity | None] = {}  # the title without its offsets → its office


def _office_entity(title: Title, gazetteer) -> Entity | None:
    label = office_label(title)
    if not label:
        return None
    alts = {a for a in _alt_labels(title, label) if a != label}
    props: list[tuple[str, object]] = []
    org = organisation_entity(title)
    if org is not None:
        props.append(("ofOrganization", org))
    if title.places:
        props.append(("jurisdiction", place_entity(title.places[0], gazetteer)))
    elif title.country is not None:
        props.append(("jurisdiction", place_entity(title.country, gazetteer)))
    return Entity("Office", label, label, frozenset(alts), tuple(props))


def office_label(t: Title) -> str | None:
    place = t.places[0] if t.places else None
    if t.membership:
        return _membership_label(t, place)
    if t.standalone and not t.bodies:
        return _standalone_label(t, place)
    return _body_label(t, place)


def _membership_label(t: Title, place) -> str | None:
    if t.level == "national":
        return t.role + (f" khóa {t.term}" if t.term else "")
    return f"{t.role} {place.name}" if place else None


def _standalone_label(t: Title, place) -> str | None:
    kind = t.standalone
    if kind == "region":
        return f"{t.role} {with_unit(place)}" if place else None
    if kind == "diplomat":
        if t.country is None:
            return None
        # "Đại sứ đặc mệnh toàn quyền" is the ambassador's rank: the office is the embassy's head.
        role = t.role.replace("đặc mệnh toàn quyền", "").replace("  ", " ").strip()
        return f"{role} {t.country.name}" + (f" tại {t.seat.name}" if t.seat else "")
    if kind == "party":
        party = party_of(t.country)
        if t.country is not None and t.country.country != VIETNAM:
            return f"{t.role} {party}" if party else None
        return f"{t.role} Ban Chấp hành Trung ương {party}"
    if kind == "government":
        return f"{t.role} {t.country.name}" if _foreign(t.country) else f"{t.role} Chính phủ"
    if kind == "country":
        if _foreign(t.country):
            return f"{t.role} {t.country.name}"
        return t.role if t.role.endswith("nước") else None
    return None


def _foreign(country) -> bool:
    return country is not None and country.country != VIETNAM


def _body_label(t: Title, place) -> str | None:
    last = t.bodies[-1]
    head = " ".join([t.role, *(b.text for b in t.bodies)])
    if last.style == "party" and not place:
        party = last.party or party_of(t.country)
        return f"{t.role} Ban Chấp hành Trung ương {party}"
    if t.standalone == "region" and place:
        return f"{t.role} {with_unit(place)}"
    if place:
        qualifier = _qualifier(last, place)
        return f"{head} {qualifier}" + (f" tại {t.seat.name}" if t.seat else "")
    if last.style == "embassy":
        if t.country is None:
            return None
        return f"{head} {t.country.name}" + (f" tại {t.seat.name}" if t.seat else "")
    if last.style == "named":
        return head  # "Chủ tịch Hội Hữu nghị Lào - Việt Nam": the body's own name says whose it is
    if last.style == "national":
        if t.unit:
            return None  # "… Đảng Nhân dân Campuchia tỉnh": the body's branch in a province the text leaves unknown
        return head + (f" {t.country.name}" if _foreign(t.country) else "")
    if last.style == "foreign":  # "Chủ tịch Hạ viện Belarus"; Vietnam has no such chamber
        return f"{head} {t.country.name}" if _foreign(t.country) else None
    return None


def _alt_labels(t: Title, label: str) -> set[str]:
    alts = set()
    for body in t.bodies:
        if body.expanded and body.text in label:
            alts.add(label.replace(body.text, body.expanded, 1))
    if t.membership and t.level != "national" and t.role == "Tỉnh ủy viên" and t.places:
        alts.add(f"Ủy viên Ban Chấp hành Đảng bộ tỉnh {t.places[0].name}")
    if any(b.style == "party" for b in t.bodies) and "Ban Chấp hành Trung ương" in label:
        alts.add(label.replace("Ban Chấp hành Trung ương", "Trung ương", 1))
    if t.standalone == "party" and not t.bodies and not _foreign(t.country):
        alts.add(t.role)
    written = " ".join(t.written.split())
    if t.standalone == "diplomat" and t.country is not None and "đặc mệnh toàn quyền" in t.role:
        alts.add(f"{t.role} {t.country.name}" + (f" tại {t.seat.name}" if t.seat else ""))
    # The title as written is a spelling of the office when it names the place itself, under
    # any of the place's names ("Phó Bí thư Tỉnh ủy Salavan" for "… Sa-la-van").
    named_in_text = (t.places and any(n in written for n in (t.places[0].name, *t.places[0].aliases))) or (t.is_national and not t.places) or (
        t.is_diplomatic and t.country is not None and any(n in written for n in (t.country.name, *t.country.aliases)))
    if named_in_text and written and written[0].isupper():
        alts.add(written.removeprefix("nguyên ").removeprefix("cựu "))
    return alts | _party_short_forms(label) | _foreign_spellings(t, label)


def _foreign_spellings(t: Title, label: str) -> set[str]:
    """A foreign region's office under the region's other spellings ("Sạ-vẳn-na-khệt",
    "Savannakhet"): the press transliterates one name many ways. So is a mission's seat
    ("Tổng Lãnh sự Việt Nam tại Xa-vẳn-na-khẹt")."""
    place = t.places[0] if t.places else None
    if place is not None and place.country != VIETNAM and place.name in label:
        return {label.replace(place.name, a) for a in _other_spellings(place)}
    seat = t.seat
    if seat is not None and seat.country != VIETNAM and label.endswith(SEAT_WORD + seat.name):
        head = label.removesuffix(seat.name)
        return {head + a for a in _other_spellings(seat)}
    return set()


MAX_SPELLINGS = 10  # the other spellings of a place an office is labelled with


def _other_spellings(place) -> list[str]:
    return [a for a in place.aliases if a != place.name and not a.lower().startswith(unit_of(place) + " ")][:MAX_SPELLINGS]


def _party_short_forms(label: str) -> set[str]:
    """"Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam" is written "… Trung ương
    Đảng" and "Ủy viên Trung ương Đảng": the ruling party goes without saying."""
    if "Ban Chấp hành Trung ương Đảng" not in label:
        return set()
    forms = {label.replace("Ban Chấp hành Trung ương", "Trung ương", 1)}
    party = lexicon.titles()["ruling_parties"][VIETNAM]
    if label.endswith(party):
        short = label.removesuffix(party) + "Đảng"
        forms |= {short, short.replace("Ban Chấp hành Trung ương", "Trung ương", 1)}
    return forms


def organisation_entity(t: Title) -> Entity | None:
    if not t.bodies:
        return None
    last = t.bodies[-1]
    place = t.places[0] if t.places else None
    if last.style == "party":
        name = last.party or party_of(t.country)
        return Entity("Organization", name, name) if name else None
    if place:
        qualifier = _qualifier(last, place)
        name = f"{' '.join(b.text for b in t.bodies)} {qualifier}"
    elif last.style == "named":
        name = " ".join(b.text for b in t.bodies)
    elif last.style == "national" or (last.style == "foreign" and _foreign(t.country)):
        name = " ".join(b.text for b in t.bodies) + (f" {t.country.name}" if _foreign(t.country) else "")
    else:
        return None
    return Entity("Organization", name, name)


def shortened_events(facts: list, seen=()) -> list:
    """In one article, an event named by a shortening of another's name is that event: after
    "Hội nghị xúc tiến đầu tư tỉnh X năm 2024", the article's "Hội nghị xúc tiến đầu tư" and
    its bare "Hội nghị" are the same conference (their names kept as altLabels). Only when the
    longer names form one chain: two different conferences leave a bare "Hội nghị" alone.
    ``seen``: the events the article names that may stand in no fact (a second conference told
    in passing still makes a bare "Hội nghị" ambiguous), and the bare heads that referred back
    ("Tại Hội nghị, …"), each an event of its name."""
    named: dict[str, Entity] = {}
    names: dict[str, set[str]] = {}  # key → every name it was written with ('Hội nghị', 'Hội nghị lần này')
    events = [e for fact in facts for e in (fact.subject, fact.object) if isinstance(e, Entity) and e.kind == "Event"]
    for entity in events + list(seen):
        key = _DEICTIC_END.sub("", event_key(entity.label))
        named.setdefault(key, entity)
        names.setdefault(key, set()).add(entity.label)
    longest = _longest_names(named)
    if not longest:
        return facts
    alts: dict[str, set[str]] = {}
    for short, long in longest.items():
        alts.setdefault(long, set()).update(names[short])
    merged = {short: _with_alts(named[long], alts[long]) for short, long in longest.items()}
    merged.update({long: _with_alts(named[long], alts[long]) for long in alts})
    by_entity = {e: merged[k] for e in events if (k := _DEICTIC_END.sub("", event_key(e.label))) in merged}
    return [_repointed(fact, by_entity) for fact in facts]


# "Hội nghị lần này" is the bare "Hội nghị" pointing at the article's own event.
_DEICTIC_END = re.compile(r" (?:lần này|này)$")


def _longest_names(named: dict) -> dict[str, str]:
    """Short key → the one longest key it begins, for keys whose longer names form one chain."""
    longest = {}
    for short in named:
        longer = [k for k in named if k.startswith(short + " ") and not _name_goes_on(named[short].label, named[k].label)]
        if longer:
            top = max(longer, key=len)
            if all(top == k or top.startswith(k + " ") for k in longer):
                longest[short] = top
    return longest


def _name_goes_on(short: str, long: str) -> bool:
    """'Đại hội … Đảng bộ phường Hội An' and 'Đại hội … Đảng bộ phường Hội An Tây lần thứ I': the
    longer name goes on with a capitalised word right after the shorter one's capitalised end, so the
    proper name in it is another (two wards' congresses), not a shortening of it."""
    if not long.lower().startswith(short.lower() + " "):
        return False
    last, nxt = short.split()[-1], long[len(short) + 1 :].split()[0]
    return last[:1].isupper() and nxt[:1].isupper()


def _with_alts(entity: Entity, names: set[str]) -> Entity:
    return Entity(entity.kind, entity.key, entity.label, entity.alt_labels | (names - {entity.label}), entity.props)


def _repointed(fact, by_entity: dict):
    subject, obj = by_entity.get(fact.subject, fact.subject), fact.object
    if isinstance(obj, Entity):
        obj = by_entity.get(obj, obj)
    if subject is fact.subject and obj is fact.object:
        return fact
    return type(fact)(subject, fact.relation, obj, fact.evidence)


# A name that tells one session from the next by itself: a year, an ordinal, a term.
_NAME_TELLS_WHEN = re.compile(r"\b(?:1[89]|20)\d\d\b|\blần thứ\b|\bthứ [\dIVXLC]+\b|\bkhóa [\dIVXLC]+\b|\bnhiệm kỳ\b", re.I)


def dated_events(facts: list) -> list:
    """An event whose name says nothing of when (no year, ordinal or term) is keyed with the
    year it starts in, when the article dates it: "Hội nghị X" of 2023 and of 2024 are two
    events, one body's yearly meetings. A name of common words only ("Hội nghị xúc tiến đầu
    tư") names a kind of event, held by many provinces: the one province it is held in goes
    in its key before the year, as the full name writes it ("Hội nghị xúc tiến đầu tư tỉnh
    Nghệ An năm 2024"), so the two names meet and two provinces' conferences stay apart.
    Undated mentions keep the plain key."""
    years = {f.subject.key: f.object.year for f in facts
             if f.relation == "startDate" and isinstance(f.subject, Entity) and f.subject.kind == "Event"}
    keys = {key: _dated_key(key, year, facts) for key, year in years.items() if not _NAME_TELLS_WHEN.search(key)}
    if not keys:
        return facts
    # every mention of the event, whatever name it goes by here, takes the new key
    rekeyed = {e: Entity(e.kind, keys[e.key], e.label, e.alt_labels, e.props) for f in facts
               for e in (f.subject, f.object) if isinstance(e, Entity) and e.kind == "Event" and e.key in keys}
    return [_repointed(fact, rekeyed) for fact in facts]


def _dated_key(key: str, year: int, facts: list) -> str:
    province = _generic_host(key, facts)
    return f"{key} {province.label.casefold()} {year}" if province is not None else f"{key} {year}"


_NAME_TOKEN = re.compile(r"[^\W\d_]+")


def _generic_host(key: str, facts: list) -> Entity | None:
    """The one Vietnamese province an event named by common words only is held in, else None."""
    labels = {f.subject.label for f in facts if isinstance(f.subject, Entity) and f.subject.key == key}
    if not labels or not all(_common_words(label) for label in labels):
        return None
    provinces = {p for f in facts if f.relation == "heldIn" and f.subject.key == key
                 for p in [_province_of(f.object)] if p is not None}
    return provinces.pop() if len(provinces) == 1 else None


def _common_words(label: str) -> bool:
    """'Hội nghị xúc tiến đầu tư': no capital after the head's first word, no figure."""
    words = _NAME_TOKEN.findall(label)
    return len(words) > 2 and not any(c.isdigit() for c in label) and all(w.islower() for w in words[1:])


def _province_of(place) -> Entity | None:
    """The Vietnamese province a place lies in (itself, or up its locatedIn chain)."""
    for _ in range(4):
        if not isinstance(place, Entity) or place.kind == "Province":
            return place if isinstance(place, Entity) else None
        place = next((value for prop, value in place.props if prop == "locatedIn"), None)
    return None
