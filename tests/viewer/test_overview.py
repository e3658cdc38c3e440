"""The overview of a large graph, a region's neighbourhood and its tables, in headless chromium."""
import csv
import io

import pytest

from kg.build.output import write_viewer
from kg.viewer.overview import OVERVIEW_ABOVE

from .conftest import HOSTILE


@pytest.fixture
def large(large_graph, tmp_path, open_page):
    path = tmp_path / "large.html"
    stats = write_viewer(large_graph, path)
    assert stats.nodes_shown > OVERVIEW_ABOVE  # a page that opens on the overview
    return open_page(path)


@pytest.fixture
def small(sample_graph, tmp_path, open_page):
    path = tmp_path / "small.html"
    write_viewer(sample_graph, path)
    return open_page(path)


def region_id(page, label):
    return page.evaluate("l => kgViewer.data.nodes.find(n => n.label === l).id", label)


def test_a_large_page_opens_on_the_regions(large):
    assert large.evaluate("kgViewer.overview.active()")
    drawn = large.evaluate("kgViewer.drawn().nodes.get().map(n => kgViewer.data.nodes[n.id].label)")
    assert len(drawn) == 18 and "Tỉnh Thử 0" in drawn and "Vùng 0" in drawn
    assert large.evaluate("kgViewer.drawn().edges.length") == 24  # the partnerships
    assert large.errors == [] and large.blocked == []


def test_a_click_on_a_region_drills_into_it_and_back(large):
    province = region_id(large, "Tỉnh Thử 3")
    large.evaluate("id => kgViewer.overview.drill(id)", province)
    drawn = large.evaluate("kgViewer.drawn().nodes.get().map(n => kgViewer.data.nodes[n.id].label)")
    # the region, 2 partners, 3 offices, 12 holders, 10 events
    assert len(drawn) == 28 and "Người 3-2-3" in drawn and "Hội nghị 3-9" in drawn and "Vùng 4" in drawn
    assert "Tỉnh Thử 3" in large.inner_text("#kg-panel h2")
    large.click("#kg-to-overview")
    assert large.evaluate("kgViewer.overview.active()")
    large.click("#kg-to-graph")
    assert large.evaluate("kgViewer.drawn().nodes.length") == large.evaluate("kgViewer.nodes.length")


def test_region_tables_list_partners_holders_and_events(large):
    large.evaluate("id => kgViewer.overview.drill(id)", region_id(large, "Tỉnh Thử 0"))
    panel = large.inner_text("#kg-panel")
    assert "Đối tác / partners (2)" in panel and "Người giữ chức / office holders (12)" in panel
    assert "Sự kiện / events (10)" in panel and "2020-01-01" in panel
    assert HOSTILE in panel and large.evaluate("document.querySelectorAll('img').length") == 0


def test_tables_copy_as_csv_with_text_as_data(large):
    province = region_id(large, "Tỉnh Thử 0")
    rows = list(csv.reader(io.StringIO(large.evaluate("id => kgViewer.csv(id, 'holders')", province))))
    assert rows[0] == ["người / person", "chức vụ / office", "lần đầu / first", "lần cuối / last"]
    assert len(rows) == 13 and ["Người 0-1-2", "Chức 1 tỉnh Thử 0", "2020-01-01", "2020-01-01"] in rows
    assert [HOSTILE, "Chức 0 tỉnh Thử 0", "2020-01-01", "2020-01-01"] in rows
    large.evaluate("id => kgViewer.overview.drill(id)", province)
    button = large.locator("#kg-panel h3", has_text="office holders").locator("button.csv")
    button.click()
    assert button.inner_text() == "✓ CSV" and large.errors == []


def test_a_formula_is_not_left_for_a_spreadsheet_to_run(small):
    assert small.evaluate("kgViewer.csvCell('=1+1')") == "'=1+1"
    assert small.evaluate("kgViewer.csvCell('a,\"b\"')") == '"a,""b"""'


def test_a_small_page_opens_on_the_graph_and_its_province_has_tables(small):
    assert not small.evaluate("kgViewer.overview.active()")
    small.fill("#kg-search", "nghe an")
    small.get_by_role("button", name="Nghệ An", exact=True).click()
    panel = small.inner_text("#kg-panel")
    assert "Người giữ chức / office holders (2)" in panel and "Nguyễn Văn Thử" in panel
    assert "2024-03-15" in panel


def visible_regions(page) -> list[str]:
    return sorted(page.evaluate("""kgViewer.drawn().nodes.get().filter(n => !n.hidden)
                                     .map(n => kgViewer.data.nodes[n.id].label)"""))


def visible_links(page) -> int:
    return page.evaluate("kgViewer.drawn().edges.get().filter(e => !e.hidden).length")


def test_the_date_range_narrows_the_overview(large):
    # each province's facts are in one article, dated 2020 + p % 4
    large.fill("#kg-from", "2020-01-01")
    large.dispatch_event("#kg-from", "change")
    large.fill("#kg-to", "2020-12-31")
    large.dispatch_event("#kg-to", "change")
    assert large.evaluate("kgViewer.overview.active()")
    assert visible_regions(large) == sorted(["Tỉnh Thử 0", "Tỉnh Thử 4", "Tỉnh Thử 8"] + [f"Vùng {i}" for i in range(6)])
    assert visible_links(large) == 6  # two partners each
    large.click("#kg-reset")
    assert len(visible_regions(large)) == 18 and visible_links(large) == 24


def test_the_overview_has_a_legend_of_its_colours_by_country(large):
    assert large.is_visible("#kg-countries") and not large.is_visible("#kg-legend")
    rows = large.locator("#kg-countries .legend-item").all_inner_texts()
    assert [r.strip() for r in rows] == ["CN — 6", "VN — 12"]
    colours = large.evaluate("""() => {
        const byCountry = {};
        kgViewer.drawn().nodes.get().forEach(n => {
          const code = kgViewer.data.nodes[n.id].label.startsWith('Vùng') ? 'CN' : 'VN';
          (byCountry[code] = byCountry[code] || new Set()).add(n.color);
        });
        const swatch = code => getComputedStyle(document.querySelector(`#kg-countries [data-country=${code}] .swatch`)).backgroundColor;
        return {CN: [...byCountry.CN], VN: [...byCountry.VN], swatchCN: swatch('CN'), swatchVN: swatch('VN')};
    }""")
    assert len(colours["CN"]) == len(colours["VN"]) == 1 and colours["CN"] != colours["VN"]
    rgb = lambda hex_: "rgb({}, {}, {})".format(*(int(hex_[i:i + 2], 16) for i in (1, 3, 5)))
    assert rgb(colours["CN"][0]) == colours["swatchCN"] and rgb(colours["VN"][0]) == colours["swatchVN"]
    large.locator("#kg-countries [data-country=CN] input").uncheck()
    assert visible_regions(large) == sorted(f"Tỉnh Thử {p}" for p in range(12)) and visible_links(large) == 0
    large.click("#kg-to-graph")
    assert not large.is_visible("#kg-countries") and large.is_visible("#kg-legend")


def test_a_drill_down_with_offices_folded_links_holders_to_the_region(large):
    large.check("#kg-collapse")
    large.evaluate("id => kgViewer.overview.drill(id)", region_id(large, "Tỉnh Thử 3"))
    drawn = large.evaluate("kgViewer.drawn().nodes.get().map(n => kgViewer.data.nodes[n.id].label)")
    assert len(drawn) == 25 and not [label for label in drawn if label.startswith("Chức")]
    labels = large.evaluate("""kgViewer.drawn().edges.get().filter(e => kgViewer.data.nodes[e.from].label === 'Người 3-1-2')
                                 .map(e => e.label)""")
    assert labels == ["Chức 1 tỉnh Thử 3"]
    large.uncheck("#kg-collapse")  # redrawn with the offices
    assert len(large.evaluate("kgViewer.drawn().nodes.get()")) == 28
