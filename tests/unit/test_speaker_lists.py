"""Speaker lists: UTF-8 with or without BOM, Arabic and Latin names, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahel_panel.exchange.errors import ExchangeError
from sahel_panel.exchange.speakers import load_speaker_list
from sahel_panel.services import NewSession, SessionService

CSV = """name,title,organisation,country,category,gender,youth
Aïssata Diallo,Hon.,CIP G5 Sahel,Mauritania,regional_parliamentary_body,woman,yes
عبد الله الزياني,سعادة,مجلس النواب,البحرين,Parliamentarian,M,no
"Ouédraogo, Mariam",Ms.,UNODC,,UN,female,
"""


def test_csv_with_bom_arabic_and_latin(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(b"\xef\xbb\xbf" + CSV.encode("utf-8"))
    speakers = load_speaker_list(path)
    assert [s.name for s in speakers] == ["Aïssata Diallo", "عبد الله الزياني", "Ouédraogo, Mariam"]
    assert [s.category for s in speakers] == ["regional_parliamentary_body", "parliamentarian",
                                              "international_organisation"]
    assert [s.gender for s in speakers] == ["woman", "man", "woman"]
    assert [s.age_group for s in speakers] == ["under_45", "45_and_over", "not_stated"]  # empty youth: not stated


def test_semicolon_csv_from_a_french_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "fr.csv"
    path.write_text("Name;Organization;Gender\nFatimata Sow;Assemblée nationale;woman\n", encoding="utf-8")
    assert load_speaker_list(path)[0].organisation == "Assemblée nationale"


def test_bad_row_rejects_whole_file_naming_row_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(CSV + "Someone,,,,astronaut,man,no\n", encoding="utf-8")
    with pytest.raises(ExchangeError) as info:
        load_speaker_list(path)
    (problem,) = info.value.problems
    assert (problem.line, problem.field) == (5, "category")
    assert str(problem).startswith("bad.csv, line 5, field “category”: must be one of parliamentarian")


def test_import_is_all_or_nothing_in_the_session(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(CSV + ",Mr.,Nobody,,expert,man,no\n", encoding="utf-8")
    with SessionService.create(tmp_path / "s.sahel", NewSession(title="t")) as service:
        with pytest.raises(ExchangeError, match="line 5, field “name”"):
            service.speakers.add_many(load_speaker_list(path))
        assert service.speakers.list() == []


def test_unknown_and_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "cols.csv"
    path.write_text("full name,organisation\nA,B\n", encoding="utf-8")
    with pytest.raises(ExchangeError) as info:
        load_speaker_list(path)
    assert {(p.line, p.field) for p in info.value.problems} == {(1, "full name"), (1, "name")}


def test_row_with_too_many_values(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("name,organisation\nA,B,C\n", encoding="utf-8")
    with pytest.raises(ExchangeError, match="line 2: this row has 3 values"):
        load_speaker_list(path)


def test_non_utf8_csv(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("name\nA\nDiallo Aïssata\n".encode("latin-1"))
    with pytest.raises(ExchangeError, match="latin1.csv, line 3: this is not UTF-8"):
        load_speaker_list(path)


def test_yaml_list_and_mapping_forms(tmp_path: Path) -> None:
    a = tmp_path / "a.yaml"
    a.write_text("- name: نورة السعدي\n  category: civil society\n  youth: yes\n", encoding="utf-8")
    b = tmp_path / "b.yml"
    b.write_text("speakers:\n  - name: Karim Benali\n    organization: APN\n", encoding="utf-8")
    assert load_speaker_list(a)[0].age_group == "under_45"
    assert load_speaker_list(b)[0].organisation == "APN"


def test_yaml_bad_field(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("- name: A\n- name: B\n  gender: sometimes\n  shoe: 42\n", encoding="utf-8")
    with pytest.raises(ExchangeError) as info:
        load_speaker_list(path)
    assert {(p.line, p.field) for p in info.value.problems} == {(2, "speakers[2].gender"),
                                                                (4, "speakers[2].shoe")}


def test_empty_and_wrong_extension(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ExchangeError, match="empty"):
        load_speaker_list(empty)
    with pytest.raises(ExchangeError, match=r"\.csv, \.yaml or \.yml"):
        load_speaker_list(tmp_path / "list.xlsx")
