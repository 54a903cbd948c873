"""Recording what is said: the live editor, the contributions table and its undo commands."""
