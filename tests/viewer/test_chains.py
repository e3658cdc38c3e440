"""Office chains folded into one edge (person —office→ organisation) and back, in headless chromium."""
import pytest

from kg.build.output import write_viewer

from .conftest import HOSTILE


@pytest.fixture
def page(office_graph, tmp_path, open_page):
    path = tmp_path / "offices.html"
    write_viewer(office_graph, path)
    return open_page(path)


def drawn(page) -> dict:
    """What the canvas holds now: labels of the visible nodes, and the visible edges as
    'from —label→ to' with the ends' labels."""
    return page.evaluate("""() => {
        const v = kgViewer, d = v.drawn(), label = id => v.data.nodes[id].label;
        return {
          nodes: d.nodes.get().filter(n => !n.hidden).map(n => label(n.id)).sort(),
          edges: d.edges.get().filter(e => !e.hidden && !d.nodes.get(e.from).hidden && !d.nodes.get(e.to).hidden)
                  .map(e => label(e.from) + ' —' + e.label + '→ ' + label(e.to)).sort(),
        };
    }""")


def test_the_page_opens_with_offices_as_nodes(page):
    now = drawn(page)
    assert "Chủ tịch UBND tỉnh Hà Tĩnh" in now["nodes"] and "Đại biểu tỉnh Hà Tĩnh" in now["nodes"]
    assert "Lê Văn Mẫu —giữ chức vụ→ Chủ tịch UBND tỉnh Hà Tĩnh" in now["edges"]
    assert not page.is_checked("#kg-collapse")


def test_folded_an_office_is_one_labelled_edge_to_its_organisation(page):
    page.check("#kg-collapse")
    now = drawn(page)
    assert "Chủ tịch UBND tỉnh Hà Tĩnh" not in now["nodes"] and "Đại biểu tỉnh Hà Tĩnh" not in now["nodes"]
    assert "Lê Văn Mẫu —Chủ tịch UBND tỉnh Hà Tĩnh→ UBND tỉnh Hà Tĩnh" in now["edges"]
    assert f"{HOSTILE} —nguyên là Chủ tịch UBND tỉnh Hà Tĩnh→ UBND tỉnh Hà Tĩnh" in now["edges"]
    # an office of no drawn organisation folds onto the place it has jurisdiction over
    assert "Phan Thị Thử —Đại biểu tỉnh Hà Tĩnh→ Hà Tĩnh" in now["edges"]
    assert "Lê Văn Mẫu —dự→ Hội nghị Hà Tĩnh" in now["edges"]  # other edges stay
    assert not [e for e in now["edges"] if "giữ chức vụ" in e or "thuộc tổ chức" in e or "địa bàn" in e]
    page.uncheck("#kg-collapse")
    assert "Chủ tịch UBND tỉnh Hà Tĩnh" in drawn(page)["nodes"]
    assert not [e for e in drawn(page)["edges"] if "→ UBND tỉnh Hà Tĩnh" in e and "thuộc tổ chức" not in e]


def test_a_folded_edge_shows_the_evidence_and_runs_nothing(page):
    page.check("#kg-collapse")
    chain = page.evaluate("""() => kgViewer.chains().find(c => kgViewer.data.nodes[c.from].label === 'Lê Văn Mẫu')""")
    page.evaluate("id => kgViewer.network.body.emitter.emit('click', {nodes: [], edges: [id]})", chain["id"])
    assert page.inner_text("#kg-panel h2") == "Lê Văn Mẫu — Chủ tịch UBND tỉnh Hà Tĩnh — UBND tỉnh Hà Tĩnh"
    assert "Chủ tịch UBND tỉnh Hà Tĩnh Lê Văn Mẫu dự hội nghị." in page.inner_text("#kg-panel")
    assert page.evaluate("document.querySelectorAll('img').length") == 0 and page.errors == [] and page.dialogs == []


def test_the_date_range_hides_a_folded_edge_whose_holding_is_outside_it(page):
    page.check("#kg-collapse")
    page.evaluate("kgViewer.setRange('2020-01-01', '2024-12-31')")
    now = drawn(page)
    assert HOSTILE not in now["nodes"]
    assert "Lê Văn Mẫu —Chủ tịch UBND tỉnh Hà Tĩnh→ UBND tỉnh Hà Tĩnh" in now["edges"]
    assert "Chủ tịch UBND tỉnh Hà Tĩnh" not in now["nodes"]  # folded, even though in the range
