"""Moderator: a desktop console for chairs of hybrid meetings.

The package is layered (see ``docs/architecture.md``):

- ``moderator.domain``: the rules of timing, speakers lists and commands; no Qt, no I/O.
- ``moderator.storage``: SQLite through SQLAlchemy, schema by Alembic migrations.
- ``moderator.services``: application services that run commands and talk to the outside,
  one package per feature (``chair``, ``sync``, ``agenda``, ``report``, …).
- ``moderator.ui``: Qt widgets and item models; they read state and issue commands; the
  same feature names.
- ``moderator.cli``: the commands that run without a window.
"""

__version__ = "0.1.0"
