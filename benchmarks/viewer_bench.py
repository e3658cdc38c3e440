#!/usr/bin/env python3
"""Time to first drawing in headless chromium: our viewer vs a stock pyvis page.

usage: python benchmarks/viewer_bench.py [N ...]   (default: 1000 3000 10000)

Both pages show the same random graph (seeded). Ours: positions computed at
build time, physics off. Stock pyvis: Network() defaults (physics on, it
stabilises before it draws), write_html(cdn_resources="in_line"). The time is
performance.now() at vis-network's first 'afterDrawing' event, measured from
navigation start; the build time of each page is printed too.
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from pyvis.network import Network
from rdflib import RDF, RDFS, Graph, Literal, Namespace

from kg.build.output import write_viewer
from kg.rdf.vocab import KG

ID = Namespace("https://w3id.org/kg-vn/id/bench/")
CLASSES = ("Person", "Office", "Event", "Province")
RELATIONS = ("holdsOffice", "heldIn", "partnersWith", "attended")
TIMEOUT_MS = 180_000


def random_graph(n: int, seed: int = 1) -> tuple[Graph, list[tuple[int, int]]]:
    rng = random.Random(seed)
    graph = Graph()
    for i in range(n):
        graph.add((ID[str(i)], RDF.type, KG[CLASSES[i % len(CLASSES)]]))
        graph.add((ID[str(i)], RDFS.label, Literal(f"Thực thể {i}", lang="vi")))
    edges = [(i, rng.randrange(n)) for i in range(n) for _ in range(2)]
    edges = [(a, b) for a, b in edges if a != b]
    for a, b in edges:
        graph.add((ID[str(a)], KG[rng.choice(RELATIONS)], ID[str(b)]))
    return graph, edges


def stock_pyvis(n: int, edges: list[tuple[int, int]], path: Path) -> None:
    net = Network(cdn_resources="in_line")
    for i in range(n):
        net.add_node(i, label=f"Thực thể {i}")
    for a, b in edges:
        net.add_edge(a, b)
    net.write_html(str(path))
    # Record the first drawing the same way our page does.
    hook = ("<script>(function w(){if(window.network){network.once('afterDrawing',function(){"
            "window.kgFirstDrawing=performance.now();});}else{setTimeout(w,5);}})();</script></body>")
    path.write_text(path.read_text(encoding="utf-8").replace("</body>", hook, 1), encoding="utf-8")


def first_drawing_ms(browser, path: Path) -> float | None:
    # bypass_csp: our page's CSP forbids eval, which playwright's polling needs (the page itself never evals).
    page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    page.route(lambda url: not url.startswith("file:"), lambda route: route.abort())
    try:
        page.goto(path.as_uri(), wait_until="commit")
        page.wait_for_function("window.kgFirstDrawing !== undefined", timeout=TIMEOUT_MS)
        return page.evaluate("window.kgFirstDrawing")
    except Exception:  # a page that never draws within the limit
        return None
    finally:
        page.close()


def main(sizes: list[int]) -> None:
    from playwright.sync_api import sync_playwright

    print(f"{'nodes':>7} {'edges':>7} {'ours build s':>13} {'ours draw ms':>13} {'pyvis build s':>14} {'pyvis draw ms':>14}")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        for n in sizes:
            graph, edges = random_graph(n)
            ours, stock = Path(tmp) / f"ours-{n}.html", Path(tmp) / f"pyvis-{n}.html"
            t = time.perf_counter()
            write_viewer(graph, ours)
            ours_build = time.perf_counter() - t
            t = time.perf_counter()
            stock_pyvis(n, edges, stock)
            stock_build = time.perf_counter() - t
            ours_ms, stock_ms = first_drawing_ms(browser, ours), first_drawing_ms(browser, stock)
            fmt = lambda v: f"{v:13.0f}" if v is not None else f"{'>' + str(TIMEOUT_MS):>13}"  # noqa: E731
            print(f"{n:7d} {len(edges):7d} {ours_build:13.2f} {fmt(ours_ms)} {stock_build:14.2f} {fmt(stock_ms)}", flush=True)
        browser.close()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 3000, 10000])
