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
        # a governor of the one foreign province the article names
        (
            "Tỉnh trưởng Sok Pheap gửi lời chúc mừng tới lãnh đạo tỉnh Tây Ninh và mong muốn tăng cường hợp tác "
            "giữa Tây Ninh với Tboung Khmum.",
            {("Sok Pheap", "Tỉnh trưởng tỉnh Tbong Khmum")},
        ),
        # … not when it names two
        ("Tỉnh trưởng Sok Pheap cảm ơn các tỉnh Tây Ninh, Svay Rieng và Tboung Khmum.", set()),
    ],
)
def test_pairs_and_qualifies(text, expected):
    assert offices_of(text) == expected
