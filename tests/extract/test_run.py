"""The whole extraction pipeline on sentences of the genre (invented persons, real places)."""
import datetime as dt

import pytest

from kg.model import Document
from kg.extract.run import extract


def facts_of(text, published=dt.date(2025, 5, 20), relation=None):
    doc = Document("t", text, published=published)
    out = set()
    for fact in extract(doc).facts:
        if relation is None or fact.relation == relation:
            obj = fact.object if isinstance(fact.object, dt.date) else fact.object.label
            out.add((fact.subject.label, fact.relation, obj))
    return out


def offices_of(text, **kw):
    return {(s, o) for s, r, o in facts_of(text, **kw) if r == "holdsOffice"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # name, then titles separated by commas; the province comes from the bridge point
        (
            "Tại điểm cầu tỉnh Bắc Ninh có các đồng chí: Trần Văn Khải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; "
            "Lê Thị Hạnh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
            {
                ("Trần Văn Khải", "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
                ("Trần Văn Khải", "Bí thư Tỉnh ủy Bắc Ninh"),
                ("Lê Thị Hạnh", "Phó Bí thư Tỉnh ủy Bắc Ninh"),
                ("Lê Thị Hạnh", "Chủ tịch UBND tỉnh Bắc Ninh"),
            },
        ),
        # titles before the name, national offices
        (
            "Dự hội nghị có Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Đỗ Minh Quân; Bộ trưởng Bộ Ngoại giao Vi Thanh Tú.",
            {
                ("Đỗ Minh Quân", "Ủy viên Bộ Chính trị"),
                ("Đỗ Minh Quân", "Thủ tướng Chính phủ"),
                ("Vi Thanh Tú", "Bộ trưởng Bộ Ngoại giao"),
            },
        ),
        # hyphen style, the place named on a sibling title
        (
            "Tiếp đoàn có đồng chí Hà Văn Tâm - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh Cà Mau.",
            {("Hà Văn Tâm", "Phó Bí thư Tỉnh ủy Cà Mau"), ("Hà Văn Tâm", "Chủ tịch UBND tỉnh Cà Mau")},
        ),
        # "lần lượt là": respectively
        (
            "Các đồng chí Lý Văn Hai, Ma Thị Ba lần lượt là Chủ tịch UBND các tỉnh Tuyên Quang và Bắc Kạn.",
            {("Lý Văn Hai", "Chủ tịch UBND tỉnh Tuyên Quang"), ("Ma Thị Ba", "Chủ tịch UBND tỉnh Bắc Kạn")},
        ),
        # a foreign delegation: Lao names, foreign roles qualified by their own province
        (
            "Đoàn đại biểu tỉnh Luông Pha-băng do ngài Xổm-xạ-nạ Phôm-vi-hản, Phó Tỉnh trưởng tỉnh Luông Pha-băng làm trưởng đoàn.",
            {("Xổm-xạ-nạ Phôm-vi-hản", "Phó Tỉnh trưởng tỉnh Luông Pha-băng")},
        ),
        # diplomats: country and seat
        (
            "Đại sứ Nhật Bản tại Việt Nam Tanaka Kenji phát biểu.",
            {("Tanaka Kenji", "Đại sứ Nhật Bản tại Việt Nam")},
        ),
        # abbreviations TVTU / TUV qualified by the article's province
        (
            "UBND tỉnh Phú Yên tổ chức hội nghị. Dự có bà Trương Thị Mai Hoa, TVTU, Phó Chủ tịch UBND tỉnh; "
            "ông Đinh Quang Vũ, TUV, Giám đốc Sở Ngoại vụ.",
            {
                ("Trương Thị Mai Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy Phú Yên"),
                ("Trương Thị Mai Hoa", "Phó Chủ tịch UBND tỉnh Phú Yên"),
                ("Đinh Quang Vũ", "Tỉnh ủy viên Phú Yên"),
                ("Đinh Quang Vũ", "Giám đốc Sở Ngoại vụ tỉnh Phú Yên"),
            },
        ),
    ],
)
def test_person_office_patterns(text, expected):
    assert offices_of(text) == expected


def test_former_office_is_recorded_as_former():
    text = "UBND tỉnh Hà Nam tiếp đoàn. Dự có ông Bạch Văn Long, nguyên Chủ tịch UBND tỉnh Hà Nam."
    facts = facts_of(text)
    assert ("Bạch Văn Long", "formerlyHeldOffice", "Chủ tịch UBND tỉnh Hà Nam") in facts
    assert not {f for f in facts if f[1] == "holdsOffice"}


def test_an_unqualified_title_with_no_context_yields_no_office():
    # No province anywhere: "Bí thư Tỉnh ủy" cannot be qualified, so nothing is asserted.
    assert offices_of("Đồng chí Lương Văn Cừ, Bí thư Tỉnh ủy, phát biểu.") == set()


def test_event_place_and_dates():
    text = "Từ ngày 3 đến 5/4, Hội nghị xúc tiến đầu tư tỉnh Sóc Trăng năm 2025 đã diễn ra tại thành phố Cần Thơ."
    facts = facts_of(text)
    event = "Hội nghị xúc tiến đầu tư tỉnh Sóc Trăng năm 2025"
    assert (event, "startDate", dt.date(2025, 4, 3)) in facts
    assert (event, "endDate", dt.date(2025, 4, 5)) in facts
    assert any(s == event and r == "heldIn" and "Cần Thơ" in o for s, r, o in facts)


def test_partnership_lists_on_one_side():
    text = "Tỉnh ủy Lạng Sơn, Cao Bằng đã ký biên bản hội đàm với Khu ủy Quảng Tây."
    partners = {(s, o) for s, r, o in facts_of(text) if r == "partnersWith"}
    assert {s for s, _ in partners} == {"Lạng Sơn", "Cao Bằng"}
    assert len(partners) == 2


def test_a_visit_is_not_a_partnership():
    text = "Đoàn đại biểu tỉnh Gunma đến thăm tỉnh Bắc Ninh."
    assert not {f for f in facts_of(text) if f[1] == "partnersWith"}


def test_every_evidence_span_indexes_the_text():
    text = "Sáng 14/5, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ toàn quốc lần thứ 22. Bộ trưởng Bộ Ngoại giao Vi Thanh Tú chủ trì."
    doc = Document("t", text, published=dt.date(2025, 5, 20))
    for fact in extract(doc).facts:
        ev = fact.evidence
        assert text[ev.sentence_start : ev.sentence_end] == ev.quote
        assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end


@pytest.mark.parametrize(
    "text, expected",
    [
        # one title shared by a list of names
        (
            "UBND tỉnh Hà Tĩnh tiếp đoàn. Dự có các Phó Chủ tịch UBND tỉnh: Lê Văn Hải, Đặng Thị Thu và Võ Minh Tâm.",
            {
                ("Lê Văn Hải", "Phó Chủ tịch UBND tỉnh Hà Tĩnh"),
                ("Đặng Thị Thu", "Phó Chủ tịch UBND tỉnh Hà Tĩnh"),
                ("Võ Minh Tâm", "Phó Chủ tịch UBND tỉnh Hà Tĩnh"),
            },
        ),
        # bodies beyond the party and the people's committees
        (
            "Tham dự có Đại tá Hồ Văn Lương, Giám đốc Công an tỉnh Kon Tum; Thượng tá Y Sang, "
            "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum.",
            {
                ("Hồ Văn Lương", "Giám đốc Công an tỉnh Kon Tum"),
                ("Y Sang", "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum"),
            },
        ),
        # alternate membership of the Central Committee, foreign party named
        (
            "Tiếp đoàn có ông Khăm-la Lo-phăn, Ủy viên dự khuyết Trung ương Đảng Nhân dân Cách mạng Lào, Tỉnh trưởng tỉnh Sa-la-van.",
            {
                ("Khăm-la Lo-phăn", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào"),
                ("Khăm-la Lo-phăn", "Tỉnh trưởng tỉnh Sa-la-van"),
            },
        ),
        # ministers named without "Bộ", and a foreign head of government
        (
            "Bộ trưởng Ngoại giao Đỗ Văn Hùng hội đàm với Thủ tướng Lào Xỉ-pha-lạt Vông-xay.",
            {("Đỗ Văn Hùng", "Bộ trưởng Bộ Ngoại giao"), ("Xỉ-pha-lạt Vông-xay", "Thủ tướng Lào")},
        ),
    ],
)
def test_more_office_patterns(text, expected):
    assert offices_of(text) == expected


def test_ranges_written_with_a_hyphen():
    text = "Từ 14-16/12, Hội chợ thương mại quốc tế Việt - Trung đã diễn ra tại thành phố Móng Cái."
    facts = facts_of(text, published=dt.date(2024, 12, 20))
    event = "Hội chợ thương mại quốc tế Việt - Trung"
    assert (event, "startDate", dt.date(2024, 12, 14)) in facts
    assert (event, "endDate", dt.date(2024, 12, 16)) in facts


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "UBND tỉnh Sơn La tiếp đoàn. Dự có đồng chí Lò Minh Hùng - Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy.",
            {("Lò Minh Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy Sơn La"), ("Lò Minh Hùng", "Trưởng Ban Dân vận Tỉnh ủy Sơn La")},
        ),
        # "Anh" is a given name here, not the honorific "anh"
        (
            "Phó Chủ tịch UBND tỉnh Kiên Giang Lê Quốc Anh làm việc với Tỉnh trưởng tỉnh Kampot.",
            {("Lê Quốc Anh", "Phó Chủ tịch UBND tỉnh Kiên Giang")},
        ),
    ],
)
def test_standing_committee_and_given_names_that_are_words(text, expected):
    assert offices_of(text) == expected


def test_an_ambassadors_office_under_its_plain_and_written_names():
    text = "Đại sứ Đặc mệnh toàn quyền Cộng hòa Pháp tại Việt Nam Jean Dupont cho biết."
    doc = Document("t", text, published=dt.date(2023, 5, 1))
    (fact,) = [f for f in extract(doc).facts if f.relation == "holdsOffice"]
    assert fact.object.label == "Đại sứ Pháp tại Việt Nam"
    assert "Đại sứ Đặc mệnh toàn quyền Cộng hòa Pháp tại Việt Nam" in fact.object.alt_labels


def test_a_place_named_later_in_the_clause_is_not_the_events_place():
    text = "Tại Hội nghị xúc tiến đầu tư tỉnh Bến Tre, ông Trần Văn Nam nhấn mạnh vai trò của doanh nghiệp tại Việt Nam."
    assert not [f for f in facts_of(text) if f[1] == "heldIn"]
    text = "Hội nghị xúc tiến đầu tư tỉnh Bến Tre (lần thứ 3) đã diễn ra từ ngày 3 đến 5/4 tại thành phố Cần Thơ."
    assert [f for f in facts_of(text) if f[1] == "heldIn"]


def test_given_names_that_are_also_country_names():
    text = "Đại sứ Anh tại Việt Nam Jordan Lee và ông Georgia Smith, Tổng Lãnh sự Mỹ tại TP. Hồ Chí Minh, dự lễ."
    assert offices_of(text) == {
        ("Jordan Lee", "Đại sứ Anh tại Việt Nam"),
        ("Georgia Smith", "Tổng Lãnh sự Hoa Kỳ tại Thành phố Hồ Chí Minh"),
    }


def held_in(text, **kw):
    return {(s, o) for s, r, o in facts_of(text, **kw) if r == "heldIn"}


def test_the_place_after_the_verb_of_taking_place_wins_over_one_in_the_name():
    text = "Tuần Văn hóa Campuchia tại Việt Nam sẽ diễn ra tại tỉnh Nghệ An từ ngày 3 đến 5/4/2025."
    assert held_in(text) == {("Tuần Văn hóa Campuchia", "Nghệ An")}


def test_an_event_held_after_the_leading_venue_clause():
    text = "Sáng 5/3, tại Hội trường Thành ủy Vinh, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ."
    assert held_in(text) == {("hội nghị công bố quyết định về công tác cán bộ", "Hội trường Thành ủy Vinh")}


def test_a_visit_is_held_in_its_destination_on_its_dates():
    text = "Chủ tịch nước Trần Văn Hòa thăm chính thức Cộng hòa Dân chủ Nhân dân Lào từ ngày 8 đến 10/4/2025."
    facts = facts_of(text)
    visit = "thăm chính thức Cộng hòa Dân chủ Nhân dân Lào"
    assert (visit, "heldIn", "Lào") in facts
    assert (visit, "startDate", dt.date(2025, 4, 8)) in facts
    assert (visit, "endDate", dt.date(2025, 4, 10)) in facts


def test_the_place_opening_the_clause_holds_the_event_it_organises():
    text = "Tối 3/2, thành phố Đà Lạt tổ chức Tiệc chiêu đãi Xuân Ất Tỵ 2025 với sự tham dự của nhiều khách quốc tế."
    assert held_in(text) == {("Tiệc chiêu đãi Xuân Ất Tỵ 2025", "Đà Lạt")}
    # an organiser named by its body is not a place holding the event
    text = "Tối 3/2, UBND thành phố Đà Lạt tổ chức Tiệc chiêu đãi Xuân Ất Tỵ 2025 với sự tham dự của nhiều khách quốc tế."
    assert held_in(text) == set()


def test_unnamed_talks_are_held_where_told_and_stay_apart_across_articles():
    text = "Ngay sau lễ đón, hai bên tiến hành Hội đàm tại Trụ sở Trung ương Đảng."
    a = [f for f in extract(Document("a", text, published=dt.date(2024, 3, 1))).facts if f.relation == "heldIn"]
    b = [f for f in extract(Document("b", text, published=dt.date(2024, 3, 1))).facts if f.relation == "heldIn"]
    assert [(f.subject.label, f.object.label) for f in a] == [("Hội đàm", "Trụ sở Trung ương Đảng")]
    assert a[0].subject.key != b[0].subject.key
