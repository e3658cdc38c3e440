"""Node positions computed at build time, so the page draws at once (no physics wait)."""
from __future__ import annotations

import math

import networkx as nx

from .model import Edge, Node

SEED = 7


def positions(nodes: dict[str, Node], edges: list[Edge]) -> dict[str, tuple[float, float]]:
    graph = nx.Graph()
    graph.add_nodes_from(sorted(nodes))
    graph.add_edges_from(sorted((e.source, e.target) for e in edges))
    if not nodes:
        return {}
    # Spring layout is O(n²) per iteration; fewer iterations for big graphs keep builds fast.
    iterations = 50 if len(nodes) <= 2000 else 15
    layout = nx.spring_layout(graph, seed=SEED, iterations=iterations, k=1.5 / math.sqrt(len(nodes)))
    scale = 250 * math.sqrt(len(nodes))
    return {iri: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for iri, (x, y) in sorted(layout.items())}
