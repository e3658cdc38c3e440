"""One registry maps export format names to writers; the CLI lists it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rdflib import Graph

from .errors import UsageError


@dataclass(frozen=True)
class Writer:
    description: str
    write: Callable[[Graph], str]


def _rdflib(fmt: str) -> Callable[[Graph], str]:
    def write(graph: Graph) -> str:
        return graph.serialize(format=fmt)

    return write


def _sorted_ntriples(graph: Graph) -> str:
    # rdflib writes N-Triples in hash order; sorted lines make exports byte-stable.
    lines = graph.serialize(format="nt").splitlines()
    return "\n".join(sorted(line for line in lines if line.strip())) + "\n"


FORMATS: dict[str, Writer] = {
    "turtle": Writer("Turtle (.ttl)", _rdflib("turtle")),
    "nt": Writer("N-Triples (.nt), sorted lines", _sorted_ntriples),
    "jsonld": Writer("JSON-LD (.jsonld)", _rdflib("json-ld")),
}


def export_graph(graph: Graph, fmt: str) -> str:
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise UsageError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}") from None
    return writer.write(graph)
