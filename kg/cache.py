"""Incremental builds: per-article results (facts and output fragments) cached by content hash in output/.cache.

An article whose bytes (and the extractor: its code and lexicons) are
unchanged is not read again; a changed one is re-extracted; a removed one
simply drops out. The outputs are made from all results each time, so an
incremental build is byte-identical to a clean one.
"""
from __future__ import annotations

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
    def __init__(self, output: Path) -> None:
        self.folder = Path(output) / CACHE_DIR / "results"

    def get(self, key: str):
        path = self.folder / f"{key}.pickle"
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError):
            return None  # absent or unreadable: extract again

    def put(self, key: str, result) -> None:
        # A cache entry needs no fsync: a torn or missing one is just extracted again.
        path = self.folder / f"{key}.pickle"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)

    def prune(self, keep: set[str]) -> None:
        """Forget results of articles that are gone or changed."""
        if self.folder.is_dir():
            for path in self.folder.glob("*.pickle"):
                if path.stem not in keep:
                    path.unlink(missing_ok=True)
