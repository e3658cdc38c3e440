"""Build: a folder of sources → every output, clean or incremental.

Takes a sources folder; gives OUTPUT/graph.ttl, graph.html and store/,
atomically (``output``), from per-article fragments (``fragment``) cached
with their article (``cache``) and the order-independent sums a build keeps
for the next (``state``, ``dataset``). The top of the flow below the CLI:
Imports every package under kg but kg.cli.
"""
from .builder import build, extract_results, kept_dataset

__all__ = ["build", "extract_results", "kept_dataset"]
