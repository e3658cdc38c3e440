"""kg: a knowledge graph builder for Vietnamese political and foreign-affairs news."""
from .errors import KGError
from .model import ArticleResult, Document, Entity, Evidence, Fact, Mention, Sentence

__all__ = [
    "ArticleResult",
    "Document",
    "Entity",
    "Evidence",
    "Fact",
    "KGError",
    "Mention",
    "Sentence",
]
__version__ = "0.1.0"
