"""IRIs: deterministic, ASCII, and one per real name."""
from kg.rdf.iri import entity_iri_text, person_slug, slugify


def test_names_that_differ_only_in_their_marks_are_different_persons():
    names = ["Trần Văn Hùng", "Trần Văn Hưng", "Trần Văn Hứng", "Lê Thị Hà", "Lê Thị Hạ"]
    iris = {entity_iri_text("Person", name) for name in names}
    assert len(iris) == len(names)
    assert all(iri.isascii() for iri in iris)
    assert all(person_slug(name).startswith(slugify(name) + "-") for name in names)  # still readable


def test_case_hyphens_and_spaces_do_not_make_another_person():
    assert person_slug("TRẦN VĂN HÙNG") == person_slug("Trần Văn Hùng")
    assert person_slug("Xổm-phon Vi-la-vông") == person_slug("Xổm - phon Vi - la - vông")


def test_a_name_without_marks_keeps_its_plain_slug():
    assert person_slug("Kim Ji-hoon") == "kim-ji-hoon"
    assert entity_iri_text("Person", "Jean-Pierre Martin").endswith("/person/jean-pierre-martin")


def test_other_kinds_keep_their_slugs():
    assert entity_iri_text("Office", "Chủ tịch UBND tỉnh Quảng Ninh").endswith("/office/chu-tich-ubnd-tinh-quang-ninh")
