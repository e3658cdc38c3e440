"""The HTML graph viewer: one self-contained page per view (pyvis / vis-network core).

write_viewer(graph, path, …) → ViewStats. Positions are computed at build
time, physics is off until the user turns it on, all JS and CSS are inlined
(no network request), and every string from an article is data.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from ..output import write_atomic
from .layout import positions
from .model import as_index, entity_edges, entity_nodes, with_evidence
from .page import ViewStats, page_data, render
from .select import select

__all__ = ["ViewStats", "write_viewer", "render_viewer"]


def render_viewer(graph: Graph, *, title: str = "kg", focus: str | None = None, depth: int = 1,
                  types: set[str] | None = None, relations: set[str] | None = None,
                  limit: int | None = None, more_evidence=None, layout_cache: Path | None = None) -> tuple[str, ViewStats]:
    """The page for a graph. ``more_evidence(edges)``, if given, returns the triples of
    the assertion nodes behind those edges, for a graph given without them (kg build
    keeps them aside: a page shows few of the many). ``layout_cache`` is a folder
    where the last layout is kept for the next page with the same nodes and edges."""
    graph = as_index(graph)
    nodes = entity_nodes(graph)
    edges = entity_edges(graph, nodes)
    shown, shown_edges, note = select(nodes, edges, focus=focus, depth=depth, types=types, relations=relations, limit=limit)
    if more_evidence is not None:
        graph.extend(more_evidence(shown_edges))
    data = page_data(nodes, shown, with_evidence(graph, shown_edges), positions(shown, shown_edges, layout_cache), note)
    return render(title, data), ViewStats(len(shown), len(nodes), len(shown_edges), note)


def write_viewer(graph: Graph, path: str | Path, **options) -> ViewStats:
    page, stats = render_viewer(graph, **options)
    write_atomic(path, page)
    return stats
