import datetime as dt

import pytest

from kg.errors import SourceError
from kg.sources.loader import iter_sources, load_document, parse_document

HEADER = "title: Tiêu đề bài\npublished: 2024-03-15\npublisher: Báo X\nauthor: Người Viết\n\n"


def test_header_block_gives_metadata_and_body(tmp_path):
    path = tmp_path / "a1.txt"
    path.write_text(HEADER + "Sáng 14/3, hội nghị diễn ra.\n\nẢnh: Minh Đức\n", encoding="utf-8")
    doc = load_document(path)
    assert (doc.doc_id, doc.title, doc.publisher, doc.author) == ("a1", "Tiêu đề bài", "Báo X", "Người Viết")
    assert doc.published == dt.date(2024, 3, 15)
    assert doc.text == "Sáng 14/3, hội nghị diễn ra."  # photo credit dropped


def test_plain_text_takes_date_from_dateline_and_drops_furniture():
    raw = (
        "Tất cả chuyên mục\nThứ Sáu, 15/11/2024 08:26 (GMT +7)\nMột tiêu đề đủ dài của bài báo\n"
        "Thứ 3, 14/12/2021 | 14:18:25 [GMT +7] A A\nNội dung bài.\nLiên kết website\nÝ kiến ()"
    )
    doc = parse_document(raw, "x")
    assert doc.published == dt.date(2021, 12, 14)  # the earliest dateline: the page's own date comes later
    assert doc.title == "Một tiêu đề đủ dài của bài báo"
    assert "Liên kết website" not in doc.text and "chuyên mục" not in doc.text
    assert "Nội dung bài." in doc.text


def test_text_is_normalised():
    doc = parse_document("Uỷ ban nhân dân tỉnh Thanh Hoá họp.", "x")
    assert doc.text == "Ủy ban nhân dân tỉnh Thanh Hóa họp."


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        ("Héi nghÞ ®èi ngo¹i toµn quèc".encode("cp1252"), "TCVN3"),  # TCVN3 bytes seen as Windows text
        (b"\x81\x8d\x8f\x90\x9d garbage \x81\x8d", "save the article as UTF-8"),
    ],
)
def test_bad_files_are_named_in_the_error(tmp_path, content, message):
    path = tmp_path / "bad file.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError) as info:
        load_document(path)
    assert "bad file.txt" in str(info.value) and message in str(info.value)


def test_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHội nghị diễn ra.".encode("utf-8"))
    assert load_document(path).text == "Hội nghị diễn ra."


def test_iter_sources_is_sorted_and_rejects_missing_folder(tmp_path):
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in iter_sources(tmp_path)] == ["a.txt", "b.txt"]
    with pytest.raises(SourceError):
        list(iter_sources(tmp_path / "missing"))


def test_related_article_headlines_are_dropped_but_the_next_item_is_kept():
    raw = (
        "Nội dung bài thứ nhất.\nTin liên quan:\nPhó Chủ tịch UBND tỉnh Trần Văn A tiếp đoàn Nhật Bản\n"
        "Bí thư Tỉnh ủy làm việc với Tổng Lãnh sự Lào\nSáng 5/9, hội chợ khai mạc.\n"
    )
    doc = parse_document(raw, "x")
    assert "Trần Văn A" not in doc.text  # a linked headline
    # the headline right before body text heads the next news item on the page
    assert "Bí thư Tỉnh ủy làm việc với Tổng Lãnh sự Lào\nSáng 5/9, hội chợ khai mạc." in doc.text
    assert "Nội dung bài thứ nhất." in doc.text


def test_huge_files_are_refused_with_advice(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(b"x" * (20 * 10**6 + 1))
    with pytest.raises(SourceError, match="too large.*split it"):
        load_document(path)


def test_words_a_page_glued_together_are_read_apart():
    doc = parse_document(HEADER + "Chủ tịch tỉnh tiếp bà Trần Thị Mai Hoa,Tổng Lãnh sựTrung Quốc tại Đà Nẵng.\n", "a2")
    assert doc.text == "Chủ tịch tỉnh tiếp bà Trần Thị Mai Hoa,Tổng Lãnh sự Trung Quốc tại Đà Nẵng."


def test_a_sentence_a_page_wrapped_at_a_fixed_width_is_one_line():
    raw = (
        "Chiều ngày\n9/12/2021, Ông Trần Minh Khoa, Chủ tịch UBND tỉnh Nghệ An đã thân\n"
        "mật tiếp đoàn. Cùng dự có các ông Lê Văn Tâm, Phó Chủ tịch,\nNgô Văn Bình, Tổng Thư ký Hội.\n"
        "Ảnh: Minh Đức\nXem thêm"
    )
    doc = parse_document(raw, "x")
    # a line that opens on its date followed by a sentence is body text, not a dateline
    assert "9/12/2021, Ông Trần Minh Khoa, Chủ tịch UBND tỉnh Nghệ An đã thân mật tiếp đoàn." in doc.text
    assert "Phó Chủ tịch, Ngô Văn Bình," in doc.text  # a line ending on a comma goes on
    assert "Ảnh" not in doc.text and "Chiều ngày\n9/12/2021" in doc.text  # a capital or a digit opens a line of its own


def test_a_dateline_that_opens_on_its_date_is_still_a_dateline():
    doc = parse_document("Một tiêu đề đủ dài của bài báo\n14/12/2021, 08:30\nNội dung bài.", "x")
    assert doc.published == dt.date(2021, 12, 14) and "08:30" not in doc.text


def test_the_headline_is_the_line_above_the_dateline_not_the_outlets_name_above_it():
    page = ("Báo Điện tử Tỉnh Lạng Sơn\nTrang chủ | Thời sự | Kinh tế\n"
            "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Trung Quốc tại Hà Nội\nThứ Ba, 05/03/2024 09:12 (GMT+7)\n"
            "Sáng 4/3, Chủ tịch UBND tỉnh Lạng Sơn tiếp đoàn Tổng Lãnh sự quán.\n")
    doc = parse_document(page, "p1")
    assert doc.title == "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Trung Quốc tại Hà Nội"
    assert doc.published == dt.date(2024, 3, 5)


def test_without_a_dateline_under_it_the_first_line_that_could_be_a_headline_is_taken():
    page = ("Lãnh đạo tỉnh tiếp Tổng Lãnh sự Trung Quốc tại Hà Nội\nBản tin đối ngoại tuần này\n\n"
            "Sáng 4/3, Chủ tịch UBND tỉnh Lạng Sơn tiếp đoàn Tổng Lãnh sự quán.\n")
    assert parse_document(page, "p2").title == "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Trung Quốc tại Hà Nội"


@pytest.mark.parametrize(
    "dateline, published",
    [
        ("07:12 | 10/04/2023 GMT+7", dt.date(2023, 4, 10)),  # the hour before the date
        ("15:40, 02/11/2024", dt.date(2024, 11, 2)),
        ("H.LAN 09/06/2017 19:41", dt.date(2017, 6, 9)),  # a byline, then the date and the hour
        ("Minh Anh 21/3/2025, 08:05", dt.date(2025, 3, 21)),
        ("Thu Hà 16:31 13-06-2022", dt.date(2022, 6, 13)),  # a byline, then the hour and the date
        ("PV | 09:05, 02/8/2019", dt.date(2019, 8, 2)),
    ],
)
def test_datelines_with_the_hour_before_or_after_the_date(dateline, published):
    raw = f"Đoàn đại biểu tỉnh Nghệ An thăm tỉnh Hủa Phăn\n{dateline}\nSáng nay, đoàn đã hội đàm với lãnh đạo tỉnh bạn.\n"
    doc = parse_document(raw, "x")
    assert doc.published == published
    assert doc.title == "Đoàn đại biểu tỉnh Nghệ An thăm tỉnh Hủa Phăn"
    assert dateline not in doc.text


def test_a_sentence_closing_on_a_date_and_an_hour_is_no_dateline():
    raw = "Một tiêu đề đủ dài của bài báo\nThứ 3, 14/12/2021 | 14:18\nHội nghị sẽ khai mạc lúc 14/12/2021 8:00 tại Hà Nội, với sự tham dự của nhiều đại biểu từ các tỉnh bạn.\n"
    doc = parse_document(raw, "x")
    assert doc.published == dt.date(2021, 12, 14)
    assert "Hội nghị sẽ khai mạc" in doc.text


def test_a_sentence_closing_on_an_hour_and_a_date_is_no_dateline():
    raw = ("Một tiêu đề đủ dài của bài báo\nThứ 3, 14/12/2021 | 14:18\n"
           "Phiên khai mạc bắt đầu lúc 8:00 14/12/2021\nĐoàn đại biểu tỉnh bạn đã tới dự.\n")
    doc = parse_document(raw, "x")
    assert doc.published == dt.date(2021, 12, 14)
    assert "Phiên khai mạc bắt đầu lúc 8:00 14/12/2021" in doc.text


def test_breadcrumbs_and_teasers_written_twice_are_furniture():
    teaser = "Khoảng 500 đại biểu dự Diễn đàn hợp tác địa phương Việt Nam - Nhật Bản"
    raw = ("Trang chủ Hữu nghị Bốn phương kết bạn\n08:30 | 05/06/2024 GMT+7\n"
           "Diễn đàn hợp tác địa phương Việt Nam - Nhật Bản khai mạc\n"
           f"Sáng 5/6, Diễn đàn khai mạc tại Hà Nội.\n{teaser} {teaser}\nCác đại biểu đã thảo luận.\n")
    doc = parse_document(raw, "x")
    assert doc.title == "Diễn đàn hợp tác địa phương Việt Nam - Nhật Bản khai mạc"
    assert doc.published == dt.date(2024, 6, 5)
    assert "Trang chủ" not in doc.text and teaser not in doc.text
    # near-miss: a sentence that says something twice, but not word for word, stays
    assert "Các đại biểu đã thảo luận." in doc.text


def test_related_headlines_closed_by_the_day_they_were_posted_are_dropped():
    raw = (
        "Tổng Lãnh sự Lý Minh cảm ơn Thành phố.\nCác tin liên quan:\n"
        "- Hội nghị Hiệp thương Chính trị Nhân dân Trung Quốc (26-03-2006)\n"
        "- Bí thư Thành ủy TPHCM Trần Văn Nam tiếp đoàn đại biểu cấp cao Trung Quốc (17/09/2007)\n"
        "Phó Chủ tịch UBND tỉnh Lê Thị Hoa tiếp đoàn Nhật Bản (12.5.2008)\n"
    )
    doc = parse_document(raw, "x")
    assert "26-03-2006" not in doc.text and "Trần Văn Nam" not in doc.text and "Lê Thị Hoa" not in doc.text
    assert "Tổng Lãnh sự Lý Minh cảm ơn Thành phố." in doc.text


def test_a_body_sentence_closed_by_a_bracketed_date_outside_a_related_list_is_kept():
    raw = "Tổng Lãnh sự Lý Minh cảm ơn Thành phố.\nHội chợ khai mạc sáng nay (12/5/2024)\n"
    assert "Hội chợ khai mạc sáng nay (12/5/2024)" in parse_document(raw, "x").text


@pytest.mark.parametrize(
    "page, published",
    [
        # a blank line after each paragraph, the dateline under the lead and the byline
        ("Đường dây nóng: 0237 3000000\n\nHội Hữu nghị Việt - Lào tỉnh Nghệ An tọa đàm với tỉnh bạn\n\n"
         "Sáng ngày 12/9, tại TP Vinh, Hội Hữu nghị hai tỉnh đã tổ chức buổi tọa đàm.\n\n"
         "Minh Châu – Quốc Bảo\n\n12/09/2023 19:30\n\nHai bên trao đổi kinh nghiệm hoạt động.\n", dt.date(2023, 9, 12)),
        ("Trang chủ\n\nĐà Nẵng đón đoàn thành phố Đà Lạt\n\nChiều 3-4, lãnh đạo thành phố tiếp đoàn.\n\n"
         "Thu Hà\n\n03/04/2024, 17:05\n\nHai bên chia sẻ kinh nghiệm.\n", dt.date(2024, 4, 3)),
    ],
)
def test_a_dateline_below_blank_lines_is_still_near_the_top(page, published):
    assert parse_document(page, "x").published == published


def test_a_date_line_far_down_the_body_is_no_dateline():
    paragraphs = "\n\n".join(f"Đoạn văn thứ {i} của bài báo về hợp tác giữa hai tỉnh." for i in range(9))
    page = f"Một tiêu đề đủ dài của bài báo\n\n{paragraphs}\n\n14/12/2021 08:30\n"
    assert parse_document(page, "x").published is None
