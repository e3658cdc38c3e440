"""Stage: partnerships between a Vietnamese province/city and a foreign region.

Only a clause that records a tie (a signed memorandum, agreement, minutes
of talks, twinning — "kết nghĩa" —, a joint working group, an established
cooperation relationship) yields partnersWith; a visit alone does not, nor a
planned signing ("dự kiến ký kết"). Places after "tại" are venues, not
parties; countries are too vague to be partners. With only the foreign side
named ("ký kết với tỉnh Gunma"), the article's own province is the other.
"""
from __future__ import annotations

import re

from . import lexicon


def _regex(words: list[str]) -> re.Pattern:
    # Case-insensitive: documents are often capitalised ("ký Biên bản ghi nhớ").
    return re.compile(r"(?<![\w])(?:" + lexicon.caseless_alternation(words) + r")(?![\w])", re.IGNORECASE)


_TRIGGER = _regex(lexicon.events()["partnership_triggers"])
_BLOCKER = _regex(lexicon.events()["partnership_blockers"])


def find_partners(text: str, start: int, end: int, matches: list, excluded: list, home) -> list[tuple]:
    """(vietnamese place, foreign place) pairs stated in text[start:end]."""
    clause = text[start:end]
    if not _TRIGGER.search(clause) or _BLOCKER.search(clause):
        return []
    vietnamese, foreign = [], []
    for match in matches:
        if not (start <= match.start < end) or any(a <= match.start < b for a, b in excluded):
            continue
        place = match.places[0]
        if place.kind == "Country":
            continue
        side = vietnamese if place.country == "VN" else foreign
        if place.country != "VN" or place.kind == "Province":
            if place not in side:
                side.append(place)
    if foreign and not vietnamese and home is not None:
        vietnamese = [home]
    return [(v, f) for v in vietnamese for f in foreign]
