"""The self-test a rapporteur runs the evening before: ``sahel-panel --self-test`` or Help > Self-test.

It exercises the installed application end to end, on this laptop, with no network: a session
from the built-in template in a temporary folder, speakers, contributions and recommendations
recorded through the services, their languages told apart by the bundled model, the series
engines (a translation paired by the multilingual model, a rewording by rapidfuzz), the PDF in English and Arabic, a DOCX, a verified snapshot, and
the main window opened and closed. Each output is checked by reading it back (the PDF's own text
through pypdf, the DOCX through python-docx, the snapshot through its SHA-256 manifest), so a
missing font, template, translation or library part in a bundle shows up as the step that failed.

No Qt here except in the window step, which the caller supplies (the command line opens an
offscreen window; the window's Help > Self-test runs its own check on the interface thread).
Step titles and details are :class:`Message` objects, translated by the window.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sahel_panel.messages import QT_TRANSLATE_NOOP, Message

TEMPLATE = "ipu146-sahel-security"
SESSION_FILE = "self-test.sahel"

# What is recorded, and then looked for in every output (one short line each, so no line breaks).
SPEAKERS = (
    ("Aïssata Diallo", "Hon.", "CIP G5 Sahel", "regional_parliamentary_body", "woman"),
    ("أحمد بن سالم", "", "البرلمان العربي", "parliamentarian", "man"),
    ("Jean-Baptiste Ouédraogo", "", "UNODC", "international_organisation", "man"),
)
CONTRIBUTIONS = (
    (0, "en", "Parliaments must vote security budgets with clear oversight."),
    (1, "ar", "يجب على البرلمانات مراقبة ميزانيات الأمن."),
    (2, "fr", "Les parlements doivent contrôler les budgets de sécurité."),
)
RECOMMENDATION = "Establish joint parliamentary oversight of security budgets."
REVISED = "Establish joint parliamentary oversight of defence and security budgets."
SIMILAR_FR = "Mettre en place un contrôle parlementaire conjoint des budgets de la défense et de la sécurité."
SIMILAR_OTHER = "Schools should teach children to read in their mother tongue."


@dataclass(frozen=True)
class StepResult:
    """One line of the self-test: which step, whether it passed, and what was seen."""

    number: int
    total: int
    name: str           # stable identifier, e.g. "pdf-ar" (what a failure exit names)
    title: Message      # translatable step title
    ok: bool
    detail: Message | str
    seconds: float

    def line(self) -> str:
        """The English line the command line prints."""
        state = "ok" if self.ok else "FAILED"
        return f"[{self.number}/{self.total}] {state:6} {self.name:9} {self.title}: {self.detail} ({self.seconds:.2f} s)"


class StepFailed(Exception):
    """A check did not hold; the message says what was expected and what was found."""


WindowCheck = Callable[[Path], Message | str]


class SelfTest:
    """The steps, run in order in ``folder``; stops at the first failure (later steps need earlier ones)."""

    def __init__(self, folder: Path, window_check: WindowCheck | None) -> None:
        self.folder = folder
        self.session = folder / SESSION_FILE
        self.window_check = window_check
        self._recorded: list[str] = []

    def steps(self) -> list[tuple[str, Message, Callable[[], Message | str]]]:
        steps = [
            ("session", Message(QT_TRANSLATE_NOOP("SelfTest", "Session from the built-in template")), self.create),
            ("record", Message(QT_TRANSLATE_NOOP("SelfTest", "Speakers, contributions and recommendations")),
             self.record),
            ("language", Message(QT_TRANSLATE_NOOP("SelfTest", "Language detection (offline model)")),
             self.language),
            ("similar", Message(QT_TRANSLATE_NOOP("SelfTest", "Near-duplicate detection for a series (offline model)")),
             self.similar),
            ("pdf-en", Message(QT_TRANSLATE_NOOP("SelfTest", "PDF report in English")), lambda: self.pdf("en")),
            ("pdf-ar", Message(QT_TRANSLATE_NOOP("SelfTest", "PDF report in Arabic")), lambda: self.pdf("ar")),
            ("docx", Message(QT_TRANSLATE_NOOP("SelfTest", "DOCX report in French")), self.docx),
            ("snapshot", Message(QT_TRANSLATE_NOOP("SelfTest", "Verified snapshot")), self.snapshot),
        ]
        if self.window_check is not None:
            steps.append(("window", Message(QT_TRANSLATE_NOOP("SelfTest", "Main window opened and closed")),
                          lambda: self.window_check(self.session)))
        return steps

    def run(self, report: Callable[[StepResult], None], cancelled: Callable[[], bool] | None = None) -> bool:
        """Run every step, calling ``report`` after each; True when all passed."""
        steps = self.steps()
        for number, (name, title, action) in enumerate(steps, start=1):
            if cancelled is not None and cancelled():
                return False
            started = time.perf_counter()
            try:
                detail, ok = action(), True
            except Exception as exc:  # noqa: BLE001 - any failure is the answer of this step
                detail, ok = _failure_text(exc), False
            report(StepResult(number, len(steps), name, title, ok, detail, time.perf_counter() - started))
            if not ok:
                return False
        return True

    # -- the steps ------------------------------------------------------------------
    def create(self) -> Message:
        from sahel_panel.exchange.templates import resolve
        from sahel_panel.services import SessionService

        spec = resolve(TEMPLATE).session
        with SessionService.create(self.session, spec) as service:
            questions = len(service.questions.list())
        if questions == 0:
            raise StepFailed(Message(QT_TRANSLATE_NOOP("SelfTest", "the built-in template has no questions.")))
        return Message(QT_TRANSLATE_NOOP("SelfTest", "{count} questions from “{template}”"),
                       count=questions, template=TEMPLATE)

    def record(self) -> Message:
        from sahel_panel.services import SessionService

        with SessionService.open(self.session) as s:
            questions = s.questions.list()
            speakers = [s.speakers.add(name, title=title, organisation=org, category=category, gender=gender)
                        for name, title, org, category, gender in SPEAKERS]
            contributions = []
            for index, lang, text in CONTRIBUTIONS:
                s.turns.start(speakers[index].id, questions[0].id)
                contributions.append(s.contributions.record(text, speakers[index].id, questions[0].id,
                                                            language=lang))
                self._recorded.append(text)
            s.turns.stop()
            r = s.recommendations.draft(RECOMMENDATION, questions[0].id, source_ids=[c.id for c in contributions])
            s.recommendations.revise(r.id, REVISED)
            s.recommendations.set_status(r.id, "agreed")
            counts = s.counts()
        with SessionService.open(self.session, read_only=True) as s:  # read back what was committed
            stored = [c.text for c in s.contributions.list()]
            revisions = len(s.recommendations.revisions(r.id))
        missing = [t for t in self._recorded if t not in stored]
        if missing:
            raise StepFailed(Message(QT_TRANSLATE_NOOP(
                "SelfTest", "the session read back lacks the recorded text “{text}”."), text=missing[0]))
        if revisions < 2:
            raise StepFailed(Message(QT_TRANSLATE_NOOP(
                "SelfTest", "the session read back lacks the recommendation's revision.")))
        return Message(QT_TRANSLATE_NOOP("SelfTest", "{speakers} speakers, {contributions} contributions, "
                                                     "{recommendations} recommendation"),
                       speakers=counts.speakers, contributions=counts.contributions,
                       recommendations=counts.recommendations)

    def language(self) -> Message:
        """The bundled fastText model tells the three recorded languages apart (French vs English needs it)."""
        from sahel_panel.domain.language import detect

        for _index, lang, text in CONTRIBUTIONS:
            found = detect(text, ("en", "fr", "ar")).language
            if found != lang:
                raise StepFailed(Message(QT_TRANSLATE_NOOP(
                    "SelfTest", "“{text}” was detected as {found} instead of {expected}."),
                    text=text, found=found, expected=lang))
        return Message(QT_TRANSLATE_NOOP("SelfTest", "English, French and Arabic recognised"))

    def similar(self) -> Message:
        """The series engines are there: the multilingual model pairs a translation, rapidfuzz a rewording."""
        from rapidfuzz import fuzz

        from sahel_panel.series.embeddings import load_embedder

        status = load_embedder(threads=2)
        if status.embedder is None:
            raise StepFailed(status.reason)
        english, french, unrelated = status.embedder.embed([REVISED, SIMILAR_FR, SIMILAR_OTHER])
        if float(english @ french) <= float(english @ unrelated):
            raise StepFailed(Message(QT_TRANSLATE_NOOP(
                "SelfTest", "the multilingual model did not pair a recommendation with its translation.")))
        if fuzz.ratio(RECOMMENDATION, REVISED) < 80:
            raise StepFailed(Message(QT_TRANSLATE_NOOP("SelfTest", "rapidfuzz did not pair two wordings.")))
        return Message(QT_TRANSLATE_NOOP("SelfTest", "a translation and a rewording recognised"))

    def pdf(self, lang: str) -> Message:
        from sahel_panel.report import write_report

        out = self.folder / f"report-{lang}.pdf"
        write_report(self.session, out, lang=lang)
        text, pages = pdf_text(out)
        _expect_texts(out.name, text, [*self._recorded, REVISED])
        return Message(QT_TRANSLATE_NOOP("SelfTest", "{pages} pages, recorded text found in the PDF"), pages=pages)

    def docx(self) -> Message:
        from sahel_panel.exchange.export import export_session

        out = self.folder / "report-fr.docx"
        export_session(self.session, out, lang="fr")
        _expect_texts(out.name, docx_text(out), [*self._recorded, REVISED])
        return Message(QT_TRANSLATE_NOOP("SelfTest", "recorded text found in the document"))

    def snapshot(self) -> Message:
        from sahel_panel.exchange import snapshot
        from sahel_panel.exchange.export import export_session

        out = self.folder / "snapshot.sahel"
        export_session(self.session, out)
        problems = snapshot.verify(out)
        if problems:
            raise StepFailed(problems[0])
        try:
            counts = json.loads(snapshot.manifest(out).get("table_counts", "{}"))
        except ValueError:
            counts = {}
        if not isinstance(counts, dict) or counts.get("contribution") != len(CONTRIBUTIONS):
            raise StepFailed(Message(QT_TRANSLATE_NOOP(
                "SelfTest", "the snapshot manifest does not count the recorded contributions.")))
        return Message(QT_TRANSLATE_NOOP("SelfTest", "SHA-256 manifest verified"))


def _failure_text(exc: BaseException) -> Message | str:
    from sahel_panel.messages import message_of

    text = message_of(exc)
    return text if str(text) else type(exc).__name__


def _fold(text: str) -> str:
    """Compare as a reader would: Arabic presentation forms back to letters, whitespace collapsed.

    Letters are compared as they are: the PDF gives lam-alef pairs back in reading order (the
    report draws each ligature with a silent second glyph, see report/textshape.py), so "الأمن"
    recorded must come back as "الأمن".
    """
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _expect_texts(name: str, found: str, expected: list[str]) -> None:
    folded = _fold(found)
    missing = [t for t in expected if _fold(t) not in folded]
    if missing:
        raise StepFailed(Message(QT_TRANSLATE_NOOP("SelfTest", "“{file}” lacks the recorded text “{text}”."),
                                 file=name, text=missing[0]))


def pdf_text(path: Path) -> tuple[str, int]:
    """The PDF's own text (its fonts' ToUnicode maps), read with pypdf; and its page count."""
    from pypdf import PdfReader

    with path.open("rb") as fh:
        if fh.read(5) != b"%PDF-":
            raise StepFailed(Message(QT_TRANSLATE_NOOP("SelfTest", "“{file}” is not a PDF file."), file=path.name))
    reader = PdfReader(path)
    return "\n".join(page.extract_text() or "" for page in reader.pages), len(reader.pages)


def docx_text(path: Path) -> str:
    """Every paragraph of the document, tables included, read with python-docx."""
    import docx

    if not zipfile.is_zipfile(path):
        raise StepFailed(Message(QT_TRANSLATE_NOOP("SelfTest", "“{file}” is not a DOCX file."), file=path.name))
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def run_in_temp_folder(report: Callable[[StepResult], None], window_check: WindowCheck | None,
                       cancelled: Callable[[], bool] | None = None) -> bool:
    """Run the self-test in a fresh temporary folder, removed afterwards (whatever the result)."""
    folder = Path(tempfile.mkdtemp(prefix="sahel-panel-self-test-"))
    try:
        return SelfTest(folder, window_check).run(report, cancelled)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
