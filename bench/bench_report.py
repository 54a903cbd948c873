"""Benchmark of the PDF report against a bare reportlab document of the same paragraphs.

Session: 14 questions, 60 speakers, 1,000 contributions, 200 recommendations
(a third of the texts in French and Arabic). Exports the report in English
and in Arabic, and builds in the same run a plain platypus document holding
the same paragraphs (speaker lines, contributions, recommendations; escaped
text, same font) as the floor of what reportlab itself costs. Prints medians
and ratios. Targets: ratio under 1.5 and under 5 s on a 2-core machine.

    .venv/bin/python bench/bench_report.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "unit"))

import report_sessions  # noqa: E402

from sahel_panel.report import write_report  # noqa: E402


def bare(session: Path, out: Path) -> None:
    """The same paragraphs through plain platypus: Paragraph + SimpleDocTemplate, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from sahel_panel.report import fonts
    from sahel_panel.services import SessionService

    fonts.register()
    body = ParagraphStyle("b", fontName=fonts.REGULAR, fontSize=9.5, leading=13)
    head = ParagraphStyle("h", fontName=fonts.BOLD, fontSize=9, leading=12)
    with SessionService.open(session, read_only=True) as svc:
        speakers = svc.speakers_by_id()
        story = []
        for q in svc.questions.list():
            story.append(Paragraph(escape(q.display("en")[0]), head))
        for c in svc.contributions.list():
            s = speakers.get(c.speaker_id)
            story.append(Paragraph(escape(f"{s.label()}, {s.organisation}" if s else "?"), head))
            story.append(Paragraph(escape(c.text), body))
        for r in svc.recommendations.list():
            story.append(Paragraph(escape(r.text), body))
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm).build(story)


def timed(fn, runs: int) -> list[float]:  # noqa: ANN001
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        session = report_sessions.big_session(folder / "bench.sahel")
        write_report(session, folder / "warm.pdf")  # fonts registered, modules imported
        results = {
            "bare reportlab": timed(lambda: bare(session, folder / "bare.pdf"), args.runs),
            "report en": timed(lambda: write_report(session, folder / "en.pdf", lang="en"), args.runs),
            "report ar": timed(lambda: write_report(session, folder / "ar.pdf", lang="ar"), args.runs),
        }
        floor = statistics.median(results["bare reportlab"])
        print("session: 14 questions, 60 speakers, 1,000 contributions, 200 recommendations")
        for name, times in results.items():
            med = statistics.median(times)
            print(f"{name:15s} median {med:6.3f} s  (min {min(times):.3f}, max {max(times):.3f})"
                  f"  ratio {med / floor:4.2f}")
        worst = max(statistics.median(results["report en"]), statistics.median(results["report ar"]))
        ok = worst / floor < 1.5 and worst < 5.0
        print(f"target ratio < 1.5 and < 5 s: {'met' if ok else 'NOT met'}")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
