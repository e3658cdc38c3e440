"""The command line, run in-process with click's runner on the bundled sources."""
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["build", str(REPO / "sources"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "5 articles" in result.output
    return out


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_every_command_has_help():
    for command in ("build", "query", "validate", "eval", "export", "view", "serve", "push", "stats"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output


def test_every_saved_query_returns_rows_on_the_bundled_sources(built):
    names = [line.split()[0] for line in run("query", "--list").output.splitlines()]
    assert "offices" in names and "partnerships" in names
    for name in names:
        result = run("query", "--saved", name, "-g", built / "graph.ttl", "--format", "json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.output)["results"]["bindings"], name


def test_query_from_text_and_bindings(built):
    result = run("query", "SELECT ?n WHERE { ?p kg:holdsOffice ?o . ?p rdfs:label ?n } LIMIT 1", "-g", built / "graph.ttl")
    assert result.exit_code == 0 and "(1 row)" in result.output
    result = run("query", "--saved", "partnerships", "--bind", "place=Quảng Ninh", "-g", built / "graph.ttl", "--format", "csv")
    assert "Quảng Tây" in result.output


def test_validate_reports_zero_violations(built):
    result = run("validate", built / "graph.ttl")
    assert result.exit_code == 0 and "0 violations" in result.output


def test_eval_prints_the_reference_format(built):
    gold = REPO / "tests" / "corpus" / "gold.jsonl"
    result = run("eval", gold, "-g", built / "graph.ttl", "--show")
    assert result.exit_code == 0 and result.output.splitlines()[-1].startswith("micro(core)")


def test_export_and_view(built, tmp_path):
    result = run("export", "-g", built / "graph.ttl", "--format", "nt", "-o", tmp_path / "g.nt")
    assert result.exit_code == 0 and (tmp_path / "g.nt").read_text().count("\n") > 1000
    result = run("view", "-g", built / "graph.ttl", "--limit", "10", "-o", tmp_path / "v.html")
    assert result.exit_code == 0 and "showing 10 of" in result.output


@pytest.mark.parametrize("command", [["export", "--format", "trig", "-g", "{out}/graph.ttl"], ["push", "http://127.0.0.1:9/store", "-o", "{out}"]])
def test_per_article_graphs_without_the_builds_cache_are_a_clear_error(built, tmp_path, command):
    """TriG, N-Quads and kg push read the per-article graphs from the build's cache (the
    store holds the union): a graph.ttl alone names its folder and says what to do."""
    (tmp_path / "graph.ttl").write_bytes((built / "graph.ttl").read_bytes())
    result = run(*[a.replace("{out}", str(tmp_path)) for a in command])
    assert result.exit_code == 4 and "run kg build first" in result.output and str(tmp_path) in result.output


@pytest.mark.parametrize(
    "args, code, text",
    [
        (["query", "--saved", "nope", "-g", "{graph}"], 5, "no saved query named 'nope'"),
        (["query", "SELEKT", "-g", "{graph}"], 5, "bad SPARQL"),
        (["validate", "/nonexistent/graph.ttl"], 4, "/nonexistent/graph.ttl"),
        (["export", "--format", "xml", "-g", "{graph}"], 64, "unknown export format"),
        (["build", "/nonexistent/folder"], 2, "/nonexistent/folder"),
    ],
)
def test_errors_become_messages_and_exit_codes(built, args, code, text):
    result = run(*[a.replace("{graph}", str(built / "graph.ttl")) for a in args])
    assert result.exit_code == code
    assert text in result.output


def test_stats_counts_classes_and_relations(built):
    result = run("stats", "-g", built / "graph.ttl", "--top", "3")
    assert result.exit_code == 0
    assert "entities per class:" in result.output and "holdsOffice" in result.output
    assert re.search(r"Event +\d+ +from +\d+ article mentions", result.output)
    assert "Quảng Ninh (Province)" in result.output  # the most connected entity of the bundled articles


def test_the_bundled_conference_is_one_event_with_its_other_names(built):
    from kg.store.embedded import open_store, query_store

    store = open_store(built / "store")
    rows = query_store(store, """SELECT DISTINCT ?e WHERE { ?e a kg:Event ; rdfs:label|skos:altLabel ?l .
                                 FILTER(STRSTARTS(STR(?l), "Hội nghị Đối ngoại toàn quốc")) }""").rows
    assert len(rows) == 1
    names = query_store(store, "SELECT ?l WHERE { ?e skos:altLabel ?l }", {"e": rows[0][0]}).rows
    assert len(names) >= 2
    articles = query_store(store, """SELECT DISTINCT ?a WHERE { ?x rdf:object ?e ; rdf:predicate ?p ;
                                     prov:wasDerivedFrom/dcterms:isPartOf ?a . FILTER(?p IN (kg:attended, kg:spokeAt, kg:chaired)) }""",
                           {"e": rows[0][0]}).rows
    assert len(articles) >= 2  # attendees from several articles under one node


def test_build_prints_the_time_of_each_stage(tmp_path):
    result = run("build", REPO / "sources", "-o", tmp_path / "out", "-q", "--timings")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(line.endswith(" s  extract (and read the cache)") for line in lines)
    assert all(float(line.split(" s  ")[0]) >= 0 for line in lines)
