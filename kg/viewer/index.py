"""A small read-only triple index with the slice of rdflib's Graph API the viewer uses.

Built from N-Triples or Turtle by pyoxigraph's parser, it is many times faster
to fill than an rdflib Graph on large builds, and gives rdflib terms back so
the viewer code reads the same either way.
"""
from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox
from rdflib import Literal, URIRef


class TripleIndex:
    def __init__(self, triples) -> None:
        self._po: dict = defaultdict(lambda: defaultdict(list))  # s -> p -> [o]
        self._ps: dict = defaultdict(list)  # p -> [(s, o)]
        for t in triples:
            s, p, o = _term(t.subject), _term(t.predicate), _term(t.object)
            self._po[s][p].append(o)
            self._ps[p].append((s, o))

    @classmethod
    def parse(cls, data: bytes, fmt: ox.RdfFormat) -> "TripleIndex":
        return cls(ox.parse(data, format=fmt))

    def subjects(self, predicate, obj):
        return [s for s, o in self._ps.get(predicate, ()) if o == obj]

    def objects(self, subject, predicate):
        return list(self._po.get(subject, {}).get(predicate, ()))

    def value(self, subject, predicate):
        values = self._po.get(subject, {}).get(predicate)
        return values[0] if values else None

    def subject_objects(self, predicate):
        return list(self._ps.get(predicate, ()))


def _term(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return URIRef(f"_:{term.value}")
