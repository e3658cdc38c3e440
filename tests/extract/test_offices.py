"""Pairing persons with titles and qualifying the titles, through the whole pipeline
(invented persons, real places)."""
import pytest

from tests.extract.test_run import offices_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dash between the title and the name, no honorific
        (
            "Sáng nay, Phó Chủ tịch UBND tỉnh Long An - Lê Văn Tám đón tiếp đoàn công tác.",
            {("Lê Văn Tám", "Phó Chủ tịch UBND tỉnh Long An")},
        ),
        # … but a title after a name stays that name's
        (
            "Ông Trần Văn An, Giám đốc Sở Y tế tỉnh Long An - Nguyễn Văn Bé dự họp.",
            {("Trần Văn An", "Giám đốc Sở Y tế tỉnh Long An")},
        ),
        # the title's term between it and the name
        (
            "Bí thư Tỉnh ủy Tây Ninh nhiệm kỳ 2020 - 2025 Đỗ Văn Khang phát biểu khai mạc.",
            {("Đỗ Văn Khang", "Bí thư Tỉnh ủy Tây Ninh")},
        ),
        # the present title in brackets, then the new post
        (
            "Các đại biểu bầu ông Lê Minh Sang (Giám đốc Sở Tài chính tỉnh Phú Yên) giữ chức Phó Chủ tịch UBND tỉnh "
            "Phú Yên nhiệm kỳ 2021-2026.",
            {("Lê Minh Sang", "Phó Chủ tịch UBND tỉnh Phú Yên"), ("Lê Minh Sang", "Giám đốc Sở Tài chính tỉnh Phú Yên")},
        ),
        # one vote for each name listed after "đối với"
        (
            "HĐND tỉnh Trà Vinh bầu bổ sung chức danh Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Toàn, Ủy viên Ban "
            "Thường vụ Tỉnh ủy; ông Thạch Văn Sang, Tỉnh ủy viên.",
            {("Lê Văn Toàn", "Phó Chủ tịch UBND tỉnh Trà Vinh"), ("Thạch Văn Sang", "Phó Chủ tịch UBND tỉnh Trà Vinh"),
             ("Lê Văn Toàn", "Ủy viên Ban Thường vụ Tỉnh ủy Trà Vinh"), ("Thạch Văn Sang", "Tỉnh ủy viên Trà Vinh")},
        ),
        # "tân": newly in office
        ("Ông Phạm Văn Tài - tân Chủ tịch UBND tỉnh Bình Định.", {("Phạm Văn Tài", "Chủ tịch UBND tỉnh Bình Định")}),
        # an authority's title is not the next name's
        (
            "Thừa ủy quyền của Thủ tướng Chính phủ, Phó Thủ tướng, Bộ trưởng Ngoại giao Lê Văn Minh đã trao quyết định.",
            {("Lê Văn Minh", "Phó Thủ tướng Chính phủ"), ("Lê Văn Minh", "Bộ trưởng Bộ Ngoại giao")},
        ),
        (
            "Được sự đồng ý của Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao Lê Văn Minh dẫn đầu đoàn.",
            {("Lê Văn Minh", "Bộ trưởng Bộ Ngoại giao")},
        ),
        # titles after a name are that name's, the last one before the next name is the next name's …
        (
            "Các ông Lê Văn Lưu, Phó Chủ tịch Quốc hội; Đỗ Văn Tranh,Tổng Thanh tra Chính phủ, nguyên Phó Chủ tịch "
            "nước Trần Thị Hoa cùng người dân dự lễ.",
            {("Lê Văn Lưu", "Phó Chủ tịch Quốc hội"), ("Đỗ Văn Tranh", "Tổng Thanh tra Chính phủ")},
        ),
        # … unless the first name had its own title before it
        (
            "Chủ tịch nước Lê Văn Bảo, Thường trực Ban Bí thư - Trưởng Ban Tổ chức Trung ương Trần Thị Mơ dự lễ.",
            {("Lê Văn Bảo", "Chủ tịch nước"), ("Trần Thị Mơ", "Trưởng Ban Tổ chức Trung ương"),
             ("Trần Thị Mơ", "Thường trực Ban Bí thư")},
        ),
        # a consulate's seat (written in lower case, "TP." glued) says nothing of the hosts' province
        (
            "Trong dịp khai trương Tổng lãnh sự quán Nhật Bản tại TP.Đà Nẵng, Chủ tịch UBND tỉnh Lê Văn Hải tiếp ngài "
            "Yamada Ken - Tổng lãnh sự Nhật Bản tại TP.Đà Nẵng.",
            {("Yamada Ken", "Tổng Lãnh sự Nhật Bản tại Đà Nẵng")},
        ),
        # a second body begins at "Ban": an event's committee is no province's
        (
            "Ông Trần Văn Hùng - Trưởng ban Dân tộc tỉnh Hậu Giang, Phó Trưởng ban Thường trực Ban Chỉ đạo Đại hội.",
            {("Trần Văn Hùng", "Trưởng Ban Dân tộc tỉnh Hậu Giang"),
             ("Trần Văn Hùng", "Phó Trưởng Ban Thường trực Ban Chỉ đạo Đại hội")},
        ),
        (
            "Ông Lê Văn Hải, Giám đốc Sở Văn hóa và Du lịch Ninh Bình phát biểu.",
            {("Lê Văn Hải", "Giám đốc Sở Văn hóa và Du lịch tỉnh Ninh Bình")},
        ),
        # a minister's rank between the name and the post
        (
            "Dự Đại hội có ông Lê Sơn Hà, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc và lãnh đạo tỉnh Hậu Giang.",
            {("Lê Sơn Hà", "Phó Chủ nhiệm Ủy ban Dân tộc")},
        ),
        # a governor of the one foreign province the article names
        (
            "Tỉnh trưởng Sok Pheap gửi lời chúc mừng tới lãnh đạo tỉnh Tây Ninh và mong muốn tăng cường hợp tác "
            "giữa Tây Ninh với Tboung Khmum.",
            {("Sok Pheap", "Tỉnh trưởng tỉnh Tbong Khmum")},
        ),
        # … a group of provinces ("Nam Lào") is no second province
        (
            "Ngày 19.2, lãnh đạo tỉnh Salavan, Nam Lào do Bí thư, Tỉnh trưởng Phon Xay Xa dẫn đầu tiếp đoàn tỉnh Quảng Trị.",
            {("Phon Xay Xa", "Tỉnh trưởng tỉnh Sa-la-van"), ("Phon Xay Xa", "Bí thư Tỉnh ủy Sa-la-van")},
        ),
        # a new post after "đắc cử chức"; "lần lượt" gives one post to each name
        (
            "HĐND tỉnh Hậu Giang đã miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với đồng chí Lê Văn Châu, người vừa "
            "đắc cử chức Bí thư Tỉnh ủy Hậu Giang.",
            {("Lê Văn Châu", "Bí thư Tỉnh ủy Hậu Giang")},
        ),
        (
            "Theo đó, bà Đặng Thị Em và ông Phạm Văn Hồng lần lượt trúng cử lại chức danh Chủ tịch HĐND và Chủ tịch UBND "
            "tỉnh Kiên Giang.",
            set(),
        ),
        # … not when it names two
        ("Tỉnh trưởng Sok Pheap cảm ơn các tỉnh Tây Ninh, Svay Rieng và Tboung Khmum.", set()),
    ],
)
def test_pairs_and_qualifies(text, expected):
    assert offices_of(text) == expected


def test_a_section_headed_by_a_province_is_that_provinces():
    text = ("Kết quả bầu Chủ tịch HĐND các tỉnh Bạc Liêu, Hòa Bình\n\nBạc Liêu\n\n"
            "HĐND tỉnh Bạc Liêu khóa IX họp kỳ thứ nhất. Các đại biểu bầu bà Lê Thị Thu giữ chức Chủ tịch HĐND tỉnh.\n\n"
            "Hòa Bình\n\nHĐND tỉnh Hòa Bình khóa XVI họp kỳ thứ nhất.\n\n"
            "Ông Hà Văn Sơn và ông Bùi Văn Tám giữ chức Phó Chủ tịch HĐND tỉnh nhiệm kỳ 2016 - 2021.")
    assert offices_of(text) == {("Lê Thị Thu", "Chủ tịch HĐND tỉnh Bạc Liêu"), ("Hà Văn Sơn", "Phó Chủ tịch HĐND tỉnh Hòa Bình"),
                                ("Bùi Văn Tám", "Phó Chủ tịch HĐND tỉnh Hòa Bình")}


def test_a_persons_title_keeps_the_place_the_text_gave_it_before():
    text = ("Về phía tỉnh Hà Giang có đồng chí Đặng Văn Khải, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Hà Giang. "
            "Đại hội Đảng bộ tỉnh Tuyên Quang khai mạc tại tỉnh Tuyên Quang. Tỉnh Tuyên Quang đón đoàn. "
            "Phát biểu tại Đại hội, Bí thư Tỉnh ủy Đặng Văn Khải chúc mừng; Bí thư Tỉnh ủy Lò Văn Sáu cảm ơn.")
    assert offices_of(text) == {("Đặng Văn Khải", "Bí thư Tỉnh ủy Hà Giang"), ("Đặng Văn Khải", "Trưởng Đoàn ĐBQH tỉnh Hà Giang"),
                                ("Lò Văn Sáu", "Bí thư Tỉnh ủy Tuyên Quang")}

