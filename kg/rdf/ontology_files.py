"""The ontology and SHACL shapes shipped with the package (kg.ontology = ontology/)."""
from __future__ import annotations

from functools import cache
from importlib import resources

from rdflib import Graph


@cache
def ontology_text() -> str:
    return resources.files("kg.ontology").joinpath("kg.ttl").read_text("utf-8")


@cache
def shapes_text() -> str:
    return resources.files("kg.ontology").joinpath("shapes.ttl").read_text("utf-8")


def ontology_graph() -> Graph:
    return Graph().parse(data=ontology_text(), format="turtle")


def shapes_graph() -> Graph:
    return Graph().parse(data=shapes_text(), format="turtle")
