"""The gazetteer a build keeps pickled in its cache: read back only when written by the same kg."""
from __future__ import annotations

import pickle

import pytest

from kg.extract import gazetteer


@pytest.fixture
def kept(tmp_path):
    gazetteer.load_gazetteer.cache_clear()
    yield tmp_path / "gazetteer.pickle"
    gazetteer._kept = None
    gazetteer.load_gazetteer.cache_clear()


def test_written_then_read_back_the_same(kept):
    gazetteer.keep_gazetteer_in(kept, "v1")
    built = gazetteer.load_gazetteer()
    assert kept.is_file()
    gazetteer.load_gazetteer.cache_clear()
    read = gazetteer.load_gazetteer()
    assert read is not built
    assert read.places() == built.places()
    for surface in ("Hà Nội", "tỉnh Lâm Đồng", "Quảng Tây", "Lào"):
        assert read.lookup(surface) == built.lookup(surface)
    text = "Đoàn công tác tỉnh Lâm Đồng thăm Viêng Chăn, Lào."
    assert read.scan(text) == built.scan(text)


def test_another_version_or_damage_builds_it_again(kept):
    gazetteer.keep_gazetteer_in(kept, "v1")
    gazetteer.load_gazetteer()
    tag, _ = pickle.loads(kept.read_bytes())
    gazetteer.load_gazetteer.cache_clear()
    gazetteer.keep_gazetteer_in(kept, "v2")  # another version of kg: not the kept one
    again = gazetteer.load_gazetteer()
    new_tag, _ = pickle.loads(kept.read_bytes())
    assert new_tag != tag and new_tag.startswith("v2 ")
    kept.write_bytes(b"not a pickle")
    gazetteer.load_gazetteer.cache_clear()
    assert gazetteer.load_gazetteer().places() == again.places()
    assert pickle.loads(kept.read_bytes())[0] == new_tag  # written whole again
