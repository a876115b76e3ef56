"""Preloading the day: import, export, editing, offline download, demo."""
