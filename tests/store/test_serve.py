"""A real `kg serve` process queried by real SPARQL clients."""
import csv
import io
import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

from kg.build.builder import build
from kg.store.serve import free_port

REPO = Path(__file__).resolve().parents[2]
COUNT = "PREFIX kg: <https://w3id.org/kg-vn/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p kg:holdsOffice ?o }"
# A cross product far too big to finish within the time limit.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    out = tmp_path_factory.mktemp("served")
    build(REPO / "sources", out)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "-o", str(out), "--port", str(port), "--timeout", "2",
                             "--max-rows", "50"],
                            stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/", timeout=1).read()
            break
        except OSError:  # refused, reset or timed out while it starts
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("kg serve did not start: " + proc.stderr.read().decode(errors="replace"))
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def wrapper(url, fmt):
    client = SPARQLWrapper(url + "/sparql")
    client.setQuery(COUNT)
    client.setReturnFormat(fmt)
    return client.query().convert()


def test_select_in_every_result_format(endpoint):
    as_json = wrapper(endpoint, JSON)
    n = int(as_json["results"]["bindings"][0]["n"]["value"])
    assert n >= 15
    xml = wrapper(endpoint, XML)
    assert xml.getElementsByTagName("literal")[0].firstChild.data == str(n)
    assert list(csv.reader(io.StringIO(wrapper(endpoint, CSV).decode())))[1] == [str(n)]
    tsv = wrapper(endpoint, TSV).decode().splitlines()
    assert tsv[0] == "?n" and tsv[1].startswith(str(n)) or tsv[1].startswith(f'"{n}"')


def test_rdflib_sparqlstore_client(endpoint):
    graph = Graph(store=SPARQLStore(endpoint + "/sparql", returnFormat="json"))
    rows = list(graph.query(
        "PREFIX kg: <https://w3id.org/kg-vn/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?o WHERE { ?p kg:holdsOffice ?x . ?p rdfs:label 'Hồ Tiến Thiệu'@vi . ?x rdfs:label ?o } ORDER BY ?o"
    ))
    assert [str(r[0]) for r in rows] == ["Chủ tịch UBND tỉnh Lạng Sơn", "Phó Bí thư Tỉnh ủy Lạng Sơn"]


def test_construct_returns_turtle_and_jsonld(endpoint):
    query = "PREFIX kg: <https://w3id.org/kg-vn/ontology#> CONSTRUCT { ?p kg:holdsOffice ?o } WHERE { ?p kg:holdsOffice ?o }"
    for accept, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld")):
        request = urllib.request.Request(endpoint + "/sparql", data=urllib.parse.urlencode({"query": query}).encode(),
                                         headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"})
        body = urllib.request.urlopen(request, timeout=10).read().decode()
        assert len(Graph().parse(data=body, format=fmt)) >= 20


@pytest.mark.parametrize(
    "data, ctype",
    [
        (urllib.parse.urlencode({"update": "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }"}), "application/x-www-form-urlencoded"),
        ("INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }", "application/sparql-update"),
        ("PREFIX e: <http://e/>\nDELETE WHERE { ?s ?p ?o }", "application/sparql-query"),
    ],
)
def test_updates_are_refused(endpoint, data, ctype):
    request = urllib.request.Request(endpoint + "/sparql", data=data.encode(), headers={"Content-Type": ctype})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=10)
    assert info.value.code == 403 and b"read-only" in info.value.read()


def test_federated_service_is_refused(endpoint):
    query = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(endpoint + "/sparql?" + urllib.parse.urlencode({"query": query}), timeout=10)
    assert info.value.code == 403


def test_malformed_query_is_a_400_with_the_parser_message(endpoint):
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(endpoint + "/sparql?" + urllib.parse.urlencode({"query": "SELEKT ?x"}), timeout=10)
    assert info.value.code == 400 and info.value.read()


def test_slow_query_is_cut_off_while_others_are_answered(endpoint):
    outcome = {}

    def slow():
        started = time.monotonic()
        try:
            urllib.request.urlopen(endpoint + "/sparql?" + urllib.parse.urlencode({"query": SLOW}), timeout=30).read()
            outcome["slow"] = "finished"
        except urllib.error.HTTPError as error:
            outcome["slow"] = error.code
        outcome["slow_seconds"] = time.monotonic() - started

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.3)
    assert int(wrapper(endpoint, JSON)["results"]["bindings"][0]["n"]["value"]) >= 15  # a second client meanwhile
    thread.join(30)
    assert outcome["slow"] != "finished" and outcome["slow"] >= 400
    assert outcome["slow_seconds"] < 10
    assert int(wrapper(endpoint, JSON)["results"]["bindings"][0]["n"]["value"]) >= 15  # still serving


def test_viewer_and_query_page(endpoint):
    assert b"kg-data" in urllib.request.urlopen(endpoint + "/viewer", timeout=10).read()
    assert b"/sparql" in urllib.request.urlopen(endpoint + "/", timeout=10).read()


def test_oversized_results_are_capped_with_a_marker(endpoint):
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    request = urllib.request.Request(endpoint + "/sparql?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        data = json.loads(answer.read())
        assert answer.headers["X-KG-Truncated"] == "50"
    assert len(data["results"]["bindings"]) == 50 and data["truncated"] is True
    request = urllib.request.Request(endpoint + "/sparql?" + urllib.parse.urlencode({"query": query}), headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.headers["X-KG-Truncated"] == "50"
        assert len(answer.read().decode().strip().splitlines()) == 51  # header + 50 rows


def test_updates_pass_only_with_allow_update_and_the_token(tmp_path):
    build(REPO / "sources", tmp_path, viewer=False)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "-o", str(tmp_path), "--port", str(port),
                             "--allow-update", "--token", "s3cret"], stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(url + "/", timeout=1).read()
                break
            except OSError:
                time.sleep(0.2)
        update = b"INSERT DATA { <http://example.org/a> <http://example.org/b> 'c' }"

        def send(token):
            headers = {"Content-Type": "application/sparql-update"} | ({"Authorization": f"Bearer {token}"} if token else {})
            return urllib.request.urlopen(urllib.request.Request(url + "/update", data=update, headers=headers), timeout=10)

        for wrong in (None, "guess"):
            with pytest.raises(urllib.error.HTTPError) as info:
                send(wrong)
            assert info.value.code == 401
        assert send("s3cret").status in (200, 204)
        ask = urllib.parse.urlencode({"query": "ASK { <http://example.org/a> <http://example.org/b> 'c' }"})
        request = urllib.request.Request(url + "/sparql?" + ask, headers={"Accept": "application/sparql-results+json"})
        assert json.loads(urllib.request.urlopen(request, timeout=10).read())["boolean"] is True
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_sigterm_stops_the_oxigraph_server_too(tmp_path):
    build(REPO / "sources", tmp_path, viewer=False)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "-o", str(tmp_path), "--port", str(port)],
                            stderr=subprocess.DEVNULL)
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).read()
            break
        except OSError:
            time.sleep(0.2)
    children = [int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
    assert children, "kg serve runs an oxigraph child"
    proc.terminate()
    proc.wait(timeout=15)
    time.sleep(0.5)
    assert not [pid for pid in children if Path(f"/proc/{pid}").exists()
                and "zombie" not in Path(f"/proc/{pid}/status").read_text()]
