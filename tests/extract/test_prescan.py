"""A Prescan finds exactly the matches of its pattern's finditer(), only faster."""
from __future__ import annotations

import random
import re

from kg.extract import events, lexicon, partnerships, titles
from kg.extract.prescan import Prescan, lowered

from .test_fast_forms import SENTENCES


def _texts() -> list[str]:
    words = lexicon.titles()["roles"] + lexicon.events()["heads"] + lexicon.titles()["former_markers"]
    words += [m["pattern"].split("|")[0] for m in lexicon.titles()["membership_titles"]]
    return SENTENCES + [" ".join(words), " ".join(w.upper() for w in words), " ".join(w.lower() for w in words),
                        ", ".join(words), "3".join(words), "".join(words)]


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def _same_everywhere(scan: Prescan, texts: list[str]) -> None:
    for text in texts:
        for start in range(0, len(text), 7):
            for end in (len(text), min(len(text), start + 40)):
                assert _spans(scan.finditer(text, start, end)) == _spans(scan.pattern.finditer(text, start, end))
                assert _spans([scan.search(text, start, end)] if scan.search(text, start, end) else []) == _spans(
                    [m for m in [scan.pattern.search(text, start, end)] if m])


def test_title_candidates_prescanned_as_found_everywhere():
    assert titles._CANDIDATE_SCAN.starts is not None  # the prescan is in use, not only its fallback
    _same_everywhere(titles._CANDIDATE_SCAN, _texts())


def test_receptions_prescanned_as_found_everywhere():
    assert events._RECEPTION_SCAN.starts is not None
    _same_everywhere(events._RECEPTION_SCAN, _texts() + ["Lãnh đạo tỉnh đã tiếp ông A. Buổi tiếp Đại sứ B; đón tiếp C."])


def test_sentence_checks_prescanned_as_found_everywhere():
    # may_tie's tie words and "kế thừa", tells_a_visit's guests' visit: asked of every sentence.
    texts = _texts() + [" ".join(lexicon.events()[k]) for k in (
        "partnership_triggers", "partnership_talks", "partnership_ties", "partnership_meetings")]
    texts += ["Tỉnh kế thừa quan hệ; KẾ THỪA, Kế thừa. Đoàn đến thăm và làm việc, sang thăm, làm việc tại tỉnh."]
    for scan in (partnerships._ANY_TIE_SCAN, partnerships._INHERITS_SCAN, events._GUESTS_VISIT_SCAN):
        assert scan.starts is not None
        _same_everywhere(scan, texts)


def test_letters_ignorecase_matches_beyond_lower_case():
    # "ı" (dotless i) and "ſ" (long s) match "i" and "s" under re.IGNORECASE, though they lower to themselves.
    scan = Prescan(re.compile(r"(?<![\w])(?:giám đốc|sở)(?![\w])", re.IGNORECASE))
    for text in ["Gıám đốc Sở", "ſở X", "GIÁM ĐỐC", "xgiám đốc"]:
        assert _spans(scan.finditer(text, 0, len(text))) == _spans(scan.pattern.finditer(text, 0, len(text)))


def test_random_texts_from_the_patterns_letters():
    rng = random.Random(7)
    letters = list("Phó Chủ tịch Bí thư Tỉnh ủy viên UVTW Đảng nguyên buổi tiếp ıſİK3-,(")
    texts = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 60))) for _ in range(3000)]
    for scan in (titles._CANDIDATE_SCAN, events._RECEPTION_SCAN):
        for text in texts:
            assert _spans(scan.finditer(text, 0, len(text))) == _spans(scan.pattern.finditer(text, 0, len(text)))


def test_no_prescan_without_a_known_start():
    assert Prescan(re.compile(r"\w+ tại")).starts is None  # no lookbehind first: the plain pattern
    assert Prescan(re.compile(r"(?<![\w])(?:[Tt]ại|ở)")).starts is None  # a class first: nothing literal
    scan = Prescan(re.compile(r"\w+ tại"))
    assert _spans(scan.finditer("ở tại đây", 0, 9)) == _spans(re.finditer(r"\w+ tại", "ở tại đây"))


def test_lowered_keeps_offsets_or_says_none():
    assert lowered("Phó Chủ Tịch") == "phó chủ tịch"
    assert lowered("İstanbul") is None  # "İ" lowers to two characters: offsets would move


def test_event_heads_prescanned_as_found_everywhere():
    assert events._ANY_HEAD_SCAN.starts is not None
    _same_everywhere(events._ANY_HEAD_SCAN, _texts())


def test_changes_of_plan_prescanned_as_found_everywhere():
    # changed_plan's words, asked of every sentence
    from kg.extract import dates

    lex = dates._lex()
    words = lex["change_verbs"] + lex["postponing"] + lex["cancelling"]
    scan = dates._change_scan()
    assert scan.starts is not None
    _same_everywhere(scan, _texts() + [" ".join(words), ", ".join(w.upper() for w in words),
                                       "Ban tổ chức đã thay đổi thời gian; lễ hội bị hủy, tạm hoãn. Không tổ chức."])
