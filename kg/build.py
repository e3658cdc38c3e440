"""`kg build`: sources → documents → facts → one RDF graph → output files.

One bad article is reported and skipped; the others still make the graph.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
import functools
import hashlib
import os
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .cache import CACHE_DIR, ResultCache, article_key
from .errors import KGError, SourceError
from .fastrdf import Assembly, Fragment, article_fragment, edge_key, nquads_to_ntriples
from .gazetteer import load_gazetteer
from .loader import iter_sources, load_document
from .model import ArticleResult, ArticleSummary
from .output import output_lock, stage
from .pipeline.run import extract
from .store import StoreUpdate
from .vocab import DEFAULT_BASE


STORE_DIR = "store"
# The default page shows the most connected nodes; search still covers every entity,
# and `kg view` writes any other part of the graph.
VIEWER_LIMIT = 2000


@dataclass
class BuildReport:
    graph: Graph
    articles: int = 0
    results: list[ArticleSummary] = field(default_factory=list)
    problems: list[KGError] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    quads: int = 0


Extracted = tuple[ArticleSummary, Fragment]


def extract_one(path: Path, base: str = DEFAULT_BASE) -> Extracted | KGError:
    """Read and extract one article and make its share of the outputs, where it runs (so
    in parallel); a KGError is returned (not raised) so a pool can carry it."""
    try:
        result = extract_file(path)
    except KGError as problem:
        return problem
    return ArticleSummary.of(result), article_fragment(result, base)


def extract_file(path: Path) -> ArticleResult:
    """One article's facts; the article's id is its file name without the extension."""
    return extract(load_document(path, doc_id=path.stem))


def extract_results(sources: str | Path) -> list[ArticleResult]:
    """Every readable article's facts, in one process (for callers that want the facts themselves)."""
    results = []
    for path in iter_sources(sources):
        try:
            results.append(extract_file(path))
        except KGError:
            continue
    return results


def extract_all(sources: str | Path, on_problem: Callable[[KGError], None] | None = None,
                progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
                jobs: int = 1, cache: ResultCache | None = None,
                base: str = DEFAULT_BASE) -> tuple[list[Extracted], list[KGError]]:
    paths = list(iter_sources(sources))
    keys = {path: article_key(path, path.stem, base) for path in paths} if cache else {}
    cached = {path: cache.get(keys[path]) for path in paths} if cache else {}
    todo = [path for path in paths if cached.get(path) is None]
    fresh = dict(zip(todo, _run(todo, jobs, progress, base)))
    extracted, problems = [], []
    for path in paths:
        outcome = cached.get(path) or fresh[path]
        if isinstance(outcome, KGError):
            problems.append(outcome)
            if on_problem:
                on_problem(outcome)
            continue
        extracted.append(outcome)
        if cache and path in fresh:
            cache.put(keys[path], outcome)
    if cache:
        cache.prune({keys[p] for p in paths})
    return extracted, problems


def _run(paths: list[Path], jobs: int, progress, base: str) -> list:
    shown = progress(paths) if progress else paths
    work = functools.partial(extract_one, base=base)
    if jobs <= 1 or len(paths) < 2 * jobs:
        return [work(p) for p in shown]
    import multiprocessing

    load_gazetteer()  # once in the parent: forked workers share it
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return list(pool.imap(work, shown, chunksize=16))


def build(sources: str | Path, output: str | Path, base: str = DEFAULT_BASE, *, viewer: bool = True,
          on_problem: Callable[[KGError], None] | None = None, progress=None, jobs: int = 1,
          incremental: bool = True) -> BuildReport:
    with output_lock(output):
        cache = ResultCache(Path(output)) if incremental else None
        extracted, problems = extract_all(sources, on_problem, progress, jobs, cache, base)
        if not extracted:
            raise SourceError("no article could be read", path=str(sources))
        assembly = Assembly((fragment for _, fragment in extracted), base)
        report = BuildReport(LazyGraph(assembly), len(extracted), [r for r, _ in extracted], problems)
        write_outputs(assembly, Path(output), viewer, incremental, report)
        return report


def write_outputs(assembly: Assembly, out: Path, viewer: bool, incremental: bool, report: BuildReport) -> None:
    """Turtle, viewer and store from the assembled fragments (no rdflib graph on the way)."""
    store = StoreUpdate(out / STORE_DIR, assembly, incremental)
    makers = {"graph.ttl": assembly.turtle}
    if viewer:
        makers["graph.html"] = functools.partial(viewer_page, assembly, out / CACHE_DIR / "layout")
    report.outputs += [out / name for name in makers] + [out / STORE_DIR]
    report.quads = assembly.count()
    if store.unchanged and all(file_digest(out / name) == store.previous_files.get(name) for name in makers):
        return  # the same dataset as the outputs already written: nothing to do
    # Files are written aside first and renamed at the very end, so a build killed at
    # any moment leaves each previous output whole (the store: see kg.store).
    staged, digests = {}, {}
    for name, make in makers.items():
        data = make().encode("utf-8")
        staged[out / name], digests[name] = stage(out / name, data), hashlib.sha256(data).hexdigest()
    store.prepare()
    for path, tmp in staged.items():
        os.replace(tmp, path)
    store.commit(digests)


def file_digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def viewer_page(assembly: Assembly, layout_cache: Path | None = None) -> str:
    """The default page: drawn from the view quads, with evidence fetched for the edges shown."""
    from .viewer import render_viewer
    from .viewer.index import TripleIndex, parsed

    def evidence(edges):
        keys = {edge_key(e.source, e.relation, e.target) for e in edges}
        return parsed(assembly.evidence_quads(keys), ox.RdfFormat.N_QUADS)

    index = TripleIndex.parse(assembly.view_quads(), ox.RdfFormat.N_QUADS)
    return render_viewer(index, title="kg", limit=VIEWER_LIMIT, more_evidence=evidence, layout_cache=layout_cache)[0]


class LazyGraph:
    """The built graph as an rdflib Graph, parsed only if a caller asks for it."""

    def __init__(self, assembly: Assembly) -> None:
        self._assembly = assembly
        self._graph: Graph | None = None

    def _load(self) -> Graph:
        if self._graph is None:
            self._graph = Graph().parse(data=nquads_to_ntriples(self._assembly.nquads()), format="nt")
        return self._graph

    def __len__(self) -> int:
        return len(self._load())

    def __iter__(self):
        return iter(self._load())

    def __getattr__(self, name):
        return getattr(self._load(), name)
