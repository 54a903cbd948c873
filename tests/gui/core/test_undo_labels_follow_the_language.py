"""Every step on the undo stack is named in the interface language of the moment (issue 8).

QUndoStack keeps only the text a command was given; a step taken in English stayed
"Import speaker list list.csv" in the Edit menu after switching to French. Each kind of
command is taken here, some undone, then the language is switched through the window:
the Edit menu's Undo/Redo and what an undo view shows must be the French and Arabic
entries of translations/*.ts, with the same arguments.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QUndoView

from sahel_panel.ui.core.document import ServiceCommand, UndoableDocument, UndoLabel
from sahel_panel.ui.text.bidi import isolate, plain
from tests.gui.core.test_one_transaction_per_undo_step import _command_classes, _script

ROOT = Path(__file__).resolve().parents[3]


def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, read from the committed .ts file (not through Qt)."""
    tree = ET.parse(ROOT / "translations" / f"sahel_panel_{lang}.ts")
    return {(c.findtext("name"), m.findtext("source")): m.findtext("translation")
            for c in tree.getroot().iter("context") for m in c.iter("message")}


def expected(label: UndoLabel, entries: dict[tuple[str, str], str]) -> str:
    text = entries[(label.context, label.source)]
    values = [arg() if callable(arg) else isolate(arg) for arg in label.args]
    return re.sub(r"%(\d)", lambda m: values[int(m[1]) - 1], text).strip()


def stack_labels(document: UndoableDocument) -> list[str]:
    stack = document.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def view_labels(view: QUndoView) -> list[str]:
    """What an undo history shows: row 0 is the clean state, then one row per step."""
    model = view.model()
    return [model.index(row, 0).data() for row in range(1, model.rowCount())]


def check_every_label(document: UndoableDocument, view: QUndoView, lang: str) -> None:
    entries = catalogue(lang)
    stack = document.undo_stack
    commands = [stack.command(i) for i in range(stack.count())]
    assert all(isinstance(c, ServiceCommand) for c in commands)
    want = [expected(c.label, entries) for c in commands]
    assert stack_labels(document) == want
    assert view_labels(view) == want


def test_every_session_step_is_renamed_with_its_arguments(window, clock, qtbot) -> None:  # noqa: ANN001
    document = window.document
    script = _script(document, clock)
    for build in script:
        assert document.execute(build())
    stack = document.undo_stack
    assert {type(stack.command(i)) for i in range(stack.count())} == _command_classes()
    for _ in range(3):  # the last three steps undone: Redo names one of them
        document.undo()
    view = QUndoView(stack)
    qtbot.addWidget(view)
    english = stack_labels(document)
    assert plain(english[2]) == "Import speaker list list.csv"
    undo, redo = window.named_actions["undo"], window.named_actions["redo"]
    assert undo.text() == "&Undo Reorder recommendations"

    window.set_language("fr")
    check_every_label(document, view, "fr")
    assert plain(stack.text(2)) == "Importer la liste d'intervenants list.csv"
    assert undo.text() == "&Annuler\u00a0: Réordonner les recommandations"
    assert redo.text() == "&Rétablir\u00a0: Dissocier des interventions"
    assert undo.toolTip() == "Annuler\u00a0: Réordonner les recommandations"

    window.set_language("ar")
    check_every_label(document, view, "ar")
    assert plain(stack.text(2)) == "استيراد قائمة المتحدثين list.csv"
    assert stack.text(2).endswith(isolate("list.csv"))  # the file name keeps its own direction
    assert plain(undo.text()) == "&تراجع عن " + plain(stack.undoText())

    window.set_language("en")
    assert stack_labels(document) == english
    assert undo.text() == "&Undo Reorder recommendations"


def test_a_step_taken_in_french_is_named_in_english_after_switching_back(window) -> None:  # noqa: ANN001
    from sahel_panel.ui.floor.commands import StartTurn

    window.set_language("fr")
    s = window.document.service
    assert window.document.execute(StartTurn(s, s.speakers.list()[0].id, None))
    assert window.named_actions["undo"].text() == "&Annuler\u00a0: Donner la parole"
    window.set_language("en")
    assert window.named_actions["undo"].text() == "&Undo Start speaking"


def test_an_argument_holding_a_placeholder_stays_as_typed() -> None:
    label = UndoLabel("SetupCommands", "Import speaker list %1", ("%2 list.csv",))
    assert plain(label.text()) == "Import speaker list %2 list.csv"
