"""``sahel-panel series report`` and ``series preamble``: the series report from the command line.

    sahel-panel series report BOOK -o OUT.pdf|OUT.docx [--lang en|fr|ar] [--paper a4|letter]
    sahel-panel series preamble BOOK [--lang en|fr|ar] [--text TEXT | --file FILE | --clear]

A plugin of :mod:`sahel_panel.series.cli` (listed in its ``PLUGINS``). Bad
input ends in one sentence and a non-zero exit through the project's user
errors (``ReportError``, ``StoreError``, ``DomainError``, ``UsageError``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sahel_panel.domain.model import LANGUAGES

MAX_PREAMBLE_FILE = 2_000_000


def cmd_report(args: argparse.Namespace) -> int:
    from sahel_panel.cli import _progress_printer
    from sahel_panel.series.cli import _book_path, _out
    from sahel_panel.series.report.from_book import write_book_report

    out = Path(args.output)
    write_book_report(_book_path(args.book), out, lang=args.lang, paper=args.paper, progress=_progress_printer())
    _out(f"Wrote {out}.")
    return 0


def _read_text(path: Path) -> str:
    from sahel_panel.series.cli import UsageError

    try:
        if path.stat().st_size > MAX_PREAMBLE_FILE:
            raise UsageError(f"“{path}” is larger than 2 MB; a preamble is a few paragraphs.")
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UsageError(f"“{path}” does not exist.") from None
    except UnicodeDecodeError:
        raise UsageError(f"“{path}” is not UTF-8 text.") from None
    except OSError as exc:
        raise UsageError(f"“{path}” cannot be read ({exc.strerror or exc}).") from None


def cmd_preamble(args: argparse.Namespace) -> int:
    from sahel_panel.series import Workbook
    from sahel_panel.series.cli import UsageError, _book_path, _out

    given = [x for x in (args.text is not None, args.file is not None, args.clear) if x]
    if len(given) > 1:
        raise UsageError("Give only one of --text, --file and --clear.")
    book_path = _book_path(args.book)
    if not given:
        with Workbook.open(book_path, read_only=True) as book:
            texts = book.preamble.get()
        if args.lang:
            texts = {args.lang: texts[args.lang]} if args.lang in texts else {}
        if not texts:
            _out("No preamble has been written" + (f" in {args.lang}." if args.lang else "."))
        for lang, text in texts.items():
            _out(f"[{lang}]\n{text}")
        return 0
    text = "" if args.clear else (args.text if args.text is not None else _read_text(Path(args.file)))
    lang = args.lang or "en"
    with Workbook.open(book_path) as book:
        book.preamble.set(lang, text)
    _out(f"Preamble in {lang} cleared." if not text.strip() else f"Preamble in {lang} saved.")
    return 0


def add_parser(series: argparse._SubParsersAction) -> None:
    """Add ``report`` and ``preamble`` to the ``series`` sub-commands."""
    q = series.add_parser(
        "report", help="write the series report as PDF or DOCX",
        description="The consolidated recommendations of the series as numbered operative paragraphs per "
                    "chapter, with the panels and speakers behind each, the preamble, the list of panels, "
                    "the unconsolidated recommendations and participation figures. The format follows the "
                    "file name (.pdf or .docx); a text missing in the chosen language is printed in another, "
                    "marked.")
    q.add_argument("book", help="workbook (.sahelbook)")
    q.add_argument("-o", "--output", required=True, help="file to write: OUT.pdf or OUT.docx")
    q.add_argument("--lang", choices=LANGUAGES, default="en", help="report language (default en)")
    q.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    q.set_defaults(func=cmd_report)

    q = series.add_parser(
        "preamble", help="show or set the preamble of the series report",
        description="Without --text, --file or --clear, print the preamble (every language, or --lang). "
                    "Paragraphs are separated by blank lines.")
    q.add_argument("book", help="workbook (.sahelbook)")
    q.add_argument("--lang", choices=LANGUAGES, help="language of the preamble (default en when setting)")
    q.add_argument("--text", help="the preamble text")
    q.add_argument("--file", help="a UTF-8 text file holding the preamble")
    q.add_argument("--clear", action="store_true", help="remove the preamble in that language")
    q.set_defaults(func=cmd_preamble)
