"""The embedded store: saved queries with bound parameters, through BINDs and through substitutions."""
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build.builder import build
from kg.store.query import saved_queries
from kg.rdf.vocab import PREFIXES
from kg.store.embedded import _term, open_store, query_store, split_order, with_binds
from tests.benchmarks.query_values import FINDERS

REPO = Path(__file__).resolve().parents[2]



@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    build(REPO / "sources", out, viewer=False)
    return open_store(out / "store")


@pytest.mark.parametrize("saved", [q for q in saved_queries() if q.parameters], ids=lambda q: q.name)
def test_bound_saved_queries_agree_with_substitutions(store, saved):
    bindings = {p: query_store(store, FINDERS[p]).rows[0][0] for p in saved.parameters}
    assert "BIND(" in with_binds(saved.text, bindings)
    ours = query_store(store, saved.text, bindings)
    subs = {ox.Variable(k): _term(v) for k, v in bindings.items()}
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    theirs = store.query(saved.text, prefixes=prefixes, use_default_graph_as_union=True, substitutions=subs)
    columns = [v.value for v in theirs.variables]
    expected = tuple(tuple(None if row[c] is None else row[c].value for c in columns) for row in theirs)
    assert ours.rows == expected and ours.rows  # same rows, same order, and some


def test_a_bound_value_is_a_literal_not_syntax(store):
    hostile = 'x"@vi } ; DROP ALL ; SELECT * WHERE { ?s ?p "'
    result = query_store(store, "SELECT ?person WHERE { ?p rdfs:label ?person }", {"person": hostile})
    assert result.rows == ()


def test_queries_without_a_where_keyword_still_take_bindings(store):
    label = query_store(store, FINDERS["person"]).rows[0][0]
    text = "SELECT ?p ?person { ?p rdfs:label ?person }"
    assert "{ BIND(" in with_binds(text, {"person": label})
    assert len(query_store(store, text, {"person": label}).rows) == 1


@pytest.mark.parametrize("saved", saved_queries(), ids=lambda q: q.name)
def test_saved_queries_sorted_here_match_the_stores_own_order_by(store, saved):
    """A final ORDER BY of plain variables is sorted in Python (faster than Oxigraph's):
    the same rows, in an order the store's own ORDER BY agrees with."""
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    theirs = store.query(saved.text, prefixes=prefixes, use_default_graph_as_union=True)
    columns = [v.value for v in theirs.variables]
    expected = [tuple(None if row[c] is None else row[c].value for c in columns) for row in theirs]
    ours = query_store(store, saved.text).rows
    assert sorted(ours, key=repr) == sorted(expected, key=repr) and ours
    _, order = split_order(saved.text)
    keys = [columns.index(v) for v in order]
    assert [tuple(r[i] for i in keys) for r in ours] == [tuple(r[i] for i in keys) for r in expected]


def test_only_a_final_order_by_of_selected_variables_is_taken_over():
    assert split_order("SELECT ?a ?b WHERE { ?a ?p ?b }\nORDER BY ?b ?a")[1] == ("b", "a")
    for kept in ("SELECT ?a WHERE { ?a ?p ?b } ORDER BY ?b",  # not selected
                 "SELECT ?a WHERE { ?a ?p ?b } ORDER BY DESC(?a)",  # not a plain variable
                 "SELECT ?a WHERE { ?a ?p ?b } ORDER BY ?a LIMIT 5",  # not at the end
                 "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b } ORDER BY ?n"):  # not plain variables selected
        assert split_order(kept) == (kept, ())


def test_numbers_sort_by_value_and_unbound_first(store):
    text = ('SELECT ?n WHERE { VALUES ?n { 10 9 "b" "a" <http://example.org/x> UNDEF } }\nORDER BY ?n')
    assert query_store(store, text).rows == ((None,), ("http://example.org/x",), ("9",), ("10",), ("a",), ("b",))


def test_the_chunk_reader_gives_back_every_byte_in_order_through_small_reads():
    from kg.store.embedded import ChunkReader

    chunks = [b"", b"@prefix kg: <x> .\n", bytes(range(256)) * 4000, b"", b"tail"]
    reader, buffer, got = ChunkReader(chunks), bytearray(4096), bytearray()
    while n := reader.readinto(buffer):
        got += buffer[:n]
    assert bytes(got) == b"".join(chunks)
    assert reader.readinto(buffer) == 0  # and stays at the end
