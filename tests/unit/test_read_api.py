"""The services' read API: one consistent read of a whole session, as dataclasses."""

from __future__ import annotations

import shutil
import threading
from dataclasses import replace
from pathlib import Path

from sahel_panel.exchange import json_export
from sahel_panel.report import data as report_data
from sahel_panel.services import SessionService, read_session
from sahel_panel.services.base import new_id
from sahel_panel.store import SCHEMA_VERSION
from tests.unit.helpers import FIXTURES, new_session, speakers


def _recorded(tmp_path: Path) -> Path:
    with new_session(tmp_path) as s:
        q1, q2, _ = s.questions.list()
        a, b, *_ = s.speakers.add_many([replace(p, id=new_id()) for p in speakers()])
        s.turns.start(a.id, q1.id)
        c1 = s.contributions.record("Budgets need oversight.", a.id, q1.id, language="en")
        s.turns.start(b.id, q2.id)
        c2 = s.contributions.record("Il faut former les forces.", b.id, q2.id, language="fr")
        s.turns.stop()
        r = s.recommendations.draft("Oversee budgets.", q1.id, source_ids=[c1.id, c2.id])
        s.recommendations.revise(r.id, "Oversee defence budgets.")
        s.recommendations.set_status(r.id, "agreed")
        s.recommendations.draft("مشاركة الشباب", None, language="ar", source_ids=[c2.id])
        return s.path


def test_read_returns_everything_with_revisions_and_sources(tmp_path: Path) -> None:
    path = _recorded(tmp_path)
    content = read_session(path)
    assert content.schema_version == SCHEMA_VERSION
    assert content.info.area == "security"
    assert [q.position for q in content.questions] == [1, 2, 3]
    assert len(content.speakers) == 4 and len(content.turns) == 2 and len(content.contributions) == 2
    first, general = content.recommendations
    assert first.question_id == content.questions[0].id and general.question_id is None
    assert first.source_ids == tuple(c.id for c in content.contributions)
    assert [(v.number, v.text, v.status) for v in content.revisions[first.id]] == [
        (1, "Oversee budgets.", "draft"), (2, "Oversee defence budgets.", "draft"),
        (3, "Oversee defence budgets.", "agreed")]
    assert content.counts.recommendations == 2 and content.statistics.total_turns == 2
    assert content.statistics.general_recommendations == 1
    assert content.contribution_speaker()[content.contributions[0].id] == content.turns[0].speaker_id


def test_read_agrees_with_the_per_table_services(tmp_path: Path) -> None:
    path = _recorded(tmp_path)
    with SessionService.open(path, read_only=True) as s:
        content = s.read()
        assert list(content.questions) == s.questions.list()
        assert list(content.speakers) == s.speakers.list()
        assert list(content.turns) == s.turns.list()
        assert list(content.contributions) == s.contributions.list()
        assert list(content.recommendations) == s.recommendations.list()
        for r in content.recommendations:
            assert list(content.revisions[r.id]) == s.recommendations.revisions(r.id)
        assert content.counts == s.counts()


def test_read_is_one_transaction_while_another_connection_writes(tmp_path: Path) -> None:
    """A write committed by the window in the middle of the read is not half-seen."""
    path = _recorded(tmp_path)
    writer = SessionService.open(path)
    reader = SessionService.open(path, read_only=True)
    try:
        q1 = writer.questions.list()[0]
        speaker = writer.speakers.list()[0]
        original = reader.store.query
        done = threading.Event()

        def query_then_write(sql: str, params: tuple | dict = ()) -> list[dict]:
            result = original(sql, params)
            if "FROM question" in sql and not done.is_set():
                done.set()  # the window records between two queries of the read
                c = writer.contributions.record("Late words.", speaker.id, q1.id)
                writer.recommendations.draft("Late recommendation.", q1.id, source_ids=[c.id])
            return result

        reader.store.query = query_then_write  # type: ignore[method-assign]
        content = reader.read()
        assert done.is_set()
        assert len(content.contributions) == 2 and len(content.recommendations) == 2
        assert content.statistics.coverage[0].contributions == 1
        reader.store.query = original  # type: ignore[method-assign]
        assert len(reader.read().contributions) == 3
    finally:
        reader.close()
        writer.close()


def test_older_file_is_read_through_the_migrations_in_memory(tmp_path: Path) -> None:
    old = tmp_path / "old.sahel"
    shutil.copy(FIXTURES / "session_v1.sahel", old)
    before = old.read_bytes()
    content = read_session(old)
    assert content.schema_version == SCHEMA_VERSION
    assert old.read_bytes() == before


def test_report_and_json_come_from_the_same_read(tmp_path: Path) -> None:
    path = _recorded(tmp_path)
    content = read_session(path)
    document = json_export.document_of(content)
    assert document == json_export.build(path) | {"statistics": document["statistics"]}
    assert document["recommendations"][0]["revisions"][-1]["status"] == "agreed"
    data = report_data.gather(content)
    assert data.counts["contributions"] == 2 and data.number_of(content.recommendations[1]) == "G.1"
    assert [s.name for s in data.supporters(content.recommendations[0])] == [
        content.speakers_by_id()[c.speaker_id].name for c in content.contributions]
