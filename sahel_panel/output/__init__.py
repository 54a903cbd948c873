"""What every writer of an output file shares: atomic writing and the export/report errors.

Neutral ground below ``exchange/`` (snapshots, JSON) and ``report/`` (PDF,
DOCX) and the series outputs, so that none of them imports another's
internals. Qt-free and import-light (no reportlab): the CLI and the window
catch these errors without loading a PDF engine.

- :mod:`sahel_panel.output.atomic` — ``check_target(out, source=None)``,
  ``temp_path(out)`` (write beside, fsync, rename), ``fsync_dir(folder)``.
- :mod:`sahel_panel.output.errors` — ``ReportError``, ``ReportCancelled``, ``ExportError``.
"""
