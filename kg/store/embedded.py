"""The embedded on-disk store (pyoxigraph) beside the Turtle file.

`kg build` loads the dataset into output/store so `kg query` and `kg serve`
answer without re-parsing Turtle. The store is built in a temporary folder
(stage_store) and swapped in whole (swap_in), so a failed build never
leaves a half-written store.
"""
from __future__ import annotations

import io
import os
import pickle
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import zstandard

from ..errors import GraphError, QueryError
from .query import UPDATE, QueryResult
from ..rdf.quads import RDF_OBJECT, RDF_PREDICATE, RDF_SUBJECT, TURTLE_HEADER, entity_quads
from ..rdf.vocab import PREFIXES

XSD = "http://www.w3.org/2001/XMLSchema#"


class StoreUpdate:
    """Bring output/store to the assembled dataset: in place when little changed, else anew.

    The store holds the union of the articles' graphs and the entities graph as
    triples of its default graph: a quad store keeps three more indexes for named
    graphs, and at 10,000 articles the same triples took 539 MB in named graphs
    against 212 MB here, both from clean builds (TriG, N-Quads and `kg push` make the
    per-article graphs from the build's cache instead). In place (an Update): one SPARQL update takes
    out the triples the changed and removed articles had (read back from their cache
    entries) and puts in what they have now; then a fact they stated is taken out
    only if no assertion node still states it. Anew: bulk-loaded
    in a temporary folder and swapped in whole. Either way the store then holds the
    same triples as a clean build's. What the store holds is recorded in the state
    file the build names (output/.cache/store.state) after the store is committed;
    an update is computed from that record, and re-applying one is harmless, so a
    build killed between the two steps is put right by the next.
    """

    def __init__(self, path: Path, dataset, incremental: bool, state_file: Path) -> None:
        self.path, self.dataset = path, dataset
        self.state_file = state_file
        self.state = dataset.articles
        previous = self._previous() if incremental else None
        self.update = _update(previous, dataset) if previous is not None else None
        self.previous_files: dict[str, str] = (previous or {}).get("files", {})
        self.staged: Path | None = None

    @property
    def unchanged(self) -> bool:
        """The store already holds exactly this dataset."""
        return self.update == Update()

    def _previous(self) -> dict | None:
        if not self.path.is_dir():
            return None
        try:
            with zstandard.open(self.state_file, "rb") as handle:
                previous = pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, zstandard.ZstdError):
            return None
        # A store laid out otherwise (named graphs, by an older kg) is loaded anew.
        return previous if isinstance(previous, dict) and previous.get("layout") == LAYOUT else None

    def prepare(self) -> None:
        if self.update is None:
            self.staged = stage_store(self.dataset.store_chunks(), self.path)

    def commit(self, files: dict[str, str] | None = None) -> None:
        """Bring the store in, then record its state (and the digests of the files written with it).

        The old record goes first: a build killed in between leaves no record, and the
        next loads the store anew, whatever its sources are by then."""
        self.state_file.unlink(missing_ok=True)
        if self.staged is not None:
            swap_in(self.staged, self.path)
        elif self.update:
            store = ox.Store(str(self.path))
            self.update.apply(store)
            store.flush()
            del store
        state = {"layout": LAYOUT, "articles": self.state, "keys": self.dataset.article_keys,
                 "entities": self.dataset.entity_lines, "files": files or {}}
        self.state_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_file.with_name(f".{self.state_file.name}.{os.getpid()}.tmp")
        with zstandard.open(tmp, "wb") as handle:  # compressed: the entities graph's lines, ~8x smaller
            pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.state_file)


LAYOUT = "default graph"  # what the store's record says of how the store holds the dataset
# Past this share of changed articles, loading anew is faster than one big update.
MAX_CHANGED_SHARE = 0.05
SUBJECT, PREDICATE, OBJECT = (str(term) for term in (RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT))  # as N-Triples
REIFYING = {SUBJECT, PREDICATE, OBJECT}
Triple = tuple[str, str, str]  # N-Triples terms


@dataclass(frozen=True)
class Update:
    """A SPARQL update, then the facts to take out if no assertion node states them any
    more (the evidence counts the articles stating a fact). Two steps, not one transaction:
    the store's record is gone until both are done, so a build killed between them leaves
    a store the next build loads anew."""

    text: str = ""
    unless_stated: tuple[Triple, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.text or self.unless_stated)

    def apply(self, store: ox.Store) -> None:
        if self.text:
            store.update(self.text)
        for triple in _parsed(self.unless_stated):
            if not _stated(store, triple):
                store.remove(ox.Quad(triple.subject, triple.predicate, triple.object))


def _parsed(triples) -> list[ox.Triple]:
    return list(ox.parse("".join(f"{s} {p} {o} .\n" for s, p, o in triples).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))


def _stated(store: ox.Store, fact: ox.Triple) -> bool:
    """Whether an assertion node in the store states this fact (looked up, not queried: a
    SPARQL FILTER NOT EXISTS took 30 ms a fact at 10,000 articles, this well under one)."""
    graph = ox.DefaultGraph()
    return any(next(store.quads_for_pattern(node, RDF_PREDICATE, fact.predicate, graph), None) is not None
               and next(store.quads_for_pattern(node, RDF_OBJECT, fact.object, graph), None) is not None
               for node in (q.subject for q in store.quads_for_pattern(None, RDF_SUBJECT, fact.subject, graph)))


def _update(previous: dict, dataset) -> Update | None:
    """The update from the recorded state to now (empty if nothing changed), or None when
    loading anew is better (many changes, or an old article's triples not at hand)."""
    before, now = previous.get("articles", {}), dataset.articles
    changed = sorted(article for article, digest in now.items() if before.get(article) != digest)
    gone = sorted(set(before) - set(now))
    if len(changed) + len(gone) > MAX_CHANGED_SHARE * max(len(now), 1) + 1:
        return None
    old_entities, new_entities = set(previous.get("entities", ())), set(dataset.entity_lines)
    if not changed and not gone and old_entities == new_entities:
        return Update()
    old = _old_triples(previous.get("keys", {}), [a for a in changed + gone if a in before], dataset)
    if old is None:
        return None
    new = {t for article in changed for t in _triples(dataset.quads(article), ox.RdfFormat.N_QUADS)}
    described = {line[: line.rfind(" <")] for line in new_entities}  # the entities graph's triples, as text
    facts = _reified(old) | _triples(entity_quads(old_entities - new_entities), ox.RdfFormat.N_QUADS)
    keep = new | {t for t in old | facts if " ".join(t) in described}
    plain = old - facts - keep
    parts = [f"DELETE DATA {{ {_data(plain)} }}"] if plain else []
    inserts = new | _triples(entity_quads(new_entities - old_entities), ox.RdfFormat.N_QUADS)
    if inserts:
        parts.append(f"INSERT DATA {{ {_data(inserts)} }}")
    return Update(" ;\n".join(parts), tuple(sorted(facts - keep)))


def _old_triples(keys: dict[str, tuple[str, ...]], articles: list[str], dataset) -> set[Triple] | None:
    """What these articles held when the store was last written, from their cache entries."""
    old: set[Triple] = set()
    for article in articles:
        if article not in keys:
            return None
        for key in keys[article]:
            turtle = dataset.kept_turtle(key)
            if turtle is None:
                return None
            old |= _triples(TURTLE_HEADER.encode("utf-8") + turtle, ox.RdfFormat.TURTLE)
    return old


def _triples(data: bytes, fmt) -> set[Triple]:
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in ox.parse(data, format=fmt)}


def _reified(triples: set[Triple]) -> set[Triple]:
    """The facts among these triples: those an assertion node among them states."""
    parts: dict[str, dict[str, str]] = {}
    for s, p, o in triples:
        if p in REIFYING:
            parts.setdefault(s, {})[p] = o
    stated = {(n[SUBJECT], n[PREDICATE], n[OBJECT]) for n in parts.values() if len(n) == 3}
    return stated & triples


def _data(triples) -> str:
    """Triples of N-Triples terms as SPARQL triple data (sorted: the same update every time)."""
    return " . ".join(f"{s} {p} {o}" for s, p, o in sorted(triples))


def stage_store(chunks, path: Path) -> Path:
    """Bulk-load Turtle chunks (the first declares the prefixes) into the default graph of
    a store in a temporary folder beside ``path``; swap_in moves it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        store = ox.Store(str(tmp))
        chunks = iter(chunks)
        prefixes = next(chunks, b"")
        for batch in _batches(chunks, BATCH_BYTES, prefixes):
            # lenient: the text comes from pyoxigraph's own serialiser, already valid
            store.bulk_load(ChunkReader(batch), format=ox.RdfFormat.TURTLE, lenient=True)
        store.flush()
        del store  # close before the folder moves
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return tmp


# The bulk loader's memory grows with what one call loads, and RocksDB compacts what was
# loaded into larger files once a fourth call has loaded. Measured on 10,000 generated
# articles (75 MB of Turtle; the build with every article cached, the store loaded anew):
# 8 MiB batches 234 MB of store and 557 MiB peak, 16 MiB 203 MB and 702 MiB, 32 MiB (three
# calls, nothing compacted) 148 MB and 999 MiB. Three calls would suit that corpus alone;
# an archive is loaded in many batches whatever their size, so memory decides.
BATCH_BYTES = 16 * 2**20


def _batches(chunks, size: int, head: bytes):
    """Chunks in batches of about ``size`` bytes, each starting with ``head`` (the
    prefixes: every batch is a Turtle document of its own)."""
    batch, held = [head], 0
    for chunk in chunks:
        batch.append(chunk)
        held += len(chunk)
        if held >= size:
            yield batch
            batch, held = [head], 0
    if held:
        yield batch


class ChunkReader(io.RawIOBase):
    """A read-only file over byte chunks, so the store loads them without one big copy."""

    def __init__(self, chunks) -> None:
        self._chunks = iter(chunks)
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            try:
                self._pending = memoryview(next(self._chunks))
            except StopIteration:
                return 0
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        # A view, not a copy: the rest of a large chunk (the entities graph is one, of
        # ~100 MB at 100,000 articles) would otherwise be copied at every read.
        self._pending = self._pending[n:]
        return n


def swap_in(new: Path, path: Path) -> None:
    old = path.with_name(f".{path.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if path.exists():
        path.rename(old)
    new.rename(path)
    shutil.rmtree(old, ignore_errors=True)


def open_store(path: str | Path) -> ox.Store:
    path = Path(path)
    if not path.is_dir():
        raise GraphError("no store here (run kg build first)", path=str(path))
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise GraphError(f"cannot open the store: {exc}", path=str(path)) from exc


def query_store(store: ox.Store, text: str, bindings: dict[str, str] | None = None) -> QueryResult:
    """SELECT/ASK/CONSTRUCT over the store (its default graph holds everything); updates refused."""
    if UPDATE.match(text):
        raise QueryError("SPARQL Update is not allowed: kg query is read-only")
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    text, order = split_order(text)
    bound = with_binds(text, bindings or {})
    try:
        if bound != text:
            try:
                return _to_result(store.query(bound, prefixes=prefixes), order)
            except SyntaxError:
                pass  # the BINDs did not fit this query's shape: substitutions say the same
        subs = {ox.Variable(k): _term(v) for k, v in (bindings or {}).items()}
        result = store.query(text, prefixes=prefixes, substitutions=subs or None)
    except (SyntaxError, RuntimeError) as exc:
        raise QueryError(f"bad SPARQL: {exc}") from exc
    return _to_result(result, order)


# A SELECT of plain variables ending in ORDER BY plain variables is sorted here rather than
# by Oxigraph, which reads each string back from disk at every comparison: 90 ms of a
# 105 ms saved query for one province (800 rows) at 10,000 articles.
TRAILING_ORDER = re.compile(r"\s+ORDER\s+BY((?:\s+\?[A-Za-z_]\w*)+)\s*$", re.IGNORECASE)
PLAIN_SELECT = re.compile(r"\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?((?:\?[A-Za-z_]\w*\s+)+)WHERE\b", re.IGNORECASE)
NUMERIC = {XSD + name for name in ("integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger")}


def split_order(text: str) -> tuple[str, tuple[str, ...]]:
    """The query without a final ORDER BY we can do ourselves, and its variables (none if we can't)."""
    order, select = TRAILING_ORDER.search(text), PLAIN_SELECT.search(text)
    if order is None or select is None:
        return text, ()
    keys = tuple(v[1:] for v in order.group(1).split())
    if not set(keys) <= {v[1:] for v in select.group(1).split()}:
        return text, ()
    return text[: order.start()] + "\n", keys


def _order_key(term) -> tuple:
    """SPARQL's order: unbound, blank nodes, IRIs, then literals (numbers by value)."""
    if term is None:
        return (0, 0, 0.0, "")
    if isinstance(term, ox.BlankNode):
        return (1, 0, 0.0, term.value)
    if isinstance(term, ox.NamedNode):
        return (2, 0, 0.0, term.value)
    if term.datatype.value in NUMERIC:
        try:
            return (3, 0, float(term.value), term.value)
        except ValueError:
            pass
    return (3, 1, 0.0, term.value)


WHERE = re.compile(r"\bWHERE\s*\{|^[^{#]*?\{", re.IGNORECASE)  # "WHERE {", or a bare first group


def with_binds(text: str, bindings: dict[str, str]) -> str:
    """The query with each binding as a BIND at the start of its WHERE group.

    Same answers as Oxigraph's substitutions, but the optimiser sees the value
    and starts from it: a saved query for one person takes a millisecond
    instead of seconds on a 10,000-article store.
    """
    where = WHERE.search(text)
    if not bindings or where is None:
        return text
    binds = "".join(f" BIND({_term(v)} AS ?{k})" for k, v in sorted(bindings.items()))
    return text[: where.end()] + binds + text[where.end():]


def _term(value: str):
    if value.startswith(("http://", "https://")):
        return ox.NamedNode(value)
    return ox.Literal(value, language="vi")  # labels are @vi, as in kg.query.bound_term


def _to_result(result, order: tuple[str, ...] = ()) -> QueryResult:
    if isinstance(result, bool):
        return QueryResult(boolean=result)
    if isinstance(result, ox.QuerySolutions):
        columns = tuple(v.value for v in result.variables)
        solutions = [tuple(sol[c] for c in columns) for sol in result]
        if order:  # by the ORDER BY variables, then by every column: one order however the store ran
            at = [columns.index(v) for v in order] + list(range(len(columns)))
            solutions.sort(key=lambda row: tuple(_order_key(row[i]) for i in at))
        return QueryResult(columns=columns, rows=tuple(tuple(_text(t) for t in row) for row in solutions))
    from rdflib import Graph

    data = ox.serialize(result, format=ox.RdfFormat.N_TRIPLES)
    return QueryResult(graph=Graph().parse(data=data.decode("utf-8"), format="nt"))


def _text(term) -> str | None:
    if term is None:
        return None
    return term.value if not isinstance(term, ox.BlankNode) else f"_:{term.value}"
