"""A cheap first look for a costly regex: where it can start, found by the words it starts with.

A pattern such as the titles' candidate (dozens of words, re.IGNORECASE, a lookbehind
first) gives the regex engine no first character to skip to: it is tried at every
position of the text. `Prescan` reads from the pattern itself the few letters every
match starts with ("phó ", "chủ t", "bí th"…) and finds those, lowercased, with a
regex the engine can skip through; the pattern is then tried only there. The matches
are the pattern's own finditer(), one for one (tests/extract/test_prescan.py).

The first letters are looked for in the lowered text, one lowering per text, kept for
the one text being read (`lowered`).
"""
from __future__ import annotations

import bisect
import re
from re import _constants as sre  # the parse tree's opcodes
from re import _parser

try:  # the letters re.IGNORECASE matches beyond lower case ("ı" for "i", "ſ" for "s")
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - only where the private table moved
    _EXTRA_CASES = None

_KEPT = 8  # texts kept: the article's, its title, a few more
_INDEXED_FROM = 200  # characters: a shorter text (an event's name) is scanned where asked, not kept
_TEXTS: dict[int, tuple[str, str | None, dict]] = {}  # id(text) → (text, its lowering, hits by Prescan)


def lowered(text: str) -> str | None:
    """text.lower(), if it keeps every offset (one character for one); else None."""
    return _kept(text)[1]


def _kept(text: str) -> tuple[str, str | None, dict]:
    kept = _TEXTS.get(id(text))
    if kept is not None and kept[0] is text:  # the text itself is kept: its id is not reused
        return kept
    low = text.lower()
    kept = (text, low if len(low) == len(text) else None, {})
    if len(_TEXTS) >= _KEPT:
        del _TEXTS[next(iter(_TEXTS))]  # the oldest
    _TEXTS[id(text)] = kept
    return kept


class Prescan:
    """``pattern``'s matches in text[start:end], found by trying it only where its first
    letters stand (after no letter: the pattern must start with a lookbehind saying so).

    In a long text (an article, read sentence by sentence) those places are found once,
    in the whole text, and each look at a sentence only bisects them."""

    def __init__(self, pattern: re.Pattern, reach: int = 8) -> None:
        self.pattern = pattern
        starts = _literal_starts(_parser.parse(pattern.pattern, pattern.flags), reach)
        usable = starts and _EXTRA_CASES is not None and pattern.pattern.startswith(_AFTER_NO_LETTER)
        self.starts = _starts_regex(starts) if usable else None  # else: the pattern alone, everywhere

    def search(self, text: str, pos: int, end: int) -> re.Match | None:
        """The first of finditer()'s matches, read without a generator: asked of every sentence,
        often several times (find_events resumes after each head), it is most of what is asked."""
        hits = self._hits(text, pos, end) if self.starts is not None else None
        if hits is None:
            return self.pattern.search(text, pos, end)
        for i in range(bisect.bisect_left(hits, pos), len(hits)):
            at = hits[i]
            if at >= end:
                return None
            m = self.pattern.match(text, at, end)
            if m:
                return m
        return None

    def finditer(self, text: str, start: int, end: int):
        hits = self._hits(text, start, end) if self.starts is not None else None
        if hits is None:
            yield from self.pattern.finditer(text, start, end)
            return
        resume = start  # as finditer: no match overlaps the one before
        for i in range(bisect.bisect_left(hits, start), len(hits)):
            at = hits[i]
            if at >= end:
                return  # the pattern matches no empty string: nothing starts at the end
            if at >= resume:
                m = self.pattern.match(text, at, end)
                if m:
                    yield m
                    resume = m.end()

    def _hits(self, text: str, start: int, end: int) -> list[int] | None:
        """Where the first letters stand, in order: in the whole of a long text (found once,
        kept with it: no fewer than in text[start:end], as the starts are literal), else
        in text[start:end]; None when the lowered text would move offsets."""
        if len(text) < _INDEXED_FROM:
            low = text.lower()
            return [m.start() for m in self.starts.finditer(low, start, end)] if len(low) == len(text) else None
        _, low, by_scan = _kept(text)
        if low is None:
            return None
        hits = by_scan.get(self)
        if hits is None:
            hits = by_scan[self] = [m.start() for m in self.starts.finditer(low)]
        return hits


# The lookbehinds that say a match starts after no letter (the hits are looked for there only).
_AFTER_NO_LETTER = (r"(?<![\w])", r"(?<![^\W\d_])")


def _literal_starts(items, reach: int) -> set[str] | None:
    """The lowercased strings (at most ``reach`` characters) every match of the parsed
    pattern starts with one of; None when some match may start with anything."""
    found = {s for s, _ in _sequence(items, reach)}
    return None if "" in found else found


def _sequence(items, reach: int) -> set[tuple[str, bool]]:
    """(prefix, open) pairs: open while what follows may still lengthen the prefix."""
    out = {("", True)}
    for item in items:
        grown = set()
        for prefix, is_open in out:
            if not is_open or len(prefix) >= reach:
                grown.add((prefix, False))
                continue
            for more, more_open in _item(item, reach - len(prefix)):
                grown.add(((prefix + more)[:reach], more_open and len(prefix + more) < reach))
        out = grown
    return out


_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)


def _item(item, reach: int) -> set[tuple[str, bool]]:
    op, av = item
    if op is sre.LITERAL:
        char = chr(av).lower()
        return {(char, True)} if len(char) == 1 else {("", False)}
    if op in _ZERO_WIDTH:
        return {("", True)}  # looks, consumes nothing
    if op is sre.SUBPATTERN:
        return _sequence(av[-1], reach)
    if op is sre.BRANCH:
        return set().union(*(_sequence(alt, reach) for alt in av[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, sub = av
        once = {(s, False) for s, _ in _sequence(sub, reach)}  # one repetition read, the rest not
        return once | {("", True)} if low == 0 else once
    return {("", False)}  # a class, any character…: nothing known from here on


def _starts_regex(starts: set[str]) -> re.Pattern:
    """The starts, found after no letter, each hit one character long (so no start is
    hidden inside the hit before), grouped by first letter: the engine skips to those."""
    groups: dict[str, list[str]] = {}
    for s in sorted(starts, key=lambda s: (-len(s), s)):
        groups.setdefault(s[0], []).append(s[1:])
    branches = []
    for first, rests in groups.items():
        head = _char(first)
        rest = "|".join(dict.fromkeys("".join(_char(c) for c in r) for r in rests))
        branches.append(rf"{head}(?<![^\W\d_]{head})(?={rest})")
    return re.compile("|".join(branches))


def _char(c: str) -> str:
    """A lowered character as re.IGNORECASE reads it: with the letters it also matches."""
    same = {c} | {chr(x).lower() for x in _EXTRA_CASES.get(ord(c), ())}
    return re.escape(c) if len(same) == 1 else "[" + "".join(re.escape(x) for x in sorted(same)) + "]"
