"""What the graph says of each place: the overview a large page opens on, and a region's tables.

Regions are provinces and foreign regions. A region's office holders are the
persons holding an office with jurisdiction over it, its events those held in
it or in a place located in it, its partners what it partners with. The
overview draws the regions with the most of these facts (sized by them,
coloured by country) and the partnerships between them; the page drills from
a region into its neighbourhood, and lists the same facts as tables, each row
with the first and last date an article stated it.

Computed from every entity and every edge (not only the drawn ones) by both
ways the page is made (kg.viewer.render_viewer and kg.viewer.state), so the
two pages stay equal: only the dates come from different places, the
evidence of the graph or the article dates kept with the sums.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from .layout import node_size, positions
from .model import Edge, Node

EdgeKey = tuple[str, str, str]
Days = Callable[[list[EdgeKey]], dict[EdgeKey, tuple[str, ...]]]  # edges → their articles' dates, sorted, once each

REGIONS = ("Province", "ForeignRegion")
OVERVIEW_ABOVE = 300  # drawn entities: a page that would draw more opens on the overview
MOST = 150  # regions on the overview at most (the issue allows 300: half reads better)
# Regions labelled at the first zoom, most facts first; app.js shows the others' labels
# once the user zooms in past twice the first zoom, or on hover.
LABELLED = 40


def wanted_edges(nodes: dict[str, Node], edges: Iterable[EdgeKey]) -> list[EdgeKey]:
    """The edges whose first and last dates the tables show."""
    return sorted(e for e in edges if e[1] in ("holdsOffice", "partnersWith", "heldIn") and e[0] in nodes and e[2] in nodes)


def overview(nodes: dict[str, Node], edges: Iterable[EdgeKey], days: Days, layout_cache: Path | None = None) -> dict:
    """The overview and the tables, with entities given by their place in ``nodes``; its
    layout kept in ``layout_cache`` across builds (kg.viewer.layout.KeptLayouts)."""
    edges = sorted(e for e in edges if e[0] in nodes and e[2] in nodes)
    ids = {iri: i for i, iri in enumerate(nodes)}
    region_of = {iri: iri for iri, n in nodes.items() if n.type in REGIONS}
    for s, r, o in edges:  # a district, venue or place located in a region counts as the region
        if r == "locatedIn" and o in region_of and s not in region_of and nodes[s].type != "Country":
            region_of.setdefault(s, o)
    jurisdiction = {s: region_of[o] for s, r, o in edges if r == "jurisdiction" and o in region_of}
    dated = days(wanted_edges(nodes, edges))
    holders: dict[str, list] = {}
    events: dict[str, list] = {}
    partners: dict[str, list] = {}
    seen: dict[str, set[str]] = {}  # region → the dates of the articles behind its facts
    for edge in edges:
        s, r, o = edge
        days = dated.get(edge, ())
        first, last = (days[0], days[-1]) if days else ("", "")
        if r == "holdsOffice" and o in jurisdiction:
            holders.setdefault(jurisdiction[o], []).append([ids[s], ids[o], first, last])
            seen.setdefault(jurisdiction[o], set()).update(days)
        elif r == "heldIn" and o in region_of and nodes[s].type == "Event":
            when = str(nodes[s].dates.get("startDate", ""))[:10] or first
            events.setdefault(region_of[o], []).append([ids[s], when])
            seen.setdefault(region_of[o], set()).update(days)
        elif r == "partnersWith":
            for a, b in ((s, o), (o, s)):
                if nodes[a].type in REGIONS:
                    partners.setdefault(a, []).append([ids[b], first, last])
                    seen.setdefault(a, set()).update(days)
    events = {g: _merged(rows, lambda a, b: [a[0], _min(a[1], b[1])]) for g, rows in events.items()}
    partners = {g: _merged(rows, lambda a, b: [a[0], _min(a[1], b[1]), max(a[2], b[2])]) for g, rows in partners.items()}
    regions = sorted(set(holders) | set(events) | set(partners))
    labels = [n.label for n in nodes.values()]
    tables = {str(ids[g]): {"holders": sorted(holders.get(g, []), key=lambda row: (labels[row[0]], row)),
                            "events": sorted(events.get(g, []), key=lambda row: (row[1] or "9999", row[0])),
                            "partners": sorted(partners.get(g, []), key=lambda row: row)}
              for g in regions}
    counts = {g: (len({row[0] for row in holders.get(g, [])}), len(events.get(g, [])), len(partners.get(g, [])))
              for g in regions}
    return {"tables": tables, **_picture(nodes, ids, counts, edges, dated, seen, layout_cache)}


def _merged(rows: list[list], merge) -> list[list]:
    """One row per entity (the first column): an edge stated both ways, or an event held
    in a region and in a place inside it, is one row."""
    by: dict[int, list] = {}
    for row in rows:
        by[row[0]] = merge(by[row[0]], row) if row[0] in by else row
    return list(by.values())


def _min(a: str, b: str) -> str:
    """The earlier of two dates, an unknown one ("") never the earlier."""
    return min(a, b) if a and b else a or b


def _picture(nodes: dict[str, Node], ids: dict[str, int], counts: dict[str, tuple[int, int, int]],
             edges: list[EdgeKey], dated: dict[EdgeKey, tuple[str, ...]], seen: dict[str, set[str]],
             layout_cache: Path | None) -> dict:
    """The overview's regions (most facts first, at most MOST), their partnerships, positions,
    and the dates the page's range needs: each partnership's article dates, each region's
    (the dates of the articles behind any of its facts)."""
    facts = {g: sum(c) for g, c in counts.items()}
    chosen = sorted(facts, key=lambda g: (-facts[g], nodes[g].label, g))[:MOST]
    labelled = set(chosen[:LABELLED])  # the others' labels show on zoom: no room is kept for them
    drawn = {g: Node(g, nodes[g].label if g in labelled else "", nodes[g].type, degree=facts[g]) for g in sorted(chosen)}
    link_days: dict[tuple[str, str], set[str]] = {}
    for edge in edges:
        s, r, o = edge
        if r == "partnersWith" and s in drawn and o in drawn and s != o:
            link_days.setdefault((min(s, o), max(s, o)), set()).update(dated.get(edge, ()))
    links = sorted(link_days)
    xy = positions(drawn, [Edge(s, o, "partnersWith") for s, o in links], layout_cache)
    countries = sorted({country(nodes[g]) for g in drawn})
    names = {country(n): n.label for n in nodes.values() if n.type == "Country" and country(n) in countries}
    return {
        # [node id, 1 if labelled at the first zoom, facts, x, y, size, country, label, class,
        #  office holders, events, partners]
        "regions": [[ids[g], int(g in labelled), facts[g], xy[g][0], xy[g][1], node_size(drawn[g]),
                     countries.index(country(nodes[g])), nodes[g].label, nodes[g].type, *counts[g]] for g in drawn],
        "links": [[ids[s], ids[o], sorted(link_days[s, o])] for s, o in links],
        "countries": countries,
        "names": [names.get(c, c) for c in countries],
        "days": {str(ids[g]): sorted(seen.get(g, ())) for g in drawn},
    }


def country(node: Node) -> str:
    """The ISO 3166 code of a region's country: Vietnam for a province, else from the
    region's own code ("ISO 3166: CN-GX"), else "?"."""
    if node.type == "Province":
        return "VN"
    for identifier in node.identifiers:
        if identifier.startswith("ISO 3166: "):
            return identifier[len("ISO 3166: "):].split("-")[0]
    return "?"
