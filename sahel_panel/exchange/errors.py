"""Errors of files coming from outside: each names the file, the line and the field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sahel_panel.messages import QT_TRANSLATE_NOOP, Message, Translatable

# "where: what" of one problem; the window translates the frame and the message separately.
FRAMES = {
    (False, False): QT_TRANSLATE_NOOP("Errors", "{file}: {message}"),
    (True, False): QT_TRANSLATE_NOOP("Errors", "{file}, line {line}: {message}"),
    (False, True): QT_TRANSLATE_NOOP("Errors", "{file}, field “{field}”: {message}"),
    (True, True): QT_TRANSLATE_NOOP("Errors", "{file}, line {line}, field “{field}”: {message}"),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file. ``line`` is 1-based; 0 when it concerns the whole file."""

    file: str
    line: int
    field: str
    message: str  # often a Message, whose template the window translates

    @property
    def frame(self) -> str:
        """The template placing file, line and field around the message."""
        return FRAMES[bool(self.line), bool(self.field)]

    def __str__(self) -> str:
        return self.frame.format(file=self.file, line=self.line, field=self.field, message=self.message)


class ExchangeError(Translatable, Exception):
    """A file was refused; nothing from it was applied. ``problems`` lists everything found.

    ``template``/``params`` name the first problem (param ``problem``) and how many more there are.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        more = len(problems) - 1
        if more == 0:
            message = Message(QT_TRANSLATE_NOOP("Errors", "{problem}"), problem=problems[0])
        elif more == 1:
            message = Message(QT_TRANSLATE_NOOP("Errors", "{problem} (and 1 more problem)"), problem=problems[0])
        else:
            message = Message(QT_TRANSLATE_NOOP("Errors", "{problem} (and {count} more problems)"),
                              problem=problems[0], count=more)
        super().__init__(message)

    @classmethod
    def single(cls, file: str | Path, message: str, line: int = 0, field: str = "") -> ExchangeError:
        return cls([Problem(display_name(file), line, field, message)])


def display_name(path: str | Path) -> str:
    return Path(path).name


MAX_FILE_BYTES = 2 * 1024 * 1024


def read_text(path: str | Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read a UTF-8 file (with or without BOM), refusing huge files and naming the line of bad bytes."""
    path = Path(path)
    name = display_name(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ExchangeError.single(path, Message(QT_TRANSLATE_NOOP("Errors", "the file does not exist."))) from None
    except OSError as exc:
        raise ExchangeError.single(path, _unreadable(exc)) from None
    if path.is_dir():
        raise ExchangeError.single(path, Message(QT_TRANSLATE_NOOP("Errors", "this is a folder, not a file.")))
    if size > max_bytes:
        raise ExchangeError.single(path, Message(
            QT_TRANSLATE_NOOP("Errors", "the file is {size} MB; at most {limit} MB is accepted."),
            size=f"{size / 1048576:.1f}", limit=max_bytes // 1048576))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExchangeError.single(path, _unreadable(exc)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ExchangeError([Problem(name, line, "", Message(QT_TRANSLATE_NOOP(
            "Errors", "this is not UTF-8 text; save the file as UTF-8.")))]) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ExchangeError([Problem(name, line, "", Message(QT_TRANSLATE_NOOP(
            "Errors", "the file contains a NUL character; it is not a text file.")))])
    return text


def _unreadable(exc: OSError) -> Message:
    return Message(QT_TRANSLATE_NOOP("Errors", "the file cannot be read ({reason})."), reason=exc.strerror)
