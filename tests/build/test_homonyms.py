"""Homonyms: one name, two provinces in the same weeks, two persons; else one."""
import itertools
import re
from pathlib import Path

import pyoxigraph
from rdflib import RDF, RDFS, Graph, Literal

from kg.build.builder import build
from kg.build.homonyms import Mention, kept_apart
from kg.rdf.vocab import KG

NAME = "Trần Văn Khải"
HEAD = "title: {title}\npublished: {day}\npublisher: Báo thử nghiệm\n\n"
ARTICLES = {
    "a": ("2024-03-05", "Hà Giang tiếp đoàn doanh nghiệp Nhật Bản",
          "Chiều 4/3, tại thành phố Hà Giang, đồng chí Trần Văn Khải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh "
          "Hà Giang đã tiếp đoàn doanh nghiệp Nhật Bản do ông Tanaka Hiroshi làm trưởng đoàn."),
    "b": ("2024-03-20", "Cà Mau làm việc với đoàn công tác của tỉnh Khăm Muộn",
          "Sáng 19/3, tại thành phố Cà Mau, đồng chí Trần Văn Khải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cà Mau "
          "đã làm việc với đoàn công tác của tỉnh Khăm Muộn (Lào)."),
    "c": ("2024-03-28", "Hà Giang triển khai nhiệm vụ năm 2024",
          "Phát biểu tại hội nghị, đồng chí Trần Văn Khải, Chủ tịch UBND tỉnh Hà Giang đề nghị các sở, ngành "
          "tập trung cải thiện môi trường đầu tư."),
    "d": ("2024-09-10", "Cà Mau đón đoàn đại biểu tỉnh Xiêm Riệp",
          "Chiều 9/9, tại thành phố Cà Mau, đồng chí Trần Văn Khải, Bí thư Tỉnh ủy Cà Mau đã tiếp đoàn đại biểu "
          "tỉnh Xiêm Riệp (Campuchia)."),
}


def write(folder: Path, names) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for name in names:
        day, title, body = ARTICLES[name]
        (folder / f"{name}.txt").write_text(HEAD.format(title=title, day=day) + body + "\n", encoding="utf-8")
    return folder


def store_quads(out: Path) -> set[str]:
    return {str(q) for q in pyoxigraph.Store.read_only(str(out / "store"))}


def holders(out: Path) -> dict[str, set[str]]:
    """Person IRI → the offices it holds, for persons of NAME."""
    graph = Graph().parse(out / "graph.ttl")
    people = [p for p in graph.subjects(RDFS.label, Literal(NAME, lang="vi")) if (p, RDF.type, KG.Person) in graph]
    return {str(p): {str(graph.value(o, RDFS.label)) for o in graph.objects(p, KG.holdsOffice)} for p in people}


def test_one_name_leading_two_provinces_in_the_same_weeks_is_two_persons(tmp_path):
    build(write(tmp_path / "src", "abc"), tmp_path / "out")
    found = holders(tmp_path / "out")
    assert sorted(map(sorted, found.values())) == [["Chủ tịch UBND tỉnh Cà Mau", "Phó Bí thư Tỉnh ủy Cà Mau"],
                                                   ["Chủ tịch UBND tỉnh Hà Giang", "Phó Bí thư Tỉnh ủy Hà Giang"]]
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    apart = list(graph.subject_objects(KG.keptApartFrom))
    assert len(apart) == 1 and {str(p) for p in apart[0]} == set(found)  # the second says whom it is not
    assert "Cà Mau" in holders_of(found, str(apart[0][0]))
    from kg.store.stats import graph_stats
    assert re.search(r"^  keptApartFrom +1$", graph_stats(graph), re.M)  # kg stats counts the splits


def holders_of(found, iri):
    return " ".join(found[iri])


def test_the_same_name_months_apart_in_another_province_is_one_person(tmp_path):
    build(write(tmp_path / "src", "ad"), tmp_path / "out")
    assert len(holders(tmp_path / "out")) == 1  # moved from one province to the other


def test_incremental_builds_keep_the_same_persons_apart_as_clean_ones(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    for names in ("ac", "abc", "b", "abcd", "bd"):
        build(write(src, names), out)
        clean = tmp_path / f"clean-{names}"
        build(write(tmp_path / f"src-{names}", names), clean, incremental=False)
        for output in ("graph.ttl", "graph.html"):
            assert (out / output).read_bytes() == (clean / output).read_bytes(), (names, output)
        assert store_quads(out) == store_quads(clean), names
    assert len(holders(out)) == 1  # b and d alone: months apart, one person again


def test_grouping_does_not_depend_on_the_order_of_the_articles():
    mentions = [
        Mention("2024-03-05", "a", "a.txt", (("vn-ha-giang", "Hà Giang"),)),
        Mention("2024-03-20", "b", "b.txt", (("vn-ca-mau", "Cà Mau"),)),
        Mention("2024-03-28", "c", "c.txt", (("vn-ha-giang", "Hà Giang"),)),
        Mention("2024-03-29", "e", "e.txt", ()),  # no office: no evidence against anyone
        Mention("", "f", "f.txt", (("vn-ca-mau", "Cà Mau"),)),  # no date: none either
    ]
    expected = {"b.txt": ("vn-ca-mau", "Cà Mau")}
    assert all(kept_apart(order) == expected for order in itertools.permutations(mentions))


def test_a_person_of_two_provinces_in_one_article_conflicts_with_neither():
    both = (("vn-ca-mau", "Cà Mau"), ("vn-ha-giang", "Hà Giang"))
    mentions = [Mention("2024-03-05", "a", "a.txt", both[1:]), Mention("2024-03-06", "b", "b.txt", both),
                Mention("2024-03-07", "c", "c.txt", both[:1])]
    assert kept_apart(mentions) == {"c.txt": ("vn-ca-mau", "Cà Mau")}  # c conflicts with a, not with b


def test_many_articles_to_split_are_extracted_in_parallel_with_the_same_output(tmp_path):
    # Five articles of the second province's person: their variants are made by a pool.
    src = write(tmp_path / "src", "ab")
    day, title, body = ARTICLES["b"]
    for i in range(2, 7):
        text = HEAD.format(title=f"{title} ({i})", day=f"2024-03-{20 + i}") + body.replace("Sáng 19/3", f"Sáng {19 + i}/3")
        (src / f"b{i}.txt").write_text(text + "\n", encoding="utf-8")
    build(src, tmp_path / "one", jobs=1)
    build(src, tmp_path / "two", jobs=2)
    for output in ("graph.ttl", "graph.html"):
        assert (tmp_path / "one" / output).read_bytes() == (tmp_path / "two" / output).read_bytes(), output
    assert len(holders(tmp_path / "two")) == 2
