"""Store and queries: a built dataset → SPARQL answers, an endpoint, exports.

Takes the dataset a build assembles (or a graph file); gives the embedded
Oxigraph store (``embedded``), ad hoc and saved queries (``query``,
``queries/``), the HTTP endpoint (``serve``, with its ``limits`` and the
supervised Oxigraph ``backend``), Graph Store pushes (``push``),
export formats (``export``) and ``stats``. Imports kg.rdf and kg.viewer
(the entity model exports share) and kg.errors.
"""
