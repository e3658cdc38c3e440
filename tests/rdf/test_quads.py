"""The bulk RDF path: the graph contract holds, and its serialisations agree."""
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.build.builder import extract_results
from kg.build.dataset import Assembly, results_to_nquads
from kg.build.fragment import article_fragment
from kg.rdf.quads import entities_graph_iri, nquads_to_ntriples, nquads_to_turtle, turtle_to_nquads
from kg.rdf import PREFIXES, build_graph
from kg.check.validate import validate_graph

REPO = Path(__file__).resolve().parents[2]
SETS = [REPO / "sources", REPO / "tests" / "corpus" / "articles"]


@pytest.mark.parametrize("sources", [s for s in SETS if s.is_dir()], ids=lambda p: p.name)
def test_bulk_output_keeps_the_graph_contract(sources):
    results = extract_results(sources)
    nquads = results_to_nquads(results)
    turtle = nquads_to_turtle(nquads, {k: str(v) for k, v in PREFIXES.items()})
    graph = Graph().parse(data=turtle, format="turtle")
    assert isomorphic(graph, Graph().parse(data=nquads_to_ntriples(nquads), format="nt"))
    assembled = Assembly(article_fragment(r) for r in results).turtle()  # what graph.ttl holds
    assert isomorphic(graph, Graph().parse(data=assembled, format="turtle"))
    assert isomorphic(graph, build_graph(results))  # the library API gives the same graph
    result = validate_graph(graph)
    assert result.conforms, result.report_text


def test_bulk_output_is_sorted_and_deterministic():
    results = extract_results(REPO / "sources")
    first, second = results_to_nquads(results), results_to_nquads(list(reversed(results)))
    assert first == second  # article order does not matter
    blocks: dict[str, list[str]] = {}
    for line in first.splitlines():
        blocks.setdefault(line[line.rfind(" <"):], []).append(line)
    graphs = list(blocks)
    assert graphs[0] == f" <{entities_graph_iri()}> ." and graphs[1:] == sorted(graphs[1:])  # entities, then articles
    assert all(lines == sorted(lines) for lines in blocks.values())  # each graph's lines sorted


@pytest.mark.parametrize("sources", [s for s in SETS if s.is_dir()], ids=lambda p: p.name)
def test_an_articles_quads_are_made_again_from_its_turtle_byte_for_byte(sources):
    # The cache keeps only the Turtle: the store's updates and the N-Quads export rely on this.
    for result in extract_results(sources):
        fragment = article_fragment(result)
        assert turtle_to_nquads(fragment.turtle.encode("utf-8"), fragment.article) == fragment.quads
