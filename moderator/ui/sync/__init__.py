"""The sync badge, its details window, and the Connect dialog."""
