"""RDF: extracted facts → quads under the project's ontology.

Takes ``kg.model.ArticleResult``s; gives N-Quads (``quads.QuadWriter``, the
one facts-to-RDF mapping), Turtle pieces, and an rdflib Graph
(``build_graph``); also the vocabulary, IRIs and ontology files. Imports
kg.model only.
"""
from .graph import build_graph, new_graph
from .vocab import DEFAULT_BASE, KG, PREFIXES

__all__ = ["DEFAULT_BASE", "KG", "PREFIXES", "build_graph", "new_graph"]
