"""The graph as a dataset: one named graph per article, one for the entities.

An article's graph holds its facts (the direct triples), their evidence
nodes, the article's metadata and its kg:mentionedIn links, so re-ingesting
one article replaces exactly its own triples. The entities graph holds what
describes entities (types, the one label, alternative labels, containment,
jurisdiction, identifiers): facts about the world that no single article owns.
The union of all graphs is the graph written to graph.ttl.
"""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import PROV

from .iri import entity_iri
from .model import ArticleResult
from .vocab import DEFAULT_BASE, KG

FACT_PREDICATES = frozenset(
    KG[name] for name in (
        "holdsOffice", "formerlyHeldOffice", "heldIn", "partnersWith", "startDate", "endDate",
        "attended", "chaired", "spokeAt", "connectionSite", "mentionedIn",
    )
)


def entities_graph_iri(base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{base}graph/entities")


def split(union: Graph, results: Iterable[ArticleResult], base: str = DEFAULT_BASE) -> dict[URIRef, Graph]:
    """Named graphs keyed by graph IRI (article IRIs and the entities graph)."""
    graphs: dict[URIRef, Graph] = {}
    owned: set = set()
    for result in results:
        article = entity_iri("Article", result.document.doc_id, base)
        graph = article_graph(union, article)
        graphs[article] = graph
        owned.update(graph)
    entities = Graph()
    for triple in union:
        if triple not in owned:
            entities.add(triple)
    graphs[entities_graph_iri(base)] = entities
    return graphs


def article_graph(union: Graph, article: URIRef) -> Graph:
    graph = Graph()
    for p, o in union.predicate_objects(article):
        graph.add((article, p, o))
    for assertion in union.subjects(PROV.wasDerivedFrom, article):
        for p, o in union.predicate_objects(assertion):
            graph.add((assertion, p, o))
        s, p, o = (union.value(assertion, RDF[x]) for x in ("subject", "predicate", "object"))
        if p in FACT_PREDICATES:
            graph.add((s, p, o))
    for s in union.subjects(KG.mentionedIn, article):
        graph.add((s, KG.mentionedIn, article))
    return graph


def to_nquads(graphs: dict[URIRef, Graph]) -> str:
    """Sorted N-Quads: byte-identical for the same graphs."""
    lines = []
    for iri in sorted(graphs):
        for line in graphs[iri].serialize(format="nt").split("\n"):
            if line.strip():
                lines.append(f"{line[:-1].rstrip()} <{iri}> .")
    return "\n".join(sorted(lines)) + "\n"
