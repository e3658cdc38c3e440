"""Bytes of an article file → text, whatever encoding it was saved in.

UTF-8 (with or without BOM) and UTF-16 (with BOM) are read as they are;
Windows-1258, still found in archives, is converted. The two legacy
Vietnamese font encodings, TCVN3 (ABC) and VNI, reuse the same bytes for
other letters: they are recognised and reported, never silently misread.
"""
from __future__ import annotations

import codecs
import re

from ..errors import SourceError

# Characters a TCVN3/VNI file shows when read as Windows-1258: symbols and
# letters that are rare in real Vietnamese text but carry the tone marks there.
_TCVN3_TELLS = set("¸µ¶·¹¨©ª«¬®¾»¼½¿¡¢£¤¥¦§°±²³´º")
_VNI_PATTERN = re.compile(r"[a-zA-Z][øùúûõïâåãêëîôöüñòóäæçèéì]")
_VIETNAMESE = re.compile(r"[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", re.IGNORECASE)


def decode(data: bytes, path: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            # A file cut inside its last character: keep everything before it.
            return data[: exc.start].decode("utf-8-sig")
        return _legacy(data, path)


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SourceError(f"not valid {encoding.upper()} (byte {exc.start})", path=path) from exc


def _legacy(data: bytes, path: str) -> str:
    text = data.decode("cp1258", errors="replace")
    letters = [c for c in text if ord(c) > 127]
    tells = sum(1 for c in letters if c in _TCVN3_TELLS)
    if letters and tells / len(letters) > 0.2:
        raise SourceError(
            "looks like the TCVN3 (ABC) or VNI font encoding, which kg does not convert: "
            "convert the file to UTF-8 first (e.g. with UniKey's converter)", path=path)
    if len(_VNI_PATTERN.findall(text)) > max(3, len(text) // 200) and not _VIETNAMESE.search(text):
        raise SourceError("looks like the VNI font encoding: convert the file to UTF-8 first", path=path)
    if "\ufffd" in text:
        raise SourceError("neither UTF-8, UTF-16 nor Windows-1258: save the article as UTF-8", path=path)
    return text
