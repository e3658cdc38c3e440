"""One article's share of every output, made where the article is extracted.

The RDF comes from kg.rdf's QuadWriter, the viewer's share from kg.viewer;
the build only assembles fragments, so it is here that the two meet.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..model import ArticleResult
from .homonyms import Claim, claims_of
from ..rdf.iri import entity_iri_text
from ..rdf.quads import QuadWriter, turtle_body
from ..rdf.vocab import DEFAULT_BASE
from ..viewer.part import NO_VIEW, ViewPart, view_part


@dataclass(frozen=True)
class Fragment:
    """One article's share of every output, made where the article is extracted.

    Fragments are cached with the article's facts, so an incremental build
    only assembles them: the article's named graph as N-Quads and as Turtle
    statements, the descriptions of the entities it mentions, the labels it
    uses for them, and its share of the viewer's page.
    """

    article: str  # the article's IRI, also its named graph's
    quads: bytes  # its named graph, N-Quads, sorted lines
    digest: str  # sha256 of quads, made once with them: what the store's state records
    count: int  # how many quads
    turtle: str  # the same triples as Turtle statements (prefixes declared once, by assemble)
    entity_lines: str  # entities-graph quads (types, containment, identifiers), one a line, no final " ."
    labels: tuple[tuple[str, str, int], ...]  # (entity IRI, label, times used as its label here)
    view: ViewPart  # its share of the viewer's page
    claims: tuple[Claim, ...] = ()  # its persons' offices by province, to keep homonyms apart


def article_fragment(result: ArticleResult, base: str = DEFAULT_BASE, viewer: bool = True,
                     claims: tuple[Claim, ...] | None = None) -> Fragment:
    """One article's fragment; with viewer=False, without its share of the viewer's page
    (for RDF output alone: such fragments draw an empty page). The claims are the
    article's own unless given (a result whose persons were renamed keeps the claims
    it was read with)."""
    writer = QuadWriter(base, viewer)
    writer.add_result(result)
    article = entity_iri_text("Article", result.document.doc_id, base)
    return _fragment(writer, article, claims_of(result) if claims is None else claims)


def _fragment(writer: QuadWriter, article: str, claims: tuple[Claim, ...]) -> Fragment:
    lines = writer.sorted_lines()
    quads = "".join(f"{line} .\n" for line in lines).encode("utf-8")
    triples = "".join(f"{line[: line.rfind(' <')]} .\n" for line in lines).encode("utf-8")
    view = view_part(sorted(writer.triples)) if writer.triples is not None else NO_VIEW
    return Fragment(article, quads, hashlib.sha256(quads).hexdigest(), len(lines), turtle_body(triples),
                    "\n".join(sorted(writer.entity_lines)), writer.label_uses(), view, claims)
