#!/usr/bin/env python3
"""What laying out the default view costs a rebuild, clean and with the layouts kept.

usage: PYTHONPATH=. python benchmarks/viewer_relayout.py OUTPUT   (a build's output folder, e.g. of
       python -m tests.benchmarks.corpus 10000 C10K && kg build C10K -o OUTPUT)

Reads the build's kept sums, takes the page's default view (the VIEWER_LIMIT most
connected entities and the edges between them, as kg.viewer.state does) and times
kg.viewer.layout.positions on it: without a cache (a clean build), with the layouts
kept from that same view (a rebuild that did not change the view), after one drawn
entity's degree changed (its box: the case of most fact changes that reach the
view) and after one edge was added between two drawn entities (its component is
laid out from the start again). Each result is checked to be the bits a clean
layout of the same input gives.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from kg.build.builder import VIEWER_LIMIT
from kg.build.state import load_state
from kg.rdf.vocab import DEFAULT_BASE
from kg.viewer.layout import positions
from kg.viewer.model import Edge


def default_view(out: Path):
    state = load_state(out / ".cache", DEFAULT_BASE)
    view, labels, degree = state.view, state.label_of, state.view.degree
    keep = sorted((iri for iri in view.infos if degree.get(iri, 0)), key=lambda iri: (-degree[iri], labels(iri)[0], iri))
    shown = {iri: view.node(iri, labels) for iri in sorted(keep[:VIEWER_LIMIT])}
    edges = [Edge(s, o, r) for s, r, o in sorted(e for e in view.edges if e[0] in shown and e[2] in shown)]
    return shown, edges


def timed(*args):
    started = time.perf_counter()
    pos = positions(*args)
    return pos, time.perf_counter() - started


def main(out: Path) -> None:
    shown, edges = default_view(out)
    print(f"default view: {len(shown):,} entities, {len(edges):,} edges")
    clean, seconds = timed(shown, edges)
    print(f"clean layout (no cache): {seconds:.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        kept = Path(tmp)
        positions(shown, edges, kept)
        same, seconds = timed(shown, edges, kept)
        print(f"same view, layouts kept: {seconds:.2f} s ({'same bits' if same == clean else 'DIFFERENT'})")
        hub = min((iri for iri in shown if shown[iri].type != "Office"), key=lambda iri: (shown[iri].degree, iri))  # an office's box is its label; a small degree changes the size most
        shown[hub].degree += 1  # its box grows: as when an article adds an edge to an entity off the page
        changed, seconds = timed(shown, edges, kept)
        print(f"one box changed, layouts kept: {seconds:.2f} s "
              f"({'same bits as clean' if changed == positions(shown, edges) else 'DIFFERENT from clean'})")
        linked = {(e.source, e.target) for e in edges}
        a, b = next((x, y) for x in sorted(shown) for y in sorted(shown) if x < y and (x, y) not in linked and (y, x) not in linked)
        edges = sorted(edges + [Edge(a, b, "attended")], key=lambda e: (e.source, e.relation, e.target))
        changed, seconds = timed(shown, edges, kept)
        print(f"one edge added, layouts kept: {seconds:.2f} s "
              f"({'same bits as clean' if changed == positions(shown, edges) else 'DIFFERENT from clean'})")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
