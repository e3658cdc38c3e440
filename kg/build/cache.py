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
import struct
import threading
from functools import cache
from importlib import resources
from pathlib import Path

import zstandard
from zstandard import ZstdError


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


# An entry is one file: this header, then the pickled summary and light fragment and the
# article's Turtle statements, each compressed on its own (zstandard), so either is read
# alone. One file, not several: creating files is what an entry costs most (13 s of a
# 10,000-article build with three). One serialisation of the graph, the Turtle: graph.ttl
# is made of it, the store loads it, and N-Quads are made from it when asked.
HEADER = struct.Struct("<4sQQ")
MAGIC = b"kgc2"
LEVEL = 3  # zstandard's default: ~6x smaller than the text here, at ~300 MB/s

_codecs = threading.local()  # one pair per thread: zstandard's contexts are not safe to share


def _codec() -> tuple[zstandard.ZstdCompressor, zstandard.ZstdDecompressor]:
    if not hasattr(_codecs, "pair"):
        _codecs.pair = zstandard.ZstdCompressor(level=LEVEL), zstandard.ZstdDecompressor()
    return _codecs.pair


def _compress(data: bytes) -> bytes:
    return _codec()[0].compress(data)


def _decompress(data: bytes) -> bytes:
    return _codec()[1].decompress(data)


def encode_entry(summary, fragment) -> bytes:
    """An article's cache entry (made in the worker that extracted it)."""
    meta = _compress(pickle.dumps((summary, light(fragment)), protocol=pickle.HIGHEST_PROTOCOL))
    turtle = _compress(fragment.turtle.encode("utf-8"))
    return b"".join((HEADER.pack(MAGIC, len(meta), len(turtle)), meta, turtle))


def light(fragment):
    """The fragment without its quads and Turtle: the quads are made again from the
    Turtle when needed, and the Turtle is read only when needed."""
    return dataclasses.replace(fragment, quads=b"", turtle="")


class ResultCache:
    """Per article, KEY.entry: its summary and fragment, and its Turtle, each read alone,
    so a build reads only the parts it needs."""

    def __init__(self, output: Path) -> None:
        self.folder = Path(output) / CACHE_DIR / "results"

    def get(self, key: str):
        """(summary, fragment without quads and Turtle), or None if absent, torn or unreadable."""
        try:
            with (self.folder / f"{key}.entry").open("rb") as handle:
                meta, _ = self._lengths(handle)
                return pickle.loads(_decompress(handle.read(meta)))
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError, ZstdError):
            return None  # absent or unreadable: extract again

    def turtle(self, key: str) -> bytes:
        """The article's Turtle statements (OSError, ValueError or ZstdError if damaged)."""
        with (self.folder / f"{key}.entry").open("rb") as handle:
            meta, turtle = self._lengths(handle)
            handle.seek(HEADER.size + meta)
            return _decompress(handle.read(turtle))

    @staticmethod
    def _lengths(handle) -> tuple[int, int]:
        head = handle.read(HEADER.size)
        if len(head) != HEADER.size:
            raise ValueError("not a whole cache entry")
        magic, *lengths = HEADER.unpack(head)
        if magic != MAGIC or os.fstat(handle.fileno()).st_size != HEADER.size + sum(lengths):
            raise ValueError("not a whole cache entry")
        return tuple(lengths)

    def put(self, key: str, summary, fragment) -> None:
        self.put_encoded(key, encode_entry(summary, fragment))

    def put_encoded(self, key: str, data: bytes) -> None:
        # No fsync: a torn or missing entry is just extracted again.
        self.folder.mkdir(parents=True, exist_ok=True)
        # Unique per thread: the store's loader and the files' writer may mend the same entry at once.
        tmp = self.folder / f".{key}.{os.getpid()}.{threading.get_ident()}.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, self.folder / f"{key}.entry")

    def has_all(self, keys) -> bool:
        """Whether every one of these entries is there (one listing, not a stat per file)."""
        keys = set(keys)
        return self.present(keys) == keys

    def present(self, keys: set[str]) -> set[str]:
        """Those of these keys whose entry is there (one listing, not a stat per file; an
        entry torn since is noticed when read)."""
        try:
            names = set(os.listdir(self.folder))
        except OSError:
            return set()
        return {key for key in keys if f"{key}.entry" in names}

    def prune(self, keep: set[str]) -> None:
        """Forget results of articles that are gone or changed (and leftovers of killed builds)."""
        if self.folder.is_dir():
            for name in os.listdir(self.folder):
                if name.startswith(".") or name.split(".", 1)[0] not in keep:
                    (self.folder / name).unlink(missing_ok=True)
