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
from .dataset import split, to_nquads
from .rdf import build_graph
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
    graph = build_graph(results, base)
    report = BuildReport(graph, len(results), results, problems)
    out = Path(output)
    ttl = out / "graph.ttl"
    write_atomic(ttl, serialize_turtle(graph))
    report.outputs.append(ttl)
    write_store(to_nquads(split(graph, results, base)), out / STORE_DIR)
    report.outputs.append(out / STORE_DIR)
    if viewer:
        from .viewer import write_viewer

        html = out / "graph.html"
        write_viewer(graph, html, title="kg", limit=VIEWER_LIMIT)
        report.outputs.append(html)
    return report


def serialize_turtle(graph: Graph) -> str:
    return graph.serialize(format="turtle")
