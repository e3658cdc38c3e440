"""The HTML graph viewer: one self-contained page per view (pyvis / vis-network core).

Takes an rdflib graph (or, for kg build, the kept sums of kg.viewer.state);
gives the page: render_viewer(graph, …) → (page, ViewStats), which
kg.build.output.write_viewer writes atomically. Imports kg.rdf and
kg.sources (text folding) only. Positions are computed at build time,
physics is off until the user turns it on, all JS and CSS are inlined (no
network request), and every string from an article is data.
"""
from __future__ import annotations

from rdflib import Graph

from .layout import positions
from .model import as_index, assertions, entity_edges, entity_nodes, with_evidence
from .overview import OVERVIEW_ABOVE, overview
from .page import ViewStats, page_data, render
from .select import select

__all__ = ["ViewStats", "render_viewer"]


def render_viewer(graph: Graph, *, title: str = "kg", focus: str | None = None, depth: int = 1,
                  types: set[str] | None = None, relations: set[str] | None = None,
                  limit: int | None = None) -> tuple[str, ViewStats]:
    """The page for a graph (kg build draws its default page from kept sums instead:
    kg.viewer.state, the same page)."""
    graph = as_index(graph)
    nodes = entity_nodes(graph)
    edges = entity_edges(graph, nodes)
    shown, shown_edges, note = select(nodes, edges, focus=focus, depth=depth, types=types, relations=relations, limit=limit)
    places = overview(nodes, [(e.source, e.relation, e.target) for e in edges], lambda keys: evidence_days(graph, keys))
    places["first"] = len(shown) > OVERVIEW_ABOVE
    data = page_data(nodes, shown, with_evidence(graph, shown_edges), positions(shown, shown_edges), note, places)
    return render(title, data), ViewStats(len(shown), len(nodes), len(shown_edges), note)


def evidence_days(graph, keys) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """Each edge's article dates (sorted, once each), from its evidence."""
    out = {}
    for key, pairs in assertions(graph, set(keys)).items():
        days = {evidence["date"][:10] for _, evidence in pairs if evidence["date"]}
        if days:
            out[key] = tuple(sorted(days))
    return out
