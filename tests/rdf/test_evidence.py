"""Compact evidence: every fact's span and sentence survive the mapping to RDF, and a
sentence's text is written once however many facts were read from it."""
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.build.builder import extract_results
from kg.build.dataset import Assembly
from kg.build.fragment import article_fragment
from kg.model import Entity
from kg.rdf.iri import assertion_iri_text, entity_iri_text
from kg.rdf.vocab import KG

REPO = Path(__file__).resolve().parents[2]
SETS = [REPO / "sources", REPO / "tests" / "corpus" / "articles"]


def graph_of(results) -> Graph:
    """graph.ttl as a build writes it, read back by rdflib."""
    return Graph().parse(data=Assembly(article_fragment(r) for r in results).turtle(), format="turtle")


def evidence_in(graph: Graph, assertion: URIRef) -> dict:
    """What the graph says of one assertion, with its span made absolute again."""
    sentence = graph.value(assertion, PROV.wasDerivedFrom)
    offset = int(graph.value(sentence, KG.offset))
    return {"article": graph.value(sentence, DCTERMS.isPartOf), "text": str(graph.value(sentence, KG.text)),
            "sentence_start": offset, "start": offset + int(graph.value(assertion, KG.start)),
            "end": offset + int(graph.value(assertion, KG.end)), "rule": str(graph.value(assertion, KG.rule)),
            "confidence": Decimal(str(graph.value(assertion, KG.confidence)))}


def assertion_of(fact) -> URIRef:
    ev, subject = fact.evidence, entity_iri_text(fact.subject.kind, fact.subject.key)
    value = fact.object  # an entity, a date or a string: the object term's value
    obj = entity_iri_text(value.kind, value.key) if isinstance(value, Entity) else str(value)
    parts = (subject, str(KG[fact.relation]), obj, ev.doc_id, str(ev.start), str(ev.end), ev.rule)
    return URIRef(assertion_iri_text(parts))


@pytest.mark.parametrize("sources", [s for s in SETS if s.is_dir()], ids=lambda p: p.name)
def test_every_assertion_keeps_its_span_and_sentence(sources):
    results = extract_results(sources)
    graph = graph_of(results)
    checked = 0
    for result in results:
        text = result.document.text
        article = URIRef(entity_iri_text("Article", result.document.doc_id))
        for fact in result.facts:
            ev = fact.evidence
            found = evidence_in(graph, assertion_of(fact))
            assert found == {"article": article, "text": text[ev.sentence_start:ev.sentence_end],
                             "sentence_start": ev.sentence_start, "start": ev.start, "end": ev.end,
                             "rule": ev.rule, "confidence": Decimal(str(round(ev.confidence, 2)))}
            assert found["text"] == ev.quote
            checked += 1
    assert checked > 20


@pytest.mark.parametrize("sources", [s for s in SETS if s.is_dir()], ids=lambda p: p.name)
def test_a_sentence_is_written_once_for_all_its_facts(sources):
    results = extract_results(sources)
    graph = graph_of(results)
    sentences = set(graph.subjects(RDF.type, KG.Sentence))
    per_article = Counter((graph.value(s, DCTERMS.isPartOf), graph.value(s, KG.offset)) for s in sentences)
    assert per_article and max(per_article.values()) == 1  # one node per sentence of an article
    expected = {(r.document.doc_id, f.evidence.sentence_start) for r in results for f in r.facts}
    assert len(sentences) == len(expected)
    assertions = set(graph.subjects(RDF.type, KG.Assertion))
    assert len(assertions) > len(sentences)  # sentences are shared, so fewer than assertions
    assert all(isinstance(graph.value(s, KG.text), Literal) for s in sentences)
    assert sum(1 for _ in graph.triples((None, KG.text, None))) == len(sentences)


def test_pyoxigraph_reads_the_same_evidence():
    results = extract_results(REPO / "sources")
    turtle = Assembly(article_fragment(r) for r in results).turtle()
    store = ox.Store()
    store.load(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    rows = store.query("""PREFIX kg: <https://w3id.org/kg-vn/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?a ?text ?offset ?start ?end WHERE {
          ?a a kg:Assertion ; prov:wasDerivedFrom ?s ; kg:start ?start ; kg:end ?end .
          ?s kg:text ?text ; kg:offset ?offset ; dcterms:isPartOf ?article }""")
    spans = {row["a"].value: (row["text"].value, int(row["offset"].value), int(row["start"].value), int(row["end"].value))
             for row in rows}
    graph = graph_of(results)
    assert len(spans) == len(set(graph.subjects(RDF.type, KG.Assertion)))
    for assertion, (text, offset, start, end) in spans.items():
        assert 0 <= start <= end <= len(text)
        assert evidence_in(graph, URIRef(assertion))["text"] == text
