import datetime as dt

import pytest

from kg.extract.dates import find_dates, reference_year

REF = reference_year(dt.date(2024, 10, 16), "")


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
