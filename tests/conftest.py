"""Suite-wide: figures of the kill loops and fuzz tests, printed at the end of every run (with or without ``-s``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

_FIGURES: list[str] = []


@pytest.fixture
def report_figure(record_property: Callable[[str, object], None]) -> Callable[[str], None]:
    """Call with one line ("25 kills during migration, …"): shown in the terminal summary and the JUnit XML."""

    def report(line: str) -> None:
        _FIGURES.append(line)
        record_property("figures", line)
        print(line)

    return report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _FIGURES:
        terminalreporter.section("durability figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)
