"""Hostile text is data: it round-trips unchanged through the file, and search never raises on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahel_panel.domain.model import DomainError
from sahel_panel.services import SessionService
from tests.unit.helpers import new_session

HOSTILE = {
    "bold": "<b>bold</b> and <i>italic",
    "entity": "&amp; &lt; &nbsp; &#x202E; &bogus;",
    "font": '<font name=x size="99">big</font>',
    "img": '<img src=x onerror="alert(1)"> <script>alert(1)</script>',
    "lt": "a<b c>d a<b",
    "bidi": "start \u202eevil\u202c \u2067isolate\u2069 \u200fRLM\u200e LRM \u2066\u2068\u061c",
    "emoji": "😀 👩🏽‍⚖️ 🇧🇭 🏳️‍🌈 \U0001f9d5\u200d\u2640\ufe0f",
    "nul": "before\x00after \x00\x00 end",
    "controls": "tab\tcr\rlf\nvt\x0bff\x0c esc\x1b[31m bell\x07 del\x7f",
    "surrogate-free-astral": "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐎀 𓂀",
    "arabic-mixed": "قال النائب 12 مرة: G5 Sahel بنسبة 45% في 2023، و«الأمن» (security) أولاً",
    "combining": "e\u0301te\u0301 Zalgo: z\u0335\u0327a\u0336l\u0338g\u0334o\u0337",
    "sql": "'; DROP TABLE contribution; -- \" OR 1=1",
    "fts": 'sahel AND ( NEAR("x" * ^ -y col:text',
    "quotes": "\" ' ` « » “ ” ‘ ’",
    "backslashes": "C:\\Users\\x\\n \\x00 \\u202e",
    "json": '{"tags": ["x"], "a": null}',
    "percent": "%s %d {0} {name} %(x)s",
    "long": ("Le Sahel — الساحل — Sahel. " * 4000)[:100_000],
    "huge-line": "x" * 100_000,
    "line-separators": "a\u2028b\u2029c\x85d",
    "bom-zwsp": "\ufeffBOM\u200bzero\u200dwidth\u2060joiner",
    "private-use-noncharacter": "\ue000\uf8ff\ufdd0\uffff",
}


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple[str, str, str, str]]]:
    """Everything written once; every test then reads a freshly opened file."""
    folder = tmp_path_factory.mktemp("hostile")
    ids: dict[str, tuple[str, str, str, str]] = {}
    with new_session(folder) as s:
        q = s.questions.list()[0]
        for key, text in HOSTILE.items():
            name = text.strip()[:500]
            sp = s.speakers.add(name, title=name[:40].strip() or "x", organisation=name[:500], country=name[:60])
            c = s.contributions.record(text, speaker_id=sp.id, question_id=q.id, language="ar")
            r = s.recommendations.draft(text, question_id=q.id, source_ids=[c.id])
            r2 = s.recommendations.revise(r.id, text + " (rev)")
            ids[key] = (sp.id, c.id, r2.id, name)
        s.drafts.save("contribution", HOSTILE["nul"] + HOSTILE["bidi"], {"note": HOSTILE["font"]})
        s.update_info(title=HOSTILE["bidi"], venue=HOSTILE["font"], room=HOSTILE["emoji"])
    return folder / "s.sahel", ids


@pytest.mark.parametrize("key", list(HOSTILE))
def test_round_trips_unchanged_after_reopen(recorded, key: str) -> None:  # type: ignore[no-untyped-def]
    path, ids = recorded
    speaker_id, contribution_id, recommendation_id, name = ids[key]
    text = HOSTILE[key]
    with SessionService.open(path, read_only=True) as s:
        c = s.contributions.get(contribution_id)
        assert c.text == text
        assert len(c.text) == len(text)
        sp = s.speakers.get(speaker_id)
        assert sp.name == name and sp.organisation == name[:500].strip()
        r = s.recommendations.get(recommendation_id)
        assert r.text == text + " (rev)"
        assert r.source_ids == (contribution_id,)
        assert [v.text for v in s.recommendations.revisions(recommendation_id)] == [text, text + " (rev)"]


def test_metadata_and_drafts_round_trip(recorded) -> None:  # type: ignore[no-untyped-def]
    path, _ = recorded
    with SessionService.open(path, read_only=True) as s:
        info = s.info()
        assert (info.title, info.venue, info.room) == (HOSTILE["bidi"].strip(), HOSTILE["font"], HOSTILE["emoji"])
        (draft,) = s.drafts.list()
        assert draft.text == HOSTILE["nul"] + HOSTILE["bidi"]
        assert draft.context == {"note": HOSTILE["font"]}


@pytest.mark.parametrize("key", list(HOSTILE))
def test_search_with_hostile_input_never_raises(recorded, key: str) -> None:  # type: ignore[no-untyped-def]
    path, _ = recorded
    with SessionService.open(path, read_only=True) as s:
        hits = s.search(HOSTILE[key])
        assert isinstance(hits, list)
        for h in hits:
            assert isinstance(h.snippet, str)


def test_search_finds_words_inside_hostile_text(recorded) -> None:  # type: ignore[no-untyped-def]
    path, ids = recorded
    with SessionService.open(path, read_only=True) as s:
        found = {h.id for h in s.search("onerror alert")}
        assert ids["img"][1] in found and ids["img"][2] in found
        assert ids["arabic-mixed"][1] in {h.id for h in s.search("الأمن security")}
        assert ids["nul"][1] in {h.id for h in s.search("after")}
        assert ids["bidi"][1] in {h.id for h in s.search("start")}


def test_search_ignores_bidi_marks_around_words(recorded) -> None:  # type: ignore[no-untyped-def]
    path, ids = recorded
    with SessionService.open(path, read_only=True) as s:
        assert ids["bidi"][1] in {h.id for h in s.search("evil isolate")}


def test_hostile_tags_and_question_texts(tmp_path: Path) -> None:
    with new_session(tmp_path) as s:
        tags = ("<b>", "&amp", "😀", "\u202eevil", "الأمن", "x\x00y")
        c = s.contributions.record("tagged", tags=list(tags))
        q = s.questions.add({"en": HOSTILE["font"], "fr": HOSTILE["entity"], "ar": HOSTILE["arabic-mixed"]})
    with SessionService.open(tmp_path / "s.sahel") as s:
        assert s.contributions.get(c.id).tags == tags
        assert s.questions.get(q.id).text == {"en": HOSTILE["font"], "fr": HOSTILE["entity"].strip(),
                                              "ar": HOSTILE["arabic-mixed"]}


def test_oversized_values_are_refused_not_truncated(tmp_path: Path) -> None:
    with new_session(tmp_path) as s:
        with pytest.raises(DomainError):
            s.speakers.add("n" * 501)
        with pytest.raises(DomainError):
            s.contributions.record("t" * 1_000_001)
        assert s.counts().contributions == 0
