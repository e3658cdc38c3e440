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
        # a Secretary of State of Cambodia or Laos, "Quốc vụ khanh", heads no ministry but sits in one
        (
            "Phía Campuchia có ông Sok Rithy, Quốc vụ khanh Bộ Thương mại Campuchia.",
            {("Sok Rithy", "Quốc vụ khanh Bộ Thương mại Campuchia")},
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


def test_a_fair_told_to_gather_stalls_is_the_fair_named_before():
    # 'Hội chợ triển lãm quy tụ …' names no second fair: the span told after it is the named fair's
    text = ("Tối 12/5/2025, tại Quảng trường 3 tháng 2, UBND tỉnh Hà Giang khai mạc Hội chợ triển lãm Thương mại - "
            "Du lịch Hà Giang 2025. Hội chợ triển lãm quy tụ 180 gian hàng của 20 tỉnh, thành phố. "
            "Hội chợ sẽ kéo dài từ 12/5 đến ngày 18/5/2025.")
    facts = facts_of(text)
    fair = "Hội chợ triển lãm Thương mại - Du lịch Hà Giang 2025"
    assert (fair, "endDate", dt.date(2025, 5, 18)) in facts
    assert not any("quy tụ" in s for s, _, _ in facts)
    text = ("Sáng 3/10/2025, Liên hoan Nghệ thuật quần chúng tỉnh Sơn La năm 2025 khai mạc tại Quảng trường Tây Bắc. "
            "Liên hoan quy tụ 12 đoàn nghệ thuật, kéo dài đến hết ngày 6/10/2025.")
    assert not any("quy tụ" in s for s, _, _ in facts_of(text))


def test_the_meeting_preparing_an_event_gives_it_no_venue():
    text = ("Sáng 12/5, tại trụ sở Sở Ngoại vụ, Ban Tổ chức thông tin với báo chí về công tác chuẩn bị sự kiện "
            "\"Ngày hội Văn hóa Nhật Bản năm 2026\" tại tỉnh Bình Định.")
    facts = facts_of(text)
    assert not any(r == "heldIn" and "Sở Ngoại vụ" in o for s, r, o in facts)
    # the same of a session whose agenda a meeting with voters tells
    text = ("Sáng 6/10, tại Hội trường UBND phường Tân An, đoàn thông tin đến cử tri nội dung, chương trình "
            "Kỳ họp thứ 10 HĐND tỉnh Đắk Lắk khóa X.")
    assert not any(r == "heldIn" and "Hội trường" in o for s, r, o in facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 9/7, Ban Văn hóa - Xã hội HĐND tỉnh Quảng Ngãi tổ chức buổi họp thẩm tra các nội dung trình Kỳ họp thứ 16 HĐND tỉnh khóa XIII.",
        "Sáng 12/11, tại Hội trường UBND tỉnh, Ban Pháp chế HĐND tỉnh Thái Bình thẩm tra các dự thảo nghị quyết trình Kỳ họp thứ 20.",
        "Ngày 3/12, tại Trung tâm Báo chí tỉnh, Sở Văn hóa họp triển khai công tác tuyên truyền phục vụ Hội nghị xúc tiến đầu tư tỉnh Bình Định năm 2025.",
    ],
)
def test_a_meeting_on_what_is_submitted_to_or_serves_an_event_gives_it_neither_day_nor_venue(text):
    facts = facts_of(text)
    assert not any(r in ("heldIn", "startDate") and (s.startswith("Kỳ họp") or s.startswith("Hội nghị xúc tiến")) for s, r, o in facts)


def test_the_session_itself_keeps_its_day_and_venue():
    facts = facts_of("Sáng 12/11, tại Trung tâm Hội nghị tỉnh, Kỳ họp thứ 20 HĐND tỉnh Thái Bình khóa XVII khai mạc.")
    event = "Kỳ họp thứ 20 HĐND tỉnh Thái Bình khóa XVII"
    assert (event, "startDate", dt.date(2024, 11, 12)) in facts
    assert any(s == event and r == "heldIn" and "Trung tâm Hội nghị" in o for s, r, o in facts)

def test_a_place_told_by_tren_or_o_is_only_the_event_right_before_it():
    text = "Ngày 22/3, tỉnh tổ chức Giải đua thuyền truyền thống trên sông Lam với 12 đội tham gia."
    assert ("Giải đua thuyền truyền thống", "heldIn", "sông Lam") in facts_of(text)
    text = ("Năm 2026, hai bên sẽ tổ chức Hội chợ thương mại biên giới, trao học bổng và phối hợp tổ chức "
            "giải đua thuyền trên sông Mã.")
    assert not any(r == "heldIn" and o == "sông Mã" for s, r, o in facts_of(text))


@pytest.mark.parametrize("day", ["sáng 7.12", "sáng 7/12", "ngày 7-12"])
def test_a_place_told_by_tren_after_a_comma_and_the_verb_of_holding_is_the_events(day):
    text = f"Giải chạy hữu nghị Việt - Lào lần thứ 2, tổ chức {day} trên tuyến đường ven sông Lam."
    assert ("Giải chạy hữu nghị Việt - Lào lần thứ 2", "heldIn", "tuyến đường ven sông Lam") in facts_of(text, dt.date(2025, 12, 4))


def test_a_place_told_by_tren_after_a_comma_and_another_act_is_not_the_events():
    text = "Hội chợ thương mại Việt - Lào năm 2025 khai mạc, các đoàn diễu hành trên tuyến đường Trần Phú."
    assert not any(r == "heldIn" for s, r, o in facts_of(text, dt.date(2025, 12, 4)))


@pytest.mark.parametrize(
    "text, event, venue",
    [
        # an event said to last ('kéo dài') at a place is held there, as one said to take place
        ("Triển lãm ảnh Việt Nam - Lào kéo dài đến hết ngày 15/12 tại Bảo tàng tỉnh Quảng Trị.",
         "Triển lãm ảnh Việt Nam - Lào", "Bảo tàng tỉnh Quảng Trị"),
        ("Hội chợ Thương mại Việt - Lào năm 2025 sẽ kéo dài trong 5 ngày tại Quảng trường Hồ Chí Minh.",
         "Hội chợ Thương mại Việt - Lào năm 2025", "Quảng trường Hồ Chí Minh"),
        # the weekday of a start's day is an aside before its place, as the day is
        ("Giải Marathon Quốc tế Đà Nẵng 2025 xuất phát lúc 4 giờ 30 sáng Chủ nhật, ngày 7/12 tại Công viên Biển Đông.",
         "Giải Marathon Quốc tế Đà Nẵng 2025", "Công viên Biển Đông"),
        ("Giải chạy Hữu nghị Việt - Lào sẽ bắt đầu lúc 6 giờ sáng thứ Bảy 6/12 tại Quảng trường Hồ Chí Minh.",
         "Giải chạy Hữu nghị Việt - Lào", "Quảng trường Hồ Chí Minh"),
        # a karst plateau is where a festival of the northern highlands is held, located by its province after it
        ("Lễ hội hoa tam giác mạch sẽ khai mạc ngày 24/11 tại cao nguyên đá Đồng Văn, tỉnh Hà Giang và kéo dài đến hết 31/12/2017.",
         "Lễ hội hoa tam giác mạch", "cao nguyên đá Đồng Văn"),
        ("Ngày hội Văn hóa dân tộc Mông lần thứ IV diễn ra từ 10 đến 12/10 tại Cao nguyên đá Đồng Văn (Hà Giang).",
         "Ngày hội Văn hóa dân tộc Mông lần thứ IV", "Cao nguyên đá Đồng Văn"),
    ],
)
def test_an_event_said_to_last_or_start_at_a_place_is_held_there(text, event, venue):
    assert (event, "heldIn", venue) in facts_of(text, dt.date(2025, 12, 4))


def test_a_plateau_toured_after_the_event_is_not_its_venue():
    text = "Hội chợ Nông sản Hà Giang năm 2017 khai mạc ngày 5/11 tại thành phố Hà Giang; sau đó, đoàn đã tham quan cao nguyên đá Đồng Văn."
    assert not any(r == "heldIn" and "cao nguyên" in o for s, r, o in facts_of(text, dt.date(2017, 11, 10)))


def test_a_place_of_a_clause_after_the_days_an_event_lasts_is_not_its():
    text = "Hội chợ Thương mại Việt - Lào năm 2025 kéo dài đến hết ngày 9/12, đoàn sẽ khảo sát tại Khu kinh tế Đông Nam."
    assert not any(r == "heldIn" and "Khu kinh tế" in o for s, r, o in facts_of(text, dt.date(2025, 12, 8)))


def test_a_place_after_the_weekday_and_another_act_is_not_the_races():
    text = ("Giải chạy Hữu nghị Việt - Lào xuất phát lúc 6 giờ sáng Chủ nhật, ngày 7/12, các vận động viên "
            "nghỉ tại Khách sạn Mường Thanh.")
    assert not any(r == "heldIn" and "Khách sạn" in o for s, r, o in facts_of(text, dt.date(2025, 12, 4)))


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
                ("Y Sang", "Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh Kon Tum"),
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


@pytest.mark.parametrize(
    "text, expected",
    [
        # personnel news: "bầu … giữ chức", lists of names, "tái cử", "sinh năm"
        (
            "HĐND tỉnh Hòa Bình đã bầu ông Trần Văn Bình, Phó Bí thư Thường trực Tỉnh ủy giữ chức Chủ tịch HĐND tỉnh "
            "Hòa Bình nhiệm kỳ 2016 - 2021. Ông Lê Văn An và ông Đinh Văn Cường giữ chức vụ Phó Chủ tịch HĐND tỉnh.",
            {
                ("Trần Văn Bình", "Chủ tịch HĐND tỉnh Hòa Bình"),
                ("Trần Văn Bình", "Phó Bí thư Thường trực Tỉnh ủy Hòa Bình"),
                ("Lê Văn An", "Phó Chủ tịch HĐND tỉnh Hòa Bình"),
                ("Đinh Văn Cường", "Phó Chủ tịch HĐND tỉnh Hòa Bình"),
            },
        ),
        (
            "Các ông Bùi Văn Dũng, Nguyễn Văn Giang tái cử chức vụ Phó Chủ tịch UBND tỉnh Sơn La. Ông Lò Văn Lâm, "
            "sinh năm 1968, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La khóa XIV, tái cử Chủ tịch UBND tỉnh Sơn La.",
            {
                ("Bùi Văn Dũng", "Phó Chủ tịch UBND tỉnh Sơn La"),
                ("Nguyễn Văn Giang", "Phó Chủ tịch UBND tỉnh Sơn La"),
                ("Lò Văn Lâm", "Phó Bí thư Tỉnh ủy Sơn La"),
                ("Lò Văn Lâm", "Chủ tịch UBND tỉnh Sơn La"),
            },
        ),
        # a shared title with "là" / "gồm", names each followed by a title of their own
        (
            "Các Phó Chủ tịch UBND tỉnh Yên Bái là các ông Lê Minh Hải, Phan Như Khánh. Các Phó Bí thư Tỉnh ủy Yên Bái "
            "gồm: ông Lê Văn Nam, Chủ tịch HĐND tỉnh; ông Lê Ngọc Phúc, Chủ tịch UBND tỉnh.",
            {
                ("Lê Minh Hải", "Phó Chủ tịch UBND tỉnh Yên Bái"),
                ("Phan Như Khánh", "Phó Chủ tịch UBND tỉnh Yên Bái"),
                ("Lê Văn Nam", "Phó Bí thư Tỉnh ủy Yên Bái"),
                ("Lê Ngọc Phúc", "Phó Bí thư Tỉnh ủy Yên Bái"),
                ("Lê Văn Nam", "Chủ tịch HĐND tỉnh Yên Bái"),
                ("Lê Ngọc Phúc", "Chủ tịch UBND tỉnh Yên Bái"),
            },
        ),
        # a name glued to its title by a hyphen; Lao names written with spaced hyphens
        (
            "Về phía tỉnh Kon Tum có các đồng chí: Y Văn Hòa-Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh. Đồng chí "
            "Bun - khăm Xay - nha - vông, Phó Tỉnh trưởng tỉnh Xiêng Khoảng dự.",
            {
                ("Y Văn Hòa", "Phó Bí thư Tỉnh ủy Kon Tum"),
                ("Y Văn Hòa", "Chủ tịch UBND tỉnh Kon Tum"),
                ("Bun-khăm Xay-nha-vông", "Phó Tỉnh trưởng tỉnh Xiêng Khoảng"),
            },
        ),
        # "nước" before the country of a national office
        (
            "Thủ tướng nước CHDCND Lào Bun-thon Xổm-phu, Chủ tịch Quốc hội nước CHDCND Lào Khăm-la Vông-xay đã tiếp đoàn.",
            {("Bun-thon Xổm-phu", "Thủ tướng Lào"), ("Khăm-la Vông-xay", "Chủ tịch Quốc hội Lào")},
        ),
        # Laos: "Bí thư, Tỉnh trưởng tỉnh X" names the province once, on the second title
        (
            "Đồng chí Bun-mi Xổm-phu, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư, Tỉnh trưởng tỉnh "
            "Hủa Phăn làm trưởng đoàn.",
            {
                ("Bun-mi Xổm-phu", "Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào"),
                ("Bun-mi Xổm-phu", "Bí thư Tỉnh ủy Hủa Phăn"),
                ("Bun-mi Xổm-phu", "Tỉnh trưởng tỉnh Hủa Phăn"),
            },
        ),
        # "title – ông NAME", and a city whose name already says "Thành phố"
        (
            "Lễ ký có sự tham dự của Phó Tỉnh trưởng tỉnh Gyeonggi – ông Park Min-su, và Phó Chủ tịch UBND "
            "Thành phố Hồ Chí Minh – ông Lê Văn Tuấn.",
            {("Park Min-su", "Phó Tỉnh trưởng tỉnh Gyeonggi"), ("Lê Văn Tuấn", "Phó Chủ tịch UBND Thành phố Hồ Chí Minh")},
        ),
        # a decision "đối với ông A": elected (held) or dismissed (former)
        (
            "Thủ tướng phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh Thái Nguyên nhiệm kỳ 2021-2026 đối với "
            "ông Vũ Đức Hải.",
            {("Vũ Đức Hải", "Chủ tịch UBND tỉnh Thái Nguyên")},
        ),
        # ambassadors received together, each with the country in brackets
        (
            "Chủ tịch UBND tỉnh Bình Định Lê Văn Tâm tiếp các ngài Đại sứ đặc mệnh toàn quyền tại Việt Nam: "
            "Carlos Ruiz (Liên bang Mexico), Ahmad Karimi (Iran) và Budi Santoso (Indonesia).",
            {
                ("Lê Văn Tâm", "Chủ tịch UBND tỉnh Bình Định"),
                ("Carlos Ruiz", "Đại sứ Mexico tại Việt Nam"),
                ("Ahmad Karimi", "Đại sứ Iran tại Việt Nam"),
                ("Budi Santoso", "Đại sứ Indonesia tại Việt Nam"),
            },
        ),
        # a new post does not lend its place to the person's present titles
        (
            "Bộ Chính trị điều động ông Phạm Văn Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Ninh giữ chức "
            "Phó Bí thư Thành ủy Đà Nẵng.",
            {
                ("Phạm Văn Hải", "Phó Bí thư Thành ủy Đà Nẵng"),
                ("Phạm Văn Hải", "Phó Bí thư Tỉnh ủy Quảng Ninh"),
                ("Phạm Văn Hải", "Chủ tịch UBND tỉnh Quảng Ninh"),
            },
        ),
        # "Hai Phó Chủ tịch … là", "bầu ông A làm …", "PCT", "Trưởng ban …", national bodies, ministries
        (
            "Hai Phó Chủ tịch HĐND tỉnh Bạc Liêu là ông Lê Thanh Hà và ông Hồ Thanh Tâm. Cần Thơ đã bầu ông Trương "
            "Văn Tú làm Chủ tịch UBND thành phố Cần Thơ. Ông Đỗ Thế Giang được bầu làm PCT UBND tỉnh Tuyên Quang.",
            {
                ("Lê Thanh Hà", "Phó Chủ tịch HĐND tỉnh Bạc Liêu"),
                ("Hồ Thanh Tâm", "Phó Chủ tịch HĐND tỉnh Bạc Liêu"),
                ("Trương Văn Tú", "Chủ tịch UBND thành phố Cần Thơ"),
                ("Đỗ Thế Giang", "Phó Chủ tịch UBND tỉnh Tuyên Quang"),
            },
        ),
        (
            "Về phía tỉnh Nghệ An có các đồng chí: Lương Văn Nam - Trưởng ban Dân vận Tỉnh ủy; Hồ Thị Chi - Bí thư "
            "Đảng ủy Khối các cơ quan tỉnh; Ngô Văn Hải, Phó Trưởng Ban Tuyên giáo và Dân vận Trung ương; "
            "Trần Văn Tú, Thứ trưởng Công an.",
            {
                ("Lương Văn Nam", "Trưởng Ban Dân vận Tỉnh ủy Nghệ An"),
                ("Hồ Thị Chi", "Bí thư Đảng ủy Khối các cơ quan tỉnh Nghệ An"),
                ("Ngô Văn Hải", "Phó Trưởng Ban Tuyên giáo và Dân vận Trung ương"),
                ("Trần Văn Tú", "Thứ trưởng Bộ Công an"),
            },
        ),
        # a consul's seat is not the province of the host's bare title
        (
            "Quảng Ngãi đón khách. Phó Chủ tịch HĐND tỉnh Nguyễn Sơn Hà tặng hoa cho ngài Paul Martin, "
            "Tổng lãnh sự Cộng hòa Pháp tại TP.Hồ Chí Minh.",
            {
                ("Nguyễn Sơn Hà", "Phó Chủ tịch HĐND tỉnh Quảng Ngãi"),
                ("Paul Martin", "Tổng Lãnh sự Pháp tại Thành phố Hồ Chí Minh"),
            },
        ),
        # a family name that begins a two-word place ("Đồng Văn") still begins a name; a term between titles
        (
            "Thủ tướng phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh Hậu Giang đối với ông Đồng Văn Tài - Phó Bí "
            "thư Tỉnh ủy. Ông Hà Văn Phú - Ủy viên Ủy ban Trung ương MTTQ Việt Nam khóa VIII, Chủ tịch Ủy ban MTTQ "
            "Việt Nam tỉnh Quảng Ngãi.",
            {
                ("Đồng Văn Tài", "Chủ tịch UBND tỉnh Hậu Giang"),
                ("Đồng Văn Tài", "Phó Bí thư Tỉnh ủy Hậu Giang"),
                ("Hà Văn Phú", "Ủy viên Ủy ban Trung ương MTTQ Việt Nam"),
                ("Hà Văn Phú", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi"),
            },
        ),
        # military regions, departments of a ministry, "UBKT"
        (
            "Ông Lê Văn Việt, Chính ủy Quân khu IV; ông Doãn Văn Minh, Cục trưởng Cục Lãnh sự; bà Trần Thị Hương, "
            "Chủ nhiệm UBKT Tỉnh ủy Bắc Giang.",
            {
                ("Lê Văn Việt", "Chính ủy Quân khu IV"),
                ("Doãn Văn Minh", "Cục trưởng Cục Lãnh sự"),
                ("Trần Thị Hương", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Bắc Giang"),
            },
        ),
    ],
)
def test_real_page_forms(text, expected):
    assert offices_of(text) == expected


def test_leaving_an_office_makes_it_former():
    facts = facts_of("Ông Trần Quốc Minh thôi giữ chức Giám đốc Sở Ngoại vụ tỉnh Hòa Bình để nghỉ hưu.")
    assert facts == {("Trần Quốc Minh", "formerlyHeldOffice", "Giám đốc Sở Ngoại vụ tỉnh Hòa Bình")}
    facts = facts_of("HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Thái Nguyên đối với ông Trịnh Văn Hà.")
    assert facts == {("Trịnh Văn Hà", "formerlyHeldOffice", "Phó Chủ tịch UBND tỉnh Thái Nguyên")}


def test_a_sentence_naming_one_province_qualifies_its_titles():
    """A round-up page about one province, with an item on another: the sentence's province wins."""
    text = ("Lạng Sơn tổ chức hội nghị. Chủ tịch UBND tỉnh Lạng Sơn Hoàng Văn Tú dự.\n"
            "Ngày 22/10, Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Lai Châu đã bầu đồng chí Giàng A Lử, "
            "Bí thư Tỉnh ủy khóa XIII, tiếp tục giữ chức Bí thư Tỉnh ủy khóa XIV.")
    assert ("Giàng A Lử", "Bí thư Tỉnh ủy Lai Châu") in offices_of(text)
    assert not any(o == "Bí thư Tỉnh ủy Lạng Sơn" for _, o in offices_of(text))


def test_a_sentence_naming_two_provinces_leaves_a_bare_title_out():
    text = "Tỉnh Thái Bình và tỉnh Nam Định ký kết hợp tác; đồng chí Đỗ Văn Hùng, Phó Chủ tịch UBND tỉnh dự lễ ký."
    assert offices_of(text) == set()


def test_a_foreign_office_keeps_the_other_spellings_of_its_region():
    doc = Document("t", "Đồng chí Bun-mi Xổm-phu, Bí thư, Tỉnh trưởng tỉnh Sạ-vẳn-na-khệt dự.", published=dt.date(2024, 1, 5))
    offices = {f.object.label: f.object.alt_labels for f in extract(doc).facts}
    assert "Bí thư Tỉnh ủy Sạ-vẳn-na-khệt" in offices["Bí thư Tỉnh ủy Sa-van-na-khệt"]


def held_in(text, **kw):
    return {(s, o) for s, r, o in facts_of(text, **kw) if r == "heldIn"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # what the unit is, between its word and its name: "thành phố biển X", "TP cảng X", "huyện đảo X"
        ("Sáng 13/4, Lễ hội Carnival đường phố diễn ra tại thành phố biển Sầm Sơn, tỉnh Thanh Hóa.",
         {("Lễ hội Carnival đường phố", "Sầm Sơn")}),
        ("Hội nghị xúc tiến đầu tư được tổ chức tại thành phố cảng Hải Phòng.", {("Hội nghị xúc tiến đầu tư", "Hải Phòng")}),
        ("Hội thảo khoa học về biển đảo được tổ chức tại huyện đảo Lý Sơn.", {("Hội thảo khoa học về biển đảo", "Lý Sơn")}),
        # … the epithet with no name after it is no place
        ("Lễ hội Pháo hoa quốc tế được tổ chức tại thành phố biển, thu hút nhiều du khách.", set()),
    ],
)
def test_a_unit_told_with_what_it_is_before_its_name(text, expected):
    assert held_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a 'tại' inside a quoted name is the name's, not the venue of an event told after it
        'Sự kiện "Những ngày văn hóa Nhật Bản tại Quảng Nam" năm 2025 là một trong chuỗi hoạt động hưởng ứng '
        'Năm Du lịch quốc gia 2025.',
        'Chương trình "Mùa xuân tại Luông Pha-bang" năm 2025 nằm trong khuôn khổ Hội chợ Xuân Việt - Lào 2025.',
        # a country's cultural centre abroad names its seat, not the venue of what it organises with a province
        'Trung tâm Văn hóa Hàn Quốc tại Việt Nam liên tục phối hợp với tỉnh Quảng Nam tổ chức Lễ hội Văn hóa '
        'Hàn Quốc năm 2025.',
    ],
)
def test_a_place_inside_a_quoted_name_or_a_cultural_centres_seat_is_no_venue(text):
    assert held_in(text) == set()


def test_a_venue_told_before_a_quoted_name_is_still_the_events():
    text = 'Sáng 5/2, tại Nhà hát Lớn, Ban tổ chức khai mạc Hội chợ "Xuân quê hương" năm 2025.'
    assert held_in(text, published=dt.date(2025, 2, 5)) == {('Hội chợ "Xuân quê hương" năm 2025', "Nhà hát Lớn")}


def test_the_place_after_the_verb_of_taking_place_wins_over_one_in_the_name():
    text = "Tuần Văn hóa Campuchia tại Việt Nam sẽ diễn ra tại tỉnh Nghệ An từ ngày 3 đến 5/4/2025."
    assert held_in(text) == {("Tuần Văn hóa Campuchia", "Nghệ An")}


@pytest.mark.parametrize("day", ["vào sáng 9/3", "chiều 9/3", "vào tối ngày 9/3"])
def test_the_day_told_between_an_event_and_its_venue_is_an_aside(day):
    text = f'Sở Công Thương sẽ tổ chức hội thảo "Kết nối giao thương" {day} tại khách sạn Majestic.'
    assert held_in(text) == {('hội thảo "Kết nối giao thương"', "khách sạn Majestic")}


def test_an_event_said_to_begin_at_a_venue_is_held_there():
    text = "Điểm nhấn là Lễ mít tinh kỷ niệm 40 năm Ngày thành lập tỉnh Bình Phước, sẽ bắt đầu từ 20h ngày 1/1 tại Quảng trường Hòa Bình."
    assert held_in(text) == {("Lễ mít tinh kỷ niệm 40 năm Ngày thành lập tỉnh Bình Phước", "Quảng trường Hòa Bình")}
    goes_on = "Đại hội đại biểu Đảng bộ tỉnh Bình Phước lần thứ XII, nhiệm kỳ 2025-2030 sáng 15/10 tiếp tục ngày làm việc thứ hai tại Hội trường Tỉnh ủy."
    assert held_in(goes_on) == {("Đại hội đại biểu Đảng bộ tỉnh Bình Phước lần thứ XII", "Hội trường Tỉnh ủy")}
    said = "Lễ hội Hoa Ban năm 2025, ông Lò Văn Tâm cho biết sẽ bắt đầu tại Quảng trường Hòa Bình."
    assert not any(place == "Quảng trường Hòa Bình" for _, place in held_in(said))


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


def test_a_central_body_ends_at_trung_uong():
    text = "Dự lễ có Phó Trưởng ban Thường trực Ban Nội chính Trung ương Phan Đình Tú."
    assert offices_of(text) == {("Phan Đình Tú", "Phó Trưởng ban Thường trực Ban Nội chính Trung ương")}
def dates_of(text, published=dt.date(2025, 5, 20)):
    return {(s, r, o) for s, r, o in facts_of(text, published) if r in ("startDate", "endDate")}


def test_a_lower_case_extraordinary_session_is_dated_by_today_after_its_verb():
    text = "Tại kỳ họp bất thường HĐND tỉnh Nghệ An khóa XVIII diễn ra hôm nay (12/3), các đại biểu đã bầu bổ sung."
    assert dates_of(text, dt.date(2026, 3, 12)) == {
        ("kỳ họp bất thường HĐND tỉnh Nghệ An khóa XVIII", "startDate", dt.date(2026, 3, 12))}


def test_a_date_at_the_head_of_the_sentence_dates_its_event():
    text = "Sáng 5/3, tại thành phố Huế, UBND tỉnh tổ chức Hội thảo hợp tác du lịch Huế - Chiang Mai."
    assert dates_of(text) == {("Hội thảo hợp tác du lịch Huế - Chiang Mai", "startDate", dt.date(2025, 3, 5))}


def test_a_span_told_of_something_else_in_the_sentence_is_not_the_ceremonys():
    text = ("Chiều 6/4, tại Phủ Chủ tịch, Chủ tịch nước chủ trì Lễ đón Tổng thống Mông Cổ, "
            "người đang thăm Việt Nam từ ngày 6-8/4.")
    assert dates_of(text) == {("Lễ đón Tổng thống Mông Cổ", "startDate", dt.date(2025, 4, 6))}


def test_a_date_after_the_event_and_a_verb_of_taking_place():
    text = "Hội thảo khoa học về biển đảo sẽ chính thức diễn ra vào ngày 16.5 tại thành phố Quy Nhơn."
    assert dates_of(text) == {("Hội thảo khoa học về biển đảo", "startDate", dt.date(2025, 5, 16))}


def test_a_span_after_the_event_its_venue_and_its_address():
    text = ("Tuần lễ Văn hóa Hà Giang do UBND tỉnh Hà Giang tổ chức diễn ra tại Quảng trường Hà Giang, "
            "phường Nguyễn Trãi, thành phố Hà Giang từ ngày 12 đến 14/4.")
    event = "Tuần lễ Văn hóa Hà Giang"
    assert dates_of(text) == {(event, "startDate", dt.date(2025, 4, 12)), (event, "endDate", dt.date(2025, 4, 14))}


def test_a_farewell_call_at_the_end_of_a_term_is_no_closing_day():
    text = ("Chiều 14/5, tại Trụ sở UBND tỉnh, ông Lê Quang Vĩnh, Phó Chủ tịch UBND tỉnh Đồng Nai đã tiếp ông "
            "Hans Berger, Tổng Lãnh sự Đức tại TP.Hồ Chí Minh đến chào kết thúc nhiệm kỳ công tác.")
    assert {(r, o) for _, r, o in dates_of(text)} == {("startDate", dt.date(2025, 5, 14))}


@pytest.mark.parametrize(
    "verb, expected",
    [
        ("đã bầu Ban Chấp hành khóa mới", set()),  # a day of the congress, not its first
        ("chính thức khai mạc", {"startDate"}),
        ("đã bế mạc", {"endDate"}),
        ("đã diễn ra tại Hội trường tỉnh", {"startDate"}),  # it takes place from that day
        ("đang diễn ra tại Hội trường tỉnh", set()),  # one of its days
    ],
)
def test_a_single_day_of_a_congress_dates_it_only_when_it_opens_or_closes(verb, expected):
    text = f"Sáng 15/10, Đại hội Hội Nông dân tỉnh Hà Tĩnh lần thứ X {verb}."
    assert {r for _, r, _ in dates_of(text)} == expected


def test_a_closing_ceremony_ends_its_festival():
    text = "Tối 5/8, tại Quảng trường Hồ Chí Minh, UBND tỉnh Nghệ An tổ chức Lễ bế mạc Festival Ẩm thực Nghệ An năm 2025."
    assert dates_of(text, dt.date(2025, 8, 6)) == {
        ("Lễ bế mạc Festival Ẩm thực Nghệ An năm 2025", "startDate", dt.date(2025, 8, 5)),
        ("Festival Ẩm thực Nghệ An năm 2025", "endDate", dt.date(2025, 8, 5)),
    }


def test_the_event_that_frames_the_clause_is_the_one_dated():
    text = "Tại Hội nghị Ngoại vụ toàn quốc lần thứ 21, sáng 14/12, lãnh đạo tỉnh Quảng Trị khẳng định quyết tâm."
    assert dates_of(text, dt.date(2024, 12, 15)) == {("Hội nghị Ngoại vụ toàn quốc lần thứ 21", "startDate", dt.date(2024, 12, 14))}


@pytest.mark.parametrize(
    "text, dated",
    [
        ("Trong khuôn khổ Hội nghị Ngoại vụ toàn quốc lần thứ 21, chiều 14/12, Cục Ngoại vụ tổ chức "
         "Tọa đàm về công tác lãnh sự tại Học viện Ngoại giao.", "Tọa đàm về công tác lãnh sự"),
        ("Bên lề Diễn đàn Hợp tác kinh tế Việt Nam - Lào năm 2024, sáng 14/12, hai tỉnh đã tổ chức "
         "Lễ ký kết Biên bản ghi nhớ hợp tác.", "Lễ ký kết Biên bản ghi nhớ hợp tác"),
    ],
)
def test_a_day_beside_a_frame_dates_the_event_named_after_it(text, dated):
    assert dates_of(text, dt.date(2024, 12, 15)) == {(dated, "startDate", dt.date(2024, 12, 14))}


def test_a_day_beside_a_frame_with_no_event_after_it_dates_the_frame():
    text = "Trong khuôn khổ Hội nghị Ngoại vụ toàn quốc lần thứ 21, sáng 14/12, lãnh đạo tỉnh Quảng Trị phát biểu."
    assert dates_of(text, dt.date(2024, 12, 15)) == {("Hội nghị Ngoại vụ toàn quốc lần thứ 21", "startDate", dt.date(2024, 12, 14))}


@pytest.mark.parametrize(
    "text, race",
    [
        ("Ngày 1-3, gần 9.000 vận động viên tham dự Giải Marathon Cần Thơ mở rộng 2026.", "Giải Marathon Cần Thơ mở rộng 2026"),
        ("Giải Việt dã Báo Bà Rịa - Vũng Tàu lần thứ 20 xuất phát lúc 6 giờ ngày 1/3 tại Bãi Sau, thành phố Vũng Tàu.",
         "Giải Việt dã Báo Bà Rịa - Vũng Tàu lần thứ 20"),
    ],
)
def test_a_race_is_run_on_the_day_told_beside_it(text, race):
    assert (race, "startDate", dt.date(2026, 3, 1)) in facts_of(text, dt.date(2026, 3, 2))


def test_a_race_said_to_start_at_a_venue_is_held_there():
    text = "Giải Việt dã Báo Bà Rịa - Vũng Tàu lần thứ 20 xuất phát lúc 6 giờ ngày 1/3 tại Bãi Sau, thành phố Vũng Tàu."
    assert ("Giải Việt dã Báo Bà Rịa - Vũng Tàu lần thứ 20", "heldIn", "Bãi Sau") in facts_of(text, dt.date(2026, 3, 2))


def test_a_tournament_is_not_started_by_a_day_told_beside_it():
    text = "Ngày 1-3, gần 900 cầu thủ tham dự Giải bóng đá Cần Thơ mở rộng 2026."
    assert facts_of(text, dt.date(2026, 3, 2), relation="startDate") == set()


@pytest.mark.parametrize("day", ["ngay trưa cùng ngày", "ngay chiều 15/10"])
def test_ngay_before_the_day_an_event_is_held_on_is_no_gap(day):
    text = f"Sáng 15/10, Đại hội đã bầu Ban Chấp hành. Hội nghị lần thứ nhất Ban Chấp hành khóa XX được tổ chức {day}."
    assert ("Hội nghị lần thứ nhất Ban Chấp hành khóa XX", "startDate", dt.date(2020, 10, 15)) in facts_of(text, dt.date(2020, 10, 16))


def test_a_bare_head_told_with_its_theme_refers_back_to_the_event_named_before():
    text = ('Ngày 8-10, UBND tỉnh Gia Lai họp báo giới thiệu Hội nghị Xúc tiến đầu tư 2025. Hội nghị mang chủ đề '
            '"Gia Lai: Từ đại ngàn đến biển xanh", được tổ chức trong hai ngày 25 và 26-10 tại khách sạn Hoàng Anh, phường Pleiku.')
    assert facts_of(text, dt.date(2025, 10, 9)) >= {
        ("Hội nghị Xúc tiến đầu tư 2025", "heldIn", "khách sạn Hoàng Anh"),
        ("Hội nghị Xúc tiến đầu tư 2025", "startDate", dt.date(2025, 10, 25)),
        ("Hội nghị Xúc tiến đầu tư 2025", "endDate", dt.date(2025, 10, 26)),
    }


def test_an_event_named_after_sau_is_not_the_one_dated():
    text = "Ngày 6/4, ngay sau Lễ đón, hai bên tiến hành Hội đàm cấp cao Việt Nam - Lào."
    assert dates_of(text) == {("Hội đàm cấp cao Việt Nam - Lào", "startDate", dt.date(2025, 4, 6))}


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Quyết định số 315-QĐ/TU ngày 12/9/2024 của Ban Thường vụ Tỉnh ủy, Hội nghị tổng kết công tác đối ngoại đã diễn ra.",
        "Hội nghị xúc tiến đầu tư tỉnh Bình Định dự kiến diễn ra vào ngày 20/11 tại thành phố Quy Nhơn.",
        "Sáng 20/5, ông Trần Văn Lộc cho biết Hội nghị xúc tiến đầu tư tỉnh Bình Định sẽ diễn ra tại thành phố Quy Nhơn.",
    ],
)
def test_dates_that_are_not_the_events(text):
    assert dates_of(text) == set()


def test_an_anniversarys_span_is_not_the_ceremonys_date():
    text = ("Ngày 3/2/2020, tại Hà Nội, Trung ương Đoàn tổ chức Lễ kỷ niệm 70 năm Ngày truyền thống "
            "Hội Sinh viên Việt Nam (09/01/1950 - 09/01/2020).")
    assert {o for _, _, o in dates_of(text)} == {dt.date(2020, 2, 3)}


def test_readings_of_one_event_settle_on_the_surest():
    text = ("Từ ngày 2 đến 4/12, Hội nghị hợp tác Việt - Lào lần thứ 9 diễn ra tại thành phố Vinh. "
            "Sáng 3/12, Hội nghị hợp tác Việt - Lào lần thứ 9 đã thảo luận các văn kiện.")
    event = "Hội nghị hợp tác Việt - Lào lần thứ 9"
    assert dates_of(text, dt.date(2024, 12, 5)) == {(event, "startDate", dt.date(2024, 12, 2)), (event, "endDate", dt.date(2024, 12, 4))}


def test_equally_sure_readings_that_disagree_cancel():
    text = ("Sáng 3/10, Hội thảo hợp tác giáo dục Việt - Nhật diễn ra. "
            "Chiều 4/10, Hội thảo hợp tác giáo dục Việt - Nhật đã ra kiến nghị.")
    assert dates_of(text, dt.date(2024, 10, 5)) == set()


def test_without_a_page_date_the_year_comes_from_the_events_name():
    text = "Ngày 9.9, Liên hoan nghệ thuật Việt - Nhật 2018 khai mạc tại Hà Nội."
    ((event, relation, date),) = dates_of(text, published=None)
    assert event.startswith("Liên hoan nghệ thuật Việt - Nhật 2018") and (relation, date) == ("startDate", dt.date(2018, 9, 9))


def test_without_any_written_year_the_year_the_articles_events_are_named_with():
    text = ("Tuần lễ Văn hóa Gia Lai năm 2024 thu hút đông đảo du khách. "
            "Lễ hội Cồng chiêng sẽ diễn ra từ ngày 3 đến 5/5 tại thành phố Pleiku.")
    assert dates_of(text, published=None) == {
        ("Lễ hội Cồng chiêng", "startDate", dt.date(2024, 5, 3)), ("Lễ hội Cồng chiêng", "endDate", dt.date(2024, 5, 5))}
    # two years named equally often: none is the article's
    text = ("Festival Huế 2024 và Festival Huế 2026 được so sánh. "
            "Lễ hội Cồng chiêng sẽ diễn ra từ ngày 3 đến 5/5 tại thành phố Pleiku.")
    assert dates_of(text, published=None) == set()


def test_a_year_after_a_dash_in_the_name_dates_it():
    text = "Tối 27/12, tại Quảng trường Lâm Viên, Festival Hoa Đà Lạt lần thứ IX - 2022 chính thức khai mạc."
    assert ("Festival Hoa Đà Lạt lần thứ IX - 2022", "startDate", dt.date(2022, 12, 27)) in dates_of(text, published=None)


def test_the_year_after_an_events_place_is_the_events():
    text = ("Ngày Văn hóa Việt Nam - Nhật Bản tại Đà Nẵng năm 2024 thu hút du khách. "
            "Ngày Văn hóa Việt Nam - Nhật Bản diễn ra từ ngày 5 đến 6/10.")
    event = "Ngày Văn hóa Việt Nam - Nhật Bản tại Đà Nẵng năm 2024"
    assert dates_of(text, published=None) == {(event, "startDate", dt.date(2024, 10, 5)), (event, "endDate", dt.date(2024, 10, 6))}


def test_without_any_year_elsewhere_the_year_the_dates_clause_tells_dates_it():
    text = "Ngày 20/1, Đoàn đại biểu tỉnh Luang Prabang đến thăm, chúc Tết tỉnh Điện Biên nhân dịp Xuân Ất Tỵ 2025."
    assert {(r, d) for _, r, d in dates_of(text, published=None)} == {("startDate", dt.date(2025, 1, 20))}
    text = "Tối 5-7, UBND tỉnh Gia Lai đã tổ chức khai mạc Ngày hội Văn hóa, thể thao các dân tộc tỉnh Gia Lai lần thứ V-năm 2019."
    assert {(r, d) for _, r, d in dates_of(text, published=None)} == {("startDate", dt.date(2019, 7, 5))}
    # a span of years in brackets: an anniversary, held in its last year
    text = "Tối 12/6, tại TP Vinh, tỉnh Nghệ An tổ chức Lễ kỷ niệm 60 năm Ngày thành lập trường (1965-2025)."
    assert {(r, d) for _, r, d in dates_of(text, published=None)} == {("startDate", dt.date(2025, 6, 12))}


@pytest.mark.parametrize(
    "text",
    [
        # a year the clause reviews, plans towards or starts from is not the year it is told in
        "Ngày 14/1, Sở Ngoại vụ tỉnh Hòa Bình tổ chức Hội nghị về công tác đối ngoại, tổng kết năm 2024.",
        "Ngày 9/1, tỉnh Bắc Giang tổ chức Hội nghị về quy hoạch tỉnh đến năm 2030.",
        # a year of a written date: a document's, signed long before
        "Ngày 10/3, tỉnh Hà Giang tổ chức Hội nghị về thỏa thuận hợp tác (được ký kết ngày 14/05/2018).",
        # a past edition's year
        "Tối 8/5, Diễn đàn hợp tác Việt Nam - Lào, được tổ chức lần đầu tiên vào năm 2009, khai mạc tại Vinh.",
        # two years: neither is sure
        "Ngày 3/4, tỉnh Sơn La khai mạc Lễ hội Hoa Ban, nối tiếp thành công của năm 2023 và năm 2024.",
    ],
)
def test_no_year_from_the_clause_where_it_is_not_the_news(text):
    assert dates_of(text, published=None) == set()


def test_a_dash_after_today_still_makes_a_date():
    text = "Sáng nay - 7/7, HĐND tỉnh Lạng Sơn khóa XVII đã khai mạc Kỳ họp thứ 9."
    assert dates_of(text, dt.date(2024, 7, 7)) == {("Kỳ họp thứ 9", "startDate", dt.date(2024, 7, 7))}


def test_a_span_after_whose_visit_with_stacked_titles_dates_the_visit():
    text = ("Chuyến thăm chính thức Lào của Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nghệ An Lê Văn Hùng "
            "từ ngày 14 - 15/4/2025 đạt nhiều kết quả.")
    assert dates_of(text, published=None) == {
        ("Chuyến thăm chính thức Lào", "startDate", dt.date(2025, 4, 14)), ("Chuyến thăm chính thức Lào", "endDate", dt.date(2025, 4, 15))}


def test_the_year_an_edition_was_held_in_is_not_the_names_year():
    # "được tổ chức lần đầu vào năm 2009": when one edition was held, not the year of the one reported
    text = ("Diễn đàn hợp tác Việt Nam - Lào diễn ra từ 8 - 10/5 tại Vinh. "
            "Diễn đàn hợp tác Việt Nam - Lào được tổ chức lần đầu tiên vào năm 2009 tại Viêng Chăn.")
    assert dates_of(text, published=None) == set()


def test_a_full_address_between_the_event_and_its_dates_is_an_aside():
    text = "Tuần lễ Văn hóa Việt Nam được tổ chức tại thành phố Fukuoka, tỉnh Fukuoka, Nhật Bản, từ ngày 3-4/10."
    assert dates_of(text, dt.date(2025, 10, 6)) == {("Tuần lễ Văn hóa Việt Nam", "startDate", dt.date(2025, 10, 3)),
                              ("Tuần lễ Văn hóa Việt Nam", "endDate", dt.date(2025, 10, 4))}


def test_a_theme_between_the_event_and_its_place_is_an_aside():
    text = 'Tối 20/1, UBND tỉnh Trà Vinh tổ chức buổi gặp mặt kiều bào với chủ đề "Mùa xuân quê hương" tại Khách sạn Cửu Long.'
    assert ("buổi gặp mặt kiều bào", "Khách sạn Cửu Long") in held_in(text, published=dt.date(2025, 1, 21))


def test_a_theme_between_the_event_and_its_dates_is_an_aside():
    text = 'Festival Biển Quy Nhơn với chủ đề "Biển gọi" sẽ diễn ra từ 10 - 13/6 tại thành phố Quy Nhơn.'
    assert dates_of(text) == {("Festival Biển Quy Nhơn", "startDate", dt.date(2025, 6, 10)),
                              ("Festival Biển Quy Nhơn", "endDate", dt.date(2025, 6, 13))}


@pytest.mark.parametrize(
    "text, event",
    [
        ("Lễ hội Hoa mai lần thứ 3 sẽ được tổ chức tại thành phố Quy Nhơn và một số địa phương trong tỉnh "
         "từ ngày 10/6 – 13/6.", "Lễ hội Hoa mai lần thứ 3"),
        ("Festival Trà lần thứ IV diễn ra tại TP Thái Nguyên, huyện Đại Từ và các địa phương tỉnh Thái Nguyên "
         "từ 10 - 13/6.", "Festival Trà lần thứ IV"),
    ],
)
def test_more_places_of_the_venue_between_the_event_and_its_dates(text, event):
    assert {(event, "startDate", dt.date(2025, 6, 10)), (event, "endDate", dt.date(2025, 6, 13))} <= dates_of(text)


def test_an_editions_number_and_year_between_the_event_and_its_dates():
    text = ("Sở Văn hóa tỉnh Bạc Liêu tổ chức Liên hoan Đờn ca tài tử tỉnh Bạc Liêu lần thứ V, năm 2024, "
            "diễn ra từ ngày 20 đến ngày 22/11 tại thành phố Bạc Liêu.")
    event = "Liên hoan Đờn ca tài tử tỉnh Bạc Liêu lần thứ V"
    assert dates_of(text, dt.date(2024, 11, 23)) == {
        (event, "startDate", dt.date(2024, 11, 20)), (event, "endDate", dt.date(2024, 11, 22))}


def test_what_comes_right_after_an_event_is_on_its_day():
    text = ("Chiều 6/4, Lễ đón Thủ tướng Lào được tổ chức tại Phủ Chủ tịch. "
            "Ngay sau lễ đón, hai Thủ tướng tiến hành Hội đàm tại Văn phòng Chính phủ.")
    assert ("Hội đàm", "startDate", dt.date(2025, 4, 6)) in dates_of(text)


def test_an_event_reviewed_on_a_day_is_not_held_that_day():
    text = "Ngày 20/5, UBND tỉnh Quảng Bình sơ kết Chương trình hợp tác với tỉnh Khăm Muộn."
    assert dates_of(text) == set()


def test_foreign_delegates_take_no_vietnamese_province_from_context():
    text = ("Đoàn đại biểu tỉnh Luông Pha Bang (Lào) thăm tỉnh Lai Châu. Tiếp đoàn có ông Lê Văn An, Chủ tịch UBND "
            "tỉnh. Thành viên đoàn có ông Sụ-căn Bun-nhông, Phó Bí thư Tỉnh ủy.")
    assert offices_of(text) == {("Lê Văn An", "Chủ tịch UBND tỉnh Lai Châu")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ông Phạm Vũ Hà (bìa trái) đã được bầu giữ chức Chủ tịch UBND tỉnh Kiên Giang.",
         {("Phạm Vũ Hà", "Chủ tịch UBND tỉnh Kiên Giang")}),
        ("Đoàn công tác của tỉnh Phú Yên do đồng chí Lương Minh Tâm, Phó Bí thư TT Tỉnh ủy dẫn đầu.",
         {("Lương Minh Tâm", "Phó Bí thư Thường trực Tỉnh ủy Phú Yên")}),
        ("Ngày 10/10, ông Kenji YAMADA – Tổng Lãnh sự Nhật Bản tại thành phố Hồ Chí Minh đã đến thăm tỉnh Bình Thuận.",
         {("Kenji YAMADA", "Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh")}),
        ("Dự có ông Đậu Văn Hòa, Giám đốc Sở Ngoại vụ tỉnh Nghệ An.", {("Đậu Văn Hòa", "Giám đốc Sở Ngoại vụ tỉnh Nghệ An")}),
    ],
)
def test_more_page_forms(text, expected):
    assert offices_of(text) == expected


def test_a_lao_delegation_listed_after_its_province():
    text = ("Tiếp đoàn công tác tỉnh Lai Châu, tỉnh Luông Pha Bang có các đồng chí: Khăm-la Xổm-phu - Ủy viên Trung "
            "ương Đảng, Bí thư Tỉnh ủy, Tỉnh trưởng; Bun-mi Vông-xay - Phó Bí thư Tỉnh ủy. Đoàn tỉnh Champasak do ông "
            "Vi-lay Bun-nhăng, Ủy viên Trung ương Đảng Nhân dân cách mạng Lào, Bí Thư Tỉnh ủy, Tỉnh trưởng tỉnh "
            "Champasak làm trưởng đoàn.")
    assert offices_of(text) == {
        ("Khăm-la Xổm-phu", "Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào"),
        ("Khăm-la Xổm-phu", "Bí thư Tỉnh ủy Luông Pha-băng"),
        ("Khăm-la Xổm-phu", "Tỉnh trưởng tỉnh Luông Pha-băng"),
        ("Bun-mi Vông-xay", "Phó Bí thư Tỉnh ủy Luông Pha-băng"),
        ("Vi-lay Bun-nhăng", "Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào"),
        ("Vi-lay Bun-nhăng", "Bí thư Tỉnh ủy Chăm-pa-sắc"),
        ("Vi-lay Bun-nhăng", "Tỉnh trưởng tỉnh Chăm-pa-sắc"),
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # a six-syllable Lao name; "Ủy viên BTV Tỉnh ủy"; a verb after a name is no slip; acting ministers
        ("Tham dự có các đồng chí: Lò Văn Phú, Ủy viên BTV Tỉnh ủy, Chủ tịch HĐND tỉnh Điện Biên; Khăm Khăn Chăn "
         "Thạ Vi Sục - Tỉnh trưởng tỉnh Hủa Phăn.",
         {("Lò Văn Phú", "Ủy viên Ban Thường vụ Tỉnh ủy Điện Biên"), ("Lò Văn Phú", "Chủ tịch HĐND tỉnh Điện Biên"),
          ("Khăm Khăn Chăn Thạ Vi Sục", "Tỉnh trưởng tỉnh Hủa Phăn")}),
        ("Thủ tướng Phạm Minh Tú dự Lễ khai mạc. Quyền Bộ trưởng Bộ Ngoại giao Lê Hoài Nam tiếp Đại sứ.",
         {("Phạm Minh Tú", "Thủ tướng Chính phủ"), ("Lê Hoài Nam", "Quyền Bộ trưởng Bộ Ngoại giao")}),
        # an aide "of" an office holder is not the holder
        ("Cố vấn đặc biệt của Thủ tướng Nhật Bản Iijima Kenta dự.", set()),
    ],
)
def test_names_and_titles_of_real_pages(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Các Phó Chủ tịch UBND tỉnh Kiên Giang trong nhiệm kỳ này, gồm ông Mai Văn Hùng, Mai Anh Nhàn và Lê Thị Minh "
         "Phúc. Các Phó Chủ tịch HĐND tỉnh Kiên Giang được bầu là đồng chí Nguyễn Quốc Cường và đồng chí Lý Văn Tiến.",
         {("Mai Văn Hùng", "Phó Chủ tịch UBND tỉnh Kiên Giang"), ("Mai Anh Nhàn", "Phó Chủ tịch UBND tỉnh Kiên Giang"),
          ("Lê Thị Minh Phúc", "Phó Chủ tịch UBND tỉnh Kiên Giang"),
          ("Nguyễn Quốc Cường", "Phó Chủ tịch HĐND tỉnh Kiên Giang"), ("Lý Văn Tiến", "Phó Chủ tịch HĐND tỉnh Kiên Giang")}),
        # the party committee of a provincial city; "Title là Title"
        ("HĐND tỉnh Kiên Giang bầu ông Nguyễn Thanh Hà, Bí thư Thành ủy, Chủ tịch UBND TP Hà Tiên giữ chức Phó Chủ "
         "tịch UBND tỉnh Kiên Giang.",
         {("Nguyễn Thanh Hà", "Phó Chủ tịch UBND tỉnh Kiên Giang"), ("Nguyễn Thanh Hà", "Bí thư Thành ủy Hà Tiên"),
          ("Nguyễn Thanh Hà", "Chủ tịch UBND thành phố Hà Tiên")}),
        ("Kết quả bầu cử bổ sung ông Nguyễn Văn Trí, Phó Bí thư Tỉnh ủy là Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu.",
         {("Nguyễn Văn Trí", "Phó Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu"), ("Nguyễn Văn Trí", "Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu")}),
    ],
)
def test_lists_and_city_committees(text, expected):
    assert offices_of(text) == expected


def test_a_greeting_call_is_a_visit_of_one_day():
    text = ("Chiều 9/2, Chủ tịch UBND tỉnh Đồng Tháp Trần Văn Lợi tiếp đoàn đại biểu tỉnh Prey Veng, "
            "do ông Hun Sam dẫn đầu, đến thăm, chúc Tết tỉnh Đồng Tháp.")
    facts = facts_of(text, dt.date(2025, 2, 10))
    assert ("thăm, chúc Tết tỉnh Đồng Tháp", "heldIn", "Đồng Tháp") in facts
    assert ("thăm, chúc Tết tỉnh Đồng Tháp", "startDate", dt.date(2025, 2, 9)) in facts


def test_a_single_day_of_an_official_visit_still_dates_nothing():
    text = "Chiều 9/2, Thủ tướng Lê Văn Tâm thăm chính thức Campuchia."
    assert dates_of(text, dt.date(2025, 2, 10)) == set()


def test_a_dateline_dash_before_the_leading_date():
    text = "- Sáng 5/3, UBND tỉnh Bắc Ninh tổ chức Hội thảo xúc tiến đầu tư Bắc Ninh - Hàn Quốc."
    assert dates_of(text, dt.date(2025, 3, 6)) == {("Hội thảo xúc tiến đầu tư Bắc Ninh - Hàn Quốc", "startDate", dt.date(2025, 3, 5))}


def test_a_day_to_come_is_in_the_pages_year():
    # told as done, a day well after the page is the year before's
    text = "Hội thảo khoa học về biển đảo đã diễn ra vào ngày 12/7 tại thành phố Quy Nhơn."
    assert dates_of(text, dt.date(2025, 3, 1)) == {("Hội thảo khoa học về biển đảo", "startDate", dt.date(2024, 7, 12))}
    text = "Hội thảo khoa học về biển đảo sẽ diễn ra vào ngày 12/7 tại thành phố Quy Nhơn."
    assert dates_of(text, dt.date(2025, 3, 1)) == {("Hội thảo khoa học về biển đảo", "startDate", dt.date(2025, 7, 12))}


def test_an_opening_ceremony_written_with_capitals_starts_its_festival():
    text = "Lễ Khai mạc Festival Hoa Đà Lạt 2025 sẽ diễn ra vào tối ngày 20/12 tại Quảng trường Lâm Viên."
    assert dates_of(text, dt.date(2025, 3, 1)) == {
        ("Lễ Khai mạc Festival Hoa Đà Lạt 2025", "startDate", dt.date(2025, 12, 20)),
        ("Festival Hoa Đà Lạt 2025", "startDate", dt.date(2025, 12, 20)),
    }


def test_a_session_opened_in_lower_case_is_an_event_it_dates():
    text = "Sáng 8-12, HĐND tỉnh Quảng Ngãi đã khai mạc kỳ họp thứ mười để xem xét các báo cáo."
    assert dates_of(text, dt.date(2025, 12, 8)) == {("kỳ họp thứ mười", "startDate", dt.date(2025, 12, 8))}
    # a session only talked about is no event
    text = "Sáng 8-12, ông Lê Văn An cho biết kỳ họp thứ mười sẽ xem xét các báo cáo."
    assert dates_of(text, dt.date(2025, 12, 8)) == set()


def test_a_congress_solemnly_held_on_a_day_opens_that_day():
    text = "Đúng 8 giờ sáng nay (14/10), tại Hội trường tỉnh, Đảng bộ tỉnh Lạng Sơn long trọng tổ chức Đại hội đại biểu lần thứ XVIII."
    assert dates_of(text, dt.date(2025, 10, 14)) == {("Đại hội đại biểu lần thứ XVIII", "startDate", dt.date(2025, 10, 14))}


def test_an_office_is_one_node_whatever_the_form_of_its_body():
    """'UBND tỉnh X' / 'Ủy ban nhân dân tỉnh X', 'ĐBQH' / 'Đại biểu Quốc hội', 'UBMTTQ' / 'Ủy ban Mặt trận …'."""
    full = offices_of("Ông Lê Văn An, Trưởng đoàn Đại biểu Quốc hội tỉnh Nghệ An, Chủ tịch Ủy ban nhân dân tỉnh Nghệ An; "
                      "ông Lê Văn Bình, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An.")
    short = offices_of("Ông Lê Văn An, Trưởng Đoàn ĐBQH tỉnh Nghệ An, Chủ tịch UBND tỉnh Nghệ An; ông Lê Văn Bình, "
                       "Chủ tịch UBMTTQ tỉnh Nghệ An.")
    assert full == short and len(full) == 3


def test_a_consuls_seat_is_not_the_articles_province():
    text = ("Chủ tịch UBND tỉnh Phạm Anh Tú tiếp bà Ana Labrada - Tổng Lãnh sự Cuba tại Thành phố Hồ Chí Minh. "
            "Bà Labrada cảm ơn lãnh đạo tỉnh; Tổng Lãnh sự quán Cuba tại Thành phố Hồ Chí Minh sẵn sàng hỗ trợ.")
    assert offices_of(text) == {("Ana Labrada", "Tổng Lãnh sự Cuba tại Thành phố Hồ Chí Minh")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # "T.Ư" ends a central body; an event's committee is no province's body
        ("Ông Triệu Văn Tài, Phó Trưởng Ban Kinh tế T.Ư; ông Nguyễn Hoàng Tú, Trưởng Ban Tổ chức Đại hội dự.",
         {("Triệu Văn Tài", "Phó Trưởng Ban Kinh tế T.Ư"), ("Nguyễn Hoàng Tú", "Trưởng Ban Tổ chức Đại hội")}),
        # "ông A, Title, ông B, Title": each title is the name's before it; a place inside a name is no province
        ("Tỉnh Nam Định tổ chức hội nghị. Ông Phạm Ngọc Tâm, Phó Giám đốc Sở Ngoại vụ, ông Lê Hà Nam, "
         "Giám đốc Sở Nội vụ dự.",
         {("Phạm Ngọc Tâm", "Phó Giám đốc Sở Ngoại vụ tỉnh Nam Định"), ("Lê Hà Nam", "Giám đốc Sở Nội vụ tỉnh Nam Định")}),
    ],
)
def test_committees_lists_and_names_with_places(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ban Chấp hành Đảng bộ tỉnh Sóc Trăng cũng bầu 2 đồng chí: Hồ Thị Cẩm Hà và Trần Văn Lâm làm Phó Bí thư Tỉnh ủy.",
         {("Hồ Thị Cẩm Hà", "Phó Bí thư Tỉnh ủy Sóc Trăng"), ("Trần Văn Lâm", "Phó Bí thư Tỉnh ủy Sóc Trăng")}),
        # after "tỉnh" comes a province: a district's name there begins a person's
        ("Tỉnh Hậu Giang tiếp khách. Phó Chủ tịch Thường trực UBND tỉnh Đồng Văn Hải có buổi tiếp.",
         {("Đồng Văn Hải", "Phó Chủ tịch Thường trực UBND tỉnh Hậu Giang")}),
        # abbreviated departments are the departments
        ("Bộ trưởng Bộ GD&ĐT Phùng Xuân Nam dự. Ông Trần Đăng Tú, Giám đốc Sở VH,TT&DL tỉnh Khánh Hòa.",
         {("Phùng Xuân Nam", "Bộ trưởng Bộ Giáo dục và Đào tạo"),
          ("Trần Đăng Tú", "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa")}),
    ],
)
def test_lists_units_and_departments(text, expected):
    assert offices_of(text) == expected


def test_seats_and_foreign_sides_give_no_province_to_a_bare_title():
    text = ("Phó Chủ tịch Thường trực UBND tỉnh Đồng Văn Hải có buổi tiếp bà Ana Lopez, Tổng Lãnh sự Cộng hòa Cuba "
            "tại thành phố Hồ Chí Minh. Đoàn tỉnh Hủa Phăn do ông Phạm Đại Dũng, Bí thư Tỉnh ủy làm trưởng đoàn.")
    # the consul's own office is read ("Cộng hòa Cuba" is Cuba); no bare title takes a province
    assert offices_of(text) == {("Ana Lopez", "Tổng Lãnh sự Cuba tại Thành phố Hồ Chí Minh")}


def test_a_reception_is_held_where_its_clause_opens_on_its_day():
    text = ("Sáng 3/4, tại Văn phòng UBND tỉnh, Chủ tịch UBND tỉnh Bắc Ninh Trần Văn Lâm đã tiếp xã giao bà Anna Kowalska, "
            "Tổng Lãnh sự Ba Lan tại Thành phố Hồ Chí Minh.")
    event = "buổi tiếp xã giao bà Anna Kowalska, Tổng Lãnh sự Ba Lan tại Thành phố Hồ Chí Minh"
    assert held_in(text) == {(event, "Văn phòng UBND tỉnh Bắc Ninh")}
    assert dates_of(text) == {(event, "startDate", dt.date(2025, 4, 3))}
    # the guest's seat is not where the reception is held; nor is the host's province said
    text = "Chủ tịch UBND tỉnh Bắc Ninh Trần Văn Lâm đã tiếp ông Erik Lund, Đại sứ Thụy Điển tại Việt Nam."
    assert held_in(text) == set()


def test_a_reception_told_with_the_guests_visit_is_part_of_the_visit():
    text = ("Ngày 3/4, Chủ tịch UBND tỉnh Bắc Ninh Trần Văn Lâm đã tiếp ông Erik Lund, Đại sứ Thụy Điển cùng đoàn công tác "
            "đến thăm và làm việc tại địa phương.")
    assert not any(s.startswith("buổi tiếp") for s, _, _ in facts_of(text))


def test_a_council_session_is_held_in_its_province_on_its_day():
    text = "Ngày 9/7, HĐND tỉnh Quảng Trị khóa VIII, nhiệm kỳ 2021 - 2026 đã họp kỳ thứ 15, bầu nhân sự chủ chốt."
    event = "kỳ họp thứ 15 HĐND tỉnh Quảng Trị khóa VIII"
    assert held_in(text) == {(event, "Quảng Trị")}
    assert dates_of(text) == {(event, "startDate", dt.date(2025, 7, 9))}


def test_events_told_together_are_held_where_and_when_the_first_is():
    text = ("Tối 30/4, tại Quảng trường Hồ Chí Minh, UBND tỉnh Nghệ An tổ chức Lễ khai mạc Năm Du lịch Nghệ An 2025 "
            "và Festival Ẩm thực Nghệ An 2025.")
    assert held_in(text, published=dt.date(2025, 5, 1)) == {
        ("Lễ khai mạc Năm Du lịch Nghệ An 2025", "Quảng trường Hồ Chí Minh"),
        ("Festival Ẩm thực Nghệ An 2025", "Quảng trường Hồ Chí Minh")}
    assert ("Festival Ẩm thực Nghệ An 2025", "startDate", dt.date(2025, 4, 30)) in dates_of(text, dt.date(2025, 5, 1))
    text = ("Tối 30/4, tại Quảng trường Hồ Chí Minh, UBND tỉnh tổ chức Chương trình nghệ thuật khai mạc Festival "
            "Ẩm thực Nghệ An 2025.")
    # the opening programme is a ceremony of the festival, as 'Lễ khai mạc' is: its venue is its own, its day the festival's start
    assert held_in(text, published=dt.date(2025, 5, 1)) == {
        ("Chương trình nghệ thuật khai mạc Festival Ẩm thực Nghệ An 2025", "Quảng trường Hồ Chí Minh")}
    assert ("Festival Ẩm thực Nghệ An 2025", "startDate", dt.date(2025, 4, 30)) in dates_of(text, dt.date(2025, 5, 1))


@pytest.mark.parametrize(
    "text, event, venue, day",
    [
        ("Chương trình nghệ thuật khai mạc Lễ hội Hoa Ban 2026 được tổ chức tối 12/3 trên sân khấu Quảng trường Tây Bắc "
         "(thành phố Điện Biên Phủ), thu hút hàng nghìn người.",
         "Chương trình nghệ thuật khai mạc Lễ hội Hoa Ban 2026", "Quảng trường Tây Bắc", dt.date(2026, 3, 12)),
        ("Tối 12/3, chương trình khai mạc Festival Biển Nha Trang 2026 diễn ra trên sân khấu chính của Quảng trường 2/4.",
         "chương trình khai mạc Festival Biển Nha Trang 2026", "Quảng trường 2/4", dt.date(2026, 3, 12)),
    ],
)
def test_an_opening_programme_is_a_ceremony_staged_on_the_stage_of_its_venue(text, event, venue, day):
    festival = event.split(" khai mạc ")[1]
    assert held_in(text, published=dt.date(2026, 3, 13)) == {(event, venue)}
    assert {(event, "startDate", day), (festival, "startDate", day)} <= dates_of(text, dt.date(2026, 3, 13))


def test_a_stage_named_with_no_venue_after_it_gives_no_place():
    text = "Tối 12/3, chương trình nghệ thuật \"Hoa Ban trắng\" diễn ra trên sân khấu chính, thu hút hàng nghìn người."
    assert held_in(text, published=dt.date(2026, 3, 13)) == set()


def test_an_event_held_at_the_same_time_shares_the_first_ones_place_and_day():
    text = ("Sáng 30/10, tại tỉnh Lào Cai, diễn ra Hội nghị hợp tác biên giới lần thứ 3 giữa các tỉnh: Lào Cai, "
            "Hà Giang (Việt Nam) và Vân Nam (Trung Quốc), đồng thời tổ chức Phiên họp lần thứ 7 Nhóm công tác liên hợp.")
    session = "Phiên họp lần thứ 7 Nhóm công tác liên hợp"
    assert (session, "Lào Cai") in held_in(text, published=dt.date(2025, 10, 30))
    assert (session, "startDate", dt.date(2025, 10, 30)) in dates_of(text, dt.date(2025, 10, 30))


def test_the_day_someone_holds_a_festival_on_is_its_first():
    text = "Ngày 12/2, UBND huyện Tràng Định tổ chức liên hoan văn nghệ mừng xuân các dân tộc vùng biên."
    assert dates_of(text, dt.date(2025, 2, 12)) == {
        ("liên hoan văn nghệ mừng xuân các dân tộc vùng biên", "startDate", dt.date(2025, 2, 12))}
    # the organisers' board holds nothing on that day: it meets before the festival
    text = "Ngày 4/11, lãnh đạo huyện họp với ban tổ chức liên hoan ẩm thực mừng xuân."
    assert dates_of(text, dt.date(2025, 11, 4)) == set()


def test_the_organisers_place_and_day_are_not_the_festivals():
    text = "Sáng 4/11, tại Nhà hát Lớn Hà Nội, Ban Tổ chức Festival Huế 2026 đã tổ chức họp báo giới thiệu sự kiện."
    facts = facts_of(text)
    assert not any(s.startswith("Festival Huế") for s, r, _ in facts if r == "startDate")
    # the festival is held in the town it is named after, not where its organisers meet
    assert {(s, o) for s, r, o in facts if r == "heldIn" and s.startswith("Festival Huế")} == {("Festival Huế 2026", "Thừa Thiên Huế")}
    # what the organisers hold there is the press briefing
    assert held_in(text) - {("Festival Huế 2026", "Thừa Thiên Huế")} == {("Họp báo", "Nhà hát Lớn Hà Nội")}


def test_talks_told_by_their_verb_are_the_talks_of_the_headline():
    text = ("Hội đàm giữa Bí thư Tỉnh ủy Cao Bằng và Bí thư Khu ủy Quảng Tây\n"
            "Trong khuôn khổ chuyến thăm, làm việc tại Quảng Tây, ngày 3/3/2024, đồng chí Lê Văn An, Bí thư Tỉnh ủy "
            "đã hội đàm với đồng chí Lý Minh, Bí thư Khu ủy.")
    talks = "Hội đàm giữa Bí thư Tỉnh ủy Cao Bằng và Bí thư Khu ủy Quảng Tây"
    assert (talks, "Quảng Tây") in held_in(text)
    assert (talks, "startDate", dt.date(2024, 3, 3)) in dates_of(text)


def test_the_country_an_embassy_serves_is_not_where_its_event_is_held():
    text = "Tối 5/6, Đại sứ quán Nhật Bản tại Việt Nam tổ chức Lễ hội Văn hóa Nhật Bản 2025."
    assert held_in(text) == set()
    # nor the country an ambassador serves, however long the title
    text = ("Ông Trần Văn Bình, Đại sứ đặc mệnh toàn quyền nước Cộng hòa nhân dân Trung Hoa tại Việt Nam dự Lễ kỷ "
            "niệm 50 năm Ngày giải phóng tỉnh Quảng Trị.")
    assert held_in(text) == set()
    # nor the country a diplomatic mission serves, among the organisers
    text = ("Chương trình Giao lưu Hữu nghị Việt Nam - Pháp năm 2026 do Liên hiệp các tổ chức hữu nghị tỉnh, Phái "
            "đoàn Ngoại giao Pháp tại Việt Nam và UBND tỉnh phối hợp tổ chức diễn ra sôi nổi.")
    assert held_in(text) == set()
    text = text.replace("diễn ra sôi nổi.", "diễn ra tại Quảng trường Ba Đình.")
    assert held_in(text) == {("Chương trình Giao lưu Hữu nghị Việt Nam - Pháp năm 2026", "Quảng trường Ba Đình")}
    # a consulate's city is its own venue
    text = "Tối 5/6, Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng tổ chức Tiệc chiêu đãi mừng Quốc khánh Nhật Bản."
    assert held_in(text) == {("Tiệc chiêu đãi", "Đà Nẵng")}
    # unless the sentence told the venue first: the consulate only co-organises there
    text = ("Ngày 2/6, tại thành phố Quy Nhơn, UBND tỉnh Bình Định phối hợp với Tổng Lãnh sự quán Nhật Bản tại Đà "
            "Nẵng tổ chức Hội nghị Kết nối doanh nghiệp Bình Định - Nhật Bản năm 2026.")
    assert held_in(text) == {("Hội nghị Kết nối doanh nghiệp Bình Định - Nhật Bản năm 2026", "Quy Nhơn")}


def test_the_venue_of_a_meeting_is_not_the_festival_its_guests_attend():
    text = ("Tối 8/4, tại Khách sạn Mường Thanh Vinh, UBND tỉnh Nghệ An tổ chức chương trình gặp mặt các đoàn khách "
            "quốc tế tham dự Lễ hội Làng Sen năm 2026.")
    assert ("Lễ hội Làng Sen năm 2026", "Khách sạn Mường Thanh Vinh") not in held_in(text)
    # guests attending right where it is organised: the venue is the festival's
    text = "Tối 8/4, tại Quảng trường Hồ Chí Minh, hàng nghìn du khách tham dự Lễ hội Làng Sen năm 2026."
    assert held_in(text) == {("Lễ hội Làng Sen năm 2026", "Quảng trường Hồ Chí Minh")}


def test_a_festival_named_before_an_aside_and_its_verb_is_held_at_the_venue_after():
    text = ("Phát biểu tại lễ khai mạc lễ hội hoa Đà Lạt lần thứ 10 (tên tiếng Anh là Dalat Flower Festival) diễn ra "
            "tại quảng trường Lâm Viên, tỉnh Lâm Đồng tối 20-12, ông Trần Văn Minh cho biết.")
    # the opening ceremony named in lower case is the event held there (its festival is its whole)
    assert held_in(text) == {("lễ khai mạc lễ hội hoa Đà Lạt lần thứ 10", "quảng trường Lâm Viên")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Festival Biển Quy Nhơn - Bình Định 2026 diễn ra từ ngày 10 đến 12/6.", {("Festival Biển Quy Nhơn - Bình Định 2026", "Bình Định")}),
        ("Lễ hội Cà phê Buôn Ma Thuột lần thứ 9 thu hút đông du khách.", {("Lễ hội Cà phê Buôn Ma Thuột lần thứ 9", "Buôn Ma Thuột")}),
        # held elsewhere, as the article says
        ("Lễ hội Văn hóa Quảng Nam 2026 tại Hà Nội khai mạc. Lễ hội Văn hóa Quảng Nam 2026 thu hút đông du khách.",
         {("Lễ hội Văn hóa Quảng Nam 2026", "Hà Nội")}),
        # a bare district name in a festival's name is a person's
        ("Lễ hội Nữ tướng Lê Chân thu hút đông du khách.", set()),
        # a culture week is not named after the town that holds it
        ("Tuần Văn hóa Cà Mau 2026 thu hút đông du khách.", set()),
        # a Vietnamese district's namesake abroad is no Vietnamese town
        ("Đoàn đại biểu huyện Phú Ninh (Trung Quốc) dự Lễ hội Hoa đào huyện Phú Ninh 2026.", set()),
        ("Lễ hội Hoa đào huyện Phú Ninh 2026 thu hút đông du khách.", {("Lễ hội Hoa đào huyện Phú Ninh 2026", "Phú Ninh")}),
        # the series, with neither year nor edition nor days, is held nowhere in particular
        ("Sau 8 kỳ tổ chức, Festival Huế đã trở thành điểm hẹn văn hóa của du khách.", set()),
        ("Đầu năm 2027, tỉnh sẽ đón đoàn bạn sang dự Lễ hội Cà phê Buôn Ma Thuột.", set()),
        # a bare name given its days is this year's edition
        ("Năm nay, Festival Huế diễn ra từ ngày 6 đến 11/6 với nhiều hoạt động.", {("Festival Huế", "Thừa Thiên Huế")}),
    ],
)
def test_a_festival_named_after_its_town_is_held_there(text, expected):
    assert held_in(text) == expected


def test_a_district_named_with_its_province_hosts_the_gathering_it_holds():
    text = "Sáng 2/9, huyện Nghi Lộc, tỉnh Nghệ An long trọng tổ chức gặp mặt kỷ niệm 80 năm Ngày Quốc khánh."
    assert held_in(text) == {("gặp mặt kỷ niệm 80 năm Ngày Quốc khánh", "Nghi Lộc")}
    # 'gặp mặt' told as a verb is no event
    assert facts_of("Sáng 2/9, hai bên đã gặp mặt và trao đổi về hợp tác.") == set()


def test_a_ceremony_is_part_of_the_event_it_opens_or_closes():
    text = "Tối 10/6, Lễ khai mạc Festival Biển Quy Nhơn 2026 diễn ra tại quảng trường Nguyễn Tất Thành."
    parts = {(s, o) for s, r, o in facts_of(text) if r == "partOf"}
    assert parts == {("Lễ khai mạc Festival Biển Quy Nhơn 2026", "Festival Biển Quy Nhơn 2026")}
    text = "Sáng 5/2, Phiên bế mạc Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XX diễn ra tại Trung tâm Hội nghị tỉnh."
    congress = "Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XX"
    facts = facts_of(text)
    assert (f"Phiên bế mạc {congress}", "partOf", congress) in facts
    assert (congress, "endDate", dt.date(2025, 2, 5)) in facts
    # an event that only names another is no part of it
    text = "Tối 10/6, Hội nghị tổng kết Festival Biển Quy Nhơn 2026 diễn ra tại thành phố Quy Nhơn."
    assert not any(r == "partOf" for _, r, _ in facts_of(text))


def test_a_celebration_with_no_year_written_is_dated_in_the_year_its_span_closes():
    text = ("Sáng 12/5, tại Quảng trường tỉnh, tỉnh Quảng Trị tổ chức Lễ kỷ niệm 50 năm Ngày giải phóng tỉnh "
            "Quảng Trị (1/5/1972 - 1/5/2022).")
    assert dates_of(text, published=None) == {("Lễ kỷ niệm 50 năm Ngày giải phóng tỉnh Quảng Trị", "startDate", dt.date(2022, 5, 12))}
    # an event that celebrates nothing takes no year from a span beside it
    text = "Sáng 12/5, tỉnh Quảng Trị tổ chức Hội nghị tổng kết công tác (1/5/1972 - 1/5/2022)."
    assert dates_of(text, published=None) == set()


def test_a_bare_opening_ceremony_opens_the_festival_the_article_reports_on():
    text = ("Lễ hội Hoa Sen Đồng Tháp 2025 diễn ra từ ngày 10 đến 15/6. Lễ khai mạc lúc 20h ngày 10/6 tại Quảng "
            "trường Văn Miếu. Lễ bế mạc diễn ra tối 15/6.")
    facts = facts_of(text)
    festival = "Lễ hội Hoa Sen Đồng Tháp 2025"
    assert {(s, o) for s, r, o in facts if r == "partOf"} == {
        (f"Lễ khai mạc {festival}", festival), (f"Lễ bế mạc {festival}", festival)}
    # the ceremony's venue, after the hour it begins, is the ceremony's
    assert (f"Lễ khai mạc {festival}", "Quảng trường Văn Miếu") in held_in(text)
    assert (festival, "Quảng trường Văn Miếu") not in held_in(text)
    # with no festival reported on, a bare ceremony stays unnamed
    assert facts_of("Lễ khai mạc lúc 20h ngày 10/6 tại Quảng trường Văn Miếu.") == set()


@pytest.mark.parametrize("ceremony", ["Lễ khai mạc lễ hội", "Lễ khai mạc Lễ hội"])
def test_a_ceremony_of_a_bare_head_is_the_ceremony_of_the_event_named_before(ceremony):
    text = (f"Đoàn đến Đồng Tháp để dự Lễ hội Hoa Sen Đồng Tháp 2025, diễn ra từ ngày 10 đến 15/6. {ceremony} sẽ được "
            "tổ chức vào tối 10/6 tại Quảng trường Văn Miếu.")
    festival = "Lễ hội Hoa Sen Đồng Tháp 2025"
    facts = facts_of(text)
    assert (f"Lễ khai mạc {festival}", "startDate", dt.date(2025, 6, 10)) in facts
    assert (f"Lễ khai mạc {festival}", "Quảng trường Văn Miếu") in held_in(text)
    assert (festival, "Quảng trường Văn Miếu") not in held_in(text)
    assert not any(s == "Lễ khai mạc Lễ hội" for s, _, _ in facts)


def test_a_place_inside_a_closed_aside_is_not_the_next_events():
    text = "Lễ hội Sông nước Cà Mau 2025 gồm nhiều hoạt động (Triển lãm ảnh, Đua ghe tại huyện Cái Nước) và Lễ Bế mạc."
    assert not any(o == "Cái Nước" and "bế mạc" in s.lower() for s, o in held_in(text))


def _dates_with_url(text, url):
    doc = Document("t", text, url=url)
    return {(f.subject.label, f.relation, f.object) for f in extract(doc).facts if f.relation in ("startDate", "endDate")}


def test_a_page_with_no_date_is_dated_by_the_month_folder_of_its_address():
    text = "Sáng 27/10, tại thành phố Lào Cai, Hội nghị hợp tác thương mại biên giới Lào Cai - Vân Nam diễn ra."
    event = "Hội nghị hợp tác thương mại biên giới Lào Cai - Vân Nam"
    assert _dates_with_url(text, "https://baolaocai.vn/kinh-te/201910/hoi-nghi-hop-tac-5601234") == {
        (event, "startDate", dt.date(2019, 10, 27))}
    assert _dates_with_url(text, "https://baolaocai.vn/kinh-te/hoi-nghi-hop-tac-post201910.html") == set()  # a post number
    # a blog files its posts under year and month folders
    assert _dates_with_url(text, "https://tinbiengioi.blogspot.com/2019/10/hoi-nghi-hop-tac.html") == {
        (event, "startDate", dt.date(2019, 10, 27))}
    assert _dates_with_url(text, "https://baolaocai.vn/anh/2019/1234-hoi-nghi.html") == set()  # no month folder


def test_the_year_an_event_is_named_with_beats_the_month_folder_of_its_address():
    text = "Tối 28/12, Festival Hoa Đà Lạt lần thứ X - 2024 khai mạc tại Quảng trường Lâm Viên."
    dates = _dates_with_url(text, "https://baolamdong.vn/van-hoa/202612/nhin-lai-festival-hoa-3381234")
    assert ("Festival Hoa Đà Lạt lần thứ X - 2024", "startDate", dt.date(2024, 12, 28)) in dates


def test_a_congress_or_a_terms_first_session_is_held_in_the_terms_first_year():
    congress = "Sáng 14/10, Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX, nhiệm kỳ 2020 - 2025 đã chính thức khai mạc."
    assert ("Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX", "startDate", dt.date(2020, 10, 14)) in dates_of(congress, published=None)
    session = "Ngày 22/6, HĐND tỉnh Bắc Kạn khóa IX, nhiệm kỳ 2016 - 2021 đã họp kỳ thứ nhất."
    assert {d for _, _, d in dates_of(session, published=None)} == {dt.date(2016, 6, 22)}
    later = "Sáng 5/12, Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Nam lần thứ 8, nhiệm kỳ 2020 - 2025 diễn ra."
    assert dates_of(later, published=None) == set()  # any year of the term


def test_a_session_is_held_where_the_clause_opens_and_dated_by_the_day_after_it():
    text = "Sáng 9/5, tại tỉnh Bắc Ninh, ông Sato Ken đã có buổi hội đàm với ông Trần Văn Lâm, Chủ tịch UBND tỉnh."
    assert held_in(text) == {("Buổi hội đàm", "Bắc Ninh")}
    assert dates_of(text) == {("Buổi hội đàm", "startDate", dt.date(2025, 5, 9))}
    text = "Căn cứ nội dung thống nhất tại buổi hội đàm ngày 9/5, hai thành phố đã phối hợp tổ chức sự kiện."
    assert dates_of(text) == {("Buổi hội đàm", "startDate", dt.date(2025, 5, 9))}


def test_a_diplomats_seat_is_not_where_the_diplomats_talks_are_held():
    text = ("Ông Sato Ken, Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh đã đến thăm tỉnh Bình Thuận và có buổi "
            "hội đàm với lãnh đạo tỉnh.")
    assert not any(s == "Buổi hội đàm" for s, _ in held_in(text))


def test_a_signing_told_by_its_verb_is_held_where_its_clause_opens():
    text = ("Ngày 5/6, tại thủ đô Viêng Chăn, ông Trần Văn Bình, Chủ tịch UBND tỉnh Quảng Trị và ông Khamphan Vong, "
            "Tỉnh trưởng tỉnh Savannakhet đã ký kết Biên bản ghi nhớ về việc xây dựng trường học tại tỉnh Savannakhet.")
    signing = "ký kết Biên bản ghi nhớ về việc xây dựng trường học"
    # the place after the text signed is what the text is about, not where it is signed
    assert held_in(text) == {(signing, "Thủ đô Viêng Chăn")}
    assert (signing, "startDate", dt.date(2025, 6, 5)) in dates_of(text)


def test_the_end_of_a_guests_trip_is_not_the_end_of_the_event_they_attended():
    text = ("Tối 29/1, Đoàn đại biểu tỉnh Vân Nam đã về nước, kết thúc tốt đẹp chuyến tham dự Chương trình giao lưu "
            "văn nghệ chào Xuân năm 2026 tại tỉnh Lào Cai.")
    assert dates_of(text, dt.date(2026, 1, 30)) == set()
    # the event's own closing stays
    text = "Tối 29/1, Chương trình giao lưu văn nghệ chào Xuân năm 2026 đã kết thúc tại tỉnh Lào Cai."
    assert dates_of(text, dt.date(2026, 1, 30)) == {
        ("Chương trình giao lưu văn nghệ chào Xuân năm 2026", "endDate", dt.date(2026, 1, 29))}


def test_a_national_title_told_short_keeps_the_country_said_before():
    """The country said once with a foreign leader's titles qualifies them told short later."""
    text = ("Hội đàm có sự chứng kiến của Tổng Bí thư, Chủ tịch nước Lào Bun-mi Xổm-phu. "
            "Chuyến thăm diễn ra theo lời mời của Tổng Bí thư, Chủ tịch nước Bun-mi Xổm-phu.")
    assert offices_of(text) == {("Bun-mi Xổm-phu", "Tổng Bí thư Đảng Nhân dân Cách mạng Lào"),
                                ("Bun-mi Xổm-phu", "Chủ tịch nước Lào")}


def test_a_body_named_after_a_foreign_country_is_that_countrys():
    text = ("Ngày 3/5 tại Đà Nẵng, lãnh đạo thành phố tiếp đoàn do ông Khăm-lạ Vông-xay, Chủ tịch Ủy ban "
            "Hòa bình và Đoàn kết Lào dẫn đầu.")
    assert offices_of(text) == {("Khăm-lạ Vông-xay", "Chủ tịch Ủy ban Hòa bình và Đoàn kết Lào")}
    # a friendship body of two countries may be any province's, but with no unit word after it and no side
    # that names one, it takes no place from the scene (the national association meets anywhere)
    text = "Tại Đà Nẵng, bà Lê Thị Thu, Chủ tịch Hội Hữu nghị Việt Nam - Lào dự lễ."
    assert offices_of(text) == set()
    text = "Tại Đà Nẵng, bà Lê Thị Thu, Chủ tịch Hội Hữu nghị Việt Nam - Lào thành phố dự lễ."
    assert ("Lê Thị Thu", "Chủ tịch Hội Hữu nghị Việt Nam - Lào thành phố Đà Nẵng") in offices_of(text)


def test_a_delegation_of_a_numbered_constituency_is_no_provinces():
    text = ("Đoàn công tác tỉnh Champasak do đồng chí Bun-thăn Xay-nha-vông - Trưởng đoàn ĐBQH khu vực bầu cử số 9, "
            "Chủ tịch HĐND tỉnh Champasak làm Trưởng đoàn.")
    assert offices_of(text) == {("Bun-thăn Xay-nha-vông", "Chủ tịch HĐND tỉnh Chăm-pa-sắc")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the role's "ban" and the body's "Ban": one body, the same office as "Trưởng ban Tuyên giáo"
        ("Dự có ông Lò Văn Sáu, Phó Trưởng ban Ban Tuyên giáo Tỉnh ủy Sơn La.",
         {("Lò Văn Sáu", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy Sơn La")}),
        ("Dự có bà Vi Thị Bảy, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy Lạng Sơn.",
         {("Vi Thị Bảy", "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy Lạng Sơn")}),
        # a steering board named by its head words alone: whose, the text does not say
        ("Tại Huế, ông Hồ Văn Tám, Chủ tịch UBND tỉnh Thừa Thiên Huế, Trưởng ban Ban chỉ đạo dự.",
         {("Hồ Văn Tám", "Chủ tịch UBND tỉnh Thừa Thiên Huế")}),
    ],
)
def test_a_head_of_a_ban_named_after_the_role(text, expected):
    assert offices_of(text) == expected


def start_dates(text, published=dt.date(2025, 5, 20)):
    return {(s, o) for s, _, o in facts_of(text, published=published, relation="startDate")}


def test_the_day_remembered_in_brackets_is_not_the_ceremonys():
    text = ("Tối 9-5, tại Hà Nội diễn ra lễ kỷ niệm Ngày sinh Chủ tịch Cay-xỏn Phôm-vi-hản (13-12-1920) "
            "với sự tham dự của đông đảo bà con.")
    assert {o for _, o in start_dates(text)} == {dt.date(2025, 5, 9)}


def test_a_head_date_told_before_the_venue_dates_the_event_after_it():
    text = "Tối 18.5 tại Quảng trường Lâm Viên (TP Đà Lạt, tỉnh Lâm Đồng) đã diễn ra Lễ khai mạc Festival Hoa Đà Lạt."
    assert {o for _, o in start_dates(text)} == {dt.date(2025, 5, 18)}


def test_talks_joined_to_a_visit_are_held_where_the_sentence_opens():
    # "đến thăm và hội đàm với …": the verb of the talks after a visit's tells them taking place
    text = ("Ngày 14/4, tại thị xã Sầm Nưa, tỉnh Hủa Phăn, Đoàn đại biểu tỉnh Thanh Hóa do ông Lê Văn Hùng làm "
            "Trưởng đoàn đã đến thăm và hội đàm với lãnh đạo tỉnh Hủa Phăn.")
    facts = facts_of(text)
    assert ("Hội đàm", "heldIn", "Sầm Nưa") in facts
    assert ("Hội đàm", "startDate", dt.date(2025, 4, 14)) in facts


def test_a_side_marker_later_in_the_sentence_is_not_the_hosts():
    # the guests' province, named after the hosts' titles, does not qualify them: the article's does
    text = ("Sáng 3-4, tại trụ sở UBND tỉnh, Phó Chủ tịch HĐND tỉnh Lê Thị Hoa đã tiếp Đoàn đại biểu tỉnh "
            "Kampot (Vương quốc Campuchia) do ông Sok Dara - Ủy viên Hội đồng tỉnh làm trưởng đoàn. "
            "Đoàn cảm ơn lãnh đạo tỉnh Kiên Giang.")
    offices = offices_of(text)
    assert ("Lê Thị Hoa", "Phó Chủ tịch HĐND tỉnh Kiên Giang") in offices
    assert ("Sok Dara", "Ủy viên Hội đồng tỉnh Kampot") in offices


def test_an_event_held_in_our_province_is_held_in_the_articles_province():
    # provincial papers call their own province "tỉnh ta": the article's province
    text = ("Lãnh đạo tỉnh Yên Bái đánh giá cao kết quả hợp tác. Nội dung trên được thống nhất tại cuộc hội đàm "
            "giữa Thường trực HĐND tỉnh Yên Bái với Đoàn đại biểu tỉnh Luông Nặm Thà diễn ra tại tỉnh ta tháng 5/2024.")
    held = {(s, o) for s, r, o in facts_of(text) if r == "heldIn"}
    assert ("hội đàm giữa Thường trực HĐND tỉnh Yên Bái với Đoàn đại biểu tỉnh Luông Nặm Thà", "Yên Bái") in held
    # … no province of its own, no place
    assert not {r for s, r, o in facts_of("Hội nghị diễn ra tại tỉnh ta tháng 5/2024.") if r == "heldIn"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # two places of one level after one "tại": held in both
        ("Tuần Văn hóa Lào năm 2025 diễn ra từ ngày 10 đến ngày 14/11 tại Thành phố Hồ Chí Minh và thành phố Cần Thơ.",
         {("Tuần Văn hóa Lào năm 2025", "Thành phố Hồ Chí Minh"), ("Tuần Văn hóa Lào năm 2025", "Cần Thơ")}),
        ("Ngày hội Văn hóa Việt Nam năm 2025 được tổ chức tại tỉnh Gunma và tỉnh Saitama.",
         {("Ngày hội Văn hóa Việt Nam năm 2025", "Gunma"), ("Ngày hội Văn hóa Việt Nam năm 2025", "Saitama")}),
        # a country after a province is no second place of the same level
        ("Hội nghị Xúc tiến đầu tư năm 2025 được tổ chức tại tỉnh Gunma và Việt Nam cùng tham gia.",
         {("Hội nghị Xúc tiến đầu tư năm 2025", "Gunma")}),
    ],
)
def test_two_places_joined_after_one_tai_both_hold_the_event(text, expected):
    assert held_in(text) == expected


def test_the_place_presiding_over_organising_an_event_holds_it():
    text = "Ngày 12/4, tỉnh Cao Bằng đã chủ trì tổ chức Hội nghị thường niên lần thứ 5 giữa Bí thư Tỉnh ủy các tỉnh biên giới."
    assert held_in(text) == {("Hội nghị thường niên lần thứ 5 giữa Bí thư Tỉnh ủy các tỉnh biên giới", "Cao Bằng")}
    # a place co-organising it says nothing of where it is held
    text = "Ngày 12/4, tỉnh Cao Bằng đã phối hợp tổ chức Hội nghị thường niên lần thứ 5 giữa Bí thư Tỉnh ủy các tỉnh biên giới."
    assert held_in(text) == set()


def test_the_days_of_a_trip_do_not_date_the_event_attended_on_it():
    text = "Từ ngày 4-7/6/2025, Phó Thủ tướng Lê Minh Khang thăm tỉnh Vân Nam và dự Hội chợ Nam Á lần thứ 9 tại Côn Minh."
    facts = facts_of(text)
    assert not any(s == "Hội chợ Nam Á lần thứ 9" and r in ("startDate", "endDate") for s, r, _ in facts)
    # an event opening on the days told is still dated by them
    text = "Từ ngày 4-7/6/2025, Hội chợ Nam Á lần thứ 9 diễn ra tại Côn Minh."
    assert ("Hội chợ Nam Á lần thứ 9", "startDate", dt.date(2025, 6, 4)) in facts_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đúng 10 giờ ngày 5-11 (giờ địa phương), chuyên cơ chở Thủ tướng Lê Minh Khang đã tới sân bay quốc tế "
        "Vientiane, bắt đầu chuyến công tác tham dự Hội nghị Cấp cao ASEAN lần thứ 44.",
        "Chiều 12/3, đoàn đại biểu tỉnh Quảng Ninh do ông Trần Văn An dẫn đầu đã đến thành phố Nam Ninh, bắt đầu "
        "chuyến thăm và tham dự Hội chợ Trung Quốc - ASEAN lần thứ 20.",
    ],
)
def test_the_day_a_trip_begins_does_not_date_the_event_it_goes_to_attend(text):
    facts = facts_of(text, published=dt.date(2024, 3, 12))
    assert not any(r in ("startDate", "endDate") for _, r, _ in facts)


def test_an_event_attended_on_the_day_told_is_still_dated_by_it():
    text = "Sáng 12/3, Thủ tướng Lê Minh Khang dự Hội nghị Cấp cao ASEAN lần thứ 44 tại Vientiane."
    assert ("Hội nghị Cấp cao ASEAN lần thứ 44", "startDate", dt.date(2024, 3, 12)) in facts_of(text, published=dt.date(2024, 3, 12))


def test_the_destination_of_a_trip_is_not_the_venue_of_an_event_told_after():
    text = ("Để chuyến công tác của đoàn tỉnh An Giang tại Nhật Bản thành công, ông Trần Văn Lực đề nghị "
            "Đại sứ quán hỗ trợ tỉnh tổ chức hội thảo kết nối doanh nghiệp.")
    assert ("hội thảo kết nối doanh nghiệp", "Nhật Bản") not in held_in(text)
    # a venue opening the sentence still holds it
    text = "Sáng 5/3, tại Nhật Bản, tỉnh An Giang tổ chức hội thảo kết nối doanh nghiệp."
    assert held_in(text) == {("hội thảo kết nối doanh nghiệp", "Nhật Bản")}


def test_the_place_of_an_earlier_event_does_not_hold_a_later_one():
    text = ("Sau Lễ khai mạc Hội chợ Nông sản tại Quảng trường Ba Đình, Bộ trưởng Trần Văn Lực "
            "dự Hội thảo xúc tiến thương mại nông sản.")
    assert ("Hội thảo xúc tiến thương mại nông sản", "Quảng trường Ba Đình") not in held_in(text)


def test_a_person_written_with_a_middle_initial_is_labelled_without_it_and_known_by_both():
    doc = Document("t", "Ngày 5/3/2024, lãnh đạo tỉnh Lạng Sơn tiếp ông Daniel J. Whitmore, Đại sứ Hoa Kỳ tại Việt Nam.")
    person = next(f.subject for f in extract(doc).facts if f.relation == "holdsOffice")
    assert (person.label, person.alt_labels) == ("Daniel Whitmore", frozenset({"Daniel J. Whitmore"}))


def test_a_delegation_of_an_unnamed_province_after_another_side_gives_its_leader_no_place():
    # the guests' region is named first; "Đoàn đại biểu tỉnh" is the page's own, unnamed province
    # (a rare family name, "Quản", whose bearer the rules cannot tell from a guest)
    text = ("Nhân dịp Đoàn đại biểu tỉnh Vân Nam (Trung Quốc) dự Hội nghị hợp tác tại Lào Cai, chiều 3/3, Đoàn đại biểu "
            "tỉnh do đồng chí Quản Văn Hưng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh làm trưởng đoàn hội kiến ông Lý Minh.")
    assert not any(s == "Quản Văn Hưng" for s, _ in offices_of(text))


def test_a_delegation_of_the_city_alone_in_its_sentence_is_the_articles():
    text = ("Thành phố Hải Phòng ký bản ghi nhớ với thành phố Kobe. Ngày 3/3, đoàn công tác của thành phố do Phó Chủ tịch "
            "UBND thành phố Trần Minh Đức làm trưởng đoàn đã làm việc tại Kobe.")
    assert ("Trần Minh Đức", "Phó Chủ tịch UBND thành phố Hải Phòng") in offices_of(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a counsellor of a field, then the mission: the rank serves in the embassy
        ("Ông Lê Văn Nam, Phó Chủ tịch UBND tỉnh Cà Mau tiếp ông John Carter, Tham tán Kinh tế, Đại sứ quán Úc tại Việt Nam.",
         ("John Carter", "Tham tán Kinh tế Đại sứ quán Australia tại Việt Nam")),
        ("Ông Lê Văn Nam, Phó Chủ tịch UBND tỉnh Cà Mau tiếp ông John Carter, Tham tán, Đại sứ quán Úc tại Việt Nam.",
         ("John Carter", "Tham tán Đại sứ quán Australia tại Việt Nam")),
        # after a rank, the consul general's title stands for the consulate: no consul general here
        ("Ông Lê Văn Nam tiếp ông Park Min-jun, Tham tán thương mại, Tổng lãnh sự Hàn Quốc tại TP Hồ Chí Minh.",
         ("Park Min-jun", "Tham tán Thương mại Tổng Lãnh sự quán Hàn Quốc tại Thành phố Hồ Chí Minh")),
    ],
)
def test_a_counsellor_serves_in_the_mission_named_after_the_rank(text, expected):
    found = offices_of(text)
    assert expected in found
    assert not any(s == expected[0] and o.startswith("Tổng Lãnh sự") for s, o in found)


def test_a_list_of_posts_opened_by_giu_chuc_reads_lam_and_bau_lai_as_appointments():
    text = ("HĐND tỉnh Quảng Trị khóa mới họp phiên đầu tiên. Ông Hồ Văn Tâm giữ chức chủ tịch HĐND tỉnh; bà Lê Thị Mai "
            "làm phó chủ tịch HĐND tỉnh; ông Trương Quốc Bảo được bầu lại chức chủ tịch UBND tỉnh.")
    found = offices_of(text)
    assert ("Lê Thị Mai", "Phó Chủ tịch HĐND tỉnh Quảng Trị") in found
    assert ("Trương Quốc Bảo", "Chủ tịch UBND tỉnh Quảng Trị") in found


def test_lam_without_a_verb_of_appointing_is_no_appointment():
    text = "Tại tỉnh Quảng Trị, ông Hồ Văn Tâm nhớ lại thời bà Lê Thị Mai làm phó chủ tịch HĐND tỉnh."
    assert not any(s == "Lê Thị Mai" for s, _ in offices_of(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a full name, "Ông/Bà + last given name" is that person
        (
            "Ông Lưu Quang Khải, Phó Bí thư Tỉnh ủy Nghệ An, phát biểu tại hội nghị.\n\n"
            "Ông Khải được bổ nhiệm giữ chức Bí thư Tỉnh ủy Hà Tĩnh.",
            {("Lưu Quang Khải", "Phó Bí thư Tỉnh ủy Nghệ An"), ("Lưu Quang Khải", "Bí thư Tỉnh ủy Hà Tĩnh")},
        ),
        (
            "Bà Đàm Thị Chín - Phó Chủ tịch UBND tỉnh Cao Bằng phát biểu.\n\n"
            "Sau đó, bà Chín được bầu giữ chức Chủ tịch UBND tỉnh Cao Bằng.",
            {("Đàm Thị Chín", "Phó Chủ tịch UBND tỉnh Cao Bằng"), ("Đàm Thị Chín", "Chủ tịch UBND tỉnh Cao Bằng")},
        ),
        # two persons share the given name: whose, unknown
        (
            "Ông Lưu Quang Khải, Bí thư Tỉnh ủy Nghệ An, và ông Trần Văn Khải, Chủ tịch UBND tỉnh Nghệ An, dự họp.\n\n"
            "Ông Khải được bổ nhiệm giữ chức Bí thư Tỉnh ủy Hà Tĩnh.",
            {("Lưu Quang Khải", "Bí thư Tỉnh ủy Nghệ An"), ("Trần Văn Khải", "Chủ tịch UBND tỉnh Nghệ An")},
        ),
        # no full name seen before: no one
        ("Ông Khải được bổ nhiệm giữ chức Bí thư Tỉnh ủy Hà Tĩnh.", set()),
    ],
)
def test_a_short_name_stands_for_the_one_full_name_seen_before(text, expected):
    assert offices_of(text) == expected


def test_a_city_title_in_an_article_about_a_province_is_of_the_city_the_sentence_before_named():
    text = ("Thủ tướng phê chuẩn kết quả bầu Chủ tịch UBND tỉnh Bắc Giang đối với ông Lê Văn Hòa. Ông Trần Văn Nam, Phó "
            "Chủ tịch UBND tỉnh Bắc Giang cũng được phê chuẩn. Cụ thể, đối với Đà Nẵng, Thủ tướng phê chuẩn kết quả bầu "
            "Chủ tịch UBND thành phố Đà Nẵng đối với ông Đỗ Văn Minh. Thủ tướng cũng phê chuẩn kết quả bầu Phó Chủ tịch "
            "UBND thành phố đối với ông Lê Văn Khải và bà Nguyễn Thị Hạnh.")
    found = offices_of(text)
    assert {("Lê Văn Khải", "Phó Chủ tịch UBND thành phố Đà Nẵng"), ("Nguyễn Thị Hạnh", "Phó Chủ tịch UBND thành phố Đà Nẵng")} <= found
    # the sentence before named a province, not a city: whose city, unknown
    text = ("Ông Lê Văn Hòa, Chủ tịch UBND tỉnh Bắc Giang tiếp đoàn. Đoàn thăm Bắc Giang từ ngày 2/3. Ông Trần Văn Nam, "
            "Phó Chủ tịch UBND thành phố cùng dự.")
    assert offices_of(text) == {("Lê Văn Hòa", "Chủ tịch UBND tỉnh Bắc Giang")}


def test_a_hosting_handed_over_is_not_held_at_the_sentences_venue():
    text = ("Tại Lễ bế mạc Hội nghị Hợp tác du lịch lần thứ 5 (HTDL) khu vực sông Mê Công tại Luang Prabang (Lào), "
            "Chủ tịch UBND tỉnh Lê Văn An nhận cờ luân phiên đăng cai tổ chức Hội nghị Hợp tác du lịch lần thứ 6 "
            "khu vực sông Mê Công năm 2026.")
    held = {(s, o) for s, _, o in facts_of(text, relation="heldIn")}
    assert not any("lần thứ 6" in s for s, _ in held)
    # the host told as the clause's subject still holds what it hosts
    text = "Tại Hà Nội, Việt Nam đăng cai tổ chức Hội nghị Hợp tác du lịch lần thứ 6 khu vực sông Mê Công."
    assert ("Hội nghị Hợp tác du lịch lần thứ 6 khu vực sông Mê Công", "Hà Nội") in {
        (s, o) for s, _, o in facts_of(text, relation="heldIn")}


def test_an_office_and_a_partnership_of_a_foreign_city_generated_from_geonames():
    office = "Chủ tịch UBND tỉnh Nghệ An tiếp ông Sato Kenji, Thị trưởng thành phố Izumisano (Nhật Bản)."
    assert ("Sato Kenji", "Thị trưởng thành phố Izumisano") in offices_of(office)
    signed = "Tỉnh Bà Rịa - Vũng Tàu và thành phố Toowoomba (Australia) đã ký kết biên bản ghi nhớ hợp tác."
    assert ("Bà Rịa - Vũng Tàu", "partnersWith", "Toowoomba") in facts_of(signed)
    county = "Tỉnh Bắc Giang và huyện Haenam (Hàn Quốc) đã ký kết thỏa thuận hợp tác hữu nghị."
    assert ("Bắc Giang", "partnersWith", "Haenam") in facts_of(county)


def test_a_latin_city_name_without_its_unit_word_is_no_place():
    # "Darwin" and "Iloilo" are GeoNames cities, but only "thành phố Darwin" names one
    text = "Ông Darwin Lê, Giám đốc Sở Ngoại vụ tỉnh Khánh Hòa, làm việc với đoàn Iloilo và Hoa Binh."
    assert facts_of(text) == {("Darwin Lê", "holdsOffice", "Giám đốc Sở Ngoại vụ tỉnh Khánh Hòa")}


def test_a_border_post_is_a_venue():
    text = ("Ngày 12/8, tại Đồn Biên phòng Cửa khẩu Lao Bảo (xã Lao Bảo, tỉnh Quảng Trị), UBND tỉnh Quảng Trị và "
            "Chính quyền tỉnh Savannakhet đã tổ chức hội đàm về công tác quản lý biên giới.")
    assert ("Hội đàm", "Đồn Biên phòng Cửa khẩu Lao Bảo") in held_in(text)


def test_a_bare_buoi_le_refers_back_to_the_last_ceremony():
    text = ("Sáng 3/4, UBND huyện Kỳ Sơn tổ chức Lễ kết nghĩa các cặp bản hai bên biên giới. "
            "Buổi lễ diễn ra tại Cửa khẩu Nậm Cắn.")
    assert held_in(text) == {("Lễ kết nghĩa", "Cửa khẩu Nậm Cắn")}
    # a festival lasts days: the ceremony told after it is not the festival
    text = "Tỉnh Nghệ An tổ chức Lễ hội Làng Sen năm 2025. Buổi lễ diễn ra tại Quảng trường Hồ Chí Minh."
    assert not any(o == "Quảng trường Hồ Chí Minh" for _, o in held_in(text))


@pytest.mark.parametrize("tail", [
    "Ban tổ chức là UBND thành phố; các hoạt động kéo dài đến hết ngày 14/7.",
    "Các hoạt động sẽ kéo dài tới hết ngày 14/7.",
    "Sự kiện kéo dài đến hết ngày 14/7.",
    "Sự kiện diễn ra từ ngày 10 đến 14/7 với 50 gian hàng.",
    "Chương trình diễn ra từ 10 đến 14/7, nhân kỷ niệm 63 năm quan hệ ngoại giao hai nước.",
])
def test_the_activities_of_the_event_just_opened_last_until_the_day_told(tail):
    text = "Tối 10/7, tại Quảng trường 2/4, Tuần lễ Văn hóa Lào năm 2025 chính thức khai mạc. " + tail
    facts = facts_of(text, published=dt.date(2025, 7, 11))
    assert ("Tuần lễ Văn hóa Lào năm 2025", "endDate", dt.date(2025, 7, 14)) in facts


def test_activities_lasting_with_no_one_event_opened_before_end_nothing():
    text = ("Tối 10/7, Tuần lễ Văn hóa Lào năm 2025 và Hội chợ Thương mại Việt - Lào năm 2025 khai mạc. "
            "Các hoạt động kéo dài đến hết ngày 14/7.")
    assert not facts_of(text, published=dt.date(2025, 7, 11), relation="endDate")
    # an opening ceremony opens its event: the event lasts, not the ceremony
    text = ("Tối 10/7, tại Quảng trường 2/4, tỉnh Nghệ An tổ chức Lễ khai mạc Tuần lễ Văn hóa Lào năm 2025. "
            "Chương trình diễn ra từ 10 đến 14/7.")
    facts = facts_of(text, published=dt.date(2025, 7, 11), relation="endDate")
    assert ("Tuần lễ Văn hóa Lào năm 2025", "endDate", dt.date(2025, 7, 14)) in facts
    assert not any(s.startswith("Lễ khai mạc") and o == dt.date(2025, 7, 14) for s, _, o in facts)
    text = "Tỉnh Nghệ An trao quà cho học sinh. Các hoạt động kéo dài đến hết ngày 14/7."
    assert not facts_of(text, published=dt.date(2025, 7, 11), relation="endDate")


def test_a_second_venue_joined_after_the_places_the_first_lies_in():
    text = ("Lễ hội Văn hóa Nhật Bản năm 2025 diễn ra từ ngày 4 đến 6/10 tại Quảng trường Lam Sơn thuộc phường Điện Biên, "
            "thành phố Thanh Hóa, và Trường Đại học Hồng Đức (cơ sở 1, phường Đông Vệ).")
    held = held_in(text)
    assert ("Lễ hội Văn hóa Nhật Bản năm 2025", "Quảng trường Lam Sơn") in held
    assert ("Lễ hội Văn hóa Nhật Bản năm 2025", "Trường Đại học Hồng Đức") in held
    # a venue-like name followed by its verb is the sentence's next subject, not a venue
    text = ("Lễ hội Văn hóa Nhật Bản năm 2025 diễn ra tại Quảng trường Lam Sơn, thành phố Thanh Hóa và "
            "Trường Đại học Hồng Đức tổ chức tọa đàm về du học.")
    assert not any(o == "Trường Đại học Hồng Đức" for _, o in held_in(text))


def test_the_event_framing_what_the_sentence_before_told_is_held_there_that_day():
    text = ("Sáng 12.3, tại P.Rạch Giá, lãnh đạo UBND tỉnh An Giang và tỉnh Kampot đã ký biên bản hợp tác về thương mại. "
            "Lễ ký diễn ra trong khuôn khổ Hội nghị gặp gỡ, ký kết hợp tác An Giang - Kampot năm 2025 do UBND tỉnh chủ trì.")
    facts = facts_of(text)
    event = "Hội nghị gặp gỡ, ký kết hợp tác An Giang - Kampot năm 2025"
    assert (event, "heldIn", "Rạch Giá") in facts
    assert (event, "startDate", dt.date(2025, 3, 12)) in facts
    # a festival lasts days: in the town, not at the venue of its part, and on no day
    text = ("Tối 12/3, tại Nhà hát Lớn Hà Nội, hai bên đã ký biên bản hợp tác văn hóa. "
            "Sự kiện diễn ra trong khuôn khổ Lễ hội Văn hóa Pháp năm 2025.")
    facts = {(s, r, o) for s, r, o in facts_of(text) if s == "Lễ hội Văn hóa Pháp năm 2025"}
    assert not any(r in ("heldIn", "startDate") for _, r, _ in facts)


def test_a_frame_with_no_scene_in_the_sentence_before_gets_nothing_from_it():
    text = ("Hai bên đã ký biên bản hợp tác về thương mại tại Hà Nội ngày 12/3. "
            "Lễ ký diễn ra trong khuôn khổ Hội nghị gặp gỡ, ký kết hợp tác An Giang - Kampot năm 2025.")
    facts = facts_of(text)
    assert not any(s.startswith("Hội nghị gặp gỡ") and r == "startDate" for s, r, _ in facts)


def test_a_second_act_after_a_comma_is_inside_the_events_name():
    text = "Ngày 5/3, UBND tỉnh tổ chức Hội nghị gặp gỡ, xúc tiến đầu tư Quảng Nam - Nhật Bản năm 2025 tại Hội An."
    assert ("Hội nghị gặp gỡ, xúc tiến đầu tư Quảng Nam - Nhật Bản năm 2025", "Hội An") in held_in(text)
    # a bare head's comma closes it
    text = "Tại Hội nghị, ký kết hợp tác Quảng Nam năm 2024 là ưu tiên."
    assert not any("ký kết" in s for s, _, _ in facts_of(text))


def test_a_joint_inspection_house_and_an_area_around_a_venue():
    text = ("Ngày 5/3, tại Nhà kiểm soát liên hợp Cửa khẩu quốc tế Hữu Nghị, phường Đồng Đăng, đã diễn ra Hội đàm "
            "giữa UBND tỉnh Lạng Sơn và Chính quyền thành phố Sùng Tả.")
    assert any(o == "Nhà kiểm soát liên hợp Cửa khẩu quốc tế Hữu Nghị" for _, o in held_in(text))
    # "khu vực" before a venue is dropped, as "khuôn viên" is
    text = ("Sáng 20.9, tại khu vực cửa khẩu quốc tế Lao Bảo (xã Tân Thành), UBND huyện Hướng Hóa tổ chức "
            "lễ kết nghĩa giữa các cặp thôn, bản dọc tuyến biên giới.")
    assert any(o == "cửa khẩu quốc tế Lao Bảo" for _, o in held_in(text))


def test_an_exhibitions_kind_and_quoted_title_are_its_name():
    text = 'Sáng 9/4, tại Bảo tàng Hà Nội, Sở Ngoại vụ khai mạc triển lãm ảnh "Hà Nội - Viêng Chăn: Tình hữu nghị".'
    assert held_in(text) == {('triển lãm ảnh "Hà Nội - Viêng Chăn: Tình hữu nghị"', "Bảo tàng Hà Nội")}


def test_a_second_act_after_the_first_acts_year_and_the_point_held_in_person():
    text = ("Sáng 8/1, Ban Thường vụ Tỉnh ủy Lào Cai tổ chức Hội nghị tổng kết công tác đối ngoại năm 2025, "
            "triển khai nhiệm vụ năm 2026. Hội nghị được tổ chức trực tiếp tại điểm cầu Hội trường Tỉnh ủy, "
            "phường Cam Đường và kết nối trực tuyến tới 99 điểm cầu xã, phường.")
    event = "Hội nghị tổng kết công tác đối ngoại năm 2025, triển khai nhiệm vụ năm 2026"
    assert held_in(text) == {(event, "Hội trường Tỉnh ủy")}
    # a bridge point not said to be where it is held in person is no venue
    text = "Hội nghị trực tuyến toàn quốc tổng kết công tác ngoại vụ năm 2025 được tổ chức tại điểm cầu Hội trường UBND tỉnh."
    assert not any(o.startswith("Hội trường") for _, o in held_in(text))


def test_a_venue_left_unnamed_is_held_in_the_place_it_is_in():
    text = ("Sáng 26/4, Hội thảo xúc tiến du lịch Sầm Sơn - Nam Ninh đã diễn ra tại một khách sạn trên địa bàn "
            "phường Trường Sơn với sự tham gia của 60 doanh nghiệp.")
    assert held_in(text) == {("Hội thảo xúc tiến du lịch Sầm Sơn - Nam Ninh", "phường Trường Sơn")}
    text = "Sáng 26/4, Hội thảo xúc tiến du lịch Đà Nẵng 2025 đã diễn ra tại một khách sạn ở thành phố Đà Nẵng."
    assert held_in(text) == {("Hội thảo xúc tiến du lịch Đà Nẵng 2025", "Đà Nẵng")}


def test_a_named_giao_ban_is_an_event_a_bare_one_is_not():
    text = "Chiều 28/7, tại thị trấn Hương Khê, huyện Hương Khê và huyện Khăm Cợt tổ chức giao ban hữu nghị năm 2025."
    assert held_in(text) == {("giao ban hữu nghị năm 2025", "Hương Khê")}
    text = "Hai huyện thống nhất tổ chức giao ban luân phiên mỗi năm một lần tại huyện Hương Khê."
    assert not held_in(text)


def test_here_is_the_venue_of_the_event_told_before():
    text = ("Sáng 12/3, tại Khách sạn Mường Thanh, thành phố Vinh, hai bên tiến hành Hội đàm. "
            "Ngay sau hội đàm, tại đây đã diễn ra Lễ ký kết Biên bản ghi nhớ hợp tác giữa tỉnh Nghệ An và tỉnh Bô-ly-khăm-xay.")
    held = {(s, o) for s, r, o in facts_of(text, relation="heldIn")}
    assert ("Lễ ký kết Biên bản ghi nhớ hợp tác giữa tỉnh Nghệ An và tỉnh Bô-ly-khăm-xay", "Khách sạn Mường Thanh") in held


@pytest.mark.parametrize(
    "second",
    [
        'Tối cùng ngày, tại quảng trường diễn ra chương trình nghệ thuật "Hà Giang - Vươn xa".',
        'Tối cùng ngày, chương trình nghệ thuật "Hà Giang - Vươn xa" được tổ chức tại quảng trường.',
    ],
)
def test_the_kind_of_the_venue_told_before_alone_is_that_venue(second):
    text = f"Sáng 29/9, Lễ kỷ niệm 25 năm tái lập tỉnh Hà Giang được tổ chức tại Quảng trường 26/3. {second}"
    assert ('chương trình nghệ thuật "Hà Giang - Vươn xa"', "Quảng trường 26/3") in {
        (s, o) for s, r, o in facts_of(text, relation="heldIn")}


def test_another_kind_of_venue_or_more_words_after_the_kind_is_not_the_venue_told_before():
    for second in ('Tối cùng ngày, tại công viên diễn ra chương trình nghệ thuật "Hà Giang - Vươn xa".',
                   'Tối cùng ngày, tại quảng trường trung tâm huyện diễn ra chương trình nghệ thuật "Hà Giang - Vươn xa".'):
        text = f"Sáng 29/9, Lễ kỷ niệm 25 năm tái lập tỉnh Hà Giang được tổ chức tại Quảng trường 26/3. {second}"
        assert ('chương trình nghệ thuật "Hà Giang - Vươn xa"', "Quảng trường 26/3") not in {
            (s, o) for s, r, o in facts_of(text, relation="heldIn")}


def test_here_with_no_venue_told_before_places_nothing():
    text = "Ngay sau đó, tại đây đã diễn ra Lễ ký kết Biên bản ghi nhớ hợp tác giữa tỉnh Nghệ An và tỉnh Bô-ly-khăm-xay."
    assert facts_of(text, relation="heldIn") == set()


def test_a_day_of_the_week_does_not_part_an_event_from_its_day():
    text = "Lễ hội Ẩm thực Hà Nội lần thứ 2 sẽ diễn ra vào ngày Chủ nhật, 25/5 tại Công viên Thống Nhất."
    assert ("Lễ hội Ẩm thực Hà Nội lần thứ 2", "startDate", dt.date(2025, 5, 25)) in facts_of(text, published=dt.date(2025, 5, 20))


def test_same_day_is_not_the_last_day_of_a_span():
    text = ("Sáng 12/5, Hội chợ Nông sản Sơn La khai mạc tại Quảng trường Tây Bắc và kéo dài đến hết ngày 16/5. "
            "Chiều cùng ngày, đã diễn ra Hội nghị xúc tiến đầu tư vào tỉnh Sơn La.")
    dated = {(s, o) for s, r, o in facts_of(text) if r == "startDate"}
    assert ("Hội nghị xúc tiến đầu tư", dt.date(2025, 5, 12)) in dated
    assert ("Hội nghị xúc tiến đầu tư", dt.date(2025, 5, 16)) not in dated


def test_a_bare_head_with_another_year_is_another_edition():
    text = ("Ngày 15/5, tại thành phố Điện Biên Phủ đã diễn ra Hội nghị hợp tác du lịch các tỉnh Tây Bắc năm 2025. "
            "Hội nghị năm 2026 dự kiến được tổ chức tại tỉnh Lai Châu.")
    held = {(s, o) for s, r, o in facts_of(text) if r == "heldIn"}
    assert not any(o == "Lai Châu" and "2025" in s for s, o in held)


def test_a_communal_house_is_a_venue():
    text = "Sáng 2/3, tại đình Phù Lưu, xã Tân Hồng đã khai mạc Lễ hội truyền thống làng Phù Lưu năm 2025."
    assert ("Lễ hội truyền thống làng Phù Lưu năm 2025", "heldIn", "đình Phù Lưu") in facts_of(text, relation="heldIn")


def test_an_exhibition_open_until_a_day_ends_that_day():
    text = 'Triển lãm "Sắc màu Tây Nguyên" sẽ mở cửa đến hết ngày 30/5 tại Bảo tàng Đắk Lắk.'
    assert ('Triển lãm "Sắc màu Tây Nguyên"', "endDate", dt.date(2025, 5, 30)) in facts_of(text, relation="endDate")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the other side of the talks stands between them and where they are held
        ("Ngày 12/3, đoàn tỉnh Nghệ An đã hội đàm với lãnh đạo tỉnh Xiêng Khoảng tại thành phố Sầm Nưa.",
         {("Hội đàm", "Sầm Nưa")}),
        # what the talks are about is no aside: the "tại" after it may be the topic's
        ("Ngày 12/3, đoàn tỉnh Nghệ An đã hội đàm với lãnh đạo tỉnh Xiêng Khoảng về cửa khẩu tại Sầm Nưa.", set()),
    ],
)
def test_talks_are_held_where_the_tai_after_their_other_side_says(text, expected):
    assert held_in(text, published=dt.date(2025, 3, 20)) == expected


def test_a_day_of_opening_before_the_exhibition_starts_it():
    text = 'Khai mạc sáng nay (18/5), Triển lãm "Sắc màu Tây Nguyên" sẽ mở cửa đến hết ngày 30/5 tại Bảo tàng Đắk Lắk.'
    found = facts_of(text, published=dt.date(2025, 5, 18))
    assert ('Triển lãm "Sắc màu Tây Nguyên"', "startDate", dt.date(2025, 5, 18)) in found
    assert ('Triển lãm "Sắc màu Tây Nguyên"', "heldIn", "Bảo tàng Đắk Lắk") in found
    # without the opening verb, a day before what will happen does not date it
    text = 'Sáng nay (18/5), Triển lãm "Sắc màu Tây Nguyên" sẽ mở cửa tại Bảo tàng Đắk Lắk.'
    assert not facts_of(text, published=dt.date(2025, 5, 18), relation="startDate")


def test_a_venue_named_by_two_functions_before_its_name():
    text = 'Triển lãm "Sắc màu Tây Nguyên" diễn ra tại Trung tâm lưu trữ và triển lãm ảnh nghệ thuật Đắk Lắk từ ngày 2/5.'
    held = {o for s, r, o in facts_of(text, relation="heldIn")}
    assert held == {"Trung tâm lưu trữ và triển lãm ảnh nghệ thuật Đắk Lắk"}
    # a named venue still ends at 'và'
    text = 'Triển lãm "Sắc màu Tây Nguyên" diễn ra tại Bảo tàng Đắk Lắk và triển lãm ảnh của tỉnh cũng khai mạc.'
    assert {o for s, r, o in facts_of(text, relation="heldIn")} == {"Bảo tàng Đắk Lắk"}


def test_a_head_referring_back_gives_the_event_named_before_its_days_and_venue():
    text = ('Quảng Trị sẽ tổ chức "Hành trình Hòa bình 2025"\n\n'
            'Chiều 2/5, UBND tỉnh Quảng Trị tổ chức họp báo về chương trình "Hành trình Hòa bình 2025". '
            "Theo đó, chương trình sẽ kéo dài 3 ngày (từ ngày 20/5 đến 22/5) tại khách sạn Sài Gòn Đông Hà, thành phố Đông Hà.")
    found = facts_of(text, published=dt.date(2025, 5, 3))
    assert ("Hành trình Hòa bình 2025", "startDate", dt.date(2025, 5, 20)) in found
    assert ("Hành trình Hòa bình 2025", "endDate", dt.date(2025, 5, 22)) in found
    assert ("Hành trình Hòa bình 2025", "heldIn", "khách sạn Sài Gòn Đông Hà") in found
    text = ("Sáng 12/5, tỉnh Sơn La khai mạc Hội chợ Nông sản Sơn La lần thứ 3. "
            "Hội chợ được bố trí tại Quảng trường Tây Bắc, với 200 gian hàng, và kéo dài đến hết ngày 16/5.")
    found = facts_of(text)
    assert ("Hội chợ Nông sản Sơn La lần thứ 3", "endDate", dt.date(2025, 5, 16)) in found
    assert ("Hội chợ Nông sản Sơn La lần thứ 3", "heldIn", "Quảng trường Tây Bắc") in found


@pytest.mark.parametrize("told", ["hội nghị sẽ diễn ra trong 2 ngày 7 và 8-11", "hội chợ được tổ chức trong 2 ngày 7 và 8-11"])
def test_a_lower_case_head_told_to_take_place_refers_back_in_its_own_sentence(told):
    head = told.split()[0] + " " + told.split()[1]
    event = {"hội nghị": "Hội nghị xúc tiến đầu tư tỉnh Phú Yên năm 2025", "hội chợ": "Hội chợ Nông sản Phú Yên năm 2025"}[head]
    text = f"Chiều 20-10, tại cuộc họp báo giới thiệu {event}, ông Trần Văn Lâm cho biết {told} tại khách sạn Sao Việt."
    found = facts_of(text, dt.date(2025, 10, 21))
    assert (event, "startDate", dt.date(2025, 11, 7)) in found and (event, "endDate", dt.date(2025, 11, 8)) in found


def test_a_lower_case_head_told_to_take_place_with_nothing_to_refer_to_is_no_event():
    text = "Ông Trần Văn Lâm cho biết hội nghị sẽ diễn ra vào ngày 7-11 tại khách sạn Sao Việt."
    assert facts_of(text, dt.date(2025, 10, 21)) == set()


@pytest.mark.parametrize("lead", ["Theo kế hoạch, tuần lễ", "Tuần lễ"])
def test_a_head_referring_back_gives_the_days_it_is_held_on_and_the_venue_after_them(lead):
    text = ("Sáng 27/2, Sở Công Thương họp báo giới thiệu Tuần lễ giới thiệu hàng Thái Lan tại Cần Thơ 2018. "
            f"{lead} sẽ được tổ chức từ ngày 8 đến 12-3 tại công viên Lưu Hữu Phước (quận Ninh Kiều).")
    found = facts_of(text, published=dt.date(2018, 2, 27))
    assert ("Tuần lễ giới thiệu hàng Thái Lan tại Cần Thơ 2018", "startDate", dt.date(2018, 3, 8)) in found
    assert ("Tuần lễ giới thiệu hàng Thái Lan tại Cần Thơ 2018", "endDate", dt.date(2018, 3, 12)) in found
    assert ("Tuần lễ giới thiệu hàng Thái Lan tại Cần Thơ 2018", "heldIn", "công viên Lưu Hữu Phước") in found


def test_a_venue_after_a_clause_of_its_own_is_not_the_named_events():
    text = "Hội chợ Nông sản Phú Yên năm 2025 sẽ được tổ chức từ ngày 8 đến 12/3, đoàn doanh nghiệp sẽ khảo sát tại Khu kinh tế Nam Phú Yên."
    assert not {f for f in facts_of(text, dt.date(2025, 3, 1)) if f[1] == "heldIn"}
    text = "Hội chợ Nông sản Phú Yên năm 2025 sẽ được tổ chức từ ngày 8 đến 12/3, tại Quảng trường 1/4."
    assert ("Hội chợ Nông sản Phú Yên năm 2025", "heldIn", "Quảng trường 1/4") in facts_of(text, dt.date(2025, 3, 1))


def test_a_head_referring_back_gives_no_venue_past_another_act():
    text = ("Sáng 27/2, Sở Công Thương họp báo giới thiệu Tuần lễ giới thiệu hàng Thái Lan tại Cần Thơ 2018. "
            "Theo kế hoạch, tuần lễ sẽ được tổ chức từ ngày 8 đến 12-3, đoàn doanh nghiệp sẽ khảo sát tại công viên Lưu Hữu Phước.")
    assert ("Tuần lễ giới thiệu hàng Thái Lan tại Cần Thơ 2018", "heldIn", "công viên Lưu Hữu Phước") not in facts_of(text, published=dt.date(2018, 2, 27))


def test_a_head_referring_back_past_its_organisers_gives_the_venue_stated_after_the_span():
    text = ('Sáng 3/6, Sở Ngoại vụ tỉnh Bình Định họp báo về sự kiện "Ngày Văn hóa Nhật Bản năm 2025". '
            "Sự kiện do UBND tỉnh Bình Định phối hợp với Tổng Lãnh sự quán Nhật Bản tổ chức, diễn ra trong 02 ngày "
            "(20-21/6/2025), địa điểm là Quảng trường Nguyễn Tất Thành, thành phố Quy Nhơn.")
    found = facts_of(text, published=dt.date(2025, 6, 3))
    assert ("Ngày Văn hóa Nhật Bản năm 2025", "heldIn", "Quảng trường Nguyễn Tất Thành") in found


def test_a_head_referring_back_past_another_event_gives_nothing():
    # another event told after the one bearing the head: the reference is not sure
    text = ("Sáng 12/5, tỉnh Sơn La khai mạc Hội chợ Nông sản Sơn La lần thứ 3 và Hội thảo xúc tiến thương mại. "
            "Hội chợ được bố trí tại Quảng trường Tây Bắc và kéo dài đến hết ngày 16/5.")
    assert not {f for f in facts_of(text) if f[1] == "endDate"}
    # two different fairs before: no one of them is referred to
    text = ("Sáng 12/5, Hội chợ Nông sản Sơn La khai mạc; chiều cùng ngày, Hội chợ Hàng Việt Điện Biên khai mạc. "
            "Hội chợ được bố trí tại Quảng trường Tây Bắc và kéo dài đến hết ngày 16/5.")
    assert not {f for f in facts_of(text) if f[1] == "endDate" or f[2] == "Quảng trường Tây Bắc"}


@pytest.mark.parametrize("night, relation", [("Đêm khai mạc", "startDate"), ("Đêm bế mạc", "endDate")])
def test_an_opening_or_closing_night_dates_the_festival_it_opens_or_closes(night, relation):
    text = f"Tối 5/4, {night} Festival Biển Nha Trang 2025 diễn ra tại Quảng trường 2/4."
    found = facts_of(text, dt.date(2025, 4, 6))
    assert (f"{night} Festival Biển Nha Trang 2025", "heldIn", "Quảng trường 2/4") in found
    assert ("Festival Biển Nha Trang 2025", relation, dt.date(2025, 4, 5)) in found


@pytest.mark.parametrize("told", ["Lễ bế mạc tối 16/11 khép lại ba ngày hội", "Tối 16/11, Lễ bế mạc Liên hoan Du lịch Hạ Long 2025 khép lại ba ngày hội"])
def test_a_closing_ceremony_said_to_close_starts_on_its_day(told):
    ceremony = {(r, o) for s, r, o in facts_of(f"{told} với chương trình hòa nhạc.", dt.date(2025, 11, 17))
                if s.startswith("Lễ bế mạc") and r.endswith("Date")}
    assert ceremony == {("startDate", dt.date(2025, 11, 16))}


def test_a_festival_said_to_close_on_a_day_ends_then():
    found = facts_of("Tối 16/11, Liên hoan Du lịch Hạ Long 2025 khép lại với chương trình hòa nhạc.", dt.date(2025, 11, 17))
    assert ("Liên hoan Du lịch Hạ Long 2025", "endDate", dt.date(2025, 11, 16)) in found


def test_a_cultural_night_dates_no_festival():
    text = 'Tối 5/4, Đêm văn hóa "Biển xanh" trong khuôn khổ Festival Biển Nha Trang 2025 diễn ra tại Quảng trường 2/4.'
    assert not {f for f in facts_of(text, dt.date(2025, 4, 6)) if f[0] == "Festival Biển Nha Trang 2025" and f[1].endswith("Date")}


def test_the_day_leading_the_main_clause_after_a_frame_is_the_day_cung_ngay_repeats():
    text = ("Nhân dịp Thứ trưởng sang dự Hội nghị hợp tác biên giới Việt Nam - Lào lần thứ 3 tại tỉnh Hủa Phăn, chiều 9/8, "
            "Tỉnh trưởng đã tiếp đoàn. Thứ trưởng cho biết hội nghị diễn ra sáng cùng ngày tại thị xã Sầm Nưa.")
    assert ("Hội nghị hợp tác biên giới Việt Nam - Lào lần thứ 3", "startDate", dt.date(2025, 8, 9)) in facts_of(text, dt.date(2025, 8, 10))


def test_a_day_only_recalled_in_a_clause_is_not_the_day_cung_ngay_repeats():
    text = ("Tỉnh mới vận hành chính quyền hai cấp từ ngày 1/7/2025 và đã đón nhiều đoàn. "
            "Thứ trưởng cho biết Hội nghị hợp tác biên giới Việt Nam - Lào lần thứ 3 diễn ra sáng cùng ngày tại thị xã Sầm Nưa.")
    assert not {f for f in facts_of(text, dt.date(2025, 8, 10)) if f[1] == "startDate"}


def test_a_closing_ceremony_written_in_capitals_after_a_lower_case_le():
    text = ("Chiều 20/5, tại lễ Bế mạc Hội nghị Hợp tác phát triển du lịch Tây Nguyên năm 2025 (TNT 2025) ở thành phố "
            "Buôn Ma Thuột, Ban Tổ chức đã trao cờ đăng cai cho tỉnh Gia Lai.")
    found = facts_of(text)
    ceremony, event = "lễ Bế mạc Hội nghị Hợp tác phát triển du lịch Tây Nguyên năm 2025", "Hội nghị Hợp tác phát triển du lịch Tây Nguyên năm 2025"
    assert (ceremony, "startDate", dt.date(2025, 5, 20)) in found
    assert (ceremony, "heldIn", "Buôn Ma Thuột") in found
    # the town of its closing holds the event; its last day is the closing's
    assert (event, "heldIn", "Buôn Ma Thuột") in found
    assert (event, "endDate", dt.date(2025, 5, 20)) in found


def test_an_abbreviation_given_in_brackets_names_the_event_later():
    text = ("Sáng 19/5, tỉnh Đắk Lắk khai mạc Hội nghị Hợp tác phát triển du lịch Tây Nguyên năm 2025 (TNT 2025). "
            'TNT 2025 mang chủ đề "Kết nối đại ngàn", diễn ra trong hai ngày 19 và 20/5.')
    found = facts_of(text)
    assert ("Hội nghị Hợp tác phát triển du lịch Tây Nguyên năm 2025", "endDate", dt.date(2025, 5, 20)) in found
    # a bracket of lower-case words is no abbreviation
    text = ("Sáng 19/5, tỉnh Đắk Lắk khai mạc Hội nghị Hợp tác phát triển du lịch Tây Nguyên năm 2025 (ảnh). "
            "TNT 2025 diễn ra trong hai ngày 19 và 20/5.")
    assert ("Hội nghị Hợp tác phát triển du lịch Tây Nguyên năm 2025", "endDate", dt.date(2025, 5, 20)) not in facts_of(text)


def test_days_told_before_the_event_that_takes_place_on_them():
    text = ('Ông Lò Văn Sính cho biết, trước lễ mít tinh, từ ngày 18 đến 25/5 sẽ diễn ra Triển lãm ảnh tư liệu '
            '"Sơn La - 50 năm xây dựng" tại Bảo tàng Sơn La.')
    found = facts_of(text)
    event = 'Triển lãm ảnh tư liệu "Sơn La - 50 năm xây dựng"'
    assert (event, "startDate", dt.date(2025, 5, 18)) in found
    assert (event, "endDate", dt.date(2025, 5, 25)) in found
    assert (event, "heldIn", "Bảo tàng Sơn La") in found


def test_days_then_the_venue_told_before_the_event_that_takes_place_there():
    text = 'Bà Lò Thị Xuân cho biết tối 30/4 tại Nhà hát tỉnh sẽ diễn ra chương trình nghệ thuật "Mường Lò mùa hoa".'
    found = facts_of(text)
    event = 'chương trình nghệ thuật "Mường Lò mùa hoa"'
    assert (event, "startDate", dt.date(2025, 4, 30)) in found
    assert (event, "heldIn", "Nhà hát tỉnh") in found
    # a clause between the venue and the verb leaves the days to no event
    text = "Ông Đỗ Văn Tư cho biết ngày 5/3 tại Hà Nội, tỉnh đã diễn ra Hội nghị xúc tiến đầu tư."
    assert not {f for f in facts_of(text) if f[1] == "startDate"}


def test_the_span_of_this_edition_in_brackets():
    text = ("Tối 20/5, Festival Hoa Đà Lạt 2025 đã khép lại tại Quảng trường Lâm Viên. "
            "Ông Trần Văn Hiệp đánh giá kỳ festival năm nay (từ 15/5 - 20/5) đã thu hút đông đảo du khách.")
    found = facts_of(text, published=dt.date(2025, 5, 21))
    assert ("Festival Hoa Đà Lạt 2025", "startDate", dt.date(2025, 5, 15)) in found
    # two festivals named before: which one is not sure
    text = ("Tối 20/5, Festival Hoa Đà Lạt 2025 và Festival Biển Nha Trang 2025 đã khép lại. "
            "Ông Trần Văn Hiệp đánh giá kỳ festival năm nay (từ 15/5 - 20/5) đã thu hút đông đảo du khách.")
    assert not {f for f in facts_of(text, published=dt.date(2025, 5, 21)) if f[1] == "startDate"}


def test_a_venue_ends_where_the_event_it_hosts_is_named():
    text = "Sáng 12/3, Chủ tịch UBND tỉnh đã chủ trì tại trụ sở UBND tỉnh Nghệ An Hội nghị triển khai nhiệm vụ đối ngoại năm 2025."
    assert held_in(text) == {("Hội nghị triển khai nhiệm vụ đối ngoại năm 2025", "trụ sở UBND tỉnh Nghệ An")}


def test_an_event_a_purpose_clause_wishes_for_is_not_held():
    text = ("Ông Hoàng Minh Khoa khẳng định sẽ tiếp tục làm cầu nối để tỉnh Thái Bình tổ chức hội nghị "
            "xúc tiến thương mại tại Osaka.")
    assert held_in(text) == set()


def test_an_event_recalled_in_a_review_of_a_past_year_is_background():
    text = ("Ông Đinh Quốc Việt cho biết, năm 2023 tỉnh đã đón 30 đoàn khách quốc tế, tổ chức thành công "
            "Hội nghị quốc tế về thủy sản tại Trung tâm Hội nghị tỉnh.")
    assert held_in(text, published=dt.date(2024, 3, 5)) == set()
    # the same year as the article's is the news itself
    assert held_in(text, published=dt.date(2023, 12, 5)) == {("Hội nghị quốc tế về thủy sản", "Trung tâm Hội nghị tỉnh")}


def test_a_visit_told_as_the_occasion_of_a_reception_is_no_visit_of_its_own():
    text = ("Chiều 4/6, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Trần Quốc Bảo đã tiếp ông Alan Whitford, "
            "Đại sứ Australia tại Việt Nam, nhân dịp ngài Đại sứ đến thăm và làm việc tại Bình Phước.")
    assert all("thăm" not in s for s, _ in held_in(text))


def test_same_day_is_not_a_day_the_sentence_only_recalls():
    text = ("Chiều 8/12, Chủ tịch UBND thành phố Huế Trần Văn Khoa đã tiếp đoàn công tác thành phố Blois. "
            "Ông cho biết thành phố đã vận hành chính quyền hai cấp từ ngày 1/7/2025. "
            "Tối cùng ngày, đoàn dự chương trình giao lưu âm nhạc tại Nhà hát Sông Hương.")
    dated = start_dates(text, dt.date(2025, 12, 9))
    assert ("chương trình giao lưu âm nhạc", dt.date(2025, 12, 8)) in dated
    assert not any(o == dt.date(2025, 7, 1) for _, o in dated)


def test_same_day_is_the_leads_day_not_the_start_of_another_events_span():
    text = ("Chiều 14/8, tại thành phố Huế, UBND tỉnh tổ chức chương trình gặp mặt các đoàn khách quốc tế "
            "tham dự Festival Huế năm 2025, diễn ra từ ngày 12 đến 18/8. "
            "Tối cùng ngày, các đoàn dự Lễ khai mạc Tuần lễ Áo dài tại Nhà hát Sông Hương.")
    opening = "Lễ khai mạc Tuần lễ Áo dài"
    assert {(s, o) for s, o in start_dates(text, dt.date(2025, 8, 15)) if s == opening} == {(opening, dt.date(2025, 8, 14))}


def test_an_events_own_days_outrank_the_span_of_the_series_it_was_told_in():
    text = ("Trong ba ngày 10 - 12/6, tại thành phố Đà Lạt, Bộ Ngoại giao tổ chức Hội nghị ngoại vụ khu vực "
            "Tây Nguyên năm 2024 và Lớp bồi dưỡng nghiệp vụ lễ tân cho cán bộ các tỉnh. "
            "Lớp bồi dưỡng nghiệp vụ lễ tân diễn ra trong hai ngày 11 - 12/6.")
    dated = {(s, r, o) for s, r, o in facts_of(text, published=dt.date(2024, 6, 10)) if r in ("startDate", "endDate")}
    course = "Lớp bồi dưỡng nghiệp vụ lễ tân cho cán bộ các tỉnh"
    assert (course, "startDate", dt.date(2024, 6, 11)) in dated
    assert (course, "startDate", dt.date(2024, 6, 10)) not in dated
    assert (course, "endDate", dt.date(2024, 6, 12)) in dated


def test_a_place_in_a_later_entry_of_a_list_is_not_the_earlier_entries_place():
    text = ("Ngày 5/6, tỉnh Hưng Yên tổ chức hội nghị xúc tiến tiêu thụ nhãn. "
            "Tới dự có các đồng chí: Lê Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy; Trần Văn Nam, Phó Chủ tịch UBND tỉnh; "
            "ông Sato Ken, đại diện Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tại Hà Nội.")
    assert offices_of(text) == {("Lê Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy Hưng Yên"),
                                ("Trần Văn Nam", "Phó Chủ tịch UBND tỉnh Hưng Yên")}


def test_a_former_posts_province_is_not_that_of_the_new_posts():
    text = ("Tỉnh Gia Lai công bố quyết định về công tác cán bộ. Đồng chí Đinh Văn Khải, nguyên Chủ tịch UBND tỉnh "
            "Bình Định, được chỉ định làm Phó Bí thư Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh.")
    assert offices_of(text, published=dt.date(2025, 7, 2)) == {
        ("Đinh Văn Khải", "Phó Bí thư Tỉnh ủy Gia Lai"), ("Đinh Văn Khải", "Phó Chủ tịch Thường trực UBND tỉnh Gia Lai")}


@pytest.mark.parametrize(
    "district, expected",
    [
        # a foreign district the gazetteer reads only with its unit word ("huyện Kim Bình"): after a committee
        # written without it, the committee's unit finds it; never a person named Kim Bình holding the
        # article's district's post
        ("Kim Bình", {("Lưu Kiến Minh", "Phó Bí thư Huyện ủy Kim Bình")}),
        # … one it does not know at all: the title's place is unread, and no context's
        ("Bình Biên", set()),
    ],
)
def test_a_committee_named_after_a_place_the_article_located_after_its_unit(district, expected):
    text = (f"Huyện Bát Xát (tỉnh Lào Cai) đón đoàn huyện {district} (châu Hồng Hà, Trung Quốc). "
            f"Dẫn đầu đoàn là ông Lưu Kiến Minh, Phó Bí thư Huyện ủy {district}.")
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a mayor's city written bare, a city the gazetteer knows only after its unit word: the mayor heads a
        # city, so the title reads it; the name after it is the person's alone
        (
            "Chủ tịch UBND TP Hải Phòng Lê Văn Tâm cùng Thị trưởng Denver Robert M. Hale đã ký văn bản.",
            {("Lê Văn Tâm", "Chủ tịch UBND thành phố Hải Phòng"), ("Robert Hale", "Thị trưởng thành phố Denver")},
        ),
        ("Bà Anne Moreau, Thị trưởng Poitiers, phát biểu.", {("Anne Moreau", "Thị trưởng thành phố Poitiers")}),
        # … a name after the bare title is a person's, no city
        ("Thị trưởng Robert M. Hale cho biết thành phố sẵn sàng hợp tác.", set()),
        ("Thị trưởng Kim Jin-ho phát biểu tại buổi lễ.", set()),
    ],
)
def test_a_mayors_city_written_bare(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a city the gazetteer lacks, written after its unit word elsewhere on the page: the mayor's
        # title written bare names it, and its words are no holder's name
        (
            "Đoàn đã đến thăm thành phố Karratha, bang Tây Úc. Tiếp đoàn có bà Laura Penrith, Thị trưởng Karratha.",
            {("Laura Penrith", "Thị trưởng thành phố Karratha")},
        ),
        (
            "Sáng 5/3, Chủ tịch UBND tỉnh Lê Văn Nam tiếp Thị trưởng Geraldton (Australia). "
            "Thành phố Geraldton cách thành phố Perth 400 km.",
            set(),  # the mayor unnamed: the city's words are no holder
        ),
        # a second post joined to the mayor's, the city of both written after it (a role the lexicon lacks
        # among its words): the mayor's city, never the one the page names elsewhere ("thủ phủ")
        (
            "Về phía Úc có ông Derek Holloway - Thị trưởng kiêm Chủ tịch khu vực thành phố Karratha, Bang Tây Úc. "
            "Karratha cách thành phố Perth (thủ phủ Bang Tây Úc) 1.500 km.",
            {("Derek Holloway", "Thị trưởng thành phố Karratha")},
        ),
        (
            "Ông Mark Ruddock, Thị trưởng kiêm Trưởng ban điều hành thành phố Busselton, cho biết hai bên sẽ hợp tác.",
            {("Mark Ruddock", "Thị trưởng thành phố Busselton")},
        ),
        # near-misses: the bare words never written as a city, or a joined post of a Vietnamese city
        ("Thị trưởng Geraldton phát biểu tại buổi lễ.", set()),
        ("Ông Paul Dunmore, Thị trưởng kiêm Chủ tịch khu vực thành phố Đà Nẵng phát biểu.", set()),
    ],
)
def test_a_mayors_city_the_gazetteer_lacks(text, expected):
    assert {o for o in offices_of(text) if o[1].startswith("Thị trưởng")} == expected


def test_a_day_read_in_the_year_before_takes_the_page_year_the_event_is_named_with():
    # on 10 March, '15 đến 18-6' is read in the year before, unless the festival is named with this year
    text = "Ông Lê Văn Hòa mời đoàn sang tham dự Lễ hội Biển Sầm Sơn 2025, diễn ra từ ngày 15 đến 18-6 tại Thanh Hóa."
    assert dates_of(text, dt.date(2025, 3, 10)) == {
        ("Lễ hội Biển Sầm Sơn 2025", "startDate", dt.date(2025, 6, 15)), ("Lễ hội Biển Sầm Sơn 2025", "endDate", dt.date(2025, 6, 18))}
    # a name of another year says nothing of it
    text = "Hội nghị tổng kết Lễ hội Biển Sầm Sơn 2019 diễn ra ngày 15-6 tại Thanh Hóa."
    assert not any(d.year == 2025 for _, _, d in dates_of(text, dt.date(2025, 3, 10)))


def test_a_fair_that_opens_its_doors_on_a_day_starts_that_day():
    text = "Hội chợ Thương mại Việt - Lào mở cửa từ sáng 12/5 tại thành phố Vinh, với 300 gian hàng."
    assert dates_of(text) == {("Hội chợ Thương mại Việt - Lào", "startDate", dt.date(2025, 5, 12))}


def test_two_events_told_together_as_the_subject_share_the_days_told_after_them():
    text = "Lễ hội Hoa Ban lần thứ 5 và Hội chợ Thương mại Tây Bắc năm 2025 được tổ chức từ ngày 10 đến 13/3/2025 tại Sơn La."
    assert dates_of(text) == {(e, r, dt.date(2025, 3, day))
                              for e in ("Lễ hội Hoa Ban lần thứ 5", "Hội chợ Thương mại Tây Bắc năm 2025")
                              for r, day in (("startDate", 10), ("endDate", 13))}
    # the first event is not the subject: only the one the days follow is dated
    text = "Đoàn tỉnh Hòa Bình dự Lễ hội Hoa Ban lần thứ 5 và Hội chợ Thương mại Tây Bắc năm 2025 được tổ chức từ ngày 10 đến 13/3/2025."
    assert {e for e, _, _ in dates_of(text)} <= {"Hội chợ Thương mại Tây Bắc năm 2025"}


def test_a_time_of_day_then_is_the_event_a_slot_of_the_programme():
    text = "Theo chương trình, chiều ngày 8/4 là Hội thảo xúc tiến du lịch tỉnh Quảng Bình."
    assert dates_of(text) == {("Hội thảo xúc tiến du lịch tỉnh Quảng Bình", "startDate", dt.date(2025, 4, 8))}
    # a bare day that "is" an event: what the day is, not a programme's slot
    text = "Theo chương trình, ngày 8/4 là Hội thảo xúc tiến du lịch tỉnh Quảng Bình."
    assert dates_of(text) == set()


def test_the_river_an_event_is_held_on_is_an_aside_before_its_days():
    text = "Giải đua thuyền truyền thống diễn ra trên sông Lam trong hai ngày 6 và 7/9, với 30 đội thuyền."
    assert dates_of(text, dt.date(2025, 9, 5)) == {("Giải đua thuyền truyền thống", "startDate", dt.date(2025, 9, 6)),
                                                   ("Giải đua thuyền truyền thống", "endDate", dt.date(2025, 9, 7))}


def test_one_day_in_brackets_after_a_contest_of_a_programme_is_its_day():
    text = ("Trong khuôn khổ lễ hội còn có Hội chợ thương mại Cà Mau diễn ra từ 10 - 12/9 tại TP Cà Mau; "
            "Hội thi ẩm thực Cà Mau (ngày 11/9); thi hát dân ca.")
    assert ("Hội thi ẩm thực Cà Mau", "startDate", dt.date(2025, 9, 11)) in dates_of(text, dt.date(2025, 9, 9))
    # … in running text, not a list's item, the day in brackets is when the event falls, not its opening
    text = "Năm 2024, Cà Mau đón 3 triệu lượt khách, trong đó Hội thi ẩm thực Cà Mau (ngày 11/9) thu hút đông du khách."
    assert dates_of(text, dt.date(2025, 9, 12)) == set()
    # a day told after the contest's name, not in brackets, is one of its days: no start
    text = "Ngày 11/9, Hội thi ẩm thực Cà Mau bước sang phần chung kết."
    assert dates_of(text, dt.date(2025, 9, 12)) == set()


def test_the_same_day_inside_a_framing_festival_dates_what_happens_in_it():
    text = ("Sáng 10/3, Lễ hội Hoa Ban lần thứ 5 khai mạc tại TP Sơn La. Trong khuôn khổ Lễ hội, chiều cùng ngày, "
            "Sở Văn hóa tổ chức Hội thảo xúc tiến du lịch Sơn La.")
    assert ("Hội thảo xúc tiến du lịch Sơn La", "startDate", dt.date(2025, 3, 10)) in dates_of(text, dt.date(2025, 3, 11))


@pytest.mark.parametrize(
    "text, expected",
    [
        # 'ở' after the verb of opening or closing, or after the verb and its day, says where, as 'tại' does
        ("Lễ hội Du lịch Mẫu Sơn năm 2025 đã khai mạc tối 5/12 ở Quảng trường 17/8.",
         {("Lễ hội Du lịch Mẫu Sơn năm 2025", "Quảng trường 17/8")}),
        ("Hội chợ Thương mại Việt - Lào năm 2025 sẽ diễn ra ngày 9/12 ở Quảng trường Hồ Chí Minh.",
         {("Hội chợ Thương mại Việt - Lào năm 2025", "Quảng trường Hồ Chí Minh")}),
        ("Liên hoan Văn nghệ quần chúng biên giới Việt - Trung bế mạc ở Nhà Văn hóa thị trấn Đồng Đăng.",
         {("Liên hoan Văn nghệ quần chúng biên giới Việt - Trung", "Nhà Văn hóa thị trấn Đồng Đăng")}),
        # the place of the name's edition between ('… tại Việt Nam') is no gap before the verb
        ("Lễ bế mạc Tuần Văn hóa Lào tại Việt Nam đã diễn ra ở Nhà hát Lớn Hà Nội.",
         {("Lễ bế mạc Tuần Văn hóa Lào", "Nhà hát Lớn Hà Nội")}),
        # 'ở' after a day and another act is not where the event is
        ("Hội nghị xúc tiến đầu tư năm 2025 khai mạc ngày 5/12, đoàn ở Khách sạn Mường Thanh.", set()),
    ],
)
def test_o_after_the_verb_of_taking_place_and_its_day(text, expected):
    assert held_in(text, published=dt.date(2025, 12, 8)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Triển lãm Mỹ thuật Hải Phòng 2025 khai mạc ngày 20/8 và dự kiến sẽ bế mạc vào ngày 2/9.",
         {("Triển lãm Mỹ thuật Hải Phòng 2025", "startDate", dt.date(2025, 8, 20))}),
        ("Hội chợ Công Thương Bắc Giang năm 2025 đã khai mạc sáng 20/8, dự kiến kéo dài đến ngày 24/8.",
         {("Hội chợ Công Thương Bắc Giang năm 2025", "startDate", dt.date(2025, 8, 20))}),
        # the day right before 'dự kiến' is still the planned one
        ("Hội chợ Công Thương Bắc Giang năm 2025 sẽ khai mạc ngày 20/8 (dự kiến).", set()),
    ],
)
def test_a_day_before_a_planned_next_clause_is_certain(text, expected):
    assert dates_of(text, dt.date(2025, 9, 1)) == expected


@pytest.mark.parametrize(
    "text, event, place, first, last",
    [
        ('"Tuần lễ văn hóa Việt Nam – Nhật Bản" sẽ diễn ra từ ngày 12 đến 20-10-2024 tại tỉnh Khánh Hòa.',
         "Tuần lễ văn hóa Việt Nam – Nhật Bản", "Khánh Hòa", dt.date(2024, 10, 12), dt.date(2024, 10, 20)),
        ('Theo Ban Tổ chức, "Lễ hội Việt Nam tại Hàn Quốc năm 2023" sẽ được tổ chức vào ngày 9 và 10-9 tại Công viên Olympic.',
         "Lễ hội Việt Nam tại Hàn Quốc năm 2023", "Công viên Olympic", dt.date(2023, 9, 9), dt.date(2023, 9, 10)),
        ('"Hội chợ Nông sản Đắk Lắk năm 2024" đã chính thức khai mạc sáng 12/9 tại Quảng trường 10/3.',
         "Hội chợ Nông sản Đắk Lắk năm 2024", "Quảng trường 10/3", dt.date(2024, 9, 12), None),
    ],
)
def test_a_quoted_name_told_to_take_place_is_the_event(text, event, place, first, last):
    facts = facts_of(text, dt.date(2023, 8, 1) if "2023" in text else dt.date(2024, 9, 1))
    assert (event, "heldIn", place) in facts
    assert (event, "startDate", first) in facts
    assert last is None or (event, "endDate", last) in facts


def test_a_quoted_theme_or_message_is_no_event():
    theme = 'Lễ hội Biển Sầm Sơn năm 2024 với chủ đề "Ngày hội non sông" diễn ra tối 12/9 tại Quảng trường biển Sầm Sơn.'
    assert held_in(theme, published=dt.date(2024, 9, 1)) == {("Lễ hội Biển Sầm Sơn năm 2024", "Quảng trường biển Sầm Sơn")}
    message = 'Festival Hoa Đà Lạt mang thông điệp "Lễ hội của muôn hoa" khai mạc tối 12/9 tại Quảng trường Lâm Viên.'
    facts = facts_of(message, dt.date(2024, 9, 1))
    assert ("Festival Hoa Đà Lạt", "heldIn", "Quảng trường Lâm Viên") in facts
    assert ("Festival Hoa Đà Lạt", "startDate", dt.date(2024, 9, 12)) in facts
    assert not any(s.startswith("Lễ hội của") for s, _, _ in facts)
    slogan = 'Hội chợ Nông sản Sơn La năm 2024 với khẩu hiệu "Hội tụ tinh hoa" khai mạc sáng 12/9 tại Quảng trường Tây Bắc.'
    assert ("Hội chợ Nông sản Sơn La năm 2024", "startDate", dt.date(2024, 9, 12)) in facts_of(slogan, dt.date(2024, 9, 20))
    # a quoted name in lower case, or with no verb of taking place after it, names nothing
    assert held_in('Người dân gọi đó là "hội chợ xanh" diễn ra tại Quảng trường 10/3.') == set()


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 19/4, tại trụ sở UBND tỉnh Thanh Hóa, đồng chí Lê Văn Phúc, Phó Chủ tịch UBND tỉnh đã tiếp đoàn đại biểu "
        "tỉnh Hủa Phăn sang tham dự Lễ hội Lam Kinh năm 2024.",
        "Chiều 19/4, tại Nhà khách Tỉnh ủy, Bí thư Tỉnh ủy Điện Biên Trần Quốc Hưng đã đón Đoàn đại biểu tỉnh "
        "Luông Pha-bang (Lào) dự Lễ hội Hoa Ban năm 2024.",
        "Tối 19/4, tại Khách sạn Mường Thanh, lãnh đạo tỉnh đã gặp mặt các vị khách quốc tế đến dự Lễ hội Hoa Ban năm 2024.",
    ],
)
def test_the_place_of_a_reception_is_not_the_event_the_guests_came_to_attend(text):
    assert held_in(text, published=dt.date(2024, 4, 20)) == set()


@pytest.mark.parametrize(
    "text, event",
    [
        # … nor the one the guest, on a visit, co-chairs or attends
        ("Chiều 19/4, tại Trụ sở Trung ương Đảng, Thường trực Ban Bí thư tiếp ông Ramón Pérez Villa, Chủ tịch Quốc hội "
         "Cuba, đang thăm chính thức Việt Nam và đồng chủ trì Phiên họp lần thứ hai Ủy ban hợp tác liên Nghị viện Việt Nam - Cuba.",
         "Phiên họp lần thứ hai Ủy ban hợp tác liên Nghị viện Việt Nam - Cuba"),
        ("Sáng 19/4, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Lạng Sơn Hoàng Văn Nam tiếp ông Lý Quốc Cường, Bí thư "
         "Thành ủy Bằng Tường, sang thăm tỉnh để dự Hội chợ Thương mại quốc tế Việt - Trung lần thứ 10.",
         "Hội chợ Thương mại quốc tế Việt - Trung lần thứ 10"),
    ],
)
def test_the_place_of_a_reception_is_not_that_of_the_event_the_visiting_guest_cochairs(text, event):
    assert not {p for e, p in held_in(text, published=dt.date(2024, 4, 20)) if e == event}


def test_hosts_who_cochair_at_a_venue_hold_the_session_there():
    text = ("Sáng 19/4, tại Trung tâm Hội nghị tỉnh, Chủ tịch UBND tỉnh Lạng Sơn Hoàng Văn Nam và ông Lý Quốc Cường, "
            "đang thăm tỉnh, đồng chủ trì Hội nghị lần thứ 10 Ủy ban công tác liên hợp.")
    assert held_in(text, published=dt.date(2024, 4, 20)) == {
        ("Hội nghị lần thứ 10 Ủy ban công tác liên hợp", "Trung tâm Hội nghị tỉnh Lạng Sơn")}


def test_a_host_who_receives_guests_and_attends_is_at_the_event():
    text = "Tối 19/4, tại Quảng trường Lam Sơn, đồng chí Lê Văn Phúc đã tiếp các đại biểu và dự Lễ khai mạc Lễ hội Lam Kinh năm 2024."
    assert held_in(text, published=dt.date(2024, 4, 20)) == {("Lễ khai mạc Lễ hội Lam Kinh năm 2024", "Quảng trường Lam Sơn")}


@pytest.mark.parametrize(
    "text, event",
    [
        ("Hội chợ Xuân năm 2020 của cộng đồng người Việt Nam tại Lào diễn ra tối 12/1 tại Trung tâm Văn hóa Việt Nam.",
         "Hội chợ Xuân năm 2020"),
        ("Lễ hội Ok Om Bok năm 2024 của đồng bào Khmer tỉnh Trà Vinh diễn ra tối 12/1 tại Khu di tích Ao Bà Om.",
         "Lễ hội Ok Om Bok năm 2024"),
        ("Lễ hội Chôl Chnăm Thmây năm 2024 của kiều bào tại Campuchia diễn ra tối 12/1.", "Lễ hội Chôl Chnăm Thmây năm 2024"),
    ],
)
def test_whose_community_an_event_is_is_an_aside_before_its_day(text, event):
    assert (event, "startDate", dt.date(2024 if "2024" in text else 2020, 1, 12)) in facts_of(text, dt.date(2024 if "2024" in text else 2020, 1, 15))


def test_a_clause_of_its_own_between_an_event_and_its_day_still_parts_them():
    text = "Hội chợ Xuân năm 2024, ông Trần Văn Nam cho biết, diễn ra tối 14/1."
    assert dates_of(text, dt.date(2024, 1, 15)) == set()


def test_a_community_new_year_abroad_is_an_event():
    text = "Ngày 22/1 tại thủ đô Seoul, Đại sứ quán Việt Nam tại Hàn Quốc đã tổ chức Tết Cộng đồng Xuân Đinh Dậu cho bà con Việt Nam."
    facts = facts_of(text, dt.date(2017, 1, 25))
    assert ("Tết Cộng đồng Xuân Đinh Dậu", "heldIn", "Seoul") in facts
    assert ("Tết Cộng đồng Xuân Đinh Dậu", "startDate", dt.date(2017, 1, 22)) in facts
    text = "Tết Cộng đồng năm 2020 của người Việt Nam tại Lào diễn ra tối 12/1 tại Trung tâm Văn hóa Việt Nam."
    assert held_in(text, published=dt.date(2020, 1, 15)) == {("Tết Cộng đồng năm 2020", "Trung tâm Văn hóa Việt Nam")}
    # in lower case it is the feast, no event
    assert facts_of("Bà con đã cùng nhau đón Tết cộng đồng ấm áp tại Trung tâm Văn hóa Việt Nam.", relation="heldIn") == set()


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "Bên lề Hội nghị Hợp tác phát triển du lịch các tỉnh Tây Bắc lần thứ 5, chiều 8/4, tại Khách sạn Mường Thanh, lãnh đạo "
            "hai tỉnh đã dự Lễ ký kết biên bản ghi nhớ hợp tác du lịch giữa tỉnh Sơn La và tỉnh Hủa Phăn.",
            dt.date(2026, 4, 10),
            {("Lễ ký kết biên bản ghi nhớ hợp tác du lịch giữa tỉnh Sơn La và tỉnh Hủa Phăn", "Khách sạn Mường Thanh")},
        ),
        (
            "Trong khuôn khổ Tuần Văn hóa Việt Nam tại Lào năm 2026, tối 12/5, tại Nhà hát Quốc gia Lào, hai Bộ trưởng đã dự "
            "Lễ khai mạc Triển lãm ảnh Tình hữu nghị Việt - Lào.",
            dt.date(2026, 5, 14),
            {("Tuần Văn hóa Việt Nam tại Lào năm 2026", "Lào"), ("Lễ khai mạc Triển lãm ảnh Tình hữu nghị Việt - Lào", "Nhà hát Quốc gia Lào")},
        ),
        # near-miss: no frame, the conference itself is told to be at the hotel
        (
            "Hội nghị Hợp tác phát triển du lịch các tỉnh Tây Bắc lần thứ 5, chiều 8/4, tại Khách sạn Mường Thanh, đã thông qua "
            "Tuyên bố chung và Lễ ký kết biên bản ghi nhớ diễn ra sau đó.",
            dt.date(2026, 4, 10),
            {("Hội nghị Hợp tác phát triển du lịch các tỉnh Tây Bắc lần thứ 5", "Khách sạn Mường Thanh")},
        ),
    ],
)
def test_the_venue_after_a_framing_event_and_its_comma_is_the_main_clauses(text, published, expected):
    assert held_in(text, published=published) == expected


@pytest.mark.parametrize(
    "text, published, day",
    [
        # the days of what is to come ('sẽ') told between are not the day the story stands on
        (
            "Sáng 4/12, Hội chợ Thương mại Lào Cai 2025 khai mạc tại phường Lào Cai. Trong khuôn khổ hội chợ sẽ có Hội thảo xúc "
            "tiến đầu tư, diễn ra sáng 6/12 tại trụ sở UBND tỉnh. Ngay sau lễ khai mạc, hai bên đã ký biên bản hợp tác thương mại.",
            dt.date(2025, 12, 10), dt.date(2025, 12, 4),
        ),
        (
            "Tối 12/10, đoàn tỉnh Mayabeque đã có buổi làm việc với tỉnh Long An tại trụ sở UBND tỉnh. Ông Nguyễn Văn Tâm cho "
            "biết, đoàn sẽ khảo sát vùng lúa của huyện Thủ Thừa vào ngày 14/10. Ngay sau buổi làm việc, hai bên đã ký Bản ghi nhớ hợp tác.",
            dt.date(2023, 10, 15), dt.date(2023, 10, 12),
        ),
        # near-miss: an event told as held that day moves the story on
        (
            "Sáng 4/12, Hội chợ Thương mại Lào Cai 2025 khai mạc tại phường Lào Cai. Sáng 6/12, Hội thảo xúc tiến đầu tư diễn ra "
            "tại trụ sở UBND tỉnh. Ngay sau hội thảo, hai bên đã ký biên bản hợp tác thương mại.",
            dt.date(2025, 12, 10), dt.date(2025, 12, 6),
        ),
    ],
)
def test_right_after_is_the_day_the_story_stands_on_not_a_day_to_come(text, published, day):
    signed = {o for s, r, o in facts_of(text, published) if r == "startDate" and s.startswith("ký ")}
    assert signed == {day}


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the offices of a district dissolved in the 2023–2025 mergers, in the years it existed
        ("Ông Hoàng Văn Tiến, Chủ tịch UBND thị xã Cửa Lò, tiếp đoàn công tác của huyện Sầm Nưa.", dt.date(2019, 6, 10),
         {("Hoàng Văn Tiến", "vn-nghe-an-cua-lo")}),
        ("Tiếp đoàn có bà Ngô Thị Mai, Phó Chủ tịch UBND huyện Lộc Hà, tỉnh Hà Tĩnh.", dt.date(2023, 3, 2),
         {("Ngô Thị Mai", "vn-ha-tinh-loc-ha")}),
        # TP Ninh Bình, merged into TP Hoa Lư, is no office of the province
        ("Ông Trương Văn Hải, Chủ tịch UBND TP Ninh Bình, tiếp đoàn.", dt.date(2019, 6, 10),
         {("Trương Văn Hải", "vn-ninh-binh-ninh-binh")}),
        # after the merger, the chairman of the new ward of that name holds no office of the town
        ("Ông Phạm Đức Long, Chủ tịch UBND phường Cửa Lò, tiếp đoàn công tác của tỉnh Bolikhămxay.", dt.date(2025, 9, 10),
         {("Phạm Đức Long", "phường Cửa Lò")}),
    ],
)
def test_offices_of_a_district_dissolved_in_the_2023_2025_mergers(text, published, expected):
    facts = extract(Document("t", text, published=published)).facts
    jurisdictions = {(f.subject.label, dict(f.object.props)["jurisdiction"].key) for f in facts if f.relation == "holdsOffice"}
    assert jurisdictions == expected


@pytest.mark.parametrize(
    "text, event, first, last",
    [
        ("Diễn ra từ ngày 14 - 16/11/2025 tại Công viên Biển Đông, Lễ hội Văn hóa biển Đà Nẵng lần thứ hai thu hút "
         "32 đoàn nghệ thuật.", "Lễ hội Văn hóa biển Đà Nẵng lần thứ hai", dt.date(2025, 11, 14), dt.date(2025, 11, 16)),
        ("Được tổ chức trong hai ngày 14 và 15/11 tại Khách sạn Mường Thanh, Hội nghị xúc tiến đầu tư tỉnh Điện Biên "
         "thu hút 300 đại biểu.", "Hội nghị xúc tiến đầu tư tỉnh Điện Biên", dt.date(2025, 11, 14), dt.date(2025, 11, 15)),
    ],
)
def test_a_span_told_first_as_a_participle_is_the_span_of_the_event_opening_the_main_clause(text, event, first, last):
    assert {(event, "startDate", first), (event, "endDate", last)} <= dates_of(text, dt.date(2025, 11, 17))


@pytest.mark.parametrize(
    "second",
    [
        "Diễn ra từ ngày 4 đến 6/11 (nhằm ngày 15 đến 17/9 âm lịch), ngày hội có nhiều hoạt động văn hóa.",
        "Kéo dài từ ngày 4 đến hết ngày 6/11, ngày hội thu hút hàng nghìn lượt khách.",
    ],
)
def test_a_participle_span_told_of_a_lower_case_bare_head_dates_the_event_it_refers_back_to(second):
    text = ("Sáng 5/11, tại xã Gò Quao, UBND tỉnh An Giang khai mạc Ngày hội Văn hóa đồng bào Khmer tỉnh An Giang "
            "lần thứ XVII năm 2025. " + second)
    event = "Ngày hội Văn hóa đồng bào Khmer tỉnh An Giang lần thứ XVII năm 2025"
    dates = dates_of(text, dt.date(2025, 11, 5))
    assert {(event, "startDate", dt.date(2025, 11, 4)), (event, "endDate", dt.date(2025, 11, 6))} <= dates
    assert (event, "startDate", dt.date(2025, 11, 5)) not in dates


@pytest.mark.parametrize(
    "text, event, first, last",
    [
        # "Carnival", the English spelling, opens an event as "Carnaval" does: the days are its own, not those
        # of the festival it is held within
        ("Diễn ra vào các tối cuối tuần, từ 21/6 – 20/7, Carnival đường phố Biển Xanh nằm trong khuôn khổ Lễ hội "
         "Du lịch biển Quy Nhơn 2025 đã thu hút đông đảo du khách.", "Carnival đường phố Biển Xanh",
         dt.date(2025, 6, 21), dt.date(2025, 7, 20)),
        ("Carnival đường phố Hạ Long 2025 diễn ra từ ngày 30/4 đến 1/5 tại Quảng trường 30/10.",
         "Carnival đường phố Hạ Long 2025", dt.date(2025, 4, 30), dt.date(2025, 5, 1)),
    ],
)
def test_a_carnival_spelt_the_english_way_is_an_event(text, event, first, last):
    dates = dates_of(text, dt.date(2025, 7, 22))
    assert {(event, "startDate", first), (event, "endDate", last)} <= dates
    assert not {d for d in dates if d[0].startswith("Lễ hội")}


def test_a_participle_span_told_of_a_bare_head_of_another_kind_dates_nothing():
    text = ("Sáng 5/11, tại xã Gò Quao, UBND tỉnh An Giang khai mạc Ngày hội Văn hóa đồng bào Khmer tỉnh An Giang "
            "lần thứ XVII năm 2025. Diễn ra từ ngày 4 đến 6/11, hội nghị bàn về du lịch.")
    assert {(r, d) for _, r, d in dates_of(text, dt.date(2025, 11, 5))} == {("startDate", dt.date(2025, 11, 5))}


def test_a_participle_span_before_another_subject_dates_no_event_named_later():
    text = "Diễn ra từ ngày 14 đến 16/11, các đoàn nghệ thuật đã biểu diễn tại Lễ hội Văn hóa biển Đà Nẵng lần thứ hai."
    assert dates_of(text, dt.date(2025, 11, 17)) == set()


@pytest.mark.parametrize(
    "text, relation, expected",
    [
        # who holds the event, bodies listed with commas, or the agent of 'được': an aside before its days
        ("Sáng 20/3, tỉnh Lâm Đồng khai mạc Hội chợ Nông sản Lâm Đồng 2026 tại Quảng trường Lâm Viên. Hội chợ do Sở Công "
         "Thương, Sở Nông nghiệp và Môi trường và UBND tỉnh Lâm Đồng phối hợp tổ chức, kéo dài đến hết ngày 22/3.",
         "endDate", {("Hội chợ Nông sản Lâm Đồng 2026", dt.date(2026, 3, 22))}),
        ("Hội chợ Nông sản Lâm Đồng 2026, được Sở Công Thương triển khai từ ngày 20 đến 22/3, thu hút 200 gian hàng.",
         "endDate", {("Hội chợ Nông sản Lâm Đồng 2026", dt.date(2026, 3, 22))}),
        # near-miss: 'được' with no body after it is no organiser, and its clause parts the event from the days
        ("Hội chợ Nông sản Lâm Đồng 2026, được du khách đánh giá cao, thu hút 200 gian hàng từ ngày 20 đến 22/3.",
         "endDate", set()),
        # the activities of the event just named last until that day
        ("Sáng 20/3, tỉnh Lâm Đồng khai mạc Lễ hội Hoa Đà Lạt năm 2026 tại Quảng trường Lâm Viên. Các hoạt động của lễ hội "
         "kéo dài đến hết ngày 22/3.", "endDate", {("Lễ hội Hoa Đà Lạt năm 2026", dt.date(2026, 3, 22))}),
        ("Sáng 20/3, Sở Công Thương khai mạc Hội chợ Nông sản Lâm Đồng 2026 tại Quảng trường Lâm Viên. Những hoạt động trong "
         "khuôn khổ hội chợ sẽ diễn ra đến hết ngày 22/3.", "endDate", {("Hội chợ Nông sản Lâm Đồng 2026", dt.date(2026, 3, 22))}),
        # near-miss: the activities of a body, not of the event
        ("Sáng 20/3, tỉnh Lâm Đồng khai mạc Lễ hội Hoa Đà Lạt năm 2026 tại Quảng trường Lâm Viên. Các hoạt động của Sở Văn "
         "hóa kéo dài đến hết ngày 22/3.", "endDate", set()),
        # an exhibition shown at a venue is held there
        ('Từ ngày 26 đến 29/8, Triển lãm ảnh "Đất và người Tây Ninh" được trưng bày tại Nhà Văn hóa tỉnh Tây Ninh.',
         "heldIn", {('Triển lãm ảnh "Đất và người Tây Ninh"', "Nhà Văn hóa tỉnh Tây Ninh")}),
        ('Triển lãm tư liệu "Hoàng Sa - Trường Sa" đang được trưng bày tại Bảo tàng tỉnh Quảng Ngãi đến hết ngày 30/8.',
         "heldIn", {('Triển lãm tư liệu "Hoàng Sa - Trường Sa"', "Bảo tàng tỉnh Quảng Ngãi")}),
        # near-miss: what it shows, then another act at another place
        ('Triển lãm "Hoàng Sa - Trường Sa" trưng bày hơn 200 tư liệu, sau đó lưu động tại huyện Lý Sơn.', "heldIn", set()),
    ],
)
def test_organisers_activities_and_showing_told_around_an_events_days_and_venue(text, relation, expected):
    assert {(s, o) for s, r, o in facts_of(text, dt.date(2026, 3, 20)) if r == relation} == expected


FESTIVAL_OPENED = "Sáng 10/3, tỉnh Phú Thọ khai mạc Lễ hội Đền Hùng năm 2026 tại Khu di tích lịch sử Đền Hùng. "


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cùng ngày, ông Trần Văn Khải dự Hội nghị xúc tiến đầu tư Phú Thọ 2026.",
         ("Hội nghị xúc tiến đầu tư Phú Thọ 2026", "startDate", dt.date(2026, 3, 10))),
        ("Cùng ngày, tỉnh tổ chức Hội nghị xúc tiến đầu tư Phú Thọ.",
         ("Hội nghị xúc tiến đầu tư Phú Thọ", "startDate", dt.date(2026, 3, 10))),
    ],
)
def test_cung_ngay_opening_the_sentence_repeats_the_day_before(text, expected):
    assert expected in dates_of(FESTIVAL_OPENED + text, dt.date(2026, 3, 11))


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ceremony of offering incense is its own event, never the festival told before
        ("Cùng ngày, Phó Chủ tịch UBND tỉnh Trần Văn Khải đã dự Lễ dâng hương tại Đền thờ Âu Cơ.", set()),
        ("Cùng ngày, đoàn đã dự Lễ dâng hương tưởng niệm các Vua Hùng tại Đền Thượng.",
         {("Lễ dâng hương tưởng niệm các Vua Hùng", "Đền Thượng")}),
        ("Chiều cùng ngày, lãnh đạo tỉnh dự Lễ dâng hoa tại Khu di tích Đền Hùng.", set()),
    ],
)
def test_an_offering_ceremony_does_not_refer_back_to_the_festival(text, expected):
    assert held_in(FESTIVAL_OPENED + text, published=dt.date(2026, 3, 11)) == {
        ("Lễ hội Đền Hùng năm 2026", "Khu di tích lịch sử Đền Hùng")} | expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the place before the edition's year is in the name; the venue the sentence leads with is where it is held
        ("Tối 14/9, tại Công viên Ueno, thủ đô Tokyo, Lễ hội Việt Nam tại Tokyo 2026 đã khai mạc.",
         {("Lễ hội Việt Nam tại Tokyo 2026", "Công viên Ueno")}),
        ("Ngày hội Văn hóa Hàn Quốc tại Cần Thơ năm 2024 khai mạc tối 3/5 tại Công viên Lưu Hữu Phước.",
         {("Ngày hội Văn hóa Hàn Quốc tại Cần Thơ năm 2024", "Công viên Lưu Hữu Phước")}),
        # no venue said: the edition is held in the place its name is of
        ("Sáng 8/6, tỉnh Nghệ An khai mạc Tuần Văn hóa, Du lịch Nghệ An tại tỉnh Champasak năm 2026.",
         {("Tuần Văn hóa, Du lịch Nghệ An tại tỉnh Champasak năm 2026", "Chăm-pa-sắc")}),
        # near-miss: a venue the sentence leads with outside that place is another act's (a rehearsal's)
        ("Ngày 20/10, tại Nhà hát tỉnh, thành phố Vinh, Sở Văn hóa đã duyệt chương trình phục vụ Tuần Văn hóa Nghệ An "
         "tại tỉnh Champasak năm 2026.",
         {("Tuần Văn hóa Nghệ An tại tỉnh Champasak năm 2026", "Chăm-pa-sắc")}),
        # near-miss: a 'tại' after the verb of holding, or with no year after it, ends the name
        ("Hội chợ OCOP Quảng Ninh được tổ chức tại Hạ Long năm 2024 với 300 gian hàng.", {("Hội chợ OCOP Quảng Ninh", "Hạ Long")}),
        ("Tối 2/3, Hội chợ OCOP Quảng Ninh tại Hạ Long đã khai mạc.", {("Hội chợ OCOP Quảng Ninh", "Hạ Long")}),
    ],
)
def test_the_place_of_an_edition_before_its_year_is_in_its_name(text, expected):
    assert {(s, o) for s, _, o in facts_of(text, dt.date(2026, 10, 1), "heldIn")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the term after a congress's name is the name's: the 'tại' after it is where the congress is held
        ("Sáng 15-8, Đảng bộ phường Bến Thành tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030 tại Nhà văn hóa Thanh niên.",
         {("Đại hội đại biểu lần thứ I", "Nhà văn hóa Thanh niên")}),
        ("Ngày 3/6, Đảng bộ xã Tân Phú tổ chức Đại hội đại biểu lần thứ XX, nhiệm kỳ 2020 - 2025 tại Hội trường UBND xã Tân Phú.",
         {("Đại hội đại biểu lần thứ XX", "Hội trường UBND xã Tân Phú")}),
        # near-miss: a clause of its own after the term, its 'tại' is that clause's
        ("Ngày 3/6, Đảng bộ xã Tân Phú tổ chức Đại hội đại biểu lần thứ XX, nhiệm kỳ 2020 - 2025, ông Trần Văn Bình phát biểu "
         "tại Hội trường UBND xã Tân Phú.", set()),
    ],
)
def test_the_term_after_a_congress_is_no_gap_before_its_venue(text, expected):
    assert {(s, o) for s, _, o in facts_of(text, dt.date(2025, 8, 20), "heldIn")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an online meeting's main bridge point is where it is held
        ("Ngày 27-10, Ban Đối ngoại Trung ương tổ chức Hội nghị trực tuyến bồi dưỡng nghiệp vụ đối ngoại năm 2025. Đồng chí "
         "Lê Văn An, Phó trưởng ban, chủ trì hội nghị tại điểm cầu chính ở trụ sở Ban Đối ngoại Trung ương (Hà Nội).",
         {("Hội nghị trực tuyến bồi dưỡng nghiệp vụ đối ngoại năm 2025", "trụ sở Ban Đối ngoại Trung ương")}),
        # of two bridge points, the first is taken (either is where it is held)
        ("Hội nghị ký kết chương trình hợp tác giữa tỉnh Lào Cai và tỉnh Vân Nam diễn ra chiều 8/6 tại hai điểm cầu: "
         "Hội trường UBND tỉnh Lào Cai và trụ sở chính quyền tỉnh Vân Nam ở thành phố Côn Minh.",
         {("Hội nghị ký kết chương trình hợp tác giữa tỉnh Lào Cai và tỉnh Vân Nam", "Hội trường UBND tỉnh Lào Cai")}),
        # near-miss: a local bridge point is only where some attend
        ("Ngày 27-10, Hội nghị trực tuyến bồi dưỡng nghiệp vụ đối ngoại năm 2025 diễn ra. Tại điểm cầu tỉnh Quảng Trị, "
         "đồng chí Hồ Văn An chủ trì hội nghị.", set()),
    ],
)
def test_the_main_bridge_point_is_where_an_online_meeting_is_held(text, expected):
    assert {(s, o) for s, _, o in facts_of(text, dt.date(2025, 10, 28), "heldIn")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the point an online meeting is linked from, to the others, is where it is held
        ("Sáng 12/6, Thủ tướng chủ trì Hội nghị trực tuyến toàn quốc về phát triển khu công nghiệp. Hội nghị được kết nối "
         "từ trụ sở Chính phủ tới 34 điểm cầu UBND tỉnh, thành phố.",
         {("Hội nghị trực tuyến toàn quốc về phát triển khu công nghiệp", "trụ sở Chính phủ")}),
        ("Sáng 20/12, Ban Đối ngoại Trung ương tổ chức Hội nghị toàn quốc tổng kết công tác đối ngoại năm 2025. Hội nghị được "
         "kết nối từ điểm cầu chính ở Hà Nội tới 34 tỉnh ủy, thành ủy.",
         {("Hội nghị toàn quốc tổng kết công tác đối ngoại năm 2025", "Hà Nội")}),
        # near-miss: a road linked from a city says nothing of where the fair is held
        ("Sáng 12/6, tỉnh tổ chức Hội chợ OCOP. Dịp này, tỉnh kết nối từ Hà Nội tới các tỉnh nhiều tuyến xe.", set()),
    ],
)
def test_the_point_an_online_meeting_is_linked_from_is_where_it_is_held(text, expected):
    assert {(s, o) for s, _, o in facts_of(text, dt.date(2025, 12, 21), "heldIn")} == expected


def titled_facts(title, text, published=dt.date(2025, 11, 20)):
    doc = Document("t", text, published=published, title=title)
    return {(f.subject.label, f.relation, f.object if isinstance(f.object, dt.date) else f.object.label)
            for f in extract(doc).facts if f.relation in ("heldIn", "startDate", "endDate")}


@pytest.mark.parametrize(
    "title, text, event, venue, day",
    [
        # the title names the week with 'Tuần', the body refers to it as 'Tuần lễ'
        ('Khai mạc Tuần "Văn hóa các dân tộc Tây Nguyên" năm 2025',
         "Biểu diễn chào mừng khai mạc Tuần lễ.\n\nTuần lễ được khai mạc tối 18-11, tại Làng Văn hóa - Du lịch các dân tộc Việt Nam.",
         'Tuần "Văn hóa các dân tộc Tây Nguyên" năm 2025', "Làng Văn hóa - Du lịch các dân tộc Việt Nam", dt.date(2025, 11, 18)),
        # a festival named in the title only, its bare head held in the body
        ("Khai mạc Lễ hội Hoa Ban năm 2025",
         "Lễ hội được khai mạc tối 18-3, tại Quảng trường 7/5, thành phố Điện Biên Phủ.",
         "Lễ hội Hoa Ban năm 2025", "Quảng trường 7/5", dt.date(2025, 3, 18)),
    ],
)
def test_a_bare_head_with_no_event_before_it_is_the_titles_event(title, text, event, venue, day):
    facts = titled_facts(title, text)
    assert (event, "heldIn", venue) in facts and (event, "startDate", day) in facts
    assert not any(s in ("Tuần lễ", "Lễ hội") for s, _, _ in facts)


def test_a_bare_head_of_another_kind_than_the_titles_event_stays_apart():
    # the title names a festival, the body a bare fair: not the festival
    facts = titled_facts("Khai mạc Lễ hội Hoa Ban năm 2025",
                         "Hội chợ được khai mạc tối 18-3, tại Quảng trường 7/5, thành phố Điện Biên Phủ.")
    assert not any(s == "Lễ hội Hoa Ban năm 2025" for s, _, _ in facts)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Đoàn đại biểu tỉnh Lạng Sơn tham dự Diễn đàn hợp tác kinh tế hành lang (GMS) năm 2017 tại thành phố Côn Minh, tỉnh Vân Nam, Trung Quốc.",
         {("Diễn đàn hợp tác kinh tế hành lang (GMS) năm 2017", "Côn Minh")}),
        ("Sáng 5/6, Hội nghị Cấp cao hợp tác kinh tế Mekong (ACMECS) lần thứ 10 khai mạc tại Hà Nội.",
         {("Hội nghị Cấp cao hợp tác kinh tế Mekong (ACMECS) lần thứ 10", "Hà Nội")}),
    ],
)
def test_the_venue_after_an_acronym_and_edition_is_the_events(text, expected):
    assert held_in(text, published=dt.date(2017, 6, 14)) == expected


def test_a_festival_named_in_lower_case_up_to_its_edition_in_the_title_is_the_bare_heads():
    facts = titled_facts("Tuyên Quang: Lễ hội khinh khí cầu quốc tế lần thứ I năm 2022",
                         "Lễ hội diễn ra trong 5 ngày từ 30/3 đến 3/4, tại quảng trường Nguyễn Tất Thành (thành phố Tuyên Quang).",
                         published=dt.date(2022, 3, 29))
    name = "Lễ hội khinh khí cầu quốc tế lần thứ I năm 2022"
    assert {(name, "startDate", dt.date(2022, 3, 30)), (name, "endDate", dt.date(2022, 4, 3))} <= facts


@pytest.mark.parametrize(
    "text, parent, relation",
    [
        # the event a ceremony opens or closes may be quoted after it
        ('Tối 7/10, tại Sân vận động thị trấn Sìn Hồ diễn ra Lễ khai mạc "Ngày hội văn hóa, thể thao các dân tộc huyện Sìn Hồ năm 2025".',
         "Ngày hội văn hóa, thể thao các dân tộc huyện Sìn Hồ năm 2025", "startDate"),
        ('Tối 7/10, tại Quảng trường tỉnh, Lễ bế mạc "Tuần lễ Văn hóa - Du lịch Lai Châu năm 2025" đã diễn ra.',
         "Tuần lễ Văn hóa - Du lịch Lai Châu năm 2025", "endDate"),
    ],
)
def test_a_ceremony_dates_the_quoted_event_it_opens_or_closes(text, parent, relation):
    facts = facts_of(text, dt.date(2025, 10, 8))
    assert (parent, relation, dt.date(2025, 10, 7)) in facts


def test_a_ceremony_with_a_quoted_theme_has_no_parent():
    facts = facts_of('Tối 7/10, tại Quảng trường tỉnh, Lễ khai mạc "Sắc màu Tây Bắc" đã diễn ra.', dt.date(2025, 10, 8))
    assert not any(r == "partOf" for _, r, _ in facts)
    assert {s for s, r, _ in facts if r == "startDate"} == {'Lễ khai mạc "Sắc màu Tây Bắc"'}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare head that refers to nothing before opens a list of its parts: a part named with the same
        # head is not what the bare head names later
        (
            "Lễ hội năm nay gồm nhiều hoạt động như: Lễ khai mạc; Hội thảo phát triển du lịch; Lễ hội đường phố; "
            "Lễ bế mạc. Dự kiến, Lễ hội khai mạc lúc 20 giờ ngày 12/3 tại Quảng trường 10/3, TP Buôn Ma Thuột.",
            set(),
        ),
        (
            "Hội nghị lần này có hai phiên: Hội nghị toàn thể và Hội nghị chuyên đề về du lịch. Hội nghị diễn ra "
            "ngày 5/6 tại Khách sạn Mường Thanh, TP Điện Biên Phủ.",
            set(),
        ),
        # … a name told in a sentence of its own is what the bare head refers back to
        (
            "Tại Hội nghị, ông Lê Văn Ba phát biểu. Hội nghị Xúc tiến đầu tư tỉnh Điện Biên năm 2025 diễn ra ngày "
            "5/6. Hội nghị diễn ra tại Khách sạn Mường Thanh.",
            {("Hội nghị Xúc tiến đầu tư tỉnh Điện Biên năm 2025", "heldIn", "Khách sạn Mường Thanh"),
             ("Hội nghị Xúc tiến đầu tư tỉnh Điện Biên năm 2025", "startDate", dt.date(2025, 6, 5))},
        ),
    ],
)
def test_a_part_listed_after_a_bare_head_is_not_its_antecedent(text, expected):
    assert {f for f in facts_of(text) if f[1] in ("heldIn", "startDate", "endDate")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Tại tỉnh X, dự Hội nghị có …" of an online meeting: X is where some attend, not where it is held
        (
            "Sáng ngày 3/1, Bộ Văn hóa, Thể thao và Du lịch tổ chức Hội nghị trực tuyến toàn quốc tổng kết công tác "
            "năm 2024. Tại tỉnh Sóc Trăng, dự Hội nghị có bà Huỳnh Thị Mai - Phó Chủ tịch UBND tỉnh.",
            set(),
        ),
        (
            "Chiều 12/2, Bộ Công Thương tổ chức Hội nghị trực tuyến triển khai nhiệm vụ năm 2025. Tại thành phố Cần "
            "Thơ, cùng tham dự Hội nghị có ông Lê Văn Sử, Phó Chủ tịch UBND thành phố.",
            set(),
        ),
        # … a meeting held in person is held where its attendants sit
        (
            "Sáng 5/3, UBND tỉnh Sóc Trăng tổ chức Hội nghị tổng kết công tác đối ngoại năm 2024. Tại Hội trường "
            "UBND tỉnh, dự Hội nghị có bà Huỳnh Thị Mai - Phó Chủ tịch UBND tỉnh.",
            {("Hội nghị tổng kết công tác đối ngoại năm 2024", "heldIn", "Hội trường UBND tỉnh Sóc Trăng")},
        ),
    ],
)
def test_a_place_whose_attendants_an_online_meeting_lists_is_no_venue(text, expected):
    assert {f for f in facts_of(text) if f[1] == "heldIn"} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Tại X, hội nghị được truyền trực tiếp / kết nối trực tuyến tới N điểm cầu": X is where it is relayed
        (
            "Sáng 5/3, Ban Bí thư tổ chức Hội nghị trực tuyến toàn quốc quán triệt Chỉ thị 12. Tại Hà Giang, hội nghị "
            "được truyền trực tiếp đến 11 điểm cầu cấp huyện.",
            set(),
        ),
        (
            "Sáng 5/3, Bộ Nội vụ tổ chức Hội nghị trực tuyến tổng kết công tác năm 2024. Tại tỉnh Bình Định, hội nghị "
            "được kết nối trực tuyến tới 11 điểm cầu các huyện, thị xã.",
            set(),
        ),
        # near-misses: a named venue linking out is the main point; a fronted place with no relay is the venue
        (
            "Sáng 5/3, UBND tỉnh tổ chức Hội nghị trực tuyến sơ kết công tác đối ngoại. Tại Hội trường Tỉnh ủy Hà Giang, "
            "hội nghị được kết nối trực tuyến tới 11 điểm cầu cấp huyện.",
            {("Hội nghị trực tuyến sơ kết công tác đối ngoại", "heldIn", "Hội trường Tỉnh ủy Hà Giang")},
        ),
        (
            "Sáng 5/3, Sở Ngoại vụ tổ chức Hội nghị tập huấn công tác lễ tân. Tại Hà Giang, hội nghị thu hút 200 đại biểu.",
            {("Hội nghị tập huấn công tác lễ tân", "heldIn", "Hà Giang")},
        ),
    ],
)
def test_a_place_an_online_meeting_is_relayed_to_is_no_venue(text, expected):
    assert {f for f in facts_of(text) if f[1] == "heldIn"} == expected


@pytest.mark.parametrize(
    "text, event, place",
    [
        ("Tại Hội nghị truyền thông về Lễ hội Hoa tam giác mạch năm 2025 do UBND tỉnh Tuyên Quang tổ chức tại Hà Nội chiều 16/8, "
         "ông Lò Văn Tâm cho biết lễ hội có nhiều hoạt động.",
         "Hội nghị truyền thông về Lễ hội Hoa tam giác mạch năm 2025", "Hà Nội"),
        ("Sáng 16/8, Hội thảo về Lễ hội Hoa Ban Điện Biên được tổ chức tại Hà Nội.", "Hội thảo về Lễ hội Hoa Ban Điện Biên", "Hà Nội"),
    ],
)
def test_the_place_of_a_meeting_about_a_festival_is_not_the_festivals(text, event, place):
    facts = facts_of(text, relation="heldIn")
    assert (event, "heldIn", place) in facts
    assert not any(s.startswith("Lễ hội") for s, _, _ in facts)


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 2/4, buổi họp báo về Tuần Văn hóa Khánh Hòa tại Hàn Quốc diễn ra tại TP Nha Trang.",
        "Chiều 2/4, cuộc họp về Lễ hội Hoa Ban năm 2025 diễn ra tại trụ sở UBND tỉnh Điện Biên.",
    ],
)
def test_an_event_a_meeting_is_about_takes_no_place_of_the_meeting(text):
    assert not any(s.startswith(("Tuần", "Lễ hội")) for s, _, _ in facts_of(text, relation="heldIn"))


@pytest.mark.parametrize(
    "text, event, day, published",
    [
        ("20h ngày 15/3/2026 tới đây, tại Sân vận động tỉnh sẽ diễn ra Lễ khai mạc Lễ hội Hoa Ban lần thứ IX.",
         "Lễ khai mạc Lễ hội Hoa Ban lần thứ IX", dt.date(2026, 3, 15), dt.date(2025, 5, 20)),
        ("Sáng 5/6 sắp tới, tại Trung tâm Hội nghị tỉnh Lạng Sơn sẽ diễn ra Hội nghị xúc tiến đầu tư tỉnh Lạng Sơn năm 2025.",
         "Hội nghị xúc tiến đầu tư tỉnh Lạng Sơn năm 2025", dt.date(2025, 6, 5), dt.date(2025, 5, 20)),
        # "tới" after the day, before its comma: a day still to come, in the page's year though months ahead
        ("Tối 15/12 tới, Lễ hội Văn hóa Trà Thái Nguyên lần thứ nhất khai mạc tại Quảng trường 20/8.",
         "Lễ hội Văn hóa Trà Thái Nguyên lần thứ nhất", dt.date(2021, 12, 15), dt.date(2021, 10, 1)),
        ("Tối 15/12 tới đây, tỉnh Thái Nguyên khai mạc Lễ hội Văn hóa Trà lần thứ nhất tại Quảng trường 20/8.",
         "Lễ hội Văn hóa Trà lần thứ nhất", dt.date(2021, 12, 15), dt.date(2021, 10, 1)),
        # "tới đây" closes the day's phrase as a comma would
        ("Ngày 27/11 tới đây tỉnh sẽ tổ chức Lễ kỷ niệm 130 năm thành lập tỉnh, 30 năm tái lập tỉnh Hà Giang.",
         "Lễ kỷ niệm 130 năm thành lập tỉnh", dt.date(2021, 11, 27), dt.date(2021, 10, 1)),
        ("Ngày 27/11 tới, tỉnh sẽ tổ chức Lễ kỷ niệm 130 năm thành lập tỉnh Hà Giang.",
         "Lễ kỷ niệm 130 năm thành lập tỉnh Hà Giang", dt.date(2021, 11, 27), dt.date(2021, 10, 1)),
    ],
)
def test_a_day_still_to_come_leads_the_event(text, event, day, published):
    assert (event, "startDate", day) in facts_of(text, published, relation="startDate")


def test_a_day_still_to_come_in_a_plan_dates_no_event():
    text = "Kế hoạch ban hành ngày 5/6 tới đây sẽ được triển khai, Hội nghị xúc tiến đầu tư tỉnh Lạng Sơn năm 2025 bàn về nội dung này."
    assert not facts_of(text, relation="startDate")


@pytest.mark.parametrize(
    "text",
    [
        "Phát biểu tại Hội thảo, Thứ trưởng Bộ Ngoại giao Đinh Văn Tâm nhấn mạnh ý nghĩa của Hội thảo tổ chức tại Đà Nẵng.",
        "Phát biểu tại Hội nghị, Phó Chủ tịch UBND tỉnh Nghệ An Lê Văn Hòa cho biết Hội nghị được tổ chức tại thành phố Vinh.",
        "Phát biểu khai mạc Diễn đàn, Giám đốc Sở Ngoại vụ Trần Thị Lan cho biết diễn đàn được tổ chức tại Khách sạn Mường Thanh.",
    ],
)
def test_a_title_after_the_comma_is_the_speaker_not_more_of_the_events_name(text):
    facts = facts_of(text)
    assert not any(r in ("heldIn", "startDate") and "," in s for s, r, o in facts)


def test_the_bare_head_before_the_speaker_still_refers_back_to_the_event_named():
    text = ("Sáng 5/3, Hội thảo quốc tế Việt Nam học lần thứ 7 diễn ra tại Hà Nội. "
            "Phát biểu tại Hội thảo, Phó Thủ tướng Lê Minh Khải nhấn mạnh vai trò của hợp tác.")
    facts = facts_of(text)
    assert ("Hội thảo quốc tế Việt Nam học lần thứ 7", "heldIn", "Hà Nội") in facts
    assert ("Lê Minh Khải", "spokeAt", "Hội thảo quốc tế Việt Nam học lần thứ 7") in facts
    # a title inside the name with no comma before it stays in the name
    assert ("Hội nghị Bộ trưởng Ngoại giao ASEAN", "startDate", dt.date(2025, 3, 5)) in facts_of(
        "Sáng 5/3, Hội nghị Bộ trưởng Ngoại giao ASEAN diễn ra tại Viêng Chăn.")


@pytest.mark.parametrize(
    "text, event, place",
    [
        ("Ngày 11-11, hội thảo khoa học quốc tế lần thứ hai khai mạc tại khách sạn New World (TP.HCM).",
         "hội thảo khoa học quốc tế lần thứ hai", "khách sạn New World"),
        ("Ngày 11-11, hội thảo khoa học quốc tế lần thứ hai với chủ đề “Biển Đông: Hợp tác vì an ninh” do Học viện "
         "Ngoại giao và Hội Luật gia Việt Nam phối hợp khai mạc tại khách sạn New World (TP.HCM).",
         "hội thảo khoa học quốc tế lần thứ hai", "khách sạn New World"),
        ("Sáng 11/11, hội chợ thương mại quốc tế lần thứ 19 khai mạc tại thành phố Lào Cai.",
         "hội chợ thương mại quốc tế lần thứ 19", "Lào Cai"),
    ],
)
def test_a_lower_case_edition_of_its_kind_is_an_event(text, event, place):
    facts = facts_of(text, dt.date(2025, 11, 11))
    assert (event, "startDate", dt.date(2025, 11, 11)) in facts
    assert (event, "heldIn", place) in facts


def test_what_something_is_said_to_be_is_no_edition():
    facts = facts_of("Đây là hội thảo khoa học lần thứ hai được tổ chức tại Hà Nội.", dt.date(2025, 11, 11))
    assert not any(r == "heldIn" for s, r, o in facts)


# "Việt Nam - Campuchia tổ chức Hội nghị X": two places that organise together; where X is held the
# subject does not say (a single leading host still does).
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Việt Nam - Campuchia tổ chức Hội nghị Xúc tiến đầu tư các tỉnh biên giới lần thứ 13.", set()),
        ("Hà Tĩnh và Khăm Muộn tổ chức Hội nghị Xúc tiến du lịch lần thứ hai.", set()),
        # near-miss: one host
        ("Việt Nam đăng cai Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 17.",
         {("Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 17", "heldIn", "Việt Nam")}),
    ],
)
def test_two_hosts_joined_say_no_venue(text, expected):
    assert {f for f in facts_of(text) if f[1] == "heldIn"} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the time of day and the date told right after the venue are not part of its name
        ("Lễ khai mạc Tuần Văn hóa Campuchia tại Việt Nam đã diễn ra tại Nhà hát Lớn Hà Nội tối 18/7.",
         {("Lễ khai mạc Tuần Văn hóa Campuchia", "Nhà hát Lớn Hà Nội")}),
        ("Lễ hội Hoa Phượng Đỏ năm 2025 khai mạc tại Quảng trường Nhà hát thành phố Hải Phòng tối nay.",
         {("Lễ hội Hoa Phượng Đỏ năm 2025", "Quảng trường Nhà hát thành phố Hải Phòng")}),
        ("Giải Việt dã Báo Hà Giang lần thứ 20 diễn ra tại Quảng trường 26/3 sáng 12/5.",
         {("Giải Việt dã Báo Hà Giang lần thứ 20", "Quảng trường 26/3")}),
        # near-miss: a part of day inside a venue's name, before no day, stays in it
        ("Triển lãm Mỹ thuật trẻ 2025 khai mạc tại Nhà Văn hóa sáng tạo Thanh niên Hà Nội.",
         {("Triển lãm Mỹ thuật trẻ 2025", "Nhà Văn hóa sáng tạo Thanh niên Hà Nội")}),
    ],
)
def test_the_time_of_day_after_a_venue_ends_it(text, expected):
    assert held_in(text, published=dt.date(2025, 7, 19)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 'lễ khai mạc' in lower case before the event it opens, its name bare or quoted, is the ceremony:
        # the venue and the day told after it are the ceremony's
        ("Tối 18/7, lễ khai mạc Tuần Văn hóa Campuchia tại Việt Nam đã diễn ra tại Nhà hát Lớn Hà Nội.",
         {("lễ khai mạc Tuần Văn hóa Campuchia", "heldIn", "Nhà hát Lớn Hà Nội"),
          ("lễ khai mạc Tuần Văn hóa Campuchia", "startDate", dt.date(2025, 7, 18))}),
        ('Tối 18/7, lễ khai mạc "Tuần Văn hóa Lào tại Việt Nam" và chương trình biểu diễn của Đoàn nghệ thuật '
         "Quốc gia Lào đã diễn ra tại Nhà hát Lớn Hà Nội.",
         {('lễ khai mạc "Tuần Văn hóa Lào tại Việt Nam"', "heldIn", "Nhà hát Lớn Hà Nội"),
          ('lễ khai mạc "Tuần Văn hóa Lào tại Việt Nam"', "startDate", dt.date(2025, 7, 18))}),
        ("Chiều 20/7, lễ bế mạc Festival Biển Nha Trang 2025 được tổ chức tại Quảng trường 2/4.",
         {("lễ bế mạc Festival Biển Nha Trang 2025", "heldIn", "Quảng trường 2/4"),
          ("lễ bế mạc Festival Biển Nha Trang 2025", "startDate", dt.date(2025, 7, 20))}),
    ],
)
def test_an_opening_ceremony_in_lower_case_before_its_event_is_held_at_the_venue(text, expected):
    ceremony = next(iter(expected))[0]
    assert {f for f in facts_of(text, published=dt.date(2025, 7, 21)) if f[0] == ceremony and f[1] in ("heldIn", "startDate")} == expected


def test_the_day_a_show_for_an_opening_ceremony_is_rehearsed_dates_no_ceremony():
    text = ("Ngày 10/7, tại Nhà hát tỉnh, Sở Văn hóa, Thể thao và Du lịch đã duyệt chương trình nghệ thuật phục vụ "
            "lễ khai mạc Tuần Văn hóa Nghệ An tại tỉnh Bô-ly-khăm-xay năm 2025.")
    assert {f for f in facts_of(text, published=dt.date(2025, 7, 11)) if f[1] in ("startDate", "endDate")} == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # the foreign province a ceremony is held in holds the week abroad it opens too
        ("Tối 10/7, lễ khai mạc Tuần Văn hóa Nghệ An tại tỉnh Bô-ly-khăm-xay năm 2025 diễn ra trọng thể.",
         {("lễ khai mạc Tuần Văn hóa Nghệ An tại tỉnh Bô-ly-khăm-xay năm 2025", "Bò-li-khăm-xay"),
          ("Tuần Văn hóa Nghệ An tại tỉnh Bô-ly-khăm-xay năm 2025", "Bò-li-khăm-xay")}),
        ("Tối 3/11, Lễ khai mạc Những ngày Văn hóa Sơn La tại tỉnh Hủa Phăn năm 2025 được tổ chức long trọng.",
         {("Lễ khai mạc Những ngày Văn hóa Sơn La tại tỉnh Hủa Phăn năm 2025", "Hủa Phăn"),
          ("Những ngày Văn hóa Sơn La tại tỉnh Hủa Phăn năm 2025", "Hủa Phăn")}),
        # near-miss: the hall of the ceremony is its own, not the week's
        ("Tối 18/7, lễ khai mạc Tuần Văn hóa Campuchia tại Việt Nam đã diễn ra tại Nhà hát Lớn Hà Nội.",
         {("lễ khai mạc Tuần Văn hóa Campuchia", "Nhà hát Lớn Hà Nội")}),
    ],
)
def test_the_foreign_province_of_a_ceremony_holds_the_event_it_opens(text, expected):
    assert held_in(text, published=dt.date(2025, 11, 4)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rally ('mít tinh') held to mark an anniversary, without 'Lễ', in lower case after its organiser's verb or opening the clause
        ("Ngày 11/7, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam đã tổ chức mít tinh kỷ niệm 50 năm ngày thiết lập "
         "quan hệ ngoại giao Việt Nam - Philippines (12/7/1976 - 12/7/2026).",
         {("mít tinh kỷ niệm 50 năm ngày thiết lập quan hệ ngoại giao Việt Nam - Philippines", "Hà Nội")}),
        ("Sáng 2/9, Mít tinh kỷ niệm 81 năm Quốc khánh nước CHXHCN Việt Nam diễn ra tại Quảng trường Hồ Chí Minh, thành phố Vinh.",
         {("Mít tinh kỷ niệm 81 năm Quốc khánh nước CHXHCN Việt Nam", "Quảng trường Hồ Chí Minh")}),
        # near-miss: a rally taken part in, told by no name, names no event
        ("Hàng nghìn người dân đã tham gia mít tinh phản đối chiến tranh tại quảng trường thành phố.", set()),
    ],
)
def test_a_rally_marking_an_anniversary_is_an_event(text, expected):
    assert held_in(text, published=dt.date(2026, 9, 3)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the chair's verb names a welcome, not the exhibition the guests came to
        "Chiều 7/12, tại trụ sở Bộ Quốc phòng, Đại tướng Lê Minh Quang, Bộ trưởng Bộ Quốc phòng đã chủ trì lễ đón "
        "chính thức Đoàn đại biểu quân sự cấp cao Lào do Đại tướng Sổm Phết dẫn đầu sang thăm Việt Nam và dự Triển "
        "lãm Quốc phòng quốc tế Việt Nam 2024.",
        "Tối 7/12, Chủ tịch UBND tỉnh Quảng Ninh Lê Minh Quang chủ trì tiệc chiêu đãi các đoàn khách dự Hội chợ "
        "Thương mại quốc tế Việt - Trung 2024.",
        # a second news item on the page: the deputy attended a reception, not the conference the page opens with
        "Sáng 21/4, Hội nghị xúc tiến đầu tư tỉnh Lạng Sơn năm 2024 được tổ chức tại thành phố Lạng Sơn. "
        "Ngày 18/7, Chủ tịch UBND tỉnh Tây Ninh Trần Văn Hòa có buổi tiếp Đoàn doanh nghiệp Trung Quốc. "
        "Phó Chủ tịch UBND tỉnh Tây Ninh Lê Văn Đức cùng tham dự buổi tiếp.",
    ],
)
def test_a_cue_whose_object_is_another_act_links_no_one_to_the_event(text):
    assert not [f for f in facts_of(text) if f[1] in ("attended", "chaired")]


def test_a_cue_whose_object_is_the_event_itself_still_links():
    text = ("Sáng 21/4, Hội nghị xúc tiến đầu tư tỉnh Lạng Sơn năm 2024 được tổ chức tại thành phố Lạng Sơn. "
            "Phó Chủ tịch UBND tỉnh Lạng Sơn Lê Văn Đức tham dự hội nghị.")
    assert ("Lê Văn Đức", "attended", "Hội nghị xúc tiến đầu tư tỉnh Lạng Sơn năm 2024") in facts_of(text)



def test_a_day_months_after_the_page_not_told_as_to_come_is_of_the_year_before():
    text = "Tối 15/12, Lễ hội Văn hóa Trà Thái Nguyên lần thứ nhất khai mạc tại Quảng trường 20/8."
    assert ("Lễ hội Văn hóa Trà Thái Nguyên lần thứ nhất", "startDate", dt.date(2020, 12, 15)) in facts_of(text, dt.date(2021, 10, 1))


@pytest.mark.parametrize(
    "text, ward",
    [
        # a ward numbered after the former town it was cut from is that ward, not the town
        ("Ngày 11/12, tại phường Móng Cái 1, tỉnh Quảng Ninh tổ chức Hội chợ Thương mại Việt-Trung lần thứ 17.", "phường Móng Cái 1"),
        ("Ngày 11/12, tại phường Móng Cái 2 đã diễn ra Hội chợ Thương mại Việt-Trung lần thứ 17.", "phường Móng Cái 2"),
    ],
)
def test_a_numbered_ward_is_not_the_town_of_its_name(text, ward):
    held = {o for s, r, o in facts_of(text, dt.date(2025, 12, 11), relation="heldIn")}
    assert held == {ward}


def test_a_town_followed_by_a_year_keeps_its_place():
    text = "Ngày 11/12, tại thành phố Móng Cái đã diễn ra Hội chợ Thương mại Móng Cái 2025."
    assert ("Hội chợ Thương mại Móng Cái 2025", "heldIn", "Móng Cái") in facts_of(text, dt.date(2025, 12, 11))


@pytest.mark.parametrize(
    "text, event, venue",
    [
        # a trade week abroad, its supermarket told before it with the town it stands in after "ở"
        ("Ngày 2/10, tại đại siêu thị Carrefour ở thành phố Lille (Pháp), Tuần lễ hàng Việt Nam mừng Tết Trung thu "
         "đã chính thức khai trương.", "Tuần lễ hàng Việt Nam mừng Tết Trung thu", "đại siêu thị Carrefour"),
        ("Tuần hàng Việt Nam năm 2025 khai mạc sáng 12/9 tại siêu thị Aeon Mall ở thành phố Chiba, Nhật Bản.",
         "Tuần hàng Việt Nam năm 2025", "siêu thị Aeon Mall"),
    ],
)
def test_a_trade_week_abroad_is_held_at_its_supermarket(text, event, venue):
    facts = facts_of(text)
    assert (event, "heldIn", venue) in facts
    assert any(s == event and r == "startDate" for s, r, o in facts)


def test_a_supermarket_named_in_passing_hosts_no_event():
    facts = facts_of("Ông Trần Văn Khải cho biết, hàng Việt đã có mặt tại siêu thị Aeon Mall ở thành phố Chiba.")
    assert not any(r == "heldIn" for s, r, o in facts)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Từ ngày 12 – 14/11/2025, Việt Nam sẽ đăng cai Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 57 (AEM 57) và "
            "Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 43 (AMEM 43) tại Đà Nẵng, đây là những sự kiện quan trọng "
            "được tổ chức tại Việt Nam trong năm nay.",
            {("Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 57", "Đà Nẵng"), ("Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 43", "Đà Nẵng")},
        ),
        (
            "Sáng 8/10, Bộ Ngoại giao phối hợp với UBND tỉnh Khánh Hòa tổ chức Hội nghị Ngoại giao kinh tế lần thứ 3 và "
            "Diễn đàn Hợp tác Đầu tư ASEAN lần thứ 2 tại thành phố Nha Trang, đây là lần đầu tiên các sự kiện này được "
            "tổ chức tại miền Trung.",
            {("Hội nghị Ngoại giao kinh tế lần thứ 3", "Nha Trang"), ("Diễn đàn Hợp tác Đầu tư ASEAN lần thứ 2", "Nha Trang")},
        ),
        (
            "Ngày 20/3, Hội thảo quốc tế về biến đổi khí hậu diễn ra tại Trường Đại học Cần Thơ, sự kiện do Bộ Tài nguyên "
            "và Môi trường tổ chức tại thành phố Cần Thơ.",
            {("Hội thảo quốc tế về biến đổi khí hậu", "Trường Đại học Cần Thơ")},
        ),
        # near-miss: the verb of taking place right after the place of the name's edition, no comma between
        ("Tuần Văn hóa Lào tại Việt Nam năm 2025 sẽ được tổ chức tại tỉnh Quảng Bình từ ngày 3/9.",
         {("Tuần Văn hóa Lào tại Việt Nam năm 2025", "Quảng Bình")}),
    ],
)
def test_two_events_joined_are_held_at_the_place_after_the_second_and_a_later_clause_does_not_move_them(text, expected):
    """'tổ chức A (…) và B tại X, đây là … được tổ chức tại Y': both are held at X; the clause after the
    comma tells what they are, of a wider place."""
    assert held_in(text) == expected


def test_a_capitalised_event_after_a_venue_named_by_its_unit_is_no_part_of_the_venue():
    text = ("Sáng 5/4, tỉnh Bắc Giang tổ chức Hội nghị Xúc tiến đầu tư năm 2025 tại Trung tâm Hội nghị tỉnh và "
            "Lễ trao giấy chứng nhận đầu tư tại thành phố Bắc Giang.")
    assert held_in(text) == {("Hội nghị Xúc tiến đầu tư năm 2025", "Trung tâm Hội nghị tỉnh Bắc Giang")}
    text = "Chiều 12/6, UBND tỉnh Thái Bình tổ chức Hội nghị gặp mặt doanh nghiệp tại Trung tâm Hội nghị tỉnh và Lễ ký kết biên bản ghi nhớ với các nhà đầu tư."
    assert held_in(text) == {("Hội nghị gặp mặt doanh nghiệp", "Trung tâm Hội nghị tỉnh Thái Bình")}
