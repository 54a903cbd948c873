"""The Statistics dock: the live balance of speaking time by category, gender and age."""
