"""Deterministic, readable IRIs minted only from safe slugs.

The same canonical name and type always give the same IRI, so articles can be
processed independently and merged by IRI with no global pass.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef

from .vocab import DEFAULT_BASE

# Where each class's instances live under the base IRI.
KIND_PATHS = {
    "Person": "person",
    "Office": "office",
    "Organization": "org",
    "Event": "event",
    "Place": "place",
    "Country": "place",
    "Province": "place",
    "District": "place",
    "ForeignRegion": "place",
    "Venue": "place",
    "Article": "article",
    "Assertion": "assertion",
    "Sentence": "sentence",
}
MAX_SLUG = 80


@lru_cache(maxsize=500_000)
def slugify(text: str) -> str:
    """ASCII slug: diacritics dropped (đ→d), lower case, hyphen-separated."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_only.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        # Long names stay unique: keep a readable head plus a hash of the rest.
        digest = hashlib.sha1(slug.encode()).hexdigest()[:10]
        slug = slug[:MAX_SLUG].rstrip("-") + "-" + digest
    return slug or "x-" + hashlib.sha1(text.encode()).hexdigest()[:10]


def entity_iri(kind: str, key: str, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(entity_iri_text(kind, key, base))


def entity_iri_text(kind: str, key: str, base: str = DEFAULT_BASE) -> str:
    """The same IRI as a plain string (no rdflib term made: the bulk path writes millions)."""
    slug = person_slug(key) if kind == "Person" else slugify(key)
    return f"{base}{KIND_PATHS[kind]}/{slug}"


# The kinds whose names are merged by a key of their own (kg:resolutionKey says which).
RESOLVED_KINDS = ("Person", "Event")


def resolution_key(kind: str, key: str) -> str:
    """The key an entity's names were merged by: the same key, the same IRI."""
    return person_key(key) if kind == "Person" else key


@lru_cache(maxsize=200_000)
def person_key(name: str) -> str:
    """What one person's names share: the name with its marks, lower case, runs of spaces,
    hyphens and other non-letters as one hyphen ("Xổm - phon" = "Xổm-phon" = "xổm phon")."""
    return re.sub(r"[\W_]+", "-", unicodedata.normalize("NFC", name).lower()).strip("-")


@lru_cache(maxsize=200_000)
def person_slug(name: str) -> str:
    """A person's slug keeps apart names that differ only in their marks: "Hùng", "Hưng"
    and "Hứng" are three names whose ASCII slug is one, so a short digest of the name with
    its marks follows. Hyphens, spaces and case do not count ("Xổm-phon", "Xổm phon" are
    one name), and a name without marks keeps its plain slug."""
    slug, marked = slugify(name), person_key(name)
    if marked == slug:
        return slug
    return f"{slug}-{hashlib.sha1(marked.encode()).hexdigest()[:6]}"


def assertion_iri(parts: tuple[str, ...], base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(assertion_iri_text(parts, base))


def assertion_iri_text(parts: tuple[str, ...], base: str = DEFAULT_BASE) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]
    return f"{base}assertion/{digest}"


def sentence_iri_text(article: str, offset: int, text: str, base: str = DEFAULT_BASE) -> str:
    """A sentence of an article (its IRI): by the article, where it starts and its text (two
    files of one name, one article IRI, may hold different sentences at one offset)."""
    digest = hashlib.sha1(f"{article}\x1f{offset}\x1f{text}".encode()).hexdigest()[:16]
    return f"{base}sentence/{digest}"
