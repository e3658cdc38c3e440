import datetime as dt

import pytest

from kg.errors import SourceError
from kg.sources.html import html_to_text, looks_like_html
from kg.sources.loader import load_document


def test_html_pages_give_their_article_text_title_and_date(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><title>Thanh Hóa tiếp đoàn Hủa Phăn</title>"
        '<meta property="og:title" content="Thanh Hóa tiếp đoàn Hủa Phăn">'
        '<meta property="article:published_time" content="2024-06-21T08:00:00+07:00"></head><body>'
        "<nav><a href='/'>Trang chủ</a> | <a href='/tg'>Thế giới</a></nav><article><h1>Thanh Hóa tiếp đoàn Hủa Phăn</h1>"
        "<p>Ngày 20/6, tại thành phố Thanh Hóa, đồng chí Lê Văn Tám, Bí thư Tỉnh ủy Thanh Hóa đã tiếp đoàn đại biểu "
        "tỉnh Hủa Phăn (Lào). Hai bên đã ký biên bản hội đàm giai đoạn 2024 - 2025 nhằm tăng cường hợp tác.</p>"
        "<p>Đây là hoạt động thường niên giữa hai tỉnh kết nghĩa, góp phần vun đắp tình hữu nghị đặc biệt.</p>"
        "</article><footer>Liên hệ quảng cáo</footer></body></html>"
    )
    path = tmp_path / "trang web.html"
    path.write_text(page, encoding="utf-8")
    doc = load_document(path)
    assert doc.title == "Thanh Hóa tiếp đoàn Hủa Phăn"
    assert doc.published == dt.date(2024, 6, 21)
    assert "Bí thư Tỉnh ủy Thanh Hóa" in doc.text and "Trang chủ" not in doc.text and "quảng cáo" not in doc.text


def test_recognises_pages_and_refuses_empty_ones():
    assert looks_like_html("  <!DOCTYPE html><html>") and not looks_like_html("Sáng 14/3, hội nghị.")
    with pytest.raises(SourceError, match="no article text"):
        html_to_text("<html><head><title>x</title></head><body><script>var a;</script></body></html>", "empty.html")
