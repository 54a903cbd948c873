"""``sahel-panel series similar BOOK [--json]``: near-duplicate recommendations across the panels.

Listed in :data:`sahel_panel.series.cli.PLUGINS`. Opens the workbook for
writing so the embeddings are cached in it (the second run embeds nothing);
when another window or command holds it, reads it instead and says that
nothing will be cached. Prints the suggested pairs best first, each with its
score, how it was found (wording, meaning or both) and both sides' session,
language, id and text; ``--json`` prints the same as data.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _usage(message: str) -> Exception:
    from sahel_panel.series.cli import UsageError

    return UsageError(message)


def _progress() -> object:
    from sahel_panel.cli import _progress_printer  # the CLI's one progress line (only on a terminal)

    return _progress_printer()


def _open(path: Path):  # noqa: ANN202 - Workbook
    from sahel_panel.series import Workbook
    from sahel_panel.series.store import WorkbookLocked

    try:
        return Workbook.open(path)
    except WorkbookLocked:
        print(f"sahel-panel: “{path.name}” is open for writing elsewhere: reading it, and the embeddings "
              "computed now will not be kept.", file=sys.stderr)
        return Workbook.open(path, read_only=True)


def cmd_similar(args: argparse.Namespace) -> int:
    from sahel_panel.exchange.info import terminal_safe
    from sahel_panel.series.similar_book import result_data, suggest_for_book

    path = Path(args.book)
    if not path.exists():
        raise _usage(f"“{path}” does not exist.")
    if args.limit is not None and args.limit < 1:
        raise _usage("--limit must be a whole number of at least 1.")
    with _open(path) as book:
        result = suggest_for_book(book, include_same_session=args.same_session,
                                  embedder=None if args.wording_only else True, progress=_progress())
        data = result_data(book, result)
    if args.limit is not None:
        data["pairs"] = data["pairs"][:args.limit]
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2), flush=True)
        return 0
    for line in _text(data):
        print(terminal_safe(line), flush=True)
    return 0


def _text(data: dict) -> list[str]:
    how = ("by wording within each language and by meaning across languages" if data["mode"] == "wording_and_meaning"
           else "by wording within each language only")
    lines = [f"{data['compared']} recommendations compared {how}: {len(data['pairs'])} suggested pairs "
             f"in {len(data['groups'])} groups" + ("" if data["same_session_included"]
                                                   else " (pairs from the same session left out)") + "."]
    if data["note"]:
        lines.append(data["note"])
    for number, pair in enumerate(data["pairs"], 1):
        figures = ", ".join(part for part in (
            f"wording {pair['wording']:.0f}/100" if pair["wording"] is not None else "",
            f"meaning {pair['meaning']:.2f}" if pair["meaning"] is not None else "") if part)
        lines.append("")
        lines.append(f"{number}. score {pair['score']:.2f} by {pair['method']} ({figures})")
        for side in (pair["a"], pair["b"]):
            lines.append(f"   [{side['language']}] {side['session_title']} — {side['id']}")
            lines.append(f"        {side['text']}")
    return lines


def add_parser(series: argparse._SubParsersAction) -> None:
    """Add ``similar`` to the ``series`` sub-commands."""
    q = series.add_parser(
        "similar", help="suggest recommendations that say the same thing, across panels and languages",
        description="Suggest pairs of recommendations from different panels that may say the same thing: by "
                    "wording within a language, and by meaning across English, French and Arabic (multilingual "
                    "sentence embeddings, computed offline and cached in the workbook). Nothing is merged; "
                    "use `series merge` with the ids shown. Without the embedding package, only wording "
                    "within each language is compared, and the output says so.")
    q.add_argument("book", help="workbook (.sahelbook)")
    q.add_argument("--json", action="store_true", help="print JSON instead of text")
    q.add_argument("--same-session", action="store_true",
                   help="also suggest pairs from the same session (listed after the others)")
    q.add_argument("--wording-only", action="store_true", help="compare wording within each language only")
    q.add_argument("--limit", type=int, metavar="N", help="print only the N best pairs")
    q.set_defaults(func=cmd_similar)
