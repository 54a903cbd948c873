"""Error sentences stay English for str() and carry a template + params the window can translate."""

from __future__ import annotations

import pickle
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sahel_panel.domain import rules
from sahel_panel.domain.model import DomainError
from sahel_panel.exchange.errors import ExchangeError, Problem
from sahel_panel.exchange.speakers import load_speaker_list
from sahel_panel.messages import Message, message_of
from sahel_panel.output.errors import ExportError, ReportCancelled
from sahel_panel.store import Store, StoreError
from tests.unit.helpers import new_session

ROOT = Path(__file__).resolve().parents[2]


def extracted(context: str) -> set[str]:
    """Sources of one context of the committed French .ts file (Arabic is checked by test_translations)."""
    root = ET.parse(ROOT / "translations" / "sahel_panel_fr.ts").getroot()
    return {m.findtext("source") for c in root.iter("context") if c.findtext("name") == context
            for m in c.iter("message")}


def test_message_is_the_english_sentence_and_keeps_its_template() -> None:
    m = Message("{field} must not be empty.", field="title")
    assert m == "title must not be empty." and str(m) == "title must not be empty."
    assert m.template == "{field} must not be empty." and m.params == {"field": "title"}
    again = pickle.loads(pickle.dumps(m))
    assert again == m and again.template == m.template and again.params == m.params
    short = m.without_subject("title")
    assert short == "must not be empty." and short.template == "must not be empty." and short.params == {}
    assert m.without_subject("name") is m


def test_domain_rule_error_is_english_with_template() -> None:
    with pytest.raises(DomainError) as info:
        rules.name("   ", "title")
    exc = info.value
    assert str(exc) == "title must not be empty." and exc.field == "title"
    assert exc.template == "{field} must not be empty." and exc.params == {"field": "title"}
    with pytest.raises(DomainError) as info:
        rules.clock_time("25:00", "start")
    assert str(info.value) == "start must look like 14:30; got '25:00'."
    assert info.value.params == {"field": "start", "value": "'25:00'"}
    assert info.value.template in extracted("Errors")


def test_service_refusal_carries_template(tmp_path: Path) -> None:
    with new_session(tmp_path) as service:
        with pytest.raises(DomainError) as info:
            service.contributions.record("   ")
        assert str(info.value) == "text must not be empty."
        assert info.value.template == "{field} must not be empty." and info.value.params == {"field": "text"}
        with pytest.raises(DomainError) as info:
            service.speakers.get("no-such-id")
        assert str(info.value) == "This speaker no longer exists."
        assert info.value.template == "This speaker no longer exists." and info.value.params == {}


def test_store_refusal_carries_template(tmp_path: Path) -> None:
    other = tmp_path / "notes.sahel"
    other.write_text("not a database, just some text " * 100, encoding="utf-8")
    with pytest.raises(StoreError) as info:
        Store.open(other)
    assert str(info.value) == "“notes.sahel” is not a Sahel Panel session file."
    assert info.value.template == "“{file}” is not a Sahel Panel session file."
    assert info.value.params == {"file": "notes.sahel"}
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path / "missing.sahel")
    assert info.value.template == "“{file}” does not exist." and str(info.value).endswith("missing.sahel” does not exist.")


def test_exchange_error_keeps_each_problem_translatable(tmp_path: Path) -> None:
    csv = tmp_path / "speakers.csv"
    csv.write_text("name,category,colour\nAmina Diallo,astronaut,blue\n", encoding="utf-8")
    with pytest.raises(ExchangeError) as info:
        load_speaker_list(csv)
    exc = info.value
    assert str(exc) == "speakers.csv, line 1, field “colour”: unknown column; the columns are " \
                       "name, title, organisation, country, category, gender, age_group, youth, role."
    assert exc.template == "{problem}" and exc.params["problem"] is exc.problems[0]
    csv.write_text("name,category,gender\n,astronaut,robot\n", encoding="utf-8")
    with pytest.raises(ExchangeError) as info:
        load_speaker_list(csv)
    exc = info.value
    assert str(exc) == "speakers.csv, line 2, field “name”: must not be empty. (and 2 more problems)"
    assert exc.template == "{problem} (and {count} more problems)" and exc.params["count"] == 2
    messages = [p.message for p in exc.problems]
    assert all(isinstance(m, Message) for m in messages)
    # the field name is dropped from the sentence (the frame shows it), with a template of its own
    assert [m.template for m in messages] == ["must not be empty.", "must be one of {allowed}; got {value}.",
                                              "must be one of {allowed}; got {value}."]
    errors = extracted("Errors")
    assert {m.template for m in messages} <= errors
    assert {p.frame for p in exc.problems} <= errors


def test_problem_frames_are_unchanged_english() -> None:
    assert str(Problem("a.csv", 0, "", "x.")) == "a.csv: x."
    assert str(Problem("a.csv", 3, "", "x.")) == "a.csv, line 3: x."
    assert str(Problem("a.yaml", 0, "speakers", "x.")) == "a.yaml, field “speakers”: x."
    assert str(Problem("a.csv", 3, "name", "x.")) == "a.csv, line 3, field “name”: x."


def test_export_and_report_errors(tmp_path: Path) -> None:
    from sahel_panel.exchange.export import export_session

    with pytest.raises(ExportError) as info:
        export_session(tmp_path / "s.sahel", tmp_path / "out.pdf")
    assert str(info.value) == ("Cannot export to “out.pdf”: the name must end in .sahel, .json or .docx"
                               " (for the PDF report use “sahel-panel report”).")
    assert isinstance(info.value.params["hint"], Message)
    assert str(ReportCancelled()) == "The export was cancelled; no file was written."
    assert ReportCancelled().template == "The export was cancelled; no file was written."


def test_wrapping_keeps_the_template() -> None:
    inner = DomainError(Message("This question no longer exists."), "question")
    assert message_of(inner).template == "This question no longer exists."
    assert ExportError(message_of(inner)).template == "This question no longer exists."
    plain = StoreError("disk full")
    assert message_of(plain) == "disk full" and plain.template is None and plain.params == {}


def test_field_labels_are_extracted() -> None:
    assert set(rules.FIELD_LABELS) <= extracted("Fields")
    assert set(rules.SUBJECTLESS) <= extracted("Errors")
