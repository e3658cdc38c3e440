"""Two persons of one name: kept apart when their offices cannot be one person's.

Persons are keyed by their name, so every article's "Trần Văn A" meets in one
node. That is right until two articles of the same weeks give the name offices
in two different provinces (Chủ tịch UBND of one, Bí thư Tỉnh ủy of another):
one person does not lead two provinces at once, so those mentions are two
people. Each article says which provinces (Vietnamese or foreign first-level
units) its persons hold a current office in, and on which day (a Claim); the
build groups one name's articles by these claims and gives every group but the
first a key of its own (the name and the group's province), so its IRI differs
while its label stays the plain name.

The grouping depends only on the set of articles, never on the order they were
read, so an incremental build keeps the same persons apart as a clean one.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..model import ArticleResult, Entity, Fact

# How near in time two articles must be for offices in two provinces to conflict:
# news of the same month; farther apart, the person may have moved.
SAME_WEEKS = dt.timedelta(days=31)
LEADING_UNITS = ("Province", "ForeignRegion")


@dataclass(frozen=True, order=True)
class Claim:
    """One article's word on one name: the day of the article and the first-level units
    the name holds a current office in there (with the province's own label, for keys)."""

    name: str  # the person's key
    day: str  # the article's date, ISO; "" when the page gives none
    provinces: tuple[tuple[str, str], ...]  # (unit key, unit label), sorted


@dataclass(frozen=True, order=True)
class Mention:
    """A claim as the build sees it: which article it comes from."""

    day: str
    article: str  # the article's IRI, to order articles of one day
    path: str  # the source file
    provinces: tuple[tuple[str, str], ...]


def claims_of(result: ArticleResult) -> tuple[Claim, ...]:
    """Each person's current offices in first-level units, in one article."""
    day = result.document.published.isoformat() if result.document.published else ""
    units: dict[str, set[tuple[str, str]]] = {}
    for fact in result.facts:
        if fact.relation == "holdsOffice" and fact.subject.kind == "Person":
            unit = _leading_unit(fact.object)
            if unit is not None:
                units.setdefault(fact.subject.key, set()).add(unit)
    return tuple(Claim(name, day, tuple(sorted(found))) for name, found in sorted(units.items()))


def _leading_unit(office) -> tuple[str, str] | None:
    """The province (or foreign first-level unit) an office is of, if it is of one."""
    if not isinstance(office, Entity):
        return None
    for prop, value in office.props:
        if prop == "jurisdiction" and isinstance(value, Entity):
            if value.kind in LEADING_UNITS:
                return value.key, value.label
            return _parent_unit(value)
    return None


def _parent_unit(place: Entity) -> tuple[str, str] | None:
    for prop, value in place.props:
        if prop == "locatedIn" and isinstance(value, Entity) and value.kind in LEADING_UNITS:
            return value.key, value.label
    return None


def kept_apart(mentions: Iterable[Mention]) -> dict[str, tuple[str, str]]:
    """For one name: source path → the province of its group, for the articles whose
    person is not the first group's (the first keeps the plain key). Articles are taken
    by date; each joins the first group it shares a province with and conflicts with
    nobody of, else the first it conflicts with nobody of, else starts a group."""
    groups: list[list[Mention]] = []
    for mention in sorted(mentions):
        fits = [g for g in groups if not any(_conflict(mention, other) for other in g)]
        same = [g for g in fits if any(_shares_unit(mention, other) for other in g)]
        if same or fits:
            (same or fits)[0].append(mention)
        else:
            groups.append([mention])
    apart: dict[str, tuple[str, str]] = {}
    for group in groups[1:]:
        unit = group[0].provinces[0]
        apart.update((m.path, unit) for m in group)
    return apart


def _conflict(a: Mention, b: Mention) -> bool:
    """Offices in different provinces, in articles of the same weeks."""
    if not (a.day and b.day and a.provinces and b.provinces) or _shares_unit(a, b):
        return False
    return abs(_day(a.day) - _day(b.day)) <= SAME_WEEKS


@lru_cache(maxsize=65536)
def _day(iso: str) -> dt.date:
    # Each pair of one name's articles is compared: a day is parsed once, not once a pair.
    return dt.date.fromisoformat(iso)


def _shares_unit(a: Mention, b: Mention) -> bool:
    return not {key for key, _ in a.provinces}.isdisjoint(key for key, _ in b.provinces)


def apart_key(name: str, unit: tuple[str, str]) -> str:
    """The key of a person kept apart from the first of their name: the name and the
    province of their group ("Trần Văn A (Quảng Ninh)"), so its IRI is readable."""
    return f"{name} ({unit[1]})"


def renamed(result: ArticleResult, keys: dict[str, str]) -> ArticleResult:
    """The article with its persons of these names under their own keys (labels unchanged),
    each saying whom it is kept apart from (the first person of its name)."""
    def person(entity):
        if isinstance(entity, Entity) and entity.kind == "Person" and entity.key in keys:
            return dataclasses.replace(entity, key=keys[entity.key], props=entity.props + (("keptApartFrom", entity),))
        return entity

    facts = tuple(Fact(person(f.subject), f.relation, person(f.object), f.evidence) for f in result.facts)
    return dataclasses.replace(result, facts=facts, entities=tuple(person(e) for e in result.entities))
