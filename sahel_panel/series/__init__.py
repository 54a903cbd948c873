"""The secretariat's series of panels: workbook, consolidation and the series report.

The series workbook: a whole series of panels consolidated into one numbered set of recommendations.

Qt-free, layered like the sessions: :mod:`~sahel_panel.series.store` (the
``.sahelbook`` SQLite file, its lock and migrations in
:mod:`~sahel_panel.series.schema`), services reached through
:class:`~sahel_panel.series.workbook.Workbook`, and plain dataclasses in
:mod:`~sahel_panel.series.model`. See each module's docstring for its calls:

- :mod:`~sahel_panel.series.workbook` — ``Workbook.create/open``, ``add_files``, ``info``,
  ``sessions``, ``source_files``, ``counts``, ``trail``, ``support``, ``statistics``, ``subscribe``
- :mod:`~sahel_panel.series.inspect` — checking and reading one file (snapshot or live session)
- :mod:`~sahel_panel.series.adding` — the replace/keep rules of adding a file
- :mod:`~sahel_panel.series.recommendations` — ``book.recommendations`` (all, grouped, filtered)
- :mod:`~sahel_panel.series.chapters` — ``book.chapters`` (the outline)
- :mod:`~sahel_panel.series.consolidation` — ``book.consolidated`` (merge, split, edit, move, undo)
- :mod:`~sahel_panel.series.people` — ``book.people`` (one person across panels)
- :mod:`~sahel_panel.series.preamble` — ``book.preamble`` (the series report's preamble per language)
- :mod:`~sahel_panel.series.report` — the series report (PDF, DOCX) and ``series report`` / ``series preamble``
- :mod:`~sahel_panel.series.trail` — trail, support figures, series statistics
- :mod:`~sahel_panel.series.export` — the workbook as JSON
- :mod:`~sahel_panel.series.cli` — ``sahel-panel series ...`` (with a registry for more sub-commands)
- :mod:`~sahel_panel.series.similar` — near-duplicate suggestions; :mod:`~sahel_panel.series.report` — the series report
"""

from sahel_panel.series.model import RecommendationFilter
from sahel_panel.series.store import SUFFIX, WorkbookError
from sahel_panel.series.workbook import Workbook

__all__ = ["SUFFIX", "RecommendationFilter", "Workbook", "WorkbookError"]
