"""``sahel-panel series ...``: the series workbook on the command line.

    sahel-panel series new BOOK [--title T]
    sahel-panel series add BOOK FILE...           exit 4 when some files were refused (the others went in)
    sahel-panel series info BOOK [--json]
    sahel-panel series merge BOOK ID... [--text TEXT --language en|fr|ar] [--chapter ID]   prints the new id
    sahel-panel series export BOOK -o OUT.json

Extension point: more sub-commands (``similar``, ``report``) live in their own
modules, each with ``add_parser(subparsers)`` that adds its parser and sets
``func``; list the module in :data:`PLUGINS`. Errors are raised as the
project's user errors (``StoreError``, ``DomainError``, ``ReportError``,
:class:`UsageError`), which ``sahel_panel.cli.main`` turns
into one sentence and exit code 1.
"""

from __future__ import annotations

import argparse
import importlib
import json
from pathlib import Path

from sahel_panel.domain.model import LANGUAGES

PLUGINS: tuple[str, ...] = ("sahel_panel.series.similar_cli", "sahel_panel.series.report.cli")
"""Modules adding ``series`` sub-commands: each defines ``add_parser(subparsers: argparse._SubParsersAction)``."""

SOME_REFUSED = 4


def _out(text: str = "") -> None:
    from sahel_panel.exchange.info import terminal_safe

    print(terminal_safe(text), flush=True)


class UsageError(Exception):
    """Wrong arguments to a ``series`` command; the message says what to type instead (exit 1)."""


def _usage(message: str) -> Exception:
    return UsageError(message)


def _book_path(value: str, must_exist: bool = True) -> Path:
    path = Path(value)
    if must_exist and not path.exists():
        raise _usage(f"“{path}” does not exist.")
    return path


# -- commands -----------------------------------------------------------------
def cmd_new(args: argparse.Namespace) -> int:
    from sahel_panel.series import SUFFIX, Workbook

    path = _book_path(args.book, must_exist=False)
    if path.suffix.lower() != SUFFIX:
        raise _usage(f"A workbook's name must end in {SUFFIX} (got “{path.name}”).")
    with Workbook.create(path, title=args.title or "") as book:
        title = book.info().title
    _out(f"Created {path} (series “{title}”).")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from sahel_panel.series import Workbook

    with Workbook.open(_book_path(args.book)) as book:
        report = book.add_files([Path(f) for f in args.files])
        counts = book.counts()
    for outcome in report.outcomes:
        _out(str(outcome.message))
        for change in outcome.changes:
            mark = f" (in {len(change.consolidated_ids)} consolidated)" if change.consolidated_ids else ""
            if change.change == "vanished":
                _out(f"    no longer in the latest snapshot{mark}: {change.old_text}")
            elif change.change == "changed":
                _out(f"    changed{mark}: {change.old_text}  →  {change.new_text}")
            else:
                _out(f"    back in the latest snapshot{mark}: {change.new_text}")
    _out(f"The workbook holds {counts['sessions']} sessions and {counts['recommendations']} recommendations.")
    if report.refused:
        _out(f"{len(report.refused)} of {len(report.outcomes)} files were refused.")
        return SOME_REFUSED
    return 0


def summary(book) -> dict:  # noqa: ANN001 - Workbook
    """Plain data (stable keys) for ``series info`` and its ``--json``."""
    info = book.info()
    recs = {s.id: [] for s in book.sessions()}
    for r in book.recommendations.list():
        recs[r.session_id].append({"id": r.id, "text": r.text, "language": r.language, "status": r.status,
                                   "in_latest_file": r.in_latest_file, "consolidated_ids": list(r.consolidated_ids)})
    consolidated = book.consolidated.list()
    return {
        "file": str(book.path),
        "workbook": {"id": info.id, "title": info.title, "created": info.created, "updated": info.updated},
        "counts": book.counts(),
        "sessions": [{"id": s.id, "title": s.title, "area": s.area, "date": s.date, "venue": s.venue,
                      "file": s.source_file.file_name, "file_sha256": s.source_file.file_sha256,
                      "added_at": s.source_file.added_at, "recommendations": recs.get(s.id, [])}
                     for s in book.sessions()],
        "chapters": [{"id": ch.id, "position": ch.position, "title": dict(ch.titles),
                      "consolidated": [{"id": c.id, "number": c.number, "text": dict(c.texts),
                                        "sources": [s.recommendation_id for s in c.sources]}
                                       for c in consolidated if c.chapter_id == ch.id]}
                     for ch in book.chapters.list()],
    }


def _summary_text(data: dict) -> str:
    c = data["counts"]
    lines = [data["workbook"]["title"],
             f"  {c['sessions']} sessions · {c['files']} files · {c['people']} people · "
             f"{c['recommendations']} recommendations ({c['unconsolidated']} not consolidated"
             + (f", {c['vanished']} no longer in their latest snapshot" if c["vanished"] else "") + ") · "
             f"{c['consolidated']} consolidated in {c['chapters']} chapters", ""]
    for s in data["sessions"]:
        lines.append(f"[{s['area']}] {s['date']} {s['title']} — {s['venue']}")
        lines.append(f"    from {s['file']} (SHA-256 {s['file_sha256'][:16]}…), added {s['added_at']}")
        for r in s["recommendations"]:
            flags = "" if r["in_latest_file"] else " [no longer in the latest snapshot]"
            flags += f" [consolidated ×{len(r['consolidated_ids'])}]" if r["consolidated_ids"] else ""
            lines.append(f"    {r['id']}  {r['language']} {r['status']}: {r['text']}{flags}")
    for ch in data["chapters"]:
        title = next((ch["title"][lang] for lang in LANGUAGES if ch["title"].get(lang)), "")
        lines += ["", f"Chapter {ch['position']}. {title}"]
        for item in ch["consolidated"]:
            text = next((f"{item['text'][lang]} ({lang})" for lang in LANGUAGES if item["text"].get(lang)), "")
            lines.append(f"  {item['number']}. {text}  [{len(item['sources'])} sources; {item['id']}]")
    return "\n".join(lines)


def cmd_info(args: argparse.Namespace) -> int:
    from sahel_panel.series import Workbook

    with Workbook.open(_book_path(args.book), read_only=True) as book:
        data = summary(book)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2), flush=True)
    else:
        _out(_summary_text(data))
    return 0


def _resolve(book, given: list[str]) -> list[str]:  # noqa: ANN001 - Workbook
    """Full recommendation ids from ids or unique prefixes (at least 8 characters)."""
    ids = [r[0] for r in book.store.db.execute("SELECT id FROM recommendation")]
    out = []
    for value in given:
        exact = [i for i in ids if i == value]
        matches = exact or ([i for i in ids if i.startswith(value)] if len(value) >= 8 else [])
        if len(matches) != 1:
            why = "matches several recommendations" if matches else "is not a recommendation of this workbook"
            raise _usage(f"“{value}” {why}; `sahel-panel series info` lists their ids.")
        out.append(matches[0])
    return out


def cmd_merge(args: argparse.Namespace) -> int:
    from sahel_panel.series import Workbook

    if args.language and not args.text:
        raise _usage("--language needs --text.")
    with Workbook.open(_book_path(args.book)) as book:
        ids = _resolve(book, args.ids)
        texts = {args.language or "en": args.text} if args.text else None
        consolidated = book.consolidated.merge(ids, texts=texts, chapter_id=args.chapter)
    print(consolidated.id, flush=True)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from sahel_panel.series import Workbook
    from sahel_panel.series.export import write_json

    out = Path(args.output)
    with Workbook.open(_book_path(args.book), read_only=True) as book:
        write_json(book, out)
    _out(f"Wrote {out}.")
    return 0


# -- parser -------------------------------------------------------------------
def add_parser(sub: argparse._SubParsersAction, help_text: str = "") -> None:
    """Add ``series`` and its sub-commands to the main parser's sub-parsers (``help_text``: the line
    the main ``--help`` shows, given by the main parser, which also names the command unbuilt)."""
    p = sub.add_parser("series", help=help_text,
                       description="A series workbook gathers the session files or snapshots of several panels "
                                   "and consolidates their recommendations, keeping where each came from.")
    series = p.add_subparsers(dest="series_command", metavar="ACTION", required=True)

    q = series.add_parser("new", help="create an empty workbook")
    q.add_argument("book", help="workbook file to create (.sahelbook)")
    q.add_argument("--title", help="title of the series (default: the file name)")
    q.set_defaults(func=cmd_new)

    q = series.add_parser("add", help="add session files or snapshots (each all or nothing)",
                          description="Check and add each file; refused files are named with the reason while "
                                      "the others still go in (exit code 4 when some were refused).")
    q.add_argument("book", help="workbook (.sahelbook)")
    q.add_argument("files", nargs="+", metavar="FILE", help="session file or snapshot (.sahel)")
    q.set_defaults(func=cmd_add)

    q = series.add_parser("info", help="show the sessions, recommendations and consolidated outline")
    q.add_argument("book", help="workbook (.sahelbook)")
    q.add_argument("--json", action="store_true", help="print JSON instead of text")
    q.set_defaults(func=cmd_info)

    q = series.add_parser("merge", help="merge recommendations into a consolidated one; prints its id")
    q.add_argument("book", help="workbook (.sahelbook)")
    q.add_argument("ids", nargs="+", metavar="ID", help="recommendation id (or a unique prefix of 8+ characters)")
    q.add_argument("--text", help="text of the consolidated recommendation (default: the first source's)")
    q.add_argument("--language", choices=LANGUAGES, help="language of --text (default en)")
    q.add_argument("--chapter", metavar="ID", help="chapter id (default: the first source's area chapter)")
    q.set_defaults(func=cmd_merge)

    q = series.add_parser("export", help="export the whole workbook as JSON")
    q.add_argument("book", help="workbook (.sahelbook)")
    q.add_argument("-o", "--output", required=True, help="JSON file to write")
    q.set_defaults(func=cmd_export)

    for module in PLUGINS:
        importlib.import_module(module).add_parser(series)
