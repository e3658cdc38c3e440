"""A small read-only triple index: the slice of rdflib's Graph API the viewer uses.

Filled by pyoxigraph's parser (or from an rdflib graph), it holds plain
strings: IRIs as their text, literals as their lexical form. That is all the
viewer needs, and many times faster to build than an rdflib Graph.
"""
from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox


class TripleIndex:
    def __init__(self, triples) -> None:
        self._po: dict = defaultdict(lambda: defaultdict(list))  # s -> p -> [o]
        self._ps: dict = defaultdict(list)  # p -> [(s, o)]
        self._by_object: dict = {}  # p -> o -> [s], made on first use
        for s, p, o in triples:
            self._po[s][p].append(o)
            self._ps[p].append((s, o))

    @classmethod
    def parse(cls, data: bytes, fmt: ox.RdfFormat) -> "TripleIndex":
        return cls(parsed(data, fmt))

    @classmethod
    def from_graph(cls, graph) -> "TripleIndex":
        """From an rdflib Graph (or anything yielding triples of rdflib terms)."""
        return cls((str(s), str(p), str(o)) for s, p, o in graph)

    def subjects(self, predicate, obj):
        predicate = str(predicate)
        if predicate not in self._by_object:
            by_object = defaultdict(list)
            for s, o in self._ps.get(predicate, ()):
                by_object[o].append(s)
            self._by_object[predicate] = by_object
        return list(self._by_object[predicate].get(str(obj), ()))

    def objects(self, subject, predicate):
        return list(self._po.get(str(subject), {}).get(str(predicate), ()))

    def value(self, subject, predicate):
        values = self._po.get(str(subject), {}).get(str(predicate))
        return values[0] if values else None

    def subject_objects(self, predicate):
        return list(self._ps.get(str(predicate), ()))


def parsed(data: bytes, fmt: ox.RdfFormat):
    """Triples (or quads, graph dropped) as plain strings, by pyoxigraph's parser."""
    return ((t.subject.value, t.predicate.value, t.object.value) for t in ox.parse(data, format=fmt))
