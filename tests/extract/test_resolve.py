"""Resolution of mentions to entities: one event however its articles name it."""
from kg.extract.resolve import event_entity, event_key


def test_names_with_and_without_the_unit_word_and_the_word_for_year_are_one_event():
    long = event_entity("Hội nghị xúc tiến đầu tư tỉnh Hà Tĩnh năm 2025")
    short = event_entity("Hội nghị xúc tiến đầu tư Hà Tĩnh 2025")
    assert long.key == short.key and long.label != short.label  # one node, both names kept


def test_a_city_and_its_province_of_one_name_keep_their_own_congresses():
    assert event_key("Đại hội Đảng bộ thành phố Vinh lần thứ XXII") != event_key("Đại hội Đảng bộ tỉnh Vinh lần thứ XXII")


def test_the_words_stay_when_no_name_or_year_follows_them():
    assert event_key("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12") == "hội nghị ban chấp hành đảng bộ tỉnh lần thứ 12"
    assert event_key("Hội nghị tỉnh ủy mở rộng") == "hội nghị tỉnh ủy mở rộng"
    assert event_key("Hội nghị sơ kết năm học") == "hội nghị sơ kết năm học"


def test_sessions_and_years_still_tell_events_apart():
    assert event_key("Kỳ họp thứ 5 HĐND tỉnh Lào Cai") != event_key("Kỳ họp thứ 6 HĐND tỉnh Lào Cai")
    assert event_key("Lễ hội Hoa Phượng Đỏ năm 2023") != event_key("Lễ hội Hoa Phượng Đỏ năm 2024")


def test_the_purpose_is_not_part_of_the_key():
    assert event_key("Hội nghị Đối ngoại toàn quốc triển khai Chỉ thị 12") == event_key("Hội nghị Đối ngoại toàn quốc")
