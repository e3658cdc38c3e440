"""The library's RDF API: extracted facts as an rdflib Graph.

The mapping itself lives in one place, kg.fastrdf (facts → N-Quads, the
path `kg build` takes); this module gives the same triples to callers that
want an rdflib Graph. Shape of the graph (the contract the viewer, queries
and scorer rely on):

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

from collections.abc import Iterable

from rdflib import RDF, RDFS, Graph
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS, XSD

from .model import ArticleResult
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
    """All articles' results as one graph (the union of the per-article graphs)."""
    from .dataset import results_to_nquads
    from .fastrdf import nquads_to_ntriples

    graph = new_graph(base)
    graph.parse(data=nquads_to_ntriples(results_to_nquads(results, base)), format="nt")
    return graph
