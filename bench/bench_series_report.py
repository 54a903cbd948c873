"""Benchmark of the series report against a bare reportlab document of the same paragraphs.

Series of 50 panels with 50 recommendations each (2,500): half of them
consolidated into operative paragraphs (two or three sources each, texts in
one to three languages), the rest in the annex. Times the PDF in English and
Arabic and the DOCX, and builds in the same run a plain platypus document of
the same paragraphs (operative texts, attributions, annex texts; escaped,
same font) as the floor of what reportlab itself costs. Prints medians and
ratios. Target: the series report under 10 s on a 2-core machine.

    .venv/bin/python bench/bench_series_report.py [--runs 3]
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    data = series_report_data.big()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_series_report(data, folder / "warm.pdf")  # fonts registered, modules imported
        results = {
            "bare reportlab": timed(lambda: bare(data, folder / "bare.pdf"), args.runs),
            "series pdf en": timed(lambda: write_series_report(data, folder / "en.pdf", lang="en"), args.runs),
            "series pdf ar": timed(lambda: write_series_report(data, folder / "ar.pdf", lang="ar"), args.runs),
            "series docx en": timed(lambda: write_series_report(data, folder / "en.docx", lang="en"), args.runs),
        }
        floor = statistics.median(results["bare reportlab"])
        print(f"series: {len(data.sessions)} panels, {data.paragraph_count} operative paragraphs, "
              f"{len(data.annex)} recommendations in the annex")
        for name, times in results.items():
            med = statistics.median(times)
            print(f"{name:15s} median {med:6.3f} s  (min {min(times):.3f}, max {max(times):.3f})"
                  f"  ratio {med / floor:4.2f}")
        worst = max(statistics.median(v) for k, v in results.items() if k != "bare reportlab")
        ok = worst < 10.0
        print(f"target < 10 s: {'met' if ok else 'NOT met'}")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
