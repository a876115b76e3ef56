"""Alembic environment of the server database, driven from code (``server.database``)."""

from alembic import context

from moderator.server.models import server_metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=server_metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
