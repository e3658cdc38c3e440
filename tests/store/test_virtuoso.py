"""kg's output in a real Virtuoso (Debian's virtuoso-opensource) started on loopback.

The bundled sources and the test corpus are built once, `kg export --format nquads`
goes through Virtuoso's bulk loader, and every saved query (unbound, and bound to
values of each parameter) must answer the same rows from Virtuoso's /sparql as
from the embedded store, compared as RDF terms. `kg push` to Virtuoso's Graph
Store endpoint must give the same quads as the bulk loader.
"""
import shutil
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.build.builder import build
from kg.cli import main
from kg.rdf.vocab import PREFIXES
from kg.store.embedded import open_store, query_store, with_binds
from kg.store.query import saved_queries
from tests.benchmarks.query_values import FINDERS
from tests.store.virtuoso import GROUP, ISQL, KG_GRAPHS, SERVER, Virtuoso

pytestmark = pytest.mark.skipif(SERVER is None or ISQL is None, reason="virtuoso-opensource is not installed")

REPO = Path(__file__).resolve().parents[2]
XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + name for name in ("integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger")}
HEADER = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())
KG_QUADS = f'SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{KG_GRAPHS}")) }}'
BOUND_VALUES = 3  # values tried for each parameter of a saved query


@pytest.fixture(scope="module")
def output(tmp_path_factory):
    """The bundled sources and the test corpus built together, and their N-Quads export."""
    src = tmp_path_factory.mktemp("sources")
    for folder in (REPO / "sources", REPO / "tests" / "corpus" / "articles"):
        for article in folder.glob("*.txt"):
            shutil.copy(article, src / article.name)
    out = tmp_path_factory.mktemp("out")
    build(src, out, viewer=False)
    exported = CliRunner().invoke(main, ["export", "-g", str(out / "graph.ttl"), "--format", "nquads", "-o", str(out / "graph.nq")])
    assert exported.exit_code == 0, exported.output
    return out


@pytest.fixture(scope="module")
def store(output):
    return open_store(output / "store")


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory, output):
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    server.start()
    try:
        server.bulk_load(output / "graph.nq")
        server.group_graphs()
        yield server
    finally:
        server.stop()


def term_key(kind: str, value: str, datatype: str | None = None, lang: str | None = None) -> tuple:
    """One RDF term, as both stores must agree on it: numbers by value, language tags in lower case."""
    if kind == "literal":
        if lang:
            return ("literal", value, "@" + lang.lower())
        datatype = datatype or XSD + "string"
        if datatype in NUMERIC:
            try:
                return ("number", Decimal(value).normalize())
            except InvalidOperation:
                pass
        return ("literal", value, datatype)
    return (kind, value)


def oxigraph_key(term) -> tuple | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term_key("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return ("bnode",)  # labels are the store's own: only the kind can agree
    return term_key("literal", term.value, term.datatype.value, term.language)


def virtuoso_key(cell: dict | None) -> tuple | None:
    if cell is None:
        return None
    if cell["type"] == "bnode":
        return ("bnode",)
    kind = "uri" if cell["type"] == "uri" else "literal"
    return term_key(kind, cell["value"], cell.get("datatype"), cell.get("xml:lang"))


def embedded_rows(store, text: str) -> tuple[list[str], Counter, Counter]:
    """Columns, rows as term keys, and rows as the plain values kg query shows."""
    prefixes = {name: str(iri) for name, iri in PREFIXES.items()}
    solutions = store.query(text, prefixes=prefixes, use_default_graph_as_union=True)
    columns = [v.value for v in solutions.variables]
    rows = [tuple(row[c] for c in columns) for row in solutions]
    values = Counter(tuple(None if t is None else t.value for t in row) for row in rows)
    return columns, Counter(tuple(oxigraph_key(t) for t in row) for row in rows), values


def virtuoso_rows(virtuoso, text: str) -> tuple[list[str], Counter]:
    # kg's graphs are the dataset: Virtuoso's default graph is otherwise every graph it
    # holds, its own system graphs (virtrdf#, ldp#, localuriqaserver) too.
    columns, bindings = virtuoso.select(HEADER + text, default_graphs=(GROUP,))
    return columns, Counter(tuple(virtuoso_key(b.get(c)) for c in columns) for b in bindings)


def bindings_to_try(store, saved) -> list[dict[str, str]]:
    """No binding, then BOUND_VALUES values of each parameter (taken together): labels from
    the query's own unbound answer when it has a column of that name, else from FINDERS."""
    if not saved.parameters:
        return [{}]
    answer = query_store(store, saved.text)
    values = {}
    for p in saved.parameters:
        found = sorted({row[answer.columns.index(p)] for row in answer.rows} - {None}) if p in answer.columns else []
        values[p] = found[:BOUND_VALUES] or [query_store(store, FINDERS[p]).rows[0][0]]
    return [{}] + [{p: v[i % len(v)] for p, v in values.items()} for i in range(BOUND_VALUES)]


def exported_quads(output) -> Counter:
    with (output / "graph.nq").open("rb") as handle:
        return Counter((oxigraph_key(q.graph_name), oxigraph_key(q.subject), oxigraph_key(q.predicate), oxigraph_key(q.object))
                       for q in ox.parse(handle, format=ox.RdfFormat.N_QUADS))


def test_the_exported_graphs_together_are_the_stores_triples(output, store):
    union = {quad[1:] for quad in exported_quads(output)}
    assert union == {(oxigraph_key(q.subject), oxigraph_key(q.predicate), oxigraph_key(q.object)) for q in store}


def test_the_bulk_loader_gives_the_exported_quads(virtuoso, output):
    ours = exported_quads(output)
    columns, theirs = virtuoso.select(KG_QUADS)
    assert Counter(tuple(virtuoso_key(row[c]) for c in columns) for row in theirs) == ours
    assert len({q[0] for q in ours}) > 15  # the articles' graphs and the entities graph


@pytest.mark.parametrize("saved", saved_queries(), ids=lambda q: q.name)
def test_saved_queries_answer_the_same_rows(virtuoso, store, saved):
    rows = Counter()
    for bindings in bindings_to_try(store, saved):
        text = with_binds(saved.text, bindings)
        columns, ours, values = embedded_rows(store, text)
        their_columns, theirs = virtuoso_rows(virtuoso, text)
        assert their_columns == columns, (saved.name, bindings)
        rows[bool(bindings)] += sum(ours.values())
        assert theirs == ours, (saved.name, bindings, ours - theirs, theirs - ours)
        # kg query's own answer (plain values) is those rows too
        assert Counter(query_store(store, saved.text, bindings or None).rows) == values
    assert rows[False] and (rows[True] or not saved.parameters)  # unbound and bound cases had rows to compare


def test_kg_push_to_virtuosos_graph_store_gives_the_same_quads(virtuoso, output):
    """Last: it empties kg's graphs and pushes them back, the same quads as before."""
    with (output / "graph.nq").open("rb") as handle:
        graphs = sorted({q.graph_name.value for q in ox.parse(handle, format=ox.RdfFormat.N_QUADS)})
    virtuoso.isql("".join(f"SPARQL CLEAR GRAPH <{g}>;\n" for g in graphs))
    assert virtuoso.select(KG_QUADS)[1] == []
    # /sparql-graph-crud writes as the anonymous SPARQL user: allowed here for the push only
    # (kg push sends no credentials; /sparql-graph-crud-auth wants digest authentication).
    virtuoso.isql('GRANT SPARQL_UPDATE TO "SPARQL";\n')
    try:
        pushed = CliRunner().invoke(main, ["push", f"{virtuoso.url}/sparql-graph-crud", "-o", str(output)])
    finally:
        virtuoso.isql('REVOKE SPARQL_UPDATE FROM "SPARQL";\n')
    assert pushed.exit_code == 0, pushed.output
    assert f"pushed {len(graphs)} graphs" in pushed.output
    test_the_bulk_loader_gives_the_exported_quads(virtuoso, output)
