import pytest

from kg.sources.text import fold, normalize, separate_glued_words, strip_tones


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Uỷ viên", "Ủy viên"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("Hoà Bình", "Hòa Bình"),
        ("Thuỵ Điển", "Thụy Điển"),
        ("khoẻ", "khỏe"),
        ("quý", "quý"),  # after q, u is a consonant: the mark stays on y
        ("Quỳnh", "Quỳnh"),
        ("Hoàng", "Hoàng"),  # closed syllable: mark stays on a
        ("K’Ré", "K'Ré"),
        ("thỏa thuận", "thỏa thuận"),  # a vowel with its own hat keeps its mark
        ("Huệ", "Huệ"),
        ("thuở", "thuở"),
        ("“Ngoại giao cây tre”", '"Ngoại giao cây tre"'),
        ("2024 – 2028", "2024 - 2028"),
        ("Hà\u00a0Nội", "Hà Nội"),
        ("Hà\u200bNội", "HàNội"),
        # ASCII text is returned as it is, but for the few ASCII characters normalising changes
        ("Izumisano City", "Izumisano City"),
        ("a\tb", "a b"),
        ("line\r\nnext\rlast", "line\nnext\nlast"),
        ("`Hanoi`", "'Hanoi'"),
    ],
)
def test_normalize(raw, expected):
    assert normalize(raw) == expected


def test_normalize_is_idempotent_and_nfc():
    text = "Phó Chủ tịch UBND tỉnh Thanh Hoá, Uỷ viên"
    once = normalize(text)
    assert normalize(once) == once


def test_nfd_input_becomes_nfc():
    import unicodedata

    assert normalize(unicodedata.normalize("NFD", "Nguyễn Phú Trọng")) == "Nguyễn Phú Trọng"


def test_fold_and_strip_tones():
    assert fold("Nguyễn Phú Trọng") == "nguyen phu trong"
    assert fold("Đà Nẵng") == "da nang"
    assert strip_tones("Đắk Lắk") == "Đăk Lăk"


def test_an_eth_typed_for_d_with_stroke_is_folded():
    assert normalize("Tổng Lãnh sự Cộng hòa Ấn \u00d0ộ") == "Tổng Lãnh sự Cộng hòa Ấn Độ"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("bà Lê Thu,Tổng Lãnh sựTrung Quốc tại Đà Nẵng", "bà Lê Thu,Tổng Lãnh sự Trung Quốc tại Đà Nẵng"),
        ("thị trường Hoa KỳLãnh đạo tỉnh tiếp", "thị trường Hoa Kỳ Lãnh đạo tỉnh tiếp"),
        ("Phó Chủ tịch UBND tỉnhĐắk Lắk", "Phó Chủ tịch UBND tỉnh Đắk Lắk"),
        ("Hội nghị năm 2025tại Khách sạn", "Hội nghị năm 2025 tại Khách sạn"),
        # "đ" opens a Vietnamese syllable: a letter before it ends the word before, ASCII or not.
        ("Chủ tịch tỉnh Trần Văn Longđã tiếp đoàn", "Chủ tịch tỉnh Trần Văn Long đã tiếp đoàn"),
        ("các đại biểu dựđại hội", "các đại biểu dự đại hội"),
        # Camel case left of ASCII letters is a name as written: kept whole.
        ("VinFast, McCartney, iPhone, PhiLippin", "VinFast, McCartney, iPhone, PhiLippin"),
        # A year's digits only: times, lengths and longer numbers are not glued words.
        ("20h30 ngày 5/3/2024, 2025km, mã 12345tại", "20h30 ngày 5/3/2024, 2025km, mã 12345tại"),
        ("Không có gì dính liền.", "Không có gì dính liền."),
    ],
)
def test_glued_words_are_separated(raw, expected):
    assert separate_glued_words(raw) == expected
