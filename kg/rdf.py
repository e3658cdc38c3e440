"""The one function that maps extracted facts to RDF.

Shape of the graph (the contract the viewer, queries and scorer rely on):

* every entity: ``rdf:type kg:<Kind>``, exactly one ``rdfs:label`` @vi,
  any number of ``skos:altLabel`` @vi, ``kg:mentionedIn`` its articles;
* core facts as direct triples (``?p kg:holdsOffice ?o``);
* one ``kg:Assertion`` node per (fact, evidence) with ``rdf:subject``,
  ``rdf:predicate``, ``rdf:object``, ``prov:wasDerivedFrom`` the article,
  ``kg:quote``, ``kg:sentenceStart``, ``kg:start``, ``kg:end``, ``kg:rule``,
  ``kg:confidence``;
* articles: ``kg:Article`` with ``dcterms:title/issued/publisher/creator``.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from decimal import Decimal

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS, XSD

from .iri import assertion_iri, entity_iri
from .model import ArticleResult, Document, Entity, Evidence, Fact
from .vocab import DEFAULT_BASE, KG

PREFIXES = {
    "kg": KG._NS,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "owl": OWL,
    "xsd": XSD,
}


def new_graph(base: str = DEFAULT_BASE) -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    graph.bind("id", base)
    return graph


def build_graph(results: Iterable[ArticleResult], base: str = DEFAULT_BASE) -> Graph:
    """All articles' results as one graph; entities merge by IRI."""
    graph = new_graph(base)
    labels: dict[URIRef, Counter] = defaultdict(Counter)
    for result in results:
        article = add_article(graph, result.document, base)
        for entity in result.entities:
            node = add_entity(graph, entity, labels, base)
            graph.add((node, KG.mentionedIn, article))
        for fact in result.facts:
            add_fact(graph, fact, article, labels, base)
    settle_labels(graph, labels)
    return graph


def add_article(graph: Graph, doc: Document, base: str) -> URIRef:
    node = entity_iri("Article", doc.doc_id, base)
    graph.add((node, RDF.type, KG.Article))
    graph.add((node, RDFS.label, Literal(doc.title or doc.doc_id, lang="vi")))
    graph.add((node, KG.sourceFile, Literal(doc.source_path or doc.doc_id)))
    if doc.title:
        graph.add((node, DCTERMS.title, Literal(doc.title, lang="vi")))
    if doc.published:
        graph.add((node, DCTERMS.issued, Literal(doc.published, datatype=XSD.date)))
    if doc.publisher:
        graph.add((node, DCTERMS.publisher, Literal(doc.publisher)))
    if doc.author:
        graph.add((node, DCTERMS.creator, Literal(doc.author)))
    if doc.url:
        graph.add((node, DCTERMS.source, URIRef(doc.url)))
    return node


def add_entity(graph: Graph, entity: Entity, labels: dict, base: str) -> URIRef:
    node = entity_iri(entity.kind, entity.key, base)
    graph.add((node, RDF.type, KG[entity.kind]))
    labels[node][entity.label] += 1
    for alt in entity.alt_labels:
        labels[node][alt] += 0  # known spelling, never preferred over a used one
    for prop, value in entity.props:
        graph.add((node, property_iri(prop), value_term(value, labels, graph, base)))
    return node


def property_iri(name: str) -> URIRef:
    if name == "sameAs":
        return OWL.sameAs
    return KG[name]


def value_term(value: object, labels: dict, graph: Graph, base: str):
    if isinstance(value, Entity):
        return add_entity(graph, value, labels, base)
    if isinstance(value, dt.date):
        return Literal(value, datatype=XSD.date)
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return URIRef(value)
    return Literal(value)


def add_fact(graph: Graph, fact: Fact, article: URIRef, labels: dict, base: str) -> None:
    subject = add_entity(graph, fact.subject, labels, base)
    obj = value_term(fact.object, labels, graph, base)
    predicate = KG[fact.relation]
    graph.add((subject, predicate, obj))
    graph.add((subject, KG.mentionedIn, article))
    if isinstance(obj, URIRef):
        graph.add((obj, KG.mentionedIn, article))
    add_evidence(graph, (subject, predicate, obj), fact.evidence, article, base)


def add_evidence(graph: Graph, triple: tuple, ev: Evidence, article: URIRef, base: str) -> None:
    parts = tuple(str(t) for t in triple) + (ev.doc_id, str(ev.start), str(ev.end), ev.rule)
    node = assertion_iri(parts, base)
    subject, predicate, obj = triple
    graph.add((node, RDF.type, KG.Assertion))
    graph.add((node, RDF.subject, subject))
    graph.add((node, RDF.predicate, predicate))
    graph.add((node, RDF.object, obj))
    graph.add((node, PROV.wasDerivedFrom, article))
    graph.add((node, KG.quote, Literal(ev.quote, lang="vi")))
    graph.add((node, KG.sentenceStart, Literal(ev.sentence_start)))
    graph.add((node, KG.start, Literal(ev.start)))
    graph.add((node, KG.end, Literal(ev.end)))
    graph.add((node, KG.rule, Literal(ev.rule)))
    graph.add((node, KG.confidence, Literal(Decimal(str(round(ev.confidence, 2))))))


def settle_labels(graph: Graph, labels: dict[URIRef, Counter]) -> None:
    """One rdfs:label per entity (most used, ties broken by text); the rest alt."""
    for node in sorted(labels):
        counts = labels[node]
        preferred = min(counts, key=lambda text: (-counts[text], text))
        graph.add((node, RDFS.label, Literal(preferred, lang="vi")))
        for alt in sorted(set(counts) - {preferred}):
            graph.add((node, SKOS.altLabel, Literal(alt, lang="vi")))
