"""The session's questions: the current-question bar, the question list and the question undo commands."""
