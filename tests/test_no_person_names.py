"""No person's name from the gold files may appear in the package's code or lexicons.

Persons are found from the text; a name in a lexicon would be a rule keyed
to one article. (Names that are also place names, such as the city named
after Hồ Chí Minh, are exempt when the gazetteer knows the place.)
"""
import json
import unicodedata
from pathlib import Path

import pytest

from kg.sources.text import normalize

REPO = Path(__file__).resolve().parents[1]
# Every gold file the repository holds.
GOLD_FILES = [REPO / "tests" / name / "gold.jsonl" for name in ("corpus", "seeds", "dev")] + [
    REPO / "benchmarks" / "realworld" / "gold.jsonl"] + [
    REPO / "benchmarks" / "genre" / split / "gold.jsonl" for split in ("dev", "held-out")]
SUFFIXES = {".py", ".json", ".jsonl", ".txt", ".tsv", ".csv", ".rq", ".ttl", ".html", ".js"}


def gold_person_names() -> set[str]:
    names = set()
    for path in GOLD_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            fact = json.loads(line) if line.strip() else None
            if fact and fact["rel"] == "holdsOffice":
                names.update(normalize(n) for n in fact["s"])
    return names


def package_files() -> list[Path]:
    return [p for p in (REPO / "kg").rglob("*") if p.is_file() and p.suffix in SUFFIXES]


def place_names() -> str:
    from kg.extract.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    return "\n".join(alias for place in gaz.places() for alias in (place.name, *place.aliases))


def test_no_gold_person_name_in_package():
    names = gold_person_names()
    assert len(names) > 50  # the gold files really were read
    places = place_names()
    offenders = []
    for path in package_files():
        text = normalize(unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace")))
        for name in names:
            if name in text and name not in places:
                offenders.append(f"{path.relative_to(REPO)}: {name}")
    assert not offenders, "person names in package files:\n" + "\n".join(offenders)
