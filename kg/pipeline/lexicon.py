"""Lexicons as data files under kg/data, loaded once."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def titles() -> dict:
    return json.loads(resources.files("kg.data").joinpath("titles.json").read_text("utf-8"))


@cache
def events() -> dict:
    return json.loads(resources.files("kg.data").joinpath("events.json").read_text("utf-8"))


@cache
def surnames() -> frozenset[str]:
    text = resources.files("kg.data").joinpath("surnames.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def not_name_starts() -> frozenset[str]:
    text = resources.files("kg.data").joinpath("not_name_starts.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def alternation(words: list[str]) -> str:
    """Regex alternation, longest first so 'Phó Bí thư' wins over 'Bí thư'."""
    import re

    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
