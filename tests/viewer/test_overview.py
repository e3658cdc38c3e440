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
