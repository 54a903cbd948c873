"""Benchmark of the series report against a bare reportlab document of the same paragraphs.

A workbook of 50 panels (500 contributions and 50 recommendations each, a
third of the texts French and a third Arabic; 2,500 recommendations), half
of them merged two by two into consolidated recommendations, the rest left
for the annex. Times ``write_book_report`` (reading the workbook included) as
PDF in English and Arabic and as DOCX, and builds in the same run a plain
platypus document of the same paragraphs (operative texts, attributions,
annex texts; escaped, same font) as the floor of what reportlab itself
costs. Prints medians and ratios. Target: the series report under 10 s on a
2-core machine. ``--model`` skips the workbook and times the documents alone
from a data model of the same size.

    .venv/bin/python bench/bench_series_report.py [--runs 3] [--model]
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

import series_report_data  # noqa: E402

from sahel_panel.series.report import write_series_report  # noqa: E402
from sahel_panel.series.report.model import SeriesReportData, pick  # noqa: E402


def bare(data: SeriesReportData, out: Path) -> None:
    """The same paragraphs through plain platypus: Paragraph + SimpleDocTemplate, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from sahel_panel.report import fonts
    from sahel_panel.series.report import lines

    fonts.register()
    body = ParagraphStyle("b", fontName=fonts.REGULAR, fontSize=10, leading=14)
    small = ParagraphStyle("s", fontName=fonts.REGULAR, fontSize=8, leading=10.5)
    story = []
    for chapter in data.chapters:
        for p in chapter.paragraphs:
            story.append(Paragraph(escape(f"{p.number}. {pick(p.texts, 'en')[0]}"), body))
            story.append(Paragraph(escape(lines.attribution(data, "en", p)), small))
    for r in data.annex:
        story.append(Paragraph(escape(f"{r.number} {r.text}"), body))
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm).build(story)


def timed(fn, runs: int) -> list[float]:  # noqa: ANN001
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def build_workbook(folder: Path, sessions: int = 50) -> Path:
    """50 synthetic panels added to a workbook; every other pair of recommendations merged."""
    from series_sessions import bench_session

    from sahel_panel.series import Workbook

    files = [bench_session(folder / f"panel-{i:02d}.sahel", seed=i) for i in range(1, sessions + 1)]
    path = folder / "bench.sahelbook"
    with Workbook.create(path, title="Bench series") as book:
        report = book.add_files(files)
        assert report.ok, [o.message for o in report.refused]
        recs = [r.id for r in book.recommendations.list()]
        for i in range(0, len(recs) // 2, 2):
            book.consolidated.merge(recs[i:i + 2])
        book.preamble.set("en", "The parliaments of the Sahel,\n\nSubmit the following recommendations.")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", action="store_true", help="time the documents from a data model only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.model:
            data = series_report_data.big()

            def report(out: Path, lang: str) -> None:
                write_series_report(data, out, lang=lang)
        else:
            from sahel_panel.series import Workbook
            from sahel_panel.series.report.from_book import load, write_book_report

            t = time.perf_counter()
            book = build_workbook(folder)
            print(f"workbook of 50 panels built in {time.perf_counter() - t:.1f} s (not part of the timing)")
            with Workbook.open(book, read_only=True) as opened:
                data = load(opened)

            def report(out: Path, lang: str) -> None:
                write_book_report(book, out, lang=lang)
        report(folder / "warm.pdf", "en")  # fonts registered, modules imported
        results = {
            "bare reportlab": timed(lambda: bare(data, folder / "bare.pdf"), args.runs),
            "series pdf en": timed(lambda: report(folder / "en.pdf", "en"), args.runs),
            "series pdf ar": timed(lambda: report(folder / "ar.pdf", "ar"), args.runs),
            "series docx en": timed(lambda: report(folder / "en.docx", "en"), args.runs),
        }
        if not args.model:
            def read() -> None:
                with Workbook.open(book, read_only=True) as opened:
                    load(opened)

            results["(reading alone)"] = timed(read, args.runs)
        floor = statistics.median(results["bare reportlab"])
        print(f"series: {len(data.sessions)} panels, {data.paragraph_count} operative paragraphs, "
              f"{len(data.annex)} recommendations in the annex")
        for name, times in results.items():
            med = statistics.median(times)
            print(f"{name:15s} median {med:6.3f} s  (min {min(times):.3f}, max {max(times):.3f})"
                  f"  ratio {med / floor:4.2f}")
        worst = max(statistics.median(v) for k, v in results.items() if k.startswith("series"))
        ok = worst < 10.0
        print(f"target < 10 s: {'met' if ok else 'NOT met'}")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
