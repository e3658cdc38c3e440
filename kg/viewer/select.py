"""Choose which part of a big graph a view shows (focus, depth, types, relations, limit)."""
from __future__ import annotations

from collections import deque

from ..errors import UsageError
from ..sources.text import fold
from .model import Edge, Node


def select(nodes: dict[str, Node], edges: list[Edge], *, focus: str | None = None, depth: int = 1,
           types: set[str] | None = None, relations: set[str] | None = None, limit: int | None = None):
    """Return (nodes shown, edges shown, note saying what the page shows)."""
    keep = {iri for iri, n in nodes.items() if not types or n.type in types}
    edges = [e for e in edges if (not relations or e.relation in relations) and e.source in keep and e.target in keep]
    start = _find(nodes, focus) if focus else None
    if start:
        keep = _neighbourhood(start, edges, depth)
        edges = [e for e in edges if e.source in keep and e.target in keep]
    keep = with_an_edge(keep, edges) | ({start} if start else set())
    if limit is not None and len(keep) > limit:
        keep = set(sorted(keep, key=lambda iri: (-nodes[iri].degree, nodes[iri].label, iri))[:limit])
        edges = [e for e in edges if e.source in keep and e.target in keep]
    shown = {iri: nodes[iri] for iri in sorted(keep)}
    note = f"showing {len(shown):,} of {len(nodes):,} entities and {len(edges):,} relations"
    if focus:
        note += f", around “{focus}” to depth {depth}"
    return shown, edges, note


def with_an_edge(keep, edges: list[Edge]) -> set[str]:
    """The entities a page may draw: those with an edge in the graph it shows. An entity
    with none says nothing in a picture and would sit in a corner of it; search still
    finds it."""
    return set(keep) & ({e.source for e in edges} | {e.target for e in edges})


def _find(nodes: dict[str, Node], label: str) -> str:
    wanted = fold(label)
    for iri, node in nodes.items():
        if fold(node.label) == wanted or wanted in (fold(a) for a in node.alt_labels):
            return iri
    raise UsageError(f"no entity labelled {label!r} in the graph")


def _neighbourhood(start: str, edges: list[Edge], depth: int) -> set[str]:
    neighbours: dict[str, set[str]] = {}
    for e in edges:
        neighbours.setdefault(e.source, set()).add(e.target)
        neighbours.setdefault(e.target, set()).add(e.source)
    seen, queue = {start}, deque([(start, 0)])
    while queue:
        iri, d = queue.popleft()
        if d < depth:
            for nxt in sorted(neighbours.get(iri, ())):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, d + 1))
    return seen
