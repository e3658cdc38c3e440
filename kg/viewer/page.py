"""Render the self-contained HTML page: vis-network inlined from pyvis, our app, the data as JSON."""
from __future__ import annotations

import html
import importlib.util
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template

from ..sources.text import fold
from .layout import FONT, WRAP, node_size
from .model import RELATIONS, Edge, Node

STYLES = {
    "Person": {"label": "Người", "color": "#e6194b", "shape": "dot"},
    "Office": {"label": "Chức vụ", "color": "#4363d8", "shape": "box"},
    "Organization": {"label": "Tổ chức", "color": "#911eb4", "shape": "diamond"},
    "Event": {"label": "Sự kiện", "color": "#f58231", "shape": "star"},
    "Country": {"label": "Quốc gia", "color": "#3cb44b", "shape": "triangle"},
    "Province": {"label": "Tỉnh, thành", "color": "#2a9d8f", "shape": "triangle"},
    "District": {"label": "Huyện, thành phố thuộc tỉnh", "color": "#80c6b8", "shape": "triangle"},
    "ForeignRegion": {"label": "Địa phương nước ngoài", "color": "#9a6324", "shape": "triangleDown"},
    "Venue": {"label": "Địa điểm", "color": "#808000", "shape": "square"},
    "Place": {"label": "Nơi chốn", "color": "#aaaaaa", "shape": "triangle"},
}
VIS_DIR = "lib/vis-9.1.2"


@dataclass(frozen=True)
class ViewStats:
    nodes_shown: int
    nodes_total: int
    edges_shown: int
    note: str


@cache
def _asset(name: str) -> str:
    return resources.files("kg.viewer").joinpath(name).read_text("utf-8")


@cache
def _vis(name: str) -> str:
    # Found without importing pyvis, which imports IPython (1.6 s of every build).
    (folder,) = importlib.util.find_spec("pyvis").submodule_search_locations
    text = (Path(folder) / VIS_DIR / name).read_text("utf-8")
    # A source-map comment would make developer tools ask the network for a file.
    return re.sub(r"//# sourceMappingURL=\S+", "", text)


def page_data(all_nodes: dict[str, Node], shown: dict[str, Node], edges: list[Edge],
              layout: dict[str, tuple[float, float]], note: str, overview: dict) -> tuple[str, str]:
    """The page's data as JSON texts (see page_json)."""
    nodes = [node_json(n, iri in shown, layout.get(iri)) for iri, n in all_nodes.items()]
    return page_json(nodes, edges, list(all_nodes), shown_types(shown.values()), note, overview)


# What the page draws first, before the rest of its data has been read: the overview.
FIRST = ("countries", "first", "links", "names", "regions")


def page_json(nodes_json: list[str], edges: list[Edge], order: list[str], types: list[str], note: str,
              overview: dict) -> tuple[str, str]:
    """The data as two JSON texts, keys in sorted order: what the page draws first (the
    overview's picture, the styles: a few kilobytes) and the rest (every entity for the
    search, the drawn edges with their evidence, the regions' tables: megabytes), which
    the page reads after its first drawing. Nodes are given already as JSON (a rebuild
    reuses the JSON of nodes that did not change). A node's id is its place in ``order``;
    the overview (kg.viewer.overview) names nodes by the same ids."""
    ids = {iri: i for i, iri in enumerate(order)}
    edges_data = [
        {"id": i, "from": ids[e.source], "to": ids[e.target], "relation": e.relation, "evidence": e.evidence}
        for i, e in enumerate(edges)
    ]
    relations = {k: {"vi": vi, "en": en} for k, (vi, en) in RELATIONS.items()}
    picture = {k: v for k, v in overview.items() if k in FIRST}
    rest = {k: v for k, v in overview.items() if k not in FIRST}
    first = script_json({"draw": {"font": FONT, "wrap": WRAP}, "note": note, "overview": picture,
                         "relations": relations, "styles": STYLES})
    data = (f'{{"edges":{script_json(edges_data)},"nodes":[{",".join(nodes_json)}],'
            f'"overview":{script_json(rest)},"types":{script_json(types)}}}')
    return first, data


def shown_types(shown) -> list[str]:
    present = {n.type for n in shown}
    return [t for t in STYLES if t in present]


def node_json(n: Node, shown: bool, xy) -> str:
    """One node's JSON; its id is its place in the page's node list (see app.js)."""
    out = {
        "iri": n.iri, "label": n.label, "type": n.type, "typeLabel": STYLES[n.type]["label"],
        "altLabels": n.alt_labels, "identifiers": n.identifiers, "dates": n.dates, "shown": shown,
        "search": " | ".join(fold(x) for x in [n.label, *n.alt_labels]),
    }
    if shown:
        out.update({"x": xy[0], "y": xy[1], "size": node_size(n)})
    return script_json(out)


def script_json(value) -> str:
    """JSON safe inside <script>: no '<', '>', '&' or line separators left raw."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def render(title: str, data: tuple[str, str]) -> str:
    return Template(_asset("template.html")).substitute(
        title=html.escape(title),
        vis_css=_vis("vis-network.css"),
        app_css=_asset("app.css"),
        first=data[0],
        data=data[1],
        vis_js=_vis("vis-network.min.js").replace("</script", "<\\/script"),
        app_js=_asset("app.js"),
    )
