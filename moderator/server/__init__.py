"""The reference conference backend: the sync protocol of ``docs/protocol.md`` over HTTP.

Small events run it on a staff laptop; integrators read it as the executable form of the
protocol; the project's tests run against it on loopback. It applies the same domain commands
as the console (``moderator.domain``) and stores the same tables (plus its own) through
SQLAlchemy: SQLite by default, PostgreSQL by database URL.
"""
