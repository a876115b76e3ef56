"""Application services, one package per capability: the chair console (``chair``), the sync
(``sync``), preloading agendas (``agenda``), the speaker display, reports, readiness, the chime.

Services may use storage and Qt's non-widget classes, never widgets. The UI talks to them.
"""
