"""Search across the session: the search dialog."""
