"""Lexicons as data files under kg/extract/data, loaded once."""
from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources


# Upper-case letters as a regex class. Not "[A-ZĐÀ-Ỹ]": that range runs through the lower-case
# letters with marks (à, đ, ơ, ở …) that sit between the capitals in Unicode.
UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and (c < "\u0250" or c >= "\u1e00")) + "]"
# The oceans' names, which open with a family name ("Thái", "Đại") and hold a province's ("Thái Bình",
# "Bình Dương" in "Thái Bình Dương"): neither a person's name nor a place the text is about.
OCEANS = frozenset(("Thái Bình Dương", "Đại Tây Dương", "Ấn Độ Dương", "Bắc Băng Dương"))


@cache
def titles() -> dict:
    return json.loads(resources.files("kg.extract.data").joinpath("titles.json").read_text("utf-8"))


@cache
def events() -> dict:
    return json.loads(resources.files("kg.extract.data").joinpath("events.json").read_text("utf-8"))


@cache
def dates() -> dict:
    return json.loads(resources.files("kg.extract.data").joinpath("dates.json").read_text("utf-8"))


@cache
def surnames() -> frozenset[str]:
    text = resources.files("kg.extract.data").joinpath("surnames.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def not_name_starts() -> frozenset[str]:
    text = resources.files("kg.extract.data").joinpath("not_name_starts.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def units() -> dict:
    return json.loads(resources.files("kg.extract.data").joinpath("units.json").read_text("utf-8"))


def unit_words(*levels: str, capitalised: bool = False, written_out: bool = False) -> list[str]:
    """The unit words of these levels ("province", "city", "district", …); with
    capitalised, also the sentence-initial forms ("Tỉnh", "Thành phố"); with
    written_out, no abbreviation ("TP.")."""
    words = [word for level in levels for word in units()[level]]
    if written_out:
        words = [word for word in words if unit_canonical(word).lower() == word.lower()]
    if capitalised:
        words += [word[0].upper() + word[1:] for word in words if word[0].islower()]
    return list(dict.fromkeys(words))


def unit_alternation(*levels: str, capitalised: bool = False, written_out: bool = False) -> str:
    return alternation(unit_words(*levels, capitalised=capitalised, written_out=written_out))


def unit_canonical(word: str) -> str:
    """The written-out form of a unit word: "TP." → "thành phố"."""
    return units()["canonical"].get(word, word)


def alternation(words: list[str]) -> str:
    """Regex alternation, longest first so 'Phó Bí thư' wins over 'Bí thư'."""
    return "|".join(re.escape(w) for w in _longest_first(words))


def cased_alternation(words: list[str]) -> str:
    """The same alternation for a pattern compiled without re.IGNORECASE, grouped by first character.

    "H(?:ội nghị|ội thảo)|L(?:ễ hội|ễ)": the regex engine tries one character per
    group instead of every word at every place, which matters in regexes searched
    over all the text. It matches the same text with the same preference: words
    keep their order within a group, and words of two groups never match at the
    same place, as their first characters differ. Not for re.IGNORECASE, where
    "H…" and "h…" could (use caseless_alternation there).
    """
    groups: dict[str, list[str]] = {}
    for word in _longest_first(words):
        groups.setdefault(word[0], []).append(word)
    return "|".join(re.escape(c) + "(?:" + "|".join(re.escape(w[1:]) for w in ws) + ")" for c, ws in groups.items())


def caseless_alternation(words: list[str]) -> str:
    """The same alternation for a pattern compiled with re.IGNORECASE, grouped by first letter.

    "B(?:í thư Thứ nhất|í thư|ộ trưởng)|C(?:hủ tịch|…)": the regex engine then
    tries one letter per group instead of every word at every word start, which
    matters in regexes searched over all the text. It matches the same text with
    the same preference: words keep their order within a group, and words of two
    groups never match at the same place, as their first letters differ even
    ignoring case. Only valid under re.IGNORECASE (a group's first letter stands
    for the other case too).
    """
    groups: list[list[str]] = []
    for word in _longest_first(words):
        group = next((g for g in groups if _same_letter_ignoring_case(g[0][0], word[0])), None)
        if group is None:
            groups.append([word])
        else:
            group.append(word)
    # Words that differ only in the case of their first letter ("Nguyên", "nguyên") leave one rest.
    return "|".join(re.escape(g[0][0]) + "(?:" + "|".join(dict.fromkeys(re.escape(w[1:]) for w in g)) + ")" for g in groups)


def _longest_first(words: list[str]) -> list[str]:
    # Ties broken by the words themselves: the same pattern whatever the hash seed.
    return sorted(set(words), key=lambda word: (-len(word), word))


def _same_letter_ignoring_case(a: str, b: str) -> bool:
    return re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None
