"""One registry maps export format names to writers; the CLI lists it.

A writer takes the built output (the union graph, and the per-article named
graphs for TriG/N-Quads, which the build reads back from its cache) and returns files: {"": text} for one file,
{"nodes.csv": …, "edges.csv": …} for several. Every output is deterministic.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph

from ..errors import UsageError
from ..rdf.vocab import PREFIXES
from ..viewer.model import entity_edges, entity_nodes


NamedGraphs = Iterable[tuple[str, bytes]]  # (graph IRI, its N-Triples)


@dataclass(frozen=True)
class Source:
    graph: Graph
    named_graphs: Callable[[], NamedGraphs] | None = None  # the per-article graphs (kg.build.kept_dataset)


@dataclass(frozen=True)
class Writer:
    description: str
    write: Callable[[Source], dict[str, str]]


def context() -> dict:
    return json.loads(resources.files("kg.ontology").joinpath("context.jsonld").read_text("utf-8"))


def _turtle(src: Source) -> dict[str, str]:
    return {"": src.graph.serialize(format="turtle")}


def _ntriples(src: Source) -> dict[str, str]:
    # rdflib writes N-Triples in hash order; sorted lines make exports byte-stable.
    lines = src.graph.serialize(format="nt").split("\n")
    return {"": "\n".join(sorted(line for line in lines if line.strip())) + "\n"}


def _jsonld(src: Source) -> dict[str, str]:
    text = src.graph.serialize(format="json-ld", context=context()["@context"], auto_compact=True, sort_keys=True)
    # rdflib lists nodes and values in hash order; sorted, the same graph gives the same bytes.
    return {"": json.dumps(_sorted_json(json.loads(text)), ensure_ascii=False, indent=2, sort_keys=True) + "\n"}


def _sorted_json(value, in_list: bool = False):
    """JSON-LD with every array sorted, but @list arrays, whose order is meaning."""
    if isinstance(value, dict):
        return {key: _sorted_json(item, key == "@list") for key, item in value.items()}
    if isinstance(value, list):
        items = [_sorted_json(item) for item in value]
        return items if in_list else sorted(items, key=lambda item: json.dumps(item, ensure_ascii=False, sort_keys=True))
    return value


def _named_quads(src: Source) -> list[ox.Quad]:
    if src.named_graphs is None:
        raise UsageError("TriG and N-Quads need the per-article graphs a build keeps: run kg build first")
    quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(iri))
             for iri, triples in src.named_graphs() for t in ox.parse(triples, format=ox.RdfFormat.N_TRIPLES)]
    # By graph first, so each named graph is written as one block.
    return sorted(quads, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def _nquads(src: Source) -> dict[str, str]:
    lines = ox.serialize(_named_quads(src), format=ox.RdfFormat.N_QUADS).decode("utf-8").split("\n")
    return {"": "\n".join(sorted(line for line in lines if line.strip())) + "\n"}


def _trig(src: Source) -> dict[str, str]:
    prefixes = {name: str(iri) for name, iri in PREFIXES.items()}
    return {"": ox.serialize(_named_quads(src), format=ox.RdfFormat.TRIG, prefixes=prefixes).decode("utf-8")}


def _networkx(src: Source) -> nx.MultiDiGraph:
    nodes = entity_nodes(src.graph)
    edges = entity_edges(src.graph, nodes)
    g = nx.MultiDiGraph()
    for iri, n in nodes.items():
        g.add_node(iri, label=n.label, type=n.type, **_identifiers(n))
    for e in edges:
        g.add_edge(e.source, e.target, relation=e.relation, label=e.relation)
    return g


def _identifiers(node) -> dict[str, str]:
    """A place's ISO 3166 code and Wikidata item, so they survive in the non-RDF formats too."""
    iso = [i.removeprefix("ISO 3166: ") for i in node.identifiers if i.startswith("ISO 3166: ")]
    items = [i for i in node.identifiers if i.startswith("http://www.wikidata.org/entity/")]
    return {"iso3166": "; ".join(iso), "wikidata": "; ".join(items)}


def _graphml(src: Source) -> dict[str, str]:
    return {"": "\n".join(nx.generate_graphml(_networkx(src))) + "\n"}


def _gexf(src: Source) -> dict[str, str]:
    return {"": "\n".join(nx.generate_gexf(_networkx(src))) + "\n"}


def _csv(src: Source) -> dict[str, str]:
    nodes = entity_nodes(src.graph)
    edges = entity_edges(src.graph, nodes)
    node_rows = [[iri, n.label, n.type, "; ".join(n.alt_labels), *_identifiers(n).values()] for iri, n in nodes.items()]
    edge_rows = [[e.source, e.relation, e.target, nodes[e.source].label, nodes[e.target].label] for e in edges]
    return {
        "nodes.csv": _table(["id", "label", "type", "alt_labels", "iso3166", "wikidata"], node_rows),
        "edges.csv": _table(["source", "relation", "target", "source_label", "target_label"], edge_rows),
    }


def _table(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


FORMATS: dict[str, Writer] = {
    "turtle": Writer("Turtle (.ttl)", _turtle),
    "nt": Writer("N-Triples (.nt), sorted lines", _ntriples),
    "jsonld": Writer("JSON-LD (.jsonld) with the published @context (ontology/context.jsonld)", _jsonld),
    "trig": Writer("TriG (.trig): one named graph per article, plus the entities graph", _trig),
    "nquads": Writer("N-Quads (.nq): one named graph per article, plus the entities graph", _nquads),
    "graphml": Writer("GraphML (.graphml) for Gephi/yEd: node type and label, edge relation", _graphml),
    "gexf": Writer("GEXF (.gexf) for Gephi: node type and label, edge relation", _gexf),
    "csv": Writer("CSV: nodes.csv and edges.csv (give -o a folder)", _csv),
}


def export_graph(source: Source | Graph, fmt: str) -> dict[str, str]:
    src = source if isinstance(source, Source) else Source(source)
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise UsageError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}") from None
    return writer.write(src)
