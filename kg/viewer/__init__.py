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
                  limit: int | None = None) -> tuple[str, ViewStats]:
    """The page for a graph (kg build draws its default page from kept sums instead:
    kg.viewer.state, the same page)."""
    graph = as_index(graph)
    nodes = entity_nodes(graph)
    edges = entity_edges(graph, nodes)
    shown, shown_edges, note = select(nodes, edges, focus=focus, depth=depth, types=types, relations=relations, limit=limit)
    data = page_data(nodes, shown, with_evidence(graph, shown_edges), positions(shown, shown_edges), note)
    return render(title, data), ViewStats(len(shown), len(nodes), len(shown_edges), note)


def write_viewer(graph: Graph, path: str | Path, **options) -> ViewStats:
    page, stats = render_viewer(graph, **options)
    write_atomic(path, page)
    return stats
