"""Recommendations: list, editor, revision history, panel and their undo commands."""
