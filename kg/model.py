"""The values passed between pipeline stages: frozen, hashable, plain.

A ``Mention`` is an offset view into a ``Document``'s normalised text, so
every fact built from mentions can say exactly where it came from.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One article: normalised body text plus the metadata the page shows."""

    doc_id: str
    text: str
    source_path: str = ""
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A typed span of the normalised text (kind: person, office, place, …)."""

    kind: str
    start: int
    end: int
    text: str
    key: str = ""  # canonical form (gazetteer key, normalised title…)


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: article, sentence and the exact matched span."""

    doc_id: str
    sentence_start: int
    sentence_end: int
    start: int
    end: int
    quote: str
    rule: str
    confidence: float


@dataclass(frozen=True)
class Entity:
    """A resolved thing with a stable key (→ IRI) and its labels.

    ``kind`` is an ontology class local name (Person, Office, Province…).
    ``props`` holds extra (property local name, value) pairs where value is
    another Entity or a plain string/date (e.g. jurisdiction, iso3166).
    """

    kind: str
    key: str
    label: str
    alt_labels: frozenset[str] = frozenset()
    props: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class Fact:
    """subject –relation→ object, with the evidence it was read from."""

    subject: Entity
    relation: str
    object: Entity | dt.date
    evidence: Evidence


@dataclass(frozen=True)
class ArticleResult:
    """Everything extracted from one document."""

    document: Document
    facts: tuple[Fact, ...] = field(default_factory=tuple)
    entities: tuple[Entity, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ArticleSummary:
    """What a build reports of one article it read (its facts go into the outputs)."""

    doc_id: str
    source_path: str
    facts: int
    entities: int

    @classmethod
    def of(cls, result: ArticleResult) -> "ArticleSummary":
        doc = result.document
        return cls(doc.doc_id, doc.source_path or doc.doc_id, len(result.facts), len(result.entities))
