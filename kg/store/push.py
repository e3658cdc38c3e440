"""`kg push URL`: write the graph into a SPARQL 1.1 Graph Store Protocol endpoint.

Each article's named graph (and the entities graph), as the build keeps them
(kg.build.kept_dataset), is sent with HTTP PUT to
URL?graph=<graph IRI>, so re-pushing after one article changed replaces only
that article's triples. Works with Oxigraph (/store), Fuseki (/DATASET/data),
GraphDB (/repositories/REPO/rdf-graphs/service) and any other GSP endpoint.
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable

from ..errors import KGError


class PushError(KGError):
    """The remote store refused or could not be reached."""

    exit_code = 8


def push(graphs: Iterable[tuple[str, bytes]], url: str, progress: Callable[[str], None] | None = None,
         timeout: float = 60) -> int:
    """PUT each (graph IRI, its N-Triples) to the endpoint; how many were sent."""
    count = 0
    for iri, body in graphs:
        _put(url, iri, body, timeout)
        count += 1
        if progress:
            progress(iri)
    return count


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
