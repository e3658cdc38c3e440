"""HTML pages → the article's text with a header block (title, date), via trafilatura."""
from __future__ import annotations

import re

from ..errors import SourceError

_HTML = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body)", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return bool(_HTML.match(text[:1000]))


def html_to_text(page: str, path: str) -> str:
    """The main text of a page, preceded by the header block kg's loader reads."""
    import trafilatura

    body = trafilatura.extract(page, include_comments=False, include_tables=False, favor_precision=True)
    if not body or not body.strip():
        raise SourceError("an HTML page with no article text that could be found", path=path)
    meta = trafilatura.extract_metadata(page)
    header = []
    if meta is not None:
        for key, value in (("title", meta.title), ("published", meta.date), ("author", meta.author), ("publisher", meta.sitename)):
            if value:
                header.append(f"{key}: {' '.join(str(value).split())}")
    return ("\n".join(header) + "\n\n" if header else "") + body
