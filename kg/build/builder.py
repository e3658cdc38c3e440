"""`kg build`: sources → documents → facts → one RDF graph → output files.

One bad article is reported and skipped; the others still make the graph.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
import collections
import contextlib
import functools
import gc
import hashlib
import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rdflib import Graph

from .cache import CACHE_DIR, ResultCache, ZstdError, article_key, encode_entry, extractor_version, light
from .dataset import Dataset
from ..errors import GraphError, KGError, SourceError
from .fragment import Fragment, article_fragment
from .homonyms import apart_key, claims_of, kept_apart, renamed
from ..extract.gazetteer import keep_gazetteer_in, load_gazetteer
from ..sources.loader import iter_sources, load_document
from ..sources.remote import article_at, iter_articles
from ..model import ArticleResult, ArticleSummary
from .output import close_inherited_locks, output_lock, stage_chunks
from ..extract.run import extract
from .state import BuildState, load_state, save_state
from ..store.embedded import StoreUpdate
from ..rdf.vocab import DEFAULT_BASE


STORE_DIR = "store"
STORE_STATE = "store.state"  # what the store holds, beside the cache
# The default page shows the most connected nodes; search still covers every entity,
# and `kg view` writes any other part of the graph.
VIEWER_LIMIT = 2000
GAZETTEER = "gazetteer.pickle"  # in the cache: the gazetteer as built, read back by the next build that extracts
CODE_RECORD = "kg"  # beside the files' digests in the store's record: the version of kg that wrote them


@dataclass
class BuildReport:
    graph: Graph
    articles: int = 0
    results: list[ArticleSummary] = field(default_factory=list)
    problems: list[KGError] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    quads: int = 0
    timings: dict[str, float] = field(default_factory=dict)  # stage → wall seconds, in build order

    @contextlib.contextmanager
    def timed(self, stage: str):
        started = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - started


Extracted = tuple[ArticleSummary, Fragment]


def extract_one(path: Path, base: str = DEFAULT_BASE) -> Extracted | KGError:
    """Read and extract one article and make its share of the outputs, where it runs (so
    in parallel); a KGError is returned (not raised) so a pool can carry it."""
    try:
        result = extract_file(path)
    except KGError as problem:
        return problem
    return ArticleSummary.of(result), article_fragment(result, base)


def extract_entry(path: Path, base: str = DEFAULT_BASE):
    """What a worker sends back: (summary, fragment without its bulky parts, the cache
    entry bytes) or a KGError. The entry is encoded here, in parallel, not by the build."""
    outcome = extract_one(path, base)
    if isinstance(outcome, KGError):
        return outcome
    summary, fragment = outcome
    return summary, light(fragment), encode_entry(summary, fragment)


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


def build(sources: str | Path, output: str | Path, base: str = DEFAULT_BASE, *, viewer: bool = True,
          on_problem: Callable[[KGError], None] | None = None, progress=None, jobs: int = 1,
          incremental: bool = True, scheduler: str | None = None) -> BuildReport:
    """``sources``: a folder or an fsspec URL; ``scheduler``: a Dask scheduler's address, to
    extract on its cluster's workers instead of ``jobs`` local processes (kg.build.cluster)."""
    out = Path(output)
    report = BuildReport(LazyGraph(out / "graph.ttl"))
    with output_lock(out), collector_paused():
        cache = ResultCache(out)
        keep_gazetteer_in(out / CACHE_DIR / GAZETTEER, extractor_version())
        with report.timed("list and hash sources"):
            paths = list(iter_articles(sources))
            keys = {path: article_key(path, path.stem, base) for path in paths}
        with report.timed("read the kept sums"):
            state = _previous_state(out, cache, base) if incremental else None
        run = _extraction(jobs, scheduler)
        with report.timed("extract (and read the cache)"):
            state, problems = _bring_up_to_date(state or BuildState(base), paths, keys, cache, run, progress, incremental)
        with report.timed("keep homonyms apart"):
            _keep_homonyms_apart(state, cache, jobs)
        for problem in problems:
            if on_problem:
                on_problem(problem)
        if not state.entries:
            raise SourceError("no article could be read", path=str(sources))
        dataset = _dataset(state, cache)
        report.results = [state.entries[str(p)].summary for p in paths if str(p) in state.entries]
        report.articles, report.problems = len(report.results), problems
        write_outputs(dataset, out, viewer, incremental, report)
        with report.timed("save the sums, prune the cache"):
            save_state(state, out / CACHE_DIR)
            cache.prune({e.key for e in state.entries.values()} | {e.extracted_key for e in state.entries.values()})
        return report


def _dataset(state: BuildState, cache: ResultCache) -> Dataset:
    return Dataset(state, functools.partial(_turtle, state, cache), functools.partial(_view_part, state, cache),
                   functools.partial(_kept_turtle, cache))


def kept_dataset(output: str | Path) -> Dataset:
    """The dataset the last build in ``output`` wrote, read back from its sums and cache
    (for what the store does not keep: the per-article graphs of TriG, N-Quads, kg push)."""
    out = Path(output)
    cache = ResultCache(out)
    state = _previous_state(out, cache)
    if state is None:
        raise GraphError("no build here to read the per-article graphs from (run kg build first)", path=str(out))
    return _dataset(state, cache)


@contextlib.contextmanager
def collector_paused():
    """Python's cycle collector off for the build, and in the workers it forks. The build
    holds millions of small objects (the sums) that every full collection walks again,
    and makes almost no cycles (a few hundred objects in a whole build, none per article
    extracted): off, a rebuild's page and the sums' reading take 40-60 % less time.
    Turned back on (if it was on) however the build ends."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _previous_state(out: Path, cache: ResultCache, base: str | None = None) -> BuildState | None:
    """The last build's state (of this base; of any, when None), if it and every cache entry it names are there."""
    state = load_state(out / CACHE_DIR, base)
    if state is None or not cache.has_all(e.key for e in state.entries.values()):
        return None
    return state


def _bring_up_to_date(state: BuildState, paths: list[Path], keys: dict[Path, str], cache: ResultCache,
                      run: Callable, progress, reuse: bool) -> tuple[BuildState, list[KGError]]:
    """Take away the articles changed or gone since the state was made, add the new ones
    (from the cache if extracted before, else extracted now, in parallel)."""
    now = {str(path): keys[path] for path in paths}
    for path, entry in list(state.entries.items()):
        if now.get(path) != entry.extracted_key:
            old = cache.get(entry.key)
            if old is None:  # the cache lost it: start again from nothing
                return _bring_up_to_date(BuildState(state.base), paths, keys, cache, run, progress, reuse)
            state.remove(path, old[1])
    todo = [path for path in paths if str(path) not in state.entries]
    fresh, problems = [], []
    for path in todo:
        cached = cache.get(keys[path]) if reuse else None
        if cached is None:
            fresh.append(path)
        else:
            state.add(str(path), keys[path], *cached)
    with CacheWriter(cache) as writer:
        for path, outcome in zip(fresh, run(fresh, progress, state.base)):
            if isinstance(outcome, KGError):
                problems.append(outcome)
                continue
            summary, fragment, entry = outcome
            writer.put(keys[path], entry)
            state.add(str(path), keys[path], summary, fragment)  # the sums keep no text
    return state, problems


def _keep_homonyms_apart(state: BuildState, cache: ResultCache, jobs: int = 1) -> None:
    """Give the persons kept apart from others of their name (kg.build.homonyms) their own
    keys: each article whose renames changed is counted out and counted in again with its
    persons renamed, under a variant of its cache key (made once, then kept in the cache;
    the variants not yet made are extracted first, in parallel: at 100,000 generated
    articles half the articles have one)."""
    wanted = _wanted_renames(state)
    changes = []
    for path, entry in sorted(state.entries.items()):
        renames = wanted.get(path, ())
        if renames != entry.renames:
            changes.append((path, entry, renames, _variant_key(entry.extracted_key, renames)))
    present = cache.present({key for *_, key in changes})
    missing = [(path, renames, key) for path, _, renames, key in changes if key not in present]
    work = functools.partial(_make_variant, folder=cache.folder.parents[1], base=state.base)
    for _ in _in_pool(work, missing, len(missing), jobs):
        pass  # each worker writes its variant's cache entry: nothing bulky comes back
    for path, entry, renames, key in changes:
        counted = cache.get(entry.key) or _heal(state, cache, entry.key)
        state.remove(path, counted[1])
        made = cache.get(key)
        if made is None:  # torn or lost since it was written: made here
            made = _renamed_outcome(article_at(path), renames, state.base)
            cache.put(key, *made)
        state.add(path, key, *made, source_key=entry.extracted_key, renames=renames)


def _make_variant(item, folder: Path, base: str) -> None:
    """One article extracted with its persons renamed, written to the cache under its key."""
    path, renames, key = item
    ResultCache(folder).put(key, *_renamed_outcome(article_at(path), renames, base))


def _wanted_renames(state: BuildState) -> dict[str, tuple[tuple[str, str], ...]]:
    """Source path → (name, key) of each of its persons kept apart from the first of their name."""
    wanted: dict[str, list[tuple[str, str]]] = {}
    for name, mentions in state.claims.items():
        if len(mentions) > 1:
            for path, unit in kept_apart(mentions.values()).items():
                wanted.setdefault(path, []).append((name, apart_key(name, unit)))
    return {path: tuple(sorted(renames)) for path, renames in wanted.items()}


def _variant_key(source: str, renames: tuple[tuple[str, str], ...]) -> str:
    if not renames:
        return source
    return hashlib.sha256(f"{source}\x00{renames!r}".encode()).hexdigest()


def _renamed_outcome(path: Path, renames: tuple[tuple[str, str], ...], base: str) -> Extracted:
    """An article extracted again with some persons under their own keys (its claims as read)."""
    result = extract_file(path)
    fragment = article_fragment(renamed(result, dict(renames)), base, claims=claims_of(result))
    return ArticleSummary.of(result), fragment


def _kept_turtle(cache: ResultCache, key: str) -> bytes | None:
    """A cache entry's Turtle, None if it is gone or damaged."""
    try:
        return cache.turtle(key)
    except (OSError, ValueError, ZstdError):
        return None


def _view_part(state: BuildState, cache: ResultCache, key: str):
    """An article's share of the viewer, read back from the cache (for evidence of edges
    newly shown)."""
    cached = cache.get(key)
    return (cached or _heal(state, cache, key))[1].view


def _turtle(state: BuildState, cache: ResultCache, entry) -> bytes:
    """An article's Turtle statements, read back from the cache."""
    try:
        return cache.turtle(entry.key)
    except (OSError, ValueError, ZstdError):
        _heal(state, cache, entry.key)
        return cache.turtle(entry.key)


def _heal(state: BuildState, cache: ResultCache, key: str):
    """A cache entry damaged since it was written is made again from its article."""
    path, entry = next((article_at(p), e) for p, e in state.entries.items() if e.key == key)
    if entry.renames:
        outcome = _renamed_outcome(path, entry.renames, state.base)
    else:
        outcome = extract_one(path, state.base)
        if isinstance(outcome, KGError):
            raise outcome
    cache.put(key, *outcome)
    return outcome


class CacheWriter:
    """Writes cache entries on a thread while the build goes on (file creation is slow on
    some file systems, and writing lets go of the GIL). At most MAX_PENDING entries wait:
    memory stays bounded if the disk is slower than the workers."""

    MAX_PENDING = 256

    def __init__(self, cache: ResultCache) -> None:
        self.cache, self.pending = cache, collections.deque()

    def __enter__(self) -> "CacheWriter":
        self.thread = ThreadPoolExecutor(1)
        return self

    def put(self, key: str, entry: bytes) -> None:
        self.pending.append(self.thread.submit(self.cache.put_encoded, key, entry))
        while len(self.pending) > self.MAX_PENDING:
            self.pending.popleft().result()

    def __exit__(self, *exc) -> None:
        try:
            while self.pending:
                self.pending.popleft().result()  # a write that failed fails the build here
        finally:
            self.thread.shutdown()


def _extraction(jobs: int, scheduler: str | None) -> Callable:
    """How new articles are extracted: (paths, progress, base) → their outcomes in order."""
    if scheduler:
        from .cluster import runner

        return runner(scheduler, extract_entry)
    return lambda paths, progress, base: _run(paths, jobs, progress, base)


def _run(paths: list[Path], jobs: int, progress, base: str):
    """Each path's outcome, in order, as the workers finish them."""
    shown = progress(paths) if progress else paths
    yield from _in_pool(functools.partial(extract_entry, base=base), shown, len(paths), jobs)


def _in_pool(work: Callable, items, count: int, jobs: int):
    """work(item) for each of ``count`` items, in order: in this process when there are too
    few for the jobs, else in a pool of forked workers."""
    if jobs <= 1 or count < 2 * jobs:
        yield from (work(item) for item in items)
        return
    import multiprocessing

    load_gazetteer()  # once in the parent: forked workers share it
    with multiprocessing.get_context("fork").Pool(jobs, initializer=close_inherited_locks) as pool:
        yield from pool.imap(work, items, chunksize=16)


def write_outputs(dataset: Dataset, out: Path, viewer: bool, incremental: bool, report: BuildReport) -> None:
    """Turtle, viewer and store from the dataset (no rdflib graph on the way)."""
    store = StoreUpdate(out / STORE_DIR, dataset, incremental, out / CACHE_DIR / STORE_STATE)
    makers = {"graph.ttl": dataset.turtle_chunks}
    if viewer:
        makers["graph.html"] = lambda: [dataset.page(VIEWER_LIMIT, out / CACHE_DIR / "layout")]
    report.outputs += [out / name for name in makers] + [out / STORE_DIR]
    report.quads = dataset.count()
    # The code is part of what the files are made from: a new version may write the same
    # dataset differently (Turtle's layout, the page), so it writes them again.
    same_code = store.previous_files.get(CODE_RECORD) == extractor_version()
    if same_code and store.unchanged and all(_written_before(out / name, store.previous_files.get(name)) for name in makers):
        return  # the same dataset as the outputs already written: nothing to do
    # Files are written aside first and renamed at the very end, so a build killed at
    # any moment leaves each previous output whole (the store: see kg.store).
    staged, digests = {}, {}
    with ThreadPoolExecutor(1) as loader:
        loading = loader.submit(store.prepare)  # a bulk load runs in Rust while the files are written
        for name, make in makers.items():
            with report.timed(f"write {name}"):
                staged[out / name], digests[name] = stage_chunks(out / name, make())
        with report.timed("store (what is left of its load)"):
            loading.result()
    with report.timed("store (commit)"):
        for path, tmp in staged.items():
            os.replace(tmp, path)
        store.commit({**digests, CODE_RECORD: extractor_version()})


def _written_before(path: Path, digest: str | None) -> bool:
    """The file is there as the last build wrote it (a file it did not write is not)."""
    return digest is not None and file_digest(path) == digest


def file_digest(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def viewer_page(dataset: Dataset) -> str:
    """The default page of a dataset: its VIEWER_LIMIT most connected entities drawn."""
    return dataset.page(VIEWER_LIMIT)


class LazyGraph:
    """The built graph as an rdflib Graph, parsed from graph.ttl only if a caller asks for it."""

    def __init__(self, turtle: Path) -> None:
        self._turtle = turtle
        self._graph: Graph | None = None

    def _load(self) -> Graph:
        if self._graph is None:
            self._graph = Graph().parse(self._turtle, format="turtle")
        return self._graph

    def __len__(self) -> int:
        return len(self._load())

    def __iter__(self):
        return iter(self._load())

    def __getattr__(self, name):
        return getattr(self._load(), name)
