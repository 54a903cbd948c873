"""What every room of an open session shares: the document (service, undo stack, change
signal, current question) and the draft keeper. Imports no room."""
