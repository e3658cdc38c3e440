"""Titles read from the lexicon (titles.json) and the forms around them, through the whole
pipeline (invented persons, real places)."""
import pytest

from tests.extract.test_run import offices_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # a country's style before the name the gazetteer knows
        (
            "Chủ tịch UBND tỉnh Cần Thơ tiếp ông Raj Kumar Mehta, Tổng Lãnh sự Cộng hòa Ấn Độ tại TP Hồ Chí Minh.",
            {("Raj Kumar Mehta", "Tổng Lãnh sự Ấn Độ tại Thành phố Hồ Chí Minh")},
        ),
        (
            "Đại sứ Cộng hòa Armenia tại Việt Nam Aram Sargsyan thăm tỉnh Bắc Ninh.",
            {("Aram Sargsyan", "Đại sứ Armenia tại Việt Nam")},
        ),
        # the gazetteer knows the style after "nước"
        (
            "Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào Xổm-xạ-nạ Phôm-vi-hản thăm Việt Nam.",
            {("Xổm-xạ-nạ Phôm-vi-hản", "Thủ tướng Chính phủ Lào")},
        ),
        # the gazetteer read "nước CHDCND Lào" from inside "Chủ tịch nước"
        (
            "Ông Trần Văn Quý hội kiến Tổng Bí thư, Chủ tịch nước CHDCND Lào Bun-mi Phôm-ma-vông tại Viêng Chăn.",
            {("Bun-mi Phôm-ma-vông", "Chủ tịch nước Lào"), ("Bun-mi Phôm-ma-vông", "Tổng Bí thư Đảng Nhân dân Cách mạng Lào")},
        ),
        # a chargé d'affaires and an honorary consul
        (
            "Tiếp đoàn có ông Ri Chol Man, Đại biện lâm thời Đại sứ quán Triều Tiên tại Việt Nam.",
            {("Ri Chol Man", "Đại biện lâm thời Đại sứ quán Triều Tiên tại Việt Nam")},
        ),
        (
            "Ông Kenji Moriyama, Lãnh sự danh dự Việt Nam tại Osaka dự lễ.",
            {("Kenji Moriyama", "Lãnh sự danh dự Việt Nam tại Osaka")},
        ),
        # abbreviated bodies and memberships
        (
            "Dự có Đại tướng Lê Văn Khải, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy T.Ư, Bộ trưởng Bộ Quốc phòng.",
            {("Lê Văn Khải", "Ủy viên Bộ Chính trị"), ("Lê Văn Khải", "Phó Bí thư Quân ủy Trung ương"),
             ("Lê Văn Khải", "Bộ trưởng Bộ Quốc phòng")},
        ),
        (
            "Bí thư Trung ương Đảng, Chủ tịch UBTƯ MTTQ Việt Nam Trần Văn Quý dự lễ.",
            {("Trần Văn Quý", "Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
             ("Trần Văn Quý", "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam")},
        ),
        (
            "Tiếp đoàn có các đồng chí: Hà Văn Lực, Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh Yên Bái.",
            {("Hà Văn Lực", "Tỉnh ủy viên Yên Bái"), ("Hà Văn Lực", "Phó Chủ tịch UBND tỉnh Yên Bái")},
        ),
        (
            "Mới đây, UVTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh Nghệ An Đinh Văn Hòa tiếp đoàn.",
            {("Đinh Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An"), ("Đinh Văn Hòa", "Phó Chủ tịch UBND tỉnh Nghệ An")},
        ),
        (
            "Phó Chủ tịch UBND tỉnh Lê Văn Minh tiếp ngài Công sứ Đại sứ quán Hàn Quốc tại Việt Nam Kim Sang-ho tại "
            "tỉnh Bình Định.",
            {("Lê Văn Minh", "Phó Chủ tịch UBND tỉnh Bình Định"), ("Kim Sang-ho", "Công sứ Đại sứ quán Hàn Quốc tại Việt Nam")},
        ),
        # national bodies
        (
            "Ông Nguyễn Văn Thành, Ủy viên Bộ Chính trị, Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh, Chủ tịch "
            "Hội đồng Lý luận Trung ương dự Đại hội.",
            {("Nguyễn Văn Thành", "Ủy viên Bộ Chính trị"),
             ("Nguyễn Văn Thành", "Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh"),
             ("Nguyễn Văn Thành", "Chủ tịch Hội đồng Lý luận Trung ương")},
        ),
        (
            "Dự có các đồng chí Ủy viên T.Ư Đảng: Nguyễn Văn Khải, Chủ tịch Tổng Liên đoàn Lao động Việt Nam; "
            "Điểu Văn Ba, Bí thư Tỉnh ủy Bình Phước.",
            {("Nguyễn Văn Khải", "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
             ("Điểu Văn Ba", "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
             ("Nguyễn Văn Khải", "Chủ tịch Tổng Liên đoàn Lao động Việt Nam"), ("Điểu Văn Ba", "Bí thư Tỉnh ủy Bình Phước")},
        ),
        # a bare secretary before the head of a province's or a city's people's committee
        (
            "Ông Nguyễn Văn Phong - Phó Bí thư - Chủ tịch UBND thành phố Cần Thơ chủ trì hội nghị.",
            {("Nguyễn Văn Phong", "Phó Bí thư Thành ủy Cần Thơ"), ("Nguyễn Văn Phong", "Chủ tịch UBND thành phố Cần Thơ")},
        ),
        (
            "Tiếp đoàn có ông Hồ Văn Dũng, Phó Bí thư, Chủ tịch UBND tỉnh Bình Định.",
            {("Hồ Văn Dũng", "Phó Bí thư Tỉnh ủy Bình Định"), ("Hồ Văn Dũng", "Chủ tịch UBND tỉnh Bình Định")},
        ),
        (
            "Ông Lê Văn Sang, Bí thư, Chủ tịch UBND huyện Gio Linh dự họp.",
            {("Lê Văn Sang", "Bí thư Huyện ủy Gio Linh"), ("Lê Văn Sang", "Chủ tịch UBND huyện Gio Linh")},
        ),
        # a delegation of deputies and its electoral unit
        (
            "Dự có đồng chí Lò Văn Sáu, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH khóa XIV đơn vị tỉnh Lai Châu.",
            {("Lò Văn Sáu", "Bí thư Tỉnh ủy Lai Châu"), ("Lò Văn Sáu", "Trưởng Đoàn ĐBQH tỉnh Lai Châu")},
        ),
        # a foreign governor written in lower case, his province named
        (
            "Dự hội đàm có đồng chí Khăm Kinh Mạ Nì - Phó bí thư, phó tỉnh trưởng tỉnh Bo Kẹo cùng đại diện lãnh đạo.",
            {("Khăm Kinh Mạ Nì", "Phó Bí thư Tỉnh ủy Bò Kẹo"), ("Khăm Kinh Mạ Nì", "Phó Tỉnh trưởng tỉnh Bò Kẹo")},
        ),
        ("Ông Lê Văn An, chủ tịch UBND tỉnh Bình Định dự.", set()),
        # a foreign party's committee is no Vietnamese province's
        (
            "Đoàn công tác tỉnh Sóc Trăng tiếp đại tướng Hun Sa Rin - Ủy viên Ban Chấp hành Đảng Nhân dân Campuchia.",
            {("Hun Sa Rin", "Ủy viên Ban Chấp hành Đảng Nhân dân Campuchia")},
        ),
        # the Secretariat is no secretary; an embassy is no ambassador
        (
            "Thừa ủy quyền của Ban Bí thư Trung ương Đảng, đồng chí Lê Văn Minh, Bí thư Tỉnh ủy Vĩnh Long trao quyết định.",
            {("Lê Văn Minh", "Bí thư Tỉnh ủy Vĩnh Long")},
        ),
        ("Ông Lý Minh Đạt, Tổng Lãnh sự quán Trung Quốc tại TP Hồ Chí Minh.", set()),
        # a Lao secretary and governor whose province the delegation named before
        (
            "Đoàn đại biểu cấp cao tỉnh Sê Kông do đồng chí Xổm-phon Vi-la-vông, Bí thư, Tỉnh trưởng làm Trưởng đoàn "
            "sang thăm tỉnh Quảng Nam.",
            {("Xổm-phon Vi-la-vông", "Bí thư Tỉnh ủy Xê Kông"), ("Xổm-phon Vi-la-vông", "Tỉnh trưởng tỉnh Xê Kông")},
        ),
    ],
)
def test_titles_of_the_lexicon(text, expected):
    assert offices_of(text) == expected


def test_a_bare_secretary_before_a_governor_takes_no_home_province():
    text = "Tỉnh Quảng Nam tiếp ông Xổm-phon Vi-la-vông, Bí thư, Tỉnh trưởng cùng đoàn."
    assert offices_of(text) == set()
