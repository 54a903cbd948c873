"""Templates: the built-in panel loads verbatim; bad YAML is refused naming file, line and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sahel_panel.exchange.check import check_file
from sahel_panel.exchange.errors import ExchangeError
from sahel_panel.exchange.templates import builtin_templates, load_template, resolve
from sahel_panel.paths import templates_dir
from sahel_panel.services import SessionService

# The outcome questions exactly as the concept note lists them (copied into the repository: tests
# read nothing outside it).
CONCEPT_NOTE = Path(__file__).resolve().parents[1] / "fixtures" / "concept_note_questions.json"

GOOD = """\
format: 1
name: mini
session:
  title: Mini panel
  area: education
  date: "2024-05-02"
  start: "09:00"
  end: "10:30"
questions:
  - en: First?
    ar: الأول؟
  - fr: Deuxième ?
"""


def write(tmp_path: Path, text: str, name: str = "t.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ExchangeError) as info:
        load_template(path)
    return [str(p) for p in info.value.problems]


def test_builtin_template_matches_the_concept_note() -> None:
    template = resolve("ipu146-sahel-security")
    s = template.session
    assert s.title == "Mitigating the impact of security threats by building resilience in the Sahel"
    assert (s.date, s.start, s.end, s.area) == ("2023-03-11", "14:30", "17:30", "security")
    assert s.room == "Grand Hall E" and "Bahrain" in s.venue and s.series.startswith("The Call of the Sahel")
    assert len(s.questions) == 14
    assert all(set(q) == {"en", "fr", "ar"} for q in s.questions)
    note = json.loads(CONCEPT_NOTE.read_text(encoding="utf-8"))
    arabic, english = note["questions_ar"], note["questions_en"]
    assert [q["en"] for q in s.questions] == english
    assert [q["ar"] for q in s.questions] == arabic
    assert s.questions[0]["fr"].startswith("Quel est le rôle des parlements")


def test_every_shipped_template_loads() -> None:
    names = [t.name for t in builtin_templates()]
    assert "ipu146-sahel-security" in names
    assert len(list(templates_dir().glob("*.yaml"))) == len(names)


def test_good_template_creates_session(tmp_path: Path) -> None:
    template = load_template(write(tmp_path, GOOD))
    with SessionService.create(tmp_path / "s.sahel", template.session) as service:
        assert service.info().area == "education"
        assert service.info().start == "09:00"  # not YAML 1.1's base-60 number 540
        assert [q.text for q in service.questions.list()] == [{"en": "First?", "ar": "الأول؟"}, {"fr": "Deuxième ?"}]


def test_unknown_key_names_line_and_field(tmp_path: Path) -> None:
    text = GOOD.replace("  area: education\n", "  area: education\n  colour: blue\n")
    assert problems_of(write(tmp_path, text)) == [
        "t.yaml, line 6, field “session.colour”: unknown key; allowed keys are area, date, end, event, "
        "languages, room, series, start, summary, time_zone, title, translations, venue."
    ]


def test_wrong_types_and_values_all_listed(tmp_path: Path) -> None:
    text = GOOD.replace("area: education", "area: [a, b]").replace('"09:00"', '"9h"').replace(
        "  - fr: Deuxième ?", "  - de: Zweite?")
    found = problems_of(write(tmp_path, text))
    assert any("line 5" in p and "session.area" in p and "must be text" in p for p in found)
    assert any("line 7" in p and "session.start" in p and "14:30" in p for p in found)
    assert any("questions[2].de" in p and "unknown key" in p for p in found)
    assert any("questions[2]" in p and "at least one of en, fr, ar" in p for p in found)


def test_broken_yaml_names_line(tmp_path: Path) -> None:
    found = problems_of(write(tmp_path, "format: 1\nsession:\n  title: [unclosed\nquestions: []\n"))
    assert len(found) == 1 and found[0].startswith("t.yaml, line ") and "not valid YAML" in found[0]


def test_alias_bomb_refused_quickly(tmp_path: Path) -> None:
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        bomb.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    found = problems_of(write(tmp_path, "\n".join(bomb) + "\n"))
    assert "aliases" in found[0]


def test_recursive_alias_refused(tmp_path: Path) -> None:
    assert "aliases" in problems_of(write(tmp_path, "format: 1\nsession: &s {title: x, more: *s}\n"))[0]


def test_very_large_file_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("format: 1\nquestions:\n" + "  - en: " + "x" * 100 + "\n" * 1 + ("  - en: q\n" * 300_000))
    found = problems_of(path)
    assert found[0].startswith("big.yaml: the file is") and "MB" in found[0]


def test_deep_nesting_refused(tmp_path: Path) -> None:
    found = problems_of(write(tmp_path, "format: 1\nsession: " + "[" * 40 + "]" * 40 + "\n"))
    assert "nested" in found[0]


def test_non_utf8_bytes_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(GOOD.replace("Deuxième", "DeuxiXme").encode("utf-8").replace(b"DeuxiXme", b"Deuxi\xe8me"))
    assert problems_of(path) == ["latin1.yaml, line 12: this is not UTF-8 text; save the file as UTF-8."]


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    assert load_template(path).name == "mini"


def test_python_tags_are_not_executed(tmp_path: Path) -> None:
    text = GOOD.replace("title: Mini panel", "title: !!python/object/apply:os.system ['touch pwned']")
    found = problems_of(write(tmp_path, text))
    assert found == ["t.yaml, line 4: YAML tags (!!python/object/apply:os.system) are not accepted."]
    assert not Path("pwned").exists()


def test_check_lists_every_problem(tmp_path: Path) -> None:
    text = GOOD.replace("area: education", "area: war").replace("format: 1", "format: 1\nextra: 1")
    kind, problems = check_file(write(tmp_path, text))
    assert kind == "template"
    assert {p.field for p in problems} == {"extra", "session.area"}


def test_unknown_template_name_lists_builtins() -> None:
    with pytest.raises(ExchangeError, match="ipu146-sahel-security"):
        resolve("no-such-template")


@pytest.mark.parametrize("levels", [13, 1_000, 5_000])
@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_deep_nesting_is_refused_before_composing(tmp_path: Path, levels: int, suffix: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from sahel_panel.cli import main

    if suffix == ".json":
        text = '{"format": 1, "session": {"title": "x"}, "questions": ' + "[" * levels + "]" * levels + "}"
    else:
        text = "format: 1\nsession:\n  title: x\nquestions:\n  - en: " + "[" * levels + "]" * levels + "\n"
    path = write(tmp_path, text, "deep" + suffix)
    assert any("nested more than 12 levels deep" in p for p in problems_of(path))
    _, found = check_file(path)
    assert [str(p) for p in found] and "nested more than 12 levels" in str(found[0])
    assert main(["new", str(tmp_path / "n.sahel"), "--template", str(path)]) == 1
    err = capsys.readouterr().err
    assert "nested more than 12 levels deep" in err and "unexpected" not in err
    assert not (tmp_path / "n.sahel").exists()


@pytest.mark.parametrize("char", ["\x07", "\x1b", "\x7f", "\x9b"])
def test_control_character_names_file_line_and_field(tmp_path: Path, char: str) -> None:
    text = GOOD.replace("  - fr: Deuxième ?\n", f"  - fr: Deux{char}ième ?\n")
    path = write(tmp_path, text)
    found = problems_of(path)
    assert found == [f"t.yaml, line 12, field “questions[2].fr”: the control character U+{ord(char):04X} "
                     "is not allowed in YAML; remove it."]
    title = GOOD.replace("  title: Mini panel\n", f"  title: Mini{char} panel\n")
    assert problems_of(write(tmp_path, title, "u.yaml"))[0].startswith("u.yaml, line 4, field “session.title”: ")


def test_check_and_new_apply_the_same_question_rules(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sahel_panel.cli import main

    text = GOOD.replace("  - fr: Deuxième ?\n", "  - fr: " + "e" * 1_900_000 + "\n")
    path = write(tmp_path, text)
    expected = "t.yaml, line 12, field “questions[2].fr”: question text is longer than 1,000,000 characters."
    assert [str(p) for p in check_file(path)[1]] == [expected]
    assert main(["new", str(tmp_path / "n.sahel"), "--template", str(path)]) == 1
    assert capsys.readouterr().err.strip() == f"sahel-panel: {expected}"
    assert not (tmp_path / "n.sahel").exists()
