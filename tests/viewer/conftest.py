import datetime as dt
import shutil

import pytest

from kg.model import ArticleResult, Document, Entity, Evidence, Fact
from kg.rdf import build_graph

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_QUOTE = 'Ông Trần Văn Bình nói "</script><script>alert(1)</script>" ở tỉnh Nghệ An.'


def evidence(quote, start, end, rule="test-rule"):
    return Evidence("a1", 0, len(quote), start, end, quote, rule, 0.9)


@pytest.fixture(scope="session")
def sample_graph():
    """A small graph with a person, an office, a province, an event and hostile text."""
    province = Entity("Province", "vn-nghe-an", "Nghệ An", frozenset({"tỉnh Nghệ An"}), (("iso3166", "VN-22"),))
    office = Entity("Office", "Chủ tịch UBND tỉnh Nghệ An", "Chủ tịch UBND tỉnh Nghệ An", props=(("jurisdiction", province),))
    person = Entity("Person", "Nguyễn Văn Thử", "Nguyễn Văn Thử")
    hostile = Entity("Person", "hostile", HOSTILE)
    event = Entity("Event", "Hội nghị thử nghiệm", "Hội nghị thử nghiệm")
    quote = "Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Thử phát biểu."
    doc = Document("a1", quote + " " + HOSTILE_QUOTE, title="Bài <b>thử</b>", published=dt.date(2024, 3, 15))
    facts = (
        Fact(person, "holdsOffice", office, evidence(quote, 0, 41)),
        Fact(hostile, "holdsOffice", office, evidence(HOSTILE_QUOTE, 4, 16)),
        Fact(event, "heldIn", province, evidence(quote, 0, 26)),
        Fact(event, "startDate", dt.date(2024, 3, 14), evidence(quote, 0, 10)),
    )
    return build_graph([ArticleResult(doc, facts, (person, hostile, office, province, event))])


@pytest.fixture(scope="session")
def browser():
    if not shutil.which("chromium") and not __import__("os").path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )
        yield b
        b.close()


@pytest.fixture
def open_page(browser):
    """Open a file:// page with every non-file request blocked and counted."""
    opened = []

    def _open(path):
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.blocked = []
        page.dialogs = []
        page.errors = []
        page.route(lambda url: not url.startswith("file:"), lambda route: (page.blocked.append(route.request.url), route.abort()))
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready='1']", timeout=20000)
        opened.append(page)
        return page

    yield _open
    for page in opened:
        page.close()


@pytest.fixture(scope="session")
def dated_graph():
    """Two articles five years apart: an edge of each, and an event of each."""
    province = Entity("Province", "vn-quang-ninh", "Quảng Ninh", frozenset(), (("iso3166", "VN-13"),))
    partner = Entity("ForeignRegion", "cn-quang-tay", "Quảng Tây")
    person = Entity("Person", "Trần Văn Mẫu", "Trần Văn Mẫu")
    office = Entity("Office", "Chủ tịch UBND tỉnh Quảng Ninh", "Chủ tịch UBND tỉnh Quảng Ninh",
                    props=(("jurisdiction", province),))
    old_event = Entity("Event", "Hội nghị cũ", "Hội nghị cũ")
    new_event = Entity("Event", "Hội nghị mới", "Hội nghị mới")
    old_quote = "Năm 2019, tỉnh Quảng Ninh và Quảng Tây ký kết hợp tác tại Hội nghị cũ."
    new_quote = "Chủ tịch UBND tỉnh Quảng Ninh Trần Văn Mẫu dự Hội nghị mới."
    old = Document("old", old_quote, title="Bài cũ", published=dt.date(2019, 6, 1))
    new = Document("new", new_quote, title="Bài mới", published=dt.date(2024, 3, 15))

    def ev(doc, quote):
        return Evidence(doc, 0, len(quote), 0, 10, quote, "test-rule", 0.9)

    old_facts = (
        Fact(province, "partnersWith", partner, ev("old", old_quote)),
        Fact(old_event, "heldIn", province, ev("old", old_quote)),
        Fact(old_event, "startDate", dt.date(2019, 5, 31), ev("old", old_quote)),
    )
    new_facts = (
        Fact(person, "holdsOffice", office, ev("new", new_quote)),
        Fact(person, "attended", new_event, ev("new", new_quote)),
        Fact(new_event, "heldIn", province, ev("new", new_quote)),
    )
    return build_graph([ArticleResult(old, old_facts, (province, partner, old_event)),
                        ArticleResult(new, new_facts, (person, office, province, new_event))])


@pytest.fixture(scope="session")
def large_graph():
    """More entities than a page draws readably: 12 provinces, each with offices, holders
    and events, and partners abroad; one person's name is hostile text."""
    results = []
    partners = [Entity("ForeignRegion", f"cn-vung-{i}", f"Vùng {i}", frozenset(), (("iso3166", f"CN-{i:02d}"),))
                for i in range(6)]
    for p in range(12):
        province = Entity("Province", f"vn-tinh-{p}", f"Tỉnh Thử {p}", frozenset(), (("iso3166", f"VN-{p:02d}"),))
        entities, facts = [province], []
        quote = f"Tỉnh Thử {p} hợp tác."
        doc = Document(f"p{p}", quote, title=f"Bài {p}", published=dt.date(2020 + p % 4, 1 + p % 12, 1))
        for k in range(2):
            partner = partners[(p + k) % len(partners)]
            entities.append(partner)
            facts.append(Fact(province, "partnersWith", partner, Evidence(f"p{p}", 0, len(quote), 0, 5, quote, "r", 0.9)))
        for o in range(3):
            office = Entity("Office", f"Chức {o} tỉnh Thử {p}", f"Chức {o} tỉnh Thử {p}", props=(("jurisdiction", province),))
            entities.append(office)
            for h in range(4):
                name = HOSTILE if (p, o, h) == (0, 0, 0) else f"Người {p}-{o}-{h}"
                person = Entity("Person", f"nguoi-{p}-{o}-{h}", name)
                entities.append(person)
                facts.append(Fact(person, "holdsOffice", office, Evidence(f"p{p}", 0, len(quote), 0, 5, quote, "r", 0.9)))
        for e in range(10):
            event = Entity("Event", f"Hội nghị {p}-{e}", f"Hội nghị {p}-{e}")
            entities.append(event)
            facts.append(Fact(event, "heldIn", province, Evidence(f"p{p}", 0, len(quote), 0, 5, quote, "r", 0.9)))
        results.append(ArticleResult(doc, tuple(facts), tuple(entities)))
    return build_graph(results)


@pytest.fixture(scope="session")
def office_graph():
    """Office chains: two persons hold an office of an organisation (one of them formerly,
    one with a hostile name), a third an office with a place but no organisation; the
    holders' articles are five years apart."""
    province = Entity("Province", "vn-ha-tinh", "Hà Tĩnh", frozenset(), (("iso3166", "VN-23"),))
    org = Entity("Organization", "UBND tỉnh Hà Tĩnh", "UBND tỉnh Hà Tĩnh")
    office = Entity("Office", "Chủ tịch UBND tỉnh Hà Tĩnh", "Chủ tịch UBND tỉnh Hà Tĩnh",
                    props=(("ofOrganization", org), ("jurisdiction", province)))
    seat = Entity("Office", "Đại biểu tỉnh Hà Tĩnh", "Đại biểu tỉnh Hà Tĩnh", props=(("jurisdiction", province),))
    holder = Entity("Person", "Lê Văn Mẫu", "Lê Văn Mẫu")
    former = Entity("Person", "hostile", HOSTILE)
    delegate = Entity("Person", "Phan Thị Thử", "Phan Thị Thử")
    event = Entity("Event", "Hội nghị Hà Tĩnh", "Hội nghị Hà Tĩnh")
    new_quote, old_quote = "Chủ tịch UBND tỉnh Hà Tĩnh Lê Văn Mẫu dự hội nghị.", "Nguyên Chủ tịch UBND tỉnh Hà Tĩnh nói."
    new = Document("new", new_quote, title="Bài mới", published=dt.date(2024, 5, 2))
    old = Document("old", old_quote, title="Bài cũ", published=dt.date(2019, 5, 2))
    new_facts = (
        Fact(holder, "holdsOffice", office, Evidence("new", 0, len(new_quote), 0, 37, new_quote, "r", 0.9)),
        Fact(delegate, "holdsOffice", seat, Evidence("new", 0, len(new_quote), 0, 10, new_quote, "r", 0.9)),
        Fact(holder, "attended", event, Evidence("new", 0, len(new_quote), 0, 10, new_quote, "r", 0.9)),
        Fact(event, "heldIn", province, Evidence("new", 0, len(new_quote), 0, 10, new_quote, "r", 0.9)),
    )
    old_facts = (Fact(former, "formerlyHeldOffice", office, Evidence("old", 0, len(old_quote), 0, 20, old_quote, "r", 0.9)),)
    return build_graph([ArticleResult(new, new_facts, (province, org, office, seat, holder, delegate, event)),
                        ArticleResult(old, old_facts, (former, office, org, province))])
