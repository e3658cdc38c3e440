"""The library's RDF API: extracted facts as an rdflib Graph.

The mapping itself lives in one place, kg.rdf.quads (facts → N-Quads, the
path `kg build` takes); this module gives the same triples to callers that
want an rdflib Graph. Shape of the graph (the contract the viewer, queries
and scorer rely on):

* every entity: ``rdf:type kg:<Kind>``, exactly one ``rdfs:label`` @vi,
  any number of ``skos:altLabel`` @vi, ``kg:mentionedIn`` its articles;
* core facts as direct triples (``?p kg:holdsOffice ?o``);
* one ``kg:Assertion`` node per (fact, evidence) with ``rdf:subject``,
  ``rdf:predicate``, ``rdf:object``, ``prov:wasDerivedFrom`` its sentence,
  ``kg:start`` and ``kg:end`` (the span within the sentence), ``kg:rule``,
  ``kg:confidence``;
* one ``kg:Sentence`` node per sentence facts were read from, written once:
  ``dcterms:isPartOf`` the article, ``kg:text``, ``kg:offset`` in the article;
* articles: ``kg:Article`` with ``dcterms:title/issued/publisher/creator``.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from rdflib import Graph

from ..model import ArticleResult
from .quads import QuadWriter, label_lines, nquads_to_ntriples, settle_label
from .vocab import DEFAULT_BASE, PREFIXES


def new_graph(base: str = DEFAULT_BASE) -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    graph.bind("id", base)
    return graph


def build_graph(results: Iterable[ArticleResult], base: str = DEFAULT_BASE) -> Graph:
    """All articles' results as one graph: the union of their named graphs and the
    entities graph, each entity's label settled across articles as a build does."""
    lines: set[str] = set()
    uses: dict[str, Counter] = defaultdict(Counter)
    for result in results:
        writer = QuadWriter(base, viewer=False)
        writer.add_result(result)
        lines.update(writer.lines)
        lines.update(writer.entity_lines)
        for node, text, n in writer.label_uses():
            uses[node][text] += n
    for node, counts in uses.items():
        lines.update(label_lines(node, *settle_label(counts), base))
    graph = new_graph(base)
    graph.parse(data=nquads_to_ntriples("\n".join(sorted(lines))), format="nt")
    return graph
