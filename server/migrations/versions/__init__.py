"""The revisions, oldest first: one linear history (each names the one before it)."""
