"""The viewer's data: entities and the edges between them, each edge with its evidence.

Pure and deterministic: nodes and edges are sorted by IRI, so the same graph
always gives the same page.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import RDF, RDFS
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from ..rdf.vocab import KG
from .index import TripleIndex

ENTITY_CLASSES = ("Person", "Office", "Organization", "Event", "Country", "Province", "District", "ForeignRegion", "Venue", "Place")
RELATIONS = {
    # local name: (Vietnamese label, English label)
    "holdsOffice": ("giữ chức vụ", "holds office"),
    "formerlyHeldOffice": ("nguyên là", "formerly held office"),
    "heldIn": ("diễn ra tại", "held in"),
    "partnersWith": ("hợp tác với", "partners with"),
    "attended": ("dự", "attended"),
    "chaired": ("chủ trì", "chaired"),
    "spokeAt": ("phát biểu tại", "spoke at"),
    "connectionSite": ("điểm cầu", "connection site"),
    "partOf": ("thuộc sự kiện", "part of"),
    "ofOrganization": ("thuộc tổ chức", "of organisation"),
    "jurisdiction": ("địa bàn", "jurisdiction"),
    "locatedIn": ("thuộc", "located in"),
    "keptApartFrom": ("khác người cùng tên", "kept apart from"),
}


@dataclass(slots=True)
class Node:
    iri: str
    label: str
    type: str
    alt_labels: list[str] = field(default_factory=list)
    identifiers: list[str] = field(default_factory=list)
    dates: dict[str, str] = field(default_factory=dict)
    degree: int = 0
    font: int = 0  # label size drawn, 0: the page's default (kg.viewer.layout.FONT)


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    relation: str
    evidence: list[dict] = field(default_factory=list)


# Terms looked up once: rdflib's namespace access builds a new term at every call, and
# these run for every entity and assertion of every article.
TYPE, SUBJECT, PREDICATE, OBJECT = RDF.type, RDF.subject, RDF.predicate, RDF.object
CLASS_IRIS = {cls: KG[cls] for cls in ENTITY_CLASSES}
RELATION_IRIS = {relation: KG[relation] for relation in RELATIONS}


def as_index(graph) -> TripleIndex:
    return graph if isinstance(graph, TripleIndex) else TripleIndex.from_graph(graph)


def entity_nodes(graph) -> dict[str, Node]:
    graph = as_index(graph)
    nodes: dict[str, Node] = {}
    for cls in ENTITY_CLASSES:
        for subject in graph.subjects(TYPE, CLASS_IRIS[cls]):
            if not str(subject).startswith("_:") and str(subject) not in nodes:
                nodes[str(subject)] = _node(graph, subject, cls)
    return dict(sorted(nodes.items()))


LABEL, ALT_LABEL, ISO3166, SAME_AS = RDFS.label, SKOS.altLabel, KG.iso3166, OWL.sameAs
DATES = {"startDate": KG.startDate, "endDate": KG.endDate}


def _node(graph, subject, cls: str) -> Node:
    label = graph.value(subject, LABEL)
    node = Node(str(subject), str(label) if label is not None else str(subject), cls)
    node.alt_labels = sorted(str(a) for a in graph.objects(subject, ALT_LABEL))
    node.identifiers = sorted(
        [f"ISO 3166: {c}" for c in graph.objects(subject, ISO3166)] + [str(s) for s in graph.objects(subject, SAME_AS)]
    )
    for prop, iri in DATES.items():
        values = [str(v) for v in graph.objects(subject, iri)]
        if values:  # articles may disagree: the earliest date is shown, whatever the order read
            node.dates[prop] = min(values)
    return node


def entity_edges(graph, nodes: dict[str, Node]) -> list[Edge]:
    """Edges between entities, each once however many articles state it, sorted; their
    evidence is filled in by with_evidence."""
    graph = as_index(graph)
    found = set()
    for relation in RELATIONS:
        for s, o in graph.subject_objects(RELATION_IRIS[relation]):
            if str(s) in nodes and str(o) in nodes:
                found.add((str(s), relation, str(o)))
    edges = [Edge(s, o, relation) for s, relation, o in sorted(found)]
    for edge in edges:
        nodes[edge.source].degree += 1
        nodes[edge.target].degree += 1
    return edges


def with_evidence(graph, edges: list[Edge]) -> list[Edge]:
    """Fill in each edge's evidence (quote, article, rule…) from its assertion nodes.

    Only the edges a page shows need it, and on a large graph most assertions
    belong to edges a page does not show: so this is a separate, later step.
    """
    graph = as_index(graph)
    found = assertions(graph, {(e.source, e.relation, e.target) for e in edges})
    for edge in edges:
        edge.evidence = [evidence for _, evidence in found.get((edge.source, edge.relation, edge.target), ())]
    return edges


def assertions(graph, wanted: set[tuple[str, str, str]]) -> dict[tuple[str, str, str], list[tuple[str, dict]]]:
    """The evidence behind each wanted edge (source, relation, target), as (assertion IRI,
    evidence) pairs in the order of assertion IRIs."""
    graph = as_index(graph)
    subjects = dict(graph.subject_objects(SUBJECT))
    objects = dict(graph.subject_objects(OBJECT))
    found: dict[tuple[str, str, str], list[tuple[str, dict]]] = {}
    for assertion, predicate in sorted(set(graph.subject_objects(PREDICATE))):
        edge = (str(subjects.get(assertion)), str(predicate).rsplit("#", 1)[-1], str(objects.get(assertion)))
        if edge in wanted:
            found.setdefault(edge, []).append((str(assertion), _evidence(graph, assertion)))
    return found


# The evidence's terms, looked up once: this runs for every assertion of every article.
DERIVED_FROM, PART_OF, TEXT, START, END = PROV.wasDerivedFrom, DCTERMS.isPartOf, KG.text, KG.start, KG.end
TITLE, ISSUED, RULE, CONFIDENCE = DCTERMS.title, DCTERMS.issued, KG.rule, KG.confidence


def _evidence(graph, assertion) -> dict:
    sentence = graph.value(assertion, DERIVED_FROM)
    article = graph.value(sentence, PART_OF)
    quote = str(graph.value(sentence, TEXT) or "")
    start, end = _int(graph.value(assertion, START)), _int(graph.value(assertion, END))
    return {
        "quote": quote,
        "highlight": [max(0, start), min(len(quote), end)],
        "article": str(graph.value(article, TITLE) or graph.value(article, LABEL) or ""),
        "date": str(graph.value(article, ISSUED) or ""),
        "rule": str(graph.value(assertion, RULE) or ""),
        "confidence": str(graph.value(assertion, CONFIDENCE) or ""),
    }


def _int(value) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return 0
