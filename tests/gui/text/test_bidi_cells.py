"""User text in tables and lists keeps its own direction under either layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from sahel_panel.services import NewSession, SessionService
from sahel_panel.ui.contributions.model import ContributionModel
from sahel_panel.ui.speakers.model import SpeakerModel
from sahel_panel.ui.text.bidi import embedded, plain, text_direction

LRE, RLE, PDF = "\u2066", "\u2067", "\u2069"  # isolates (LRI, RLI, PDI), named as before


def test_direction_of_first_strong_character() -> None:
    assert text_direction("(2023) الأمن") == Qt.LayoutDirection.RightToLeft
    assert text_direction("2023: Sahel الأمن") == Qt.LayoutDirection.LeftToRight
    assert embedded("Create a fund.") == f"{LRE}Create a fund.{PDF}"
    assert plain(embedded("ما هو الدور؟")) == "ما هو الدور؟"


def test_contribution_and_speaker_cells_are_embedded(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    with SessionService.create(tmp_path / "b.sahel", NewSession(title="Bidi", questions=[{"en": "Q?"}])) as s:
        q = s.questions.list()[0]
        latin = s.speakers.add("Ms. Hawa Coulibaly", organisation="Sahel Women's Peace Network")
        arabic = s.speakers.add("عبد الله الزياني", organisation="مجلس النواب")
        s.contributions.record("Women's organisations must be heard.", latin.id, q.id)
        s.contributions.record("يجب تعزيز الرقابة البرلمانية.", arabic.id, q.id, language="ar")
        model = ContributionModel(s)
        model.load(q.id)
        text = [model.data(model.index(r, ContributionModel.TEXT)) for r in range(2)]
        assert text == [f"{LRE}Women's organisations must be heard.{PDF}", f"{RLE}يجب تعزيز الرقابة البرلمانية.{PDF}"]
        assert model.data(model.index(1, ContributionModel.SPEAKER)) == f"{RLE}عبد الله الزياني{PDF}"
        speakers = SpeakerModel(s)
        names = {plain(speakers.data(speakers.index(r, SpeakerModel.NAME))): speakers.data(speakers.index(r, 0))
                 for r in range(speakers.rowCount())}
        assert names["Ms. Hawa Coulibaly"].startswith(LRE) and names["عبد الله الزياني"].startswith(RLE)
