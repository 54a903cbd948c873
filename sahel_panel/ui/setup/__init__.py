"""Session set-up: the dialog for metadata, questions and speaker lists, and its undo commands."""
