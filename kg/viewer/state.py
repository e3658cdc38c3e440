"""The default page of a build, kept as sums of the articles' shares (kg.viewer.part).

Adding or taking away one article's share touches only its entities and
edges, so a rebuild after a small change redraws the page without reading
every article: nodes and edges are counted by the articles stating them, the
JSON of nodes off the picture is kept, and evidence is kept for the edges
shown. Every sum is independent of the order the shares came in, so the page
is the one a clean build draws.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from .layout import positions
from .overview import OVERVIEW_ABOVE, overview
from .model import ENTITY_CLASSES, Edge, Node
from .page import node_json, page_json, render, shown_types
from .part import EdgeKey, NodeInfo, ViewPart

Labels = Callable[[str], tuple[str, list[str]]]  # entity IRI → (label, alternative labels)
PartOf = Callable[[str], ViewPart]  # cache key → that article's share


class ViewState:
    def __init__(self) -> None:
        self.infos: dict[str, tuple[tuple[NodeInfo, int], ...]] = {}  # IRI → (what an article says of it, articles saying so)
        self.edges: dict[EdgeKey, int] = {}  # edge → articles stating it
        self.degree: dict[str, int] = {}  # distinct edges at each entity
        # edge → cache keys of the articles with evidence for it, once per article (two files
        # with the same name and bytes in two folders share a key)
        self.sources: dict[EdgeKey, tuple[str, ...]] = {}
        self.evidence: dict[EdgeKey, list[dict]] = {}  # evidence of the edges shown last time
        self.json: dict[str, str] = {}  # IRI → JSON, for nodes not shown and untouched since
        self.days: dict[str, str] = {}  # cache key → its article's date (the first and last dates of edges)

    def add(self, part: ViewPart, key: str, sign: int = 1) -> None:
        """Add (sign 1) or take away (-1) one article's share."""
        key = sys.intern(key)
        for iri, info in part.nodes:
            iri = sys.intern(iri)  # one string object per IRI: the state is pickled much smaller
            self._count_info(iri, info, sign)
            self.json.pop(iri, None)  # what it says of the entity changed: its JSON is made again
        for edge in part.edges:
            self._count_edge(_interned(edge), sign)
        for edge, _ in part.evidence:
            self._count_source(_interned(edge), key, sign)
        if sign > 0:
            self._kept_days()[key] = _article_day(part)
        else:  # another file with the same key may still be there: its date is read again if needed
            self._kept_days().pop(key, None)

    def _count_source(self, edge: EdgeKey, key: str, sign: int) -> None:
        keys = list(self.sources.get(edge, ()))
        if sign > 0:
            keys.append(key)
        elif key in keys:
            keys.remove(key)
        if keys:
            self.sources[edge] = tuple(sorted(keys))
        else:
            self.sources.pop(edge, None)
        self.evidence.pop(edge, None)  # its evidence changed: gathered again if shown

    def _count_info(self, iri: str, info: NodeInfo, sign: int) -> None:
        counts = dict(self.infos.get(iri, ()))
        counts[info] = counts.get(info, 0) + sign
        if counts[info] <= 0:
            del counts[info]
        if counts:
            self.infos[iri] = tuple(sorted(counts.items()))
        else:
            self.infos.pop(iri, None)

    def _count_edge(self, edge: EdgeKey, sign: int) -> None:
        before = self.edges.get(edge, 0)
        after = before + sign
        if after > 0:
            self.edges[edge] = after
        else:
            self.edges.pop(edge, None)
        if (before == 0) != (after <= 0):  # the edge appeared or went
            for end in (edge[0], edge[2]):
                self.degree[end] = self.degree.get(end, 0) + (1 if after > 0 else -1)
                if self.degree[end] <= 0:
                    del self.degree[end]

    def node(self, iri: str, labels: Labels) -> Node:
        """The entity as the page shows it: what its articles say of it, summed."""
        infos = [info for info, _ in self.infos[iri]]
        label, alts = labels(iri)
        dates: dict[str, str] = {}
        for _, _, pairs in infos:
            for prop, value in pairs:
                dates[prop] = min(value, dates.get(prop, value))
        return Node(iri, label, min((t for t, _, _ in infos), key=ENTITY_CLASSES.index), sorted(alts),
                    sorted({i for _, ids, _ in infos for i in ids}), dict(sorted(dates.items())), self.degree.get(iri, 0))

    def page(self, labels: Labels, part_of: PartOf, limit: int, layout_cache: Path | None = None,
             title: str = "kg") -> str:
        """The default page: the ``limit`` most connected entities drawn, search over all."""
        order = sorted(self.infos)
        degree = self.degree
        keep = [iri for iri in order if degree.get(iri, 0)]  # an entity with no edge is not drawn
        if len(keep) > limit:
            keep = sorted(keep, key=lambda iri: (-degree.get(iri, 0), labels(iri)[0], iri))[:limit]
        shown = {iri: self.node(iri, labels) for iri in sorted(keep)}
        edges = [Edge(s, o, r, self._evidence((s, r, o), part_of))
                 for s, r, o in sorted(e for e in self.edges if e[0] in shown and e[2] in shown)]
        self.evidence = {(e.source, e.relation, e.target): e.evidence for e in edges}
        layout = positions(shown, edges, layout_cache)
        nodes = [node_json(shown[iri], True, layout[iri]) if iri in shown else self._json(iri, labels) for iri in order]
        note = f"showing {len(shown):,} of {len(order):,} entities and {len(edges):,} relations"
        everything = {iri: shown[iri] if iri in shown else self.node(iri, labels) for iri in order}
        places = overview(everything, self.edges, lambda keys: self._edge_days(keys, part_of),
                          layout_cache / "overview" if layout_cache is not None else None)
        places["first"] = len(shown) > OVERVIEW_ABOVE
        return render(title, page_json(nodes, edges, order, shown_types(shown.values()), note, places))

    def _kept_days(self) -> dict[str, str]:
        return self.__dict__.setdefault("days", {})  # a state kept before dates were kept has none

    def _edge_days(self, keys, part_of: PartOf) -> dict[EdgeKey, tuple[str, ...]]:
        """Each edge's article dates (sorted, once each): those of the articles with evidence for it."""
        kept, out = self._kept_days(), {}
        for edge in keys:
            for key in self.sources.get(edge, ()):
                if key not in kept:
                    kept[key] = _article_day(part_of(key))
            days = {kept[key] for key in self.sources.get(edge, ()) if kept[key]}
            if days:
                out[edge] = tuple(sorted(days))
        return out

    def _evidence(self, edge: EdgeKey, part_of: PartOf) -> list[dict]:
        if edge not in self.evidence:
            keys = dict.fromkeys(self.sources.get(edge, ()))  # a shared key's evidence once, as in the graph
            found = [pair for key in keys for e, pairs in part_of(key).evidence if e == edge for pair in pairs]
            self.evidence[edge] = [evidence for _, evidence in sorted(found, key=lambda pair: pair[0])]
        return self.evidence[edge]

    def _json(self, iri: str, labels: Labels) -> str:
        if iri not in self.json:
            self.json[iri] = node_json(self.node(iri, labels), False, None)
        return self.json[iri]

    def relabelled(self, iri: str) -> None:
        """Its labels changed: its JSON is made again."""
        self.json.pop(iri, None)


def _article_day(part: ViewPart) -> str:
    days = [evidence["date"][:10] for _, pairs in part.evidence for _, evidence in pairs if evidence["date"]]
    return min(days) if days else ""


def _interned(edge: EdgeKey) -> EdgeKey:
    return tuple(sys.intern(part) for part in edge)  # type: ignore[return-value]
