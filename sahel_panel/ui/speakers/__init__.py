"""The speakers registry: table model, filter, panel (quick add, import) and the speaker undo commands."""
