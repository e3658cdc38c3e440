"""SPARQL over the graph: ad hoc queries, saved queries shipped in kg/store/queries/, output formats.

Read-only: updates are refused. Parameters are bound with initBindings
(prepared queries), never formatted into the query text.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef

from ..errors import GraphError, QueryError
from ..rdf.vocab import PREFIXES

FORMATS_BY_SUFFIX = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".trig": "trig", ".nq": "nquads"}
UPDATE = re.compile(r"^\s*(?:PREFIX[^\n]*\n\s*|BASE[^\n]*\n\s*|#[^\n]*\n\s*)*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    parameters: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[str | None, ...], ...] = ()
    graph: Graph | None = None
    boolean: bool | None = None


def load_graph(path: str | Path) -> Graph:
    path = Path(path)
    if not path.is_file():
        raise GraphError("no such graph file (run kg build first)", path=str(path))
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower(), "turtle")
    try:
        return Graph().parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser error types
        raise GraphError(f"cannot parse as {fmt}: {exc}", path=str(path)) from exc


@cache
def saved_queries() -> tuple[SavedQuery, ...]:
    folder = resources.files("kg.store.queries")
    found = [_parse_saved(f.name[:-3], f.read_text("utf-8")) for f in folder.iterdir() if f.name.endswith(".rq")]
    return tuple(sorted(found, key=lambda q: q.name))


def _parse_saved(name: str, text: str) -> SavedQuery:
    meta = dict(re.findall(r"^# (title|description): (.+)$", text, re.MULTILINE))
    params = tuple(p.split()[0] for p in re.findall(r"^# param: (.+)$", text, re.MULTILINE))
    return SavedQuery(name, meta.get("title", name), meta.get("description", ""), params, text)


def run_query(graph: Graph, text: str, bindings: dict[str, str] | None = None) -> QueryResult:
    if UPDATE.match(text):
        raise QueryError("SPARQL Update is not allowed: kg query is read-only")
    from rdflib.plugins.sparql import prepareQuery  # here: rdflib's SPARQL engine takes 0.1 s to import

    try:
        prepared = prepareQuery(text, initNs=PREFIXES)
        result = graph.query(prepared, initBindings=_bindings(bindings or {}))
    except Exception as exc:  # pyparsing and rdflib raise several error types
        raise QueryError(f"bad SPARQL: {exc}") from exc
    if result.type == "ASK":
        return QueryResult(boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(graph=result.graph)
    columns = tuple(str(v) for v in result.vars)
    rows = tuple(tuple(_text(row[i]) for i in range(len(columns))) for row in result)
    return QueryResult(columns=columns, rows=rows)


def _bindings(values: dict[str, str]) -> dict:
    return {name: bound_term(v) for name, v in values.items()}


def bound_term(value: str):
    """An IRI stays an IRI; any other value is a Vietnamese label (labels are @vi)."""
    return URIRef(value) if value.startswith(("http://", "https://")) else Literal(value, lang="vi")


def _text(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    if result.graph is not None:
        return result.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n" if fmt == "json" else f"{str(result.boolean).lower()}\n"
    return {"table": _table, "csv": _csv, "json": _json}[fmt](result)


def _table(result: QueryResult) -> str:
    rows = [[cell or "" for cell in row] for row in result.rows]
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(result.columns)]
    line = lambda cells: "  ".join(cell.ljust(w) for cell, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(result.columns), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def _csv(result: QueryResult) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([[cell or "" for cell in row] for row in result.rows])
    return buf.getvalue()


def _json(result: QueryResult) -> str:
    bindings = [{c: {"type": "literal", "value": v} for c, v in zip(result.columns, row) if v is not None} for row in result.rows]
    for b in bindings:
        for cell in b.values():
            if cell["value"].startswith(("http://", "https://")):
                cell["type"] = "uri"
    return json.dumps({"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1) + "\n"
