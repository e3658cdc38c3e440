"""kg eval gives the same numbers as the reference scorer, by the same rules."""
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build.builder import build
from kg.errors import KGError
from kg.check.evaluate import format_report, score
from kg.model import ArticleResult, Document, Entity, Evidence, Fact
from kg.rdf import build_graph

REPO = Path(__file__).resolve().parents[2]
# The reference scorer, as the project was given it (tests/reference/kgeval.py).
SCORER = REPO / "tests" / "reference" / "kgeval.py"
TESTS = REPO / "tests"
# Our own articles, the seeds and the ten development articles, each with its gold.
BUILT = [("corpus", TESTS / "corpus" / "articles", TESTS / "corpus" / "gold.jsonl"),
         ("seeds", REPO / "sources", TESTS / "seeds" / "gold.jsonl"),
         ("dev", TESTS / "dev" / "articles", TESTS / "dev" / "gold.jsonl")]


def reference(graph_path, gold_path):
    out = subprocess.run([sys.executable, str(SCORER), str(graph_path), str(gold_path), "--json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def assert_agree(graph, graph_path, gold_path):
    ours = score(graph, gold_path)
    ref = reference(graph_path, gold_path)
    assert set(ours.relations) == set(ref) - {"micro"}
    for rel, r in ours.relations.items():
        expected = ref[rel]
        assert (r.precision, r.recall, r.f1, r.predicted, r.required, r.found) == (
            expected["precision"], expected["recall"], expected["f1"], expected["predicted"], expected["required"], expected["found"]
        ), rel
        assert sorted(map(tuple, r.missed)) == sorted(map(tuple, expected["missed"]))
        assert sorted(map(tuple, r.false_positives)) == sorted(map(tuple, expected["false_positives"]))
    assert list(ours.micro) == [ref["micro"]["precision"], ref["micro"]["recall"], ref["micro"]["f1"]]


@pytest.mark.parametrize("name, sources, gold", BUILT, ids=[b[0] for b in BUILT])
def test_agrees_with_the_reference_on_built_graphs(tmp_path, name, sources, gold):
    report = build(sources, tmp_path, viewer=False)
    assert_agree(report.graph, tmp_path / "graph.ttl", gold)


# Gold for the hand-made graph below: some facts match it (one through an expanded
# abbreviation, one reversed, one by a loose event name), some do not.
HAND_GOLD = [
    {"doc": "d1", "rel": "holdsOffice", "s": ["Nguyễn Tường Văn"], "o": ["Chủ tịch UBND tỉnh Quảng Ninh"], "need": "required"},
    {"doc": "d1", "rel": "holdsOffice", "s": ["Nguyễn Tường Văn"], "o": ["Phó Bí thư Tỉnh ủy Quảng Ninh"], "need": "required"},
    {"doc": "d1", "rel": "partnersWith", "s": ["Quảng Ninh", "tỉnh Quảng Ninh"], "o": ["Quảng Tây"], "need": "required"},
    {"doc": "d1", "rel": "heldIn", "s": ["Hội nghị Ngoại giao lần thứ 32"], "o": ["Hà Nội"], "need": "required"},
    {"doc": "d1", "rel": "startDate", "s": ["Hội nghị Ngoại giao lần thứ 32"], "o": ["2023-12-19"], "need": "required"},
    {"doc": "d1", "rel": "endDate", "s": ["Hội nghị Ngoại giao lần thứ 32"], "o": ["2023-12-23"], "need": "required"},
    {"doc": "d1", "rel": "partnersWith", "s": ["Quảng Ninh"], "o": ["Lào"], "need": "optional"},
]


@pytest.fixture()
def hand_gold(tmp_path):
    path = tmp_path / "hand.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in HAND_GOLD), encoding="utf-8")
    return path


def hand_made_graph():
    ev = Evidence("d1", 0, 5, 0, 5, "Câu.", "r", 0.9)
    quang_ninh = Entity("Province", "vn-quang-ninh", "Quảng Ninh", frozenset({"tỉnh Quảng Ninh"}))
    guangxi = Entity("ForeignRegion", "cn-guangxi", "Quảng Tây")
    wrong = Entity("ForeignRegion", "x", "Nơi không có")
    office = Entity("Office", "o1", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh", frozenset({"Chủ tịch UBND tỉnh Quảng Ninh"}))
    ghost = Entity("Office", "o2", "Chức vụ không có thật")
    person = Entity("Person", "Nguyễn Tường Văn", "Nguyễn Tường Văn")
    event = Entity("Event", "Hội nghị Ngoại giao lần thứ 32 tại Hà Nội", "Hội nghị Ngoại giao lần thứ 32 tại Hà Nội")
    hanoi = Entity("Province", "vn-ha-noi", "Hà Nội")
    facts = (
        Fact(person, "holdsOffice", office, ev),  # matches via the expanded label
        Fact(person, "holdsOffice", ghost, ev),  # a false positive
        Fact(guangxi, "partnersWith", quang_ninh, ev),  # reversed pair still matches
        Fact(quang_ninh, "partnersWith", wrong, ev),
        Fact(event, "heldIn", hanoi, ev),  # loose event name
        Fact(event, "startDate", dt.date(2023, 12, 19), ev),
        Fact(event, "endDate", dt.date(2023, 12, 24), ev),  # wrong day
    )
    return build_graph([ArticleResult(Document("d1", "x"), facts, ())])


def test_agrees_on_matches_false_positives_and_loose_names(tmp_path, hand_gold):
    graph = hand_made_graph()
    path = tmp_path / "g.ttl"
    path.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    assert_agree(graph, path, hand_gold)
    report = score(graph, hand_gold)  # the fixture really has hits, misses and false positives
    assert report.relations["holdsOffice"].found == 1 and report.relations["partnersWith"].false_positives
    assert report.relations["heldIn"].found == 1 and report.relations["endDate"].found == 0


def test_report_lines_match_the_reference_format(tmp_path, hand_gold):
    graph = hand_made_graph()
    path = tmp_path / "g.ttl"
    path.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    ref = subprocess.run([sys.executable, str(SCORER), str(path), str(hand_gold), "--show"],
                         capture_output=True, text=True, check=True).stdout
    ours = format_report(score(graph, hand_gold), show=True)
    assert sorted(ours.splitlines()) == sorted(ref.splitlines())


def test_bad_gold_lines_name_file_and_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "d", "rel": "heldIn", "s": ["A"], "o": ["B"], "need": "required"}\nnot json\n', encoding="utf-8")
    with pytest.raises(KGError, match=r"gold.jsonl: line 2"):
        score(hand_made_graph(), gold)
