"""Alembic environment, driven from code (``moderator.storage.database``), never from an ini file.

The caller passes an open connection in ``config.attributes["connection"]``; migrations run in
batch mode because SQLite cannot alter most table properties in place.
"""

from alembic import context

from moderator.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
