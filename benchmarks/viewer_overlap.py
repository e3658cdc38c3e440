#!/usr/bin/env python3
"""Overlaps as drawn: label pairs and node pairs that overlap on the page's first picture.

usage: PYTHONPATH=. python benchmarks/viewer_overlap.py [N]   (N generated articles, default 600)
       PYTHONPATH=. python benchmarks/viewer_overlap.py --pages PAGE.html ...

Builds the bundled articles (sources/) and a generated corpus of N articles
(python -m tests.benchmarks.corpus N DIR), opens each build's graph.html in
headless Debian chromium (playwright, /usr/bin/chromium, 1200×800 as the
tests) and reads from vis-network, after its first drawing at the initial
zoom, every node's drawn shape and label box. A label counts only if
vis-network draws it at that zoom (its on-screen font is above the draw
threshold); two boxes overlap when they share more than one pixel on screen.
Printed per graph: nodes drawn, nodes without an edge, labels drawn, the
overlapping label pairs and node pairs, the first drawing's time, and the
same for the overview's drill-down (into the region with the most facts) and for
the whole drawn graph (the "graph" button) when the page opens on an overview;
their times are those of the call that draws them, measured from Python.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from kg.build.builder import build

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"

MEASURE = """() => {
  const v = window.kgViewer, net = v.network, scale = net.getScale(), drawn = v.drawn();
  const ids = drawn.nodes.getIds().filter(id => !drawn.nodes.get(id).hidden);
  const shapes = [], labels = [];
  const edgeCount = {};
  drawn.edges.get().filter(e => !e.hidden).forEach(e => { edgeCount[e.from] = 1; edgeCount[e.to] = 1; });
  ids.forEach(id => {
    const n = net.body.nodes[id];
    const w = n.shape.width, h = n.shape.height;
    shapes.push([n.x - w / 2, n.y - h / 2, n.x + w / 2, n.y + h / 2]);
    const l = n.labelModule;
    if (l.visible()) labels.push([l.size.left, l.size.top, l.size.left + l.size.width, l.size.top + l.size.height]);
  });
  const slack = 1 / scale;  // one screen pixel, in canvas units
  function pairs(boxes) {
    boxes.sort((a, b) => a[0] - b[0]);
    let count = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length && boxes[j][0] < boxes[i][2] - slack; j++)
        if (Math.min(boxes[i][3], boxes[j][3]) - Math.max(boxes[i][1], boxes[j][1]) > slack
            && Math.min(boxes[i][2], boxes[j][2]) - Math.max(boxes[i][0], boxes[j][0]) > slack) count++;
    return count;
  }
  return { nodes: ids.length, isolated: ids.filter(id => !edgeCount[id]).length, labels: labels.length,
           labelOverlaps: pairs(labels), nodeOverlaps: pairs(shapes), scale: scale,
           firstDrawingMs: window.kgFirstDrawing };
}"""


def measure(browser, page_path: Path) -> list[tuple[str, dict]]:
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    page.route(lambda url: not url.startswith("file:"), lambda route: route.abort())
    try:
        page.goto(page_path.as_uri())
        page.wait_for_selector("body[data-ready='1']", timeout=120_000)
        rows = [("first picture", page.evaluate(MEASURE))]
        if page.evaluate("!!(window.kgViewer.overview && window.kgViewer.overview.active())"):
            province = page.evaluate("window.kgViewer.overview.busiest()")
            t = time.perf_counter()
            page.evaluate("id => window.kgViewer.overview.drill(id)", province)
            page.wait_for_selector("body[data-ready='2']", timeout=60_000)
            drill_ms = (time.perf_counter() - t) * 1000
            row = page.evaluate(MEASURE)
            row["firstDrawingMs"] = drill_ms
            rows.append((f"drill-down ({page.evaluate('window.kgViewer.overview.current()')})", row))
            t = time.perf_counter()
            page.evaluate("window.kgViewer.overview.show('graph')")
            row = page.evaluate(MEASURE)
            row["firstDrawingMs"] = (time.perf_counter() - t) * 1000
            rows.append(("whole drawn graph", row))
        return rows
    finally:
        page.close()


def built(sources: Path, out: Path) -> tuple[Path, float]:
    t = time.perf_counter()
    build(sources, out)
    return out / "graph.html", time.perf_counter() - t


def main(n: int, pages: list[Path] | None = None) -> None:
    from playwright.sync_api import sync_playwright

    from tests.benchmarks.corpus import write_corpus

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        tmp_path = Path(tmp)
        write_corpus(n, tmp_path / "corpus", 7)
        graphs = [(str(p), p, 0.0) for p in pages] if pages else [("bundled (sources/)", *built(REPO / "sources", tmp_path / "bundled")),
                  (f"generated, {n} articles", *built(tmp_path / "corpus", tmp_path / "generated"))]
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu",
                                                                    "--disable-background-networking"])
        print(f"{'graph':<34} {'view':<28} {'nodes':>6} {'no edge':>7} {'labels':>6} "
              f"{'label overlaps':>14} {'node overlaps':>13} {'draw ms':>8} {'build s':>7}")
        for name, path, seconds in graphs:
            for view, r in measure(browser, path):
                print(f"{name:<34} {view:<28} {r['nodes']:6d} {r['isolated']:7d} {r['labels']:6d} "
                      f"{r['labelOverlaps']:14d} {r['nodeOverlaps']:13d} {r['firstDrawingMs']:8.0f} {seconds:7.1f}",
                      flush=True)
        browser.close()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--pages"]:  # measure pages already written (while working on the viewer)
        main(0, [Path(a) for a in sys.argv[2:]])
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 600)
