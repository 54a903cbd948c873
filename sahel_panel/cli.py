"""Command line: ``sahel-panel [FILE]`` opens the window; sub-commands work without a screen.

Bad input ends with a one-sentence message and a non-zero exit, never a
traceback (set ``SAHEL_PANEL_DEBUG=1`` to see one). Heavy modules (Qt, the
report engine) are imported only by the commands that need them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sahel_panel import __version__
from sahel_panel.domain.model import DomainError

STATUSES_HELP = ("recommendation statuses in the outcome list, comma-separated: agreed, proposed, draft, "
                 "withdrawn, or all (default agreed,proposed)")
SERIES_HELP = "consolidate a series of panels in a workbook (.sahelbook)"
COMMANDS = ("new", "templates", "check", "speakers", "info", "report", "export", "series", "open")


class UsageError(Exception):
    """Wrong arguments; the message says what to type instead."""


def _out(text: str = "") -> None:
    print(text, flush=True)


# -- commands -----------------------------------------------------------------
def cmd_open(args: argparse.Namespace) -> int:
    from sahel_panel.ui.shell.app import run

    return run(args.file, quit_when_idle=args.quit_when_idle)


def cmd_self_test(args: argparse.Namespace) -> int:
    """Exit 0 when every step passed; 1 naming the failed step."""
    from sahel_panel.selftest import run_in_temp_folder

    failed: list[str] = []

    def report(result) -> None:  # noqa: ANN001 - selftest.StepResult
        from sahel_panel.exchange.info import terminal_safe

        _out(terminal_safe(result.line()))
        if not result.ok:
            failed.append(result.name)

    ok = run_in_temp_folder(report, _offscreen_window_check)
    if ok:
        _out(f"Self-test passed: Sahel Panel {__version__} works on this computer.")
        return 0
    _out(f"Self-test FAILED at step “{failed[0] if failed else '?'}”.")
    return 1


def cmd_desktop(args: argparse.Namespace) -> int:
    """Install (or remove) the Linux desktop entry, MIME types and icons for this user."""
    from sahel_panel import desktop

    if not desktop.supported():
        raise UsageError("--install-desktop is for Linux desktops (freedesktop.org); on Windows and macOS "
                         "open a .sahel file with “Open with…” and choose Sahel Panel once.")
    if args.uninstall_desktop:
        outcome = desktop.uninstall()
        _out(f"Removed {len(outcome.files)} files from {desktop.data_home()}.")
        return 0
    outcome = desktop.install()
    _out(f"Installed the desktop entry, the MIME types .sahel and .sahelbook and {len(outcome.files) - 2} icons "
         f"in {desktop.data_home()}.")
    _out(f"Sahel Panel starts as: {desktop.describe(desktop.launch_command())}")
    _out("Caches refreshed with: " + (", ".join(outcome.tools) or
                                     "none (update-mime-database not found: install shared-mime-info)"))
    return 0


def _offscreen_window_check(path: Path) -> str:
    """Open ``path`` in the main window on Qt's offscreen platform (no screen needed), then close it."""
    from sahel_panel.ui.shell.app import offscreen_window_check

    return offscreen_window_check(path)


def cmd_new(args: argparse.Namespace) -> int:
    from sahel_panel.exchange.templates import resolve
    from sahel_panel.services import NewSession, SessionService

    path = Path(args.file)
    if args.template:
        spec = resolve(args.template).session
        if args.title:
            spec.title = args.title
    else:
        spec = NewSession(title=args.title or path.stem)
    with SessionService.create(path, spec) as service:
        counts = service.counts()
    _out(f"Created {path} ({counts.questions} questions, {counts.speakers} speakers).")
    return 0


def cmd_templates(args: argparse.Namespace) -> int:
    from sahel_panel.exchange.templates import builtin_templates

    for t in builtin_templates():
        _out(f"{t.name}\n    {t.description or t.session.title}\n    {len(t.session.questions)} questions, "
             f"{len(t.session.speakers)} speakers — {t.path}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from sahel_panel.exchange.check import check_file

    kind, problems = check_file(Path(args.file))
    from sahel_panel.exchange.info import terminal_safe

    for problem in problems:
        _out(terminal_safe(str(problem)))
    if problems:
        _out(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found in this {kind}.")
        return 1
    _out(f"{Path(args.file).name}: no problems found ({kind}).")
    return 0


def cmd_speakers_import(args: argparse.Namespace) -> int:
    from sahel_panel.exchange.speakers import load_speaker_list
    from sahel_panel.services import SessionService

    speakers = load_speaker_list(args.list)
    with SessionService.open(args.file) as service:
        service.speakers.add_many(speakers)
        total = service.counts().speakers
    _out(f"Imported {len(speakers)} speakers into {Path(args.file).name} ({total} in all).")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from sahel_panel.exchange.info import session_summary, summary_text
    from sahel_panel.services import SessionService

    with SessionService.open(args.file, read_only=True) as service:
        summary = session_summary(service)
    if args.json:
        _out(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        _out(summary_text(summary))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from sahel_panel.report import write_report

    out = Path(args.output)
    write_report(Path(args.file), out, lang=args.lang, paper=args.paper, progress=_progress_printer(),
                 statuses=args.statuses)
    _out(f"Wrote {out}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from sahel_panel.exchange.export import export_session

    out = Path(args.output)
    export_session(Path(args.file), out, progress=_progress_printer(), lang=args.lang, paper=args.paper,
                   statuses=args.statuses)
    _out(f"Wrote {out}.")
    return 0


def _progress_printer() -> Callable[[float], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(fraction: float) -> None:
        sys.stderr.write(f"\r{int(fraction * 100):3d}%")
        if fraction >= 1:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


# -- parser -------------------------------------------------------------------
def build_parser(series: bool = True) -> argparse.ArgumentParser:
    """The whole command line; with ``series=False`` the ``series`` command is only named (for
    every other command, which then starts without importing the series workbook)."""
    parser = argparse.ArgumentParser(
        prog="sahel-panel",
        description="Capture a parliamentary panel session live and report it in English, French and Arabic. "
                    "Without a command, opens FILE (or the last session) in the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation: session, reports, snapshot and window, in a temporary folder")
    parser.add_argument("--install-desktop", action="store_true",
                        help="Linux: add Sahel Panel to the applications menu and open .sahel files with it "
                             "(this user, ~/.local/share)")
    parser.add_argument("--uninstall-desktop", action="store_true", help="Linux: remove what --install-desktop added")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("open", help="open a session file in the window (the default command)")
    p.add_argument("file", nargs="?", help="session file (.sahel); default: the last one, or the demo")
    p.add_argument("--quit-when-idle", action="store_true",
                   help="open the window, paint it and quit with status 0 once idle (to time start-up)")
    p.set_defaults(func=cmd_open)

    p = sub.add_parser("new", help="create a session file, from a template or blank")
    p.add_argument("file", help="new session file to create (.sahel)")
    p.add_argument("--template", metavar="NAME|PATH", help="built-in template name (see `templates`) or YAML file")
    p.add_argument("--title", help="session title (default: the template's, or the file name)")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("templates", help="list the built-in session templates")
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("check", help="check a template, speaker list or session file; list every problem")
    p.add_argument("file", help=".yaml/.yml template or speaker list, .csv speaker list, or .sahel session")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("speakers", help="manage the speakers of a session")
    speakers_sub = p.add_subparsers(dest="speakers_command", metavar="ACTION", required=True)
    q = speakers_sub.add_parser("import", help="import a speaker list (CSV or YAML), all or nothing")
    q.add_argument("file", help="session file (.sahel)")
    q.add_argument("list", help="speaker list (.csv, .yaml or .yml)")
    q.set_defaults(func=cmd_speakers_import)

    p = sub.add_parser("info", help="show session metadata, counts and per-question coverage")
    p.add_argument("file", help="session file (.sahel)")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("report", help="write the session report as PDF")
    p.add_argument("file", help="session file (.sahel)")
    p.add_argument("-o", "--output", required=True, help="PDF file to write")
    p.add_argument("--lang", choices=("en", "fr", "ar"), default="en", help="report language (default en)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    p.add_argument("--statuses", metavar="LIST", default=None, help=STATUSES_HELP)
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("export", help="export a snapshot (.sahel), JSON (.json) or an editable report (.docx)")
    p.add_argument("file", help="session file (.sahel)")
    p.add_argument("-o", "--output", required=True, help="file to write; its extension chooses the format")
    p.add_argument("--lang", choices=("en", "fr", "ar"),
                   help="language of a .docx report (default: the session's first language)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size of a .docx report (default a4)")
    p.add_argument("--statuses", metavar="LIST", default=None, help=STATUSES_HELP + " (.docx)")
    p.set_defaults(func=cmd_export)

    if series:
        from sahel_panel.series.cli import add_parser as add_series_parser

        add_series_parser(sub, SERIES_HELP)
    else:  # listed in --help, built only when used: the series' modules cost ~40 ms of every start
        sub.add_parser("series", help=SERIES_HELP)
    return parser


def _user_errors() -> tuple[type[BaseException], ...]:
    """Exceptions whose message is meant for the user (imported lazily: they live in several layers)."""
    from sahel_panel.exchange.errors import ExchangeError
    from sahel_panel.series.cli import UsageError as SeriesUsageError
    from sahel_panel.store import StoreError

    errors: list[type[BaseException]] = [ExchangeError, StoreError, DomainError, UsageError, SeriesUsageError]
    try:
        from sahel_panel.report import ReportError

        errors.append(ReportError)
    except ImportError:  # pragma: no cover - report package incomplete
        pass
    return tuple(errors)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    if not argv or (argv[0] not in COMMANDS and (not argv[0].startswith("-") or argv[0] == "--quit-when-idle")):
        argv = ["open", *argv]
    parser = build_parser(series=bool(argv) and argv[0] == "series")
    args = parser.parse_args(argv)
    if args.self_test:
        args.func = cmd_self_test
    elif args.install_desktop or args.uninstall_desktop:
        args.func = cmd_desktop
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the boundary where errors become messages
        if isinstance(exc, _user_errors()):
            from sahel_panel.exchange.info import terminal_safe

            print(f"sahel-panel: {terminal_safe(str(exc))}", file=sys.stderr)
            return 1
        if isinstance(exc, OSError):
            print(f"sahel-panel: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
            return 1
        if os.environ.get("SAHEL_PANEL_DEBUG"):
            raise
        print(f"sahel-panel: unexpected error ({type(exc).__name__}: {exc}). "
              "Set SAHEL_PANEL_DEBUG=1 for details and report it.", file=sys.stderr)
        return 3
