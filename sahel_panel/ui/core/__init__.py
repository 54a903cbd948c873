"""What every room shares: the open document (service, undo stack, change signal, current question),
the draft keeper, the settings store and the message boxes (prompts). Imports no other room."""
