import datetime as dt

import pytest
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.errors import GraphError
from kg.model import ArticleResult, Document, Entity, Evidence, Fact
from kg.rdf import build_graph
from kg.check.validate import validate_file, validate_graph
from kg.rdf.iri import entity_iri
from kg.rdf.vocab import KG

PERSON = entity_iri("Person", "Trần Văn Bình")


def good_graph():
    province = Entity("Province", "vn-nghe-an", "Nghệ An")
    office = Entity("Office", "Chủ tịch UBND tỉnh Nghệ An", "Chủ tịch UBND tỉnh Nghệ An", props=(("jurisdiction", province),))
    person = Entity("Person", "Trần Văn Bình", "Trần Văn Bình")
    event = Entity("Event", "Hội nghị thử", "Hội nghị thử")
    ev = Evidence("a1", 0, 20, 0, 10, "Câu văn làm bằng chứng.", "r", 0.9)
    facts = (
        Fact(person, "holdsOffice", office, ev),
        Fact(event, "heldIn", province, ev),
        Fact(event, "startDate", dt.date(2024, 1, 2), ev),
    )
    return build_graph([ArticleResult(Document("a1", "x", title="T"), facts, (person, office, province, event))])


def test_a_built_graph_conforms():
    result = validate_graph(good_graph())
    assert result.conforms and result.violations == 0


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda g: g.remove((PERSON, RDFS.label, None)), "exactly one rdfs:label"),
        (lambda g: g.add((PERSON, RDFS.label, Literal("Khác", lang="vi"))), "exactly one rdfs:label"),
        (lambda g: g.set((PERSON, RDFS.label, Literal("Trần Văn Bình"))), "Vietnamese (@vi)"),
        (lambda g: g.add((PERSON, KG.holdsOffice, URIRef("https://w3id.org/kg-vn/id/place/vn-nghe-an"))), "kg:Office"),
        (lambda g: g.set((URIRef("https://w3id.org/kg-vn/id/event/hoi-nghi-thu"), KG.startDate, Literal("2 tháng 1"))), "xsd:date"),
        (lambda g: [g.remove((s, KG.text, None)) for s in g.subjects(RDF.type, KG.Sentence)], "exactly one text"),
        (lambda g: [g.remove((a, PROV.wasDerivedFrom, None)) for a in g.subjects(RDF.type, KG.Assertion)], "exactly one kg:Sentence"),
        (lambda g: [g.set((a, KG.start, Literal(-1))) for a in g.subjects(RDF.type, KG.Assertion)], "within the sentence"),
        (lambda g: [g.set((s, DCTERMS.isPartOf, s)) for s in g.subjects(RDF.type, KG.Sentence)], "part of exactly one kg:Article"),
    ],
)
def test_violations_are_reported_readably(damage, message):
    graph = good_graph()
    damage(graph)
    result = validate_graph(graph)
    assert not result.conforms and result.violations >= 1
    assert message in result.report_text


def test_missing_and_garbled_files_name_the_file(tmp_path):
    with pytest.raises(GraphError, match="missing.ttl"):
        validate_file(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    with pytest.raises(GraphError, match="bad.ttl"):
        validate_file(bad)
