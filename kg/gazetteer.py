"""Places as data, with a fast longest-match scanner.

Data files in kg/data/places/: vietnam.tsv (generated from vietnam-provinces
and pycountry by scripts/make_gazetteer.py), foreign.tsv (countries and the
foreign regions Vietnamese news names, in the spellings it uses). Matching
is case-sensitive on purpose: "hòa bình" (peace) and "thái bình" are words,
"Hòa Bình" and "Thái Bình" are provinces. Text is compared in the project's
normal form (kg.text.normalize), so both tone-mark conventions match.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .text import normalize

REORGANISED = dt.date(2025, 7, 1)
_TOKEN = re.compile(r"\w+|[^\w\s]")
_UNIT_BEFORE = re.compile(r"(thành phố|TP\.?|Tp\.?|huyện|quận|thị xã|tỉnh|Tỉnh|Thành phố|Huyện|Quận) $")
KIND_ORDER = {"Country": 0, "Province": 1, "ForeignRegion": 1, "City": 2, "District": 3}


@dataclass(frozen=True)
class Place:
    key: str
    name: str
    kind: str  # Country | Province | District | City | ForeignRegion
    unit: str
    country: str
    parent: str
    iso3166: str
    aliases: tuple[str, ...]
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None


@dataclass(frozen=True)
class PlaceMatch:
    start: int
    end: int
    surface: str
    places: tuple[Place, ...]  # best candidate first


def fold(text: str) -> str:
    """Comparison key for surface forms: normal form, apostrophes and spaces folded."""
    return " ".join(normalize(text).replace("-", " - ").split())


class Gazetteer:
    def __init__(self, places: list[Place]) -> None:
        self._places = {p.key: p for p in places}
        self._trie: dict = {}
        self._surfaces: dict[str, list[Place]] = {}
        for place in places:
            for alias in dict.fromkeys((place.name, *place.aliases)):
                self._add(alias, place)

    def _add(self, alias: str, place: Place) -> None:
        tokens = tuple(_TOKEN.findall(normalize(alias)))
        node = self._trie
        for token in tokens:
            node = node.setdefault(token, {})
        node.setdefault(None, []).append(place)
        self._surfaces.setdefault(fold(alias), []).append(place)

    def places(self) -> list[Place]:
        return list(self._places.values())

    def get(self, key: str) -> Place:
        return self._places[key]

    def lookup(self, surface: str) -> tuple[Place, ...]:
        return tuple(self._surfaces.get(fold(surface), ()))

    def ancestors(self, place: Place) -> tuple[Place, ...]:
        out = []
        while place.parent and place.parent in self._places:
            place = self._places[place.parent]
            out.append(place)
        return tuple(out)

    def scan(self, text: str, at: dt.date | None = None) -> list[PlaceMatch]:
        """Every non-overlapping longest match of a place name in ``text``."""
        tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        matches, i = [], 0
        while i < len(tokens):
            found = self._longest(tokens, i)
            if found is None:
                i += 1
                continue
            j, places = found
            start, end = tokens[i][0], tokens[j][1]
            matches.append(PlaceMatch(start, end, text[start:end], self._rank(places, text, start, at)))
            i = j + 1
        return matches

    def _longest(self, tokens: list, i: int):
        node, best = self._trie, None
        for j in range(i, len(tokens)):
            if j > i and tokens[j][0] - tokens[j - 1][1] > 1:
                break  # a place name never spans a line break or a run of spaces
            node = node.get(tokens[j][2])
            if node is None:
                break
            if None in node:
                best = (j, node[None])
        return best

    def _rank(self, places: list[Place], text: str, start: int, at: dt.date | None) -> tuple[Place, ...]:
        unit = _UNIT_BEFORE.search(text, max(0, start - 12), start)
        wanted = unit.group(1).lower().rstrip(".") if unit else ""

        def score(place: Place) -> tuple:
            unit_fit = 0 if wanted and _unit_fits(wanted, place) else 1
            era = 0 if _valid_at(place, at) else 1
            return (unit_fit, era, KIND_ORDER.get(place.kind, 9), place.key)

        return tuple(sorted(dict.fromkeys(places), key=score))


def _unit_fits(wanted: str, place: Place) -> bool:
    if wanted in ("tp", "thành phố"):
        return place.unit == "thành phố"
    return place.unit == wanted


def _valid_at(place: Place, at: dt.date | None) -> bool:
    when = at or (REORGANISED - dt.timedelta(days=1))  # undated text: the long-standing units
    return (place.valid_from is None or place.valid_from <= when) and (place.valid_until is None or when <= place.valid_until)


def _read(name: str) -> list[Place]:
    text = resources.files("kg.data").joinpath("places", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t")
    return [_place(row) for row in rows]


def _place(row: dict) -> Place:
    return Place(
        key=row["key"], name=normalize(row["name"]), kind=row["kind"], unit=row["unit"], country=row["country"],
        parent=row["parent"], iso3166=row["iso3166"], aliases=tuple(normalize(a) for a in row["aliases"].split("|") if a),
        valid_from=_date(row.get("valid_from")), valid_until=_date(row.get("valid_until")),
    )


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@cache
def load_gazetteer() -> Gazetteer:
    return Gazetteer(_read("vietnam.tsv") + _read("foreign.tsv"))
