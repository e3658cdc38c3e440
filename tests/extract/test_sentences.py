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
