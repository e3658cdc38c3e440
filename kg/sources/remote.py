"""Articles that are not files of this machine: named by an fsspec URL (a folder on shared
storage, S3 and the like) or already read into memory (what a cluster's worker is given).

Both look to the loader as a path does (``name``, ``stem``, ``suffix``, ``read_bytes``,
``str``), so an article has the same id, name and cache key however it was reached.
fsspec is imported only when a URL is read: a build of a local folder needs none.
"""
from __future__ import annotations

import errno
import os
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SourceError
from .loader import ARTICLE_SUFFIXES, iter_sources

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")  # two letters at least: "C:\…" is a path


def is_url(sources: str | os.PathLike) -> bool:
    return isinstance(sources, str) and bool(_URL.match(sources))


class _Named:
    """name, stem and suffix from what the article is shown as (its path or URL)."""

    shown: str

    @property
    def name(self) -> str:
        return posixpath.basename(self.shown.rstrip("/"))

    @property
    def stem(self) -> str:
        return posixpath.splitext(self.name)[0]

    @property
    def suffix(self) -> str:
        return posixpath.splitext(self.name)[1]

    def __str__(self) -> str:
        return self.shown


@dataclass(frozen=True)
class UrlArticle(_Named):
    """An article file named by an fsspec URL, read when asked."""

    shown: str

    def read_bytes(self) -> bytes:
        fsspec = _fsspec()
        try:
            with fsspec.open(self.shown, "rb") as handle:
                return handle.read()
        except Exception as exc:  # each storage has errors of its own: the loader knows OSError
            raise OSError(getattr(exc, "errno", None) or errno.EIO, getattr(exc, "strerror", None) or str(exc) or type(exc).__name__) from exc


@dataclass(frozen=True)
class ReadArticle(_Named):
    """An article's bytes, read elsewhere, under the path or URL it was read from."""

    shown: str
    data: bytes = field(repr=False)

    def read_bytes(self) -> bytes:
        return self.data


def iter_articles(sources: str | Path) -> Iterator[Path | UrlArticle]:
    """Article files under a local folder or an fsspec URL, in the same stable order."""
    if not is_url(sources):
        yield from iter_sources(sources)
        return
    try:
        fs, root = _fsspec().core.url_to_fs(sources)
    except (ValueError, ImportError) as exc:  # a protocol fsspec does not know, or whose package is missing
        raise SourceError(f"cannot open the URL ({exc})", path=str(sources)) from exc
    try:
        if not fs.isdir(root):
            raise SourceError("not a folder of articles", path=str(sources))
        found = fs.find(root)
    except OSError as exc:
        raise SourceError(f"cannot list the folder ({exc})", path=str(sources)) from exc
    prefix = root.rstrip("/") + "/"
    names = [p[len(prefix):] for p in found if p.startswith(prefix) and posixpath.splitext(p)[1].lower() in ARTICLE_SUFFIXES]
    # The URL as the user spelt it, one name added: options and chained protocols are kept.
    yield from (UrlArticle(f"{sources.rstrip('/')}/{name}") for name in sorted(names, key=lambda n: n.split("/")))


def article_at(shown: str) -> Path | UrlArticle:
    """The article a build's record names (by the str of what iter_articles gave)."""
    return UrlArticle(shown) if is_url(shown) else Path(shown)


def _fsspec():
    try:
        import fsspec
    except ImportError as exc:
        raise SourceError("reading articles from a URL needs fsspec: pip install 'kg[cluster]'") from exc
    return fsspec
