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
from pathlib import Path

import pyoxigraph as ox
import zstandard

from ..errors import GraphError, QueryError
from .query import UPDATE, QueryResult
from ..rdf.vocab import PREFIXES

XSD = "http://www.w3.org/2001/XMLSchema#"


class StoreUpdate:
    """Bring output/store to the assembled dataset: in place when little changed, else anew.

    In place: one SPARQL update, which Oxigraph runs as one transaction, drops
    and re-inserts the named graphs of changed articles, drops those of removed
    ones and patches the entities graph. Anew: bulk-loaded in a temporary folder
    and swapped in whole. Either way the store then holds the same quads as a
    clean build's. What the store holds is recorded in the state file the build
    names (output/.cache/store.state) after the store is committed; an update is
    computed from that record, and
    re-applying one is harmless, so a build killed between the two steps is
    put right by the next.
    """

    def __init__(self, path: Path, dataset, incremental: bool, state_file: Path) -> None:
        self.path, self.dataset = path, dataset
        self.state_file = state_file
        self.state = dataset.articles
        previous = self._previous() if incremental else None
        self.update = _update_text(previous, self.state, dataset) if previous is not None else None
        self.previous_files: dict[str, str] = (previous or {}).get("files", {})
        self.staged: Path | None = None

    @property
    def unchanged(self) -> bool:
        """The store already holds exactly this dataset."""
        return self.update == ""

    def _previous(self) -> dict | None:
        if not self.path.is_dir():
            return None
        try:
            with zstandard.open(self.state_file, "rb") as handle:
                return pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, zstandard.ZstdError):
            return None

    def prepare(self) -> None:
        if self.update is None:
            self.staged = stage_store(self.dataset.trig_chunks(), self.path)

    def commit(self, files: dict[str, str] | None = None) -> None:
        """Bring the store in, then record its state (and the digests of the files written with it).

        The old record goes first: a build killed in between leaves no record, and the
        next loads the store anew, whatever its sources are by then."""
        self.state_file.unlink(missing_ok=True)
        if self.staged is not None:
            swap_in(self.staged, self.path)
        elif self.update:
            store = ox.Store(str(self.path))
            store.update(self.update)
            store.flush()
            del store
        state = {"articles": self.state, "entities": self.dataset.entity_lines, "files": files or {}}
        self.state_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_file.with_name(f".{self.state_file.name}.{os.getpid()}.tmp")
        with zstandard.open(tmp, "wb") as handle:  # compressed: the entities graph's lines, ~8x smaller
            pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.state_file)


# Past this share of changed articles, loading anew is faster than one big update.
MAX_CHANGED_SHARE = 0.05


def _update_text(previous: dict, now: dict[str, str], dataset) -> str | None:
    """The SPARQL update from the recorded state to now ("" if nothing changed), or None
    when loading anew is better."""
    before = previous.get("articles", {})
    changed = sorted(article for article, digest in now.items() if before.get(article) != digest)
    removed = set(before) - set(now)
    if len(changed) + len(removed) > MAX_CHANGED_SHARE * max(len(now), 1) + 1:
        return None
    old_entities, new_entities = set(previous.get("entities", ())), set(dataset.entity_lines)
    parts = [f"DROP SILENT GRAPH <{iri}>" for iri in sorted(removed | set(changed))]
    if old_entities - new_entities:
        parts.append(f"DELETE DATA {{ {_data(sorted(old_entities - new_entities))} }}")
    inserts = [line for article in changed for line in dataset.quads(article).decode("utf-8").split(" .\n") if line]
    inserts += sorted(new_entities - old_entities)
    if inserts:
        parts.append(f"INSERT DATA {{ {_data(inserts)} }}")
    return " ;\n".join(parts)


def _data(lines: list[str]) -> str:
    """N-Quads lines (no final " .") as SPARQL quad data: GRAPH blocks of N-Triples terms."""
    by_graph: dict[str, list[str]] = {}
    for line in lines:
        cut = line.rfind(" <")
        by_graph.setdefault(line[cut + 1:], []).append(line[:cut])
    return " ".join(f"GRAPH {graph} {{ {' . '.join(triples)} }}" for graph, triples in by_graph.items())


def stage_store(chunks, path: Path) -> Path:
    """Bulk-load TriG chunks (the first declares the prefixes) into a temporary folder
    beside ``path``; swap_in moves it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        store = ox.Store(str(tmp))
        chunks = iter(chunks)
        prefixes = next(chunks, b"")
        for batch in _batches(chunks, BATCH_BYTES, prefixes):
            # lenient: the text comes from pyoxigraph's own serialiser, already valid
            store.bulk_load(ChunkReader(batch), format=ox.RdfFormat.TRIG, lenient=True)
        store.flush()
        del store  # close before the folder moves
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return tmp


# The bulk loader's memory grows with what one call loads (about 9x its TriG input), and
# small batches load faster (less to sort at once, RocksDB compacts behind): measured on
# 10,000 generated articles, 8 MiB batches take 48 s and 656 MiB for the whole build against
# 58 s and 1,069 MiB with 32 MiB. The price is disk: loaded in two or three calls the store
# stays as the loader wrote it (305 MB), in more RocksDB compacts it into larger files (518 MB).
# An archive is loaded in many batches whatever their size, so memory and time decide.
BATCH_BYTES = 8 * 2**20


def _batches(chunks, size: int, head: bytes):
    """Chunks in batches of about ``size`` bytes, each starting with ``head`` (the
    prefixes: every batch is a TriG document of its own)."""
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
    """SELECT/ASK/CONSTRUCT over the union of all graphs; updates refused."""
    if UPDATE.match(text):
        raise QueryError("SPARQL Update is not allowed: kg query is read-only")
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    text, order = split_order(text)
    bound = with_binds(text, bindings or {})
    try:
        if bound != text:
            try:
                return _to_result(store.query(bound, prefixes=prefixes, use_default_graph_as_union=True), order)
            except SyntaxError:
                pass  # the BINDs did not fit this query's shape: substitutions say the same
        subs = {ox.Variable(k): _term(v) for k, v in (bindings or {}).items()}
        result = store.query(text, prefixes=prefixes, use_default_graph_as_union=True, substitutions=subs or None)
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
