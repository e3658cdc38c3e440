"""Text normalisation: one form for every article, so offsets and names agree.

NFC, one tone-mark convention ("Uỷ"/"Ủy", "hoá"/"hóa" → the form the
gazetteers and gold files use: the mark on the first vowel of an open
oa/oe/uy syllable), typographic quotes and dashes folded, non-breaking and
zero-width spaces removed. Every replacement keeps the length of the text it
replaces, except NFC itself and the removal of zero-width characters, which
happen first; evidence offsets refer to the result.
"""
from __future__ import annotations

import re
import unicodedata

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
# An open syllable ending in oa/oe/uy (not after q, where u is a consonant)
# whose tone mark sits on the second vowel.
_TONE_ON_SECOND = re.compile(
    r"(?<![^\W\d_])([^\W\d_]*?)([oOuU])([aAeEyY])([" + TONE_MARKS + r"])(?![^\W\d_]|[\u0300-\u036f])"
)
_OPEN_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}


def _toned(vowels: str) -> str:
    """The precomposed letters of these vowels with one tone mark: "a" → "áàãảạ"."""
    return "".join(unicodedata.normalize("NFC", v + mark) for v in vowels for mark in TONE_MARKS)


# What every mark `move_tone_marks` moves looks like in NFC, at least: an open pair (not
# after q) whose second vowel carries the tone mark alone ("hoá", "Uỷ"), no letter or mark
# after it. Most texts have none; looked for in the NFC text (a plain character class
# first, which the regex engine skips to), it spares the decomposition and the full pattern.
_MOVABLE = re.compile(
    rf"(?:[oO](?<![qQ][oO])[{_toned('aAeE')}]|[uU](?<![qQ][uU])[{_toned('yY')}])(?![^\W\d_]|[\u0300-\u036f])"
)
_CHAR_MAP = str.maketrans(
    {
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u3000": " ",
        "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
        "\u2026": "…", "\t": " ",
        # Icelandic eth typed for the Vietnamese d with stroke ("Ấn Ðộ"): they look alike.
        "\u00d0": "\u0110", "\u00f0": "\u0111",
    }
)
# Most texts have none of the characters to fold: finding that out is much cheaper than translate().
_TO_FOLD = re.compile("[" + re.escape("".join(map(chr, _CHAR_MAP))) + "]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def move_tone_marks(text: str) -> str:
    """'hoá' → 'hóa', 'Uỷ' → 'Ủy', 'thuỵ' → 'thụy' (same length, NFC in and out)."""
    composed = unicodedata.normalize("NFC", text)  # quick on NFC text
    if not _MOVABLE.search(composed):
        return composed  # nothing to move
    decomposed = unicodedata.normalize("NFD", text)

    def swap(m: re.Match) -> str:
        head, first, second, mark = m.groups()
        if any(c in TONE_MARKS for c in head) or head[-1:] in ("q", "Q"):
            return m.group(0)
        if (first.lower(), second.lower()) not in _OPEN_PAIRS:
            return m.group(0)
        return head + first + mark + second

    return unicodedata.normalize("NFC", _TONE_ON_SECOND.sub(swap, decomposed))


def normalize(text: str) -> str:
    """The canonical form of article text (see module docstring)."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _TO_FOLD.search(text):
        text = text.translate(_CHAR_MAP)
    return move_tone_marks(text)


_SPACE_RUN = re.compile(r" {2,}")


def clean_lines(text: str) -> str:
    """Trim each line and collapse runs of spaces; drop runs of blank lines."""
    # One pass over the whole text, not one re.sub() per line: a run of spaces never spans a line break.
    spaced = _SPACE_RUN.sub(" ", text) if "  " in text else text  # most texts have no run of spaces
    lines = [line.strip() for line in spaced.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")


def strip_tones(text: str) -> str:
    """Remove tone marks, keep vowel marks and đ (for loose comparisons)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))


def fold(text: str) -> str:
    """Search key: lower case, no diacritics at all, đ → d."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
