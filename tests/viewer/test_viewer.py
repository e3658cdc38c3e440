"""The viewer in a real headless browser (Debian's chromium through playwright)."""
import struct
import zlib

import pytest

from rdflib import RDF

from kg.build.output import write_viewer
from kg.rdf.vocab import KG

from .conftest import HOSTILE, HOSTILE_QUOTE

ENTITY_TYPES = ("Person", "Office", "Organization", "Event", "Country", "Province", "District", "ForeignRegion", "Venue")


@pytest.fixture
def page(sample_graph, tmp_path, open_page):
    """The sample graph's viewer, opened in headless chromium."""
    path = tmp_path / "graph.html"
    write_viewer(sample_graph, path)
    return open_page(path)


def entity_count(graph):
    return len({s for t in ENTITY_TYPES for s in graph.subjects(RDF.type, KG[t])})


def test_page_is_self_contained_and_shows_every_entity(sample_graph, page):
    assert page.blocked == [] and page.errors == []
    assert page.evaluate("kgViewer.nodes.length") == entity_count(sample_graph)


def test_search_ignores_case_and_diacritics(sample_graph, page):
    page.fill("#kg-search", "nguyen van thu")
    page.wait_for_timeout(300)
    selected = page.evaluate("kgViewer.network.getSelectedNodes().map(id => kgViewer.nodes.get(id).label)")
    assert selected == ["Nguyễn Văn Thử"]
    assert "Nguyễn Văn Thử" in page.inner_text("#kg-panel")


def test_panel_shows_the_evidence_quote_with_highlight(sample_graph, page):
    page.fill("#kg-search", "chu tich ubnd")
    page.wait_for_timeout(300)
    panel = page.inner_text("#kg-panel")
    assert "Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Thử phát biểu." in panel
    marks = page.locator("#kg-panel mark").all_inner_texts()
    assert "Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Thử" in marks


def test_hostile_text_renders_as_text_and_runs_nothing(sample_graph, page):
    page.fill("#kg-search", "img src")
    page.wait_for_timeout(300)
    panel = page.inner_text("#kg-panel")
    assert HOSTILE in panel
    assert '"</script><script>alert(1)</script>"' in panel and HOSTILE_QUOTE[:20] in panel
    assert page.dialogs == [] and page.errors == []
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 4  # first data, vis-network, app, the rest


def test_filters_hide_and_show_without_blanking(sample_graph, page):
    page.locator("#kg-legend label", has_text="Person").locator("input").uncheck()
    hidden = page.evaluate("kgViewer.nodes.get().filter(n => n.hidden).length")
    assert hidden == 2
    assert page.evaluate("kgViewer.nodes.get().filter(n => !n.hidden).length") == entity_count(sample_graph) - 2
    page.click("#kg-reset")
    assert page.evaluate("kgViewer.nodes.get().filter(n => n.hidden).length") == 0


def test_screenshot_is_not_blank(sample_graph, page):
    png = page.locator("#kg-network canvas").screenshot()
    assert distinct_colours(png) > 5


def test_output_is_deterministic(sample_graph, tmp_path):
    write_viewer(sample_graph, tmp_path / "a.html")
    write_viewer(sample_graph, tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_limit_keeps_the_most_connected_and_says_so(sample_graph, tmp_path):
    stats = write_viewer(sample_graph, tmp_path / "v.html", limit=2)
    assert stats.nodes_shown == 2 and stats.nodes_total == entity_count(sample_graph)
    assert "showing 2 of" in stats.note


def distinct_colours(png: bytes) -> int:
    """Decode an 8-bit RGB(A) PNG with the standard library and count distinct pixels."""
    pos, chunks = 8, []
    width = height = channels = 0
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        body = png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, _, colour_type = struct.unpack(">IIBB", body[:10])
            channels = 4 if colour_type == 6 else 3
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    colours, prev = set(), bytearray(stride)
    for row in range(height):
        f = raw[row * (stride + 1)]
        line = bytearray(raw[row * (stride + 1) + 1 : (row + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            p = a + b - c
            pred = [0, a, b, (a + b) // 2, min((a, b, c), key=lambda v: abs(p - v))][f]
            line[i] = (line[i] + pred) & 0xFF
        prev = line
        colours.update(bytes(line[i : i + 3]) for i in range(0, stride, channels * 7))
    return len(colours)


def test_labels_are_wrapped_as_the_layout_made_room_for_them(page):
    from kg.viewer.layout import wrapped

    drawn = page.evaluate("kgViewer.nodes.get().map(n => [kgViewer.data.nodes[n.id].label, n.label])")
    assert drawn and all(label == "\n".join(wrapped(text)) for text, label in drawn)


def test_an_entity_without_an_edge_is_not_drawn_but_is_found(sample_graph, tmp_path, open_page):
    from rdflib import RDFS, Graph, Literal, URIRef

    graph = Graph()
    for triple in sample_graph:
        graph.add(triple)
    alone = URIRef("https://w3id.org/kg-vn/id/event/mot-minh")
    graph.add((alone, RDF.type, KG.Event))
    graph.add((alone, RDFS.label, Literal("Sự kiện một mình", lang="vi")))
    write_viewer(graph, tmp_path / "alone.html")
    page = open_page(tmp_path / "alone.html")
    assert page.evaluate("kgViewer.nodes.length") == entity_count(sample_graph)
    page.fill("#kg-search", "su kien mot minh")
    page.wait_for_timeout(200)
    assert "not in this view" in page.inner_text("#kg-results")


def test_a_tooltip_shows_hostile_text_as_text(page):
    """Tooltips are strings, which vis-network puts in its popup with innerText."""
    node = page.evaluate("kgViewer.data.nodes.findIndex(n => n.label.startsWith('<img'))")
    x, y = page.evaluate("""id => { const p = kgViewer.network.getPositions([id])[id];
                                      const d = kgViewer.network.canvasToDOM(p);
                                      const r = document.querySelector('#kg-network canvas').getBoundingClientRect();
                                      return [r.left + d.x, r.top + d.y]; }""", node)
    page.mouse.move(x, y)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    assert HOSTILE in page.inner_text("div.vis-tooltip")
    assert page.evaluate("document.querySelectorAll('img').length") == 0 and page.dialogs == [] and page.errors == []
