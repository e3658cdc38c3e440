"""The extraction pipeline: a plain loop over small stages, per document.

extract(doc) → ArticleResult. Stages (each a module of this package):
sentences → places (gazetteer) → titles → persons → offices (pairing,
context) → events/dates/locations → partnerships → resolve (entities).
The runner names the stage that failed (StageError) so one bad article
never hides which step broke.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from ..errors import StageError
from .gazetteer import load_gazetteer
from ..model import ArticleResult, Document, Entity, Evidence, Fact, Sentence
from . import context, dates, events, lexicon, offices, partnerships, persons, resolve, titles
from .sentences import split_sentences

# A semicolon parts clauses, except inside a quoted name or theme ('mang chủ đề “A; B”, kéo dài từ …').
CLAUSE_SPLIT = re.compile(r'"[^"]{0,200}"|“[^“”]{0,200}”|(;)')
ATTEND_CUE = re.compile(r"(?<![\w])(?:[Dd]ự|[Tt]ham dự|có sự tham dự|[Tt]iếp đoàn|đến dự|[Cc]ùng dự)(?![\w])")
CHAIR_CUE = re.compile(r"(?<![\w])chủ trì(?![\w])")
SPEAK_CUE = re.compile(r"(?<![\w])(?:[Pp]hát biểu|[Tt]ham luận)(?![\w])")
# A sentence that opens with its subject place: "Tỉnh Quảng Ninh đăng cai …".
LEADING_UNIT = re.compile(
    rf"(?:(?:{lexicon.unit_alternation('province', 'city', capitalised=True, written_out=True)}) )?")
BRIDGE = re.compile(rf"điểm cầu (?:(?:{lexicon.unit_alternation('province', 'city', 'district', 'committee')}) )?$")
HOST_VERB = re.compile(r"(?<![\w])(?:đăng cai|tổ chức)(?![\w])")


# How sure an office fact is, by where its place came from.
CONFIDENCE = {"text": 0.9, "sibling": 0.85, "earlier": 0.85, "side": 0.8, "sentence": 0.75, "article": 0.7, "outlet": 0.65}


@dataclass
class DocState:
    """What earlier sentences of the same article tell later ones."""

    main_event: Entity | None = None
    previous_date: object = None
    side: object = None
    events: list = field(default_factory=list)  # (head, name) in order seen
    held: dict = field(default_factory=dict)  # (person, title) → the place the text gave it
    bare: list = field(default_factory=list)  # bare heads that referred back ('Tại Hội nghị, …')
    given: dict = field(default_factory=dict)  # last given name → the full names seen with it
    named_before: object = None  # the one province the sentence before named (its sentence context), if it named one
    before: tuple = ()  # the sentence before, its titles and "tại" phrases (for "hai bên ký kết …")
    opened: tuple = ()  # the events the sentence before gave a start ("… chính thức khai mạc. Các hoạt động kéo dài …")
    scene: tuple = ()  # the day and the "tại" place the sentence before opened with ("Sáng 18.11, tại P.Rạch Giá, …")
    venue: object = None  # the named venue the last event placed was held at ('… Lễ ký kết diễn ra tại đây')
    aliases: dict = field(default_factory=dict)  # an abbreviation given in brackets after a name → (head, name)
    parts: set = field(default_factory=set)  # (head, event) listed as a part of what a bare head opened with
    persons_before: list = field(default_factory=list)  # the names the sentence before found (a pronoun's antecedents)
    groups: dict = field(default_factory=dict)  # count → the provinces of ours last named after it ('4 tỉnh A, B, C, D')
    ties_before: list = field(default_factory=list)  # the pairs of the last clause of the sentence before (what "kế thừa" takes over)
    missions: tuple = ()  # the end of the last sentence that told missions, and those missions


@dataclass(frozen=True)
class Scope:
    doc: Document
    gazetteer: object
    places: dict
    matches: list
    article: context.ArticleContext
    items: list  # (start offset, ArticleContext) per news item on the page
    ref: tuple
    not_about: frozenset  # starts of place matches no context counts (seats, places in names)
    place_names: frozenset = frozenset()  # names the article writes after a unit word ("huyện Kim Bình"): no persons
    communes: tuple = ()  # (start, commune) of every commune the article names after its unit word

    def places_in(self, start: int, end: int) -> dict:
        """The place matches starting in text[start:end] (matches are sorted by offset)."""
        lo = bisect.bisect_left(self.matches, start, key=lambda m: m.start)
        hi = bisect.bisect_left(self.matches, end, key=lambda m: m.start)
        return {m.start: m for m in self.matches[lo:hi]}


def extract(doc: Document) -> ArticleResult:
    stage = "places"
    try:
        gazetteer = load_gazetteer()
        matches = gazetteer.scan(doc.text, doc.published, normal=True)
        # A consul's seat ("Tổng Lãnh sự Cuba tại TP Hồ Chí Minh"), a place inside a person's
        # name ("Lê Hà Nam") or a lake's ("hồ Hòa Bình") is not what the article, nor a sentence, is about: found once here.
        # So is a Vietnamese district's namesake abroad ("huyện Phú Ninh, tỉnh Vân Nam").
        not_about = frozenset(m.start for m in matches if context.is_diplomatic_seat(doc.text, m.start)
                              or context.inside_a_name(doc.text, m) or context.named_after_a_feature(doc.text, m)
                              or context.named_as_a_commune(doc.text, m)
                              ) | context.foreign_namesakes(doc.text, matches)
        biography = context.biography_spans(doc.text)
        about = [m for m in matches if m.start not in not_about and not _inside_any(m.start, biography)]
        whole = context.with_outlet(context.article_context(about, gazetteer, doc.text), doc.url, gazetteer, doc.published, doc.publisher)
        scope = Scope(
            doc, gazetteer, {m.start: m for m in matches}, matches,
            whole, context.item_contexts(doc.text, about, gazetteer, whole),
            dates.reference_year(doc.published, doc.text, lambda: events.names_in(doc), doc.url), not_about,
            persons.names_of_places(doc.text), tuple(titles.communes_named(doc.text, {m.start: m for m in matches})),
        )
        stage = "sentences"
        facts: list[Fact] = []
        sentences = split_sentences(doc)
        state = DocState(main_event=main_event(doc, sentences))
        for i, sentence in enumerate(sentences):
            stage = f"sentence at {sentence.start}"
            facts += sentence_facts(scope, sentence, state)
            # a plan told, then changed: its days and venue are no facts ('Theo kế hoạch, … Tuy nhiên, … đã thay đổi thời gian')
            facts = dates.superseded(facts, doc.text, sentence, sentences[i - 1] if i else None)
    except StageError:
        raise
    except Exception as exc:  # the runner names the stage and the file
        raise StageError(f"extraction failed in stage {stage}: {exc!r}", path=doc.source_path or doc.doc_id) from exc
    # one event per chain of names (its bare 'Hội nghị' too), one start and one end each, the year
    # in the key of a name without one; one office per diplomat
    seen = [entity for _, entity in state.events] + [resolve.event_entity(n) for n in events.bare_names(doc.text, state.bare)]
    facts = offices.without_seatless(resolve.dated_events(dates.settle(resolve.shortened_events(facts, seen))))
    return ArticleResult(doc, tuple(dedupe(facts)), tuple(mentioned_entities(facts)))


def _inside_any(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and pos < spans[i][1]


def dedupe(facts: list[Fact]) -> list[Fact]:
    seen, out = set(), []
    for fact in facts:
        key = (fact.subject.key, fact.relation, getattr(fact.object, "key", fact.object), fact.evidence.start)
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out


def mentioned_entities(facts: list[Fact]) -> list[Entity]:
    found: dict = {}
    for fact in facts:
        for value in (fact.subject, fact.object):
            if isinstance(value, Entity):
                found.setdefault((value.kind, value.key), value)
    return [found[k] for k in sorted(found)]


def sentence_facts(scope: Scope, sentence: Sentence, state: DocState) -> list[Fact]:
    text = scope.doc.text
    found_titles = titles.find_titles(text, sentence.start, sentence.end, scope.places)
    title_spans = [(t.start, t.end) for t in found_titles]
    # The sentence's places, looked up once: the stages below read them, never change them.
    local_places = scope.places_in(sentence.start, sentence.end)
    place_spans = [(m.start, m.end) for m in local_places.values()]
    # No title, no office: pairing and qualifying nothing would only cost time.
    held = [_of_a_past_term(text, t, scope.doc.published) for t in (
        _with_unread_place(text, t, scope.place_names, scope.gazetteer, scope.doc.published) for t in found_titles)
        if t is not None]
    # Names matter only beside titles: a sentence without a title needs no name search. A title that read
    # its place on ("Thị trưởng San Diego") is no part of the name after it.
    name_spans = title_spans + [(t.start, t.end) for t in held if t.end not in {b for _, b in title_spans}]
    names = persons.find_names(text, sentence.start, sentence.end, name_spans, place_spans) if found_titles else []
    names = [n for n in names if n.label not in scope.place_names]
    if found_titles:
        names = _with_short_names(text, sentence, names, title_spans, state)
        names = sorted(names + persons.pronoun_names(text, sentence.start, sentence.end, names, state.persons_before),
                       key=lambda n: n.start)
    state.side = _sentence_side(scope, sentence, state, local_places)
    # "tại …" phrases serve both stages: places of events, and places that are no partners.
    locations = events.find_locations(text, sentence.start, sentence.end, scope.places) + _home_locations(scope, sentence)
    locations += _venue_referred_to(sentence, state)
    facts = office_facts(scope, sentence, names, held, state, local_places) if held else []
    facts += roster_facts(scope, sentence, state, names, title_spans)
    facts += event_facts(scope, sentence, title_spans, state, locations, local_places)
    state.named_before = _named_province(scope, sentence, local_places)
    ties_before, state.ties_before = _ties_before(text, sentence, state), []
    if partnerships.may_tie(text, sentence.start, sentence.end):
        before: list = ties_before
        for start, end in _clauses(sentence):
            in_clause = [loc for loc in locations if start <= loc.start < end]
            found, before = partnership_facts(scope, sentence, start, end, found_titles, in_clause, before)
            facts += found + _group_signing(scope, sentence, start, end, found_titles, in_clause, state, found)
        facts += _signed_by_both(scope, sentence, state, local_places, found_titles, locations)
        state.ties_before = before
    state.groups.update(partnerships.counted_groups(text, sentence.start, sentence.end, scope.matches, found_titles))
    state.before = (sentence, found_titles, locations)
    state.persons_before = [n for n in names if n.text not in persons.PRONOUNS]
    return facts


def _ties_before(text: str, sentence: Sentence, state: DocState) -> list:
    """The pairs of the last clause of the sentence before, in the same paragraph ("… giữa thành phố A (trước
    đây) với thành phố B. Tỉnh C mới tiếp tục kế thừa hai thỏa thuận này": what a merged unit takes over)."""
    if not state.before or "\n" in text[state.before[0].end : sentence.start]:
        return []
    return state.ties_before


def _group_signing(scope: Scope, sentence: Sentence, start: int, end: int, found_titles, locations,
                   state: DocState, found: list[Fact]) -> list[Fact]:
    """"Các Bí thư Tỉnh ủy 4 tỉnh và Bí thư Khu ủy Quảng Tây đã ký …": the provinces of the group counted
    earlier in the article, each with the foreign signer (the clause's own pairs aside)."""
    if not state.groups:
        return []
    titles_in = [t for t in found_titles if start <= t.start < end]
    pairs = partnerships.group_signing(scope.doc.text, start, end, scope.matches, locations, titles_in, state.groups,
                                       scope.not_about)
    known = {(f.subject.key, f.object.key) for f in found}
    facts = [Fact(resolve.place_entity(v, scope.gazetteer), "partnersWith", resolve.place_entity(f, scope.gazetteer),
                  evidence(scope, sentence, start, end, "partnership-counted-group", 0.75)) for v, f in pairs]
    return [f for f in facts if (f.subject.key, f.object.key) not in known]


def _signed_by_both(scope: Scope, sentence: Sentence, state: DocState, local_places: dict,
                    found_titles: list, locations: list) -> list[Fact]:
    """"Tỉnh A tiếp Đoàn tỉnh B. Tại đây, hai bên đã ký kết biên bản ghi nhớ …": the one pair the sentence
    itself names ("A và B có chung đường biên; hai tỉnh đang triển khai Thỏa thuận hợp tác …", "… hai tỉnh
    đã ký kết Biên bản hợp tác …; A đã hỗ trợ B …"), else, in a sentence that names no place but the two,
    the one pair the sentence before it, in the same paragraph, names ("Từ khi hai tỉnh ký Thỏa thuận hợp
    tác, …; A có 38 sinh viên học tại B"); either with the news item's province for the side of ours it
    leaves unnamed ("Thành phố luôn coi Viêng Chăn là đối tác … mà lãnh đạo hai Thủ đô đã ký")."""
    text = scope.doc.text
    if not partnerships.both_signed(text, sentence.start, sentence.end):
        return []
    home = context.context_at(scope.items, sentence.start).province
    pairs = partnerships.the_one_pair(text, sentence.start, sentence.end, scope.matches, locations, found_titles,
                                      scope.not_about, home)
    if pairs:
        return _pair_facts(scope, sentence, pairs)
    if not state.before:
        return []
    before, found_titles, locations = state.before
    if "\n" in text[before.end : sentence.start]:
        return []
    pairs = partnerships.the_one_pair(text, before.start, before.end, scope.matches, locations, found_titles, scope.not_about,
                                      home)
    if pairs and not all(set(m.places) & set(pairs[0]) for m in local_places.values()):
        return []  # another place named: "hai bên" may be others than the two
    return _pair_facts(scope, sentence, pairs)


def _pair_facts(scope: Scope, sentence: Sentence, pairs: list) -> list[Fact]:
    return [Fact(resolve.place_entity(v, scope.gazetteer), "partnersWith", resolve.place_entity(f, scope.gazetteer),
                 evidence(scope, sentence, sentence.start, sentence.end, "partnership-signed-by-both", 0.75))
            for v, f in pairs]


# "Ông Cường được … giữ chức …": after a full name, news calls the person by honorific and the
# last given name alone; one capitalised word, no other capitalised word after it.
SHORT_NAME = re.compile(r"(?<![\w])(?:Ông|ông|Bà|bà) ([^\W\d_]+)(?![\w])")


def _with_short_names(text: str, sentence: Sentence, names: list, title_spans: list, state: DocState) -> list:
    """Add the short names that only one full Vietnamese name seen before can stand for."""
    full = [n for n in names if n.vietnamese and " " in n.label]
    taken = [(n.start, n.end) for n in names] + title_spans
    out = list(names)
    for m in SHORT_NAME.finditer(text, sentence.start, sentence.end):
        if _capitalised_at(text, m.end(1) + 1):
            continue  # "ông Khải Hoàn …": more of a name follows, not the short form
        labels = state.given.get(m.group(1), set())  # a lower-case word is no key: never a given name
        if len(labels) != 1 or any(a < m.end(1) and m.start(1) < b for a, b in taken):
            continue  # no full name, or two persons share it: whose, unknown
        out.append(persons.Name(m.start(1), m.end(1), m.group(1), next(iter(labels)), True))
    for n in full:
        state.given.setdefault(n.label.rsplit(" ", 1)[1], set()).add(n.label)
    return sorted(out, key=lambda n: n.start)


def _named_province(scope: Scope, sentence: Sentence, local_places: dict):
    """The sentence's own context when it names one Vietnamese province (or a district of one), else None."""
    counted = {at: m for at, m in local_places.items() if at not in scope.not_about}
    if not counted:
        return None
    local = context.sentence_context(counted, scope.gazetteer, context.ArticleContext(source="none"))
    return local if local.source == "sentence" and local.province is not None else None


def _capitalised_at(text: str, at: int) -> bool:
    return at < len(text) and text[at - 1] == " " and text[at].isupper()


# Provincial papers call their own province "tỉnh ta", "tỉnh nhà": "… diễn ra tại tỉnh ta" is held there.
HOME_PROVINCE = re.compile(r"(?<![\w])tại tỉnh (?:ta|nhà)(?![\w])")


def _home_locations(scope: Scope, sentence: Sentence) -> list:
    if "tỉnh ta" not in sentence.text and "tỉnh nhà" not in sentence.text:
        return []  # most sentences: no regex pass
    home = context.context_at(scope.items, sentence.start).province
    if home is None:
        return []
    return [events.Location(sentence.start + m.start(), sentence.start + m.end(), "", home)
            for m in HOME_PROVINCE.finditer(sentence.text)]


# "Ngay sau hội đàm, tại đây đã diễn ra Lễ ký kết …": 'here' is the venue of the event told before.
HERE = re.compile(r"(?<![\w])[Tt]ại đây(?![\w])")


# "Tối cùng ngày, tại quảng trường diễn ra chương trình nghệ thuật …": the kind of the venue named
# before, in lower case and with no name of its own, is that venue again.
HERE_KIND = re.compile(r"(?<![\w])[Tt]ại (" + lexicon.alternation(
    sorted({h.lower() for h in lexicon.events()["venue_heads"] if " " in h or h[0].isupper()})) + r")(?![\w])")


def _venue_referred_to(sentence: Sentence, state: DocState) -> list:
    """'tại đây' read as the named venue the article's last placed event was held at (a town or a
    country the event was placed in is too wide to be 'here'); so is 'tại quảng trường' after
    'tại Quảng trường X' (the kind alone, the clause going on after it: 'tại quảng trường Y' names another)."""
    if state.venue is None or "ại " not in sentence.text:
        return []  # most sentences: no regex pass
    here = [m for m in HERE.finditer(sentence.text)]
    kind = state.venue.name.lower()
    here += [m for m in HERE_KIND.finditer(sentence.text) if kind.startswith(m.group(1) + " ")
             and KIND_ENDS.match(sentence.text, m.end())]
    return [replace(state.venue, start=sentence.start + m.start(), end=sentence.start + m.end()) for m in here]


# The kind alone: the clause goes on after it, no name nor more words of a venue ('tại khu vực …').
KIND_ENDS = re.compile(r"[,.;]| (?:diễn ra|đã|sẽ|đang|được|tổ chức|khai mạc)(?![\w])")


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    if ";" not in sentence.text:  # most sentences are one clause: no regex pass
        return [(sentence.start, sentence.end)]
    bounds = [sentence.start] + [sentence.start + m.end() for m in CLAUSE_SPLIT.finditer(sentence.text) if m.group(1)]
    return list(zip(bounds, bounds[1:] + [sentence.end]))


def _sentence_side(scope: Scope, sentence: Sentence, state: DocState, local_places: dict):
    if context.CONTINUATION.match(sentence.text):
        return state.side
    return context.side_place(scope.doc.text, sentence.start, sentence.end, local_places)


def evidence(scope: Scope, sentence: Sentence, start: int, end: int, rule: str, confidence: float) -> Evidence:
    return Evidence(scope.doc.doc_id, sentence.start, sentence.end, start, end, sentence.text, rule, confidence)


# --- persons and offices -------------------------------------------------------------


def office_facts(scope: Scope, sentence: Sentence, names, found_titles, state: DocState, local_places: dict) -> list[Fact]:
    text = scope.doc.text
    holdings = offices.pair(text, names, found_titles, local_places, _missions_before(scope, sentence, state))
    holdings = _companions_of_mission(scope, sentence, holdings, found_titles, local_places, state)

    # A side marker later in the sentence ("… đã tiếp Đoàn đại biểu tỉnh X do ông B …") is the side of
    # the names after it, not of the hosts' titles before it; "Cùng đi có …" carries the side before.
    carried = state.side if context.CONTINUATION.match(sentence.text) else None

    sides: dict = {}  # by title start: qualify asks again of titles that share it, and may run twice

    def side(h):
        at = h.title.start
        if at not in sides:
            sides[at] = context.side_of(text, sentence.start, at, local_places) or carried
        return sides[at]

    facts = []
    # Places inside a consul's title or a person's name ("Lê Hà Nam") say whose the titles are not.
    skipped = [(t.start, t.end) for t in found_titles if t.is_diplomatic] + [(n.start, n.end) for n in names]
    counted = {at: m for at, m in local_places.items() if at not in scope.not_about}
    local = _sentence_local(scope, sentence, counted, skipped)
    former = [(t.start, t.end) for t in found_titles if t.former]
    if former and local.source == "sentence" and local.province is not None:
        # "ông A, nguyên Chủ tịch UBND tỉnh X, được chỉ định làm Phó Bí thư Tỉnh ủy": the one province the
        # sentence names, a former post's, tells where the person was, not where the new posts are.
        skipped += former
        local = _sentence_local(scope, sentence, counted, skipped)
    holdings = offices.with_delegation_country(
        holdings, lambda h: context.delegation_country(text, sentence.start, h.title.start, local_places)
        or context.visited_country(text, sentence.start, h.title.start, local_places))
    qualified = _qualified_by_clause(scope, sentence, holdings, side, local, counted, skipped)
    before = state.named_before
    if before is not None and local.source != "sentence" and any(offices.unit_clash_left(h, local.province) for h in qualified):
        # "Cụ thể, đối với Tp.HCM, … Thủ tướng cũng phê chuẩn … Phó chủ tịch UBND thành phố": a title whose
        # unit the article's province cannot be ('thành phố' in an article about a 'tỉnh') is of the
        # province the sentence before named, when that one has its unit.
        again = offices.qualify(holdings, side, replace(before, foreign=local.foreign))
        qualified = [b if offices.unit_clash_left(a, local.province) and b.title.places and b.context == "sentence" else a
                     for a, b in zip(qualified, again)]
    for h in offices.without_heads_of_a_wider_unit(offices.without_foreigners_in_national_posts(
            [offices.recall(h, state.held) for h in qualified])):
        fact = _office_fact(scope, sentence, h)
        if fact is not None:
            facts.append(fact)
    facts += attendance_facts(scope, sentence, facts, state)
    return facts


def _office_fact(scope: Scope, sentence: Sentence, h: offices.Holding) -> Fact | None:
    office = resolve.office_entity(h.title, scope.gazetteer)
    if office is None:
        return None
    person = resolve.person_entity(h.name.label, persons.written_with_initials(h.name))
    relation = "formerlyHeldOffice" if h.title.former else "holdsOffice"
    span = (min(h.name.start, h.title.start), max(h.name.end, h.title.end))
    rule = h.rule if h.context == "text" else f"{h.rule}+place-from-{h.context}"
    return Fact(person, relation, office, evidence(scope, sentence, *span, rule, CONFIDENCE[h.context]))


def roster_facts(scope: Scope, sentence: Sentence, state: DocState, names: list, taken: list) -> list[Fact]:
    """A national body's deputies listed by count ("Bộ này hiện có 5 Thứ trưởng là …"): see offices.roster.
    ``taken`` are the spans no name overlaps, for a sentence whose names were not looked for (no title found)."""
    if " hiện " not in sentence.text:
        return []
    text = scope.doc.text
    names = names or persons.find_names(text, sentence.start, sentence.end, taken)
    bodies_before = [b for t in state.before[1] for b in t.bodies] if state.before else []
    holdings = offices.roster(text, sentence.start, sentence.end, names, bodies_before)
    return [f for f in (_office_fact(scope, sentence, h) for h in holdings) if f is not None]


# "Chủ tịch UBND tỉnh X nhiệm kỳ 2011 - 2016", "… giai đoạn 2011-2016" in a page of 2025: a term that ended
# before the year the page was published is a post held before, as "nguyên" tells it. A post taken for that
# term ("được bầu giữ chức X nhiệm kỳ 2016-2021") is the news of its day, told by the verbs offices reads.
PAST_TERM = re.compile(r"\s*,?\s*\(?(?:nhiệm kỳ|giai đoạn) \d{4}\s*[-–]\s*(\d{4})(?![\w])")
TAKEN_BEFORE = re.compile(r"(?:giữ|làm|bầu|cử|nhiệm|chức|chức vụ|chức danh|cương vị|vị trí)\s*$")


# "Trưởng Ban Tổ chức Trung ương khóa XII", "Phó Chủ tịch Quốc hội khóa XIV": the country's Party Central
# Committee and National Assembly number their terms, whose ends the lexicon knows (national_terms); a
# provincial committee's number ("Bí thư Tỉnh ủy khóa XVIII") tells no years.
NUMBERED_TERM = re.compile(r"\s*,?\s*\(?khóa ([IVXLC]+)(?![\w])")
CENTRAL_PARTY_BODY = re.compile(r"Trung ương|Bộ Chính trị|Ban Bí thư")


def _numbered_term_ended(text: str, title, published) -> bool:
    m = NUMBERED_TERM.match(text, title.end)
    if m is None:
        return False
    kind = ("assembly" if any(b.text == "Quốc hội" for b in title.bodies)
            else "party" if any(b.style in ("national", "party") and CENTRAL_PARTY_BODY.search(b.text) for b in title.bodies)
            else None)
    ended = lexicon.titles()["national_terms"].get(kind or "", {}).get(m.group(1))
    return ended is not None and published.strftime("%Y-%m") > ended


def _of_a_past_term(text: str, title, published):
    if published is None or title.former:
        return title
    m = PAST_TERM.match(text, title.end)
    if (m is None or int(m.group(1)) >= published.year) and not _numbered_term_ended(text, title, published):
        return title
    if TAKEN_BEFORE.search(text, max(0, title.start - 15), title.start):
        return title
    return replace(title, former=True)


def _with_unread_place(text: str, title, place_names: frozenset, gazetteer, at):
    """"Bí thư Huyện ủy Kim Bình", the article having written "huyện Kim Bình" (a foreign district the
    gazetteer knows only after its unit word): the title names its place. The committee's unit and the
    name find it; if they do not, the place cannot be read, and no context's place is the title's (None)."""
    if title.places or title.country is not None or text[title.end : title.end + 1] != " ":
        return title
    start = title.end + 1
    if title.base in offices.MAYORS and not title.bodies:
        joined = _JOINED_TO_CITY.match(text, title.end)
        return _mayors_city(text, title, joined.end() if joined else start, gazetteer, at, joined is not None)
    name = next((n for n in place_names if text.startswith(n, start) and not text[start + len(n) : start + len(n) + 1].isalnum()), None)
    if name is None:
        return title
    return titles.with_place_named_after_committee(title, name, start + len(name), text, gazetteer.lookup, at)


# "Thị trưởng Denver A": a mayor's city written bare, a foreign city the gazetteer knows only
# after its unit word (the generated cities); the mayor heads a city, so the unit is the title's.
# "Thị trưởng Port Hedland", the page writing "thành phố Port Hedland" elsewhere: a city the gazetteer
# lacks, named all the same, its words no holder's name.
CITY_WORDS = re.compile(rf"{lexicon.UPPER}[^\W\d_]*(?: {lexicon.UPPER}[^\W\d_]*){{0,2}}")
_CITY_UNIT = "thành phố"


# "Thị trưởng kiêm Chủ tịch khu vực thành phố Port Hedland": a second post joined to the mayor's, the city of
# both written after it, whatever the second post's words (a role the lexicon lacks among them).
_JOINED_TO_CITY = re.compile(rf" kiêm (?:[^\W\d_]+ ){{1,5}}?{_CITY_UNIT} (?={lexicon.UPPER})")


def _mayors_city(text: str, title, start: int, gazetteer, at, joined: bool = False):
    """``joined``: the city is written after a second post; the title keeps its own words."""
    m = CITY_WORDS.match(text, start)
    words = m.group(0).split() if m else []
    if not words or words[0] in lexicon.surnames():
        return title
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k])
        found = [p for p in gazetteer.lookup(f"{_CITY_UNIT} {name}", at) if p.kind == "City" and p.country not in ("VN", "")]
        if len(found) == 1:
            end = title.end if joined else start + len(name)
            return replace(title, places=(found[0],), unit=_CITY_UNIT, end=end, written=text[title.start : end])
    # The unread city is all the capitalised words, written so after the unit word, none of them starting a place.
    name = " ".join(words)
    unread = not any(gazetteer.lookup(" ".join(words[:k]), at) for k in range(1, len(words) + 1))
    if unread and (joined or re.search(rf"(?<![\w]){_CITY_UNIT} {re.escape(name)}(?! ?{lexicon.UPPER})", text)):
        end = title.end if joined else start + len(name)
        return replace(title, places=(titles.unread_unit(_CITY_UNIT, name),), unit=_CITY_UNIT, end=end,
                       written=text[title.start : end])
    return title


def _sentence_local(scope: Scope, sentence: Sentence, counted: dict, skipped: list) -> context.ArticleContext:
    """The context the ``counted`` places of a sentence give its unqualified titles."""
    local = context.sentence_context(counted, scope.gazetteer, context.context_at(scope.items, sentence.start), skipped)
    local = replace(local, communes=context.communes_at(scope.communes, scope.doc.text, sentence.start))
    cities, regions = ({m.places[0] for m in counted.values() if m.places[0].kind == kind and m.places[0].country != "VN"
                        and not any(a <= m.start < b for a, b in skipped)} for kind in ("City", "ForeignRegion"))
    local = replace(local, cities=tuple(sorted(cities, key=lambda p: p.key))) if cities else local
    return replace(local, regions=tuple(sorted(regions, key=lambda p: p.key))) if regions else local


def _qualified_by_clause(scope: Scope, sentence: Sentence, holdings: list, side, local, counted: dict, skipped: list) -> list:
    """"Tới dự có A, Ủy viên Ban Thường vụ Tỉnh ủy; …; ông B, đại diện tổ chức X tại Hà Nội": a place named
    in a later entry of a list (after a ";") is that entry's, not the earlier entries' titles' place."""
    qualified = offices.qualify(holdings, side, local)
    clauses = _clauses(sentence)
    if len(clauses) == 1:
        return offices.without_one_post_placed_twice(qualified)
    out = list(qualified)
    for _, end in clauses[:-1]:
        before = {at: m for at, m in counted.items() if at < end}
        inside = [i for i, h in enumerate(holdings) if h.title.start < end and h.name.start < end]
        if len(before) == len(counted) or not inside:
            continue
        again = offices.qualify([holdings[i] for i in inside], side, _sentence_local(scope, sentence, before, skipped))
        for i, h in zip(inside, again):
            if out[i] is qualified[i]:
                out[i] = h
    return offices.without_one_post_placed_twice(out)


def _companions_of_mission(scope: Scope, sentence: Sentence, holdings: list, found_titles, local_places: dict,
                           state: DocState) -> list:
    """"Cùng đi với Tổng Lãnh sự có bà A, Phó Tổng Lãnh sự": the companions of a mission's head, named by a
    rank alone, serve in the one mission this sentence or, failing it, the paragraph before told (see
    offices.companions_of_mission). Every sentence's missions are kept for the sentences after it."""
    text = scope.doc.text
    told = offices.missions_told(text, found_titles, local_places) if found_titles else frozenset()
    if not told and state.missions and "\n" not in text[state.missions[0] : sentence.start]:
        told = state.missions[1]
    elif told:
        state.missions = (sentence.end, told)
    if len(told) != 1 or not offices.COMPANIONS.match(sentence.text):
        return holdings
    return offices.companions_of_mission(holdings, next(iter(told)))


def _missions_before(scope: Scope, sentence: Sentence, state: DocState) -> frozenset:
    """The missions the sentence before named, when it stands in the same paragraph."""
    if not state.before or "\n" in scope.doc.text[state.before[0].end : sentence.start]:
        return frozenset()
    before, found_titles, _ = state.before
    return offices.missions_told(scope.doc.text, found_titles, scope.places_in(before.start, before.end))


def main_event(doc: Document, sentences: list[Sentence]) -> Entity | None:
    """The event an article reports on: one named in its title or first two sentences."""
    for text in [doc.title or ""] + [s.text for s in sentences[:2]]:
        named = [e for e in events.find_events(text, 0, len(text), []) if len(e.name.split()) >= 3]
        if named:
            return resolve.event_entity(named[0].name)
    return None


def _only_event_named(scope: Scope, sentence: Sentence) -> Entity | None:
    named = [e for e in events.find_events(scope.doc.text, sentence.start, sentence.end, []) if e.name]
    return resolve.event_entity(named[0].name) if len(named) == 1 else None


# "Đại tướng A chủ trì lễ đón Đoàn … sang dự Triển lãm X", "Phó Chủ tịch UBND tỉnh B cùng tham dự buổi tiếp": the
# verb's object is a welcome, a reception or a working session, not the event the article (or the sentence) names.
_ANOTHER_ACT_AFTER_CUE = re.compile(r" (?:(?:buổi|cuộc) (?:tiếp(?: xã giao)?|làm việc|hội đàm|hội kiến|gặp(?: mặt| gỡ)?)|lễ đón|tiệc chiêu đãi)(?![\w])")


def _cue_names_another_act(text: str, relation: str | None, event: Entity) -> bool:
    cue = {"chaired": CHAIR_CUE, "spokeAt": SPEAK_CUE}.get(relation, ATTEND_CUE).search(text)
    act = _ANOTHER_ACT_AFTER_CUE.match(text, cue.end()) if cue else None
    return act is not None and not event.label.lower().startswith(act.group(0).strip().lower())


def attendance_facts(scope: Scope, sentence: Sentence, person_facts: list[Fact], state: DocState) -> list[Fact]:
    if not person_facts:  # before the event lookup: most sentences state no office
        return []
    event = state.main_event or _only_event_named(scope, sentence)
    if event is None:
        return []
    relation = "chaired" if CHAIR_CUE.search(sentence.text) else "spokeAt" if SPEAK_CUE.search(sentence.text) else None
    if relation is None and not ATTEND_CUE.search(sentence.text):
        return []
    if _cue_names_another_act(sentence.text, relation, event):
        return []
    out = []
    for fact in person_facts:
        if fact.relation == "holdsOffice":
            ev = evidence(scope, sentence, fact.evidence.start, fact.evidence.end, "attendance-cue", 0.7)
            out.append(Fact(fact.subject, relation or "attended", event, ev))
    return out


# --- events --------------------------------------------------------------------------


def event_facts(scope: Scope, sentence: Sentence, title_spans, state: DocState, locations, local_places: dict) -> list[Fact]:
    text = scope.doc.text
    found = events.find_events(text, sentence.start, sentence.end, title_spans)
    named = [(e.start, e.end) for e in found]
    visits = [(v, resolve.event_entity(v.name)) for v in events.find_visits(text, sentence.start, sentence.end, scope.places)]
    # Sessions told by their verb ('HĐND tỉnh X … họp kỳ thứ 7') are held in their council's place, like visits.
    visits += [(v, resolve.event_entity(v.name)) for v in events.find_sessions(text, sentence.start, sentence.end, scope.places)]
    if not visits and not events.tells_a_visit(text, sentence.start, sentence.end):
        # a reception told with the guests' visit ('… đến thăm và làm việc tại tỉnh') is a moment of the visit
        found = sorted(found + events.find_receptions(text, sentence.start, sentence.end, named, title_spans), key=lambda e: e.start)
    found = sorted(found + events.find_signings(text, sentence.start, sentence.end, named), key=lambda e: e.start)
    found = [e for e in found if not _another_edition(text, e, state) and not _purpose_of(text, sentence, e)
             and not _in_a_past_year_review(scope, sentence, e)]
    found = sorted(found + _abbreviated(text, sentence, state, found), key=lambda e: e.start)
    locations = _venues_cut_at_events(text, locations, found)
    venue_spans = [(loc.start, loc.end) for loc in locations]
    place_spans = [(m.start, m.end) for m in local_places.values()]
    event_spans = [(e.start, e.end) for e in found if e.name]
    found_dates = dates.find_dates(text, sentence.start, sentence.end, scope.ref, venue_spans + event_spans + title_spans, state.previous_date)
    facts: list[Fact] = []
    resolved = _resolved_in_order(_ceremonies_of_events_before(text, found, state), state, scope.doc.doc_id)
    for start, end in _clauses(sentence) if any(ent is not None for _, ent in resolved) or visits else ():
        in_clause = [(e, ent) for e, ent in resolved if start <= e.start < end and ent is not None]
        venues = [l for l in locations if start <= l.start < end and not _diplomatic_seat(scope.doc.text, l, title_spans)]
        facts += _held_in(scope, sentence, in_clause, venues, start, state)
        # A visit's dates are told beside it like any event's ('thăm chính thức Lào từ ngày 8 đến 10/1').
        dated = sorted(in_clause + [(v, ent) for v, ent in visits if start <= v.start < end], key=lambda pair: pair[0].start)
        clause_dates = [d for d in found_dates if start <= d.start < end]
        facts += _event_dates(scope, sentence, (start, end), dated, clause_dates, venue_spans, venue_spans + place_spans + title_spans)
    facts += _visit_facts(scope, sentence, visits)
    if not visits and all(ent is None for _, ent in resolved):
        facts += _activities_last(scope, sentence, state, found_dates)
    facts += _told_of_the_event_before(scope, sentence, state, found_dates, locations, facts)
    facts += _span_of_this_edition(scope, sentence, state, found_dates, facts)
    # a ceremony opens the event it is a part of, which is given the start too
    state.opened = tuple({f.subject: None for f in facts if f.relation == "startDate" and not _ceremony_of(f.subject.label)})
    facts += _framing_event_of_the_scene(scope, sentence, state, resolved, facts)
    state.scene = _scene(scope, sentence, found_dates, locations)
    facts += _town_of_the_ceremony(scope, sentence, resolved, facts)
    facts += _parts_of(scope, sentence, resolved)
    facts += _bridge_points(scope, sentence, state, local_places)
    # 'cùng ngày' is the day the story last stood on, not the last day of a span ('kéo dài đến hết ngày 17/11')
    # nor a day the sentence only recalls ('… vận hành chính quyền hai cấp từ ngày 1/7/2025')
    known = [d.first for d in found_dates if d.first and d.kind != "until" and _a_day_of_the_story(sentence, d, facts)]
    if known:
        state.previous_date = known[-1]
    return facts


LEAD_DATE_REACH = 24


_BOUND_BEFORE = re.compile(r"(?<![\w])(?:[Tt]rước|[Ss]au|[Tt]ừ|[Kk]ể từ)(?: ngày)? $")


def _a_day_of_the_story(sentence: Sentence, d, facts: list[Fact]) -> bool:
    """A day the story stands on: the one that leads the sentence ('Chiều 8/12, …') or its main clause
    after a frame set off by commas, or a single day that dates an event there; any other day is only told of. A span told later in the sentence
    ('… dự Lễ hội X, diễn ra từ ngày 9 đến 15/3') is the other event's, not the story's day."""
    if d.kind == "point" and _BOUND_BEFORE.search(sentence.text, 0, d.start - sentence.start):
        return False  # 'Trước ngày 1/7/2025, bà A là …', 'Từ ngày 1/7, …': a bound of a time told of, no day of the story
    if d.start - sentence.start < LEAD_DATE_REACH:
        return True
    if d.kind == "point" and dates.leads_its_clause(sentence.text, sentence.start, d):
        return True  # '… Hội nghị X tại Viêng Chăn, chiều 9/8, Phó Thủ tướng Lào đã tiếp ông': the main clause's day
    if dates.FUTURE.search(sentence.text, 0, d.start - sentence.start):
        return False  # '… trong khuôn khổ hội chợ sẽ có Diễn đàn X, diễn ra sáng 5.12': a day to come, not the story's
    return d.kind != "range" and any(f.object == d.first for f in facts if f.relation in ("startDate", "endDate"))


# "… cầu nối để tỉnh A tổ chức hội nghị xúc tiến đầu tư tại X": an event a purpose clause wishes
# for is no fact, neither held nor dated (a plan told as such, 'sẽ được tổ chức', still is).
PURPOSE_BEFORE = re.compile(r"(?<![\w])(?:để|nhằm) (?:[^\s,;]+ ){0,4}(?:tổ chức|đăng cai) $")


# "buổi họp báo về Tuần Văn hóa X tại Hàn Quốc diễn ra tại TP Nha Trang", "cuộc họp về Lễ hội Y":
# an event a meeting is about (when the meeting's own name is not read) is held elsewhere, later.
TOPIC_OF_A_MEETING = re.compile(
    r"(?<![\w])(?:[Hh]ọp báo|[Hh]ội nghị|[Hh]ội thảo|[Tt][oọ]ạ? đàm|[Cc]uộc họp|[Bb]uổi làm việc)(?: [^\W\d_]+){0,2} về $")


def _purpose_of(text: str, sentence: Sentence, e: events.EventMention) -> bool:
    return PURPOSE_BEFORE.search(text, max(sentence.start, e.start - 60), e.start) is not None \
        or TOPIC_OF_A_MEETING.search(text, max(sentence.start, e.start - 40), e.start) is not None


# "năm 2015 tỉnh đã đón 43 đoàn khách, tổ chức thành công Hội nghị X tại Y": a review of a year
# before the article's, with no day told, recalls what was done then; its events are background.
PAST_YEAR = re.compile(r"(?<![\w])[Nn]ăm (\d{4})(?![\w/-])")
DAY_TOLD = re.compile(r"(?<![\w])(?:ngày |\d{1,2}[/.-]\d{1,2}(?![\w]))")
REVIEW_VERB = re.compile(r"(?<![\w])đã(?![\w])")


def _in_a_past_year_review(scope: Scope, sentence: Sentence, e: events.EventMention) -> bool:
    text, published = scope.doc.text, scope.doc.published
    if published is None or DAY_TOLD.search(text, sentence.start, sentence.end):
        return False
    for year in PAST_YEAR.finditer(text, sentence.start, e.start):
        if int(year.group(1)) < published.year and REVIEW_VERB.search(text, year.end(), e.start):
            return True
    return False


def _venues_cut_at_events(text: str, locations: list, found: list) -> list:
    """'chủ trì tại trụ sở Chính phủ Hội nghị trao …': a venue's name ends where an event's name
    begins (the event finder leaves out heads inside a venue's name, 'Trung tâm Hội nghị tỉnh')."""
    cut = []
    for loc in locations:
        name_start = loc.end - len(loc.name)
        inside = [e.start for e in found if e.name and name_start < e.start < loc.end]
        if not loc.name or not inside or text[name_start:loc.end] != loc.name:
            cut.append(loc)
            continue
        name = text[name_start : min(inside)].rstrip(" ,")
        cut.append(replace(loc, end=name_start + len(name), name=name, containers=()))
    return cut


# "…; các hoạt động kéo dài đến hết ngày 26/6", "Các hoạt động sẽ kéo dài tới hết ngày 20/8", "Sự kiện
# diễn ra từ ngày 22 đến 25/8", "Chương trình diễn ra từ 5 đến 7/8": the activities of the event just
# opened go on until that day.
ACTIVITIES_LAST = re.compile(
    r"(?:^ ?|[,;] )(?:(?:[Cc]ác|[Nn]hững) )?(?:[Hh]oạt động|[Ss]ự kiện|[Cc]hương trình)(?: này)? "
    r"(?:(?:sẽ|còn|tiếp tục|đã) )?(?:kéo dài|diễn ra) $")


def _activities_last(scope: Scope, sentence: Sentence, state: DocState, found_dates) -> list[Fact]:
    """A sentence naming no event of its own whose clause says how long 'the activities' (the event,
    the programme) last ends the one event the sentence before opened (its start told there)."""
    if len(state.opened) != 1:
        return []
    text = scope.doc.text
    facts = []
    for d in found_dates:
        clause_start = max([sentence.start] + [a for a, _ in _clauses(sentence) if a <= d.start])
        if d.kind in ("until", "range") and d.last and ACTIVITIES_LAST.search(text[clause_start : d.start]):
            ev = evidence(scope, sentence, d.start, d.end, f"activities-last-{d.kind}", 0.75)
            facts.append(Fact(state.opened[0], "endDate", d.last, ev))
    return facts


# "Theo đó, chương trình sẽ kéo dài 3 ngày (từ ngày 14/4 đến 16/4) tại khách sạn X", "Hội chợ được
# bố trí tại X, …, và kéo dài đến hết ngày 17/11": a sentence opened by a head and its predicate
# (no name: the head refers back) tells the days and the venue of the event named before with that head.
# "Sự kiện do UBND tỉnh X tổ chức, diễn ra …": who holds it may be told first, set off by a comma (its
# bodies listed with commas too); "Các hoạt động của ngày hội kéo dài tới hết ngày 22-3": the event's activities.
BACK_AGENT = r"(?: do (?:[^,;.()]|, (?=" + lexicon.UPPER + r")){1,120}? (?:đứng ra )?(?:tổ chức|đăng cai),)?"
BACK_HEAD = re.compile(
    r"(?:(?:Theo đó|Cụ thể|Dự kiến|Theo kế hoạch),? )?(?:(?:các|những) hoạt động (?:của|trong khuôn khổ) )?(" + lexicon.alternation(lexicon.events()["back_reference_heads"]) + r")"
    r"(?: này)?(?=" + BACK_AGENT + r"(?: (?:sẽ|đã|đang|được|vẫn|còn))* (?:kéo dài|diễn ra|bố trí|được bố trí|tổ chức|được tổ chức|mở cửa)(?![\w]))",
    re.IGNORECASE)
# ', địa điểm là X': the venue may follow the span after a comma
BACK_VENUE_GAP = re.compile(
    BACK_AGENT + r"(?: (?:sẽ|đã|đang|được|vẫn|còn))* (?:kéo dài|diễn ra|bố trí|tổ chức|mở cửa)(?: (?:trong )?\d{1,2} ngày)?(?: ,)? ?")
# "… đánh giá kỳ festival năm nay (từ 25/4 - 29/4) đã …": this edition of the event, its span in brackets.
THIS_EDITION = re.compile(
    r"(?<![\w])(?:kỳ )?(" + lexicon.alternation(lexicon.events()["back_reference_heads"]) + r") (?:năm nay|lần này) \((?=từ |\d)",
    re.IGNORECASE)
LASTS_BEFORE = re.compile(r"(?<![\w])(?:kéo dài|diễn ra|tổ chức|mở cửa)(?: (?:trong )?\d{1,2} ngày)?(?: \(| )$")


def _told_of_the_event_before(scope: Scope, sentence: Sentence, state: DocState, found_dates, locations, facts) -> list[Fact]:
    """The span ('kéo dài 3 ngày (từ ngày 14/4 đến 16/4)', '… kéo dài đến hết ngày 17/11') and the
    venue ('được bố trí tại X') told after a head that refers back, given to the one event it refers
    to; what the sentence already gave that event stands."""
    text = scope.doc.text
    m = BACK_HEAD.match(text, sentence.start, sentence.end)
    entity = _the_one_referred_to(text, m.group(1), sentence.start, state) if m else None
    if entity is None or any(f.evidence.rule.startswith("activities-last") for f in facts):
        return []
    told = {f.relation for f in facts if f.subject == entity}
    out = []
    for d in found_dates:
        if d.kind in ("range", "until") and LASTS_BEFORE.search(text, max(sentence.start, d.start - 30), d.start):
            spans = [("startDate", d.first), ("endDate", d.last)] if d.kind == "range" else [("endDate", d.last)]
            ev = evidence(scope, sentence, m.start(1), d.end, f"referred-back-{d.kind}", 0.75)
            out += [Fact(entity, relation, day, ev) for relation, day in spans if day and relation not in told]
    venue = next((loc for loc in locations if loc.start >= m.end()
                  and _back_venue_gap(text[m.end() : loc.start])), None)
    place = _location_entity(scope, venue) if venue is not None and "heldIn" not in told else None
    if place is not None:
        out.append(Fact(entity, "heldIn", place, evidence(scope, sentence, m.start(1), venue.end, "referred-back-venue", 0.75)))
    return out


def _back_venue_gap(gap: str) -> bool:
    """What may part a head that refers back from its venue: its verb, with the span it lasts in
    brackets ('kéo dài 3 ngày (…) tại') or its days told ('sẽ được tổ chức từ ngày 8 đến 12-3 tại')."""
    return any(BACK_VENUE_GAP.fullmatch(" ".join(pattern.sub(" ", gap).split()).join("  ")) for pattern in (dates.PAREN, ASIDE))


def _span_of_this_edition(scope: Scope, sentence: Sentence, state: DocState, found_dates, facts) -> list[Fact]:
    """'kỳ festival năm nay (từ 25/4 - 29/4)': the span in brackets is the one festival's named before."""
    text = scope.doc.text
    out = []
    for m in THIS_EDITION.finditer(text, sentence.start, sentence.end):
        d = next((d for d in found_dates if d.kind == "range" and m.end() <= d.start <= m.end() + 3), None)
        entity = _the_one_referred_to(text, m.group(1), m.start(), state) if d is not None else None
        told = {f.relation for f in facts if f.subject == entity}
        ev = evidence(scope, sentence, m.start(), d.end, "this-edition-range", 0.75) if entity is not None else None
        out += [Fact(entity, r, day, ev) for r, day in (("startDate", d.first), ("endDate", d.last))
                if ev is not None and day and r not in told]
    return out


def _the_one_referred_to(text: str, head: str, before: int, state: DocState) -> Entity | None:
    """The event the head refers back to: the one the article named last, when it bears the head
    ('Hội chợ X', or 'chương trình "X"') and every event before that bears it is a name of it too."""
    key = head.lower()
    bearing = [entity for h, entity in state.events if h.lower() == key or entity.label.lower().startswith(key + " ")
               or re.search(r"(?<![\w])" + re.escape(key) + r' "?' + re.escape(entity.label), text[:before], re.IGNORECASE)]
    if not bearing:
        return None
    last = _squeezed(bearing[-1].label)
    if not all(last.startswith(_squeezed(e.label)) or _squeezed(e.label).startswith(last) for e in bearing):
        return None
    told_last = max(_last_told(text, e, before) for e in bearing)
    others = [e for _, e in state.events if e not in bearing]
    return bearing[-1] if all(_last_told(text, e, before) < told_last for e in others) else None


def _last_told(text: str, entity: Entity, before: int) -> int:
    return text.lower().rfind(entity.label.lower(), 0, before)


def _squeezed(label: str) -> str:
    """A name without its spaces and marks: 'Việt - Trung' and 'Việt-Trung' are one name."""
    return re.sub(r"[\W_]+", "", label.lower())


# "Sáng 18.11, tại P.Rạch Giá, …": a day, then a "tại" place, set off at the head of the sentence.
SCENE_DAY = re.compile(r"(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Nn]gày) )?")
SCENE_GAP = re.compile(r"(?: \([^()]{1,40}\))?, ")
# "Lễ ký diễn ra trong khuôn khổ Hội nghị X": what the sentence before told is a part of X.
FRAMED_BY = re.compile(
    r"(?:Lễ ký(?: kết)?|Buổi lễ|Buổi ký kết|Sự kiện|Hoạt động)(?: này| trên)? (?:đã |được )?diễn ra trong khuôn khổ (?:của )?")


def _scene(scope: Scope, sentence: Sentence, found_dates, locations) -> tuple:
    text = scope.doc.text
    if not found_dates or not locations or found_dates[0].first is None or found_dates[0].kind != "point":
        return ()
    d, loc = found_dates[0], locations[0]
    if SCENE_DAY.fullmatch(text, sentence.start, d.start) and SCENE_GAP.fullmatch(text, d.end, loc.start):
        return d, loc
    return ()


def _framing_event_of_the_scene(scope: Scope, sentence: Sentence, state: DocState, resolved, facts) -> list[Fact]:
    """'Sáng 18.11, tại P.Rạch Giá, hai bên đã ký biên bản … . Lễ ký diễn ra trong khuôn khổ Hội nghị
    X': X, which framed what the sentence before told, is held where that was, and (unless it lasts
    days: then only in the town, on no day) starts that day; a place or a day the sentence gives X
    itself wins."""
    if not state.scene:
        return []
    text = scope.doc.text
    framed = [(e, ent) for e, ent in resolved if ent is not None and e.name
              and FRAMED_BY.fullmatch(text, sentence.start, e.start)]
    if not framed:
        return []
    (e, entity), (d, loc) = framed[0], state.scene
    told = {f.relation for f in facts if f.subject == entity}
    lasts_days = dates.multi_day_head(e.head)
    out = []
    # a festival is held in the town of its part, not at the part's venue
    place = _location_entity(scope, loc) if "heldIn" not in told and not (lasts_days and loc.name) else None
    if place is not None:
        out.append(Fact(entity, "heldIn", place, evidence(scope, sentence, e.start, e.end, "frame-of-scene-before", 0.7)))
    if "startDate" not in told and not lasts_days:
        out.append(Fact(entity, "startDate", d.first, evidence(scope, sentence, e.start, e.end, "frame-of-scene-before", 0.7)))
    return out


# "Diễn đàn X năm 2018 (MDEC Trà Vinh 2018)": an abbreviation (capitals, then words or a year) the
# article will call the event by.
ABBREVIATION = re.compile(r" \(((?:[A-ZĐ]{2,}[0-9]*)(?: (?:[A-ZĐ][\w-]*|(?:19|20)\d\d)){0,4})\)")


def _abbreviated(text: str, sentence: Sentence, state: DocState, found: list) -> list:
    """The mentions of events by the abbreviation given them before ('MDEC Trà Vinh 2018 diễn ra
    trong hai ngày …'), read as their names; and the abbreviations this sentence gives."""
    spans = [(e.start, e.end) for e in found]
    out = []
    for alias, (head, name) in state.aliases.items():
        for m in re.finditer(r"(?<![\w(])" + re.escape(alias) + r"(?![\w)])", text[sentence.start : sentence.end]):
            at = sentence.start + m.start()
            if not any(a <= at < b for a, b in spans):
                out.append(events.EventMention(at, at + len(alias), name, head, False))
    for e in found:
        m = ABBREVIATION.match(text, e.end) if e.name else None
        named = (_embedded_event(e) if _ceremony_of(e) else e) if m else None
        if named is not None:
            state.aliases.setdefault(m.group(1), (named.head, named.name))
    return out


def _resolved_in_order(found: list, state: DocState, doc_id: str) -> list:
    """The sentence's mentions and their events, in order. 'Lễ hội năm nay gồm: Lễ khai mạc; Lễ hội đường
    phố; …': a bare head that refers to nothing before opens a sentence listing its parts; a part named
    with the same head after it ('Lễ hội đường phố') is never what the bare head refers back to later."""
    out, orphans = [], set()
    for e in found:
        e, entity = _resolved(e, state, doc_id)
        if entity is None and not e.name:
            orphans.add(e.head.lower())
        elif entity is not None and e.name and e.head.lower() in orphans:
            state.parts.add((e.head.lower(), entity.label))
        out.append((e, entity))
    return out


def _resolved(e: events.EventMention, state: DocState, doc_id: str) -> tuple:
    """The mention and its event. A bare 'Lễ khai mạc' with no earlier ceremony to refer to opens
    the festival or congress the article reports on, named before: it is read as 'Lễ khai mạc <that event>'."""
    entity = _event_entity(e, state, doc_id)
    whole = state.main_event
    if entity is None and not e.name and e.head.lower() in CEREMONY_DATES and whole is not None:
        heads = [h for h, ent in state.events if ent == whole]
        if heads and dates.multi_day_head(heads[-1]) and not _ceremony_of(whole.label):
            e = replace(e, name=f"{e.head} {whole.label}")
            entity = _event_entity(e, state, doc_id)
    return e, entity


_EDITION_YEAR = re.compile(r" năm ((?:19|20)\d\d)(?!\d)")


def _another_edition(text: str, e: events.EventMention, state: DocState) -> bool:
    """'Hội nghị năm 2023 dự kiến được tổ chức tại …' after the article's 'Hội nghị … năm 2022': a bare
    head with a year of its own is another edition, not the event it would refer back to."""
    year = _EDITION_YEAR.match(text, e.end) if not e.name else None
    earlier = _earlier_event(e.head, state) if year else None
    return earlier is not None and year.group(1) not in earlier.label


def _ceremonies_of_events_before(text: str, found: list, state: DocState) -> list:
    """'Lễ khai mạc lễ hội sẽ được tổ chức tối 29/9 …' after 'Lễ hội Thành Tuyên năm 2023': a
    ceremony whose object is only a head is the ceremony of the event that head refers back to
    ('Lễ khai mạc Lễ hội Thành Tuyên năm 2023'), one mention dated and placed; the bare head after
    the ceremony's is no mention of its own."""
    out = []
    k = 0
    while k < len(found):
        e = found[k]
        k += 1
        if e.head.lower() not in CEREMONY_DATES:
            out.append(e)
            continue
        if not e.name and k < len(found) and not found[k].name and found[k].start == e.end + 1:
            inner = found[k].head  # "Lễ khai mạc lễ hội": two mentions found
        elif e.name.lower().startswith(e.head.lower() + " "):
            inner = e.name[len(e.head) + 1:]  # "Lễ khai mạc Lễ hội": one, named by the bare head
        else:
            out.append(e)
            continue
        parent = _earlier_event(inner, state) if events.is_head(inner) else None
        if parent is None:
            out.append(e)
            continue
        end = e.end
        if not e.name:
            end = found[k].end
            k += 1
        out.append(replace(e, name=f"{e.head} {parent.label}", end=end))
    return out


def _earlier_event(head: str, state: DocState) -> Entity | None:
    key = head.lower()
    return next((entity for h, entity in reversed(state.events)
                 if h.lower() == key or entity.label.lower().startswith(key + " ")), None)


def _event_entity(e: events.EventMention, state: DocState, doc_id: str) -> Entity | None:
    if e.name:
        entity = resolve.event_entity(e.name)
        state.events.append((e.head, entity))
        parent = _embedded_event(e)
        if parent:
            state.events.append((parent.head, resolve.event_entity(parent.name)))
        return entity
    for head, entity in reversed(state.events):
        if (e.head.lower(), entity.label) in state.parts:
            continue
        if head == e.head or entity.label.startswith(e.head) or _a_ceremony_referred_to(e.head, head):
            state.bare.append(e)
            return entity
    if not events.is_generic_head(e.head) and _headed_by(state.main_event, e.head):
        state.events.append((e.head, state.main_event))
        return state.main_event
    return _unnamed_event(e, state, doc_id) if e.held else None


# "Tuần lễ" and "Tuần" head one kind of event ('Tuần Văn hóa …' is a 'Tuần lễ Văn hóa …').
_HEAD_SYNONYMS = {"tuần lễ": ("tuần",), "tuần": ("tuần lễ",)}


def _headed_by(whole: Entity | None, head: str) -> bool:
    """Title 'Khai mạc Tuần "Đại đoàn kết …" năm 2021', body 'Tuần lễ được khai mạc tối 18-11, tại …':
    a bare head with no event named before it in the body is the event the title (or lead) names
    with that head, not an unnamed one of its own (a generic head, 'Hội nghị', says too little)."""
    if whole is None:
        return False
    label = whole.label.lower()
    return any(label.startswith(h + " ") for h in (head.lower(),) + _HEAD_SYNONYMS.get(head.lower(), ()))


def _a_ceremony_referred_to(bare: str, head: str) -> bool:
    """'… tổ chức Lễ kết nghĩa X. Buổi lễ diễn ra tại Y': a bare 'Buổi lễ' refers back to the last
    ceremony ('Lễ …'), not to a festival ('Lễ hội …', which lasts days)."""
    return bare == "Buổi lễ" and head.split()[0] == "Lễ" and not dates.multi_day_head(head)


def _unnamed_event(e: events.EventMention, state: DocState, doc_id: str) -> Entity:
    """'tiến hành Hội đàm tại …' with no earlier talks: talks of this article, named by their head
    (the article in the key, so the talks of two articles stay two events)."""
    entity = Entity("Event", f"{e.head} {doc_id}", e.head)
    state.events.append((e.head, entity))
    return entity


def _embedded_event(e: events.EventMention):
    """'Lễ khai mạc Lễ hội X' also names its parent event 'Lễ hội X' (and 'Lễ Khai mạc Festival X',
    where the head found is only 'Lễ')."""
    ceremony = _ceremony_of(e)
    opens = len(ceremony) if ceremony else len(e.head)
    inner = events.find_events(e.name, opens, len(e.name), [])
    named = [i for i in inner if i.name and i.start == opens + 1 and len(i.name.split()) >= 3]
    quoted = _QUOTED_PARENT.fullmatch(e.name, opens) if not named and ceremony else None
    if quoted:  # 'Lễ khai mạc "Ngày hội văn hóa, thể thao … năm 2022"': the quoted name, whole
        content = quoted.group(1)
        heads = [i for i in events.find_events(content, 0, len(content), []) if i.start == 0]
        named = [replace(heads[0], name=content, end=len(content))] if heads and len(content.split()) >= 3 else []
    return named[0] if named else None


_QUOTED_PARENT = re.compile(r' ["“]([^"”]+)["”]')


def _diplomatic_seat(text: str, loc: events.Location, title_spans) -> bool:
    """'Đại sứ quán Hàn Quốc tại Việt Nam tổ chức Lễ hội X', 'Đại sứ … Trung Hoa tại Việt Nam dự Lễ
    X': the country an embassy or an ambassador serves says nothing of where in it X is held (a
    consulate's city, 'Tổng Lãnh sự quán X tại Đà Nẵng tổ chức …', is its own venue and stays)."""
    if loc.place is None or loc.place.kind != "Country":
        return False
    return context.is_diplomatic_seat(text, loc.start + len("tại ")) or any(a <= loc.start < b for a, b in title_spans)


def _held_in(scope: Scope, sentence: Sentence, in_clause, locations, clause_start, state: DocState) -> list[Fact]:
    facts = []
    for i, (e, entity) in enumerate(in_clause):
        next_start = in_clause[i + 1][0].start if i + 1 < len(in_clause) else sentence.end
        after = _places_after(scope.doc.text, in_clause, i, next_start, locations, clause_start)
        joined = dates.joined_after(scope.doc.text, [o for o, _ in in_clause], i)
        if not after and joined and not e.by_verb:  # 'tổ chức A (…) và B tại Hà Nội': A is held where B is
            last = joined[-1]
            last_end = in_clause[last + 1][0].start if last + 1 < len(in_clause) else sentence.end
            after = _places_after(scope.doc.text, in_clause, last, last_end, locations, clause_start)
        lead = _joined_to(scope.doc.text, in_clause, i)  # 'tổ chức A và B': B is held where A is
        between = [o for o, _ in in_clause if not _organisers_of(scope.doc.text, o)]  # 'Ban Tổ chức X' holds nothing
        before = [] if _organisers_of(scope.doc.text, e) or _hosting_handed_over(scope.doc.text, e) or _being_prepared(scope.doc.text, e) else [
            l for l in locations if l.start < lead.start and not NEAR_CUE.match(scope.doc.text, l.start)
            and not any(l.start < o.start < lead.start for o in between)
            and not _in_closed_aside(scope.doc.text, sentence.start, l, lead.start) and not _in_quotes(scope.doc.text, sentence.start, l)
            and not _seat_elsewhere(scope.doc.text, l, lead.start, locations)
            and not _trip_destination(scope.doc.text, l) and not _place_of_earlier(scope.doc.text, between, l, lead)
            and not _guests_attend_after(scope.doc.text, l, lead.start) and not _attended_online_at(scope.doc.text, l, entity)
            and not _relayed_at(scope.doc.text, l, e)]
        edition = None if e.by_verb else _place_of_its_edition(scope.doc.text, e, locations)
        if edition is not None and not after:  # a venue before it elsewhere than its place is another event's
            before = [l for l in before if _may_lie_in(scope, l, edition)]
        loc = _where_it_takes_place(scope.doc.text, e, after) if after else (before[-1] if before else edition)
        if loc:
            place = _location_entity(scope, loc)
        else:  # an event told by its verb is held where its clause opens, or not said (its host's seat is a guess)
            place = None if e.by_verb else _host_place(scope, sentence, e, clause_start)
        rule = "event-tai-location" if loc else "place-hosts-event"
        if place is None and loc is None:
            place, rule = _festival_town(scope, e), "festival-named-town"
        if place is not None and loc is not None and loc.name:
            state.venue = loc
        if place is not None:
            span = (min(e.start, loc.start) if loc else e.start, max(e.end, loc.end) if loc else e.end)
            facts.append(Fact(entity, "heldIn", place, evidence(scope, sentence, *span, rule, 0.7 if rule == "festival-named-town" else 0.8)))
        also = events.second_place(scope.doc.text, loc, sentence.end, scope.places) if loc and place else None
        if also is not None:
            span = (min(e.start, also.start), max(e.end, also.end))
            facts.append(Fact(entity, "heldIn", _location_entity(scope, also), evidence(scope, sentence, *span, rule, 0.8)))
    return facts


def _places_after(text: str, in_clause, i: int, next_start: int, locations, clause_start: int) -> list:
    """The places told after in_clause[i] (before the next event) where it takes place."""
    e = in_clause[i][0]
    if e.by_verb:  # a guest's 'tại' is what the guest does there; a signed text's, what it is about
        return []
    return [l for l in locations if e.end <= l.start < next_start and _close_enough(text, l, _after_places_between(e.end, l, locations)) and (
            _takes_place_at(text[e.end : l.start]) or _talks_partner_before(e, text[e.end : l.start]))
            and not _opens_the_main_clause(text, clause_start, e, l, in_clause)]


def _place_of_its_edition(text: str, e, locations) -> events.Location | None:
    """'khai mạc Tuần Văn hóa X tại Viêng Chăn năm 2025': with no venue said, an edition is held in the
    place its name says it is of (a 'tại' of anything else inside a name, 'hy sinh tại Lào', says nothing)."""
    inside = [l for l in locations if e.start < l.start < e.end and events.names_its_edition(text, l.start, e.end)]
    return inside[0] if inside else None


def _may_lie_in(scope: Scope, loc: events.Location, area: events.Location) -> bool:
    """The location ``loc`` may be in ``area``'s place: a place it is said to be in is that place, inside
    it or around it ('công viên X, Nhật Bản' may be in Kanagawa; 'Nhà hát tỉnh, thành phố Vinh' is not in Champasak)."""
    if area.place is None:
        return False
    inner = [loc.place] if loc.place is not None else list(loc.containers)
    around = scope.gazetteer.ancestors(area.place)
    return any(p == area.place or p in around or area.place in scope.gazetteer.ancestors(p) for p in inner)


# What may follow the town in a festival's name: its year, its number ('… Đà Nẵng 2017', '… Huế lần thứ 9 năm 2026').
TOWN_TAIL = re.compile(r"(?: (?:năm )?\d{4}| lần thứ (?:\d{1,2}|[IVXLC]+))*")
TOWN_BEFORE = re.compile(r"(?: -| –)? $")
TOWN_KINDS = ("Province", "City", "District")


def _festival_town(scope: Scope, e) -> Entity | None:
    """'Lễ hội Hoa phượng đỏ - Hải Phòng 2018', 'Festival Huế 2026': a festival named after its
    Vietnamese town and year is held in that town, unless the article says it is held elsewhere
    ('Lễ hội Văn hóa Quảng Nam 2025 tại Hà Nội')."""
    if not e.name or e.head not in events.town_festival_heads():
        return None
    text = scope.doc.text
    inside = [m for m in scope.places_in(e.start + len(e.head), e.end).values() if m.end <= e.end]
    town = inside[-1] if inside else None
    if town is None or not TOWN_TAIL.fullmatch(text, town.end, e.end) or not TOWN_BEFORE.search(text, e.start, town.start):
        return None
    if town.end == e.end and not _dated_next(text, e):
        return None  # 'sau 8 kỳ tổ chức, Festival Huế đã trở thành …': the series, no edition held anywhere
    if town.start in scope.not_about:
        return None  # a namesake abroad, a consul's seat, a person's name: no Vietnamese town
    place = town.places[0]
    if place.country != "VN" or place.kind not in TOWN_KINDS or text.find(e.name + " tại ") >= 0:
        return None
    if place.kind == "District" and town.surface == place.name:
        return None  # a bare district name is often a person's ('Lễ hội Nữ tướng Lê Chân')
    return resolve.place_entity(place, scope.gazetteer)


# "Festival Huế diễn ra từ ngày 6 đến 11/6": a bare name given its days is this year's edition.
DAYS_TOLD_NEXT = re.compile(r"[^.;]{0,80}?(?<![\w/.])\d{1,2}[/.-]\d{1,2}(?![\w])")


def _dated_next(text: str, e) -> bool:
    return DAYS_TOLD_NEXT.match(text, e.end) is not None


def _in_closed_aside(text: str, sentence_start: int, loc, pos: int) -> bool:
    """'(…, Đua thuyền tại huyện Lắk, …) và Lễ bế mạc': a place inside brackets closed before the
    event is the aside's, not where the event is held."""
    opened = text.count("(", sentence_start, loc.start) > text.count(")", sentence_start, loc.start)
    return opened and text.find(")", loc.end, pos) >= 0


def _in_quotes(text: str, sentence_start: int, loc) -> bool:
    """'Sự kiện "Những ngày văn hóa Hàn Quốc tại Quảng Nam" … hưởng ứng Năm Du lịch X': a 'tại' inside a
    quoted name is that name's, not where an event told after it is held."""
    return text.count('"', sentence_start, loc.start) % 2 == 1


# "Tổng Lãnh sự quán X tại Đà Nẵng tổ chức Tiệc …": the mission holds the event where it sits.
SEAT_HOSTS = re.compile(r"\s*(?:(?:đã|sẽ|vừa|long trọng|trọng thể|phối hợp) )*(?:tổ chức|đăng cai)(?![\w])")


def _seat_elsewhere(text: str, loc, pos: int, locations: list) -> bool:
    """'Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh đã đến thăm tỉnh X và có buổi hội đàm …': where a
    diplomat serves is not where the diplomat's talks are held, unless the mission holds the event
    and the sentence told no place before ('Tại thành phố X, tỉnh A phối hợp với Tổng Lãnh sự quán
    B tại Y tổ chức …': X is the venue, Y only the mission's seat)."""
    if not context.is_diplomatic_seat(text, loc.start + len("tại ")):
        return False
    return not SEAT_HOSTS.match(text, loc.end, pos) or any(o.start < loc.start for o in locations)


# "Để chuyến công tác của đoàn tại Ấn Độ thành công, …": where a trip goes, told in its own words.
TRIP_BEFORE = re.compile(r"(?<![\w])chuyến (?:công tác|thăm)(?![\w])[^,;.()]{0,50}$")


def _place_of_earlier(text: str, mentions: list, loc, lead) -> bool:
    """'Sau Lễ khai mạc X tại Quảng trường Y, Bộ trưởng A dự Hội thảo Z': the place an earlier event of
    the sentence is told to take place at is that event's, not a later one's."""
    return any(o.end <= loc.start and o.start < lead.start and _takes_place_at(text[o.end : loc.start])
               and not _framing(text, o, loc) for o in mentions)


# "Trong khuôn khổ chuyến thăm … và Kỳ họp X, sáng 15/1, tại thủ đô Viêng Chăn, hai Thủ tướng chứng kiến
# Lễ trao Y": the frame is set off by a comma; the day and venue after it open the main clause and are
# the main clause's event's (the day is already read so, dates._BESIDE).
FRAME_OPENS = re.compile(r"(?<![\w])(?:[Tt]rong khuôn khổ|[Bb]ên lề|[Nn]hân dịp)(?![\w])[^,;]*$")


def _framing(text: str, frame, loc) -> bool:
    cut = max(text.rfind(", ", 0, frame.start), text.rfind(". ", 0, frame.start))
    opens = cut + 2 if cut >= 0 else 0
    return text.startswith(",", frame.end) and FRAME_OPENS.search(text, opens, frame.start) is not None and loc.start > frame.end


def _opens_the_main_clause(text: str, clause_start: int, e, loc, in_clause) -> bool:
    """A venue after a framing event and its comma, with an event of the main clause after it."""
    return _framing(text, e, loc) and any(o.start > loc.end for o, _ in in_clause)


# "Tại Khách sạn X, UBND tỉnh tổ chức chương trình gặp gỡ các đoàn khách tham dự Lễ hội Y": what is
# organised at X is the meeting; the event its guests came to attend is held elsewhere.
GUESTS_ATTEND = re.compile(r"(?<![\w])tổ chức (?!(?:long trọng|trọng thể|thành công) )[^;.()]{1,120} (?:tham dự|dự) $")


# "Sáng 19/4, tại trụ sở UBND tỉnh, ông A đã tiếp đoàn đại biểu tỉnh B sang tham dự Lễ hội Y": the
# reception is held there; the event the guests came to attend, wherever the article says. So is the
# one the guest, on a visit, co-chairs ("tiếp ông B, đang thăm chính thức Việt Nam và đồng chủ trì Phiên họp Z").
RECEIVED_TO_ATTEND = re.compile(
    r"(?<![\w])(?:tiếp|đón|gặp mặt|gặp gỡ|hội kiến) (?:[^;.()]|\([^;.()]{1,40}\)){0,120}?"
    r"(?:(?:sang|đến|về|qua|tới) (?:tham )?dự|[Đđ]oàn (?:[^;.()]|\([^;.()]{1,40}\)){1,100}? (?<!và )(?<!cùng )(?:tham dự|dự)"
    r"|, (?:đang |sang |đến )?thăm [^;.()]{1,80}? (?:và|để) (?:đồng )?(?:chủ trì|tham dự|dự)) $")


# "Tại tỉnh Sóc Trăng, dự Hội nghị có bà A": of an online meeting, the place whose attendants the
# sentence lists is a bridge point, not where the meeting is held.
_ATTENDING_AT = re.compile(r", (?:cùng )?(?:tham )?dự(?: [^;.()]{1,80}?)? có ")
_ONLINE = "trực tuyến"


def _attended_online_at(text: str, loc, entity) -> bool:
    return _ONLINE in entity.label.lower() and _ATTENDING_AT.match(text, loc.end) is not None


# "Tại Nghệ An, hội nghị được truyền trực tiếp đến 23 điểm cầu", "Tại tỉnh Hà Giang, hội nghị được kết nối
# trực tuyến tới 11 điểm cầu cấp huyện": the event broadcast or linked to the bridge points of the place
# fronted is held elsewhere; the place is where it is relayed (a named venue linking out, 'Tại Hội trường
# Tỉnh ủy, hội nghị được kết nối tới …', is its main point and stays).
_RELAYED = re.compile(r" (?:đã |sẽ )?được (?:truyền (?:hình )?(?:trực tiếp|trực tuyến)|(?P<linked>kết nối)(?: trực tuyến)?)"
                      r" (?:đến|tới|về)(?: [^.;]{0,40}?)? điểm cầu(?![\w])")


def _relayed_at(text: str, loc, e) -> bool:
    m = _RELAYED.match(text, e.end)
    return m is not None and (m.group("linked") is None or loc.place is not None)


def _guests_attend_after(text: str, loc, pos: int) -> bool:
    return GUESTS_ATTEND.search(text, loc.end, pos) is not None or RECEIVED_TO_ATTEND.search(text, loc.end, pos) is not None


def _trip_destination(text: str, loc) -> bool:
    """A 'tại' inside the words of a trip is its destination, not the venue of an event told after."""
    return TRIP_BEFORE.search(text, max(0, loc.start - 60), loc.start) is not None


# "… tại Satun, đoàn tỉnh nhận cờ luân phiên đăng cai tổ chức Hội nghị X lần thứ 8": the host's turn
# handed over says who holds X next, not that the sentence's earlier venue is X's.
HOSTING_HANDED_OVER = re.compile(
    r"(?<![\w])(?:nhận cờ(?: luân phiên)?|(?:nhận|trao|chuyển giao) quyền) (?:đăng cai|tổ chức)(?: tổ chức)? $")


def _hosting_handed_over(text: str, e) -> bool:
    return bool(HOSTING_HANDED_OVER.search(text, max(0, e.start - 50), e.start))


# "Tại trụ sở Sở Ngoại vụ, Ban Tổ chức thông tin về công tác chuẩn bị sự kiện X", "tại Hội trường …,
# đoàn thông tin nội dung, chương trình Kỳ họp X", "tại Hội trường …, Ban Pháp chế thẩm tra các dự thảo
# trình Kỳ họp X", "… phục vụ Hội nghị X": the place is the meeting's that prepares, examines what is
# submitted to, or tells of the event; the event is held later, wherever the article says.
PREPARED_FOR = re.compile(
    r"(?<![\w])(?:chuẩn bị (?:cho )?|phục vụ (?:cho )?|trình |nội dung(?:, chương trình)? |kết quả )(?:(?:các |những )?(?:sự kiện|hoạt động) )?\"?$")


def _being_prepared(text: str, e) -> bool:
    return bool(PREPARED_FOR.search(text, max(0, e.start - 40), e.start))


ORGANISERS = re.compile(r"(?<![\w])(?:Ban [Tt]ổ chức|BTC) $")


def _organisers_of(text: str, e) -> bool:
    """'Tại Hà Nội, Ban Tổ chức Festival X họp báo': the place is the organisers', not the festival's."""
    return bool(ORGANISERS.search(text, max(0, e.start - 14), e.start))


def _joined_to(text: str, in_clause, i: int):
    """The first of the events told together with in_clause[i] ('A và B'), or itself."""
    mentions = [e for e, _ in in_clause]
    for k in range(i):
        if i in dates.joined_after(text, mentions, k):
            return mentions[k]
    return mentions[i]


def _where_it_takes_place(text: str, e, after: list):
    """'Tuần Văn hóa Lào tại Việt Nam sẽ diễn ra tại Hà Nội': the first 'tại' is part of the
    name; the place after the verb of taking place is where the event is held. A verb after a comma
    is another clause's ('… lần thứ 10 tại Hà Nội, đây là một trong những sự kiện lớn nhất được tổ
    chức tại Việt Nam': what the events are, told of the country), and leaves the first place."""
    pos = e.end
    for loc in after:
        verb = TAKE_PLACE.search(text, pos, loc.start)
        if verb and (pos == e.end or not _CLAUSE_BREAK.search(text, pos, verb.start())):
            return loc
        pos = loc.end
    return after[0]


_CLAUSE_BREAK = re.compile(r"[,;]")


# 'Triển lãm X sẽ mở cửa đến hết ngày 22/3 tại Y': an exhibition open at Y is held there. A day
# told between ('tổ chức hội thảo X vào sáng 9/3 tại Y', a part of the day first) is an aside.
# An hour and a day are asides, the day's weekday with it ('sáng Chủ nhật, ngày 7/12').
# 'kéo dài' (lasts) tells the event's span as 'diễn ra' does: 'Triển lãm X kéo dài đến hết ngày 15/12 tại Y'.
# 'trưng bày' (shown) places an exhibition as 'diễn ra' does: 'Triển lãm ảnh X được trưng bày tại Y'.
TAKE_PLACE = re.compile(r"(?<![\w])(?:diễn ra|được tổ chức|được kết nối|tổ chức|khai mạc|bế mạc|đăng cai|được đăng cai|mở cửa|kéo dài|trưng bày)(?![\w])")
ASIDE = re.compile(r"\([^()]*\)|(?:vào )?lúc \d{1,2} ?(?:h|giờ)(?: ?\d{2}(?: phút)?)?|(?:từ |vào |trong )?(?:(?:sáng|trưa|chiều|tối|đêm) )?(?:(?:[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ [Nn]hật),? )?(?:ngày )?\d{1,2}(?:[/.-]\d{1,2})*(?:[/.-]\d{4})?(?: (?:đến|-) \d{1,2}(?:[/.-]\d{1,2})*(?:[/.-]\d{4})?)?")


# "Giải đua thuyền trên sông X", "Hội chợ dự kiến diễn ra ở Y": a place told by 'trên' or 'ở' is the
# event's only right after it (and the verb of its taking place), never a later act's ('… tổ chức hội
# chợ, … và phối hợp tổ chức giải đua thuyền trên sông X').
NEAR_CUE = re.compile(r"(?:trên|ở) ")
NEAR_GAP = re.compile(r"(?: ,)?(?: (?:đã|sẽ|đang|dự kiến|được|chính thức))* (?:diễn ra|tổ chức|khai mạc|bế mạc) ?| ?")  # '…, tổ chức sáng 7/12 trên …' too


def _after_places_between(event_end: int, loc, locations) -> int:
    """Where the gap before loc opens: after the last place told between ('Tuần Văn hóa Lào tại Việt Nam
    đã diễn ra ở Nhà hát X': the place of the name's edition is no gap)."""
    return max([event_end] + [o.end for o in locations if event_end <= o.start and o.end <= loc.start])


def _close_enough(text: str, loc, event_end: int) -> bool:
    if not NEAR_CUE.match(text, loc.start):
        return True
    gap = " ".join(ASIDE.sub(" ", text[event_end : loc.start]).split())
    return bool(NEAR_GAP.fullmatch(f" {gap} " if gap else " "))


def _takes_place_at(gap: str) -> bool:
    """'X tại Y', 'X (…) đã diễn ra từ ngày … tại Y': Y is where X happens; 'X, ông A nói … tại Y' is not,
    nor is 'X sẽ được tổ chức từ ngày …, đoàn sẽ khảo sát tại Y' (a clause of its own after the verb)."""
    gap = TERM.sub(" ", gap)  # 'Đại hội … lần thứ I, nhiệm kỳ 2025-2030 tại Y': the term is the name's
    rest = ASIDE.sub(" ", dates.THEME.sub(" ", gap)).strip(" ,")  # a theme ('với chủ đề "…"') is an aside too
    verbs = list(TAKE_PLACE.finditer(gap))
    if verbs and OWN_CLAUSE.search(gap, verbs[-1].end()):
        return False
    return not rest or bool(verbs) or bool(STARTS_THERE.fullmatch(" ".join(rest.split())))


# ', nhiệm kỳ 2025 - 2030' after a congress's or a council session's name: the term it is of.
TERM = re.compile(r",? nhiệm kỳ (?:19|20)\d\d ?[-–] ?(?:19|20)\d\d(?![\w/])")
OWN_CLAUSE = re.compile(r", [^,()]*?(?<![\w])(?:sẽ|đã|đang|vừa)(?![\w])")


# 'Lễ mít tinh X, sẽ bắt đầu từ 20h ngày 23/3 tại Y', 'Đại hội X sáng 14/10 tiếp tục ngày làm việc thứ
# hai tại Y': the event said to begin or to go on at Y, nothing else between (its hour and day are
# asides; so is the term a congress's name goes on with, 'nhiệm kỳ 2025-2030', its years read as days), is held there.
# So is a race said to start at Y ('Giải Việt dã X xuất phát lúc 6 giờ ngày 23/9 tại Y').
STARTS_THERE = re.compile(
    r"(?:nhiệm kỳ )?(?:(?:đã|sẽ) )?(?:(?:chính thức )?(?:bắt đầu|xuất phát)(?: (?:từ|vào))?(?: h)?"
    r"|tiếp tục (?:ngày|phiên) làm việc(?: thứ (?:hai|ba|tư|năm|sáu|bảy))?)")


# "đoàn đã hội đàm với lãnh đạo tỉnh Hủa Phăn tại Sầm Nưa": the other side of the talks, named by its
# unit and name (its leaders or delegation), says nothing else; the "tại" after it is where they are held.
TALKS_PARTNER = re.compile(
    r" (?:với|cùng) (?:(?:lãnh đạo|đại diện|[Đđ]oàn(?: đại biểu| công tác)?(?: cấp cao)?) (?:của )?)?(?:chính quyền )?"
    r"(?:" + lexicon.unit_alternation("province", "city", "district", "foreign") + r") ((?:[^\W\d_][\w-]* ?){1,4}) ")


def _talks_partner_before(e: events.EventMention, gap: str) -> bool:
    m = TALKS_PARTNER.fullmatch(gap) if e.head == "Hội đàm" and not e.name else None
    return m is not None and all(w[0].isupper() for w in m.group(1).split())


def _location_entity(scope: Scope, loc: events.Location) -> Entity | None:
    gaz = scope.gazetteer
    if not loc.name:
        return resolve.place_entity(loc.place, gaz)
    name = loc.name
    home = context.context_at(scope.items, loc.start).province
    if name.endswith(" tỉnh") and home is not None:
        name = f"{name} {home.name}"
    container = loc.containers[0] if loc.containers else None
    props = (("locatedIn", resolve.place_entity(container, gaz)),) if container else ()
    key = f"{name} {container.key}" if container else name
    return Entity(loc.kind, key, name, frozenset(), props)


# "…, thành phố Huế tổ chức Tiệc X": the place that opens the clause holds the event just after;
# so does one that presides over organising it ("tỉnh Hà Giang đã chủ trì tổ chức Hội nghị …"),
# not one that only takes part in organising it ("phối hợp tổ chức": the host may be the other).
HOSTED_NEXT = re.compile(
    r" (?:(?:đã|sẽ|long trọng|trọng thể) )*(?:chủ trì,? )?(?:đăng cai|tổ chức)(?: (?:long trọng|trọng thể|thành công))? $")
CLAUSE_OPENS = re.compile(r"(?:^|[,;:] )$")


def _host_place(scope: Scope, sentence: Sentence, e, clause_start: int) -> Entity | None:
    """'Việt Nam … đăng cai Hội nghị X': the sentence's subject place hosts X."""
    text = scope.doc.text
    if not HOST_VERB.search(text, clause_start, e.start):
        return None
    subject = _clause_subject_host(scope, sentence, e)
    if subject is not None:
        return subject
    lead = LEADING_UNIT.match(text, sentence.start)
    match = scope.places.get(lead.end())
    if match is None or match.places[0].kind not in ("Country", "Province"):
        return None
    if (co_host := CO_HOST.match(text, match.end)) and scope.places.get(co_host.end()) is not None:
        return None  # "Việt Nam - Campuchia tổ chức Hội nghị X", "Hà Tĩnh và Khăm Muộn tổ chức …": two hosts, held in either
    return resolve.place_entity(match.places[0], scope.gazetteer)


# A second place joined to the leading one: the two organise together, and where is not said.
CO_HOST = re.compile(r"\s*(?:[–—-]|và|cùng|với)\s*(?:(?:tỉnh|thành phố|TP\.?|nước) )?")


def _visit_facts(scope: Scope, sentence: Sentence, visits) -> list[Fact]:
    """A visit is held in its destination ('chuyến thăm chính thức Lào' → Lào), a council's session in its place."""
    facts = []
    for v, event in visits:
        place = resolve.place_entity(v.place, scope.gazetteer)
        rule = "visit-destination" if isinstance(v, events.Visit) else "session-council-place"
        facts.append(Fact(event, "heldIn", place, evidence(scope, sentence, v.start, v.end, rule, 0.8)))
    return facts


def _clause_subject_host(scope: Scope, sentence: Sentence, e) -> Entity | None:
    text = scope.doc.text
    for match in scope.places_in(max(sentence.start, e.start - 80), e.start).values():
        opens = CLAUSE_OPENS.search(text[max(sentence.start, match.start - 2) : match.start]) or match.start == sentence.start
        if not opens or match.places[0].kind not in HOST_KINDS + ("District",):
            continue
        subject_end = _district_province_end(scope, match) if match.places[0].kind == "District" else match.end
        if subject_end is not None and HOSTED_NEXT.match(text[subject_end : e.start]):
            return resolve.place_entity(match.places[0], scope.gazetteer)
    return None


def _district_province_end(scope: Scope, match) -> int | None:
    """'huyện Đại Lộc, tỉnh Quảng Nam tổ chức …': a district named with its unit and then its
    province hosts what follows (a bare district name is often a person's)."""
    place = match.places[0]
    if match.surface == place.name or scope.doc.text[match.end : match.end + 2] != ", ":
        return None
    province = scope.places.get(match.end + 2)
    if province is None or province.places[0].key != place.parent:
        return None
    return province.end


HOST_KINDS = ("Country", "Province", "City", "ForeignRegion")


def _event_dates(scope: Scope, sentence: Sentence, clause, in_clause, clause_dates, venues, asides) -> list[Fact]:
    """Each date goes to the event it dates (dates.link_dates); an opening or closing ceremony also dates its festival."""
    facts = []
    mentions = [e for e, _ in in_clause]
    for link in dates.link_dates(scope.doc.text, *clause, mentions, clause_dates, venues, asides):
        e, entity = in_clause[link.event]
        span = (min(e.start, link.span[0]), max(e.end, link.span[1]))
        ev = evidence(scope, sentence, *span, link.rule, link.confidence)
        facts.append(Fact(entity, link.relation, link.date, ev))
        facts += _ceremony_parent(scope, sentence, e, link, span)
    return facts


CEREMONY_DATES = {"lễ khai mạc": "startDate", "lễ bế mạc": "endDate", "phiên khai mạc": "startDate", "phiên bế mạc": "endDate",
                  "đêm khai mạc": "startDate", "đêm bế mạc": "endDate",
                  "chương trình nghệ thuật khai mạc": "startDate", "chương trình nghệ thuật bế mạc": "endDate",
                  "chương trình khai mạc": "startDate", "chương trình bế mạc": "endDate"}


def _ceremony_of(e) -> str | None:
    """'lễ khai mạc', 'phiên bế mạc'… when the name (or the label given) opens with one, whatever its capitals."""
    name = (e if isinstance(e, str) else getattr(e, "name", "") or "").lower()
    return next((c for c in CEREMONY_DATES if name.startswith(c + " ")), None)


def _ceremony_parent(scope: Scope, sentence: Sentence, e, link, span) -> list[Fact]:
    """'Lễ bế mạc Festival X' on 5/8: Festival X ends on 5/8."""
    relation = CEREMONY_DATES.get(_ceremony_of(e) or "")
    parent = _embedded_event(e) if relation and link.relation == "startDate" else None
    if parent is None:
        return []
    ev = evidence(scope, sentence, *span, link.rule + "-ceremony", round(link.confidence - 0.05, 2))
    return [Fact(resolve.event_entity(parent.name), relation, link.date, ev)]


def _town_of_the_ceremony(scope: Scope, sentence: Sentence, resolved, facts) -> list[Fact]:
    """'lễ Bế mạc Diễn đàn X … ở thành phố Y': the town (not the hall) a ceremony is held in holds the
    event it opens or closes too; so does a foreign province ('lễ khai mạc Tuần Văn hóa A tại tỉnh
    Bô-ly-khăm-xay năm 2025': the week abroad is held there)."""
    out = []
    for e, entity in resolved:
        parent = _embedded_event(e) if entity is not None and _ceremony_of(e) else None
        towns = [f for f in facts if parent is not None and f.subject == entity and f.relation == "heldIn"
                 and f.object.kind in TOWN_KINDS + ("ForeignRegion",)]
        out += [Fact(resolve.event_entity(parent.name), "heldIn", f.object,
                     evidence(scope, sentence, f.evidence.start, f.evidence.end, "ceremony-town", 0.75)) for f in towns]
    return out


def _parts_of(scope: Scope, sentence: Sentence, resolved) -> list[Fact]:
    """'Lễ khai mạc Lễ hội X', 'Phiên bế mạc Đại hội X': the ceremony is a part of the event it opens or closes."""
    facts = []
    for e, entity in resolved:
        parent = _embedded_event(e) if entity is not None and _ceremony_of(e) else None
        if parent is not None:
            ev = evidence(scope, sentence, e.start, e.end, "ceremony-part-of", 0.8)
            facts.append(Fact(entity, "partOf", resolve.event_entity(parent.name), ev))
    return facts


def _bridge_points(scope: Scope, sentence: Sentence, state: DocState, local_places: dict) -> list[Fact]:
    event = state.main_event
    text = scope.doc.text
    # BRIDGE ends at a place of the sentence: a sentence without its words has no bridge point.
    if event is None or text.find("điểm cầu", sentence.start, sentence.end) < 0:
        return []
    facts = []
    for start, match in local_places.items():
        if BRIDGE.search(text, sentence.start, start):
            place = resolve.place_entity(match.places[0], scope.gazetteer)
            ev = evidence(scope, sentence, start, match.end, "bridge-point", 0.8)
            facts.append(Fact(event, "connectionSite", place, ev))
    return facts


# --- partnerships --------------------------------------------------------------------


def partnership_facts(scope: Scope, sentence: Sentence, start: int, end: int, found_titles, locations,
                      before: list) -> tuple[list[Fact], list]:
    """The clause's partnership facts, and its pairs (before: the pairs of the clause before, which a
    merged province may inherit)."""
    # "Tỉnh đã ký…" with no province named: the news item's own province.
    home = context.context_at(scope.items, start).province
    in_clause = [t for t in found_titles if start <= t.start < end]
    found = partnerships.find_partners(scope.doc.text, start, end, scope.matches, locations, in_clause, home, scope.not_about)
    found += [p for p in partnerships.domestic_pairs(scope.doc.text, start, end, scope.matches, locations, in_clause, scope.not_about)
              if p not in found]
    heirs = partnerships.inherited(scope.doc.text, start, end, scope.matches, found, before, home)
    heirs += partnerships.successors_of_former(scope.doc.text, start, end, scope.matches, found, scope.doc.published,
                                               scope.gazetteer)
    small, locating = partnerships.small_unit_pairs(scope.doc.text, start, end, scope.matches, home)
    pairs = [p for p in found + [p for p in heirs if p not in found] if not locating & set(p)] + small
    facts = []
    for vietnamese, foreign in pairs:
        a = resolve.place_entity(vietnamese, scope.gazetteer)
        b = resolve.place_entity(foreign, scope.gazetteer)
        facts.append(Fact(a, "partnersWith", b, evidence(scope, sentence, start, end, "partnership-clause", 0.8)))
    return facts, found
