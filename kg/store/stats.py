"""`kg stats`: what the graph holds, at a glance."""
from __future__ import annotations

from collections import Counter

from rdflib import RDF, Graph

from ..viewer.model import RELATIONS, entity_edges, entity_nodes
from ..rdf.vocab import KG


def graph_stats(graph: Graph, top: int = 10) -> str:
    nodes = entity_nodes(graph)
    edges = entity_edges(graph, nodes)
    classes = Counter(n.type for n in nodes.values())
    relations = Counter(e.relation for e in edges)
    lines = [f"{len(graph)} triples, {len(nodes)} entities, {len(edges)} relations between them,",
             f"{len(set(graph.subjects(RDF.type, KG.Article)))} articles, {len(set(graph.subjects(RDF.type, KG.Assertion)))} evidence nodes", "",
             "entities per class:"]
    lines += [f"  {name:15s} {count:7d}" for name, count in sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines += ["", "facts per relation:"]
    lines += [f"  {name:19s} {relations[name]:7d}" for name in RELATIONS if relations[name]]
    lines += ["", f"most connected entities (top {top}):"]
    ranked = sorted(nodes.values(), key=lambda n: (-n.degree, n.label))[:top]
    lines += [f"  {n.degree:5d}  {n.label} ({n.type})" for n in ranked]
    return "\n".join(lines) + "\n"
