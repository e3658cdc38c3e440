import pytest

from kg.sources.decoding import decode
from kg.errors import SourceError
from kg.sources.loader import load_document


def _cp1258_form(text):
    """Windows-1258 keeps letters with hats precomposed and writes tone marks as combining ones."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out)


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-16"),  # with BOM
        lambda t: _cp1258_form(t).encode("cp1258"),
        lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
    ],
    ids=["utf-16", "windows-1258", "utf-8-bom"],
)
def test_other_encodings_are_read(tmp_path, encode):
    text = "Sáng 14/3, Chủ tịch UBND tỉnh Thanh Hóa tiếp đoàn Việt Nam."
    path = tmp_path / "a.txt"
    path.write_bytes(encode(text))
    assert load_document(path).text == text


def test_a_file_cut_inside_its_last_character_keeps_the_rest(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes("Hội nghị diễn ra tại Hà Nội".encode("utf-8")[:-2])  # cut inside "ộ"
    assert load_document(path).text == "Hội nghị diễn ra tại Hà N"




def test_tcvn3_and_vni_are_reported_not_misread():
    with pytest.raises(SourceError, match="TCVN3"):
        decode("Héi nghÞ ®èi ngo¹i toµn quèc".encode("cp1252"), "a.txt")


def test_utf8_is_read_as_is():
    assert decode("Hội nghị".encode("utf-8"), "a.txt") == "Hội nghị"
