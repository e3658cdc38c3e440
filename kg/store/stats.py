"""`kg stats`: what the graph holds, at a glance."""
from __future__ import annotations

from collections import Counter

from rdflib import RDF, Graph, URIRef

from ..viewer.model import RELATIONS, entity_edges, entity_nodes
from ..rdf.vocab import KG


def _merges(graph: Graph, nodes: dict) -> tuple[Counter, Counter]:
    """Per class: how many (entity, article) mentions the nodes gather, and how many nodes
    go by other names too (skos:altLabel: spellings, abbreviations, names of one event)."""
    mentions, several = Counter(), Counter()
    for iri, node in nodes.items():
        mentions[node.type] += sum(1 for _ in graph.objects(URIRef(iri), KG.mentionedIn))
        several[node.type] += bool(node.alt_labels)
    return mentions, several


def graph_stats(graph: Graph, top: int = 10) -> str:
    nodes = entity_nodes(graph)
    edges = entity_edges(graph, nodes)
    classes = Counter(n.type for n in nodes.values())
    relations = Counter(e.relation for e in edges)
    lines = [f"{len(graph)} triples, {len(nodes)} entities, {len(edges)} relations between them,",
             f"{len(set(graph.subjects(RDF.type, KG.Article)))} articles, {len(set(graph.subjects(RDF.type, KG.Assertion)))} evidence nodes"
             f" quoting {len(set(graph.subjects(RDF.type, KG.Sentence)))} sentences", "",
             "entities per class:"]
    mentions, several = _merges(graph, nodes)
    lines += [f"  {name:15s} {count:7d}   from {mentions[name]:6d} article mentions, {several[name]:5d} with other names"
              for name, count in sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines += ["", "facts per relation:"]
    lines += [f"  {name:19s} {relations[name]:7d}" for name in RELATIONS if relations[name]]
    lines += ["", f"most connected entities (top {top}):"]
    ranked = sorted(nodes.values(), key=lambda n: (-n.degree, n.label))[:top]
    lines += [f"  {n.degree:5d}  {n.label} ({n.type})" for n in ranked]
    return "\n".join(lines) + "\n"
