"""The date range and the timeline, in headless chromium."""
import pytest

from kg.build.output import write_viewer


@pytest.fixture
def page(dated_graph, tmp_path, open_page):
    path = tmp_path / "dated.html"
    write_viewer(dated_graph, path)
    return open_page(path)


def visible_edges(page) -> list[str]:
    return sorted(page.evaluate("""kgViewer.edges.get().filter(e => !e.hidden).map(e => {
        const d = kgViewer.data.edges.find(x => x.id === e.id);
        return kgViewer.data.nodes[d.from].label + ' ' + d.relation + ' ' + kgViewer.data.nodes[d.to].label; })"""))


def test_the_range_starts_as_wide_as_the_evidence_and_the_events(page):
    assert page.input_value("#kg-from") == "2019-05-31" and page.input_value("#kg-to") == "2024-03-15"
    assert "Quảng Ninh partnersWith Quảng Tây" in visible_edges(page)


def test_narrowing_the_range_hides_an_edge_whose_only_evidence_is_outside_it(page):
    page.fill("#kg-from", "2020-01-01")
    page.dispatch_event("#kg-from", "change")
    shown = visible_edges(page)
    assert "Quảng Ninh partnersWith Quảng Tây" not in shown
    assert "Hội nghị cũ heldIn Quảng Ninh" not in shown
    assert "Hội nghị mới heldIn Quảng Ninh" in shown
    hidden = page.evaluate("kgViewer.nodes.get().filter(n => n.hidden).map(n => kgViewer.data.nodes[n.id].label)")
    assert sorted(hidden) == ["Hội nghị cũ", "Quảng Tây"]  # nothing of theirs is in the range
    page.click("#kg-reset")
    assert "Quảng Ninh partnersWith Quảng Tây" in visible_edges(page)


def test_the_timeline_lists_events_by_date_and_follows_the_range(page):
    rows = page.locator("#kg-timeline li").all_inner_texts()
    assert len(rows) == 2
    assert rows[0].startswith("2019-05-31") and "Hội nghị cũ" in rows[0]
    assert rows[1].startswith("2024-03-15") and "Hội nghị mới" in rows[1]  # the article's date: no startDate
    page.locator("#kg-timeline button", has_text="Hội nghị mới").click()
    assert page.evaluate("kgViewer.network.getSelectedNodes().map(id => kgViewer.data.nodes[id].label)") == ["Hội nghị mới"]
    assert "Hội nghị mới" in page.inner_text("#kg-panel h2")
    page.evaluate("kgViewer.setRange('2020-01-01', '2024-12-31')")
    assert [r for r in page.locator("#kg-timeline li").all_inner_texts() if "Hội nghị cũ" in r] == []
