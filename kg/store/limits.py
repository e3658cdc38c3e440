"""The limits a query must pass before it reaches the SPARQL engine.

Oxigraph's SPARQL parser recurses once per level of brackets with no limit of
its own, so one deep enough nest overflows the stack of the server's thread and
aborts the whole process (see benchmarks/oxigraph_nesting_repro.py). Counting
the nesting here, in a flat scan, is cheap and cannot recurse.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import QueryRefused

# Skipped whole: a bracket inside a string, an IRI or a comment nests nothing.
_SKIPPED = (
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'  # IRIREF by the SPARQL grammar; a bare < is less-than
    r"|#[^\n\r]*"
)
_TOKENS = re.compile(rf"(?P<skip>{_SKIPPED})|(?P<open>[(\[{{])|(?P<close>[)\]}}])", re.DOTALL)


@dataclass(frozen=True)
class QueryLimits:
    max_query_bytes: int = 64 * 1024
    max_depth: int = 64

    @property
    def max_body_bytes(self) -> int:
        # A form-encoded query takes up to three bytes per byte (%XX), plus the other fields.
        return 4 * self.max_query_bytes

    def check_body(self, length: int) -> None:
        if length > self.max_body_bytes:
            raise QueryRefused(f"request body is {length} bytes; this endpoint accepts at most {self.max_body_bytes} "
                               f"(4 x --max-query-bytes)", status=413)

    def check(self, text: str) -> None:
        size = len(text.encode("utf-8"))
        if size > self.max_query_bytes:
            raise QueryRefused(f"query is {size} bytes; this endpoint accepts at most {self.max_query_bytes} "
                               f"(--max-query-bytes)", status=413)
        depth = nesting_depth(text, stop_above=self.max_depth)
        if depth > self.max_depth:
            raise QueryRefused(f"query nests brackets and parentheses more than {self.max_depth} deep; "
                               f"this endpoint allows at most {self.max_depth} (--max-nesting)", status=400)


def nesting_depth(text: str, stop_above: int | None = None) -> int:
    """The deepest nesting of (), [] and {} outside strings, IRIs and comments.

    Unbalanced closers do not go below zero; with stop_above, the scan ends as
    soon as the depth exceeds it.
    """
    depth = deepest = 0
    for token in _TOKENS.finditer(text):
        kind = token.lastgroup
        if kind == "open":
            depth += 1
            deepest = max(deepest, depth)
            if stop_above is not None and deepest > stop_above:
                break
        elif kind == "close":
            depth = max(0, depth - 1)
    return deepest
