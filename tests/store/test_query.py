import csv
import datetime as dt
import io
import json

import pytest

from kg.errors import GraphError, QueryError
from kg.model import ArticleResult, Document, Entity, Evidence, Fact
from kg.store.query import format_result, load_graph, run_query, saved_queries
from kg.rdf import build_graph

EV = Evidence("a1", 0, 30, 0, 12, "Ông Trần Văn Bình là Chủ tịch.", "rule-x", 0.9)


@pytest.fixture(scope="module")
def graph():
    vn = Entity("Country", "vn", "Việt Nam")
    la = Entity("Country", "la", "Lào")
    nghe_an = Entity("Province", "vn-nghe-an", "Nghệ An",
                     props=(("locatedIn", vn), ("sameAs", "http://www.wikidata.org/entity/Q36587")))
    vinh = Entity("District", "vn-nghe-an-vinh", "Vinh", props=(("locatedIn", nghe_an),))
    xieng = Entity("ForeignRegion", "la-xk", "Xiêng Khoảng", props=(("locatedIn", la),))
    org = Entity("Organization", "UBND tỉnh Nghệ An", "UBND tỉnh Nghệ An")
    office = Entity("Office", "Chủ tịch UBND tỉnh Nghệ An", "Chủ tịch UBND tỉnh Nghệ An",
                    props=(("ofOrganization", org), ("jurisdiction", nghe_an)))
    person = Entity("Person", "Trần Văn Bình", "Trần Văn Bình")
    event = Entity("Event", "lễ ký kết thử", "Lễ ký kết thử", frozenset({"Lễ ký kết thử nghiệm"}))
    facts = (
        Fact(person, "holdsOffice", office, EV),
        Fact(event, "heldIn", vinh, EV),
        Fact(event, "heldIn", xieng, EV),  # two places, one in no province: each keeps its own
        Fact(event, "startDate", dt.date(2024, 3, 14), EV),
        Fact(nghe_an, "partnersWith", xieng, EV),
        Fact(person, "chaired", event, EV),
    )
    doc = Document("a1", "x", title="Bài thử", published=dt.date(2024, 3, 15))
    return build_graph([ArticleResult(doc, facts, (person, office, org, nghe_an, vinh, xieng, event))])


def saved(name):
    return next(q for q in saved_queries() if q.name == name).text


def test_every_saved_query_runs_and_returns_rows(graph):
    assert len(saved_queries()) >= 7
    for q in saved_queries():
        assert run_query(graph, q.text).rows, q.name


def test_merges_say_which_key_the_names_of_a_node_share(graph):
    rows = run_query(graph, saved("merges")).rows
    assert rows == (("Lễ ký kết thử", "Event", "lễ ký kết thử", "Lễ ký kết thử nghiệm", None),)


def test_offices(graph):
    result = run_query(graph, saved("offices"))
    assert result.rows == (("Trần Văn Bình", "Chủ tịch UBND tỉnh Nghệ An", "UBND tỉnh Nghệ An", "Nghệ An",
                            "2024-03-15", "2024-03-15"),)


def test_office_holders_by_province_follow_containment_and_bindings(graph):
    rows = run_query(graph, saved("office-holders-by-province"), {"province": "Nghệ An"}).rows
    assert rows == (("Nghệ An", "Chủ tịch UBND tỉnh Nghệ An", "Trần Văn Bình"),)
    assert run_query(graph, saved("office-holders-by-province"), {"province": "Lào Cai"}).rows == ()


def test_events_with_place_province_and_dates(graph):
    assert run_query(graph, saved("events")).rows == (
        ("Lễ ký kết thử", "Vinh", "Nghệ An", "2024-03-14", None),
        ("Lễ ký kết thử", "Xiêng Khoảng", None, "2024-03-14", None),
    )


def test_partnerships_both_directions(graph):
    rows = run_query(graph, saved("partnerships"), {"place": "Xiêng Khoảng"}).rows
    assert rows == (("Xiêng Khoảng", "Nghệ An", "Việt Nam"),)


def test_evidence_gives_quote_article_date_rule(graph):
    rows = run_query(graph, saved("evidence"), {"subject": "Trần Văn Bình"}).rows
    held = [r for r in rows if r[1] == "holdsOffice"]
    assert held == [("Trần Văn Bình", "holdsOffice", "Chủ tịch UBND tỉnh Nghệ An", EV.quote, "Bài thử", "2024-03-15", "rule-x", "0.9")]


def test_formats(graph):
    result = run_query(graph, saved("offices"))
    table = format_result(result, "table")
    assert table.splitlines()[0].split() == ["person", "office", "organisation", "jurisdiction", "first", "last"]
    assert "(1 row)" in table
    assert list(csv.reader(io.StringIO(format_result(result, "csv"))))[1][0] == "Trần Văn Bình"
    data = json.loads(format_result(result, "json"))
    assert data["head"]["vars"] == ["person", "office", "organisation", "jurisdiction", "first", "last"]
    assert data["results"]["bindings"][0]["person"] == {"type": "literal", "value": "Trần Văn Bình"}


def test_construct_returns_a_graph(graph):
    result = run_query(graph, "CONSTRUCT { ?p kg:holdsOffice ?o } WHERE { ?p kg:holdsOffice ?o }")
    assert len(result.graph) == 1 and "holdsOffice" in format_result(result)


def test_malformed_and_update_queries_are_refused(graph):
    with pytest.raises(QueryError, match="bad SPARQL"):
        run_query(graph, "SELEKT ?x WHERE { ?x ?y ?z }")
    with pytest.raises(QueryError, match="read-only"):
        run_query(graph, "PREFIX ex: <http://e/>\nINSERT DATA { ex:a ex:b ex:c }")


def test_load_graph_names_the_file(tmp_path):
    with pytest.raises(GraphError, match="nothing.ttl"):
        load_graph(tmp_path / "nothing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix : <x> . :a :b", encoding="utf-8")
    with pytest.raises(GraphError, match="bad.ttl"):
        load_graph(bad)


def holders_graph():
    """One office, held by one person in 2020 and 2021 and by another from 2024 (a former
    mention of the first in 2024): the dates are the articles' issued dates."""
    office = Entity("Office", "Bí thư Tỉnh ủy Nghệ An", "Bí thư Tỉnh ủy Nghệ An")
    first, second = Entity("Person", "Lê Văn An", "Lê Văn An"), Entity("Person", "Hồ Văn Bình", "Hồ Văn Bình")
    articles = [("a1", dt.date(2020, 5, 1), [Fact(first, "holdsOffice", office, EV)]),
                ("a2", dt.date(2021, 2, 1), [Fact(first, "holdsOffice", office, EV)]),
                ("a3", dt.date(2024, 6, 1), [Fact(second, "holdsOffice", office, EV),
                                             Fact(first, "formerlyHeldOffice", office, EV)])]
    return build_graph([ArticleResult(Document(doc_id, "x", published=day), tuple(facts), (office, first, second))
                        for doc_id, day, facts in articles])


def test_holders_of_an_office_near_a_date_with_the_dates_they_rest_on():
    graph = holders_graph()
    rows = run_query(graph, saved("holders"), {"office": "Bí thư Tỉnh ủy Nghệ An", "date": "2021-06-01"}).rows
    # office, person, first and last seen, the date asked, articles
    assert [r[:6] for r in rows] == [
        ("Bí thư Tỉnh ủy Nghệ An", "Lê Văn An", "2020-05-01", "2021-02-01", "2021-06-01", "2"),
        ("Bí thư Tỉnh ủy Nghệ An", "Hồ Văn Bình", "2024-06-01", "2024-06-01", "2021-06-01", "1"),
    ]
    assert rows[0][7] == "2024-06-01"  # seen as former by then: an upper bound
    later = run_query(graph, saved("holders"), {"office": "Bí thư Tỉnh ủy Nghệ An", "date": "2025-01-01"}).rows
    assert later[0][1] == "Hồ Văn Bình"


def test_holders_agree_on_the_store(tmp_path):
    import pyoxigraph as ox

    from kg.store.embedded import query_store

    store = ox.Store()
    store.load(holders_graph().serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES)
    bindings = {"office": "Bí thư Tỉnh ủy Nghệ An", "date": "2025-01-01"}
    assert query_store(store, saved("holders"), bindings).rows == run_query(holders_graph(), saved("holders"), bindings).rows
