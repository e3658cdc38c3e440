"""A throwaway Virtuoso (Debian's virtuoso-opensource) on loopback, for the tests.

`Virtuoso(folder).start()` writes a virtuoso.ini of its own in `folder` (database,
log and load folder there, ISQL and HTTP on free loopback ports), starts
`virtuoso-t +foreground` as a plain child process and waits until /sparql
answers; `stop()` shuts it down. `bulk_load()` is Virtuoso's own bulk loader
(ld_dir + rdf_loader_run over ISQL), `group_graphs()` gathers kg's graphs in a
graph group so one `default-graph-uri` names them all, and `select()` asks
/sparql with SPARQLWrapper.
"""
from __future__ import annotations

import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from SPARQLWrapper import JSON, POST, SPARQLWrapper

from kg.store.backend import free_port

SERVER = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt")  # Debian's name for Virtuoso's isql (unixODBC owns "isql")

KG_GRAPHS = "https://w3id.org/kg-vn/"  # every graph kg writes is named under this
GROUP = "https://w3id.org/kg-vn/id/graph/all"

INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{isql}
DisableUnixSocket = 1
DirsAllowed = ., {load}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {db}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
; No ResultSetMaxRows and no MaxQueryExecutionTime: Debian's ini cuts results at 10000
; rows and stops a query at 60 s with the rows found so far (an "anytime" answer), both
; silently; without them there is no limit, and a comparison sees every row.
"""

# Gathers kg's graphs (named under a prefix) into a graph group; one scan of the graphs' ids.
GROUP_PROCEDURE = """\
CREATE PROCEDURE kg_group_graphs (in grp varchar, in prefix varchar) {
  DB.DBA.RDF_GRAPH_GROUP_CREATE (grp, 1);
  FOR (SELECT DISTINCT id_to_iri (G) AS g FROM DB.DBA.RDF_QUAD WHERE starts_with (id_to_iri (G), prefix)) DO
    DB.DBA.RDF_GRAPH_GROUP_INS (grp, g);
};
"""


class VirtuosoError(RuntimeError):
    pass


class Virtuoso:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.load_dir = self.folder / "load"
        self.isql_port, self.http_port = free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.http_port}"
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 120) -> float:
        """Start and wait until /sparql answers; the seconds it took."""
        self.load_dir.mkdir(parents=True, exist_ok=True)
        ini = self.folder / "virtuoso.ini"
        ini.write_text(INI.format(db=self.folder, load=self.load_dir, isql=self.isql_port, http=self.http_port), encoding="utf-8")
        began = time.monotonic()
        log = (self.folder / "stdout.log").open("wb")
        self.process = subprocess.Popen([SERVER, "+configfile", str(ini), "+foreground"], cwd=self.folder,
                                        stdout=log, stderr=subprocess.STDOUT)
        while time.monotonic() - began < timeout:
            if self.process.poll() is not None:
                raise VirtuosoError(f"virtuoso-t exited with {self.process.returncode}: {self.log()[-2000:]}")
            try:
                urllib.request.urlopen(f"{self.url}/sparql?query=ASK%7B%7D", timeout=2).read()
                return time.monotonic() - began
            except (urllib.error.URLError, OSError):  # refused or reset while it starts
                time.sleep(0.2)
        self.stop()
        raise VirtuosoError(f"Virtuoso did not answer within {timeout} s: {self.log()[-2000:]}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()  # Virtuoso checkpoints and exits on SIGTERM
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def log(self) -> str:
        path = self.folder / "virtuoso.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""

    def isql(self, sql: str) -> str:
        """Run SQL statements (Virtuoso's SQL and SPARQL-in-SQL) as dba; an error raises."""
        script = self.folder / "script.sql"
        script.write_text(sql, encoding="utf-8")
        done = subprocess.run([ISQL, f"127.0.0.1:{self.isql_port}", "dba", "dba", str(script)],
                              capture_output=True, text=True, timeout=600)
        if done.returncode != 0 or "*** Error" in done.stdout:
            raise VirtuosoError(f"isql failed: {done.stdout[-2000:]} {done.stderr[-500:]}")
        return done.stdout

    def bulk_load(self, nquads: Path) -> None:
        """Virtuoso's bulk loader over one N-Quads file (each quad keeps its graph)."""
        shutil.copy(nquads, self.load_dir / "kg.nq")
        self.isql(f"ld_dir ('{self.load_dir}', 'kg.nq', 'urn:kg:no-graph');\nrdf_loader_run ();\ncheckpoint;\n")
        errors = self.isql("SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")
        if "0 Rows." not in errors:
            raise VirtuosoError(f"the bulk loader refused a file: {errors}")

    def group_graphs(self) -> None:
        self.isql(GROUP_PROCEDURE + f"kg_group_graphs ('{GROUP}', '{KG_GRAPHS}');\n")

    def select(self, query: str, default_graphs: tuple[str, ...] = ()) -> tuple[list[str], list[dict]]:
        """Variables and JSON bindings of a SELECT sent to /sparql (the SPARQL 1.1 Protocol)."""
        client = SPARQLWrapper(f"{self.url}/sparql")
        client.setMethod(POST)
        client.setReturnFormat(JSON)
        for graph in default_graphs:
            client.addDefaultGraph(graph)
        client.setQuery(query)
        answer = client.query().convert()
        return answer["head"]["vars"], answer["results"]["bindings"]
