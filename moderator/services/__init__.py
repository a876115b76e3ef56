"""Application services: running chair commands, time, sync, import, export, reports, demo data.

Services may use storage and Qt's non-widget classes, never widgets. The UI talks to them.
"""
