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


# ASCII text is its own canonical form unless it holds a CR or one of the ASCII characters the map
# folds (the gazetteer's Latin names are ASCII: thousands of them are normalised when it loads).
_ASCII_TO_CHANGE = re.compile("[" + re.escape("\r" + "".join(chr(c) for c in _CHAR_MAP if c < 128)) + "]")


def normalize(text: str) -> str:
    """The canonical form of article text (see module docstring)."""
    if text.isascii() and not _ASCII_TO_CHANGE.search(text):
        return text
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _TO_FOLD.search(text):
        text = text.translate(_CHAR_MAP)
    return move_tone_marks(text)


_SPACE_RUN = re.compile(r" {2,}")

# Letters of Latin script by case, for words glued together by a page whose markup ended a
# word without a space ("Tổng Lãnh sựTrung Quốc", "Hoa KỳLãnh đạo tỉnh", "năm 2025tại").
_LATIN_LETTERS = [chr(c) for r in ((0x41, 0x5B), (0x61, 0x7B), (0xC0, 0x250), (0x1E00, 0x1F00)) for c in range(*r)]
_UPPER = "".join(c for c in _LATIN_LETTERS if c.isupper())
_LOWER = "".join(c for c in _LATIN_LETTERS if c.islower())
# A Vietnamese syllable has "đ" only as its first letter: a letter before it ends another word
# ("ông Vũ Văn Ađã tiếp"), whatever the script of that word.
_GLUED = re.compile(rf"(?<=[{_LOWER}])(?=[{_UPPER}đ])|(?<=(?<!\d)\d{{4}})(?=[{_LOWER}])")
# The same without lookarounds, ~30 % quicker to find that a text has none (most have none).
_MAYBE_GLUED = re.compile(rf"[{_LOWER}][{_UPPER}đ]|\d{{4}}[{_LOWER}]")
_WORD_BEFORE = re.compile(r"[^\W\d_]*$")
_WORD_AFTER = re.compile(r"[^\W\d_]*")


def separate_glued_words(text: str) -> str:
    """A space where two words run together: a lower-case letter, then a capital, inside
    a word that is Vietnamese on the left (it has a letter beyond ASCII: "sựTrung"), or a
    year and a Vietnamese word ("2025tại"). Names written in camel case are ASCII on
    the left ("VinFast", "McCartney", "PhiLippin") and stay whole."""
    if not _MAYBE_GLUED.search(text):
        return text
    out, last = [], 0
    for m in _GLUED.finditer(text):
        at = m.start()
        if text[at - 1].isdigit():
            word = _WORD_AFTER.match(text, at).group(0)
        else:
            word = _WORD_BEFORE.search(text, max(0, at - 40), at).group(0)
        if not word.isascii() or text[at] == "đ":
            out.append(text[last:at])
            out.append(" ")
            last = at
    out.append(text[last:])
    return "".join(out)


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
