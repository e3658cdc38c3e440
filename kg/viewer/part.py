"""One article's share of the viewer, made where the article is extracted.

A build keeps these shares and their sums from build to build
(kg.viewer.state), so a rebuild redraws the page from what changed instead of
reading every article again. A share is read from the article's own quads by
the same functions that read a whole graph (kg.viewer.model), so the sums give
the page that graph.ttl gives.
"""
from __future__ import annotations

from dataclasses import dataclass

from .index import TripleIndex
from .model import assertions, entity_edges, entity_nodes

EdgeKey = tuple[str, str, str]  # (source IRI, relation local name, target IRI)
NodeInfo = tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]]  # (type, identifiers, dates)


@dataclass(frozen=True)
class ViewPart:
    nodes: tuple[tuple[str, NodeInfo], ...]  # the entities it describes, by IRI (labels are settled across articles)
    edges: tuple[EdgeKey, ...]  # the relations it states between them, sorted
    evidence: tuple[tuple[EdgeKey, tuple[tuple[str, dict], ...]], ...]  # per edge: (assertion IRI, evidence)


NO_VIEW = ViewPart((), (), ())  # the share of a fragment made for RDF output alone


def view_part(triples) -> ViewPart:
    """The share of an article given as the triples of its named graph and its entities'
    descriptions (plain strings: IRIs, and literals' lexical forms)."""
    index = TripleIndex(triples)
    nodes = entity_nodes(index)
    edges = entity_edges(index, nodes)
    keys = tuple((e.source, e.relation, e.target) for e in edges)
    found = assertions(index, set(keys))
    return ViewPart(
        tuple((iri, node_info(n.type, n.identifiers, n.dates)) for iri, n in nodes.items()),
        keys,
        tuple((key, tuple(found[key])) for key in keys if key in found),
    )


def node_info(type_: str, identifiers, dates: dict[str, str]) -> NodeInfo:
    return type_, tuple(identifiers), tuple(sorted(dates.items()))
