"""Stage 1: split a document's text into sentences with their offsets."""
from __future__ import annotations

import re

from ..model import Document, Sentence
from . import lexicon

# A sentence ends at . ! ? … (optionally closing quotes/brackets) followed by
# space and an upper-case letter or a digit, or at a line break. Abbreviations
# with inner dots ("TP.", "T.Ư", "V.I.") never end a sentence because the next
# character is not a space + capital, or they are listed here; so are the unit
# words written with a dot in units.json ("TX. Tịnh Biên", "TT. Phố Lu").
_ABBREVIATIONS = ("TP.", "Tp.", "TS.", "PGS.", "GS.", "ThS.", "BS.", "Q.", "P.", "St.", "Mr.", "Mrs.", "Dr.") + tuple(
    w for w in lexicon.unit_words("city", "district", "commune_abbreviations") if w.endswith(".")
)
# A page's headline or breadcrumb run into its lead with no stop between ("… tỉnh Lâm Đồng Sáng 4/6,
# tại thành phố Vinh, …"): a part of the day in capitals with its date and a comma opens a sentence.
_GLUED_LEAD = r"(?<=[^\W\d_]) (?=(?:Sáng|Chiều|Trưa|Tối|Đêm) (?:nay )?\(?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\)?,)"
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"')\]]*\s+(?=[\"'(]?[^\W\d_])|\n+|" + _GLUED_LEAD)


def split_sentences(doc: Document) -> list[Sentence]:
    text = doc.text
    sentences: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0).strip("\n") == m.group(0) and _ends_with_abbreviation(text, m.start()):
            continue
        if not m.group(0).startswith("\n") and not text[m.end()].isupper():
            continue
        _append(sentences, text, start, m.start())
        start = m.end()
    _append(sentences, text, start, len(text))
    return sentences


def _ends_with_abbreviation(text: str, pos: int) -> bool:
    head = text[max(0, pos - 6) : pos]
    return any(head.endswith(a) for a in _ABBREVIATIONS) or bool(re.search(r"\b[A-ZĐ]\.$", head))


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end]))
