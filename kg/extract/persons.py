"""Stage: person-name candidates among the words no title or place claimed.

A name is a run of 2–5 capitalised words ("Trần Văn Bình", "Xổm-xạ-nạ
Phôm-vi-hản", "Kim Soo-yeon", "K'Dăm Ha Lin"; 6 for a name that starts with
no Vietnamese family name), hyphens spaced or not ("Xổm - phon"). A Vietnamese name may carry a
lower-case slip in the middle ("Lê văn Tám") when it starts with a family
name. Whether a run really is a person is decided by the slot it sits in
(next to a title or after an honorific), in the offices stage.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import lexicon

_WORD = re.compile(r"[^\W\d_][\w']*(?:-[^\W\d_][\w']*)*")
MAX_WORDS = 5
# Lao and Khmer names written syllable by syllable run longer ("Khăm Khăn Chăn Thạ Vi Sục").
MAX_FOREIGN_WORDS = 6
# The middle names a lower-case slip is seen on ("Lê văn Tám", "Vũ thành Long"); a verb after a
# name ("Phạm Văn A dự Lễ …") is no slip.
_MIDDLE_NAMES = frozenset("văn thị đình hữu đức công quang minh ngọc xuân thanh thành thu kim hoàng huy trọng tiến quốc bá duy".split())
# "Phó Thủ tướng Nguyễn Văn A Phát biểu tại …": a verb some pages capitalise after a name ends it.
_CAPITALISED_VERB = re.compile(r"(?:Phát biểu|Cho biết|Chủ trì|Tham dự|Trao đổi|Nhấn mạnh|Khẳng định)(?![\w])")
# "Phạm Văn A - tân Chủ tịch UBND tỉnh", "A - nguyên Bộ trưởng": words that open a title.
_BEFORE_A_TITLE = frozenset("tân nguyên cựu quyền".split())
# "Thống đốc Sato Kenji - tỉnh hiện có 50 doanh nghiệp …": a unit word after the spaced dash opens an aside
# on the person's province or city, never a syllable of the name.
_UNIT_AFTER_HYPHEN = re.compile(r"(?:" + lexicon.unit_alternation("province", "city", "district", "commune") + r")(?= )")
# Lower-case words that never continue a name, even after a spaced hyphen.
_FUNCTION_WORDS = frozenset("và với của là tại cùng có các những ở do cho trong đã được thì mà".split())


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str  # as written
    label: str  # capitalisation repaired
    vietnamese: bool


def find_names(text: str, start: int, end: int, taken: list[tuple[int, int]], places: list[tuple[int, int]] = ()) -> list[Name]:
    """Capitalised runs in text[start:end] that overlap no span in ``taken``.

    A word that is also a place ("Vinh", "Mỹ", "Hà Giang") may continue a name
    that began with a family name ("Lê Quang Diệu", "Đào Thị Mỹ Lan"),
    but never starts one.
    """
    taken = list(taken) + [(m.start(), m.end()) for m in _honorifics().finditer(text, start, end)]
    is_taken, is_place = _coverage(taken, start, end), _coverage(places, start, end)
    words = _free_words(text, start, end, is_taken)
    honorific_words = _honorific_words()
    names: list[Name] = []
    run: list[re.Match] = []
    one_word_places = {a for a, b in places if " " not in text[a:b]}
    surnames = lexicon.surnames()
    for i, word in enumerate(words + [None]):
        if not run and word is not None and word.group(0)[0].islower() and word.group(0) not in surnames:
            continue  # with no run open, a lower-case word (it starts none, see _can_start) changes nothing: most words
        in_place = word is not None and _covered(is_place, word, start)
        if word is not None and _continues(text, run, word, honorific_words) and (not in_place or _is_surname(run[0].group(0))):
            run.append(word)
            continue
        if len(run) >= 2 and not _names_an_organisation(text, run[0].start(), is_taken, start) and not _an_epithet(text, run[0].start()):
            names.extend(_name_from_run(text, run))  # a shorter run is no name (_name_from_run only shortens it)
        nxt = words[i + 1] if i + 1 < len(words) else None
        starts = not in_place or _given_name_like(text, word, nxt, one_word_places, is_place, start) or (
            _surname_then_place(text, word, words[i + 1 : i + 3], places)) or _addressed_place_name(text, word, places)
        run = [word] if word is not None and starts and not _inside_an_abbreviation(text, word) and (
            _can_start(word.group(0), honorific_words) or _capitalised_family_name(text, word, nxt)) else []
    return names


# "về thăm quê hương Đồng Khởi", "vùng đất Kinh Bắc": capitalised words after a word for a homeland name
# a place by its epithet (a family name may open it: "Đồng"), never a person, whatever title follows.
_EPITHET_BEFORE = re.compile(r"(?<![\w])(?:quê hương|vùng đất|mảnh đất|miền đất|xứ sở) $")


def _an_epithet(text: str, at: int) -> bool:
    return _EPITHET_BEFORE.search(text, max(0, at - 12), at) is not None


# The words that may stand between an organisation's head and its proper name: a legal form
# or a trade ("Công ty Cổ phần Xi măng", "Công ty TNHH MTV"), never a clause ("do ông", "của").
_ORGANISATION_GAP_MAX = 5
_NOT_IN_AN_ORGANISATION_NAME = _FUNCTION_WORDS | frozenset("do gồm làm là ông bà anh chị".split())


@cache
def _organisation_before() -> re.Pattern:
    heads = lexicon.alternation(lexicon.titles()["organisation_heads"])
    return re.compile(r"(?<![\w])(?:" + heads + r")((?: [^\W\d_][\w'&.-]*){0," + str(_ORGANISATION_GAP_MAX) + r"}) $")


def _names_an_organisation(text: str, at: int, is_taken: bytearray, start: int) -> bool:
    """'Công ty TNHH Hoàng Long Group', 'Tập đoàn Hưng Thịnh', 'Công ty Cổ phần Xi măng Vicem Bút Sơn':
    capitalised words right after a company's head word (and its legal form, its trade) are the
    company's name, not a person's, whatever title follows. A head inside a title ('Giám đốc …')
    found by the titles stage is claimed, and a name after it stays a name."""
    m = _organisation_before().search(text, max(start, at - 60), at)
    if m is None or is_taken[m.start() - start : m.start() - start + 1] == b"\x01":
        return False
    return not any(w in _NOT_IN_AN_ORGANISATION_NAME for w in m.group(1).split())


def _free_words(text: str, start: int, end: int, is_taken: bytearray) -> list[re.Match]:
    """The words no title or place claimed. "Đỗ Văn Mười-Ủy viên …": a hyphen glues a
    name to the title that follows; the word is cut at that hyphen."""
    words = []
    for m in _WORD.finditer(text, start, end):
        word = m.group(0)
        glued = _GLUED_HONORIFIC.match(word) if word[0] in _GLUED_FIRST else None  # a set look spares most regex calls
        if glued and word[glued.end() :][:1].isupper():  # "NgàiYa-ma-da Ta-rô": the page lost a space
            m = _WORD.match(text, m.start() + glued.end(), m.end())
        first = is_taken.find(1, m.start() - start, m.end() - start)  # _covered, and where, in one look
        if first < 0:
            words.append(m)
            continue
        first += start
        if first > m.start() + 1 and text[first - 1] == "-":
            words.append(_WORD.match(text, m.start(), first - 1))
    return words


_GLUED_HONORIFIC = re.compile(r"Ngài|Ông|Bà|ngài|ông|bà")
_GLUED_FIRST = frozenset(h[0] for h in _GLUED_HONORIFIC.pattern.split("|"))


def _surname_then_place(text: str, word, following: list, places) -> bool:
    """'Đồng Văn Tài': a family name that begins a two-word place ('Đồng Văn') starts a
    name when a capitalised word that is no place follows the place at once."""
    if word is None or len(following) < 2 or not _is_surname(word.group(0)):
        return False
    span = next(((a, b) for a, b in places if a == word.start()), None)
    second, third = following
    return (
        span is not None and span[1] == second.end() and text[word.end() : second.start()] == " "
        and text[second.end() : third.start()] == " " and third.group(0)[0].isupper()
        and not any(a <= third.start() < b for a, b in places)
    )


# "ông Mai Sơn, Phó Chủ tịch UBND tỉnh …", "bà Hà Giang - Giám đốc Sở …": a family name that begins a place
# of two words is a person's name when a person's honorific stands right before it and a title's comma or
# dash right after it (no place is addressed as "ông", "bà" or "đồng chí").
_ADDRESSED_BEFORE = re.compile(r"(?<![\w])(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí) $")
_TITLE_SET_OFF_AFTER = re.compile(r"\s*(?:,|[-–] )")


def _addressed_place_name(text: str, word, places) -> bool:
    if word is None or not _is_surname(word.group(0)) or not _ADDRESSED_BEFORE.search(text, max(0, word.start() - 9), word.start()):
        return False
    span = next(((a, b) for a, b in places if a == word.start()), None)
    return span is not None and text.count(" ", span[0], span[1]) == 1 and _TITLE_SET_OFF_AFTER.match(text, span[1]) is not None


def _given_name_like(text: str, word, nxt, one_word_places: set, is_place: bytearray, start: int) -> bool:
    """'Jordan Lee', 'Georgia Smith': a one-word place name followed by a capitalised
    word that is no place can be a given name; whether it is a person is decided by
    the title next to it."""
    return (
        word is not None and word.start() in one_word_places and nxt is not None
        and text[word.end() : nxt.start()] == " " and nxt.group(0)[0].isupper()
        and not _covered(is_place, nxt, start)
    )


def _coverage(spans, start: int, end: int) -> bytearray:
    """One byte per character of text[start:end]: 1 where some span covers it."""
    covered = bytearray(end - start)
    for a, b in spans:
        a, b = max(a, start), min(b, end)
        if a < b:
            covered[a - start : b - start] = b"\x01" * (b - a)
    return covered


def _covered(covered: bytearray, word: re.Match, start: int) -> bool:
    return covered.find(1, word.start() - start, word.end() - start) != -1


@cache
def _honorifics() -> re.Pattern:
    """'Đồng chí', 'ông', 'Ngài'…: never part of the name that follows."""
    return re.compile(r"(?<![\w])(?:" + lexicon.alternation(lexicon.titles()["honorifics"]) + r")(?= )")


@cache
def _honorific_words() -> frozenset[str]:
    words = set()
    for h in lexicon.titles()["honorifics"]:
        words.update(h.split())
    return frozenset(words)


def _inside_an_abbreviation(text: str, word: re.Match) -> bool:
    """"UV BCH T.Ư Đảng": a word glued after a capital letter and its dot is the rest of a
    dotted abbreviation ("T.Ư", "T.W"), never a given name."""
    at = word.start()
    return at >= 2 and text[at - 1] == "." and text[at - 2].isupper() and (at == 2 or not text[at - 3].isalpha())


def _can_start(word: str, honorific_words: frozenset[str]) -> bool:
    if _all_caps(word):
        return False  # "BCH", "UVTW", "ẢNH": abbreviations and credits, never a given name
    if word in lexicon.surnames():
        return True  # "Ba", "Hà", "Đồng" are family names too
    return word[0].isupper() and word not in honorific_words and word not in lexicon.not_name_starts()


def _continues(text: str, run: list[re.Match], word: re.Match, honorific_words) -> bool:
    if not run or len(run) >= (MAX_WORDS if _vietnamese_start(text, run) else MAX_FOREIGN_WORDS):
        return False
    gap, w = text[run[-1].end() : word.start()], word.group(0)
    if gap == INITIAL_GAP:
        return _after_an_initial(run, w)
    if gap in SPACED_HYPHENS:
        # "Xổm - phon Vi - la - vông": a transliterated name written with spaced hyphens;
        # only a lower-case syllable after the hyphen says so ("A - Bí thư" is a list). A Vietnamese
        # name already whole (a family name and two words more) ends there: "Võ Văn A - đại biểu HĐND tỉnh".
        syllable = (w[0].islower() and w not in _FUNCTION_WORDS and w not in _BEFORE_A_TITLE and not _whole_vietnamese_name(run)
                    and not _UNIT_AFTER_HYPHEN.match(text, word.start()))
        return syllable or _lao_second_part(text, run, word) or _korean_given_name(text, run, word)
    if gap != " " or (_all_caps(w) and _is_surname(run[0].group(0)) and not _all_caps(run[0].group(0))):
        # "Trần Văn Hải ẢNH: …": a photo credit follows a Vietnamese name; a foreign family
        # name is often written in capitals ("Kenji YAMADA")
        return False
    if w[0].isupper():
        return not _CAPITALISED_VERB.match(text, word.start())
    if w in _PATRONYMIC_PARTICLES:
        return _patronymic(text, run, word)
    if w in _NOBILIARY_PARTICLES:
        return _nobiliary(text, run, word)
    if w not in _MIDDLE_NAMES:
        return False
    # "Lê văn Tám": one lower-case slip inside a Vietnamese name, on a middle name.
    nxt = _WORD.match(text, word.end() + 1)
    slips = sum(1 for r in run if r.group(0)[0].islower())
    return (
        _is_surname(run[0].group(0)) and not slips and nxt is not None
        and nxt.group(0)[0].isupper() and text[word.end()] == " "
    )


# "huyện Kim Bình (châu Hồng Hà, Trung Quốc)", "xã Tân Hà, huyện Lâm Hà", then "Bí thư Huyện ủy Kim Bình":
# a place the gazetteer lacks or knows only with its unit word, written once so and located in a larger one, is that place
# wherever the article writes it again, no person's name (a family name may open a place's: "Kim", "Hà").
# Only a two-word name located so, and no unit a title ends with: "Chủ tịch UBND tỉnh Lê Văn A (giữa)",
# "Phó Tỉnh trưởng tỉnh Lưu Vĩ (Trung Quốc)" name a person after the unit.
_UNIT_WORDS = lexicon.unit_alternation('province', 'city', 'district', 'commune', 'foreign', written_out=True)
_TITLE_ENDS = ("UBND", "HĐND", "nhân dân", "Chủ tịch", "trưởng", "Bí thư", "Ủy ban", "ủy")
_LOCATED_PLACE = re.compile(
    "".join(f"(?<!{word} )" for word in _TITLE_ENDS) + rf"(?<![\w])(?:{_UNIT_WORDS}) ({lexicon.UPPER}[^\W\d_]* {lexicon.UPPER}[^\W\d_]*)"
    rf"(?= \((?:(?:{_UNIT_WORDS}) )?{lexicon.UPPER}[^\W\d_]* {lexicon.UPPER}|, (?:{_UNIT_WORDS}) {lexicon.UPPER})")


# "Thị trưởng thành phố Giang Môn thuộc tỉnh Quảng Đông": a name located by "thuộc" and a larger unit is a
# place's even after a title's unit word: no page writes a person's name so.
_PLACE_WITHIN = re.compile(rf"(?<![\w])(?:{_UNIT_WORDS}) ({lexicon.UPPER}[^\W\d_]* {lexicon.UPPER}[^\W\d_]*)"
                           rf"(?= thuộc (?:{_UNIT_WORDS}) {lexicon.UPPER})")


def names_of_places(text: str) -> frozenset[str]:
    """The two-word names the text writes after a lower-case unit word and locates in a larger place."""
    located = [*_LOCATED_PLACE.finditer(text), *_PLACE_WITHIN.finditer(text)]
    return frozenset(m.group(1) for m in located if not any(_all_caps(w) for w in m.group(1).split()))


def _whole_vietnamese_name(run: list[re.Match]) -> bool:
    return len(run) >= 3 and _is_surname(run[0].group(0)) and all(r.group(0)[0].isupper() for r in run)


# "Ahmad Faizal bin Ismail", "Siti Aminah binti Yusof": a Malay name joins the father's name with a lower-case
# "bin" (son of) or "binti" (daughter of); the name goes on with the father's, capitalised.
_PATRONYMIC_PARTICLES = frozenset(("bin", "binti"))


def _patronymic(text: str, run: list[re.Match], word: re.Match) -> bool:
    nxt = _WORD.match(text, word.end() + 1) if text[word.end() : word.end() + 1] == " " else None
    return not _is_surname(run[0].group(0)) and nxt is not None and nxt.group(0)[0].isupper() and not _all_caps(nxt.group(0))


# "Hendrik van Dam", "Karin von der Heide", "Paulo da Costa": a European name's lower-case particle (or two)
# before the family name, capitalised; never inside a Vietnamese name.
_NOBILIARY_PARTICLES = frozenset(("van", "von", "der", "den", "de", "du", "da", "dos", "del"))


def _nobiliary(text: str, run: list[re.Match], word: re.Match) -> bool:
    if _is_surname(run[0].group(0)):
        return False
    nxt = _WORD.match(text, word.end() + 1) if text[word.end() : word.end() + 1] == " " else None
    if nxt is not None and nxt.group(0) in _NOBILIARY_PARTICLES and run[-1].group(0) not in _NOBILIARY_PARTICLES:
        nxt = _WORD.match(text, nxt.end() + 1) if text[nxt.end() : nxt.end() + 1] == " " else None  # "von der Leyen"
    return nxt is not None and nxt.group(0)[0].isupper() and not _all_caps(nxt.group(0))


# "Daniel J. Whitmore", "John F. Smith": a Western name's middle initial. The name goes on after it; the
# label leaves the initial out, as the same article mostly writes the name ("Đại sứ Daniel Whitmore").
INITIAL_GAP = ". "


def _after_an_initial(run: list[re.Match], w: str) -> bool:
    initial = run[-1].group(0)
    return (len(run) >= 2 and len(initial) == 1 and initial.isupper() and not _is_surname(run[0].group(0))
            and w[0].isupper() and len(w) > 1)


def _lao_second_part(text: str, run: list[re.Match], word: re.Match) -> bool:
    """"Bun Mi - Xay Nha Vông": a Lao name of two parts, each of two words or more, joined
    by a spaced dash; no part starts with a family name ("Trần Văn A - Lê Văn B" is two persons),
    nor with a word that never starts a name: "Y Bri - Trưởng Ban Dân tộc" is a name and its title."""
    nxt = _WORD.match(text, word.end() + 1)
    return (
        text[run[-1].end() : word.start()] == " - " and len(run) >= 2 and not _is_surname(run[0].group(0))
        and not _is_surname(word.group(0)) and not _all_caps(word.group(0)) and text[word.end() : word.end() + 1] == " "
        and word.group(0) not in lexicon.not_name_starts()
        and nxt is not None and nxt.group(0)[0].isupper() and not _all_caps(nxt.group(0))
    )


# "Choi Min - Su", "Kim Jae - Ho": a Korean name, its given name's two syllables joined by a hyphen that the
# page spaced, the second syllable capitalised. Only a family name and one syllable before it, the three
# romanised (no Vietnamese letter: "Nguyễn An - Giám đốc" is a name and a title), and the syllable the last
# word of the name (no capitalised word after it: "Kim Jae - Park Min" is two persons).
_ROMANISED = re.compile(r"[A-Z][a-z]{1,5}")


def _korean_given_name(text: str, run: list[re.Match], word: re.Match) -> bool:
    if len(run) != 2 or text[run[-1].end() : word.start()] != " - " or not all(
            _ROMANISED.fullmatch(w.group(0)) for w in (*run, word)):
        return False
    nxt = _WORD.match(text, word.end() + 1) if text[word.end() : word.end() + 1] == " " else None
    return nxt is None or not nxt.group(0)[0].isupper()


_HONORIFIC_BEFORE = re.compile(r"(?<![\w])(?:[Nn]gài|[Ôô]ng|[Bb]à) $")
_VOWEL = re.compile(r"[AEIOUY]")  # "ITO", "SATO" are names; "BCH", "TTXVN" are abbreviations


def _capitalised_family_name(text: str, word, nxt) -> bool:
    """"ngài SATO Kenji": a Japanese family name in capitals, right after an honorific and
    before a given name; elsewhere a word in capitals is an abbreviation."""
    return (
        _all_caps(word.group(0)) and _VOWEL.search(word.group(0)) is not None and nxt is not None and text[word.end() : nxt.start()] == " "
        and nxt.group(0)[0].isupper() and not _all_caps(nxt.group(0))
        and _HONORIFIC_BEFORE.search(text, max(0, word.start() - 6), word.start()) is not None
    )


def _all_caps(word: str) -> bool:
    """"BCH", "ITO"; not "K'" ("K' Mạnh Hà": a K'Ho name's first syllable, its apostrophe spaced off)."""
    return len(word.rstrip("'")) > 1 and word.isupper()


def _is_surname(word: str) -> bool:
    return word in lexicon.surnames() or word.split("'")[0] in lexicon.surnames()


def _vietnamese_start(text: str, run: list[re.Match]) -> bool:
    """The run opens with a family name, and not as the first syllable of a transliterated name:
    "Văn - na - khăm Phôm - ma - chăn" is a Lao name ("Văn" a family name too), its syllables joined by
    spaced hyphens, as "Văn-na-khăm" closed up is one word."""
    return _is_surname(run[0].group(0)) and not (
        len(run) > 1 and _hyphen_before(text, run, 1) and run[1].group(0)[0].islower())


SPACED_HYPHENS = frozenset((" - ", " -", "- "))
# A Vietnamese syllable's vowels (the name `_VOWEL` above is the Latin capitals of a Japanese family name).
_VIETNAMESE_VOWEL = re.compile(r"[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.IGNORECASE)


# "châu Á - Thái Bình Dương", "Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương": an ocean's name opens with a
# family name ("Thái", "Đại") and reads as a person's; it is none.
OCEANS = lexicon.OCEANS  # one list, shared with titles and context


# "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Bí thư Đoàn Thanh niên xã X": the Youth Union, no
# person of the family name Đoàn called Thanh (a given name is never followed by a lower-case "niên").
_YOUTH_UNION = re.compile(r"Đoàn Thanh niên(?![\w])")


def _name_from_run(text: str, run: list[re.Match]) -> list[Name]:
    while run and run[-1].group(0)[0].islower() and not _hyphen_before(text, run, len(run) - 1):
        run = run[:-1]
    if run and not _VIETNAMESE_VOWEL.search(run[-1].group(0)) and text[run[-1].end() : run[-1].end() + 1] != "." and (
            _is_surname(run[0].group(0)) or not text[run[-1].end() :].strip(" ") or text[run[-1].end()] == "\n"):
        # "Nguyễn Văn Kh" cut by a line break: a Vietnamese syllable has a vowel ("Ng." is an initial);
        # "Bí thư Tỉnh ủy Bình Ph" where the text is cut: a place's name, cut, is no person's either
        return []
    if len(run) < 2:
        return []
    start, end = run[0].start(), run[-1].end()
    written = text[start:end]
    if written in OCEANS or _YOUTH_UNION.match(text, start):
        return []
    label = _repair(run[0].group(0))
    for i in range(1, len(run)):
        if i + 1 < len(run) and text[run[i].end() : run[i + 1].start()] == INITIAL_GAP:
            continue  # a middle initial
        # Spaced hyphens are written closed up: one spelling of the name, whatever the page's.
        word = run[i].group(0)
        label += "-" + word if _hyphen_before(text, run, i) else " " + (word if word in _PATRONYMIC_PARTICLES | _NOBILIARY_PARTICLES else _repair(word))
    return [Name(start, end, written, label, _vietnamese_start(text, run) or _vietnamese_middle(run))]


# "Đàng Văn Lợi", "Chamaléa Thị Thủy": a family name the list lacks (ethnic minorities' are many), but
# the middle name only a Vietnamese name has.
_VIETNAMESE_MIDDLE_NAMES = frozenset(("Văn", "Thị"))


def _vietnamese_middle(run: list[re.Match]) -> bool:
    return len(run) >= 3 and run[1].group(0) in _VIETNAMESE_MIDDLE_NAMES


def written_with_initials(name: Name) -> str | None:
    """'Daniel J. Whitmore': the name as the page wrote it, middle initials and all, when the label
    left them out (an alternative label: other pages and readers write it so)."""
    words = name.text.split()
    if not any(len(w) == 2 and w[1] == "." and w[0].isupper() for w in words[1:-1]):
        return None
    written = " ".join(words)
    return written if written != name.label else None


def _hyphen_before(text: str, run: list[re.Match], i: int) -> bool:
    return i > 0 and text[run[i - 1].end() : run[i].start()] in SPACED_HYPHENS


def _repair(word: str) -> str:
    return word[0].upper() + word[1:] if word[0].islower() else word


# "… điều động ông A về tỉnh. Ban Thường vụ Tỉnh ủy giao ông làm Bí thư …", "chỉ định bà vào Ban Chấp
# hành …": "ông" or "bà" standing alone (no name after it) refers to a person named just before.
_PRONOUN = re.compile(r"(?<![\w])(ông|bà)(?![\w])(?!\s+(?:ấy|bà|ông)(?![\w]))")
PRONOUNS = ("ông", "bà")
# Only as the one a verb of appointing names ("giao ông làm …", "chỉ định bà vào …") or as the one
# appointed ("Đầu năm 2024, ông được điều động, chỉ định …"): elsewhere ("Theo ông, Chủ tịch UBND
# tỉnh B …") a lone pronoun beside a title is no holder of it.
_APPOINTED_AFTER = re.compile(r"\s+(?:(?:đã|vừa|cũng|tiếp tục) )?được (?:(?:Ban|Bộ|Thủ tướng|HĐND|Hội đồng)[^,.;]{0,40} )?(?:bầu|bổ nhiệm|chỉ định|điều động|phân công|giao|tín nhiệm|luân chuyển)(?![\w])")
_APPOINTING_BEFORE = re.compile(r"(?<![\w])(?:(?<!bàn )giao(?: cho)?|chỉ định|bổ nhiệm|điều động|phân công|bầu|cử|giới thiệu)\s+$")
_GENDER_WORD_BEFORE = re.compile(r"(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Nn]gài)\s+$")


def pronoun_names(text: str, start: int, end: int, names: list[Name], before: list[Name]) -> list[Name]:
    """The lone "ông"/"bà" a verb of appointing names in text[start:end], as the one person it can refer to: among the names of this
    sentence before it and of the sentence before, exactly one named with that word and no other who
    might be (named with no gender word, or a woman's "Thị" name for "ông"). Otherwise none: unknown."""
    found = []
    for m in _PRONOUN.finditer(text, start, end):
        if text[m.end() : m.end() + 3].lstrip()[:1].isupper():
            continue  # "ông Trần Văn A": an honorific before a name
        if not (_APPOINTING_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _APPOINTED_AFTER.match(text, m.end(), end)):
            continue
        own = [n for n in names if n.end <= m.start()]
        antecedent = _one_antecedent(text, m.group(1), own if _opens_on_its_topic(text, start, own) else before + own)
        if antecedent is not None:
            found.append(Name(m.start(), m.end(), m.group(0), antecedent.label, antecedent.vietnamese))
    return found


# "Với ông A, …, Thủ tướng quyết định giao ông làm …": the person a sentence opens on is its topic,
# the one its pronoun speaks of; the sentence before's persons are not.
_TOPIC_OPENING = re.compile(r"(?:[Vv]ới|[Đđ]ối với|[Rr]iêng với|[Rr]iêng) (?:ông|bà) ")


def _opens_on_its_topic(text: str, start: int, own: list[Name]) -> bool:
    m = _TOPIC_OPENING.match(text, start)
    return m is not None and bool(own) and own[0].start == m.end()


def _one_antecedent(text: str, pronoun: str, candidates: list[Name]) -> Name | None:
    possible = {n.label: n for n in candidates if _may_be(text, n, pronoun)}
    if len(possible) != 1:
        return None
    (name,) = possible.values()
    return name if all(_gender_word(text, n).lower() == pronoun for n in candidates if n.label == name.label) else None


def _gender_word(text: str, name: Name) -> str:
    m = _GENDER_WORD_BEFORE.search(text, max(0, name.start - 10), name.start)
    return m.group(0).strip() if m else ""


def _may_be(text: str, name: Name, pronoun: str) -> bool:
    word = _gender_word(text, name).lower()
    if word in ("ông", "bà"):
        return word == pronoun
    return not (pronoun == "ông" and " Thị " in f" {name.label} ")
