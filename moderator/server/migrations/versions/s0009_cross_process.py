"""Several server processes on one PostgreSQL database.

- ``sync_changes_in_order``: a statement that adds to the feed first takes one lock, held
  until its transaction ends, so feed versions become visible in the order they were numbered.
  Without it a reader could see version 27 committed while 26 (another session's writer, a
  roster edit, an import) was still open, move its cursor past 26, and never see it.
- ``sync_changes_notify``: every statement that adds to the feed sends one ``NOTIFY`` per
  (meeting, session) it touched, with the newest version, on the channel
  ``moderator_changes``. PostgreSQL delivers it at commit and only then, to every process
  that listens, whoever wrote (a ``serve`` worker, ``moderator-server import``).
- ``ix_sync_changes_meeting_wide``: the newest meeting-wide change of a meeting (the roster,
  the thresholds) in one index probe; a decision's freshness check reads it on every write.
- ``sync_rate_buckets``: the hand-raising rate limit shared by all processes.

Revision ID: s0009
Revises: s0008
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "s0009"
down_revision = "s0008"
branch_labels = None
depends_on = None

NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION moderator_notify_changes() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify(
        'moderator_changes',
        json_build_object('m', meeting_id, 's', session_id, 'v', newest)::text
    )
    FROM (
        SELECT meeting_id, session_id, max(version) AS newest
        FROM added GROUP BY meeting_id, session_id
    ) AS touched;
    RETURN NULL;
END
$$ LANGUAGE plpgsql
"""

#: The feed's order lock: one transaction at a time numbers and adds feed changes.
ORDER_LOCK_KEY = 7_346_201_516

ORDER_FUNCTION = f"""
CREATE OR REPLACE FUNCTION moderator_changes_in_order() RETURNS trigger AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({ORDER_LOCK_KEY});
    RETURN NULL;
END
$$ LANGUAGE plpgsql
"""

ORDER_TRIGGER = """
CREATE TRIGGER sync_changes_in_order
BEFORE INSERT ON sync_changes
FOR EACH STATEMENT EXECUTE FUNCTION moderator_changes_in_order()
"""

NOTIFY_TRIGGER = """
CREATE TRIGGER sync_changes_notify
AFTER INSERT ON sync_changes
REFERENCING NEW TABLE AS added
FOR EACH STATEMENT EXECUTE FUNCTION moderator_notify_changes()
"""


def upgrade() -> None:
    op.create_index(
        "ix_sync_changes_meeting_wide",
        "sync_changes",
        ["meeting_id", "version"],
        postgresql_where=sa.text("session_id IS NULL"),
        sqlite_where=sa.text("session_id IS NULL"),
    )
    op.create_table(
        "sync_rate_buckets",
        sa.Column("key", sa.String(length=160), nullable=False),
        sa.Column("tokens", sa.Float(), nullable=False),
        sa.Column("at_s", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(ORDER_FUNCTION)
        op.execute(ORDER_TRIGGER)
        op.execute(NOTIFY_FUNCTION)
        op.execute(NOTIFY_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS sync_changes_notify ON sync_changes")
        op.execute("DROP FUNCTION IF EXISTS moderator_notify_changes()")
        op.execute("DROP TRIGGER IF EXISTS sync_changes_in_order ON sync_changes")
        op.execute("DROP FUNCTION IF EXISTS moderator_changes_in_order()")
    op.drop_table("sync_rate_buckets")
    op.drop_index("ix_sync_changes_meeting_wide", table_name="sync_changes")
