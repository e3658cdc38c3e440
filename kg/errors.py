"""One error family for the whole library.

The library raises these; only the CLI turns them into messages and exit
codes (``KGError.exit_code``), in the style of click's own exceptions.
"""
from __future__ import annotations


class KGError(Exception):
    """Base of every error `kg` reports to a user."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class SourceError(KGError):
    """An article could not be read or understood (names the file)."""

    exit_code = 2


class StageError(KGError):
    """A pipeline stage failed on a document (names stage and file)."""

    exit_code = 3


class GraphError(KGError):
    """A graph file is missing, unreadable or not valid RDF."""

    exit_code = 4


class QueryError(KGError):
    """A SPARQL query is malformed or a saved query does not exist."""

    exit_code = 5


class QueryRefused(QueryError):
    """A query over one of the endpoint's limits, refused before it reaches the engine.

    ``status`` is the HTTP status the endpoint answers with (413 or 400).
    """

    def __init__(self, message: str, *, status: int) -> None:
        self.status = status
        super().__init__(message)


class ValidationFailed(KGError):
    """SHACL validation found violations."""

    exit_code = 6


class UsageError(KGError):
    """Arguments that make no sense together."""

    exit_code = 64
