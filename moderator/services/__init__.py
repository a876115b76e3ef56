"""Application services: running chair commands, time, demo data, export; later sync.

Services may use storage and Qt's non-widget classes, never widgets. The UI talks to them.
"""
