"""`kg build`: sources → documents → facts → one RDF graph → output files.

One bad article is reported and skipped; the others still make the graph.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .errors import KGError, SourceError
from .loader import iter_sources, load_document
from .model import ArticleResult
from .output import write_atomic
from .pipeline.run import extract
import pyoxigraph as ox

from .fastrdf import nquads_to_ntriples, results_to_nquads
from .rdf import PREFIXES
from .store import write_store
from .vocab import DEFAULT_BASE


STORE_DIR = "store"
# The default page shows the most connected nodes; search still covers every entity,
# and `kg view` writes any other part of the graph.
VIEWER_LIMIT = 2000


@dataclass
class BuildReport:
    graph: Graph
    articles: int = 0
    results: list[ArticleResult] = field(default_factory=list)
    problems: list[KGError] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)


def extract_all(sources: str | Path, on_problem: Callable[[KGError], None] | None = None,
                progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None) -> tuple[list[ArticleResult], list[KGError]]:
    results, problems = [], []
    paths = list(iter_sources(sources))
    for path in progress(paths) if progress else paths:
        try:
            results.append(extract(load_document(path, doc_id=path.stem)))
        except KGError as problem:
            problems.append(problem)
            if on_problem:
                on_problem(problem)
    return results, problems


def build(sources: str | Path, output: str | Path, base: str = DEFAULT_BASE, *, viewer: bool = True,
          on_problem: Callable[[KGError], None] | None = None, progress=None) -> BuildReport:
    results, problems = extract_all(sources, on_problem, progress)
    if not results:
        raise SourceError("no article could be read", path=str(sources))
    return write_outputs(results, problems, Path(output), base, viewer)


def write_outputs(results: list[ArticleResult], problems: list[KGError], out: Path, base: str, viewer: bool) -> BuildReport:
    """The bulk path: facts → sorted N-Quads → Turtle, store and viewer (no rdflib graph)."""
    nquads = results_to_nquads(results, base)
    ntriples = nquads_to_ntriples(nquads)
    report = BuildReport(LazyGraph(ntriples), len(results), results, problems)
    write_atomic(out / "graph.ttl", turtle(ntriples))
    write_store(nquads, out / STORE_DIR)
    report.outputs += [out / "graph.ttl", out / STORE_DIR]
    if viewer:
        from .viewer import write_viewer
        from .viewer.index import TripleIndex

        index = TripleIndex.parse(ntriples.encode("utf-8"), ox.RdfFormat.N_TRIPLES)
        write_viewer(index, out / "graph.html", title="kg", limit=VIEWER_LIMIT)
        report.outputs.append(out / "graph.html")
    return report


def turtle(ntriples: str) -> str:
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    parsed = ox.parse(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(parsed, format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")


class LazyGraph:
    """The built graph as an rdflib Graph, parsed only if a caller asks for it."""

    def __init__(self, ntriples: str) -> None:
        self._ntriples = ntriples
        self._graph: Graph | None = None

    def _load(self) -> Graph:
        if self._graph is None:
            self._graph = Graph().parse(data=self._ntriples, format="nt")
        return self._graph

    def __len__(self) -> int:
        return self._ntriples.count("\n")

    def __iter__(self):
        return iter(self._load())

    def __getattr__(self, name):
        return getattr(self._load(), name)
