"""Session fields of schema v7: the venue's time zone, translated texts, the summary, speaker roles."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sahel_panel.domain.model import DomainError, SessionInfo
from sahel_panel.exchange.json_export import build
from sahel_panel.exchange.speakers import load_speaker_list
from sahel_panel.exchange.templates import resolve
from sahel_panel.services import SessionService
from tests.unit.helpers import FIXTURES, child_env, new_session, spec


def test_builtin_template_carries_zone_and_translated_cover() -> None:
    s = resolve("ipu146-sahel-security").session
    assert s.time_zone == "Asia/Bahrain"
    # the concept note's Arabic cover (its title is on two lines there)
    assert s.translations["ar"]["title"] == "التخفيف من تأثير التهديدات الأمنية من خلال بناء القدرة على الصمود في منطقة الساحل"
    assert s.translations["ar"]["series"] == "الدعوة إلى إنقاذ منطقة الساحل: استجابة عالمية"
    assert s.translations["fr"]["title"].startswith("Atténuer l'impact des menaces sécuritaires")
    assert set(s.translations) == {"en", "fr", "ar"}


def test_new_session_defaults_to_this_computers_zone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Africa/Bamako")
    with new_session(tmp_path) as s:
        assert s.info().time_zone == "Africa/Bamako"
    with new_session(tmp_path, "b.sahel", time_zone="Asia/Bahrain") as s:
        assert s.info().time_zone == "Asia/Bahrain"
        s.update_info(time_zone="Europe/Paris")
        assert s.info().time_zone == "Europe/Paris"
        with pytest.raises(DomainError) as bad:
            s.update_info(time_zone="Mars/Olympus")
        assert bad.value.field == "time_zone" and "Asia/Bahrain" in str(bad.value)


def test_translations_and_summary_round_trip(tmp_path: Path) -> None:
    texts = {"fr": {"title": "Atténuer l'impact", "venue": "Manama (Bahreïn)"}, "ar": {"title": "التخفيف"}}
    with new_session(tmp_path, translations=texts, summary="Key messages:\n1. Oversight.\n") as s:
        info = s.info()
        assert info.translations == texts and info.summary == "Key messages:\n1. Oversight."
        assert info.text("title", "fr") == ("Atténuer l'impact", "fr")
        assert info.text("title", "en") == (info.title, None)  # the plain field, language unstated
        assert info.text("series", "ar") == ("The Call of the Sahel", None)
        s.update_info(translations={"ar": {"title": "  "}})  # blanks are dropped
        assert s.info().translations == {}
        with pytest.raises(DomainError):
            s.update_info(translations={"de": {"title": "x"}})
        with pytest.raises(DomainError):
            s.update_info(translations={"fr": {"colour": "x"}})


def test_text_falls_back_like_a_question() -> None:
    info = SessionInfo(id="x", title="", translations={"ar": {"title": "العنوان"}, "fr": {"title": "Le titre"}})
    assert info.text("title", "en") == ("Le titre", "fr")  # en, fr, ar order once the plain field is empty
    assert info.text("title", "ar") == ("العنوان", "ar")


def test_speaker_roles(tmp_path: Path) -> None:
    with new_session(tmp_path) as s:
        chair = s.speakers.add("Duarte Pacheco", role="chair")
        assert s.speakers.get(chair.id).role == "chair"
        s.speakers.edit(chair.id, role="moderator")
        assert s.speakers.get(chair.id).role == "moderator"
        assert s.speakers.add("Someone").role == ""
        with pytest.raises(DomainError) as bad:
            s.speakers.add("X", role="king")
        assert bad.value.field == "role"


def test_speaker_list_role_column(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("name,role\nA,Chairperson\nB,panelist\nC,rapporteur\nD,\n", encoding="utf-8")
    assert [p.role for p in load_speaker_list(path)] == ["chair", "panellist", "rapporteur", ""]


def test_old_file_gets_the_computers_zone_on_migration(tmp_path: Path) -> None:
    """A v1 file showed every time in the zone of the computer showing it; migrated, it keeps reading so."""
    copy = tmp_path / "old.sahel"
    shutil.copy(FIXTURES / "session_v1.sahel", copy)
    code = ("import sys; from sahel_panel.services import SessionService;"
            "s = SessionService.open(sys.argv[1]); i = s.info();"
            "print(i.time_zone, repr(i.summary), i.translations, [p.role for p in s.speakers.list()]); s.close()")
    env = child_env() | {"TZ": "Asia/Bahrain"}
    out = subprocess.run([sys.executable, "-c", code, str(copy)], env=env, capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "Asia/Bahrain '' {} ['', '', '', '']"


def test_json_times_read_at_the_venue(tmp_path: Path) -> None:
    with new_session(tmp_path, time_zone="Asia/Bahrain") as s:
        who = s.speakers.add("Amina", role="panellist")
        s.turns.start(who.id, None)
        s.contributions.record("Hello.", who.id, None)
        s.turns.stop()
    doc = build(tmp_path / "s.sahel")
    assert doc["session"]["time_zone"] == "Asia/Bahrain"
    assert doc["turns"][0]["started_at"].startswith("2023-03-11T14:30:") and doc["turns"][0]["started_at"].endswith("+03:00")
    assert doc["contributions"][0]["recorded_at"].endswith("+03:00")
    assert doc["speakers"][0]["role"] == "panellist"
    json.dumps(doc)


def test_spec_accepts_zone(tmp_path: Path) -> None:
    with SessionService.create(tmp_path / "z.sahel", spec(time_zone="Asia/Bahrain")) as s:
        assert s.info().time_zone == "Asia/Bahrain"
