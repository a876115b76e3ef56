"""The window-less commands: export, import, export-agenda, report, check."""
