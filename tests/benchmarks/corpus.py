"""A deterministic benchmark corpus: N articles of the genre, composed from the
project's lexicons (gazetteer, titles, events) and sentence patterns of
Vietnamese provincial foreign-affairs news. Persons are invented from
syllables; no sentence of the seeds is copied.

usage: python -m tests.benchmarks.corpus N OUT_DIR [--seed 7]
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from kg.extract.gazetteer import load_gazetteer
from kg.extract import lexicon

MIDDLE = ["Văn", "Thị", "Minh", "Quang", "Đức", "Thanh", "Hữu", "Ngọc", "Xuân", "Hoàng", "Công", "Thu"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hòa", "Hùng", "Khánh", "Lan", "Long", "Mai", "Nam",
         "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến"]
LAO = ["Khăm", "Bun", "Xổm", "Vi", "Thoong", "Phết", "Xay", "Phôm", "Lăm", "Sỉ"]
PROVINCIAL_TITLES = [
    "Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh", "Chủ tịch HĐND tỉnh",
    "Trưởng Đoàn ĐBQH tỉnh", "Giám đốc Sở Ngoại vụ", "Giám đốc Sở Kế hoạch và Đầu tư", "Phó Chủ tịch Thường trực UBND tỉnh",
]
FILLER = [
    "Hai bên đánh giá cao kết quả hợp tác trong thời gian qua, nhất là trong các lĩnh vực giáo dục, y tế và thương mại.",
    "Năm {year}, kim ngạch xuất nhập khẩu giữa hai địa phương đạt khoảng {n} triệu USD, tăng {p}% so với cùng kỳ.",
    "Tỉnh hiện có {n} dự án đầu tư nước ngoài với tổng vốn đăng ký hơn {p} tỷ USD.",
    "Các đại biểu đã thảo luận về phương hướng, nhiệm vụ trọng tâm trong thời gian tới.",
    "Hội nghị thu hút hơn {n} đại biểu là lãnh đạo các sở, ngành và doanh nghiệp.",
]


class Composer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        gaz = load_gazetteer()
        places = sorted(gaz.places(), key=lambda p: p.key)
        self.provinces = [p for p in places if p.kind == "Province" and p.key.startswith("vn-")]
        self.foreign = [p for p in places if p.kind == "ForeignRegion" and p.unit == "tỉnh"]
        self.heads = ["Hội nghị xúc tiến đầu tư", "Hội thảo hợp tác", "Lễ ký kết biên bản ghi nhớ", "Tuần Văn hóa", "Diễn đàn hợp tác"]
        self.departments = lexicon.titles()["departments"]

    def person(self) -> str:
        r = self.rng
        return f"{r.choice(sorted(lexicon.surnames()))} {r.choice(MIDDLE)} {r.choice(GIVEN)}"

    def lao_person(self) -> str:
        r = self.rng
        return f"{r.choice(LAO)}-{r.choice(LAO).lower()} {r.choice(LAO)}-{r.choice(LAO).lower()}-{r.choice(LAO).lower()}"

    def article(self, i: int) -> str:
        r = self.rng
        home, partner = r.choice(self.provinces), r.choice(self.foreign)
        day = dt.date(2019, 1, 1) + dt.timedelta(days=r.randrange(2000))
        event = f"{r.choice(self.heads)} {home.name} - {partner.name} năm {day.year}"
        hosts = "; ".join(f"{self.person()}, {r.choice(PROVINCIAL_TITLES)}" for _ in range(r.randint(2, 5)))
        lines = [
            f"title: {home.name} và {partner.name} tăng cường hợp tác ({i})",
            f"published: {(day + dt.timedelta(days=1)).isoformat()}",
            "publisher: Báo Thử nghiệm",
            "",
            f"Sáng {day.day}/{day.month}, tại thành phố {r.choice(['Vinh', 'Hạ Long', 'Huế', 'Đà Lạt'])}, UBND tỉnh {home.name} "
            f"tổ chức {event}.",
            f"Đoàn đại biểu tỉnh {partner.name} do ngài {self.lao_person()}, Phó Tỉnh trưởng tỉnh {partner.name} làm trưởng đoàn.",
            f"Tiếp đoàn có các đồng chí: {hosts}.",
        ]
        for _ in range(r.randint(4, 10)):
            lines.append(r.choice(FILLER).format(year=day.year - 1, n=r.randint(20, 900), p=r.randint(2, 40)))
        lines.append(f"Dịp này, hai bên đã ký kết biên bản ghi nhớ hợp tác giữa tỉnh {home.name} và tỉnh {partner.name}.")
        lines.append(f"Phát biểu tại hội nghị, Chủ tịch UBND tỉnh {self.person()} đề nghị các sở, ngành phối hợp chặt chẽ.")
        header, body = lines[:4], lines[4:]
        return "\n".join(header) + "\n" + "\n\n".join(body) + "\n"


def write_corpus(n: int, out: Path, seed: int = 7) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    composer = Composer(seed)
    paths = []
    for i in range(n):
        path = out / f"a{i:06d}.txt"
        path.write_text(composer.article(i), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 7
    write_corpus(int(sys.argv[1]), Path(sys.argv[2]), seed)
