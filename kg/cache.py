"""Incremental builds: per-article results (facts and output fragments) cached by content hash in output/.cache.

An article whose bytes (and the extractor: its code and lexicons) are
unchanged is not read again; a changed one is re-extracted; a removed one
simply drops out. The outputs are made from all results each time, so an
incremental build is byte-identical to a clean one.
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
from functools import cache
from importlib import resources
from pathlib import Path


CACHE_DIR = ".cache"


@cache
def extractor_version() -> str:
    """A digest of everything extraction depends on: code and data files of the package."""
    digest = hashlib.sha256()
    root = resources.files("kg")
    for path in sorted(Path(str(root)).rglob("*")):
        if path.suffix in (".py", ".json", ".tsv", ".txt") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(Path(str(root))).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def article_key(path: Path, doc_id: str, base: str) -> str:
    digest = hashlib.sha256(path.read_bytes())
    digest.update(f"\x00{doc_id}\x00{path.name}\x00{base}\x00{extractor_version()}".encode())
    return digest.hexdigest()


class ResultCache:
    """Per article: KEY.pickle (its summary and fragment, without the bulky parts),
    KEY.nq (its named graph) and KEY.ttl (its Turtle statements), so a build reads
    only the parts it needs. The pickle is written last: it marks a whole entry."""

    def __init__(self, output: Path) -> None:
        self.folder = Path(output) / CACHE_DIR / "results"

    def get(self, key: str):
        """(summary, fragment without quads and Turtle), or None if absent, incomplete or unreadable."""
        path = self.folder / f"{key}.pickle"
        if not all((self.folder / f"{key}{suffix}").is_file() for suffix in (".nq", ".ttl")):
            return None
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError):
            return None  # absent or unreadable: extract again

    def quads(self, key: str) -> bytes:
        return (self.folder / f"{key}.nq").read_bytes()

    def turtle(self, key: str) -> bytes:
        return (self.folder / f"{key}.ttl").read_bytes()

    def put(self, key: str, summary, fragment) -> None:
        # A cache entry needs no fsync: a torn or missing one is just extracted again.
        self._write(f"{key}.nq", fragment.quads)
        self._write(f"{key}.ttl", fragment.turtle.encode("utf-8"))
        light = dataclasses.replace(fragment, quads=b"", turtle="")
        self._write(f"{key}.pickle", pickle.dumps((summary, light), protocol=pickle.HIGHEST_PROTOCOL))

    def _write(self, name: str, data: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".{name}.{os.getpid()}.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, self.folder / name)

    def has_all(self, keys) -> bool:
        """Whether every part of these entries is there (one listing, not a stat per file)."""
        try:
            names = set(os.listdir(self.folder))
        except OSError:
            return False
        return all(f"{key}{suffix}" in names for key in keys for suffix in (".pickle", ".nq", ".ttl"))

    def prune(self, keep: set[str]) -> None:
        """Forget results of articles that are gone or changed (and leftovers of killed builds)."""
        if self.folder.is_dir():
            for name in os.listdir(self.folder):
                if name.startswith(".") or name.split(".", 1)[0] not in keep:
                    (self.folder / name).unlink(missing_ok=True)
