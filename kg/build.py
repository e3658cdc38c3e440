"""`kg build`: sources → documents → facts → one RDF graph → output files.

One bad article is reported and skipped; the others still make the graph.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
import os
from pathlib import Path

from rdflib import Graph

from .errors import KGError, SourceError
from .loader import iter_sources, load_document
from .model import ArticleResult
from .output import output_lock, stage
from .pipeline.run import extract
import pyoxigraph as ox

from .cache import ResultCache, article_key
from .fastrdf import nquads_to_ntriples, results_to_nquads
from .gazetteer import load_gazetteer
from .rdf import PREFIXES
from .store import stage_store, swap_in
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


def extract_one(path: Path) -> ArticleResult | KGError:
    """Read and extract one article; a KGError is returned (not raised) so a pool can carry it."""
    try:
        return extract(load_document(path, doc_id=path.stem))
    except KGError as problem:
        return problem


def extract_all(sources: str | Path, on_problem: Callable[[KGError], None] | None = None,
                progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
                jobs: int = 1, cache: ResultCache | None = None) -> tuple[list[ArticleResult], list[KGError]]:
    paths = list(iter_sources(sources))
    keys = {path: article_key(path, path.stem) for path in paths} if cache else {}
    cached = {path: cache.get(keys[path]) for path in paths} if cache else {}
    todo = [path for path in paths if cached.get(path) is None]
    fresh = dict(zip(todo, _run(todo, jobs, progress)))
    results, problems = [], []
    for path in paths:
        outcome = cached.get(path) or fresh[path]
        if isinstance(outcome, KGError):
            problems.append(outcome)
            if on_problem:
                on_problem(outcome)
            continue
        results.append(outcome)
        if cache and path in fresh:
            cache.put(keys[path], outcome)
    if cache:
        cache.prune({keys[p] for p in paths})
    return results, problems


def _run(paths: list[Path], jobs: int, progress) -> list:
    shown = progress(paths) if progress else paths
    if jobs <= 1 or len(paths) < 2 * jobs:
        return [extract_one(p) for p in shown]
    import multiprocessing

    load_gazetteer()  # once in the parent: forked workers share it
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return list(pool.imap(extract_one, shown, chunksize=16))


def build(sources: str | Path, output: str | Path, base: str = DEFAULT_BASE, *, viewer: bool = True,
          on_problem: Callable[[KGError], None] | None = None, progress=None, jobs: int = 1,
          incremental: bool = True) -> BuildReport:
    with output_lock(output):
        cache = ResultCache(Path(output)) if incremental else None
        results, problems = extract_all(sources, on_problem, progress, jobs, cache)
        if not results:
            raise SourceError("no article could be read", path=str(sources))
        return write_outputs(results, problems, Path(output), base, viewer)


def write_outputs(results: list[ArticleResult], problems: list[KGError], out: Path, base: str, viewer: bool) -> BuildReport:
    """The bulk path: facts → sorted N-Quads → Turtle, store and viewer (no rdflib graph)."""
    nquads = results_to_nquads(results, base)
    ntriples = nquads_to_ntriples(nquads)
    report = BuildReport(LazyGraph(ntriples), len(results), results, problems)
    # Everything is written aside first and renamed at the very end, so a build
    # killed at any moment leaves the previous outputs whole and consistent.
    staged = {out / "graph.ttl": stage(out / "graph.ttl", turtle(ntriples))}
    if viewer:
        from .viewer import render_viewer
        from .viewer.index import TripleIndex

        index = TripleIndex.parse(ntriples.encode("utf-8"), ox.RdfFormat.N_TRIPLES)
        staged[out / "graph.html"] = stage(out / "graph.html", render_viewer(index, title="kg", limit=VIEWER_LIMIT)[0])
    store = stage_store(nquads, out / STORE_DIR)
    for path, tmp in staged.items():
        os.replace(tmp, path)
    swap_in(store, out / STORE_DIR)
    report.outputs += [*staged, out / STORE_DIR]
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
