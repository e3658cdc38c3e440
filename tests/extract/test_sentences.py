"""Splitting a document into sentences (invented persons and sentences, real places)."""
import pytest

from kg.model import Document
from kg.extract.sentences import split_sentences
from tests.extract.test_run import offices_of


def texts(text):
    return [s.text for s in split_sentences(Document("t", text))]


@pytest.mark.parametrize(
    "text",
    [
        # a unit word written with a dot before the unit's name ends no sentence
        "Chủ tịch UBND TX. Tịnh Biên Trần Văn Tám phát biểu tại ngày hội.",
        "Ông Lê Văn Hùng, Bí thư Đảng ủy TT. Phố Lu, dự lễ khai mạc.",
        "Đoàn đã đến thăm TP. Đà Lạt và TX. Sơn Tây trong hai ngày.",
    ],
)
def test_a_dotted_unit_word_ends_no_sentence(text):
    assert texts(text) == [text]


def test_a_sentence_ending_on_a_written_out_unit_word_still_ends():
    assert texts("Đoàn thăm thị xã. Sau đó, đoàn về tỉnh.") == ["Đoàn thăm thị xã.", "Sau đó, đoàn về tỉnh."]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chủ tịch UBND TX. Tịnh Biên Trần Văn Tám phát biểu chào mừng.", {("Trần Văn Tám", "Chủ tịch UBND thị xã Tịnh Biên")}),
        ("Ông Trần Văn Tám, Chủ tịch UBND TX. Sơn Tây, dự lễ.", {("Trần Văn Tám", "Chủ tịch UBND thị xã Sơn Tây")}),
    ],
)
def test_an_office_of_a_town_written_tx_dot(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, lead",
    [
        ("Kinh tế Kết nối cung - cầu sản phẩm giữa tỉnh Nghệ An và tỉnh Lâm Đồng Sáng 4/6, tại thành phố Vinh, "
         "đã diễn ra Hội nghị kết nối giao thương.", "Sáng 4/6, tại thành phố Vinh, đã diễn ra Hội nghị kết nối giao thương."),
        ("Thời sự Hội chợ OCOP khai mạc tại Lào Cai Tối 12.10, tại Quảng trường Ga, Hội chợ OCOP tỉnh Lào Cai khai mạc.",
         "Tối 12.10, tại Quảng trường Ga, Hội chợ OCOP tỉnh Lào Cai khai mạc."),
    ],
)
def test_a_headline_run_into_the_lead_ends_where_the_lead_day_begins(text, lead):
    assert texts(text)[-1] == lead


def test_a_day_part_in_lower_case_or_without_its_comma_goes_on_with_the_sentence():
    text = "Đoàn sẽ dự lễ khai mạc vào tối 12/10, sau đó về thăm Chiều 12/10 là tên một bức ảnh."
    assert texts(text) == [text]
