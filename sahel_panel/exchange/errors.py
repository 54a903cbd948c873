"""Errors of files coming from outside: each names the file, the line and the field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file. ``line`` is 1-based; 0 when it concerns the whole file."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f", line {self.line}"
        if self.field:
            where += f", field “{self.field}”"
        return f"{where}: {self.message}"


class ExchangeError(Exception):
    """A file was refused; nothing from it was applied. ``problems`` lists everything found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(str(problems[0]) if len(problems) == 1 else
                         f"{problems[0]} (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})")

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
        raise ExchangeError.single(path, "the file does not exist.") from None
    except OSError as exc:
        raise ExchangeError.single(path, f"the file cannot be read ({exc.strerror}).") from None
    if path.is_dir():
        raise ExchangeError.single(path, "this is a folder, not a file.")
    if size > max_bytes:
        raise ExchangeError.single(
            path, f"the file is {size / 1048576:.1f} MB; at most {max_bytes // 1048576} MB is accepted.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExchangeError.single(path, f"the file cannot be read ({exc.strerror}).") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ExchangeError([Problem(name, line, "", "this is not UTF-8 text; save the file as UTF-8.")]) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ExchangeError([Problem(name, line, "", "the file contains a NUL character; it is not a text file.")])
    return text
