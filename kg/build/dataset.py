"""The dataset a build writes: the sums kept in a BuildState, and each article's own quads.

The entities graph comes first (sorted lines, each entity's one label settled
by the most frequent use across articles), then each article's graph in the
order of article IRIs. An article's graph is kept as one serialisation, its
Turtle statements (graph.ttl is made of them, and the store loads them),
read where it is kept (the build's cache, or fragments in memory) one article
at a time, so memory holds the sums, not the text; its N-Quads are made from
them when asked. The same articles always give the same bytes, so an
incremental build equals a clean one.
"""
from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterable, Iterator

from ..rdf.quads import TURTLE_HEADER, entities_graph_iri, entity_quads, turtle_head, turtle_to_nquads
from .fragment import Fragment, article_fragment
from ..model import ArticleResult, ArticleSummary
from .state import BuildState, Entry
from ..viewer.part import ViewPart
from ..rdf.vocab import DEFAULT_BASE


class Dataset:
    def __init__(self, state: BuildState, turtle_of: Callable[[Entry], bytes], part_of: Callable[[str], ViewPart],
                 kept_turtle: Callable[[str], bytes | None] = lambda key: None) -> None:
        """``kept_turtle``: a cache entry's Turtle by its key, None if not at hand (what an
        article held before it changed, for the store's update in place)."""
        self.state = state
        self.order = state.ordered()
        self.entity_lines = state.entity_lines()
        self._turtle_of, self.part_of, self.kept_turtle = turtle_of, part_of, kept_turtle

    def _quads_of(self, entry: Entry) -> bytes:
        return turtle_to_nquads(self._turtle_of(entry), entry.article)

    @property
    def articles(self) -> dict[str, str]:
        """Article IRI → sha256 of its named graph: what the store's state records. Two
        files named alike (a.txt, a.html) share one article IRI: their digests combined."""
        digests: dict[str, list[str]] = {}
        for entry in self.order:
            digests.setdefault(entry.article, []).append(entry.digest)
        return {article: ds[0] if len(ds) == 1 else hashlib.sha256(" ".join(ds).encode()).hexdigest()
                for article, ds in digests.items()}

    @property
    def article_keys(self) -> dict[str, tuple[str, ...]]:
        """Article IRI → the cache keys of its entries: where its triples can be read back."""
        keys: dict[str, list[str]] = {}
        for entry in self.order:
            keys.setdefault(entry.article, []).append(entry.key)
        return {article: tuple(ks) for article, ks in keys.items()}

    def quads(self, article: str) -> bytes:
        return b"".join(self._quads_of(e) for e in self.order if e.article == article)

    def entity_quads(self) -> bytes:
        return entity_quads(self.entity_lines)

    def nquads_chunks(self) -> Iterator[bytes]:
        yield self.entity_quads()
        for entry in self.order:
            yield self._quads_of(entry)

    def nquads(self) -> str:
        return b"".join(self.nquads_chunks()).decode("utf-8")

    def store_chunks(self) -> Iterator[bytes]:
        """The union of all graphs as Turtle, what the store loads: the prefixes (a chunk of
        their own, which a loader taking the rest in batches puts before each), the entities
        graph's triples, then each article's Turtle statements (parsed by the store's own
        loader, not turned into N-Quads here)."""
        yield TURTLE_HEADER.encode("utf-8")
        yield "".join(f"{line[: line.rfind(' <')]} .\n" for line in self.entity_lines).encode("utf-8")
        for entry in self.order:
            yield self._turtle_of(entry)

    def named_graphs(self) -> Iterator[tuple[str, bytes]]:
        """(graph IRI, its sorted N-Triples): the entities graph, then each article's graph."""
        yield entities_graph_iri(self.state.base), _ntriples(self.entity_quads())
        for article, entries in itertools.groupby(self.order, key=lambda e: e.article):
            yield article, _ntriples(b"".join(self._quads_of(e) for e in entries))

    def turtle_chunks(self) -> Iterator[bytes]:
        """The union of all graphs as Turtle (UTF-8). A fact stated by two articles is
        written in both articles' statements: legal Turtle, the same graph once parsed."""
        yield turtle_head(self.entity_lines).encode("utf-8")
        for entry in self.order:
            yield self._turtle_of(entry)

    def turtle(self) -> str:
        return b"".join(self.turtle_chunks()).decode("utf-8")

    def count(self) -> int:
        """Quads in the dataset (a fact stated by two articles counts in each)."""
        return len(self.entity_lines) + sum(e.quads for e in self.order)

    def page(self, limit: int, layout_cache=None) -> str:
        return self.state.view.page(self.state.label_of, self.part_of, limit, layout_cache)


class Assembly(Dataset):
    """A dataset of fragments held in memory (tests, benchmarks, library callers)."""

    def __init__(self, fragments: Iterable[Fragment], base: str = DEFAULT_BASE) -> None:
        held: dict[str, Fragment] = {}
        state = BuildState(base)
        for i, fragment in enumerate(fragments):
            key = f"{i:08d}"
            held[key] = fragment
            state.add(key, key, ArticleSummary(fragment.article, fragment.article, 0, 0), fragment)
        super().__init__(state, lambda e: held[e.key].turtle.encode("utf-8"), lambda key: held[key].view)


def _ntriples(nquads: bytes) -> bytes:
    """One graph's N-Quads lines as N-Triples, each triple once, sorted."""
    lines = {line[: line.rfind(b" <")] for line in nquads.split(b" .\n") if line}
    return b"".join(line + b" .\n" for line in sorted(lines))


def results_to_nquads(results: Iterable[ArticleResult], base: str = DEFAULT_BASE) -> str:
    return Assembly((article_fragment(r, base) for r in results), base).nquads()
