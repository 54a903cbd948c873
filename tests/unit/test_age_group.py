"""Age group "not stated": a list without ages must not make everyone "45 and over" (issue 8).

Through every layer: the v5 → v6 migration, speaker-list import, the services, the statistics,
the JSON export and the report's age chart.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import FakeClock

from sahel_panel.exchange import json_export
from sahel_panel.exchange.errors import ExchangeError
from sahel_panel.exchange.export import export_session
from sahel_panel.exchange.speakers import load_speaker_list
from sahel_panel.services import NewSession, SessionService

V1_FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "session_v1.sahel"


def test_old_files_migrate_youth_to_under_45_and_the_rest_to_not_stated(tmp_path: Path) -> None:
    """Schema 5 and earlier could not tell "no" from "not given": 0 becomes "not stated"."""
    path = tmp_path / "old.sahel"
    shutil.copyfile(V1_FIXTURE, path)
    with sqlite3.connect(path) as conn:
        before = dict(conn.execute("SELECT name, youth FROM speaker").fetchall())
    conn.close()
    assert set(before.values()) == {0, 1}
    with SessionService.open(path) as s:
        after = {sp.name: sp.age_group for sp in s.speakers.list()}
    assert after == {name: ("under_45" if youth else "not_stated") for name, youth in before.items()}
    with sqlite3.connect(path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(speaker)")]
    conn.close()
    assert "age_group" in columns and "youth" not in columns


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_list_without_a_youth_column_leaves_every_age_not_stated(tmp_path: Path) -> None:
    speakers = load_speaker_list(_csv(tmp_path, "name,organisation\nAïssata Diallo,CIP G5 Sahel\nJohn Brandolino,UNODC\n"))
    assert [s.age_group for s in speakers] == ["not_stated", "not_stated"]


def test_youth_and_age_group_columns(tmp_path: Path) -> None:
    speakers = load_speaker_list(_csv(tmp_path, "name,youth\nA,yes\nB,no\nC,\nD,1\n"))
    assert [s.age_group for s in speakers] == ["under_45", "45_and_over", "not_stated", "under_45"]
    speakers = load_speaker_list(_csv(tmp_path, "name,age_group\nA,under 45\nB,45 and over\nC,not stated\nD,\nE,45+\n"))
    assert [s.age_group for s in speakers] == ["under_45", "45_and_over", "not_stated", "not_stated", "45_and_over"]
    # Both columns: they must agree.
    assert load_speaker_list(_csv(tmp_path, "name,age_group,youth\nA,under_45,yes\nB,,no\n"))[1].age_group == "45_and_over"
    with pytest.raises(ExchangeError) as info:
        load_speaker_list(_csv(tmp_path, "name,age_group,youth\nA,45 and over,yes\n"))
    assert "line 2, field “age_group”: disagrees with the youth column" in str(info.value)
    with pytest.raises(ExchangeError) as info:
        load_speaker_list(_csv(tmp_path, "name,age_group\nA,forty\n"))
    assert "line 2, field “age_group”: must be one of under_45, 45_and_over, not_stated" in str(info.value)


def test_yaml_list_and_template_speakers_may_leave_the_age_out(tmp_path: Path) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("- name: نورة السعدي\n- name: Moussa Traoré\n  youth: no\n- name: Awa\n  age_group: under_45\n",
                    encoding="utf-8")
    assert [s.age_group for s in load_speaker_list(path)] == ["not_stated", "45_and_over", "under_45"]


CLOCK = FakeClock()


def _session(tmp_path: Path) -> SessionService:
    return SessionService.create(tmp_path / "ages.sahel", NewSession(title="Ages", questions=[{"en": "Q1"}]),
                                 clock=CLOCK)


def test_statistics_and_json_show_not_stated_as_its_own_group(tmp_path: Path) -> None:
    with _session(tmp_path) as s:
        q = s.questions.list()[0].id
        young = s.speakers.add("Awa Ndiaye", age_group="under_45")
        older = s.speakers.add("Moussa Kaboré", age_group="45_and_over")
        unknown = s.speakers.add("Ibrahim Maïga")  # no age given
        for speaker in (young, older, unknown):
            s.turns.start(speaker.id, q)
            CLOCK.advance(60)
        s.turns.stop()
        stats = s.statistics()
        assert {k: (b.turns, b.speakers, b.seconds) for k, b in stats.by_age.items()} == {
            "under_45": (1, 1, 60.0), "45_and_over": (1, 1, 60.0), "not_stated": (1, 1, 60.0)}
    out = tmp_path / "ages.json"
    export_session(tmp_path / "ages.sahel", out)
    document = json_export.read_json(out)
    assert document["version"] == 2
    assert {sp["name"]: sp["age_group"] for sp in document["speakers"]} == {
        "Awa Ndiaye": "under_45", "Moussa Kaboré": "45_and_over", "Ibrahim Maïga": "not_stated"}
    assert list(document["statistics"]["by_age"]) == ["under_45", "45_and_over", "not_stated"]
    assert document["statistics"]["by_age"]["not_stated"]["seconds"] == 60.0
    assert list(document["speakers"][0]) == ["id", "name", "title", "organisation", "country", "category", "gender",
                                             "age_group", "role"]


@pytest.mark.parametrize(("lang", "label"), [("en", "Age not stated"), ("fr", "Âge non précisé"),
                                             ("ar", "العمر غير محدد")])
def test_report_age_chart_has_a_not_stated_bar(tmp_path: Path, lang: str, label: str) -> None:
    import docx

    with _session(tmp_path) as s:
        q = s.questions.list()[0].id
        s.turns.start(s.speakers.add("Ibrahim Maïga").id, q)
        CLOCK.advance(90)
        s.turns.stop()
    out = tmp_path / f"ages-{lang}.docx"
    export_session(tmp_path / "ages.sahel", out, lang=lang)
    cells = [c.text for t in docx.Document(str(out)).tables for row in t.rows for c in row.cells]
    assert label in cells
