"""Articles under an fsspec URL or in memory are the same articles as the files they name."""
import shutil
from pathlib import Path

import pytest

from kg.build.cache import article_key
from kg.errors import SourceError
from kg.sources.loader import iter_sources, load_document
from kg.sources.remote import ReadArticle, UrlArticle, article_at, is_url, iter_articles

pytest.importorskip("fsspec")

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "sources"


@pytest.fixture()
def folder(tmp_path):
    root = tmp_path / "news"
    for index, path in enumerate(sorted(SOURCES.glob("*.txt"))[:3]):
        target = root / ("sub" if index == 1 else "") / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    (root / "notes.md").write_text("not an article")
    return root


def test_a_url_lists_the_articles_of_the_folder_in_the_local_order(folder):
    local = list(iter_sources(folder))
    remote = list(iter_articles(folder.as_uri()))
    assert [a.name for a in remote] == [p.name for p in local]
    assert [str(a) for a in remote] == [folder.as_uri() + "/" + p.relative_to(folder).as_posix() for p in local]
    assert all(isinstance(a, UrlArticle) for a in remote)


def test_an_article_keeps_its_id_name_and_cache_key_however_it_is_reached(folder):
    path = next(iter_sources(folder))
    for article in (UrlArticle(path.as_uri()), ReadArticle(str(path), path.read_bytes())):
        assert (article.name, article.stem, article.suffix) == (path.name, path.stem, path.suffix)
        assert article_key(article, article.stem, "b") == article_key(path, path.stem, "b")
        assert load_document(article, doc_id=article.stem) == load_document(path, doc_id=path.stem)


def test_a_record_names_its_article_again():
    assert article_at("file:///x/a.txt") == UrlArticle("file:///x/a.txt")
    assert article_at("/x/a.txt") == Path("/x/a.txt")
    assert is_url("s3://bucket/news") and not is_url("C:\\news") and not is_url(Path("file://x"))


def test_what_is_no_folder_of_articles_is_a_source_error(tmp_path):
    with pytest.raises(SourceError, match="not a folder"):
        list(iter_articles((tmp_path / "missing").as_uri()))
    with pytest.raises(SourceError, match="cannot open the URL"):
        list(iter_articles("nosuchprotocol://x/y"))


def test_an_unreadable_url_names_itself(tmp_path):
    article = UrlArticle((tmp_path / "gone.txt").as_uri())
    with pytest.raises(SourceError, match="gone.txt: cannot read file"):
        load_document(article)
