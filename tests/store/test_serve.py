"""A real `kg serve` process queried by real SPARQL clients."""
import contextlib
import csv
import http.client
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

from kg.build.builder import build
from kg.store.serve import free_port

REPO = Path(__file__).resolve().parents[2]
COUNT = "PREFIX kg: <https://w3id.org/kg-vn/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p kg:holdsOffice ?o }"
# A cross product far too big to finish within the time limit.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def start_serve(out, *options, timeout=2):
    """A real `kg serve` on a free port, answering; its stderr is kept for the test to read."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "-o", str(out), "--port", str(port),
                             "--timeout", str(timeout), *options], stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/", timeout=1).read()
            return proc, url
        except OSError:  # refused, reset or timed out while it starts
            time.sleep(0.2)
    proc.kill()
    pytest.fail("kg serve did not start: " + proc.stderr.read().decode(errors="replace"))


def stop(proc) -> str:
    """Stop a kg serve and give what it said on stderr."""
    proc.terminate()
    return proc.communicate(timeout=15)[1].decode(errors="replace")


def engine_pids(proc) -> set[int]:
    """The Oxigraph children of a kg serve, whichever of its threads started them."""
    pids = set()
    for children in Path(f"/proc/{proc.pid}/task").glob("*/children"):
        with contextlib.suppress(FileNotFoundError):  # a thread that just ended
            pids |= {int(p) for p in children.read_text().split()}
    return pids


def new_engine(proc, old: set[int]) -> set[int]:
    """Wait until the dead engine is replaced; the new engine's pid."""
    for _ in range(150):
        pids = engine_pids(proc) - old
        if pids:
            return pids
        time.sleep(0.1)
    pytest.fail("no new engine was started")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    out = tmp_path_factory.mktemp("served")
    build(REPO / "sources", out)
    proc, url = start_serve(out, "--max-rows", "50")
    yield proc, url
    stop(proc)


@pytest.fixture(scope="module")
def endpoint(served):
    return served[1]


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
        outcome["slow"] = answer(endpoint, SLOW, timeout=30)
        outcome["slow_seconds"] = time.monotonic() - started

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.3)
    assert int(wrapper(endpoint, JSON)["results"]["bindings"][0]["n"]["value"]) >= 15  # a second client meanwhile
    thread.join(30)
    assert outcome["slow"] == (503, "query stopped: it ran past the 2 s time limit\n")  # the README's words
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
    proc, url = start_serve(tmp_path, "--allow-update", "--token", "s3cret")
    try:
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
        stop(proc)


def test_sigterm_stops_the_oxigraph_server_too(tmp_path):
    build(REPO / "sources", tmp_path, viewer=False)
    proc, _ = start_serve(tmp_path)
    children = engine_pids(proc)
    assert children, "kg serve runs an oxigraph child"
    proc.terminate()
    proc.wait(timeout=15)
    time.sleep(0.5)
    assert not [pid for pid in children if Path(f"/proc/{pid}").exists()
                and "zombie" not in Path(f"/proc/{pid}/status").read_text()]


# --- one request cannot take the endpoint down -------------------------------------------

def answer(url, query, timeout=10, ctype="application/sparql-query") -> tuple[int, str]:
    """POST a query; its HTTP status and text, whatever the status (a dropped connection raises)."""
    data = query.encode() if ctype == "application/sparql-query" else urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(url + "/sparql", data=data, headers={"Content-Type": ctype})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return reply.status, reply.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def holders(url, timeout=10) -> int:
    """The normal query: people who hold an office (at least 15 in the bundled articles)."""
    status, text = answer(url, COUNT, timeout=timeout)
    assert status == 200, text
    return int(json.loads(text)["results"]["bindings"][0]["n"]["value"])


# The three requests that each used to kill the engine behind the front (issue 14).
KILLERS = {
    "3,000 nested braces": ("ASK " + "{" * 3000 + "}" * 3000, 400, "--max-nesting"),
    "a 2 MB query of 200,000 triple patterns": ("SELECT * WHERE { " + "?s ?p ?o . " * 200_000 + "}", 413, "--max-query-bytes"),
    "FILTER( with 5,000 nested parentheses": ("ASK { FILTER(" + "(" * 5000 + "true" + ")" * 5000 + ") }", 400, "--max-nesting"),
}


@pytest.mark.parametrize("name", KILLERS)
def test_a_killer_query_is_refused_before_the_engine_and_the_next_query_is_answered(served, name):
    proc, url = served
    query, status, limit = KILLERS[name]
    engine = engine_pids(proc)
    code, text = answer(url, query)
    assert code == status and limit in text
    started = time.monotonic()
    assert holders(url, timeout=2) >= 15
    assert time.monotonic() - started < 2
    assert engine_pids(proc) == engine  # never reached (nor restarted) the engine


def test_an_oversized_form_query_is_a_413_naming_the_limit(endpoint):
    code, text = answer(endpoint, "ASK { " + "?s ?p ?o . " * 7000 + "}", ctype="application/x-www-form-urlencoded")
    assert code == 413 and "query is" in text and "--max-query-bytes" in text


@pytest.mark.parametrize("headers, status", [
    ({"Content-Length": "many"}, 400),
    ({"Transfer-Encoding": "chunked"}, 411),
])
def test_a_broken_request_still_gets_an_http_answer(endpoint, headers, status):
    connection = http.client.HTTPConnection(endpoint.removeprefix("http://"), timeout=10)
    connection.putrequest("POST", "/sparql")
    for name, value in headers.items():
        connection.putheader(name, value)
    connection.endheaders()
    assert connection.getresponse().status == status
    connection.close()


def answered_again(url) -> float:
    """When a normal query is answered again; until then every answer is a 503 saying why."""
    for _ in range(100):
        code, text = answer(url, COUNT, timeout=5)
        if code == 200:
            return time.monotonic()
        assert code == 503 and "query engine" in text  # sent as the engine died: it was in flight
    pytest.fail("the endpoint does not answer again")


def test_a_sigkilled_engine_costs_only_the_requests_in_flight(tmp_path):
    build(REPO / "sources", tmp_path, viewer=False)
    proc, url = start_serve(tmp_path, timeout=5)
    try:
        in_flight = {}
        thread = threading.Thread(target=lambda: in_flight.update(answer=answer(url, SLOW, timeout=30)))
        thread.start()
        time.sleep(0.5)  # the slow query is now running in the engine (it runs for 5 s)
        (engine,) = engine_pids(proc)
        os.kill(engine, signal.SIGKILL)
        killed = time.monotonic()
        assert answered_again(url) - killed < 2
        thread.join(30)
        code, text = in_flight["answer"]
        assert code == 503 and "the query engine died" in text
        assert new_engine(proc, {engine})
    finally:
        log = stop(proc)
    assert "killed by signal 9" in log and "running: 'SELECT (COUNT(*)" in log and "was restarted" in log


def engines_on(store: Path) -> list[int]:
    """Every live Oxigraph process serving this store, whoever its parent is now."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        with contextlib.suppress(OSError):
            args = cmdline.read_bytes().split(b"\0")
            status = (cmdline.parent / "status").read_text()
            if str(store).encode() in args and "zombie" not in status:
                found.append(int(cmdline.parent.name))
    return found


def test_sigterm_during_a_restart_leaves_no_engine_behind(tmp_path):
    build(REPO / "sources", tmp_path, viewer=False)
    proc, _ = start_serve(tmp_path)
    (engine,) = engine_pids(proc)
    os.kill(engine, signal.SIGKILL)
    new_engine(proc, {engine})
    proc.terminate()  # while the next engine starts
    proc.wait(timeout=30)
    time.sleep(0.5)
    leftovers = engines_on(tmp_path / "store")
    for pid in leftovers:  # a failure here should not leave them running
        os.kill(pid, signal.SIGKILL)
    assert leftovers == []


def test_an_engine_killed_while_it_starts_is_started_again(tmp_path):
    build(REPO / "sources", tmp_path, viewer=False)
    proc, url = start_serve(tmp_path)
    try:
        (first,) = engine_pids(proc)
        os.kill(first, signal.SIGKILL)
        os.kill(new_engine(proc, {first}).pop(), signal.SIGKILL)  # as soon as it exists, before it is up
        answered_again(url)
        assert proc.poll() is None
    finally:
        stop(proc)


def test_a_restart_storm_stops_the_server_with_a_clear_error(tmp_path):
    build(REPO / "sources", tmp_path, viewer=False)
    proc, url = start_serve(tmp_path, "--max-restarts", "2")
    try:
        engines = set()
        for _ in range(3):
            engine = new_engine(proc, engines)
            holders(url)  # the new engine is up and serving
            engines |= engine
            os.kill(engine.pop(), signal.SIGKILL)
        assert proc.wait(timeout=30) == 7
    finally:
        log = stop(proc) if proc.poll() is None else proc.stderr.read().decode(errors="replace")
    assert "died 3 times within a minute" in log and "--max-restarts 2" in log


# Queries a careless or hostile client might send: token soup, deep nests, oversized ones.
TOKENS = st.sampled_from(["{", "}", "(", ")", "[", "]", "SELECT", "ASK", "WHERE", "FILTER", "UNION", "OPTIONAL",
                          "?x", "<http://e/a>", '"s"', "'", '"', "#", "\n", ".", ";", ",", "!", "+", "||", "<", ">",
                          "1", "\\", "é", "\x00", "SERVICE", "INSERT", "PREFIX", ":"])
BAD_QUERIES = st.one_of(
    st.lists(TOKENS, max_size=60).map(" ".join),
    st.text(max_size=200),
    st.tuples(st.sampled_from(["{", "(", "[", "FILTER(", "{ SELECT * WHERE "]), st.integers(65, 5000))
      .map(lambda nest: "ASK { " + nest[0] * nest[1]),
    st.tuples(st.sampled_from(["?s ?p ?o . ", "{} UNION ", "1+"]), st.integers(7_000, 30_000))
      .map(lambda chain: "ASK { " + chain[0] * chain[1] + "}"),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(query=BAD_QUERIES, form=st.booleans())
def test_no_malformed_or_oversized_query_takes_the_endpoint_down(served, query, form):
    proc, url = served
    engine = engine_pids(proc)
    code, _ = answer(url, query, ctype="application/x-www-form-urlencoded" if form else "application/sparql-query")
    assert 400 <= code < 500 or code in (200, 503)
    assert holders(url) >= 15
    assert engine_pids(proc) == engine
