import datetime as dt

import pytest

from kg.extract.dates import find_dates, make_date, reference_year

REF = reference_year(dt.date(2024, 10, 16), "")


def event_dates(text, published):
    """The start and end facts the whole pipeline gives the text."""
    from tests.extract.test_run import facts_of

    return {f for f in facts_of(text, published) if f[1] in ("startDate", "endDate")}


def dates_in(text, previous=None, ref=REF):
    return [(d.first, d.last, d.kind) for d in find_dates(text, 0, len(text), ref, [], previous)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sáng 15/10, UBND huyện khai mạc", [(dt.date(2024, 10, 15), None, "point")]),
        ("Từ ngày 2 đến 4/12, hội nghị", [(dt.date(2024, 12, 2), dt.date(2024, 12, 4), "range")]),
        ("tổ chức từ ngày 23 đến 26/9/2023.", [(dt.date(2023, 9, 23), dt.date(2023, 9, 26), "range")]),
        ("làm việc đến ngày 23/12/2023.", [(dt.date(2023, 12, 23), dt.date(2023, 12, 23), "until")]),
        ("ngày 19-5-2017", [(dt.date(2017, 5, 19), None, "point")]),
        ("Sáng nay (17/10), tại", [(dt.date(2024, 10, 17), None, "point")]),
        # a count of days before two days joined by "và": one span
        ("Vào 02 ngày 11 và 12/10/2024, tại", [(dt.date(2024, 10, 11), dt.date(2024, 10, 12), "range")]),
        ("vào hai ngày 5 và 6/10, đoàn", [(dt.date(2024, 10, 5), dt.date(2024, 10, 6), "range")]),
        # the same two days with the month spelled out
        ("tổ chức trong 2 ngày 7 và 8 tháng 10 năm 2016 tại", [(dt.date(2016, 10, 7), dt.date(2016, 10, 8), "range")]),
        ("diễn ra vào hai ngày 14 và 15 tháng 11, tại", [(dt.date(2024, 11, 14), dt.date(2024, 11, 15), "range")]),
        # two days apart are two days, no span
        ("vào các ngày 7 và 9 tháng 10 năm 2016, tại", []),
        # evenings counted: a span of evenings
        ("được tổ chức vào các tối 22 và 23/10 tại", [(dt.date(2024, 10, 22), dt.date(2024, 10, 23), "range")]),
    ],
)
def test_date_expressions(text, expected):
    assert dates_in(text) == expected


def test_lunar_dates_are_not_solar_dates():
    text = "từ ngày 15 đến 17/10 (tức từ ngày 13 đến 15/9 âm lịch)."
    assert dates_in(text) == [(dt.date(2024, 10, 15), dt.date(2024, 10, 17), "range")]
    assert dates_in("Sáng 15/10 (tức ngày 13/9 âm lịch), lễ") == [(dt.date(2024, 10, 15), None, "point")]


def test_same_day_repeats_the_previous_date():
    assert dates_in("Chiều cùng ngày, hội thảo", previous=dt.date(2024, 10, 17)) == [
        (dt.date(2024, 10, 17), None, "same-day")
    ]


def test_a_day_far_after_publication_belongs_to_the_year_before():
    ref = reference_year(dt.date(2024, 1, 5), "")
    assert dates_in("ngày 28/12, hội nghị", ref=ref) == [(dt.date(2023, 12, 28), None, "point")]


def test_without_publication_date_the_year_comes_from_dates_in_the_text():
    ref = reference_year(None, "Chỉ thị ngày 18/2/2019 … trong tháng 11/2021 … nhiệm kỳ 2022-2025")
    assert dates_in("sáng 14/12, lãnh đạo", ref=ref) == [(dt.date(2021, 12, 14), None, "point")]


def test_impossible_dates_are_ignored():
    assert dates_in("tỷ lệ 45/70 và 31/2") == []


def d(y, m, day):
    return dt.date(y, m, day)


@pytest.mark.parametrize(
    "text, expected",
    [
        # dotted, two-digit years, words
        ("Chiều 16.5, đoàn", [(d(2024, 5, 16), None, "point")]),
        ("Ngày 4.11.2023, tại", [(d(2023, 11, 4), None, "point")]),
        ("Ngày 4/8/23, đoàn công tác", [(d(2023, 8, 4), None, "point")]),
        ("vào ngày 2 tháng 6 năm 2022 tại", [(d(2022, 6, 2), None, "point")]),
        ("Tối 1/4, tại", [(d(2024, 4, 1), None, "point")]),
        ("Ngày 05/03, tại", [(d(2024, 3, 5), None, "point")]),
        # spans
        ("từ ngày 3-5/2 tại", [(d(2024, 2, 3), d(2024, 2, 5), "range")]),
        ("từ ngày 11-13.6.2021.", [(d(2021, 6, 11), d(2021, 6, 13), "range")]),
        ("từ ngày 7/5 đến hết ngày 9/5/2024 tại", [(d(2024, 5, 7), d(2024, 5, 9), "range")]),
        ("từ ngày 4 đến hết ngày 6/12.", [(d(2024, 12, 4), d(2024, 12, 6), "range")]),
        ("trong hai ngày 14 và 15-3.", [(d(2024, 3, 14), d(2024, 3, 15), "range")]),
        ("diễn ra trong 2 ngày (20/8 và 21/8).", [(d(2024, 8, 20), d(2024, 8, 21), "range")]),
        ("Trong các ngày từ 24 đến 26-3-2022, tỉnh", [(d(2022, 3, 24), d(2022, 3, 26), "range")]),
        ("từ ngày 29/12/2023 đến ngày 3/1/2024", [(d(2023, 12, 29), d(2024, 1, 3), "range")]),
        ("từ ngày 29/12 đến 2/1/2025", [(d(2024, 12, 29), d(2025, 1, 2), "range")]),
        ("Cuộc thi (29.5 - 2.6) đã", [(d(2024, 5, 29), d(2024, 6, 2), "range")]),
    ],
)
def test_written_forms(text, expected):
    assert dates_in(text) == expected


def test_two_days_joined_by_and_are_a_span_only_when_consecutive():
    assert dates_in("ngày 5/7 và 8/7") == [(d(2024, 7, 5), None, "point"), (d(2024, 7, 8), None, "point")]


@pytest.mark.parametrize(
    "text",
    [
        "tỷ lệ 3/4 số xã đạt chuẩn",  # a fraction: no word makes it a date
        "cập nhật 2024-10-05 lúc 9 giờ",  # an ISO stamp is no day/month
        "Thực hiện Quyết định số 315-QĐ/TU ngày 12/9/2024 của Ban Thường vụ",
        "Thực hiện Chỉ thị số 12, ngày 4/3/2021 của Ban Bí thư",
        "theo Kết luận ngày 20/5 của Bộ Chính trị",
        "kỷ niệm 70 năm Ngày thành lập (09/01/1950 - 09/01/2020)",
        "kỷ niệm 60 năm Quốc khánh (2.9.1960 - 2.9.2020)",
        "Hội nghị dự kiến diễn ra vào ngày 20/11 tại",
        "thực hiện thỏa thuận hợp tác giữa hai tỉnh (được ký kết ngày 12/04/2021)",  # a text recalled by its signing
    ],
)
def test_dates_that_date_no_event(text):
    assert dates_in(text) == []


def test_last_night_is_the_day_before_the_page():
    assert dates_in("Tối qua, tại quảng trường, UBND tỉnh khai mạc") == [(d(2024, 10, 15), None, "point")]
    assert dates_in("trong thời gian qua, tỉnh đã") == []


def test_today_is_the_pages_day_outside_quotations():
    assert dates_in("Hôm nay, HĐND tỉnh khai mạc kỳ họp") == [(d(2024, 10, 16), None, "point")]
    assert dates_in('Ông Lê Văn Tâm nói: "Hôm nay, chúng ta gặp mặt"') == []
    assert dates_in("Sáng nay (17/10), tại") == [(d(2024, 10, 17), None, "point")]


def test_a_day_written_beside_a_full_date_takes_its_year():
    # The page's date is wrong (day and month swapped); the full dates of the text are not.
    text = "Đại hội diễn ra từ ngày 01/10/2025 đến ngày 03/10/2025. Sáng 3/10, Đại hội bế mạc."
    ref = reference_year(dt.date(2025, 3, 10), text)
    found = find_dates(text, 0, len(text), ref, [], None)
    assert [x.first for x in found] == [d(2025, 10, 1), d(2025, 10, 3)]


def test_a_page_stamp_dates_the_page():
    ref = reference_year(None, "date 2023-07 Tối 28/7, tại quảng trường")
    assert dates_in("Tối 28/7, tại", ref=ref) == [(d(2023, 7, 28), None, "point")]
    assert not ref.page_is_day  # a month: no "hôm nay" read from it


def test_a_term_gives_no_year_and_a_day_without_one_is_kept_for_the_events_name():
    ref = reference_year(None, "Ban Chấp hành nhiệm kỳ 2021-2026")
    assert ref.year is None
    (found,) = find_dates("vào ngày 9.9 sắp tới", 0, 20, ref, [], None)
    assert (found.first, found.parts, found.source) == (None, ((9, 9),), "none")


def test_right_after_an_event_is_on_its_day():
    found = dates_in("Ngay sau lễ đón, hai bên hội đàm", previous=dt.date(2024, 10, 17))
    assert found == [(dt.date(2024, 10, 17), None, "same-day")]
    assert dates_in("Sau lễ đón, hai bên hội đàm", previous=dt.date(2024, 10, 17)) == []


def test_a_month_told_as_back_then_gives_no_year():
    ref = reference_year(None, "Hội nghị thượng đỉnh hồi tháng 2/2019 được nhắc lại. Chiều 31/8, đoàn đến.")
    assert ref.year is None


def test_a_month_since_when_a_post_began_gives_no_year():
    text = "Chiều 12/8, ông Trần Minh Khoa nhận nhiệm vụ mới. Ông giữ chức Bí thư Tỉnh ủy Sóc Trăng từ tháng 5/2020."
    assert reference_year(None, text).year is None
    # a month the news itself is told in still does
    assert reference_year(None, "Trong tháng 8/2024, tỉnh Sóc Trăng đón ba đoàn.").year == 2024


def test_a_date_of_history_lends_no_year_to_the_news():
    text = "Lễ hội gắn với ngày mở màn Chiến dịch Điện Biên Phủ (13/3/1954). Lễ hội khai mạc tối 8/3."
    ref = reference_year(dt.date(2025, 3, 1), text)
    at = text.index("tối 8/3")
    assert [d.first for d in find_dates(text, at, len(text), ref, [], None)] == [dt.date(2025, 3, 8)]
    # a full date of the news still does, across the new year
    text = "Đoàn công tác từ ngày 29/12/2023 đến 3/1/2024. Sáng 2/1, đoàn làm việc."
    ref = reference_year(dt.date(2024, 2, 1), text)
    at = text.index("Sáng 2/1")
    assert [d.first for d in find_dates(text, at, len(text), ref, [], None)] == [dt.date(2024, 1, 2)]


@pytest.mark.parametrize(
    "text",
    [
        # the venue's place after "ở" or "của" stands between the event and its day, as an aside
        "Lễ hội Hoa Ban đã diễn ra tại Quảng trường Ba Đình ở Hà Nội vào ngày 18/6.",
        "Lễ hội Hoa Ban đã diễn ra tại Quảng trường Lyon ở Quận 5 của Paris vào ngày 18/6.",
        # … and a numbered unit of an address
        "Lễ hội Hoa Ban đã diễn ra tại Nhà văn hóa, phường 12 vào ngày 18/6.",
    ],
)
def test_a_venues_place_does_not_part_an_event_from_its_day(text):
    from tests.extract.test_run import facts_of

    assert ("Lễ hội Hoa Ban", "startDate", dt.date(2025, 6, 18)) in facts_of(text, relation="startDate")


@pytest.mark.parametrize(
    "text, expected",
    [
        # two consecutive days after "ngày", parted by a comma: one span
        ("diễn ra vào ngày 14, 15.11 tại Lyon", [(dt.date(2024, 11, 14), dt.date(2024, 11, 15), "range")]),
        ("diễn ra trong ngày 14, 15/11/2023 tại Lyon", [(dt.date(2023, 11, 14), dt.date(2023, 11, 15), "range")]),
        # … days not consecutive, or no "ngày" before them, are no span
        ("vào ngày 14, 17/11 tại Lyon", []),
        ("Sáng 14, 15/11 đoàn", []),
    ],
)
def test_two_days_parted_by_a_comma(text, expected):
    assert dates_in(text) == expected


@pytest.mark.parametrize("lead", ["Cũng trong chiều 14/6", "Cũng ngày 14/6", "Cũng vào sáng 14/6"])
def test_a_date_led_by_cung_dates_the_event_of_its_sentence(lead):
    from tests.extract.test_run import facts_of

    text = f"{lead}, lãnh đạo tỉnh Quảng Ngãi dự Lễ khánh thành Trường Tiểu học hữu nghị Việt - Hàn."
    assert facts_of(text, relation="startDate") == {
        ("Lễ khánh thành Trường Tiểu học hữu nghị Việt - Hàn", "startDate", dt.date(2025, 6, 14))}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the day of the week between 'ngày' and the date, or before each day of a span
        ("sẽ diễn ra vào ngày Chủ nhật, 20/10 tại", [(dt.date(2024, 10, 20), None, "point")]),
        ("diễn ra trong hai ngày thứ Bảy 19/10 và Chủ nhật 20/10 tại",
         [(dt.date(2024, 10, 19), dt.date(2024, 10, 20), "range")]),
    ],
)
def test_a_day_of_the_week_before_the_date(text, expected):
    assert dates_in(text) == expected


def test_a_planned_full_date_lends_no_year_to_a_day_near_it():
    # 'ngày 7-3-2027' is next year's edition, planned: 'Ngày 1-3' on the page of 1 March 2026 is that day
    text = "Ngày 1-3, Giải Việt dã Hà Tĩnh diễn ra. Giải năm sau dự kiến khởi tranh ngày 7-3-2027."
    ref = reference_year(dt.date(2026, 3, 1), text)
    assert dates_in("Ngày 1-3, giải", ref=ref) == [(dt.date(2026, 3, 1), None, "point")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the day of the week before 'ngày', set off by a comma, belongs to the date told after the event
        ("Giải Marathon Quốc tế Đà Nẵng 2025 diễn ra sáng Chủ nhật, ngày 7/12 tại Công viên Biển Đông.",
         {("Giải Marathon Quốc tế Đà Nẵng 2025", "startDate", dt.date(2025, 12, 7))}),
        ("Giải chạy Hữu nghị Việt - Lào xuất phát lúc 6 giờ sáng thứ Bảy, ngày 6/12 tại Quảng trường Hồ Chí Minh.",
         {("Giải chạy Hữu nghị Việt - Lào", "startDate", dt.date(2025, 12, 6))}),
        # … but a leading weekday and day before a report of what is to come date nothing
        ("Sáng Chủ nhật, ngày 7/12, Ban Tổ chức cho biết Giải Marathon Quốc tế Đà Nẵng 2025 sẽ diễn ra tại Công viên Biển Đông.",
         set()),
    ],
)
def test_a_weekday_before_ngay_is_part_of_the_date(text, expected):
    assert event_dates(text, dt.date(2025, 12, 4)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a span leading the clause is the days of the event told after it, even one still to come
        ("Từ ngày 5 đến 7/12, Hội chợ Thương mại Việt - Lào năm 2025 sẽ diễn ra tại TP Vinh.",
         {("Hội chợ Thương mại Việt - Lào năm 2025", "startDate", dt.date(2025, 12, 5)),
          ("Hội chợ Thương mại Việt - Lào năm 2025", "endDate", dt.date(2025, 12, 7))}),
        ("Trong 3 ngày (12 - 14/12), Tuần Văn hóa Việt Nam tại Lào sẽ được tổ chức tại thủ đô Viêng Chăn.",
         {("Tuần Văn hóa Việt Nam", "startDate", dt.date(2025, 12, 12)),
          ("Tuần Văn hóa Việt Nam", "endDate", dt.date(2025, 12, 14))}),
        # a single day leading the clause may be the day of the news (the page's, or one before it): it does not
        # date what is to come (a day after the page's does: test_a_leading_day_after_the_page_dates_the_event_to_come)
        ("Ngày 1/12, Hội nghị xúc tiến đầu tư năm 2025 sẽ diễn ra tại TP Vinh.", set()),
        ("Ngày 28/11, Hội nghị xúc tiến đầu tư năm 2025 sẽ diễn ra tại TP Vinh.", set()),
        # nor does a span before a report
        ("Từ ngày 5 đến 7/12, UBND tỉnh cho biết Hội chợ Thương mại Việt - Lào năm 2025 sẽ diễn ra tại TP Vinh.", set()),
    ],
)
def test_a_leading_span_dates_an_event_told_to_come(text, expected):
    assert event_dates(text, dt.date(2025, 12, 1)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # each day of a session told with its own verb: opened on the first, closed on the second
        ("Kỳ họp thứ 35 HĐND tỉnh Nghệ An khóa XVIII khai mạc sáng 9/12 và bế mạc chiều 10/12.",
         {("Kỳ họp thứ 35 HĐND tỉnh Nghệ An khóa XVIII", "startDate", dt.date(2025, 12, 9)),
          ("Kỳ họp thứ 35 HĐND tỉnh Nghệ An khóa XVIII", "endDate", dt.date(2025, 12, 10))}),
        ("Liên hoan Văn nghệ quần chúng biên giới Việt - Trung khai mạc tối 5/12 và kéo dài đến hết ngày 7/12 "
         "tại thị trấn Đồng Đăng.",
         {("Liên hoan Văn nghệ quần chúng biên giới Việt - Trung", "startDate", dt.date(2025, 12, 5)),
          ("Liên hoan Văn nghệ quần chúng biên giới Việt - Trung", "endDate", dt.date(2025, 12, 7))}),
        ("Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX khai mạc ngày 9/12, bế mạc ngày 11/12.",
         {("Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX", "startDate", dt.date(2025, 12, 9)),
          ("Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX", "endDate", dt.date(2025, 12, 11))}),
        # a second day after 'và' and another act is not the event's
        ("Hội nghị xúc tiến đầu tư năm 2025 diễn ra ngày 9/12 và ngày 12/12 đoàn về nước.",
         {("Hội nghị xúc tiến đầu tư năm 2025", "startDate", dt.date(2025, 12, 9))}),
    ],
)
def test_each_day_takes_the_verb_just_before_it(text, expected):
    assert event_dates(text, dt.date(2025, 12, 12)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a span with its months spelled out, each day with its month or the first sharing the last's
        ("diễn ra từ ngày 28 tháng 9 đến ngày 2 tháng 10 tại", [(dt.date(2024, 9, 28), dt.date(2024, 10, 2), "range")]),
        ("kéo dài 2 ngày, từ ngày 10 đến ngày 11 tháng 12 năm 2023.", [(dt.date(2023, 12, 10), dt.date(2023, 12, 11), "range")]),
        ("Từ 5 - 7 tháng 10, đoàn", [(dt.date(2024, 10, 5), dt.date(2024, 10, 7), "range")]),
        # a score before a month is no span
        ("thắng với tỷ số 2 - 1 tháng 10 này", []),
    ],
)
def test_a_span_with_months_spelled_out(text, expected):
    assert dates_in(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 'Hôm nay (5/12), …' opening the sentence leads it as 'Sáng nay (5/12), …' does
        ("Hôm nay (5/12), tại Hội trường Tỉnh ủy, Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVIII chính thức khai mạc.",
         {("Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVIII", "startDate", dt.date(2025, 12, 5))}),
        ("Ngày hôm nay (5/12), Hội nghị xúc tiến đầu tư năm 2025 đã diễn ra tại TP Vinh.",
         {("Hội nghị xúc tiến đầu tư năm 2025", "startDate", dt.date(2025, 12, 5))}),
        ("Hôm qua 4/12, Hội nghị xúc tiến đầu tư năm 2025 đã diễn ra tại TP Vinh.",
         {("Hội nghị xúc tiến đầu tư năm 2025", "startDate", dt.date(2025, 12, 4))}),
        # … and before a report it dates nothing
        ("Hôm nay (5/12), Sở Ngoại vụ cho biết Hội nghị xúc tiến đầu tư năm 2025 sẽ diễn ra tại TP Vinh.", set()),
    ],
)
def test_hom_nay_opening_the_sentence_leads_it(text, expected):
    assert event_dates(text, dt.date(2025, 12, 5)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the last day after 'đến hết' with 'ngày' left out, or after the verb of lasting alone
        ("Triển lãm mở cửa đến hết 15/10 tại", [(dt.date(2024, 10, 15), dt.date(2024, 10, 15), "until")]),
        ("Hội chợ kéo dài đến 20.10 tại", [(dt.date(2024, 10, 20), dt.date(2024, 10, 20), "until")]),
        ("Triển lãm diễn ra tới 15-10.", [(dt.date(2024, 10, 15), dt.date(2024, 10, 15), "until")]),
        # a bare 'đến' after another verb is no last day ('tăng đến 15/10': a count up to a day), only a day
        ("Số khách tăng đến 15/10 là 3.000 lượt.", [(dt.date(2024, 10, 15), None, "point")]),
    ],
)
def test_the_last_day_without_ngay(text, expected):
    assert dates_in(text) == expected


def test_event_names_are_read_for_a_year_only_where_the_page_has_no_date():
    asked = []

    def names():
        asked.append(True)
        return ("Lễ hội Hoa Ban 2019",)

    text = "Tối 14/3, lễ hội khai mạc tại quảng trường."
    dated = reference_year(dt.date(2019, 3, 15), text, names)
    assert asked == [] and dated.page == dt.date(2019, 3, 15)  # the page's year dates the day; no pass over the events
    assert make_date(14, 3, None, dated)[0] == dt.date(2019, 3, 14)
    undated = reference_year(None, text, names)
    assert asked == [True] and undated.year == 2019
    assert make_date(14, 3, None, undated) == (dt.date(2019, 3, 14), "guess")


def event_facts(text, published):
    from tests.extract.test_run import facts_of

    return {f for f in facts_of(text, published) if f[1] in ("startDate", "endDate", "heldIn")}


@pytest.mark.parametrize(
    "text, published",
    [
        # the plan in one sentence, its change in the next: days and venue both changed
        (
            "Theo kế hoạch, Hội chợ Thương mại quốc tế Việt - Lào năm 2025 diễn ra từ ngày 10 đến 12/5 tại Quảng trường "
            "Hồ Chí Minh, thành phố Vinh. Tuy nhiên, do ảnh hưởng của mưa bão, Ban tổ chức đã thay đổi thời gian và địa điểm tổ chức.",
            dt.date(2025, 5, 2),
        ),
        # the change within the plan's own sentence, after 'nhưng', to new days at a new place
        (
            "Theo kế hoạch ban đầu, Giải chạy Vì hòa bình năm 2025 được tổ chức ngày 20/4 tại Công viên Bạch Đằng, nhưng do "
            "trùng lịch với sự kiện lớn của thành phố, Ban tổ chức đã dời sang ngày 27/4 tại Quảng trường Nguyễn Tất Thành.",
            dt.date(2025, 4, 2),
        ),
        # postponed: the planned days are gone ('hoãn'), the venue not said to change stays
        (
            "Theo dự kiến, Lễ hội Hoa Ban năm 2026 diễn ra từ 10 đến 12/3. Do thời tiết bất lợi, lễ hội đã tạm hoãn.",
            dt.date(2026, 3, 1),
        ),
    ],
)
def test_a_plan_changed_afterwards_gives_nothing_superseded(text, published):
    assert not {f for f in event_facts(text, published) if f[1] in ("startDate", "endDate")}
    if "địa điểm" in text or "dời sang" in text:
        assert not {f for f in event_facts(text, published) if f[1] == "heldIn"}


def test_a_change_of_the_days_alone_keeps_the_planned_venue():
    text = ("Theo kế hoạch, Lễ hội Hoa Ban năm 2026 diễn ra từ 10 đến 12/3 tại Sân vận động tỉnh. Tuy nhiên, do thời tiết "
            "bất lợi, Ban tổ chức đã quyết định lùi thời gian tổ chức sang tháng 4.")
    assert event_facts(text, dt.date(2026, 3, 1)) == {("Lễ hội Hoa Ban năm 2026", "heldIn", "Sân vận động tỉnh")}


@pytest.mark.parametrize(
    "second",
    [
        "Hội chợ quy tụ 300 gian hàng của doanh nghiệp hai nước.",  # a plan no one changed
        "Tuy nhiên, Ban tổ chức đã thay đổi hình thức tổ chức một số hoạt động.",  # a change of neither days nor venue
    ],
)
def test_a_plan_left_unchanged_keeps_its_days_and_venue(second):
    text = ("Theo kế hoạch, Hội chợ Thương mại quốc tế Việt - Lào năm 2025 diễn ra từ ngày 10 đến 12/5 tại Quảng trường "
            f"Hồ Chí Minh, thành phố Vinh. {second}")
    name = "Hội chợ Thương mại quốc tế Việt - Lào năm 2025"
    assert event_facts(text, dt.date(2025, 5, 2)) == {
        (name, "heldIn", "Quảng trường Hồ Chí Minh"), (name, "startDate", dt.date(2025, 5, 10)), (name, "endDate", dt.date(2025, 5, 12))}


@pytest.mark.parametrize(
    "text, published, name, first, last",
    [
        # a theme in curly quotes between the name and its span
        (
            "Lễ hội Cà phê Buôn Ma Thuột lần thứ 8 - năm 2023, với chủ đề “Cà phê Buôn Ma Thuột - Hành trình kết nối”, "
            "diễn ra từ ngày 9 đến 13/3 tại Quảng trường 10-3.",
            dt.date(2023, 3, 1), "Lễ hội Cà phê Buôn Ma Thuột lần thứ 8", dt.date(2023, 3, 9), dt.date(2023, 3, 13),
        ),
        # a semicolon inside the quoted message parts no clause
        (
            "Tuần Văn hóa Việt Nam tại Lào năm 2024, mang thông điệp “Sông Mê Kông nối nhịp; Văn hóa kết đôi bờ”, kéo dài "
            "từ ngày 20 đến 24/11 tại thủ đô Viêng Chăn.",
            dt.date(2024, 11, 1), "Tuần Văn hóa Việt Nam tại Lào năm 2024", dt.date(2024, 11, 20), dt.date(2024, 11, 24),
        ),
        # the occasion the event greets, after its theme, then the verb of taking place: an aside
        (
            "Lễ hội Hoa Sữa Hà Nội 2024 với chủ đề “Hà Nội - Điểm hẹn” chào mừng kỷ niệm 70 năm Ngày giải phóng Thủ đô "
            "sẽ diễn ra từ ngày 10 đến 12/10, tại Quảng trường Đông Kinh Nghĩa Thục.",
            dt.date(2024, 9, 20), "Lễ hội Hoa Sữa Hà Nội 2024", dt.date(2024, 10, 10), dt.date(2024, 10, 12),
        ),
        (
            "Tuần Văn hóa du lịch Ninh Bình năm 2022 mang chủ đề “Cố đô rực rỡ” chào mừng 30 năm tái lập tỉnh diễn ra "
            "từ ngày 2 đến 6/4 tại Quảng trường Đinh Tiên Hoàng.",
            dt.date(2022, 3, 25), "Tuần Văn hóa du lịch Ninh Bình năm 2022", dt.date(2022, 4, 2), dt.date(2022, 4, 6),
        ),
    ],
)
def test_a_theme_or_an_occasion_greeted_is_an_aside(text, published, name, first, last):
    assert event_dates(text, published) == {(name, "startDate", first), (name, "endDate", last)}


def test_a_date_inside_the_occasion_greeted_dates_no_event():
    text = "Lễ hội Hoa Sữa Hà Nội 2024 chào mừng Quốc khánh 2/9 diễn ra tại Quảng trường Đông Kinh Nghĩa Thục."
    assert event_dates(text, dt.date(2024, 8, 20)) == set()


def test_a_semicolon_outside_quotes_still_parts_the_clauses():
    text = ("Hội nghị xúc tiến đầu tư tỉnh Nghệ An năm 2024 diễn ra tại thành phố Vinh; đoàn doanh nghiệp Lào "
            "sẽ khảo sát khu kinh tế từ ngày 5 đến 7/3.")
    assert event_dates(text, dt.date(2024, 3, 1)) == set()


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the honour a ceremony receives beside what it celebrates is part of its name, no word between it and its day
        ("Điểm nhấn là Lễ kỷ niệm 20 năm tái lập tỉnh Bạc Liêu (1/1/1997 - 1/1/2017) và đón nhận Huân chương Lao động "
         "hạng Nhất, được tổ chức vào sáng 1/1/2017 tại Quảng trường Hùng Vương.", dt.date(2016, 12, 20),
         {("Lễ kỷ niệm 20 năm tái lập tỉnh Bạc Liêu", "startDate", dt.date(2017, 1, 1))}),
        ("Lễ kỷ niệm 60 năm thành lập huyện Quỳnh Lưu và đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân diễn "
         "ra sáng 12/4 tại Quảng trường huyện.", dt.date(2024, 4, 10),
         {("Lễ kỷ niệm 60 năm thành lập huyện Quỳnh Lưu", "startDate", dt.date(2024, 4, 12))}),
        # another act joined by "và" is no honour: whose day it is, unsure
        ("Lễ kỷ niệm 60 năm thành lập huyện Quỳnh Lưu và tiếp đón đoàn đại biểu tỉnh Hủa Phăn diễn ra sáng 12/4 tại "
         "Quảng trường huyện.", dt.date(2024, 4, 10), set()),
    ],
)
def test_an_honour_received_is_part_of_the_ceremony_name(text, published, expected):
    assert event_dates(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a single day leading the clause, after the page's own, is the event's still to come: no day the news is told on
        ('Sáng 16-6, giải chạy "Phú Yên Marathon" sẽ diễn ra trên tuyến đường Độc Lập với 3.000 vận động viên.',
         dt.date(2024, 4, 22), {('giải chạy "Phú Yên Marathon"', "startDate", dt.date(2024, 6, 16))}),
        ("Tối 30/8, Hội nghị Xúc tiến đầu tư tỉnh Nghệ An năm 2024 sẽ được tổ chức tại thành phố Vinh.",
         dt.date(2024, 8, 20), {("Hội nghị Xúc tiến đầu tư tỉnh Nghệ An năm 2024", "startDate", dt.date(2024, 8, 30))}),
        # on the page's own day, the day may be the one the plan is told on
        ("Ngày 20/8, Hội nghị Xúc tiến đầu tư tỉnh Nghệ An năm 2024 sẽ được tổ chức tại thành phố Vinh.",
         dt.date(2024, 8, 20), set()),
    ],
)
def test_a_leading_day_after_the_page_dates_the_event_to_come(text, published, expected):
    assert event_dates(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the days counted as done, their span in brackets, lead the clause of the event that closes after them
        ("Sau hai ngày làm việc (15 - 16/1), Hội nghị Hợp tác kinh tế Việt Nam - Lào lần thứ XXIII tại thành phố Sakon "
         "Nakhon đã bế mạc.", dt.date(2020, 1, 17),
         {("Hội nghị Hợp tác kinh tế Việt Nam - Lào lần thứ XXIII", "startDate", dt.date(2020, 1, 15)),
          ("Hội nghị Hợp tác kinh tế Việt Nam - Lào lần thứ XXIII", "endDate", dt.date(2020, 1, 16))}),
        ("Sau 3 ngày làm việc (từ ngày 14 đến 16/10), Đại hội Đảng bộ tỉnh Nghệ An lần thứ XIX đã bế mạc.",
         dt.date(2020, 10, 17),
         {("Đại hội Đảng bộ tỉnh Nghệ An lần thứ XIX", "startDate", dt.date(2020, 10, 14)),
          ("Đại hội Đảng bộ tỉnh Nghệ An lần thứ XIX", "endDate", dt.date(2020, 10, 16))}),
        # the days of a trip, told before no event, date none
        ("Sau hai ngày thăm và làm việc tại tỉnh Hủa Phăn (15 - 16/1), đoàn đại biểu tỉnh Sơn La đã về nước.",
         dt.date(2020, 1, 17), set()),
    ],
)
def test_the_days_counted_as_done_lead_the_event_closing_after_them(text, published, expected):
    assert event_dates(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the mood of the day set off by commas between the lead day and the event frames it
        ("Ngày 16/8, trong không khí cả nước hướng tới kỷ niệm 80 năm Cách mạng Tháng Tám, Quốc khánh 2/9, "
         "Giải Marathon Quốc tế Hạ Long 2025 chính thức khai mạc tại Quảng trường 30/10.",
         {("Giải Marathon Quốc tế Hạ Long 2025", "startDate", dt.date(2025, 8, 16))}),
        ("Tối 2/9, trong bầu không khí phấn khởi hướng tới kỷ niệm 80 năm Quốc khánh, Lễ hội Hoa Ban 2025 "
         "khai mạc tại Sân vận động tỉnh Điện Biên.",
         {("Lễ hội Hoa Ban 2025", "startDate", dt.date(2025, 9, 2))}),
        # near-miss: a speaker between the day and the event reports it, dates nothing
        ("Sáng 2/9, trong không khí vui tươi, ông Lê Văn Hòa cho biết, Lễ hội Hoa Ban 2025 khai mạc tại Sân vận động tỉnh Điện Biên.",
         set()),
    ],
)
def test_a_frame_of_the_days_mood_lets_the_lead_day_date_the_event(text, expected):
    from tests.extract.test_run import facts_of
    assert {f for f in facts_of(text, dt.date(2025, 9, 3)) if f[1] in ("startDate", "endDate")} == expected


@pytest.mark.parametrize(
    "text, second",
    [
        ("Sáng 4-9, tại Trung tâm Hội chợ và Triển lãm Sài Gòn (SECC), Hội chợ Du lịch Quốc tế TPHCM lần thứ 19 "
         "chính thức khai mạc, đồng thời với Diễn đàn Xuất khẩu 2025.", "Diễn đàn Xuất khẩu 2025"),
        ("Sáng 4/9, tại Cung Văn hóa Hữu nghị, Hội chợ Thương mại Việt - Lào 2025 khai mạc, song song với "
         "Diễn đàn Doanh nghiệp Việt - Lào lần thứ 3.", "Diễn đàn Doanh nghiệp Việt - Lào lần thứ 3"),
    ],
)
def test_an_event_held_alongside_the_one_opened_shares_its_day_and_venue(text, second):
    from tests.extract.test_run import facts_of

    facts = facts_of(text, dt.date(2025, 9, 4))
    assert (second, "startDate", dt.date(2025, 9, 4)) in facts
    assert any(s == second and r == "heldIn" for s, r, o in facts)


def test_an_event_only_announced_alongside_the_opening_takes_nothing_of_it():
    from tests.extract.test_run import facts_of

    text = ("Sáng 4/9, tại Cung Văn hóa Hữu nghị, Hội chợ Thương mại Việt - Lào 2025 khai mạc, đồng thời với việc "
            "công bố Diễn đàn Doanh nghiệp Việt - Lào lần thứ 3 sẽ diễn ra tại Viêng Chăn vào tháng 10.")
    facts = facts_of(text, dt.date(2025, 9, 4))
    forum = "Diễn đàn Doanh nghiệp Việt - Lào lần thứ 3"
    assert not any(s == forum and (r == "startDate" or "Cung" in str(o)) for s, r, o in facts)


# An event named for a year two or more before the page's own ("… năm 2023" on a page of 2025: a tag
# page, a later date line) is dated in that year; one year before is no proof (an award for 2023 is
# handed out in January 2024).
@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Ngày 22/2, tỉnh Hà Giang đăng cai tổ chức Chương trình Gặp gỡ đầu xuân năm 2023 giữa Bí thư Tỉnh ủy các tỉnh.",
         dt.date(2025, 3, 10), dt.date(2023, 2, 22)),
        ("Sáng 14/3, tại TP Điện Biên Phủ đã khai mạc Lễ hội Hoa Ban năm 2022.", dt.date(2026, 3, 17), dt.date(2022, 3, 14)),
        # near-miss: one year before the page's
        ("Ngày 10/1, tại TP Huế diễn ra Lễ trao giải Báo chí năm 2024.", dt.date(2025, 3, 10), dt.date(2025, 1, 10)),
    ],
)
def test_a_name_year_two_before_the_page_dates_its_days(text, published, expected):
    assert {d for _, r, d in event_dates(text, published) if r == "startDate"} == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the hours a fair is open each day, told before its days, are an aside: the days are the fair's
        ("Hội chợ Thương mại Quốc tế Việt - Trung năm 2025 mở cửa từ 8h đến 22h hằng ngày, từ ngày 12/11 "
         "đến ngày 16/11 tại Trung tâm Hội chợ - Triển lãm Kim Thành, thành phố Lào Cai.",
         {("Hội chợ Thương mại Quốc tế Việt - Trung năm 2025", "startDate", dt.date(2025, 11, 12)),
          ("Hội chợ Thương mại Quốc tế Việt - Trung năm 2025", "endDate", dt.date(2025, 11, 16))}),
        ("Hội chợ Xuân Cần Thơ 2025 mở cửa từ 9h đến 21h hằng ngày, đón du khách từ ngày 2/11 đến ngày 9/11 "
         "tại Công viên Sông Hậu.",
         {("Hội chợ Xuân Cần Thơ 2025", "startDate", dt.date(2025, 11, 2)),
          ("Hội chợ Xuân Cần Thơ 2025", "endDate", dt.date(2025, 11, 9))}),
        ('Triển lãm ảnh "Đất nước Lào" mở cửa phục vụ từ 8 giờ 30 đến 17 giờ, từ ngày 5/11 đến hết ngày 12/11 '
         "tại Bảo tàng tỉnh Nghệ An.",
         {('Triển lãm ảnh "Đất nước Lào"', "startDate", dt.date(2025, 11, 5)),
          ('Triển lãm ảnh "Đất nước Lào"', "endDate", dt.date(2025, 11, 12))}),
        # near-miss: the hours of someone's work, then the days of another act, date no event
        ("Ông Nguyễn Văn Hòa làm việc từ 7h đến 17h hằng ngày, từ ngày 5/11 đến ngày 9/11 ông tiếp dân tại trụ sở.",
         set()),
    ],
)
def test_the_hours_a_fair_is_open_each_day_do_not_part_it_from_its_days(text, expected):
    assert event_dates(text, dt.date(2025, 11, 1)) == expected


# The hour told first with a capitalised "Lúc" opening the sentence ("Lúc 19 giờ tối 27-9, tại …",
# "Lúc 19h30 tối 27/9, …", "Lúc 8 giờ ngày 5/3, …") dates the event the clause opens, as "Vào lúc …" does.
@pytest.mark.parametrize("text", [
    "Lúc 19 giờ tối 27-9, tại Nhà hát Cao Văn Lầu, Lễ hội Dừa Bến Tre lần thứ V khai mạc.",
    "Lúc 19h30 tối 27/9, tại Quảng trường Hùng Vương, phường Bạc Liêu, tỉnh Cà Mau đã diễn ra Lễ khai mạc Ngày hội Văn hóa Cà Mau.",
    "Lúc 19 giờ ngày 27/9, tại Nhà hát Cao Văn Lầu, Lễ hội Dừa Bến Tre lần thứ V khai mạc.",
])
def test_a_sentence_opening_with_luc_and_the_hour_dates_its_event(text):
    assert dt.date(2024, 9, 27) in {d for _, _, d in event_dates(text, dt.date(2024, 9, 28))}


def test_a_sentence_opening_with_luc_and_the_hour_dates_no_event_it_only_recalls():
    text = "Lúc 19 giờ tối 27-9, ông Trần Văn Bình cho biết Lễ hội Dừa Bến Tre lần thứ V đã khai mạc năm 2019."
    assert dt.date(2024, 9, 27) not in {d for _, _, d in event_dates(text, dt.date(2024, 9, 28))}


# A part told before the festival it lies within ("… khai mạc giải đua ghe Ngo nằm trong chuỗi sự kiện
# Lễ hội X", "… lễ cúng trăng thuộc chuỗi hoạt động Lễ hội X"): the day is the part's, not the festival's.
@pytest.mark.parametrize("text", [
    "Ngày 14.11, tại tỉnh Sóc Trăng đã diễn ra khai mạc giải đua ghe Ngo nằm trong chuỗi sự kiện Lễ hội Oóc Om Bóc lần thứ VI.",
    "Tối 9/11, tại TP Sóc Trăng đã diễn ra lễ cúng trăng thuộc chuỗi hoạt động Lễ hội Oóc Om Bóc lần thứ VI.",
    "Sáng 12/11, tại thị xã Vĩnh Châu diễn ra hội thi thả đèn nước nằm trong khuôn khổ Lễ hội Oóc Om Bóc lần thứ VI.",
])
def test_a_part_within_a_festival_does_not_date_the_festival(text):
    assert not {f for f in event_dates(text, dt.date(2024, 11, 15)) if f[0].startswith("Lễ hội")}


def test_a_festival_opened_on_the_day_is_dated():
    text = "Tối 9/11, tại Quảng trường Bạch Đằng, TP Sóc Trăng đã khai mạc Lễ hội Oóc Om Bóc lần thứ VI."
    assert event_dates(text, dt.date(2024, 11, 15)) == {("Lễ hội Oóc Om Bóc lần thứ VI", "startDate", dt.date(2024, 11, 9))}


# The days counted with "thời gian" between the event and its span ("diễn ra trong thời gian 7 ngày, từ
# 28/10 đến 3/11/2017") are as light as "trong 3 ngày".
@pytest.mark.parametrize("text, first, last", [
    ("Lễ hội Oóc Om Bóc Sóc Trăng sẽ diễn ra trong thời gian 7 ngày, từ 28/10 đến 3/11/2024.",
     dt.date(2024, 10, 28), dt.date(2024, 11, 3)),
    ("Hội chợ Thương mại Việt - Lào tại Cần Thơ diễn ra trong thời gian 5 ngày (từ ngày 12 đến 16/6).",
     dt.date(2024, 6, 12), dt.date(2024, 6, 16)),
])
def test_days_counted_with_thoi_gian_before_the_span(text, first, last):
    found = event_dates(text, dt.date(2024, 6, 1))
    assert {(r, d) for _, r, d in found} == {("startDate", first), ("endDate", last)}


def test_thoi_gian_qua_dates_nothing():
    text = "Lễ hội Oóc Om Bóc Sóc Trăng đã thu hút đông du khách trong thời gian qua, ông Lê Văn Tâm cho biết ngày 28/10."
    assert event_dates(text, dt.date(2024, 11, 1)) == set()


@pytest.mark.parametrize("abbreviation", [" (GMS 6)", " (AEM-57)", ""])
def test_two_events_joined_after_the_first_ones_abbreviation_share_the_days(abbreviation):
    text = (f"Từ ngày 29 – 31/3/2018, Việt Nam sẽ chủ trì Hội nghị Thượng đỉnh hợp tác tiểu vùng Mê Công mở rộng lần thứ 6{abbreviation} "
            "và Hội nghị Cấp cao hợp tác khu vực Tam giác phát triển Campuchia - Lào - Việt Nam lần thứ 10 tại Hà Nội.")
    second = "Hội nghị Cấp cao hợp tác khu vực Tam giác phát triển Campuchia - Lào - Việt Nam lần thứ 10"
    found = event_dates(text, dt.date(2018, 3, 6))
    assert (second, "startDate", dt.date(2018, 3, 29)) in found and (second, "endDate", dt.date(2018, 3, 31)) in found


def test_a_bracket_that_is_no_abbreviation_does_not_join_two_events():
    text = ("Sáng 7/5, tỉnh Lào Cai tổ chức Hội nghị Xúc tiến đầu tư năm 2025 (tại thành phố Lào Cai, có hơn 300 đại biểu dự). "
            "Chiều 9/5 diễn ra Lễ ký kết hợp tác.")
    assert ("Lễ ký kết hợp tác", "startDate", dt.date(2025, 5, 7)) not in event_dates(text, dt.date(2025, 5, 10))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Sáng 3/9, Đại hội Hội Nông dân tỉnh Gia Lai lần thứ X được tổ chức tại Hội trường Tỉnh ủy.",
         "Đại hội Hội Nông dân tỉnh Gia Lai lần thứ X"),
        ("Ngày 14/10, Đại hội đại biểu Đảng bộ phường Bến Thành lần thứ I, nhiệm kỳ 2025 - 2030 đã được tổ chức trọng thể.",
         "Đại hội đại biểu Đảng bộ phường Bến Thành lần thứ I"),
        ("Tối 3/9, Hội chợ nông sản tỉnh Gia Lai được tổ chức tại Quảng trường Đại Đoàn Kết.", "Hội chợ nông sản tỉnh Gia Lai"),
    ],
)
def test_an_event_of_days_held_on_a_day_starts_that_day(text, name):
    assert (name, "startDate", dt.date(2025, 9, 3) if "3/9" in text else dt.date(2025, 10, 14)) in event_dates(text, dt.date(2025, 10, 20))


def test_a_later_day_of_a_congress_held_is_not_its_start():
    text = "Sáng 4/9, Đại hội Hội Nông dân tỉnh Gia Lai lần thứ X tiếp tục phiên làm việc thứ hai, được tổ chức tại Hội trường Tỉnh ủy."
    assert event_dates(text, dt.date(2025, 10, 20)) == set()


def test_same_day_is_not_a_bound_told_before():
    text = ("Ngày 19/8, Đại hội đại biểu Đảng bộ phường Hội An lần thứ I đã diễn ra. "
            "Trước ngày 1/7/2025, bà Trần Thị Mai là Phó Bí thư Thành ủy Hội An. "
            "Cùng ngày, Đại hội đại biểu Đảng bộ phường Hội An Tây lần thứ I cũng được tổ chức.")
    found = event_dates(text, dt.date(2025, 8, 20))
    assert ("Đại hội đại biểu Đảng bộ phường Hội An Tây lần thứ I", "startDate", dt.date(2025, 8, 19)) in found
    assert not any(o == dt.date(2025, 7, 1) for _, _, o in found)
    text = ("Sáng 12/5, Hội nghị xúc tiến đầu tư tỉnh Sơn La năm 2025 diễn ra tại Trung tâm Hội nghị tỉnh. "
            "Từ ngày 1/3, tỉnh áp dụng cơ chế một cửa. Cùng ngày, Lễ ký kết hợp tác với tỉnh Hủa Phăn được tổ chức.")
    found = event_dates(text, dt.date(2025, 5, 13))
    assert any(s.startswith("Lễ ký kết hợp tác") and o == dt.date(2025, 5, 12) for s, _, o in found)
