"""Session details (format, languages, track, type) and participants' languages are carried
(the console's tables of the same names); changes know whether they are personal data.

Revision ID: s0005
Revises: s0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "s0005"
down_revision = "s0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "session_details",
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("track", sa.String(length=300), nullable=False),
        sa.Column("session_type", sa.String(length=300), nullable=False),
        sa.Column("languages", sa.String(length=100), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["sessions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id"),
    )
    op.create_table(
        "participant_details",
        sa.Column("participant_id", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["participant_id"], ["participants.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("participant_id"),
    )
    with op.batch_alter_table("sync_changes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("private", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    # Personal data already in the feed (a database downgraded and upgraded again) stays
    # private: the flag is derived from the entity, never left at its default.
    op.execute("UPDATE sync_changes SET private = (entity = 'participant_details')")


def downgrade() -> None:
    # The older server has no private reading: personal data must not stay in its feed, where
    # participants and displays would read it. (Consoles get it again from a snapshot.)
    op.execute("DELETE FROM sync_changes WHERE private OR entity = 'participant_details'")
    with op.batch_alter_table("sync_changes", schema=None) as batch_op:
        batch_op.drop_column("private")
    op.drop_table("participant_details")
    op.drop_table("session_details")
