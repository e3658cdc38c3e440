"""`kg push URL`: write the graph into a SPARQL 1.1 Graph Store Protocol endpoint.

Each article's named graph (and the entities graph) is sent with HTTP PUT to
URL?graph=<graph IRI>, so re-pushing after one article changed replaces only
that article's triples. Works with Oxigraph (/store), Fuseki (/DATASET/data),
GraphDB (/repositories/REPO/rdf-graphs/service) and any other GSP endpoint.
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from ..errors import KGError
from .embedded import open_store


class PushError(KGError):
    """The remote store refused or could not be reached."""

    exit_code = 8


def named_graphs(store_path: Path) -> dict[str, bytes]:
    """Graph IRI → sorted N-Triples of that graph, from the built store."""
    store = open_store(store_path)
    graphs: dict[str, list[str]] = {}
    for quad in store.quads_for_pattern(None, None, None, None):
        if isinstance(quad.graph_name, ox.NamedNode):
            triple = ox.Quad(quad.subject, quad.predicate, quad.object)
            graphs.setdefault(quad.graph_name.value, []).append(f"{triple} .")
    return {iri: ("\n".join(sorted(lines)) + "\n").encode("utf-8") for iri, lines in sorted(graphs.items())}


def push(store_path: Path, url: str, progress: Callable[[str], None] | None = None, timeout: float = 60) -> int:
    graphs = named_graphs(store_path)
    for iri, body in graphs.items():
        _put(url, iri, body, timeout)
        if progress:
            progress(iri)
    return len(graphs)


def _put(url: str, graph: str, body: bytes, timeout: float) -> None:
    sep = "&" if "?" in url else "?"
    target = f"{url}{sep}{urllib.parse.urlencode({'graph': graph})}"
    request = urllib.request.Request(target, data=body, method="PUT", headers={"Content-Type": "application/n-triples"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            answer.read()
    except urllib.error.HTTPError as error:
        raise PushError(f"{url} refused graph {graph}: HTTP {error.code} {error.read()[:200]!r}") from error
    except (urllib.error.URLError, OSError) as error:
        raise PushError(f"cannot reach {url}: {error}") from error
