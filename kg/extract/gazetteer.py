"""Places as data, with a fast longest-match scanner.

Data files in kg/extract/data/places/ (one per family): vietnam.tsv (provinces and
districts, generated from vietnam-provinces and pycountry by
scripts/make_gazetteer.py), countries.tsv (every ISO 3166-1 country, generated
from pycountry and the Vietnamese names in country_names.tsv), foreign.tsv
(the foreign regions and cities Vietnamese news names, in the spellings it
uses), foreign_districts.tsv (the districts of Lao border provinces, hand-typed, matched only
after "huyện"/"mường"), geonames_cities.tsv (foreign cities by their Latin names, generated from
GeoNames; matched only after a unit word, "thành phố Izumisano"), and subdivision_items.tsv (the Wikidata items of provinces and foreign
regions, by key, generated; ODbL, see ATTRIBUTION.md). Surfaces compare after `fold` (one tone-mark convention, straight
apostrophes, hyphen == space) and case-sensitively on the first letter of
each word only: "hòa bình" (peace) and "thái bình" are words, "Hòa Bình" and
"Thái Bình" are provinces, and "HÀ NỘI" in a headline is still Hà Nội.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
import pickle
import re
import sys
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate
from importlib import resources
from pathlib import Path

from ..sources.text import normalize
from . import lexicon
from .prescan import lowered

REORGANISED = dt.date(2025, 7, 1)
DATA_FILES = ("vietnam.tsv", "countries.tsv", "foreign.tsv", "foreign_districts.tsv", "geonames_cities.tsv")
# Places named only by their aliases, never by their bare name: the foreign cities generated from
# GeoNames, whose Latin names may be anything in a Vietnamese text unless a unit word comes first,
# and the foreign districts of border ties ("huyện Đắc Chưng"), whose short names may be words.
ALIASES_ONLY_FILES = frozenset(("geonames_cities.tsv", "foreign_districts.tsv"))
ITEMS_FILE = "subdivision_items.tsv"  # Wikidata items of provinces and foreign regions, by key
SUCCESSORS_FILE = "vietnam_successors.tsv"  # the 2025 unit each pre-2025 province went into, by key
# Words (combining marks kept inside, for text that is not NFC yet) and single
# punctuation marks; hyphens are separators, like spaces, so "Chăm-pa-sắc"
# and "Chăm pa sắc" are the same three tokens.
_TOKEN = re.compile(r"[\w\u0300-\u036f]+|[^\w\s\u0300-\u036f-]")
# What may stand between two tokens of one place name: never a line break.
_GAPS = frozenset(("", " ", "-", " -", "- ", " - "))
_UNIT_BEFORE = re.compile(rf"({lexicon.unit_alternation('province', 'city', 'district', capitalised=True)}) $")
# "phường Móng Cái 1", "xã Hải Sơn 2": a ward or commune numbered after a name (the 2025 reform split former
# towns so) is no place the bare name holds; the numbered unit is unknown to the gazetteer ("Hà Nội 2025" keeps its city).
_COMMUNE_BEFORE = re.compile(rf"(?<![\w])(?:{lexicon.unit_alternation('commune', capitalised=True)}) $")
UNIT_NUMBER_AFTER = re.compile(r" \d{1,2}(?!\d)(?![/.:-]\d)")  # also read by kg.extract.events


def _numbered_unit(text: str, start: int, end: int) -> bool:
    return UNIT_NUMBER_AFTER.match(text, end) is not None and _COMMUNE_BEFORE.search(text, max(0, start - 12), start) is not None


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
    wikidata: str = ""  # the Wikidata item's IRI, where a data file gives one
    successor: str = ""  # a pre-2025 province: the key of the unit from 2025-07-01 it went into
    bare_name: bool = True  # whether the name alone names the place (else only its aliases do)

    def __hash__(self) -> int:
        # Places are hashed in every office key and candidate list: the key alone is a sound hash
        # (equal places have equal keys) and costs one cached string hash, not eleven fields'.
        return hash(self.key)


@dataclass(frozen=True)
class PlaceMatch:
    start: int
    end: int
    surface: str
    places: tuple[Place, ...]  # best candidate first


def fold(text: str) -> str:
    """Comparison form of a surface: normal form, hyphens as spaces, spaces collapsed; case kept."""
    return " ".join(normalize(text).replace("-", " ").split())


def _token_key(token: str) -> str:
    # Only the first letter of a word is case-sensitive (see module docstring).
    return token[:1] + token[1:].lower()


# Words repeat a lot in running text: their keys are worth remembering.
_cached_token_key = lru_cache(maxsize=65536)(_token_key)


def _surface_key(surface: str) -> tuple[str, ...]:
    return tuple(_token_key(t) for t in _TOKEN.findall(fold(surface)))


# The small words inside a Romance or Germanic place name ("Mar del Plata", "Rio de Janeiro", "Den Haag"
# aside) that Vietnamese pages often capitalise ("Mar Del Plata", "Rio De Janeiro"): either case is
# the place, when the whole name around them matches.
NAME_PARTICLES = frozenset(("de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
                            "los", "las", "von", "van", "der", "den", "y", "e", "sur", "am", "an"))


def _particles_capitalised(keys: tuple[str, ...]) -> tuple[str, ...]:
    if len(keys) < 3:
        return keys
    return keys[:1] + tuple(k.capitalize() if k in NAME_PARTICLES else k for k in keys[1:-1]) + keys[-1:]


class Gazetteer:
    def __init__(self, places: list[Place]) -> None:
        self._places = {p.key: p for p in places}
        self._trie: dict = {}
        for place in places:
            for alias in dict.fromkeys(((place.name,) if place.bare_name else ()) + place.aliases):
                if not alias.isdigit():  # "Quận 4" is a place, a bare "4" is a number
                    self._add(alias, place)
        self._openers = _Openers(self._trie)

    def _add(self, alias: str, place: Place) -> None:
        key = _surface_key(alias)
        for keys in dict.fromkeys((key, _particles_capitalised(key))):
            node = self._trie
            for key in keys:
                node = node.setdefault(key, {})
            node.setdefault(None, []).append(place)

    def places(self) -> list[Place]:
        return list(self._places.values())

    def get(self, key: str) -> Place:
        return self._places[key]

    def lookup(self, surface: str, at: dt.date | None = None) -> tuple[Place, ...]:
        """All places having this surface form (after `fold`), best first as in `scan`."""
        node = self._trie
        for key in _surface_key(surface):
            node = node.get(key)
            if node is None:
                return ()
        return self._rank(node.get(None, []), "", 0, at)

    def ancestors(self, place: Place) -> tuple[Place, ...]:
        """Containing places, nearest first: district → province → country."""
        out = []
        while place.parent and place.parent in self._places:
            place = self._places[place.parent]
            out.append(place)
        return tuple(out)

    def provinces_of_vietnam(self, at: dt.date | None = None) -> tuple[Place, ...]:
        """The provincial units in force on ``at`` (undated: the 63 before 1 July 2025)."""
        provinces = (p for p in self._places.values() if p.kind == "Province" and p.country == "VN")
        return tuple(p for p in provinces if _valid_at(p, at))

    def scan(self, text: str, at: dt.date | None = None, *, normal: bool = False) -> list[PlaceMatch]:
        """Every non-overlapping longest match of a place name in ``text``, left to right.

        Offsets index ``text`` itself; ``at`` (the article's date) ranks
        candidates of an ambiguous surface, it never drops one. ``normal``: the
        text is already in kg.text's normal form (a Document's is), so it is
        not normalised again.
        """
        low = lowered(text) if normal else None
        if low is not None:
            return self._scan_from_openers(text, low, at)
        keys, bounds, gaps = _tokens(text, normal)
        # Only a token that begins some name can begin a match: the others are skipped in bulk.
        starts = [i for i, key in enumerate(keys) if key in self._trie]
        matches, free = [], 0  # tokens before `free` belong to the last match
        ranked: dict = {}  # the same candidates, unit word and date rank the same: sorted once per article
        for i in starts:
            found = self._longest(keys, gaps, i) if i >= free else None
            if found is None:
                continue
            j, places = found
            start, end = bounds[2 * i], bounds[2 * j + 1]
            if _numbered_unit(text, start, end):
                continue
            matches.append(PlaceMatch(start, end, text[start:end], self._rank(places, text, start, at, ranked)))
            free = j + 1
        return matches

    def _scan_from_openers(self, text: str, low: str, at: dt.date | None) -> list[PlaceMatch]:
        """`scan` of a text in normal form, read token by token only from the words that may
        open a name (`_Openers`): the same matches, without tokenising the whole text."""
        matches, free = [], 0  # no match starts before `free`, the end of the last one
        ranked: dict = {}
        for start, first_end, node in self._openers.found(text, low):
            found = self._longest_at(text, first_end, node) if start >= free else None
            if found is None:
                continue
            end, places = found
            if _numbered_unit(text, start, end):
                continue
            matches.append(PlaceMatch(start, end, text[start:end], self._rank(places, text, start, at, ranked)))
            free = end
        return matches

    @staticmethod
    def _longest_at(text: str, pos: int, node: dict):
        """The end and places of the longest name whose first token ends at ``pos`` and leads to
        ``node``, the tokens after it read one by one (as `_longest` reads them)."""
        best = (pos, node[None]) if None in node else None
        while True:
            m = _NEXT_TOKEN.match(text, pos)
            if m is None or m.group(1) not in _GAPS:
                return best
            node = node.get(_cached_token_key(m.group(2)))
            if node is None:
                return best
            if None in node:
                best = (m.end(), node[None])
            pos = m.end()

    def _longest(self, keys: list[str], gaps: list[str], i: int):
        node, best = self._trie, None
        for j in range(i, len(keys)):
            if j > i and gaps[j] not in _GAPS:
                break
            node = node.get(keys[j])
            if node is None:
                break
            if None in node:
                best = (j, node[None])
        return best

    def _rank(self, places: list[Place], text: str, start: int, at: dt.date | None, ranked: dict | None = None) -> tuple[Place, ...]:
        unit = _UNIT_BEFORE.search(text, max(0, start - 12), start)
        wanted = unit.group(1).lower().rstrip(".") if unit else ""
        if ranked is None:
            return self._ranked(places, wanted, at)
        key = (id(places), wanted)  # a trie node's list: it lives as long as the gazetteer
        if key not in ranked:
            ranked[key] = self._ranked(places, wanted, at)
        return ranked[key]

    def _ranked(self, places: list[Place], wanted: str, at: dt.date | None) -> tuple[Place, ...]:
        """The candidates best first, for the unit word written before them and the article's date."""

        def score(place: Place) -> tuple:
            unit_fit = 0 if wanted and _unit_fits(wanted, place) else 1
            era = 0 if _valid_at(place, at) else 1
            # Among equals, the Vietnamese place: it is Vietnamese news ("Hà Nam" the province, not Henan).
            return (unit_fit, era, KIND_ORDER.get(place.kind, 9), place.country != "VN", place.key)

        return tuple(sorted(dict.fromkeys(places), key=score))


_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
# The gap before a token (what _TOKEN leaves between two: spaces, hyphens), then the token.
_NEXT_TOKEN = re.compile(rf"([\s-]*)({_TOKEN.pattern})")
_WORD_CHARS = r"\w\u0300-\u036f"  # what a word token is made of (see _TOKEN)


class _Openers:
    """The words that may open a name: a word whose key opens some name in the trie. Its first
    letter is kept as written, so a capitalised opener ("Hà", "Lào") begins with one of a few
    capitals, found by a plain character class the regex engine skips to; the few lower-case
    openers ("tỉnh", "thủ"…) are looked for as words of the lowered text. Both are found where a
    token starts (after no word character); the trie says which really open a name."""

    def __init__(self, trie: dict) -> None:
        keys = [k for k in trie if k is not None]
        self._trie = trie
        capitals = "".join(sorted({re.escape(k[0]) for k in keys if k[0].isupper()}))
        self._capitalised = re.compile(rf"[{capitals}](?<![{_WORD_CHARS}][{capitals}])[{_WORD_CHARS}]*")
        words = sorted({k.lower() for k in keys if not k[0].isupper()}, key=lambda w: (-len(w), w))
        by_first: dict[str, list[str]] = {}
        for word in words:
            by_first.setdefault(word[0], []).append(re.escape(word[1:]))
        # The lookbehind after the first letter: a literal first, which the regex engine skips to.
        self._lower = re.compile("|".join(
            rf"{re.escape(c)}(?<![{_WORD_CHARS}]{re.escape(c)})(?:{'|'.join(rests)})(?![{_WORD_CHARS}])" for c, rests in by_first.items()))

    def found(self, text: str, low: str) -> list[tuple[int, int, dict]]:
        """(start, end, the trie node it leads to) of each opening word of ``text`` (``low``: its
        lowering, offset for offset), in order."""
        trie = self._trie
        found = []
        for m in self._capitalised.finditer(text):
            node = trie.get(_cached_token_key(m.group()))
            if node is not None:
                found.append((m.start(), m.end(), node))
        lower = []
        for m in self._lower.finditer(low):
            node = trie.get(_cached_token_key(text[m.start() : m.end()]))
            if node is not None:
                lower.append((m.start(), m.end(), node))
        return sorted(found + lower, key=lambda f: f[0]) if lower else found


def _tokens(text: str, normal: bool = False) -> tuple[list[str], list[int], list[str]]:
    """Each token's key, where the tokens start and end, and the gap before each.

    Keys come from the normal form of the text. ``bounds[2*i]`` and
    ``bounds[2*i+1]`` are the start and end of token i; ``gaps[i]`` is the text
    between token i-1 and token i (``gaps[0]`` what precedes the first). One
    C-level split gives them all: no match object per token, and a Python loop
    building a tuple per token cost more than the scan itself.
    """
    normal = text if normal else normalize(text)
    if len(normal) == len(text):  # the usual case: normalize keeps offsets
        parts = _TOKEN_SPLIT.split(normal)  # gap, token, gap, token, …, gap
        bounds = list(accumulate(map(len, parts)))
        gaps = parts[0::2] if normal is text else [text[a:b] for a, b in zip([0] + bounds[1::2], bounds[0::2])]
        return list(map(_cached_token_key, parts[1::2])), bounds, gaps
    spans = list(_TOKEN.finditer(text))
    bounds = [at for m in spans for at in m.span()]
    gaps = [text[a:b] for a, b in zip([0] + bounds[1::2], bounds[0::2])]
    return [_token_key(normalize(m.group(0))) for m in spans], bounds, gaps


def _unit_fits(wanted: str, place: Place) -> bool:
    if wanted in ("tp", "thành phố"):
        return place.unit == "thành phố"
    return place.unit == wanted


def _valid_at(place: Place, at: dt.date | None) -> bool:
    when = at or (REORGANISED - dt.timedelta(days=1))  # undated text: the long-standing units
    started = place.valid_from is None or place.valid_from <= when
    return started and (place.valid_until is None or when <= place.valid_until)


def _read(name: str) -> list[Place]:
    text = resources.files("kg.extract.data").joinpath("places", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t")
    return [_place(row, bare_name=name not in ALIASES_ONLY_FILES) for row in rows]


def _place(row: dict, bare_name: bool = True) -> Place:
    return Place(
        key=row["key"], name=normalize(row["name"]), kind=row["kind"], unit=row["unit"], country=row["country"],
        parent=row["parent"], iso3166=row["iso3166"], aliases=tuple(normalize(a) for a in row["aliases"].split("|") if a),
        valid_from=_date(row.get("valid_from")), valid_until=_date(row.get("valid_until")),
        wikidata=row.get("wikidata") or "", bare_name=bare_name,
    )


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


# Where a build keeps a pickled copy of the gazetteer, and the version of kg it is good for
# (see keep_gazetteer_in): set by kg.build, None elsewhere.
_kept: tuple[Path, str] | None = None


def keep_gazetteer_in(path: Path, version: str) -> None:
    """Let load_gazetteer read the gazetteer from ``path`` (a pickle a build keeps in its
    cache) when it was written by this ``version`` of kg and Python, and write it there
    when not: building it from the data files folds 70,000 surfaces (0.4-0.8 s of CPU,
    which a rebuild that extracts one article would spend on it), reading it back ~0.1 s."""
    global _kept
    _kept = (Path(path), f"{version} {sys.version}")


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer of all data files, built once per process (or read back, see keep_gazetteer_in)."""
    if _kept is not None:
        path, tag = _kept
        try:
            with path.open("rb") as handle:
                kept_tag, gazetteer = pickle.load(handle)
            if kept_tag == tag and isinstance(gazetteer, Gazetteer):
                return gazetteer
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError, ImportError):
            pass  # none yet, or damaged: built again
        gazetteer = _built()
        with contextlib.suppress(OSError):  # a copy not kept costs the next build time, nothing else
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps((tag, gazetteer), protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, path)
        return gazetteer
    return _built()


def _built() -> Gazetteer:
    items = {row["key"]: row["wikidata"] for row in _keyed_rows(ITEMS_FILE)}
    successors = {row["former"]: row["successor"] for row in _keyed_rows(SUCCESSORS_FILE)}
    places = [place for name in DATA_FILES for place in _read(name)]
    places = [replace(p, wikidata=items[p.key]) if p.key in items else p for p in places]
    return Gazetteer([replace(p, successor=successors[p.key]) if p.key in successors else p for p in places])


def _keyed_rows(name: str) -> list[dict]:
    """The rows of a generated file keyed by gazetteer key (subdivision_items.tsv: Wikidata items of
    provinces and foreign regions, ODbL; vietnam_successors.tsv)."""
    text = resources.files("kg.extract.data").joinpath("places", name).read_text("utf-8")
    return list(csv.DictReader([line for line in text.splitlines() if line and not line.startswith("#")], delimiter="\t"))
