import re

from kg.extract import lexicon


def test_caseless_alternation_matches_like_the_plain_one():
    words = ["Bí thư", "Bộ trưởng", "Phó Bí thư", "bí thư", "Chủ tịch", "Chủ tịch nước", "cựu", "Cựu", "Sứ"]
    plain = re.compile(r"(?<![\w])(" + lexicon.alternation(words) + r")(?![\w])", re.IGNORECASE)
    grouped = re.compile(r"(?<![\w])(" + lexicon.caseless_alternation(words) + r")(?![\w])", re.IGNORECASE)
    text = ("PHÓ BÍ THƯ Tỉnh ủy, nguyên Bộ trưởng, CHỦ TỊCH NƯỚC, chủ tịch xã, Bí thưx, "
            "cựu Bí thư, ſứ, Sứ giả, bộ Trưởng")
    assert [m.span(1) for m in grouped.finditer(text)] == [m.span(1) for m in plain.finditer(text)]
    assert len(list(grouped.finditer(text))) == 9  # ſ (long s) is an s ignoring case


def test_upper_takes_capitals_only():
    # the range [A-ZĐÀ-Ỹ] would take the lower-case letters with marks that sit between the capitals
    upper = re.compile(lexicon.UPPER)
    assert all(upper.fullmatch(c) for c in "AĐÀÂĂÊÔƠƯỸẠỆ")
    assert not any(upper.fullmatch(c) for c in "ađàâăêôơưỹạệở")
