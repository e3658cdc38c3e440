import pytest

from kg.extract.persons import find_names, names_of_places, pronoun_names, written_with_initials


def names_in(text, taken=()):
    return [n.label for n in find_names(text, 0, len(text), list(taken))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("có đồng chí Lê văn Tám- TUV", ["Lê Văn Tám"]),  # lower-case slip repaired
        ("ông Park Ji-hoon và ngài Khăm-phăn Phôm-ma-vông", ["Park Ji-hoon", "Khăm-phăn Phôm-ma-vông"]),
        ("Điểu K'Ré chủ trì", ["Điểu K'Ré"]),
        ("Ngài Ogawa Takeshi bày tỏ", ["Ogawa Takeshi"]),  # the honorific is not part of the name
        ("đã đón Cô Lê Thị Hồng Vân, Chủ tịch", ["Lê Thị Hồng Vân"]),  # "Cô" (Ms.) is an honorific too
        ("huyện đảo Cô Tô đón cô Trịnh Thu Hà", ["Trịnh Thu Hà"]),
        ("Tại điểm cầu tỉnh", []),  # one capitalised word is not a name
        ("bà H'Lim Niê, TVTU", ["H'Lim Niê"]),
        ("đối với ông K' Brơi Ha; Phó Chủ tịch", ["K' Brơi Ha"]),  # a K'Ho name, its apostrophe spaced off
        ("Phó Thủ tướng Đào Minh Khôi Phát biểu tại hội nghị", ["Đào Minh Khôi"]),  # a capitalised verb ends it
        ("ông Đường Tĩnh, Tổng Lãnh sự", ["Đường Tĩnh"]),  # Đường is a family name too
        ("Bà Phạm Thị Tài - tân Phó Chủ tịch", ["Phạm Thị Tài"]),  # "tân" opens a title, no syllable of the name
        ("bầu ông Đoàn Hữu Lộc - đại biểu HĐND tỉnh", ["Đoàn Hữu Lộc"]),  # a whole Vietnamese name ends at the dash
        # a homeland's epithet is no person's name, though a family name opens it
        ("đón Đại sứ về thăm quê hương Đồng Tháp Mười, Bí thư Tỉnh ủy", []),
        ("đón Đại sứ về thăm quê hương, bà Đồng Thị Mai, Bí thư Tỉnh ủy", ["Đồng Thị Mai"]),
        # a Malay name joins the father's with a lower-case "bin" or "binti", kept in lower case
        ("tiếp ông Ahmad Faizal bin Ismail - Đại sứ", ["Ahmad Faizal bin Ismail"]),
        ("bà Siti Aminah binti Yusof, Đại sứ", ["Siti Aminah binti Yusof"]),
        # a European name's particle before the family name, one or two, kept in lower case
        ("ông Pieter van Dijk, Đại sứ", ["Pieter van Dijk"]),
        ("bà Karin von der Heide, Tổng Lãnh sự", ["Karin von der Heide"]),
        ("gặp ông Paulo da Costa, Đại sứ", ["Paulo da Costa"]),
        # … never a particle that ends the name, nor inside a Vietnamese name
        ("ông Hans Becker van, Đại sứ", ["Hans Becker"]),
        ("ông Nguyễn Văn Hải de Lâm dự", ["Nguyễn Văn Hải"]),
        ("đồng chí Bun Mi - Xay Nha Vông, Tỉnh trưởng", ["Bun Mi-Xay Nha Vông"]),  # a Lao name of two parts
        ("ông Trần Văn Hải - Lê Văn Minh dự", ["Trần Văn Hải", "Lê Văn Minh"]),  # two Vietnamese names
        ("gặp NgàiYa-ma-da Ta-rô - Đại sứ", ["Ya-ma-da Ta-rô"]),  # the space lost after the honorific
        ("cùng ngài SATO Kenji, Đại sứ", ["SATO Kenji"]),  # a Japanese family name in capitals
        ("Ông BCH Trung ương", []),  # an abbreviation is no family name
        ("bà Lê Thị Hoa, Vụ trưởng Vụ Tổ chức cán bộ, dự", ["Lê Thị Hoa"]),  # a ministry's department opens no name
        # a text cut inside a word: a run ending on a syllable without a vowel is no name
        ("Bí thư Tỉnh ủy Sóc Tr", []),
        ("Bí thư Tỉnh ủy Kon Tr\nTin khác", []),
        # a Western middle initial: the name goes on, the label leaves the initial out
        ("Đại sứ Daniel J. Whitmore thăm tỉnh", ["Daniel Whitmore"]),
        ("ông Nguyễn Văn A. Ông Lê Văn Bình", ["Nguyễn Văn A", "Lê Văn Bình"]),  # a Vietnamese name has no initial
        # a Vietnamese name cut off by a line break ends in no syllable: the name is unknown
        ("Chủ tịch UBND tỉnh Phạm Văn Ngh\nĩa dự", []),
        ("Bộ trưởng Ng Eng Hen dự", ["Ng Eng Hen"]),  # not a Vietnamese family name: no such test
        # a company's proper name after its head word, legal form and trade, is no person's
        ("từng là Giám đốc Công ty TNHH Phú Lâm Group, Phó Chủ tịch", []),
        ("Tổng giám đốc Công ty Cổ phần Xi măng Vicem Thạch Sơn, Phó Chủ tịch", []),
        ("lãnh đạo Tập đoàn Hưng Phát, Phó Chủ tịch", []),
        # … but a clause between the company and the name leaves the name a name
        ("Công ty Hưng Phát do ông Lê Văn Tám, Phó Chủ tịch", ["Lê Văn Tám"]),
        # a school named after a person names the school, not the person
        ("Hiệu trưởng Trường THPT Chu Văn An, được bổ nhiệm", []),
        ("tại trường Tiểu học Lê Văn Tám, Phó Chủ tịch", []),
        ("Trường Đại học Hà Tĩnh do ông Lê Văn Tám, Hiệu trưởng", ["Lê Văn Tám"]),
    ],
)
def test_names(text, expected):
    assert names_in(text) == expected


def test_taken_spans_are_not_names():
    text = "Bí thư Tỉnh ủy Trần Văn Ba"
    assert names_in(text, taken=[(0, 14)]) == ["Trần Văn Ba"]


def test_a_dotted_abbreviation_starts_no_name():
    assert names_in("ông Lê Văn Tám, UV BCH T.Ư Đảng, Bí thư") == ["Lê Văn Tám"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Đại sứ Daniel J. Whitmore thăm tỉnh", "Daniel J. Whitmore"),  # kept beside the label
        ("Đại sứ Daniel Whitmore thăm tỉnh", None),
        ("Bà Mary Anne Scott thăm tỉnh", None),
    ],
)
def test_a_middle_initial_is_kept_as_the_written_name(text, expected):
    (name,) = find_names(text, 0, len(text), [])
    assert written_with_initials(name) == expected


@pytest.mark.parametrize(
    "text, vietnamese",
    [
        ("đồng chí Đàng Văn Lợi, Chủ tịch", True),  # a family name the list lacks, a Vietnamese middle name
        ("bà Chamaléa Thị Thủy, Phó Chủ tịch", True),
        ("ông Yamada Taro, Thị trưởng", False),
        ("ông Đàng Lợi dự", False),  # no middle name to tell
        # family names of the Khmer and Chăm of the south and of the northern uplands, on the list
        ("đồng chí Trầm Hữu Phước, Phó Bí thư", True),
        ("ông Chế Minh Quang, Chủ tịch", True),
        ("bà Sần Mỷ, Phó Chủ tịch", True),
    ],
)
def test_vietnamese_by_middle_name(text, vietnamese):
    [name] = find_names(text, 0, len(text), [])
    assert name.vietnamese is vietnamese


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hội đàm giữa huyện Bát Xát (tỉnh Lào Cai) và huyện Bình Biên (châu Hồng Hà, Trung Quốc).", {"Bát Xát", "Bình Biên"}),
        ("Đoàn đến xã Tân Hà, huyện Lâm Hà.", {"Tân Hà"}),
        # a person after a title's unit, with a photo's caption or a country in brackets
        ("Chủ tịch UBND tỉnh Hà Minh (giữa) phát biểu.", set()),
        ("Phó Tỉnh trưởng tỉnh Lưu Vĩ (Trung Quốc) phát biểu.", set()),
        # located by "thuộc" and a larger unit: a place's name, even after a title's unit word
        ("Thị trưởng thành phố Phật Sơn thuộc tỉnh Quảng Đông, ông Lâm Vĩ, đã ký kết.", {"Phật Sơn"}),
        ("Đoàn làm việc tại huyện Mã Quan thuộc châu Văn Sơn (Trung Quốc).", {"Mã Quan", "Văn Sơn"}),
        # … a person's name after it locates nothing
        ("Phó Tỉnh trưởng tỉnh Lưu Vĩ thăm Quảng Đông.", set()),
    ],
)
def test_names_of_places_located_after_their_unit_word(text, expected):
    assert names_of_places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the person the sentence opens on is its pronoun's, not the sentence before's
        ("Ông Trần Văn Bình dự họp. Với ông Lê Quang Hải, Giám đốc Sở Y tế, Thủ tướng quyết định giao ông làm Thứ trưởng Bộ Y tế.",
         ["Lê Quang Hải"]),
        # without that opening, two men may be meant: none
        ("Ông Trần Văn Bình dự họp. Ông Lê Quang Hải, Giám đốc Sở Y tế, dự họp; Thủ tướng quyết định giao ông làm Thứ trưởng Bộ Y tế.",
         []),
    ],
)
def test_a_pronoun_refers_to_the_person_the_sentence_opens_on(text, expected):
    first = text.index(". ") + 2
    before = find_names(text, 0, first, [])
    own = find_names(text, first, len(text), [])
    assert [n.label for n in pronoun_names(text, first, len(text), own, before)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Korean given name whose hyphen the page spaced, its second syllable capitalised
        ("do Ngài Kim Jae - Ho, Huyện trưởng huyện Haenam dẫn đầu", ["Kim Jae-Ho"]),
        ("Ông Choi Min - Su cảm ơn đoàn", ["Choi Min-Su"]),
        # … not a name, Vietnamese or Korean, before a title after the dash
        ("ông Nguyễn An - Giám đốc Sở Ngoại vụ", ["Nguyễn An"]),
        ("ông Park Min - Giám đốc điều hành", ["Park Min"]),
    ],
)
def test_a_korean_given_name_with_a_spaced_hyphen(text, expected):
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a unit word after a spaced dash opens an aside on the person's province or city, not a syllable
        ("tiếp ông Sato Kenji - tỉnh hiện có 56 doanh nghiệp đầu tư vào Việt Nam", ["Sato Kenji"]),
        ("gặp ngài Park Min - thành phố đang có nhiều dự án lớn", ["Park Min"]),
        # near-miss: a Lao name's lower-case syllables after spaced dashes stay in it
        ("có đồng chí Xổm - phon Vông - khăm - xay, Phó Tỉnh trưởng", ["Xổm-phon Vông-khăm-xay"]),
    ],
)
def test_a_unit_word_after_a_spaced_dash_ends_the_name(text, expected):
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn Việt Nam do Phó Trưởng ban Quốc tế Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh dẫn đầu.",
        "Tiếp đoàn có các cán bộ Đoàn Thanh niên xã Tà Lùng.",
    ],
)
def test_the_youth_union_is_no_person_named_doan(text):
    assert not any(n.label.startswith("Đoàn Thanh") for n in find_names(text, 0, len(text), []))


def test_a_person_of_the_family_name_doan_is_still_a_name():
    text = "Dự lễ có ông Đoàn Thanh Hải và bà Đoàn Thị Niên."
    assert [n.label for n in find_names(text, 0, len(text), [])] == ["Đoàn Thanh Hải", "Đoàn Thị Niên"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title after the spaced dash of a two-word name of the highlands is no Lao second part
        ("và bà Ka Sương - Trưởng Ban Dân tộc tỉnh giữ chức vụ Giám đốc Sở Dân tộc và Tôn giáo", ["Ka Sương"]),
        ("ông Y Khoa - Phó Chủ tịch UBND huyện dự lễ", ["Y Khoa"]),
        ("có ông Bun Mi - Tổng Giám đốc Công ty dự", ["Bun Mi"]),
        # near-miss: a Lao name's second part of capitalised words after a spaced dash stays in it
        ("có đồng chí Khăm Phon - Xay Nha Vông, Tỉnh trưởng", ["Khăm Phon-Xay Nha Vông"]),
    ],
)
def test_a_title_after_a_spaced_dash_is_no_second_part_of_a_name(text, expected):
    assert names_in(text) == expected
