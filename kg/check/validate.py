"""`kg validate`: SHACL (pyshacl) over a built graph, with a readable report."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from ..errors import GraphError
from ..rdf.ontology_files import ontology_graph, shapes_graph

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    violations: int
    report_text: str


def validate_graph(data: Graph) -> ValidationResult:
    # The ontology is mixed in so sh:class sees kg:Province as a kg:Place.
    conforms, report, _ = validate(data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none")
    problems = sorted(_describe(report, r) for r in report.subjects(RDF.type, SH.ValidationResult))
    if conforms:
        return ValidationResult(True, 0, "conforms: 0 violations")
    lines = [f"{len(problems)} violation(s):"] + [f"- {p}" for p in problems]
    return ValidationResult(False, len(problems), "\n".join(lines))


def _describe(report: Graph, result) -> str:
    focus = report.value(result, SH.focusNode)
    path = report.value(result, SH.resultPath)
    message = report.value(result, SH.resultMessage)
    value = report.value(result, SH.value)
    where = f"{focus}" + (f" {_short(path)}" if path is not None else "")
    return f"{where}: {message}" + (f" (value: {value})" if value is not None else "")


def _short(term) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1] if "#" in text else text


def validate_file(path: str | Path) -> ValidationResult:
    path = Path(path)
    if not path.is_file():
        raise GraphError("no such graph file (run kg build first)", path=str(path))
    try:
        data = Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser error types
        raise GraphError(f"not valid Turtle: {exc}", path=str(path)) from exc
    return validate_graph(data)
